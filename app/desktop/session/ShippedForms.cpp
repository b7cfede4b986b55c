#include "app/desktop/session/ShippedForms.h"

#include "sync/client/FormDefinitionCache.h"

#include <QCoreApplication>
#include <QDir>
#include <fstream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace vitalis::desktop
{
namespace
{

QString describe(const forms::FormErrors& errors)
{
    QString text;
    for (const auto& e : errors)
        text += QString::fromStdString(e.toString()) + QLatin1Char('\n');
    return text;
}

} // namespace

ShippedForms loadShippedForms(const SharePaths& paths)
{
    ShippedForms out;
    forms::FormErrors errors;
    auto catalogs = forms::CatalogSet::loadDirectory(paths.catalogs, errors);
    auto registry = std::make_shared<forms::FormRegistry>(std::move(catalogs));
    const auto formErrors = registry->loadDirectory(paths.definitions);
    errors.insert(errors.end(), formErrors.begin(), formErrors.end());
    out.registry = registry;

    std::ifstream in(paths.reference);
    if (in) {
        const auto doc = nlohmann::json::parse(in, nullptr, false);
        if (doc.is_discarded()) {
            out.problems += QCoreApplication::translate("ShippedForms", "%1: not valid JSON\n")
                                .arg(QString::fromStdString(paths.reference.string()));
        } else if (auto ref = forms::StaticReferenceData::fromJson(
                       doc.contains("reference") ? doc["reference"] : doc, // a country seed
                       paths.reference.string(), errors)) {
            out.reference = std::make_shared<forms::StaticReferenceData>(std::move(*ref));
        }
    }
    out.problems += describe(errors);
    return out;
}

ShippedForms formsForProfile(ProfileStore& store, const ShippedForms& shipped)
{
    std::vector<std::string> problems;
    const auto cached = FormDefinitionCache(store.settings()).load({}, &problems);
    auto registry = std::make_shared<forms::FormRegistry>(
        shipped.registry ? shipped.registry->catalogs() : forms::CatalogSet{});
    forms::FormErrors errors;
    auto addAll = [&](const forms::FormRegistry& from) {
        for (const auto& id : from.formIds())
            for (const int version : from.versions(id))
                if (!registry->find(id, version)) {
                    const auto e = registry->add(from.find(id, version));
                    errors.insert(errors.end(), e.begin(), e.end());
                }
    };
    addAll(*cached); // first: the server's copy of a version wins over the shipped one
    if (shipped.registry)
        addAll(*shipped.registry);
    ShippedForms out{registry, shipped.reference, shipped.problems};
    for (const auto& p : problems)
        out.problems += QString::fromStdString(p) + QLatin1Char('\n');
    out.problems += describe(errors);
    return out;
}

} // namespace vitalis::desktop
