#include "forms/ReferenceData.h"

namespace vitalis::forms
{

bool ReferenceData::isWithin(std::string_view source, std::string_view id,
                             std::string_view ancestor) const
{
    std::string cur(id);
    // Bounded walk: a corrupt hierarchy with a loop must not hang validation.
    for (int depth = 0; depth < 64 && !cur.empty(); ++depth) {
        if (cur == ancestor)
            return true;
        auto e = find(source, cur);
        if (!e)
            return false;
        cur = e->parent;
    }
    return false;
}

namespace
{
// "parent" and "label" may be absent or null (a root has no parent: the seed writes null).
std::optional<std::string> optionalText(const nlohmann::json& entry, const char* key,
                                        const std::string& file, const std::string& path,
                                        FormErrors& errors)
{
    const auto it = entry.find(key);
    if (it == entry.end() || it->is_null())
        return std::string{};
    if (it->is_string())
        return it->get<std::string>();
    errors.push_back(
        {file, path + "/" + key, std::string("expected a text or null, not ") + it->type_name()});
    return std::nullopt;
}
} // namespace

std::optional<StaticReferenceData> StaticReferenceData::fromJson(const nlohmann::json& doc,
                                                                 const std::string& file,
                                                                 FormErrors& errors)
{
    std::size_t before = errors.size();
    if (!doc.is_object()) {
        errors.push_back(
            {file, "", "reference data is an object: source name -> array of entries"});
        return std::nullopt;
    }
    StaticReferenceData data;
    for (const auto& [source, entries] : doc.items()) {
        std::string p = pointerSegment(source);
        if (!entries.is_array()) {
            errors.push_back({file, p, "expected an array of {id, parent, label}"});
            continue;
        }
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            if (!e.is_object() || !e.contains("id") || !e["id"].is_string()) {
                errors.push_back(
                    {file, p + "/" + std::to_string(i), "an entry needs a string 'id'"});
                continue;
            }
            const std::string at = p + "/" + std::to_string(i);
            const auto parent = optionalText(e, "parent", file, at, errors);
            const auto label = optionalText(e, "label", file, at, errors);
            if (parent && label)
                data.add(source, {e["id"].get<std::string>(), *parent, *label, true});
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return data;
}

void StaticReferenceData::add(const std::string& source, ReferenceEntry entry)
{
    auto& entries = sources_[source];
    auto& parents = parents_[source]; // ids named as a parent: O(log n) per entry at 100,000
    entry.leaf = parents.count(entry.id) == 0;
    if (!entry.parent.empty()) {
        parents.insert(entry.parent);
        if (auto it = entries.find(entry.parent); it != entries.end())
            it->second.leaf = false;
    }
    entries[entry.id] = std::move(entry);
}

std::optional<ReferenceEntry> StaticReferenceData::find(std::string_view source,
                                                        std::string_view id) const
{
    auto s = sources_.find(source);
    if (s == sources_.end())
        return std::nullopt;
    auto e = s->second.find(id);
    if (e == s->second.end())
        return std::nullopt;
    return e->second;
}

std::vector<ReferenceEntry> StaticReferenceData::children(std::string_view source,
                                                          std::string_view parent) const
{
    std::vector<ReferenceEntry> out;
    auto s = sources_.find(source);
    if (s == sources_.end())
        return out;
    for (const auto& [id, e] : s->second)
        if (e.parent == parent)
            out.push_back(e);
    return out;
}

std::vector<ReferenceEntry> ReferenceData::entries(std::string_view source) const
{
    std::vector<ReferenceEntry> out = children(source, "");
    for (std::size_t i = 0; i < out.size(); ++i)
        for (auto& c : children(source, out[i].id))
            out.push_back(std::move(c));
    return out;
}

std::vector<ReferenceEntry> StaticReferenceData::entries(std::string_view source) const
{
    std::vector<ReferenceEntry> out;
    if (auto s = sources_.find(source); s != sources_.end())
        for (const auto& [id, e] : s->second)
            out.push_back(e);
    return out;
}

} // namespace vitalis::forms
