// One laptop driven through vitalis-cli: a profile (encrypted SQLCipher file, key in the real OS
// keychain) used as a person would use it, one process per command, --json output.
#pragma once

#include "tests/support/CommandRun.h"
#include "tests/support/Seed.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::test
{

using nlohmann::json;

class CliDevice
{
public:
    // `name` labels the laptop in messages; the keychain entry is unique per test run.
    CliDevice(std::string name, const std::filesystem::path& dir);

    // profile init --server URL, then login (password on standard input).
    void enrol(const std::string& serverUrl, const std::string& username,
               const std::string& password = kDemoPassword);

    // Runs `vitalis-cli --profile P --profile-dir D ARGS...`; stdin is `input`.
    CommandRun run(const std::vector<std::string>& args, const std::string& input = {}) const;
    // As run(..., "--json"), failing the test unless it exits 0; returns the parsed output.
    json ok(std::vector<std::string> args) const;

    // The common steps, as --json calls.
    std::string declare(const std::string& form, const json& fields, bool notify = false) const;
    json sync() const; // sync until the outbox is empty (or it gives up)
    json show(const std::string& id) const;
    json list(const std::string& status = {}) const;
    json outbox() const;
    json history(const std::string& id) const;
    json conflicts() const;

    const std::string& name() const { return name_; }
    const std::string& username() const { return username_; }
    const std::string& userId() const { return userId_; } // the server's id, after enrol()

private:
    std::string name_, profile_, username_, userId_;
    std::filesystem::path dir_;
};

} // namespace vitalis::test
