// Loads a country seed (JSON): roles, location hierarchy, offices, users with passwords, form
// definitions and option reference data. Idempotent: existing locations and offices are
// updated, existing users and identical forms are left alone. Every problem is reported with
// the JSON path (and file) before anything is written.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis::server
{

class SeedError : public std::runtime_error
{
public:
    explicit SeedError(std::vector<std::string> errors);
    const std::vector<std::string>& errors() const { return errors_; }

private:
    std::vector<std::string> errors_;
};

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

bool isValidLocationId(const std::string& id);

} // namespace vitalis::server
