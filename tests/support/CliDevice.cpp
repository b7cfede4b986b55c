#include "tests/support/CliDevice.h"

#include <atomic>
#include <fstream>
#include <gtest/gtest.h>

namespace vitalis::test
{

namespace fs = std::filesystem;

namespace
{

std::atomic<int> callCounter{0};

} // namespace

CliDevice::CliDevice(std::string name, const fs::path& dir)
    : name_(std::move(name)), dir_(dir / name_)
{
    fs::create_directories(dir_);
    // Keychain entries are per profile name: unique per run, so runs never share keys.
    profile_ = "e2e-" + name_ + "-" + dir.filename().string();
}

CommandRun CliDevice::run(const std::vector<std::string>& args, const std::string& input) const
{
    std::vector<std::string> argv = {VITALIS_CLI_BIN, "--profile", profile_, "--profile-dir",
                                     (dir_ / "profile").string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return runCommand(argv, input);
}

json CliDevice::ok(std::vector<std::string> args) const
{
    args.push_back("--json");
    const CommandRun r = run(args);
    std::string cmd;
    for (const auto& a : args)
        cmd += " " + a;
    EXPECT_EQ(r.code, 0) << name_ << ": vitalis-cli" << cmd << "\n" << r.describe();
    return r.asJson();
}

void CliDevice::enrol(const std::string& serverUrl, const std::string& username,
                      const std::string& password)
{
    username_ = username;
    CommandRun r = run({"profile", "init", "--server", serverUrl, "--json"});
    ASSERT_EQ(r.code, 0) << name_ << " profile init: " << r.describe();
    r = run({"login", "--username", username, "--json"}, password + "\n");
    ASSERT_EQ(r.code, 0) << name_ << " login as " << username << ": " << r.describe();
    userId_ = r.asJson()["user"].value("id", "");
}

std::string CliDevice::declare(const std::string& form, const json& fields, bool notify) const
{
    const fs::path data = dir_ / ("declare-" + std::to_string(callCounter++) + ".json");
    std::ofstream(data) << fields.dump();
    std::vector<std::string> args = {"declare", "--form", form, "--data", data.string()};
    if (notify)
        args.push_back("--notify");
    const json r = ok(args);
    fs::remove(data);
    return r.value("id", "");
}

json CliDevice::sync() const
{
    return ok({"sync", "--max-runs", "5"});
}

json CliDevice::show(const std::string& id) const
{
    return ok({"show", id});
}

json CliDevice::list(const std::string& status) const
{
    if (status.empty())
        return ok({"list", "--limit", "1000"});
    return ok({"list", "--status", status, "--limit", "1000"});
}

json CliDevice::outbox() const
{
    return ok({"outbox", "--limit", "1000"});
}

json CliDevice::history(const std::string& id) const
{
    return ok({"history", id});
}

json CliDevice::conflicts() const
{
    return ok({"conflicts"});
}

} // namespace vitalis::test
