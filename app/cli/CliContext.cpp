#include "app/cli/CliContext.h"

#include "core/RoleCatalog.h"
#include "core/store/ProfileSidecar.h"

#include <QCryptographicHash>
#include <cstdio>

namespace vitalis::cli
{

std::string CliContext::keyName() const
{
    namespace fs = std::filesystem;
    std::error_code ec;
    // A profile keeps the name its key was made under (profile.json records it), so every
    // existing profile opens as before, wherever it was moved.
    if (fs::exists(profileDir / ProfileStore::kSidecarFile, ec))
        return ProfileSidecar::read(profileDir / ProfileStore::kSidecarFile).profileId;
    const auto db = profileDir / ProfileStore::kDatabaseFile;
    const bool made =
        (fs::exists(db, ec) && fs::file_size(db, ec) > 0) || fs::exists(db.string() + "-wal", ec);
    if (!args.isSet(QStringLiteral("profile-dir")) || made)
        return profileName; // its standard place is unique by name (or made before the note)
    // Directories of the caller's choosing share names ("default"): two of them with one
    // --key-dir or keychain must not share a key, so the new one's name says where it is.
    const auto where = fs::weakly_canonical(fs::absolute(profileDir), ec).string();
    const auto hash =
        QCryptographicHash::hash(QByteArray::fromStdString(where), QCryptographicHash::Sha256);
    return profileName + "-" + hash.toHex().left(8).toStdString();
}

ProfileStore& CliContext::openProfile()
{
    if (!store) {
        StoreOptions options;
        options.profileId = keyName();
        store = ProfileStore::open(profileDir, *keys, options);
    }
    return *store;
}

Actor CliContext::actor()
{
    auto& settings = openProfile().settings();
    const auto user = settings.get("profile.user");
    const auto role = settings.get("profile.role");
    if (!user || !role)
        throw UsageError("this profile has no user yet: run 'vitalis-cli profile init' first");
    return {*user, RoleCatalog::defaults().get(*role), settings.get("profile.office", "")};
}

std::string CliContext::operand(int index, const char* what) const
{
    if (index >= operands.size())
        throw UsageError(std::string("missing ") + what);
    return operands.at(index).toStdString();
}

void CliContext::emit(const nlohmann::json& value, const std::string& text) const
{
    const std::string out = json ? value.dump(2) : text;
    if (!out.empty())
        std::printf("%s\n", out.c_str());
}

} // namespace vitalis::cli
