#include "core/LocationHierarchy.h"

#include <unordered_set>

namespace vitalis
{

const std::string& Location::name(const std::string& language) const
{
    static const std::string kEmpty;
    if (auto it = names.find(language); it != names.end())
        return it->second;
    if (auto it = names.find("en"); it != names.end())
        return it->second;
    return names.empty() ? kEmpty : names.begin()->second;
}

namespace
{
} // namespace

LocationHierarchy LocationHierarchy::build(std::vector<Location> locations)
{
    std::vector<std::string> ids;
    ids.reserve(locations.size());
    for (const auto& l : locations)
        ids.push_back(l.id);
    return buildNaming(std::move(locations), [&ids](std::size_t i) {
        return ids[i].empty() ? "location #" + std::to_string(i) : "location '" + ids[i] + "'";
    });
}

LocationHierarchy
LocationHierarchy::buildNaming(std::vector<Location> locations,
                               const std::function<std::string(std::size_t)>& where)
{
    LocationHierarchy h;
    std::vector<std::string> errors;
    h.m_nodes = std::move(locations);
    const auto n = static_cast<std::uint32_t>(h.m_nodes.size());
    h.m_index.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const auto& loc = h.m_nodes[i];
        if (loc.id.empty())
            errors.push_back(where(i) + ": empty id");
        else if (!h.m_index.emplace(loc.id, i).second)
            errors.push_back(where(i) + ": duplicate id");
    }
    h.m_parent.assign(n, -1);
    h.m_children.assign(n, {});
    std::vector<std::uint32_t> roots;
    for (std::uint32_t i = 0; i < n; ++i) {
        const auto& loc = h.m_nodes[i];
        if (loc.parentId.empty()) {
            roots.push_back(i);
            continue;
        }
        auto it = h.m_index.find(loc.parentId);
        if (it == h.m_index.end()) {
            errors.push_back(where(i) + ": unknown parent '" + loc.parentId + "'");
            continue;
        }
        h.m_parent[i] = static_cast<std::int32_t>(it->second);
        h.m_children[it->second].push_back(i);
    }
    // Euler tour without recursion: deep village trees must not blow the stack.
    h.m_enter.assign(n, 0);
    h.m_exit.assign(n, 0);
    std::vector<bool> visited(n, false);
    std::uint32_t counter = 0;
    std::vector<std::pair<std::uint32_t, std::size_t>> stack;
    for (auto root : roots) {
        stack.push_back({root, 0});
        visited[root] = true;
        h.m_enter[root] = counter++;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next < h.m_children[node].size()) {
                const auto child = h.m_children[node][next++];
                visited[child] = true;
                h.m_enter[child] = counter++;
                stack.push_back({child, 0});
            } else {
                h.m_exit[node] = counter - 1;
                stack.pop_back();
            }
        }
    }
    for (std::uint32_t i = 0; i < n; ++i)
        if (!visited[i] && h.m_parent[i] >= 0)
            errors.push_back(where(i) + ": part of a cycle (it is its own ancestor)");
    if (!errors.empty())
        throw LocationError(std::move(errors));
    for (std::uint32_t i = 0; i < n; ++i) {
        std::unordered_set<std::string> distinct;
        for (const auto& [lang, name] : h.m_nodes[i].names)
            if (distinct.insert(name).second)
                h.m_names.add(name, i);
    }
    h.m_names.finalize();
    return h;
}

