#include "forms/ReferenceSearch.h"

#include <algorithm>
#include <set>

namespace vitalis::forms
{
namespace
{

constexpr const char* kChoosable = "choosable";
constexpr const char* kArea = "area";

Location toLocation(const ReferenceEntry& e, const std::string& type,
                    const ReferenceSearch::Translate& translate)
{
    return Location{e.id, e.parent, type, {{"en", translate(e.label.empty() ? e.id : e.label)}}};
}

// The source's entries plus the ancestors they name that live in the "locations" source.
std::vector<Location> collect(const ReferenceData& data, const std::string& source, bool leafOnly,
                              const ReferenceSearch::Translate& translate)
{
    std::vector<Location> out;
    std::set<std::string> known;
    for (const auto& e : data.entries(source)) {
        out.push_back(toLocation(e, (!leafOnly || e.leaf) ? kChoosable : kArea, translate));
        known.insert(e.id);
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::string parent = out[i].parentId;
        if (parent.empty() || known.count(parent))
            continue;
        auto e = data.find(source, parent);
        if (!e)
            e = data.find("locations", parent);
        if (!e) {
            out[i].parentId.clear(); // an ancestor this device does not have: a root here
            continue;
        }
        known.insert(e->id);
        out.push_back(toLocation(*e, kArea, translate));
    }
    return out;
}

} // namespace

ReferenceSearch::ReferenceSearch(const ReferenceData& data, const std::string& source,
                                 bool leafOnly, const Translate& translate)
    : m_offered(kChoosable)
{
    auto locations = collect(data, source, leafOnly, translate);
    try {
        m_tree = LocationHierarchy::build(locations);
    } catch (const LocationError&) {
        // A loop or a duplicate in the data: still searchable by name, without paths.
        for (auto& l : locations)
            l.parentId.clear();
        std::sort(locations.begin(), locations.end(),
                  [](const Location& a, const Location& b) { return a.id < b.id; });
        locations.erase(
            std::unique(locations.begin(), locations.end(),
                        [](const Location& a, const Location& b) { return a.id == b.id; }),
            locations.end());
        m_tree = LocationHierarchy::build(std::move(locations));
    }
}

std::vector<ReferenceMatch> ReferenceSearch::search(const std::string& text, std::size_t limit,
                                                    const std::string& preferWithin) const
{
    std::vector<ReferenceMatch> out;
    std::set<std::string> seen;
    auto add = [&](const std::optional<std::string>& within) {
        if (out.size() >= limit)
            return;
        for (const auto* l : m_tree.search({text, limit - out.size(), within, m_offered}))
            if (seen.insert(l->id).second)
                out.push_back({l->id, path(l->id)});
    };
    if (!preferWithin.empty() && m_tree.contains(preferWithin))
        add(preferWithin);
    add(std::nullopt);
    return out;
}

std::string ReferenceSearch::path(const std::string& id) const
{
    if (!m_tree.contains(id))
        return {};
    auto ids = m_tree.pathToRoot(id);
    if (ids.size() > kPathLevels)
        ids.resize(kPathLevels);
    std::string out;
    for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        out += (out.empty() ? "" : " > ") + m_tree.find(*it)->name();
    return out;
}

bool ReferenceSearch::offers(const std::string& id) const
{
    const auto* l = m_tree.find(id);
    return l && l->type == m_offered;
}

} // namespace vitalis::forms
