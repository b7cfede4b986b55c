// Reference data the engine looks options up in (location hierarchy, facilities, ...). The engine
// does not own it: the client's store or the server's database implements this interface.
#pragma once

#include "forms/FormError.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::forms
{

struct ReferenceEntry {
    std::string id;
    std::string parent; // "" at the root
    std::string label;  // message id or display name, as the source stores it
    bool leaf = true;   // no children (e.g. a village, not a district)
};

class ReferenceData
{
public:
    virtual ~ReferenceData() = default;
    virtual std::optional<ReferenceEntry> find(std::string_view source,
                                               std::string_view id) const = 0;
    virtual std::vector<ReferenceEntry> children(std::string_view source,
                                                 std::string_view parent) const = 0;
    // Every entry of a source, for pickers that list them all (a facility list, leaf locations).
    // The default walks down from the roots; sources whose parents live elsewhere override it.
    virtual std::vector<ReferenceEntry> entries(std::string_view source) const;
    // True when `id` is `ancestor` or lies below it.
    bool isWithin(std::string_view source, std::string_view id, std::string_view ancestor) const;
};

// In-memory reference data from JSON: {"locations": [{"id", "parent", "label"}], ...}.
// For tests, the command-line tool and small deployments.
class StaticReferenceData : public ReferenceData
{
public:
    static std::optional<StaticReferenceData> fromJson(const nlohmann::json& doc,
                                                       const std::string& file, FormErrors& errors);
    void add(const std::string& source, ReferenceEntry entry);
    std::optional<ReferenceEntry> find(std::string_view source, std::string_view id) const override;
    std::vector<ReferenceEntry> children(std::string_view source,
                                         std::string_view parent) const override;
    std::vector<ReferenceEntry> entries(std::string_view source) const override;

private:
    std::map<std::string, std::map<std::string, ReferenceEntry, std::less<>>, std::less<>> sources_;
    std::map<std::string, std::set<std::string>, std::less<>> parents_;
};

} // namespace vitalis::forms
