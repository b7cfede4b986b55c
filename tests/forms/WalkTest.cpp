// Scripted walks through the shipped forms (tests/forms/walks/*.json): each step types values
// into one evaluator, field by field as a clerk would, then checks visible pages and fields,
// required flags, computed values and the exact set of errors; every step is also compared with
// a fresh full evaluation of the same values.
#include "forms/DateMath.h"
#include "forms/FormEvaluator.h"
#include "forms/FormParser.h"
#include "forms/ReferenceData.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace vitalis::forms;
using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

const std::string kDir = std::string(VITALIS_SOURCE_DIR) + "/tests/forms";

json readJson(const fs::path& p)
{
    std::ifstream in(p);
    return json::parse(in);
}

std::vector<std::string> walkFiles()
{
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(kDir + "/walks"))
        if (e.path().extension() == ".json")
            names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

int pageIndex(const FormDefinition& form, const std::string& id)
{
    for (std::size_t i = 0; i < form.pages.size(); ++i)
        if (form.pages[i].id == id)
            return static_cast<int>(i);
    ADD_FAILURE() << "no page '" << id << "'";
    return 0;
}

void checkStep(const FormEvaluator& ev, const json& expect, const std::string& where)
{
    static const std::set<std::string> known = {"visiblePages", "hiddenPages", "visible",  "hidden",
                                                "required",     "notRequired", "computed", "errors",
                                                "errorParams",  "absentValues"};
    const FormDefinition& form = ev.form();
    for (const auto& [key, value] : expect.items())
        EXPECT_TRUE(known.count(key)) << where << ": unknown expectation '" << key << "'";
    for (const auto& p : expect.value("visiblePages", json::array()))
        EXPECT_TRUE(ev.pageAt(pageIndex(form, p)).visible)
            << where << ": page " << p << " should be visible";
    for (const auto& p : expect.value("hiddenPages", json::array()))
        EXPECT_FALSE(ev.pageAt(pageIndex(form, p)).visible)
            << where << ": page " << p << " should be hidden";
    for (const auto& f : expect.value("visible", json::array()))
        EXPECT_TRUE(ev.field(f).visible) << where << ": " << f << " should be visible";
    for (const auto& f : expect.value("hidden", json::array()))
        EXPECT_FALSE(ev.field(f).visible) << where << ": " << f << " should be hidden";
    for (const auto& f : expect.value("required", json::array()))
        EXPECT_TRUE(ev.field(f).required) << where << ": " << f << " should be required";
    for (const auto& f : expect.value("notRequired", json::array()))
        EXPECT_FALSE(ev.field(f).required) << where << ": " << f << " should not be required";
    for (const auto& f : expect.value("absentValues", json::array()))
        EXPECT_FALSE(ev.values().contains(f.get<std::string>()))
            << where << ": " << f << " should be absent";
    const json computed = expect.value("computed", json::object());
    for (const auto& [id, value] : computed.items())
        EXPECT_EQ(ev.values().value(id, json()), value) << where << ": computed " << id;
    if (expect.contains("errors")) {
        json actual = json::object();
        const json errors = ev.errorsJson();
        for (const auto& [id, list] : errors.items())
            for (const auto& e : list)
                actual[id].push_back(e["message"]);
        EXPECT_EQ(actual, expect["errors"]) << where << ": errors";
    }
    const json errorParams = expect.value("errorParams", json::object());
    for (const auto& [id, params] : errorParams.items()) {
        json actual = json::array();
        for (const auto& e : ev.field(id).errors)
            actual.push_back(e.params);
        EXPECT_EQ(actual, params) << where << ": params of " << id;
    }
}

class Walk : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST_P(Walk, StepsMatchExpectations)
{
    json walk = readJson(kDir + "/walks/" + GetParam() + ".json");
    auto parsed = FormParser::parseFile(std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/" +
                                            walk["form"].get<std::string>() + ".json",
                                        nullptr);
    ASSERT_TRUE(parsed.ok());
    FormErrors errors;
    auto reference = StaticReferenceData::fromJson(readJson(kDir + "/data/reference.json"),
                                                   "reference.json", errors);
    ASSERT_TRUE(reference);
    auto today = fixedToday(parseDate(walk["today"].get<std::string>()).value());
    FormEvaluator ev(parsed.form, today, &*reference);
    json typed = json::object();
    int step = 0;
    for (const auto& s : walk["steps"]) {
        std::string where = GetParam() + " step " + std::to_string(step++);
        for (const auto& [id, value] : s["set"].items()) {
            ev.setValue(id, value);
            typed[id] = value;
        }
        checkStep(ev, s["expect"], where);
        FormEvaluator full(parsed.form, today, &*reference);
        full.setValues(typed);
        EXPECT_EQ(ev.toJson(), full.toJson())
            << where << ": incremental and full evaluation differ";
    }
}

INSTANTIATE_TEST_SUITE_P(Birth, Walk, ::testing::ValuesIn(walkFiles()),
                         [](const auto& info) { return info.param; });
