// The reference data every request consults (location tree, offices, roles), loaded from the
// database once and reloaded when its version counter moves (seed or admin commands, possibly
// run by another process). Snapshots are immutable and shared between worker threads.
#pragma once

#include "core/LocationHierarchy.h"
#include "core/RoleCatalog.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "sync/server/db/Db.h"

#include <QString>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>

namespace vitalis::server
{

struct Office {
    std::string id;
    std::string code; // short, upper case; starts registration numbers
    std::string name;
    std::string locationId;
    bool offlineRegistration = true; // devices may register offline from reserved numbers
};

struct DirectorySnapshot {
    std::int64_t version = 0;
    LocationHierarchy locations;
    std::unordered_map<std::string, std::string> paths; // location id -> "/root/…/id/"
    std::unordered_map<std::string, Office> offices;
    RoleCatalog roles = RoleCatalog::defaults();
    std::shared_ptr<forms::FormRegistry> forms = std::make_shared<forms::FormRegistry>();
    std::shared_ptr<forms::StaticReferenceData> reference; // null: option sources unchecked

    const Office* office(const std::string& id) const;
    std::string pathOf(const std::string& locationId) const; // "" when unknown
    // True when the office lies inside the jurisdiction location (inclusive).
    bool officeInside(const std::string& officeId, const std::string& jurisdictionId) const;
};

// "/" + ids from the root down + "/"; a record's scope test is a prefix comparison.
std::string locationPath(const LocationHierarchy& tree, const std::string& id);

class Directory
{
public:
    std::shared_ptr<const DirectorySnapshot> current(Db& db);
    static std::int64_t version(Db& db);
    // Bumps the version inside the caller's transaction, so every server process reloads.
    static void bumpVersion(Db& db);
    // Who and which device, as people read them in a record's history: user id -> display
    // name, device id -> the device's short code. Unknown ids are left out.
    static std::unordered_map<std::string, std::string> userNames(Db& db,
                                                                  const std::set<std::string>& ids);
    static std::unordered_map<std::string, std::string>
    deviceCodes(Db& db, const std::set<std::string>& ids);

private:
    std::mutex mutex_;
    std::shared_ptr<const DirectorySnapshot> snapshot_;
};

} // namespace vitalis::server
