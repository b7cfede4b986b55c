// Loads a country seed (JSON): roles, location hierarchy, offices, users with passwords, form
// definitions and option reference data. Idempotent: existing locations and offices are
// updated, existing users and identical forms are left alone. Every problem is reported with
// the JSON path (and file) before anything is written (SeedCheck).
#pragma once

#include "core/Clock.h"
#include "sync/server/admin/SeedCheck.h"
#include "sync/server/db/Db.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server
{

struct SeedSummary {
    int locations = 0;
    int offices = 0;
    int usersAdded = 0;
    int usersKept = 0;
    int formsAdded = 0;
    int formsKept = 0;
};

class SeedLoader
{
public:
    // `file` is used for messages and to resolve {"file": ...} form references.
    static SeedSummary loadFile(Db& db, const QString& file, const Clock& clock);
    static SeedSummary load(Db& db, const nlohmann::json& seed, const std::string& baseDir,
                            const std::string& fileName, const Clock& clock);
};

} // namespace vitalis::server
