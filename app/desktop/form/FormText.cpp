#include "app/desktop/form/FormText.h"

namespace vitalis::desktop
{

FormText::FormText(const forms::CatalogSet& catalogs, const std::string& language,
                   const std::string& fallbackLanguage)
    : m_language(language), m_catalog(catalogs.find(language)),
      m_fallback(catalogs.find(fallbackLanguage))
{
}

QString FormText::text(const std::string& id, const nlohmann::json& params) const
{
    if (id.empty())
        return {};
    for (const auto* catalog : {m_catalog, m_fallback})
        if (catalog && catalog->has(id))
            return QString::fromStdString(catalog->format(id, params));
    return QString::fromStdString(id);
}

bool FormText::rightToLeft() const
{
    return m_catalog && m_catalog->direction() == "rtl";
}

} // namespace vitalis::desktop
