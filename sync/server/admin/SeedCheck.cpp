#include "sync/server/admin/SeedCheck.h"

#include "core/PlainId.h"
#include "forms/FormParser.h"
#include "forms/ReferenceData.h"
#include "statistics/StatisticsConfig.h"
#include "sync/server/auth/Secrets.h"

#include <filesystem>
#include <fstream>
#include <functional>

namespace vitalis::server
{

using nlohmann::json;

namespace
{
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

// Runs one of the readers the seed's sections share with the rest of the system (roles,
// locations, statistics); the problems it lists join the seed's, after `prefix`.
template <class Read>
void collect(std::vector<std::string>& into, const std::string& prefix, Read read)
{
    try {
        read();
    } catch (const ProblemListError& e) {
        for (const auto& m : e.errors())
            into.push_back(prefix + m);
    }
}
} // namespace

bool isValidLocationId(const std::string& id)
{
    return isPlainId(id, 64);
}

std::string seedString(const json& obj, const char* key)
{
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

SeedCheck::SeedCheck(const json& seed, std::string baseDir, std::string fileName)
    : seed_(seed), baseDir_(std::move(baseDir)), fileName_(std::move(fileName))
{
}

CheckedSeed SeedCheck::run()
{
    if (!seed_.is_object())
        throw SeedError({fileName_ + ": /: expected a JSON object"});
    members();
    roles();
    locations();
    offices();
    users();
    forms();
    settings();
    if (!errors_.empty())
        throw SeedError(errors_);
    return std::move(out_);
}

void SeedCheck::err(const std::string& path, const std::string& message)
{
    errors_.push_back(fileName_ + ": " + path + ": " + message);
}

void SeedCheck::members()
{
    static const std::set<std::string> known = {"$schema",   "country",   "roles",
                                                "locations", "offices",   "users",
                                                "forms",     "reference", "statistics"};
    for (auto it = seed_.begin(); it != seed_.end(); ++it)
        if (!known.count(it.key()))
            err("/" + it.key(), "unknown member (expected one of country, roles, locations, "
                                "offices, users, forms, reference, statistics)");
}

// The catalog from the seed, or the built-in defaults.
void SeedCheck::roles()
{
    if (!seed_.contains("roles"))
        return;
    collect(errors_, fileName_ + ": ", [&] {
        out_.roles = RoleCatalog::fromJson(json{{"roles", seed_["roles"]}});
    });
}

// Core validates the tree (duplicates, unknown parents, cycles); the ids' spelling is checked
// here.
void SeedCheck::locations()
{
    if (!seed_.contains("locations") || !seed_["locations"].is_array()) {
        err("/locations", "required: an array of {id, parent, type, name}");
        return;
    }
    for (std::size_t i = 0; i < seed_["locations"].size(); ++i) {
        const std::string id = seedString(seed_["locations"][i], "id");
        if (!id.empty() && !isValidLocationId(id))
            err("/locations/" + std::to_string(i) + "/id",
                "'" + id + "' must be 1-64 characters of A-Z a-z 0-9 _ . -");
    }
    collect(errors_, fileName_ + ": ", [&] {
        out_.tree = LocationHierarchy::fromJson(json{{"locations", seed_["locations"]}});
    });
}

void SeedCheck::offices()
{
    const json offices = seed_.value("offices", json::array());
    if (!offices.is_array()) {
        err("/offices", "expected an array");
        return;
    }
    for (std::size_t i = 0; i < offices.size(); ++i) {
        const std::string p = "/offices/" + std::to_string(i);
        const json& o = offices[i];
        const std::string id = seedString(o, "id"), code = seedString(o, "code");
        const std::string loc = seedString(o, "location");
        if (!isValidLocationId(id))
            err(p + "/id", "expected an id of 1-64 characters of A-Z a-z 0-9 _ . -");
        if (code.empty() || code.size() > 8)
            err(p + "/code", "expected a short office code (1-8 characters)");
        if (seedString(o, "name").empty())
            err(p + "/name", "expected a non-empty string");
        if (!out_.tree.contains(loc))
            err(p + "/location", "unknown location '" + loc + "'");
        if (!officeIds_.insert(id).second)
            err(p + "/id", "duplicate office id '" + id + "'");
        if (o.contains("offline_registration") && !o["offline_registration"].is_boolean())
            err(p + "/offline_registration", "expected true or false");
    }
}

void SeedCheck::users()
{
    const json users = seed_.value("users", json::array());
    if (!users.is_array()) {
        err("/users", "expected an array");
        return;
    }
    std::set<std::string> usernames;
    for (std::size_t i = 0; i < users.size(); ++i) {
        const std::string p = "/users/" + std::to_string(i);
        const json& u = users[i];
        const std::string username = seedString(u, "username");
        if (username.empty())
            err(p + "/username", "expected a non-empty string");
        else if (!usernames.insert(username).second)
            err(p + "/username", "duplicate username '" + username + "'");
        if (!out_.roles.find(seedString(u, "role")))
            err(p + "/role", "unknown role '" + seedString(u, "role") + "'");
        const std::string office = seedString(u, "office");
        if (!office.empty() && !officeIds_.count(office))
            err(p + "/office", "unknown office '" + office + "'");
        const std::string jurisdiction = seedString(u, "jurisdiction");
        if (!jurisdiction.empty() && !out_.tree.contains(jurisdiction))
            err(p + "/jurisdiction", "unknown location '" + jurisdiction + "'");
        if (office.empty() && jurisdiction.empty())
            err(p, "a user needs an office or a jurisdiction");
        const std::string password = seedString(u, "password");
        const std::string hash = seedString(u, "password_hash");
        if (password.empty() == hash.empty())
            err(p, "give exactly one of password (plain, hashed here) or password_hash");
        if (!hash.empty() && !PasswordHasher::looksLikeHash(hash))
            err(p + "/password_hash", "expected an argon2id hash ($argon2id$...)");
        if (!password.empty() && password.size() < 8)
            err(p + "/password", "must be at least 8 characters");
    }
}

// Each form inline or from its file, with its catalogs embedded, through the form parser.
void SeedCheck::forms()
{
    const json formList = seed_.value("forms", json::array());
    if (!formList.is_array()) {
        err("/forms", "expected an array");
        return;
    }
    for (std::size_t i = 0; i < formList.size(); ++i) {
        const std::string p = "/forms/" + std::to_string(i);
        json definition = formList[i];
        std::string source = fileName_ + "#" + p;
        if (definition.is_object() && definition.contains("file")) {
            const std::filesystem::path path =
                std::filesystem::path(baseDir_) / definition["file"].get<std::string>();
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
        if (!embedMessages(definition, formList[i], baseDir_, p,
                           [this](const std::string& at, const std::string& m) { err(at, m); }))
            continue;
        const auto parsed = forms::FormParser::parse(definition, source, nullptr);
        if (!parsed.ok()) {
            for (const auto& e : parsed.errors)
                errors_.push_back(e.toString());
            continue;
        }
        out_.forms.push_back(
            {parsed.form->id, parsed.form->version, parsed.form->event, definition.dump()});
    }
}

// The option reference data and the statistics section, by their own readers.
void SeedCheck::settings()
{
    if (seed_.contains("reference")) {
        forms::FormErrors refErrors;
        if (!forms::StaticReferenceData::fromJson(seed_["reference"], fileName_ + "#/reference",
                                                  refErrors))
            for (const auto& e : refErrors)
                errors_.push_back(e.toString());
    }
    if (seed_.contains("statistics")) // its messages start with the path given to it
        collect(errors_, "", [&] {
            statistics::StatisticsConfig::fromJson(seed_["statistics"],
                                                   fileName_ + ": /statistics");
        });
}

} // namespace vitalis::server