LocationHierarchy LocationHierarchy::fromJson(const nlohmann::json& json)
{
    if (!json.is_object() || !json.contains("locations") || !json["locations"].is_array())
        throw LocationError({"/locations: expected an array of locations"});
    std::vector<std::string> errors;
    std::vector<Location> locations;
    const auto& arr = json["locations"];
    locations.reserve(arr.size());
    std::unordered_map<std::string, std::size_t> position; // id -> JSON index
    std::vector<std::size_t> jsonIndex;                    // location -> JSON index
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string path = "/locations/" + std::to_string(i);
        const auto& item = arr[i];
        if (!item.is_object()) {
            errors.push_back(path + ": expected an object");
            continue;
        }
        for (const auto& [key, _] : item.items())
            if (key != "id" && key != "parent" && key != "type" && key != "name")
                errors.push_back(path + "/" + key +
                                 ": unknown key (expected id, parent, type and name)");
        Location loc;
        if (!item.contains("id") || !item["id"].is_string() ||
            item["id"].get<std::string>().empty()) {
            errors.push_back(path + "/id: expected a non-empty string");
            continue;
        }
        loc.id = item["id"].get<std::string>();
        if (item.contains("parent") && !item["parent"].is_null()) {
            if (item["parent"].is_string())
                loc.parentId = item["parent"].get<std::string>();
            else
                errors.push_back(path + "/parent: expected a string or null");
        }
        if (item.contains("type") && item["type"].is_string() &&
            !item["type"].get<std::string>().empty())
            loc.type = item["type"].get<std::string>();
        else
            errors.push_back(path + "/type: expected a non-empty string");
        const auto name = item.contains("name") ? item["name"] : nlohmann::json();
        if (name.is_string()) {
            loc.names["en"] = name.get<std::string>();
        } else if (name.is_object() && !name.empty()) {
            for (const auto& [lang, value] : name.items()) {
                if (value.is_string())
                    loc.names[lang] = value.get<std::string>();
                else
                    errors.push_back(path + "/name/" + lang + ": expected a string");
            }
        } else {
            errors.push_back(path + "/name: expected a string or an object of names by language");
        }
        if (auto [it, fresh] = position.emplace(loc.id, i); !fresh) {
            errors.push_back(path + "/id: duplicate id '" + loc.id + "' (first at /locations/" +
                             std::to_string(it->second) + ")");
            continue;
        }
        locations.push_back(std::move(loc));
        jsonIndex.push_back(i);
    }
    for (const auto& loc : locations)
        if (!loc.parentId.empty() && !position.count(loc.parentId))
            errors.push_back("/locations/" + std::to_string(position[loc.id]) +
                             "/parent: unknown location '" + loc.parentId + "'");
    if (!errors.empty())
        throw LocationError(std::move(errors));
    // Only cycles remain possible in buildNaming; they are reported at their JSON entries.
    std::vector<std::string> ids;
    ids.reserve(locations.size());
    for (const auto& l : locations)
        ids.push_back(l.id);
    return buildNaming(std::move(locations), [&](std::size_t i) {
        return "/locations/" + std::to_string(jsonIndex[i]) + ": location '" + ids[i] + "'";
    });
}

const Location* LocationHierarchy::find(const std::string& id) const
{
    auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_nodes[it->second];
}

bool LocationHierarchy::isInside(const std::string& id, const std::string& jurisdictionId) const
{
    auto x = m_index.find(id);
    auto y = m_index.find(jurisdictionId);
    if (x == m_index.end() || y == m_index.end())
        return false;
    return m_enter[y->second] <= m_enter[x->second] && m_exit[x->second] <= m_exit[y->second];
}

std::vector<std::string> LocationHierarchy::pathToRoot(const std::string& id) const
{
    std::vector<std::string> path;
    auto it = m_index.find(id);
    if (it == m_index.end())
        return path;
    for (auto i = static_cast<std::int32_t>(it->second); i >= 0;
         i = m_parent[static_cast<std::size_t>(i)])
        path.push_back(m_nodes[static_cast<std::size_t>(i)].id);
    return path;
}

std::vector<std::string> LocationHierarchy::children(const std::string& id) const
{
    std::vector<std::string> out;
    auto it = m_index.find(id);
    if (it == m_index.end())
        return out;
    for (auto c : m_children[it->second])
        out.push_back(m_nodes[c].id);
    return out;
}

std::vector<const Location*> LocationHierarchy::search(const LocationQuery& query) const
{
    std::optional<std::uint32_t> within;
    if (query.within) {
        auto it = m_index.find(*query.within);
        if (it == m_index.end())
            return {};
        within = it->second;
    }
    auto accept = [&](std::uint32_t i) {
        if (query.type && m_nodes[i].type != *query.type)
            return false;
        if (within && !(m_enter[*within] <= m_enter[i] && m_exit[i] <= m_exit[*within]))
            return false;
        return true;
    };
    std::vector<const Location*> out;
    for (auto i : m_names.find(query.text, query.limit, accept))
        out.push_back(&m_nodes[i]);
    return out;
}

} // namespace vitalis
