// An office on a real server: the server (TestServer on the demo seed, SQLite or PostgreSQL)
// and the laptops of its people, each a vitalis-cli profile enrolled as one user.
#pragma once

#include "tests/support/CliDevice.h"
#include "tests/support/ServerView.h"
#include "tests/support/TestServer.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace vitalis::test
{

class Office
{
public:
    // Starts the server; laptops and views come on demand.
    Office(Backend backend, const std::filesystem::path& dir);
    TestServer& server() { return *server_; }
    // The laptop called `name`, enrolled as `username` (a demo seed user) the first time.
    CliDevice& laptop(const std::string& name, const std::string& username);
    // The server as `username` sees it through the API (signed in on first use).
    ServerView& view(const std::string& username);

private:
    std::filesystem::path dir_;
    std::unique_ptr<TestServer> server_;
    std::map<std::string, std::unique_ptr<CliDevice>> laptops_;
    std::map<std::string, std::unique_ptr<ServerView>> views_;
};

} // namespace vitalis::test
