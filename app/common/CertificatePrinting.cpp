#include "app/common/CertificatePrinting.h"

#include "certificates/templates/PrintRule.h"
#include "core/DateText.h"
#include "core/store/CertificateTemplateRepository.h"
#include "forms/FieldDisplay.h"
#include "sync/client/OfficeDirectory.h"

#include <chrono>
#include <stdexcept>

namespace vitalis
{
namespace
{

using nlohmann::json;
using namespace certificates;

std::string isoDay(std::int64_t unixMs)
{
    const auto days = std::chrono::floor<std::chrono::days>(
        std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(unixMs)));
    return isoDate(std::chrono::year_month_day(days));
}

std::string stringField(const Record& r, const std::string& field)
{
    const auto v = r.fields.value(field, json());
    return v.is_string() ? v.get<std::string>() : std::string();
}

std::string firstValue(const json& values, const TemplateConfig& c, const std::string& claim)
{
    const auto it = c.qrFields.find(claim);
    if (it == c.qrFields.end())
        return {};
    for (const auto& f : it->second)
        if (values.contains(f) && values[f].is_string() && !values[f].get<std::string>().empty())
            return values[f].get<std::string>();
    return {};
}

CertificateClaims claimsOf(const Record& r, const json& values, const TemplateConfig& c,
                           const PrintFacts& facts, std::int64_t issuedAt)
{
    CertificateClaims claims;
    claims.registrationNumber = r.registrationNumber;
    claims.eventType = r.eventType;
    const std::string personField =
        c.qrFields.count("person") ? c.qrFields.at("person").front() : std::string();
    claims.givenNames = values.value(personField + "_given", "");
    claims.familyName = values.value(personField + "_family", "");
    const std::string sex =
        stringField(r, c.qrFields.count("sex") ? c.qrFields.at("sex").front() : "");
    claims.sex = sex == "male" || sex == "female" ? sex : (sex.empty() ? "" : "other");
    claims.dateOfEvent = stringField(r, c.eventDateField);
    claims.placeOfEvent = firstValue(values, c, "place");
    claims.motherName = firstValue(values, c, "mother");
    claims.fatherName = firstValue(values, c, "father");
    claims.registrationDate = facts.registrationDate;
    claims.issuingOffice = facts.issuingOffice;
    claims.copyNumber = facts.copyNumber;
    claims.issuedAt = issuedAt;
    return claims;
}

} // namespace

TemplateBundle CertificatePrinting::loadConfigs(const std::filesystem::path& definitions,
                                                forms::FormErrors& errors)
{
    return TemplateBundle::load(definitions / "certificates", errors);
}

std::optional<TemplateBundle> CertificatePrinting::cachedConfigs(ProfileStore& store)
{
    const auto stored = CertificateTemplateRepository(store.db()).current();
    if (!stored)
        return std::nullopt;
    forms::FormErrors errors; // checked when stored; a later program may read less
    TemplateBundle bundle =
        TemplateBundle::fromJson(json::parse(stored->body, nullptr, false), errors);
    if (!errors.empty() || bundle.empty())
        return std::nullopt;
    return bundle;
}

CertificatePrinting::CertificatePrinting(ProfileStore& store, const Clock& clock,
                                         TemplateBundle installed, const forms::FormRegistry& forms,
                                         const forms::ReferenceData* reference)
    : m_store(store), m_clock(clock), m_bundle(cachedConfigs(store).value_or(std::move(installed))),
      m_forms(forms), m_reference(reference)
{
}

const TemplateConfig& CertificatePrinting::configFor(const Record& r) const
{
    const auto it = m_bundle.configs.find(r.eventType);
    if (it == m_bundle.configs.end())
        throw std::runtime_error("no certificate template for " + r.eventType + " records");
    return it->second;
}

const CertificateTemplate& CertificatePrinting::templateFor(const Record& r,
                                                            CertificateChoice& choice) const
{
    const TemplateConfig& c = configFor(r);
    const CertificateTemplate* t =
        choice.templateId.empty() ? c.choose(r.fields, false) : c.find(choice.templateId);
    if (!t)
        throw std::invalid_argument("unknown template '" + choice.templateId +
                                    "' (see: certificate templates)");
    if (choice.language.empty())
        choice.language = c.languages.front();
    if (!t->files.count(choice.language))
        throw std::invalid_argument("template '" + t->id + "' has no language '" + choice.language +
                                    "'");
    choice.templateId = t->id;
    return *t;
}

