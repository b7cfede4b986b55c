#include "forms/FormModel.h"

#include <array>
#include <utility>

namespace vitalis::forms
{

namespace
{
constexpr std::array<std::pair<FieldType, const char*>, 17> kFieldTypes = {{
    {FieldType::Text, "text"},
    {FieldType::LongText, "longText"},
    {FieldType::Number, "number"},
    {FieldType::Date, "date"},
    {FieldType::Time, "time"},
    {FieldType::Select, "select"},
    {FieldType::Radio, "radio"},
    {FieldType::Checkbox, "checkbox"},
    {FieldType::Phone, "phone"},
    {FieldType::Email, "email"},
    {FieldType::NationalId, "nationalId"},
    {FieldType::PersonName, "personName"},
    {FieldType::Address, "address"},
    {FieldType::Attachment, "attachment"},
    {FieldType::Heading, "heading"},
    {FieldType::Paragraph, "paragraph"},
    {FieldType::Computed, "computed"},
}};
constexpr std::array<std::pair<RuleType, const char*>, 9> kRuleTypes = {{
    {RuleType::Length, "length"},
    {RuleType::Pattern, "pattern"},
    {RuleType::Range, "range"},
    {RuleType::NotInFuture, "notInFuture"},
    {RuleType::DateWithin, "dateWithin"},
    {RuleType::Checksum, "checksum"},
    {RuleType::Phone, "phone"},
    {RuleType::Email, "email"},
    {RuleType::Logic, "logic"},
}};

template <typename Table> std::vector<std::string> names(const Table& table)
{
    std::vector<std::string> out;
    for (const auto& [v, n] : table)
        out.emplace_back(n);
    return out;
}
} // namespace

const std::vector<std::string>& fieldTypeNames()
{
    static const auto v = names(kFieldTypes);
    return v;
}

std::optional<FieldType> fieldTypeFromName(std::string_view name)
{
    for (const auto& [v, n] : kFieldTypes)
        if (name == n)
            return v;
    return std::nullopt;
}

std::string_view toString(FieldType type)
{
    for (const auto& [v, n] : kFieldTypes)
        if (v == type)
            return n;
    return "?";
}

const std::vector<std::string>& ruleTypeNames()
{
    static const auto v = names(kRuleTypes);
    return v;
}

std::optional<RuleType> ruleTypeFromName(std::string_view name)
{
    for (const auto& [v, n] : kRuleTypes)
        if (name == n)
            return v;
    return std::nullopt;
}

std::string_view toString(RuleType type)
{
    for (const auto& [v, n] : kRuleTypes)
        if (v == type)
            return n;
    return "?";
}

} // namespace vitalis::forms
