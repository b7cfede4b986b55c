#include "forms/tool/MessagesReport.h"

#include "forms/FieldChecks.h"

#include <map>
#include <set>

namespace vitalis::forms::tool
{

std::vector<MessageProblem>
auditMessages(const std::vector<std::shared_ptr<const FormDefinition>>& forms,
              const CatalogSet& catalogs, const std::string& onlyLanguage)
{
    // id -> first place it is used
    std::map<std::string, std::string> used;
    for (const auto& id : builtinMessageIds())
        used.emplace(id, "(built-in validation message)");
    std::string defaultLanguage;
    for (const auto& form : forms) {
        defaultLanguage = form->defaultLanguage;
        for (const auto& use : form->messageUses)
            used.emplace(use.id, form->file + ": " + use.path);
    }
    const MessageCatalog* reference =
        defaultLanguage.empty() ? nullptr : catalogs.find(defaultLanguage);
    std::vector<MessageProblem> problems;
    for (const auto& [lang, catalog] : catalogs.all()) {
        if (!onlyLanguage.empty() && lang != onlyLanguage)
            continue;
        for (const auto& [id, where] : used)
            if (!catalog.has(id))
                problems.push_back({lang, "missing", id, where});
        for (const auto& [id, text] : catalog.messages()) {
            if (!used.count(id)) {
                problems.push_back({lang, "unused", id, catalog.file()});
                continue;
            }
            if (reference && &catalog != reference && reference->has(id) &&
                placeholders(text) != placeholders(reference->messages().at(id)))
                problems.push_back({lang, "placeholders", id, catalog.file()});
        }
    }
    if (!onlyLanguage.empty() && !catalogs.find(onlyLanguage))
        problems.push_back(
            {onlyLanguage, "missing", "(catalog)", "no catalog file for this language"});
    return problems;
}

} // namespace vitalis::forms::tool
