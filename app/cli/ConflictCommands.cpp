// conflicts, resolve ID --keep mine|theirs | --field f=mine|theirs|=<JSON value>.
#include "app/cli/CliCommands.h"
#include "app/cli/RecordFormatting.h"
#include "sync/client/ConflictResolver.h"

namespace vitalis::cli
{

int conflicts(CliContext& ctx)
{
    auto& store = ctx.openProfile();
    sync::ConflictResolver resolver(store, ctx.clock);
    nlohmann::json out = nlohmann::json::array();
    std::string text;
    for (const auto& c : store.conflicts().open()) {
        out.push_back({{"id", c.id},
                       {"recordId", c.recordId},
                       {"field", c.fieldId},
                       {"base", c.base},
                       {"mine", c.mine},
                       {"theirs", c.theirs},
                       {"theirUser", c.theirUser},
                       {"theirAt", c.theirAt},
                       {"serverRevision", c.serverRevision},
                       {"serverConflictId", resolver.serverConflictId(c.id)}});
        text += c.recordId + "  " + c.fieldId + ": base " + c.base.dump() + ", mine " +
                c.mine.dump() + ", theirs " + c.theirs.dump() + " (by " + c.theirUser + ")\n";
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
