// vitalis-cli certificate templates | print: the templates this laptop has, and printing a
// registered record's certificate offline (the print queued for the server, the QR signed with
// this laptop's issuing key, the PDF drawn by app/certificate).
#include "app/certificate/CertificateRenderer.h"
#include "app/cli/CliCommands.h"
#include "app/common/IssuingKey.h"
#include "app/common/ShareDirectory.h"
#include "certificates/templates/CertificateFill.h"
#include "certificates/templates/TemplateConfig.h"
#include "core/DateText.h"

#include <QCoreApplication>
#include <fstream>
#include <sstream>

namespace vitalis::cli
{
namespace
{

using nlohmann::json;
using namespace certificates;

QString tr(const char* text)
{
    return QCoreApplication::translate("vitalis-cli", text);
}

std::map<std::string, TemplateConfig> loadConfigs()
{
    forms::FormErrors errors;
    auto configs =
        loadTemplateDirectory(locateShareDirectory().definitions / "certificates", errors);
    for (const auto& e : errors)
        std::fprintf(stderr, "%s\n", e.toString().c_str());
    return configs;
}

std::shared_ptr<forms::FormRegistry> loadForms()
{
    const SharePaths share = locateShareDirectory();
    forms::FormErrors errors;
    auto registry = std::make_shared<forms::FormRegistry>(
        forms::CatalogSet::loadDirectory(share.catalogs, errors));
    registry->loadDirectory(share.definitions);
    return registry;
}

std::string isoDay(std::int64_t unixMs)
{
    const auto days = std::chrono::floor<std::chrono::days>(
        std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(unixMs)));
    return isoDate(std::chrono::year_month_day(days));
}

// The registration day: this device's register entry, else the record's last change (a record
// registered elsewhere and pulled).
std::string registrationDate(ProfileStore& store, const Record& r)
{
    for (const auto& e : store.audit().forRecord(r.id))
        if (e.action == "register")
            return isoDay(e.at);
    return isoDay(r.updatedAt);
}

int daysBetween(const std::string& from, const std::string& to)
{
    const auto a = fromIsoDate(from);
    const auto b = fromIsoDate(to);
    if (!a || !b)
        return 0;
    return static_cast<int>((std::chrono::sys_days(*b) - std::chrono::sys_days(*a)).count());
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
    const std::string sexField = c.qrFields.count("sex") ? c.qrFields.at("sex").front() : "";
    const std::string sex = r.fields.value(sexField, json()).is_string()
                                ? r.fields[sexField].get<std::string>()
                                : std::string();
    claims.sex = sex == "male" || sex == "female" ? sex : (sex.empty() ? "" : "other");
    claims.dateOfEvent = r.fields.value(c.eventDateField, json()).is_string()
                             ? r.fields[c.eventDateField].get<std::string>()
                             : std::string();
    claims.placeOfEvent = firstValue(values, c, "place");
    claims.motherName = firstValue(values, c, "mother");
    claims.fatherName = firstValue(values, c, "father");
    claims.registrationDate = facts.registrationDate;
    claims.issuingOffice = facts.issuingOffice;
    claims.copyNumber = facts.copyNumber;
    claims.issuedAt = issuedAt;
    return claims;
}

protocol::CertificatePrint printRequest(CliContext& ctx, const CertificateTemplate& t,
                                        const TemplateConfig& c, const std::string& lang,
                                        std::int64_t days, std::int64_t issuedAt)
{
    protocol::CertificatePrint p;
    p.templateId = t.id;
    p.language = lang;
    p.certifiedCopy = t.certifiedCopy;
    p.collector.relation = ctx.option(QStringLiteral("collector")).toStdString();
    if (!protocol::isCollectorRelation(p.collector.relation))
        throw UsageError(tr("--collector is mother, father, informant or other").toStdString());
    p.collector.name = ctx.option(QStringLiteral("collector-name")).toStdString();
    p.collector.idType = ctx.option(QStringLiteral("id-type")).toStdString();
    p.collector.idNumber = ctx.option(QStringLiteral("id-number")).toStdString();
    p.collector.idChecked = ctx.flag(QStringLiteral("id-checked"));
    p.receiptNumber = ctx.option(QStringLiteral("fee-receipt")).toStdString();
    p.currency = c.currency;
    p.issuedAt = issuedAt;
    // A reprint or copy pays the copy fee; the device's count decides here, the server's later.
    p.fee = c.fee(static_cast<int>(days), t.certifiedCopy);
    return p;
}

struct Chosen {
    const TemplateConfig* config = nullptr;
    const CertificateTemplate* tmpl = nullptr;
    std::string lang;
};

Chosen choose(CliContext& ctx, const std::map<std::string, TemplateConfig>& configs,
              const Record& r)
{
    const auto it = configs.find(r.eventType);
    if (it == configs.end())
        throw std::runtime_error("no certificate template for " + r.eventType + " records");
    Chosen c{&it->second, nullptr, ctx.option(QStringLiteral("lang")).toStdString()};
    const std::string id = ctx.option(QStringLiteral("template")).toStdString();
    c.tmpl = id.empty() ? c.config->choose(r.fields, false) : c.config->find(id);
    if (!c.tmpl)
        throw UsageError("unknown template '" + id + "' (see: certificate templates)");
    if (c.lang.empty())
        c.lang = c.config->languages.front();
    if (!c.tmpl->files.count(c.lang))
        throw UsageError("template '" + c.tmpl->id + "' has no language '" + c.lang + "'");
    return c;
}

std::string readText(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

int certificateTemplates(CliContext& ctx)
{
    json out = json::array();
    std::string text;
    for (const auto& [event, c] : loadConfigs())
        for (const auto& t : c.templates) {
            json langs = json::array();
            for (const auto& [lang, file] : t.files)
                langs.push_back(lang);
            out.push_back({{"event", event},
                           {"id", t.id},
                           {"labels", t.labels},
                           {"languages", langs},
                           {"certified_copy", t.certifiedCopy}});
            text += t.id + "  " + event + "  " + t.labels.begin()->second + "  (" + langs.dump() +
                    ")\n";
        }
    ctx.emit(out, text);
    return 0;
}

int certificatePrint(CliContext& ctx)
{
    ProfileStore& store = ctx.openProfile();
    const Actor actor = ctx.actor();
    const std::string id = resolveRecordId(ctx, ctx.operand(0, "record"));
    const Record r = store.records().get(id);
    const auto configs = loadConfigs();
    const Chosen chosen = choose(ctx, configs, r);
    const QString pdf = ctx.option(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        throw UsageError(tr("--pdf FILE is required").toStdString());
    const auto forms = loadForms();
    const forms::FieldDisplay display(*forms, nullptr, chosen.lang);
    const std::int64_t nowMs = ctx.clock.nowMillis();
    PrintFacts facts;
    facts.registrationNumber = r.registrationNumber;
    facts.registrationDate = registrationDate(store, r);
    facts.issueDate = isoDay(nowMs);
    facts.issuingOffice = r.officeId;
    facts.templateLabel = chosen.tmpl->labels.at(chosen.lang);
    facts.certifiedCopy = chosen.tmpl->certifiedCopy;
    const bool draft = ctx.flag(QStringLiteral("draft"));
    std::string qr;
    if (!draft) {
        // The key first: an expired key refuses before anything is queued.
        IssuingKey key(*ctx.keys, ctx.keyName(), store.settings());
        const auto issuer = key.issuer(nowMs / 1000);
        const std::string eventDate =
            r.fields.value(chosen.config->eventDateField, json()).is_string()
                ? r.fields[chosen.config->eventDateField].get<std::string>()
                : std::string();
        const int days = daysBetween(eventDate, facts.registrationDate);
        LocalRecordService service(store, ctx.clock);
        const auto printed = service.printCertificate(
            actor, id,
            printRequest(ctx, *chosen.tmpl, *chosen.config, chosen.lang, days, nowMs / 1000),
            ctx.option(QStringLiteral("reason")).toStdString());
        facts.copyNumber = printed.copyNumber;
        facts.fee = std::to_string(printed.fee) + " " + printed.currency;
        facts.receiptNumber = printed.receiptNumber;
        const json values = certificateValues(r, display, facts);
        qr = issuer.sign(claimsOf(r, values, *chosen.config, facts, nowMs / 1000));
    }
    const json values = certificateValues(r, display, facts);
    const std::string svg = fillTemplate(readText(chosen.tmpl->files.at(chosen.lang)), values);
    app::CertificateRenderer::writePdf(pdf, {QByteArray::fromStdString(svg), qr, draft,
                                             QString::fromStdString(facts.templateLabel)});
    ctx.emit({{"record_id", id},
              {"pdf", pdf.toStdString()},
              {"template", chosen.tmpl->id},
              {"language", chosen.lang},
              {"copy_number", facts.copyNumber},
              {"qr", qr},
              {"draft", draft}},
             (draft ? tr("Preview (DRAFT) written to %1")
                    : tr("Certificate written to %1; the print leaves with the next sync"))
                 .arg(pdf)
                 .toStdString());
    return 0;
}

} // namespace vitalis::cli
