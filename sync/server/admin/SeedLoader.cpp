#include "sync/server/admin/SeedLoader.h"

#include "core/LocationHierarchy.h"
#include "core/RoleCatalog.h"
#include "core/Uuid.h"
#include "forms/FormParser.h"
#include "forms/ReferenceData.h"
#include "statistics/StatisticsConfig.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/Migrations.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/stats/StatisticsStore.h"

#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>

namespace vitalis::server
{

using nlohmann::json;

namespace
{
using sql::i64;
using sql::q;
std::string joinErrors(const std::vector<std::string>& errors)
{
    std::string out = "the seed has " + std::to_string(errors.size()) + " problem(s):";
    for (const auto& e : errors)
        out += "\n  " + e;
    return out;
}

std::string str(const json& obj, const char* key)
{
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct FormEntry {
    std::string id;
    int version = 0;
    std::string event;
    std::string text; // canonical definition JSON as stored
};

// A seed's form entry may name a directory of catalogs ({"file": ..., "messages": "dir"}):
// they are embedded into the stored definition, so every device gets the texts of a form added
// by configuration with the form itself (and a changed text needs a new form version).
bool embedMessages(json& definition, const json& entry, const std::string& baseDir,
                   const std::string& path,
                   const std::function<void(const std::string&, const std::string&)>& err)
{
    if (!entry.is_object() || !entry.contains("messages"))
        return true;
    if (!entry["messages"].is_string() || !definition.is_object()) {
        err(path + "/messages", "expected the path of a directory of <language>.json catalogs");
        return false;
    }
    const auto dir = std::filesystem::path(baseDir) / entry["messages"].get<std::string>();
    if (!std::filesystem::is_directory(dir)) {
        err(path + "/messages", "cannot read the catalog directory '" + dir.string() + "'");
        return false;
    }
    forms::FormErrors problems;
    const auto catalogs = forms::CatalogSet::loadDirectory(dir, problems);
    for (const auto& e : problems)
        err(path + "/messages", e.toString());
    if (!problems.empty())
        return false;
    json embedded = json::object();
    for (const auto& [language, catalog] : catalogs.all())
        embedded[language] = catalog.toJson();
    definition["messages"] = embedded;
    return true;
}
} // namespace

SeedError::SeedError(std::vector<std::string> errors)
    : std::runtime_error(joinErrors(errors)), errors_(std::move(errors))
{
}

bool isValidLocationId(const std::string& id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-'))
            return false;
    return true;
}

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
    std::vector<std::string> errors;
    auto err = [&](const std::string& path, const std::string& message) {
        errors.push_back(fileName + ": " + path + ": " + message);
    };
    if (!seed.is_object())
        throw SeedError({fileName + ": /: expected a JSON object"});
    for (auto it = seed.begin(); it != seed.end(); ++it) {
        static const std::set<std::string> known = {"$schema",   "country",   "roles",
                                                    "locations", "offices",   "users",
                                                    "forms",     "reference", "statistics"};
        if (!known.count(it.key()))
            err("/" + it.key(), "unknown member (expected one of country, roles, locations, "
                                "offices, users, forms, reference, statistics)");
    }

    // Roles: the catalog from the seed, or the built-in defaults.
    RoleCatalog roles = RoleCatalog::defaults();
    if (seed.contains("roles")) {
        try {
            roles = RoleCatalog::fromJson(json{{"roles", seed["roles"]}});
        } catch (const RoleConfigError& e) {
            for (const auto& m : e.errors())
                errors.push_back(fileName + ": " + m);
        }
    }

