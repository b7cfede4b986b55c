// libFuzzer entry point for the definition parser: any bytes must give a model or an error
// list, never a crash or a hang; a model that parses must also evaluate.
#include "forms/FormEvaluator.h"
#include "forms/FormParser.h"
#include "forms/MessageCatalog.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace vitalis::forms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto result = FormParser::parseText(text, "fuzz.json", nullptr);
    for (const auto& e : result.errors)
        if (e.message.empty())
            __builtin_trap(); // every error must say what is wrong
    // The same bytes as a catalog: exercises the catalog reader and message formatting.
    auto doc = nlohmann::json::parse(text, nullptr, false);
    if (!doc.is_discarded()) {
        FormErrors errors;
        if (auto catalog = MessageCatalog::fromJson(doc, "fuzz.json", errors))
            for (const auto& [id, message] : catalog->messages())
                (void)catalog->format(id, {{"min", 1}, {"max", "x"}});
    }
    if (!result.ok())
        return 0;
    using namespace std::chrono;
    FormEvaluator evaluator(result.form, fixedToday(year{2024} / February / 29));
    evaluator.setValues(nlohmann::json::object());
    (void)evaluator.toJson();
    return 0;
}
