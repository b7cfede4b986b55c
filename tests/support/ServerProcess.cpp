#include "tests/support/ServerProcess.h"

#include "tests/support/CommandRun.h"
#include "tests/support/SeedFile.h"
#include "tests/support/TempDir.h"

#include <csignal>
#include <fstream>
#include <random>
#include <unistd.h>

namespace vitalis::test
{

namespace fs = std::filesystem;

namespace
{

fs::path scratchDir()
{
    static std::mt19937_64 rng(std::random_device{}());
    const fs::path d = fs::temp_directory_path() / ("vitalis-server-" + std::to_string(::getpid()) +
                                                    "-" + std::to_string(rng() % 1000000));
    fs::create_directories(d);
    return d;
}

} // namespace

ServerProcess::ServerProcess(std::string databaseUrl, QStringList extraArgs)
    : databaseUrl_(std::move(databaseUrl)), extraArgs_(std::move(extraArgs)), dir_(scratchDir()),
      log_(dir_ / "server.log"), ownsDir_(true)
{
}

ServerProcess::ServerProcess(const fs::path& dir, QStringList extraArgs)
    : extraArgs_(std::move(extraArgs)), dir_(dir), log_(dir / "server.log")
{
    fs::create_directories(dir_);
    baseArgs_ = {QStringLiteral("--data"),    QString::fromStdString((dir_ / "data").string()),
                 QStringLiteral("--seed"),    QString::fromStdString(seedFile(Seed::Demo).string()),
                 QStringLiteral("--workers"), QStringLiteral("2")};
}

ServerProcess::~ServerProcess()
{
    if (running())
        stop();
    std::error_code ec;
    if (ownsDir_)
        fs::remove_all(dir_, ec);
}

void ServerProcess::start(int port)
{
    if (port == 0)
        port = port_;
    std::vector<std::string> argv = {VITALIS_SERVER_BIN};
    if (!databaseUrl_.empty())
        argv.insert(argv.end(), {"--database", databaseUrl_});
    for (const QString& a : baseArgs_)
        argv.push_back(a.toStdString());
    argv.insert(argv.end(), {"--port", std::to_string(port)});
    for (const QString& a : extraArgs_) // after --port: an explicit one wins
        argv.push_back(a.toStdString());
    process_ = std::make_unique<ChildProcess>();
    const std::string line = process_->start(argv, "listening on", log_);
    const auto colon = line.rfind(':', line.find(" (database"));
    port_ = std::stoi(line.substr(colon + 1));
}

int ServerProcess::stop()
{
    return process_ ? process_->stop(SIGTERM) : -1;
}

void ServerProcess::kill9()
{
    if (process_)
        process_->stop(SIGKILL);
}

bool ServerProcess::running() const
{
    return process_ && process_->running();
}

pid_t ServerProcess::pid() const
{
    return process_ ? process_->pid() : 0;
}

std::string ServerProcess::url(const std::string& path) const
{
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::string ServerProcess::output() const
{
    return readFile(log_);
}

HttpResponse ServerProcess::get(const std::string& path, const std::string& token)
{
    std::map<std::string, std::string> h;
    if (!token.empty())
        h["Authorization"] = "Bearer " + token;
    return httpRequest("GET", url(path), {}, h);
}

HttpResponse ServerProcess::post(const std::string& path, const json& body,
                                 const std::string& token)
{
    std::map<std::string, std::string> h;
    if (!token.empty())
        h["Authorization"] = "Bearer " + token;
    return httpRequest("POST", url(path), body.dump(), h);
}

int runServerCommand(const QStringList& args, std::string* output, const QByteArray& stdinData)
{
    std::vector<std::string> argv = {VITALIS_SERVER_BIN};
    for (const QString& a : args)
        argv.push_back(a.toStdString());
    const CommandRun r = runCommand(argv, stdinData.toStdString(), true);
    if (output)
        *output = r.out;
    return r.code;
}

} // namespace vitalis::test
