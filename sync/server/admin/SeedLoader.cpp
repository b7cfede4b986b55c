#include "sync/server/admin/SeedLoader.h"

#include "core/Uuid.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/Migrations.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/stats/StatisticsStore.h"

#include <QFile>
#include <QFileInfo>
#include <optional>

namespace vitalis::server
{

using nlohmann::json;

namespace
{
using sql::i64;
using sql::q;

// The roles, the option reference data and the statistics section, where the seed has them.
void writeSettings(Db& db, const json& seed, const CheckedSeed& checked)
{
    if (seed.contains("roles"))
        db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('roles', ?) ON "
                                  "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {q(checked.roles.toJson().dump())});
    if (seed.contains("reference"))
        db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                                  "('reference_data', ?) ON CONFLICT (key) DO UPDATE SET value = "
                                  "excluded.value"),
                   {q(seed["reference"].dump())});
    if (seed.contains("statistics"))
        StatisticsStore::saveConfig(db, seed["statistics"]);
}

// Upserted in the seed's order, each with its path from the checked tree.
int writeLocations(Db& db, const json& seed, const LocationHierarchy& tree)
{
    int n = 0;
    for (const auto& l : seed["locations"]) {
        const std::string id = seedString(l, "id");
        json names = json::object();
        const json& name = l["name"];
        if (name.is_string())
            names["en"] = name;
        else if (name.is_object())
            names = name;
        const Location* loc = tree.find(id);
        db.execute(QStringLiteral("INSERT INTO locations (id, parent_id, type, name, names, path) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                  "parent_id = excluded.parent_id, type = excluded.type, name = "
                                  "excluded.name, names = excluded.names, path = excluded.path"),
                   {q(id), loc->parentId.empty() ? QVariant() : QVariant(q(loc->parentId)),
                    q(loc->type), q(loc->name()), q(names.dump()), q(locationPath(tree, id))});
        ++n;
    }
    return n;
}

int writeOffices(Db& db, const json& seed)
{
    int n = 0;
    for (const auto& o : seed.value("offices", json::array())) {
        // Offline registration is on unless the seed switches it off for the office.
        const bool offline =
            !o.contains("offline_registration") || o["offline_registration"] != false;
        db.execute(QStringLiteral("INSERT INTO offices (id, code, name, location_id, "
                                  "offline_registration) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) "
                                  "DO UPDATE SET code = excluded.code, name = excluded.name, "
                                  "location_id = excluded.location_id, offline_registration = "
                                  "excluded.offline_registration"),
                   {q(seedString(o, "id")), q(seedString(o, "code")), q(seedString(o, "name")),
                    q(seedString(o, "location")), offline ? 1 : 0});
        ++n;
    }
    return n;
}

// New usernames only: a user already there keeps the password and role it has now.
void writeUsers(Db& db, const json& seed, std::int64_t now, SeedSummary& summary)
{
    for (const auto& u : seed.value("users", json::array())) {
        const std::string username = seedString(u, "username");
        if (db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"),
                         {q(username)})
                .value_or(0) > 0) {
            ++summary.usersKept;
            continue;
        }
        const std::string hash = seedString(u, "password_hash").empty()
                                     ? PasswordHasher::hash(seedString(u, "password"))
                                     : seedString(u, "password_hash");
        const std::string office = seedString(u, "office");
        const std::string jurisdiction = seedString(u, "jurisdiction");
        const std::string display =
            seedString(u, "display_name").empty() ? username : seedString(u, "display_name");
        const std::string id = generateUuid();
        db.execute(QStringLiteral("INSERT INTO users (id, username, display_name, role, "
                                  "office_id, jurisdiction_id, password_hash, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {q(id), q(username), q(display), q(seedString(u, "role")),
                    office.empty() ? QVariant() : QVariant(q(office)),
                    jurisdiction.empty() ? QVariant() : QVariant(q(jurisdiction)), q(hash),
                    i64(now), i64(now)});
        AuthService::audit(db, now, "seed", "user_added", id, {{"username", username}});
        ++summary.usersAdded;
    }
}

// A form version is written once: the same content again is kept, a different one refused.
void writeForms(Db& db, const std::vector<SeedForm>& forms, const std::string& fileName,
                std::int64_t now, SeedSummary& summary)
{
    for (const auto& f : forms) {
        std::optional<std::string> stored;
        {
            Rows r = db.query(QStringLiteral("SELECT definition FROM forms WHERE form_id = ? AND "
                                             "version = ?"),
                              {q(f.id), f.version});
            if (r.next())
                stored = r.text(0);
        }
        if (stored) {
            if (json::parse(*stored) != json::parse(f.text))
                throw SeedError({fileName + ": form '" + f.id + "' version " +
                                 std::to_string(f.version) +
                                 " is already loaded with different content; a changed form "
                                 "needs a new version"});
            ++summary.formsKept;
            continue;
        }
        db.execute(QStringLiteral("INSERT INTO forms (form_id, version, event_type, definition, "
                                  "created_at) VALUES (?, ?, ?, ?, ?)"),
                   {q(f.id), f.version, q(f.event), q(f.text), i64(now)});
        ++summary.formsAdded;
    }
}
} // namespace

SeedSummary SeedLoader::loadFile(Db& db, const QString& file, const Clock& clock)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw SeedError({file.toStdString() + ": cannot open: " + f.errorString().toStdString()});
    const QByteArray bytes = f.readAll();
    json seed;
    try {
        seed = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error& e) {
        throw SeedError({file.toStdString() + ": invalid JSON at byte " + std::to_string(e.byte) +
                         ": " + e.what()});
    } catch (const json::exception& e) { // e.g. a number too large for a double
        throw SeedError({file.toStdString() + ": invalid JSON: " + e.what()});
    }
    return load(db, seed, QFileInfo(file).absolutePath().toStdString(), file.toStdString(), clock);
}

SeedSummary SeedLoader::load(Db& db, const json& seed, const std::string& baseDir,
                             const std::string& fileName, const Clock& clock)
{
    const CheckedSeed checked = SeedCheck(seed, baseDir, fileName).run();
    // Everything checked: written in one transaction.
    SeedSummary summary;
    const std::int64_t now = clock.nowMillis();
    Transaction tx(db, nullptr);
    Migrations::lockSchema(db); // several servers started at once on an empty database
    writeSettings(db, seed, checked);
    summary.locations = writeLocations(db, seed, checked.tree);
    summary.offices = writeOffices(db, seed);
    writeUsers(db, seed, now, summary);
    writeForms(db, checked.forms, fileName, now, summary);
    Directory::bumpVersion(db);
    tx.commit();
    return summary;
}

} // namespace vitalis::server
