// The certificate configurations and SVG templates the server served at the last sync (GET
// /api/v1/certificate-templates), kept as served with their ETag, so a laptop offline for weeks
// prints with the fees and templates it was given.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vitalis
{

class Database;

struct StoredCertificateTemplates {
    std::string etag;           // as the server sent it, quoted
    std::string body;           // the JSON answer (certificates::TemplateBundle::fromJson reads it)
    std::int64_t fetchedAt = 0; // device clock, unix ms
};

class CertificateTemplateRepository
{
public:
    explicit CertificateTemplateRepository(Database& db) : m_db(db) {}
    std::optional<StoredCertificateTemplates> current();
    void replace(const StoredCertificateTemplates& served);

private:
    Database& m_db;
};

} // namespace vitalis
