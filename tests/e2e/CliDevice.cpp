#include "tests/e2e/CliDevice.h"

#include <atomic>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace vitalis::e2e
{

namespace fs = std::filesystem;

namespace
{

std::atomic<int> callCounter{0};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

json CliResult::asJson() const
{
    auto j = json::parse(out, nullptr, false);
    if (j.is_discarded())
        ADD_FAILURE() << "not JSON: " << describe();
    return j;
}

std::string CliResult::describe() const
{
    return "exit " + std::to_string(code) + "\nstdout: " + out + "\nstderr: " + err;
}

CliDevice::CliDevice(std::string name, const fs::path& dir)
    : name_(std::move(name)), dir_(dir / name_)
{
    fs::create_directories(dir_);
    // Keychain entries are per profile name: unique per run, so runs never share keys.
    profile_ = "e2e-" + name_ + "-" + dir.filename().string();
}

CliResult CliDevice::run(const std::vector<std::string>& args, const std::string& input) const
{
    const std::string tag = std::to_string(callCounter++);
    const fs::path in = dir_ / ("stdin-" + tag), out = dir_ / ("stdout-" + tag),
                   err = dir_ / ("stderr-" + tag);
    std::ofstream(in) << input;
    std::vector<std::string> argv = {VITALIS_CLI_BIN, "--profile", profile_, "--profile-dir",
                                     (dir_ / "profile").string()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargv;
    for (auto& a : argv)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = -1;
    CliResult r;
    if (posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, cargv.data(), environ) == 0) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    r.out = slurp(out);
    r.err = slurp(err);
    for (const auto& p : {in, out, err})
        fs::remove(p);
    return r;
}

json CliDevice::ok(std::vector<std::string> args) const
{
    args.push_back("--json");
    const CliResult r = run(args);
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
    CliResult r = run({"profile", "init", "--server", serverUrl, "--json"});
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

} // namespace vitalis::e2e
