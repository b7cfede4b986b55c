// Form catalog text (labels, help, options, validation messages) in the session's language,
// falling back to the form's default language, as QStrings for widgets.
#pragma once

#include "forms/MessageCatalog.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::desktop
{

class FormText
{
public:
    FormText() = default;
    FormText(const forms::CatalogSet& catalogs, const std::string& language,
             const std::string& fallbackLanguage);

    // Empty for an empty id; the id itself when no catalog has it, so a gap is visible.
    QString text(const std::string& id, const nlohmann::json& params = {}) const;
    bool rightToLeft() const;
    const std::string& language() const { return m_language; } // "en" when none was given

private:
    std::string m_language = "en";
    const forms::MessageCatalog* m_catalog = nullptr;
    const forms::MessageCatalog* m_fallback = nullptr;
};

} // namespace vitalis::desktop
