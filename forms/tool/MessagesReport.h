// The `vitalis-forms messages` audit: per language, message ids the forms use that the catalog
// lacks, ids the catalog has that nothing uses, and placeholders that differ from the default.
#pragma once

#include "forms/FormModel.h"
#include "forms/MessageCatalog.h"

#include <memory>
#include <string>
#include <vector>

namespace vitalis::forms::tool
{

struct MessageProblem {
    std::string language;
    std::string kind; // "missing", "unused", "placeholders"
    std::string id;
    std::string where; // file: path of a use, or the catalog file
};

std::vector<MessageProblem>
auditMessages(const std::vector<std::shared_ptr<const FormDefinition>>& forms,
              const CatalogSet& catalogs, const std::string& onlyLanguage);

} // namespace vitalis::forms::tool