    // Locations: core validates the tree (duplicates, unknown parents, cycles).
    LocationHierarchy tree;
    if (!seed.contains("locations") || !seed["locations"].is_array()) {
        err("/locations", "required: an array of {id, parent, type, name}");
    } else {
        for (std::size_t i = 0; i < seed["locations"].size(); ++i) {
            const std::string id = str(seed["locations"][i], "id");
            if (!id.empty() && !isValidLocationId(id))
                err("/locations/" + std::to_string(i) + "/id",
                    "'" + id + "' must be 1-64 characters of A-Z a-z 0-9 _ . -");
        }
        try {
            tree = LocationHierarchy::fromJson(json{{"locations", seed["locations"]}});
        } catch (const LocationError& e) {
            for (const auto& m : e.errors())
                errors.push_back(fileName + ": " + m);
        }
    }

    std::map<std::string, std::string> officeLocation;
    const json offices = seed.value("offices", json::array());
    if (!offices.is_array())
        err("/offices", "expected an array");
    else
        for (std::size_t i = 0; i < offices.size(); ++i) {
            const std::string p = "/offices/" + std::to_string(i);
            const json& o = offices[i];
            const std::string id = str(o, "id"), code = str(o, "code"), loc = str(o, "location");
            if (!isValidLocationId(id))
                err(p + "/id", "expected an id of 1-64 characters of A-Z a-z 0-9 _ . -");
            if (code.empty() || code.size() > 8)
                err(p + "/code", "expected a short office code (1-8 characters)");
            if (str(o, "name").empty())
                err(p + "/name", "expected a non-empty string");
            if (!tree.contains(loc))
                err(p + "/location", "unknown location '" + loc + "'");
            if (officeLocation.count(id))
                err(p + "/id", "duplicate office id '" + id + "'");
            if (o.contains("offline_registration") && !o["offline_registration"].is_boolean())
                err(p + "/offline_registration", "expected true or false");
            officeLocation[id] = loc;
        }

    const json users = seed.value("users", json::array());
    std::set<std::string> usernames;
    if (!users.is_array())
        err("/users", "expected an array");
    else
        for (std::size_t i = 0; i < users.size(); ++i) {
            const std::string p = "/users/" + std::to_string(i);
            const json& u = users[i];
            const std::string username = str(u, "username");
            if (username.empty())
                err(p + "/username", "expected a non-empty string");
            else if (!usernames.insert(username).second)
                err(p + "/username", "duplicate username '" + username + "'");
            if (!roles.find(str(u, "role")))
                err(p + "/role", "unknown role '" + str(u, "role") + "'");
            const std::string office = str(u, "office");
            if (!office.empty() && !officeLocation.count(office))
                err(p + "/office", "unknown office '" + office + "'");
            const std::string jurisdiction = str(u, "jurisdiction");
            if (!jurisdiction.empty() && !tree.contains(jurisdiction))
                err(p + "/jurisdiction", "unknown location '" + jurisdiction + "'");
            if (office.empty() && jurisdiction.empty())
                err(p, "a user needs an office or a jurisdiction");
            const std::string password = str(u, "password"), hash = str(u, "password_hash");
            if (password.empty() == hash.empty())
                err(p, "give exactly one of password (plain, hashed here) or password_hash");
            if (!hash.empty() && !PasswordHasher::looksLikeHash(hash))
                err(p + "/password_hash", "expected an argon2id hash ($argon2id$...)");
            if (!password.empty() && password.size() < 8)
                err(p + "/password", "must be at least 8 characters");
        }

    std::vector<FormEntry> forms;
    const json formList = seed.value("forms", json::array());
    if (!formList.is_array())
        err("/forms", "expected an array");
    else
        for (std::size_t i = 0; i < formList.size(); ++i) {
            const std::string p = "/forms/" + std::to_string(i);
            json definition = formList[i];
            std::string source = fileName + "#" + p;
            if (definition.is_object() && definition.contains("file")) {
                const std::filesystem::path path =
                    std::filesystem::path(baseDir) / definition["file"].get<std::string>();
                std::ifstream in(path);
                if (!in) {
                    err(p + "/file", "cannot read '" + path.string() + "'");
                    continue;
                }
                source = path.string();
                try {
                    definition = json::parse(in);
                } catch (const json::exception& e) { // a syntax error or a number out of range
                    err(p + "/file", path.string() + ": invalid JSON: " + e.what());
                    continue;
                }
            }
            if (!embedMessages(definition, formList[i], baseDir, p, err))
                continue;
            const auto parsed = forms::FormParser::parse(definition, source, nullptr);
            if (!parsed.ok()) {
                for (const auto& e : parsed.errors)
                    errors.push_back(e.toString());
                continue;
            }
            forms.push_back(
                {parsed.form->id, parsed.form->version, parsed.form->event, definition.dump()});
        }

