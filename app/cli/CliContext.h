// What every vitalis-cli command gets: parsed options, the opened profile, the acting user
// and the output channel (text for people, --json for scripts).
#pragma once

#include "core/Clock.h"
#include "core/store/KeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/LocalRecordService.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>
#include <nlohmann/json.hpp>

namespace vitalis::cli
{

// A usage mistake (exit code 1) as opposed to an operation that failed (exit code 2).
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct CliContext {
    QCommandLineParser& args;
    QStringList operands; // positional arguments after the command name
    bool json = false;
    const Clock& clock;
    std::filesystem::path profileDir;
    std::string profileName;
    std::unique_ptr<KeyProvider> keys;
    std::unique_ptr<ProfileStore> store; // opened on demand by openProfile()

    ProfileStore& openProfile();
    // What the profile's key is kept under in the keychain or the --key-dir (see the .cpp).
    std::string keyName() const;
    Actor actor(); // the profile's user; throws UsageError if not initialised
    std::string operand(int index, const char* what) const; // throws UsageError naming `what`
    QString option(const QString& name) const { return args.value(name); }
    bool flag(const QString& name) const { return args.isSet(name); }

    // Prints `value` as JSON with --json, else `text` (which may be empty).
    void emit(const nlohmann::json& value, const std::string& text) const;
};

} // namespace vitalis::cli