// The registration day: this device's register entry, else the record's last change (a record
// registered elsewhere and pulled).
std::string CertificatePrinting::registrationDate(const Record& r) const
{
    // As the server keeps it (the pull carries it), so every laptop prints and charges alike.
    if (r.registeredAt > 0)
        return isoDay(r.registeredAt);
    for (const auto& e : m_store.audit().forRecord(r.id))
        if (e.action == "register")
            return isoDay(e.at);
    return isoDay(r.updatedAt);
}

std::int64_t CertificatePrinting::fee(const Record& r, const CertificateTemplate& t) const
{
    // The server recomputes it with the same function from its own dates and copy count.
    return printFee(configFor(r), r.fields, registrationDate(r), t.certifiedCopy,
                    LocalRecordService(m_store, m_clock).copiesPrinted(r))
        .amount;
}

PrintFacts CertificatePrinting::facts(const Record& r, const CertificateTemplate& t,
                                      const std::string& lang) const
{
    PrintFacts facts;
    facts.registrationNumber = r.registrationNumber;
    facts.registrationDate = registrationDate(r);
    facts.issueDate = isoDay(m_clock.nowMillis());
    // The office's name as the reference data gives it (kept for offline use), not its code.
    facts.issuingOffice = OfficeDirectory(m_store.settings()).name(r.officeId).value_or(r.officeId);
    facts.templateLabel = t.labels.count(lang) ? t.labels.at(lang) : t.labels.begin()->second;
    facts.certifiedCopy = t.certifiedCopy;
    return facts;
}

std::string CertificatePrinting::fill(const Record& r, const CertificateTemplate& t,
                                      const std::string& lang, const PrintFacts& facts) const
{
    const forms::FieldDisplay display(m_forms, m_reference, lang);
    return fillTemplate(m_bundle.svg(r.eventType, t, lang), certificateValues(r, display, facts));
}

PreparedCertificate CertificatePrinting::preview(const Record& r, CertificateChoice choice) const
{
    const CertificateTemplate& t = templateFor(r, choice);
    PrintFacts f = facts(r, t, choice.language);
    f.receiptNumber = choice.receiptNumber;
    return {fill(r, t, choice.language, f),
            {},
            t.id,
            choice.language,
            f.templateLabel,
            f.copyNumber,
            fee(r, t),
            configFor(r).currency};
}

PreparedCertificate CertificatePrinting::print(const Actor& actor, const Record& r,
                                               CertificateChoice choice, IssuingKey& key) const
{
    const CertificateTemplate& t = templateFor(r, choice);
    const TemplateConfig& c = configFor(r);
    const std::int64_t nowMs = m_clock.nowMillis();
    const auto issuer = key.issuer(nowMs / 1000); // refuses before anything is queued
    protocol::CertificatePrint p;
    p.templateId = t.id;
    p.language = choice.language;
    p.certifiedCopy = t.certifiedCopy;
    p.collector = choice.collector;
    p.receiptNumber = choice.receiptNumber;
    p.currency = c.currency;
    p.issuedAt = nowMs / 1000;
    p.fee = fee(r, t);
    LocalRecordService service(m_store, m_clock);
    // The rule the server applies to the synced print, checked before anything is queued.
    if (const auto problem = printRuleProblem(m_bundle.configs, r.eventType, r.fields,
                                              registrationDate(r), service.copiesPrinted(r),
                                              {t.id, choice.language, t.certifiedCopy, p.fee}))
        throw std::invalid_argument(problem->message);
    const auto printed = service.printCertificate(actor, r.id, p, choice.reason);
    PrintFacts f = facts(r, t, choice.language);
    f.copyNumber = printed.copyNumber;
    f.fee = std::to_string(printed.fee) + " " + printed.currency;
    f.receiptNumber = printed.receiptNumber;
    const forms::FieldDisplay display(m_forms, m_reference, choice.language);
    const json values = certificateValues(r, display, f);
    return {fillTemplate(m_bundle.svg(r.eventType, t, choice.language), values),
            issuer.sign(claimsOf(r, values, c, f, nowMs / 1000)),
            t.id,
            choice.language,
            f.templateLabel,
            f.copyNumber,
            printed.fee,
            printed.currency};
}

} // namespace vitalis
