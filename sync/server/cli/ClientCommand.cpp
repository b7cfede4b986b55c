#include "sync/server/cli/ClientCommand.h"

#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"
#include "sync/server/interop/IntegrationClientStore.h"
#include "sync/server/interop/WebSubOutbox.h"
#include "sync/server/interop/nid/NidCallStore.h"

#include <QStringList>

namespace vitalis::server::cli
{

namespace
{

std::vector<std::string> listOption(const std::string& text)
{
    std::vector<std::string> out;
    for (const QString& part : QString::fromStdString(text).split(u',', Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.push_back(t.toStdString());
    return out;
}

int rateLimit(const std::string& text)
{
    if (text.empty())
        return 600;
    bool ok = false;
    const int n = QString::fromStdString(text).toInt(&ok);
    if (!ok || n < 1)
        throw ClientConfigError("--rate-limit: expected requests per minute, 1 or more");
    return n;
}

void sayJson(const nlohmann::json& j)
{
    say(QString::fromStdString(j.dump()));
}

} // namespace

int ClientCommand::run(const QString& action, const ClientOptions& o)
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    try {
        if (action == u"create") {
            const NewIntegrationClient c{o.name,
                                         listOption(o.scopes),
                                         o.jurisdiction,
                                         listOption(o.events),
                                         listOption(o.fields),
                                         rateLimit(o.rateLimit)};
            const auto creds = IntegrationClientStore::create(*db, c, clock_.nowMillis());
            sayJson({{"client_id", creds.clientId},
                     {"client_secret", creds.clientSecret},
                     {"note", "the secret is shown only now; store it in the client system"}});
        } else if (action == u"list") {
            nlohmann::json all = nlohmann::json::array();
            for (const auto& c : IntegrationClientStore::list(*db))
                all.push_back(c.describe());
            sayJson(all);
        } else if (action == u"rotate" || action == u"revoke") {
            if (o.id.empty())
                return fail("client " + action.toStdString() + ": --id is required");
            if (action == u"rotate") {
                const auto creds = IntegrationClientStore::rotate(*db, o.id, clock_.nowMillis());
                sayJson({{"client_id", creds.clientId}, {"client_secret", creds.clientSecret}});
            } else {
                IntegrationClientStore::revoke(*db, o.id, clock_.nowMillis());
                say(QStringLiteral("client %1 revoked; its tokens no longer work")
                        .arg(QString::fromStdString(o.id)));
            }
        } else if (action == u"set-key") {
            if (o.id.empty())
                return fail("client set-key: --id is required");
            IntegrationClientStore::setSigningKey(*db, o.id, o.publicKey, clock_.nowMillis());
            say(QStringLiteral("client %1 now signs its DCI messages with that key")
                    .arg(QString::fromStdString(o.id)));
        } else if (action == u"set-callbacks") {
            if (o.id.empty())
                return fail("client set-callbacks: --id is required");
            IntegrationClientStore::setCallbacks(*db, o.id, listOption(o.callbacks),
                                                 clock_.nowMillis());
            say(QStringLiteral("client %1 may now be called back under: %2")
                    .arg(QString::fromStdString(o.id), QString::fromStdString(o.callbacks)));
        } else {
            return fail("unknown client command '" + action.toStdString() +
                        "' (create, list, rotate, revoke, set-key, set-callbacks)");
        }
    } catch (const ClientConfigError& e) {
        return fail(std::string("client ") + action.toStdString() + ": " + e.what());
    }
    return 0;
}

int ClientCommand::deliveries(const QString& action, const std::string& state,
                              const std::string& id)
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    if (action == u"list") {
        sayJson(WebSubOutbox::list(*db, state, 1000));
        return 0;
    }
    if (action == u"replay") {
        const int n = WebSubOutbox::replay(*db, id, clock_.nowMillis());
        if (!id.empty() && n == 0)
            return fail("deliveries replay: no dead or gone delivery '" + id + "'");
        say(QStringLiteral("%1 delivery(ies) queued again").arg(n));
        return 0;
    }
    return fail("unknown deliveries command '" + action.toStdString() + "' (list, replay)");
}

int ClientCommand::nidCalls(const QString& action, const std::string& state, const std::string& id)
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    if (action == u"list") {
        sayJson(nid::NidCallStore::list(*db, state, 1000));
        return 0;
    }
    if (action == u"replay") {
        const int n = nid::NidCallStore::replay(*db, id, clock_.nowMillis());
        if (!id.empty() && n == 0)
            return fail("nid replay: no dead national ID call '" + id + "'");
        say(QStringLiteral("%1 national ID call(s) queued again").arg(n));
        return 0;
    }
    return fail("unknown nid command '" + action.toStdString() + "' (list, replay)");
}

} // namespace vitalis::server::cli
