// A country seed checked whole before anything is written: every problem is named with its file
// and JSON path, and a seed with any problem writes nothing (SeedLoader writes what passes).
#pragma once

#include "core/LocationHierarchy.h"
#include "core/ProblemListError.h"
#include "core/RoleCatalog.h"

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace vitalis::server
{

class SeedError : public ProblemListError
{
public:
    explicit SeedError(const std::vector<std::string>& errors)
        : ProblemListError("the seed has " + std::to_string(errors.size()) + " problem(s):", errors)
    {
    }
};

// A form of the seed as it will be stored (its definition's canonical JSON).
struct SeedForm {
    std::string id;
    int version = 0;
    std::string event;
    std::string text;
};

// What the checks built on the way and the writer needs again.
struct CheckedSeed {
    RoleCatalog roles = RoleCatalog::defaults();
    LocationHierarchy tree;
    std::vector<SeedForm> forms;
};

class SeedCheck
{
public:
    // `baseDir` resolves {"file": ...} form references; `fileName` prefixes every message.
    SeedCheck(const nlohmann::json& seed, std::string baseDir, std::string fileName);
    // Throws SeedError with every problem found.
    CheckedSeed run();

private:
    void members();
    void roles();
    void locations();
    void offices();
    void users();
    void forms();
    void settings();
    void err(const std::string& path, const std::string& message);

    const nlohmann::json& seed_;
    std::string baseDir_, fileName_;
    std::vector<std::string> errors_;
    std::set<std::string> officeIds_;
    CheckedSeed out_;
};

bool isValidLocationId(const std::string& id);

// The string member `key` of `obj`, or "" when it is missing or not a string.
std::string seedString(const nlohmann::json& obj, const char* key);

} // namespace vitalis::server
