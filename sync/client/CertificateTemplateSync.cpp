#include "sync/client/CertificateTemplateSync.h"

#include "certificates/templates/TemplateBundle.h"
#include "core/store/CertificateTemplateRepository.h"
#include "core/store/ProfileStore.h"
#include "sync/client/SyncError.h"

namespace vitalis::sync
{

std::string CertificateTemplateSync::run()
{
    CertificateTemplateRepository repository(m_store.db());
    const auto stored = repository.current();
    std::optional<HttpResponse> answer;
    try {
        answer = m_api.getIfChanged("/api/v1/certificate-templates", stored ? stored->etag : "");
    } catch (const SyncError& e) {
        if (e.kind() == SyncError::Kind::Refused && e.code() == "not_found")
            return "none"; // a server without certificate configurations
        throw;
    }
    if (!answer)
        return "unchanged";
    // Kept only when this program can print with it: a half-understood configuration would
    // charge wrong fees offline for weeks.
    forms::FormErrors errors;
    const auto bundle = certificates::TemplateBundle::fromJson(
        nlohmann::json::parse(answer->body, nullptr, false), errors);
    if (!errors.empty() || bundle.empty())
        return "none";
    repository.replace({answer->etag, answer->body, m_clock.nowMillis()});
    return "stored";
}

} // namespace vitalis::sync
