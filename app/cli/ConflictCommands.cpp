// conflicts, resolve ID --keep mine|theirs | --field f=mine|theirs|=<JSON value>.
#include "app/cli/CliCommands.h"
#include "app/cli/RecordFormatting.h"
#include "app/common/AccountBinding.h"
#include "sync/client/ApiClient.h"
#include "sync/client/ConflictResolver.h"
#include "sync/client/ServerHistory.h"

#include <map>
#include <set>

namespace vitalis::cli
{
namespace
{

// Names of the other people in the open conflicts, from where the desktop's conflict screen
// takes them: the users this profile knows, then the server's history of the record (best
// effort, one short request per record; offline the id is shown).
class PeopleNames
{
public:
    explicit PeopleNames(ProfileStore& store) : m_store(store) {}

    std::string of(const std::string& userId, const std::string& recordId)
    {
        if (userId.empty())
            return {};
        if (const auto u = m_store.users().find(userId); u && !u->displayName.empty())
            return u->displayName;
        if (!m_names.count(userId) && m_asked.insert(recordId).second)
            learnFrom(recordId);
        const auto it = m_names.find(userId);
        return it == m_names.end() ? userId : it->second;
    }

private:
    void learnFrom(const std::string& recordId)
    {
        auto& settings = m_store.settings();
        const auto token = settings.get(sync::ApiClient::kAccessToken);
        if (!token)
            return;
        try {
            sync::HistoryRequest request;
            request.transport = account::transportOptions(settings);
            request.transport.connectTimeoutMs = 5'000;
            request.transport.transferTimeoutMs = 15'000;
            request.accessToken = *token;
            request.deviceId = settings.get(sync::ApiClient::kDeviceId, "");
            request.recordId = recordId;
            for (const auto& e : sync::fetchServerHistory(request).entries)
                if (!e.userName.empty())
                    m_names[e.userId] = e.userName;
        } catch (const std::exception&) {
            // no server, offline or signed out: the id it is
        }
    }

    ProfileStore& m_store;
    std::map<std::string, std::string> m_names;
    std::set<std::string> m_asked;
};

} // namespace

int conflicts(CliContext& ctx)
{
    auto& store = ctx.openProfile();
    sync::ConflictResolver resolver(store, ctx.clock);
    PeopleNames names(store);
    nlohmann::json out = nlohmann::json::array();
    std::string text;
    for (const auto& c : store.conflicts().open()) {
        const std::string theirName = names.of(c.theirUser, c.recordId);
        out.push_back({{"id", c.id},
                       {"recordId", c.recordId},
                       {"field", c.fieldId},
                       {"base", c.base},
                       {"mine", c.mine},
                       {"theirs", c.theirs},
                       {"theirUser", c.theirUser},
                       {"theirName", theirName},
                       {"theirAt", c.theirAt},
                       {"theirAtText", c.theirAt ? isoTime(c.theirAt) : std::string()},
                       {"serverRevision", c.serverRevision},
                       {"serverConflictId", resolver.serverConflictId(c.id)}});
        text += conflictLine(c, theirName) + "\n";
    }
    if (text.empty())
        text = "no open conflicts";
    else
        text.pop_back();
    ctx.emit(out, text);
    return 0;
}

int resolve(CliContext& ctx)
{
    auto& store = ctx.openProfile();
    const std::string id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    sync::Resolution res;
    const QString keep = ctx.option(QStringLiteral("keep"));
    if (keep == QStringLiteral("mine"))
        res.all = sync::Choice::Mine;
    else if (keep == QStringLiteral("theirs"))
        res.all = sync::Choice::Theirs;
    else if (!keep.isEmpty())
        throw UsageError("--keep takes 'mine' or 'theirs', not '" + keep.toStdString() + "'");
    for (const QString& spec : ctx.args.values(QStringLiteral("field"))) {
        const auto eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError("--field expects field=mine|theirs|=<JSON>, got '" +
                             spec.toStdString() + "'");
        const std::string field = spec.left(eq).toStdString();
        const std::string what = spec.mid(eq + 1).toStdString();
        sync::FieldDecision d;
        if (what == "mine")
            d.choice = sync::Choice::Mine;
        else if (what == "theirs")
            d.choice = sync::Choice::Theirs;
        else if (!what.empty() && what[0] == '=') {
            d.choice = sync::Choice::Value;
            try {
                d.value = nlohmann::json::parse(what.substr(1));
            } catch (const nlohmann::json::exception&) {
                d.value = what.substr(1); // a bare word is a string value
            }
        } else
            throw UsageError("--field " + field + ": expected mine, theirs or =<value>, got '" +
                             what + "'");
        res.fields[field] = d;
    }
    if (!res.all && res.fields.empty())
        throw UsageError("resolve needs --keep mine|theirs or --field f=mine|theirs|=<value>");
    const int ops = sync::ConflictResolver(store, ctx.clock).resolve(ctx.actor(), id, res);
    ctx.emit({{"recordId", id}, {"opsQueued", ops}},
             "resolved; " + std::to_string(ops) + " op(s) queued for the next sync");
    return 0;
}

} // namespace vitalis::cli
