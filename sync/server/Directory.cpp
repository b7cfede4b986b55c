#include "sync/server/Directory.h"

#include "forms/FormParser.h"

#include <QStringList>
#include <algorithm>

namespace vitalis::server
{

const Office* DirectorySnapshot::office(const std::string& id) const
{
    auto it = offices.find(id);
    return it == offices.end() ? nullptr : &it->second;
}

std::string DirectorySnapshot::pathOf(const std::string& locationId) const
{
    auto it = paths.find(locationId);
    return it == paths.end() ? std::string() : it->second;
}

bool DirectorySnapshot::officeInside(const std::string& officeId,
                                     const std::string& jurisdictionId) const
{
    const Office* o = office(officeId);
    return o && locations.isInside(o->locationId, jurisdictionId);
}

std::string locationPath(const LocationHierarchy& tree, const std::string& id)
{
    auto chain = tree.pathToRoot(id);
    std::reverse(chain.begin(), chain.end());
    std::string path = "/";
    for (const auto& node : chain)
        path += node + "/";
    return path;
}

std::int64_t Directory::version(Db& db)
{
    return db
        .scalarInt(QStringLiteral("SELECT value FROM counters WHERE name = 'reference_version'"))
        .value_or(0);
}

namespace
{
// One "SELECT key, value ... WHERE key IN (?, ?, ...)" for a small set of ids.
std::unordered_map<std::string, std::string> lookup(Db& db, const QString& select,
                                                    const std::set<std::string>& ids)
{
    std::unordered_map<std::string, std::string> out;
    if (ids.empty())
        return out;
    QStringList marks;
    QVariantList params;
    for (const auto& id : ids) {
        marks << QStringLiteral("?");
        params << QString::fromStdString(id);
    }
    Rows r = db.query(
        select + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), params);
    while (r.next())
        out[r.text(0)] = r.text(1);
    return out;
}
} // namespace

std::unordered_map<std::string, std::string> Directory::userNames(Db& db,
                                                                  const std::set<std::string>& ids)
{
    return lookup(db, QStringLiteral("SELECT id, display_name FROM users WHERE id"), ids);
}

std::unordered_map<std::string, std::string>
Directory::deviceCodes(Db& db, const std::set<std::string>& ids)
{
    return lookup(db, QStringLiteral("SELECT device_id, code FROM device_codes WHERE device_id"),
                  ids);
}

void Directory::bumpVersion(Db& db)
{
    db.execute(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'reference_version'"));
}

std::shared_ptr<const DirectorySnapshot> Directory::current(Db& db)
{
    const std::int64_t v = version(db);
    {
        std::lock_guard lock(mutex_);
        if (snapshot_ && snapshot_->version == v)
            return snapshot_;
    }
    auto snap = std::make_shared<DirectorySnapshot>();
    snap->version = v;
    std::vector<Location> locations;
    {
        Rows r = db.query(QStringLiteral("SELECT id, parent_id, type, names FROM locations"));
        while (r.next()) {
            Location loc;
            loc.id = r.text(0);
            loc.parentId = r.isNull(1) ? std::string() : r.text(1);
            loc.type = r.text(2);
            const auto names = nlohmann::json::parse(r.text(3), nullptr, false);
            if (names.is_object())
                for (auto it = names.begin(); it != names.end(); ++it)
                    if (it->is_string())
                        loc.names[it.key()] = it->get<std::string>();
            locations.push_back(std::move(loc));
        }
    }
    snap->locations = LocationHierarchy::build(std::move(locations));
    {
        Rows r = db.query(QStringLiteral("SELECT id, path FROM locations"));
        while (r.next())
            snap->paths[r.text(0)] = r.text(1);
    }
    {
        Rows r = db.query(QStringLiteral("SELECT id, code, name, location_id, "
                                         "offline_registration FROM offices"));
        while (r.next())
            snap->offices[r.text(0)] =
                Office{r.text(0), r.text(1), r.text(2), r.text(3), r.i64(4) != 0};
    }
    {
        Rows r = db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'roles'"));
        if (r.next())
            snap->roles = RoleCatalog::fromJson(nlohmann::json::parse(r.text(0)));
    }
    {
        Rows r = db.query(QStringLiteral("SELECT form_id, version, definition FROM forms"));
        while (r.next()) {
            auto parsed =
                forms::FormParser::parseText(r.text(2), r.text(0) + " v" + r.text(1), nullptr);
            // Definitions were checked when seeded; one that no longer parses is skipped, and
            // ops on it are rejected as an unknown form version.
            if (parsed.ok())
                (void)snap->forms->add(parsed.form);
        }
    }
    {
        Rows r =
            db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'reference_data'"));
        if (r.next()) {
            forms::FormErrors errors;
            auto ref = forms::StaticReferenceData::fromJson(nlohmann::json::parse(r.text(0)),
                                                            "reference_data", errors);
            if (ref)
                snap->reference = std::make_shared<forms::StaticReferenceData>(std::move(*ref));
        }
    }
    std::lock_guard lock(mutex_);
    snapshot_ = snap;
    return snapshot_;
}

} // namespace vitalis::server
