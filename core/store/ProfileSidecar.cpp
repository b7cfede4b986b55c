#include "core/store/ProfileSidecar.h"

#include "core/store/StoreError.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace vitalis
{
namespace
{
[[noreturn]] void bad(const std::filesystem::path& file, const std::string& what)
{
    throw StoreError(StoreErrc::BadProfile, "profile file " + file.string() + ": " + what);
}

template <typename T>
T field(const std::filesystem::path& file, const nlohmann::json& obj, const std::string& path,
        const char* key)
{
    auto it = obj.find(key);
    if (it == obj.end())
        bad(file, "missing " + path + "/" + key);
    try {
        return it->get<T>();
    } catch (const nlohmann::json::exception&) {
        bad(file, path + "/" + key + " has the wrong type");
    }
}
} // namespace

ProfileSidecar ProfileSidecar::read(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        bad(file, "cannot be read");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        bad(file, std::string("is not valid JSON: ") + e.what());
    }
    if (!j.is_object())
        bad(file, "top level must be an object");
    if (field<std::string>(file, j, "", "format") != "vitalis-profile")
        bad(file, "/format must be \"vitalis-profile\"");
    const int version = field<int>(file, j, "", "formatVersion");
    if (version > kFormatVersion)
        bad(file, "/formatVersion " + std::to_string(version) +
                      " is newer than this program understands (" + std::to_string(kFormatVersion) +
                      ")");
    ProfileSidecar s;
    s.profileId = field<std::string>(file, j, "", "profileId");
    s.database = field<std::string>(file, j, "", "database");
    s.sqlcipherVersion = field<std::string>(file, j, "", "sqlcipherVersion");
    auto c = j.find("cipher");
    if (c == j.end() || !c->is_object())
        bad(file, "missing object /cipher");
    s.cipher.pageSize = field<int>(file, *c, "/cipher", "pageSize");
    if (s.cipher.pageSize < 512 || s.cipher.pageSize > 65536 ||
        (s.cipher.pageSize & (s.cipher.pageSize - 1)) != 0)
        bad(file, "/cipher/pageSize must be a power of two between 512 and 65536");
    s.cipher.compatibility = field<int>(file, *c, "/cipher", "compatibility");
    if (s.cipher.compatibility != 3)
        bad(file, "/cipher/compatibility " + std::to_string(s.cipher.compatibility) +
                      " is not supported by SQLCipher 3.4");
    s.cipher.keyFormat = field<std::string>(file, *c, "/cipher", "keyFormat");
    if (s.cipher.keyFormat != "raw-256")
        bad(file, "/cipher/keyFormat must be \"raw-256\"");
    s.cipher.cipher = field<std::string>(file, *c, "/cipher", "cipher");
    s.cipher.hmac = field<std::string>(file, *c, "/cipher", "hmac");
    s.cipher.kdfIter = field<int>(file, *c, "/cipher", "kdfIter");
    s.cipher.fastKdfIter = field<int>(file, *c, "/cipher", "fastKdfIter");
    return s;
}

void ProfileSidecar::write(const std::filesystem::path& file) const
{
    nlohmann::ordered_json j;
    j["format"] = "vitalis-profile";
    j["formatVersion"] = kFormatVersion;
    j["profileId"] = profileId;
    j["database"] = database;
    j["sqlcipherVersion"] = sqlcipherVersion;
    j["cipher"] = {{"compatibility", cipher.compatibility},
                   {"pageSize", cipher.pageSize},
                   {"keyFormat", cipher.keyFormat},
                   {"cipher", cipher.cipher},
                   {"hmac", cipher.hmac},
                   {"kdfIter", cipher.kdfIter},
                   {"fastKdfIter", cipher.fastKdfIter}};
    j["howToOpen"] = "SQLCipher 3.4: PRAGMA key = \"x'<64 hex key>'\"; PRAGMA cipher_page_size = " +
                     std::to_string(cipher.pageSize) +
                     ";  SQLCipher 4+: PRAGMA key = \"x'<64 hex key>'\"; PRAGMA "
                     "cipher_compatibility = 3; PRAGMA cipher_page_size = " +
                     std::to_string(cipher.pageSize) + ";";
    const std::string text = j.dump(2) + "\n";

    const auto tmp = file.string() + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        bad(file, std::string("cannot be written: ") + std::strerror(errno));
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                    ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || std::rename(tmp.c_str(), file.c_str()) != 0) {
        ::unlink(tmp.c_str());
        bad(file, std::string("cannot be written: ") + std::strerror(errno));
    }
}

} // namespace vitalis