    if (seed.contains("reference")) {
        forms::FormErrors refErrors;
        if (!forms::StaticReferenceData::fromJson(seed["reference"], fileName + "#/reference",
                                                  refErrors))
            for (const auto& e : refErrors)
                errors.push_back(e.toString());
    }
    if (seed.contains("statistics")) {
        try {
            statistics::StatisticsConfig::fromJson(seed["statistics"], fileName + ": /statistics");
        } catch (const statistics::StatisticsConfigError& e) {
            errors.insert(errors.end(), e.errors().begin(), e.errors().end());
        }
    }
    if (!errors.empty())
        throw SeedError(errors);

    // Everything checked: write in one transaction.
    SeedSummary summary;
    const std::int64_t now = clock.nowMillis();
    Transaction tx(db, nullptr);
    Migrations::lockSchema(db); // several servers started at once on an empty database
    if (seed.contains("roles"))
        db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('roles', ?) ON "
                                  "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {q(roles.toJson().dump())});
    if (seed.contains("reference"))
        db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                                  "('reference_data', ?) ON CONFLICT (key) DO UPDATE SET value = "
                                  "excluded.value"),
                   {q(seed["reference"].dump())});
    if (seed.contains("statistics"))
        StatisticsStore::saveConfig(db, seed["statistics"]);
    // Parents first, so the tree is whole after every statement.
    std::vector<const json*> pending;
    for (const auto& l : seed["locations"])
        pending.push_back(&l);
    for (const json* l : pending) {
        const std::string id = str(*l, "id");
        json names = json::object();
        const json& name = (*l)["name"];
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
        ++summary.locations;
    }
    for (const auto& o : offices) {
        // Offline registration is on unless the seed switches it off for the office.
        const bool offline =
            !o.contains("offline_registration") || o["offline_registration"] != false;
        db.execute(QStringLiteral("INSERT INTO offices (id, code, name, location_id, "
                                  "offline_registration) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) "
                                  "DO UPDATE SET code = excluded.code, name = excluded.name, "
                                  "location_id = excluded.location_id, offline_registration = "
                                  "excluded.offline_registration"),
                   {q(str(o, "id")), q(str(o, "code")), q(str(o, "name")), q(str(o, "location")),
                    offline ? 1 : 0});
        ++summary.offices;
    }
    for (const auto& u : users) {
        const std::string username = str(u, "username");
        if (db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"),
                         {q(username)})
                .value_or(0) > 0) {
            ++summary.usersKept;
            continue;
        }
        const std::string hash = str(u, "password_hash").empty()
                                     ? PasswordHasher::hash(str(u, "password"))
                                     : str(u, "password_hash");
        const std::string office = str(u, "office"), jurisdiction = str(u, "jurisdiction");
        const std::string display =
            str(u, "display_name").empty() ? username : str(u, "display_name");
        const std::string id = generateUuid();
        db.execute(QStringLiteral("INSERT INTO users (id, username, display_name, role, "
                                  "office_id, jurisdiction_id, password_hash, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {q(id), q(username), q(display), q(str(u, "role")),
                    office.empty() ? QVariant() : QVariant(q(office)),
                    jurisdiction.empty() ? QVariant() : QVariant(q(jurisdiction)), q(hash),
                    i64(now), i64(now)});
        AuthService::audit(db, now, "seed", "user_added", id, {{"username", username}});
        ++summary.usersAdded;
    }
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
    Directory::bumpVersion(db);
    tx.commit();
    return summary;
}

} // namespace vitalis::server
