#include "tests/support/Office.h"

namespace vitalis::test
{

Office::Office(Backend backend, const std::filesystem::path& dir)
    : dir_(dir), server_(std::make_unique<TestServer>(backend, dir / "server"))
{
    server_->start();
}

CliDevice& Office::laptop(const std::string& name, const std::string& username)
{
    auto& laptop = laptops_[name];
    if (!laptop) {
        laptop = std::make_unique<CliDevice>(name, dir_);
        laptop->enrol(server_->url(), username);
    }
    return *laptop;
}

ServerView& Office::view(const std::string& username)
{
    auto& view = views_[username];
    if (!view)
        view = std::make_unique<ServerView>(*server_, username);
    return *view;
}

} // namespace vitalis::test
