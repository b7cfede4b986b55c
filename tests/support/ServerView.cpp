#include "tests/support/ServerView.h"

#include "core/Uuid.h"

namespace vitalis::test
{

ServerView::ServerView(TestServer& server, const std::string& username, const std::string& password)
    : session_(server.process(), username, "e2e-view-" + generateUuid(), password)
{
    session_.loginOrFail();
}

json ServerView::record(const std::string& id)
{
    const auto r = get("/api/v1/records/" + id);
    if (r.status == 404 || r.status == 403)
        return nullptr;
    if (r.status != 200)
        throw std::runtime_error("GET record " + id + ": " + std::to_string(r.status) + " " +
                                 r.raw);
    return r.body;
}

json ServerView::history(const std::string& id)
{
    const auto r = get("/api/v1/records/" + id + "/history");
    if (r.status != 200)
        throw std::runtime_error("GET history " + id + ": " + std::to_string(r.status) + " " +
                                 r.raw);
    return r.body["history"];
}

std::map<std::string, json> ServerView::everything()
{
    auto all = session_.pullAll();
    std::erase_if(all, [](const auto& entry) { return entry.second.is_null(); });
    return all;
}

json ServerView::pushOne(json op)
{
    op["mutation_id"] = session_.nextMutationId();
    const auto r = session_.push(json::array({op}));
    if (r.status != 200)
        throw std::runtime_error("push failed: " + std::to_string(r.status) + " " + r.raw);
    return r.body["results"][0];
}

} // namespace vitalis::test
