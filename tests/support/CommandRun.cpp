#include "tests/support/CommandRun.h"

#include "tests/support/TempDir.h"

#include <atomic>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace vitalis::test
{

namespace fs = std::filesystem;

namespace
{

std::atomic<int> callCounter{0};

fs::path scratchDir()
{
    const fs::path d = fs::temp_directory_path() / ("vitalis-run-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

} // namespace

nlohmann::json CommandRun::asJson() const
{
    auto j = nlohmann::json::parse(out, nullptr, false);
    if (j.is_discarded())
        ADD_FAILURE() << "not JSON: " << describe();
    return j;
}

std::string CommandRun::describe() const
{
    return "exit " + std::to_string(code) + "\nstdout: " + out + "\nstderr: " + err;
}

CommandRun runCommand(const std::vector<std::string>& argv, const std::string& input,
                      bool mergeErrors)
{
    const std::string tag = std::to_string(callCounter++);
    const fs::path dir = scratchDir();
    const fs::path in = dir / ("stdin-" + tag), out = dir / ("stdout-" + tag),
                   err = dir / ("stderr-" + tag);
    std::ofstream(in) << input;
    std::vector<std::string> args = argv;
    std::vector<char*> cargv;
    for (auto& a : args)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (mergeErrors)
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    else
        posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
    pid_t pid = -1;
    CommandRun r;
    if (posix_spawn(&pid, args[0].c_str(), &actions, nullptr, cargv.data(), environ) == 0) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    r.out = readFile(out);
    r.err = readFile(err);
    for (const auto& p : {in, out, err})
        fs::remove(p);
    return r;
}

} // namespace vitalis::test
