// docs/openapi.yaml and docs/api.md are the contract: every documented path and method is
// served by the real server (and needs a token unless documented otherwise), and the error
// codes the documents list are exactly the server's.
#include "sync/protocol/ErrorCode.h"
#include "tests/support/ServerTest.h"

#include <QFile>
#include <regex>
#include <set>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

std::string readDoc(const char* name)
{
    QFile f(QStringLiteral(VITALIS_DOCS_DIR "/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll().toStdString();
}

struct Operation {
    std::string path;
    std::string method;
    bool secured = true;
};

// The file keeps paths at two spaces and methods at four (checked here, so a reformatting
// that breaks this reader fails loudly rather than testing nothing).
std::vector<Operation> documentedOperations()
{
    std::vector<Operation> ops;
    std::istringstream in(readDoc("openapi.yaml"));
    std::string line, path;
    bool inPaths = false;
    const std::regex pathLine("^  (/[^:]*):\\s*$"), methodLine("^    (get|post|put|delete):\\s*$");
    std::smatch m;
    while (std::getline(in, line)) {
        if (line == "paths:") {
            inPaths = true;
            continue;
        }
        if (inPaths && !line.empty() && line[0] != ' ')
            break;
        if (!inPaths)
            continue;
        if (std::regex_match(line, m, pathLine))
            path = m[1];
        else if (std::regex_match(line, m, methodLine))
            ops.push_back({path, m[1]});
        else if (!ops.empty() && line.find("security: []") != std::string::npos)
            ops.back().secured = false;
    }
    return ops;
}

std::set<std::string> allServerErrorCodes()
{
    std::set<std::string> codes;
    for (int i = 0; i <= static_cast<int>(protocol::ErrorCode::Unavailable); ++i)
        codes.insert(std::string(protocol::toString(static_cast<protocol::ErrorCode>(i))));
    return codes;
}

} // namespace

TEST(ApiDocuments, ErrorCodesAreExactlyTheServers)
{
    const std::string yaml = readDoc("openapi.yaml");
    const auto start = yaml.find("    ErrorCode:");
    ASSERT_NE(start, std::string::npos);
    std::istringstream in(yaml.substr(start));
    std::string line;
    std::set<std::string> documented;
    std::getline(in, line);
    while (std::getline(in, line)) {
        if (line.rfind("        - ", 0) == 0)
            documented.insert(line.substr(10));
        else if (line.rfind("      enum:", 0) != 0 && line.rfind("      type:", 0) != 0)
            break;
    }
    const auto server = allServerErrorCodes();
    EXPECT_EQ(documented, server);
    EXPECT_EQ(server.size(), 28u);
    const std::string md = readDoc("api.md");
    for (const auto& code : server) {
        EXPECT_NE(md.find("`" + code + "`"), std::string::npos) << code << " missing in api.md";
        EXPECT_EQ(protocol::errorCodeFromString(code).has_value(), true);
    }
}

class Contract : public ServerTest
{
};

TEST_P(Contract, EveryDocumentedOperationIsServedAndGuarded)
{
    const auto ops = documentedOperations();
    ASSERT_GE(ops.size(), 18u) << "openapi.yaml could not be read";
    auto s = login("agent1");
    const std::string id = declare(*s, "O1");
    for (const auto& op : ops) {
        std::string path = op.path;
        path = std::regex_replace(path, std::regex("/forms/\\{id\\}/\\{version\\}"),
                                  "/forms/tbirth/1");
        path = std::regex_replace(path, std::regex("\\{id\\}"), id);
        const std::string method =
            op.method == "get" ? "GET" : (op.method == "put" ? "PUT" : "POST");
        SCOPED_TRACE(method + " " + path);
        const json body = path == "/api/v1/push" ? json{{"protocol", 1}, {"ops", json::array()}}
                                                 : json{{"protocol", 1}};
        // Without a token.
        auto r = httpRequest(method, server->url(path), method != "GET" ? body.dump() : "");
        EXPECT_NE(r.status, 405) << r.raw;
        if (r.status == 404) {
            EXPECT_EQ(r.raw.find("no such endpoint"), std::string::npos) << r.raw;
        }
        if (op.secured && path.find("/auth/login") == std::string::npos &&
            path.find("/auth/refresh") == std::string::npos) {
            EXPECT_EQ(r.status, 401) << "documented as secured: " << r.raw;
        }
        // With one: the route exists and answers something other than "no such endpoint".
        r = httpRequest(method, server->url(path), method != "GET" ? body.dump() : "",
                        {{"Authorization", "Bearer " + s->token()}});
        EXPECT_NE(r.status, 405) << r.raw;
        EXPECT_EQ(r.raw.find("no such endpoint"), std::string::npos) << r.raw;
        if (path.rfind("/api/", 0) == 0 && r.status >= 400) {
            EXPECT_TRUE(r.body.is_object() && r.body.contains("error")) << r.raw;
        }
        if (path == "/api/v1/auth/logout")
            s->loginOrFail();
    }
}

VITALIS_SERVER_BACKENDS(Contract);
