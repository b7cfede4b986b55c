#include "certificates/templates/PrintRule.h"

#include "core/DateText.h"

#include <chrono>

namespace vitalis::certificates
{

using nlohmann::json;

std::string PrintFee::describe() const
{
    if (certifiedCopy)
        return "a certified copy";
    if (copy)
        return "a reprint (copy " + std::to_string(copyNumber) + ")";
    std::string kind = timeliness == Timeliness::OnTime ? "an on-time"
                       : timeliness == Timeliness::Late ? "a late"
                                                        : "a delayed";
    return kind + " registration (" + std::to_string(days) + (days == 1 ? " day)" : " days)");
}

int daysToRegistration(const std::string& eventDate, const std::string& registrationDate)
{
    const auto a = fromIsoDate(eventDate);
    const auto b = fromIsoDate(registrationDate);
    if (!a || !b)
        return 0;
    return static_cast<int>((std::chrono::sys_days(*b) - std::chrono::sys_days(*a)).count());
}

PrintFee printFee(const TemplateConfig& c, const json& fields, const std::string& registrationDate,
                  bool certifiedCopy, std::int64_t earlierCopies)
{
    const json date = fields.is_object() ? fields.value(c.eventDateField, json()) : json();
    PrintFee f;
    f.days = daysToRegistration(date.is_string() ? date.get<std::string>() : std::string(),
                                registrationDate);
    f.timeliness = c.timeliness(f.days);
    f.certifiedCopy = certifiedCopy;
    f.copy = certifiedCopy || earlierCopies > 0;
    f.copyNumber = earlierCopies + 1;
    f.amount = c.fee(f.days, f.copy);
    f.currency = c.currency;
    return f;
}

namespace
{

std::string quotedList(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out;
}

} // namespace

std::optional<PrintRuleProblem>
printRuleProblem(const std::map<std::string, TemplateConfig>& configs, const std::string& eventType,
                 const json& fields, const std::string& registrationDate,
                 std::int64_t earlierCopies, const PrintedCertificate& p)
{
    const auto it = configs.find(eventType);
    if (it == configs.end())
        return PrintRuleProblem{"/print/template_id", "unknown_template",
                                "no certificate is configured for " + eventType + " records"};
    const TemplateConfig& c = it->second;
    const CertificateTemplate* t = c.find(p.templateId);
    if (!t) {
        std::vector<std::string> ids;
        for (const auto& known : c.templates)
            ids.push_back(known.id);
        return PrintRuleProblem{"/print/template_id", "unknown_template",
                                "no certificate template '" + p.templateId + "' for " + eventType +
                                    " records (known: " + quotedList(ids) + ")"};
    }
    if (!t->files.count(p.language))
        return PrintRuleProblem{"/print/language", "unknown_language",
                                "template '" + t->id + "' is not printed in '" + p.language +
                                    "' (languages: " + quotedList(c.languages) + ")"};
    if (p.certifiedCopy != t->certifiedCopy)
        return PrintRuleProblem{
            "/print/certified_copy", "certified_copy_mismatch",
            "template '" + t->id + "' is " +
                (t->certifiedCopy ? "a certified copy" : "not a certified copy") +
                ": certified_copy must be " + (t->certifiedCopy ? "true" : "false")};
    const PrintFee fee = printFee(c, fields, registrationDate, t->certifiedCopy, earlierCopies);
    if (p.fee != fee.amount)
        return PrintRuleProblem{"/print/fee", "fee_mismatch",
                                "the fee for " + fee.describe() + " is " +
                                    std::to_string(fee.amount) + " " + fee.currency +
                                    ", the print says " + std::to_string(p.fee)};
    return std::nullopt;
}

} // namespace vitalis::certificates
