// vitalis-cli certificate templates | print: the templates this laptop has, and printing a
// registered record's certificate offline (the print queued for the server, the QR signed with
// this laptop's issuing key, the PDF drawn by app/certificate).
#include "app/certificate/CertificateRenderer.h"
#include "app/cli/CliCommands.h"
#include "app/common/CertificatePrinting.h"
#include "app/common/IssuingKey.h"
#include "app/common/ShareDirectory.h"
#include "certificates/templates/TemplateConfig.h"

#include <QCoreApplication>

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

certificates::TemplateBundle loadConfigs()
{
    forms::FormErrors errors;
    auto configs = CertificatePrinting::loadConfigs(locateShareDirectory().definitions, errors);
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

CertificateChoice choiceOf(CliContext& ctx)
{
    CertificateChoice c;
    c.templateId = ctx.option(QStringLiteral("template")).toStdString();
    c.language = ctx.option(QStringLiteral("lang")).toStdString();
    c.collector.relation = ctx.option(QStringLiteral("collector")).toStdString();
    c.collector.name = ctx.option(QStringLiteral("collector-name")).toStdString();
    c.collector.idType = ctx.option(QStringLiteral("id-type")).toStdString();
    c.collector.idNumber = ctx.option(QStringLiteral("id-number")).toStdString();
    c.collector.idChecked = ctx.flag(QStringLiteral("id-checked"));
    c.receiptNumber = ctx.option(QStringLiteral("fee-receipt")).toStdString();
    c.reason = ctx.option(QStringLiteral("reason")).toStdString();
    return c;
}

// The configurations this laptop prints with: its last sync's when the profile exists and has
// them (never creating a profile just to list), else the installed ones.
certificates::TemplateBundle printingConfigs(CliContext& ctx)
{
    if (std::filesystem::exists(ctx.profileDir / "vitalis.db"))
        if (auto cached = CertificatePrinting::cachedConfigs(ctx.openProfile()))
            return std::move(*cached);
    return loadConfigs();
}

} // namespace

int certificateTemplates(CliContext& ctx)
{
    json out = json::array();
    std::string text;
    for (const auto& [event, c] : printingConfigs(ctx).configs)
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
    const QString pdf = ctx.option(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        throw UsageError(tr("--pdf FILE is required").toStdString());
    const auto forms = loadForms();
    const CertificatePrinting printing(store, ctx.clock, loadConfigs(), *forms, nullptr);
    const bool draft = ctx.flag(QStringLiteral("draft"));
    CertificateChoice choice = choiceOf(ctx);
    if (!draft && !protocol::isCollectorRelation(choice.collector.relation))
        throw UsageError(tr("--collector is mother, father, informant or other").toStdString());
    PreparedCertificate page;
    try {
        if (draft) {
            page = printing.preview(r, choice);
        } else {
            IssuingKey key(*ctx.keys, ctx.keyName(), store.settings());
            page = printing.print(actor, r, choice, key);
        }
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    app::CertificateRenderer::writePdf(pdf, {QByteArray::fromStdString(page.svg), page.qr, draft,
                                             QString::fromStdString(page.templateLabel)});
    ctx.emit({{"record_id", id},
              {"pdf", pdf.toStdString()},
              {"template", page.templateId},
              {"language", page.language},
              {"copy_number", page.copyNumber},
              {"fee", page.fee},
              {"currency", page.currency},
              {"qr", page.qr},
              {"draft", draft}},
             (draft ? tr("Preview (DRAFT) written to %1")
                    : tr("Certificate written to %1; the print leaves with the next sync"))
                 .arg(pdf)
                 .toStdString());
    return 0;
}

} // namespace vitalis::cli
