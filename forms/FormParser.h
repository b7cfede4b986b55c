// Turns a form definition (JSON) into a validated FormDefinition, or into the full list of
// problems, each with file, JSON path, message and a "did you mean" where one is near.
#pragma once

#include "forms/FormError.h"
#include "forms/FormModel.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace vitalis::forms
{

class CatalogSet;

struct ParseResult {
    std::shared_ptr<const FormDefinition> form; // null when there are errors
    FormErrors errors;
    bool ok() const { return form != nullptr; }
};

class FormParser
{
public:
    // `catalogs` supplies the default-language catalog every message id must exist in; pass
    // nullptr to skip that check (e.g. when editing a definition before translating it).
    static ParseResult parse(const nlohmann::json& document, const std::string& file,
                             const CatalogSet* catalogs);
    // JSON syntax errors are reported with line and column.
    static ParseResult parseText(std::string_view text, const std::string& file,
                                 const CatalogSet* catalogs);
    static ParseResult parseFile(const std::filesystem::path& file, const CatalogSet* catalogs);
};

} // namespace vitalis::forms
