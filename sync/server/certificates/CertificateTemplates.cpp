#include "sync/server/certificates/CertificateTemplates.h"

#include <QCryptographicHash>
#include <stdexcept>

namespace vitalis::server
{

namespace fs = std::filesystem;

CertificateTemplates CertificateTemplates::load(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw std::invalid_argument("--certificate-templates: " + dir.string() +
                                    " is not a folder");
    forms::FormErrors errors;
    CertificateTemplates t;
    t.bundle_ = certificates::TemplateBundle::load(dir, errors);
    if (t.bundle_.empty() && errors.empty())
        errors.push_back({dir.string(), "", "no certificate configuration (<event>.json) here"});
    if (!errors.empty()) {
        std::string message = "--certificate-templates: the configuration cannot be used:";
        for (const auto& e : errors)
            message += "\n  " + e.toString();
        throw std::invalid_argument(message);
    }
    const std::string body = t.bundle_.toJson().dump();
    t.body_ = QByteArray::fromStdString(body);
    // A content hash: the same files give the same ETag on every server and every restart.
    t.etag_ =
        '"' + QCryptographicHash::hash(t.body_, QCryptographicHash::Sha256).toHex().left(32) + '"';
    return t;
}

fs::path defaultCertificateTemplatesDirectory(const fs::path& programDir)
{
    const fs::path installed = programDir / ".." / "share" / "vitalis" / "forms" / "certificates";
    if (fs::is_directory(installed))
        return fs::weakly_canonical(installed);
    for (fs::path d = programDir; !d.empty() && d != d.root_path(); d = d.parent_path())
        if (fs::is_directory(d / "forms" / "definitions" / "certificates"))
            return d / "forms" / "definitions" / "certificates";
    return {};
}

} // namespace vitalis::server
