#include "core/store/CertificateTemplateRepository.h"

#include "core/store/Database.h"

namespace vitalis
{

std::optional<StoredCertificateTemplates> CertificateTemplateRepository::current()
{
    Statement st =
        m_db.cached("SELECT etag, body, fetched_at FROM certificate_templates WHERE id = 1");
    if (!st.step())
        return std::nullopt;
    return StoredCertificateTemplates{st.text(0), st.text(1), st.int64(2)};
}

void CertificateTemplateRepository::replace(const StoredCertificateTemplates& served)
{
    m_db.cached("INSERT OR REPLACE INTO certificate_templates (id, etag, body, fetched_at) "
                "VALUES (1, ?, ?, ?)")
        .bind(1, served.etag)
        .bind(2, served.body)
        .bind(3, served.fetchedAt)
        .run();
}

} // namespace vitalis
