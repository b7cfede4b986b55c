// The country's location tree (country → province → district → … → office/facility/village),
// built once, with O(1) "is X inside jurisdiction Y" and fast prefix search by name.
#pragma once

#include "core/NameIndex.h"
#include "core/ProblemListError.h"

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitalis
{

struct Location {
    std::string id;
    std::string parentId; // empty for the root(s)
    std::string type;     // "country", "province", "district", "office", "facility", "village", ...
    std::map<std::string, std::string> names; // language -> name; "en" is the fallback

    const std::string& name(const std::string& language = "en") const;
};

class LocationError : public ProblemListError
{
public:
    explicit LocationError(std::vector<std::string> errors)
        : ProblemListError("invalid location hierarchy:", std::move(errors))
    {
    }
};

struct LocationQuery {
    std::string text; // prefix of any word of a name, accent/case-insensitive
    std::size_t limit = 20;
    std::optional<std::string> within; // only locations inside this one (inclusive)
    std::optional<std::string> type;   // only this type
};

class LocationHierarchy
{
public:
    LocationHierarchy() = default;
    // Throws LocationError listing duplicate ids, unknown parents and cycles.
    static LocationHierarchy build(std::vector<Location> locations);
    // {"locations": [{"id", "parent", "type", "name": "…" | {"en": "…", "fr": "…"}}]};
    // errors name the JSON path, e.g. "/locations/17/parent: unknown location 'D9'".
    static LocationHierarchy fromJson(const nlohmann::json& json);

    std::size_t size() const { return m_nodes.size(); }
    bool contains(const std::string& id) const { return m_index.count(id) != 0; }
    const Location* find(const std::string& id) const;

    // True when `id` is `jurisdictionId` or lies beneath it. Unknown ids are never inside.
    bool isInside(const std::string& id, const std::string& jurisdictionId) const;
    std::vector<std::string> pathToRoot(const std::string& id) const; // id first, root last
    std::vector<std::string> children(const std::string& id) const;
    std::vector<const Location*> search(const LocationQuery& query) const;

private:
    // `where(i)` names location i in error messages (its id, or its JSON path and id).
    static LocationHierarchy buildNaming(std::vector<Location> locations,
                                         const std::function<std::string(std::size_t)>& where);

    std::vector<Location> m_nodes;
    std::unordered_map<std::string, std::uint32_t> m_index;
    std::vector<std::int32_t> m_parent;
    std::vector<std::uint32_t> m_enter; // Euler-tour interval: a node's subtree is
    std::vector<std::uint32_t> m_exit;  // exactly the nodes with enter in [enter, exit]
    std::vector<std::vector<std::uint32_t>> m_children;
    NameIndex m_names;
};

} // namespace vitalis
