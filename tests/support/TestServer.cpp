#include "tests/support/TestServer.h"

namespace vitalis::test
{

TestServer::TestServer(Backend backend, const std::filesystem::path& dir, Seed seed)
    : dir_(dir), database_(backend, seed),
      process_(database_.url(), {QStringLiteral("--workers"), QStringLiteral("2")})
{
    std::filesystem::create_directories(dir_);
}

TestServer::~TestServer()
{
    process_.stop();
}

int TestServer::admin(QStringList args, std::string* output) const
{
    args += {QStringLiteral("--database"), QString::fromStdString(databaseUrl())};
    return runServerCommand(args, output);
}

} // namespace vitalis::test
