// The certificate configurations the server checks prints against (PushOp) and serves to the
// laptops (GET /api/v1/certificate-templates, with an ETag), read once at start from
// --certificate-templates or the shipped folder.
#pragma once

#include "certificates/templates/TemplateBundle.h"

#include <QByteArray>
#include <filesystem>

namespace vitalis::server
{

class CertificateTemplates
{
public:
    // Every configuration in `dir` and its SVGs. Throws std::invalid_argument naming the option,
    // the file and the JSON path of each problem (a configuration error: exit 2).
    static CertificateTemplates load(const std::filesystem::path& dir);

    const certificates::TemplateBundle& bundle() const { return bundle_; }
    const QByteArray& body() const { return body_; } // the JSON answer
    const QByteArray& etag() const { return etag_; } // quoted; changes with the content

private:
    certificates::TemplateBundle bundle_;
    QByteArray body_, etag_;
};

// The shipped configurations: share/vitalis/forms/certificates beside the program, else the
// source tree's forms/definitions/certificates above it; empty when neither exists.
std::filesystem::path defaultCertificateTemplatesDirectory(const std::filesystem::path& programDir);

} // namespace vitalis::server
