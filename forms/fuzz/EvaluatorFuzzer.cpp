// libFuzzer entry point for evaluation: arbitrary values typed into the shipped birth and death
// forms, and arbitrary JsonLogic. Oracle: typing the values one by one (incremental) must give
// exactly what a full evaluation of the same values gives.
#include "forms/FormEvaluator.h"
#include "forms/FormParser.h"
#include "forms/ReferenceData.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace vitalis::forms;
using nlohmann::json;

namespace
{

std::shared_ptr<const FormDefinition> load(const char* name)
{
    auto r = FormParser::parseFile(
        std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/" + name + ".json", nullptr);
    if (!r.ok())
        std::abort(); // the shipped definitions are the fixture; without them nothing is tested
    return r.form;
}

const StaticReferenceData& reference()
{
    static const StaticReferenceData data = [] {
        StaticReferenceData d;
        d.add("locations", {"prov", "", "Province", true});
        d.add("locations", {"dist", "prov", "District", true});
        d.add("locations", {"vil", "dist", "Village", true});
        d.add("facilities", {"fac", "", "Health centre", true});
        return d;
    }();
    return data;
}

json comparable(const FormEvaluator& ev)
{
    json j = ev.toJson();
    return {{"errors", j["errors"]}, {"computed", j["computed"]}, {"pages", j["pages"]}};
}

void typeInto(const std::shared_ptr<const FormDefinition>& form, const json& values,
              std::chrono::year_month_day today)
{
    FormEvaluator incremental(form, fixedToday(today), &reference());
    json typed = json::object();
    for (const auto& [id, value] : values.items()) {
        const Field* f = form->field(id);
        if (!f || !f->isDataEntry())
            continue;
        incremental.setValue(id, value);
        if (value.is_null())
            typed.erase(id);
        else
            typed[id] = value;
    }
    FormEvaluator full(form, fixedToday(today), &reference());
    full.setValues(typed);
    if (comparable(incremental) != comparable(full))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto birth = load("birth");
    static const auto death = load("death");
    using namespace std::chrono;
    const year_month_day today = year{2024} / February / 29;
    auto doc =
        json::parse(std::string_view(reinterpret_cast<const char*>(data), size), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return 0;
    if (auto logic = doc.find("logic"); logic != doc.end()) {
        std::vector<LogicIssue> issues;
        std::vector<LogicVar> vars;
        Logic compiled = Logic::compile(*logic, issues, vars);
        json scope = doc.value("data", json::object());
        (void)compiled.evaluate(scope, LogicContext{today});
        return 0;
    }
    typeInto(birth, doc, today);
    typeInto(death, doc, today);
    return 0;
}
