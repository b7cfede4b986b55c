// Type-to-search over one reference-data source (locations, facilities) for pickers: word
// starts of the names (core/LocationHierarchy's index, fast at 100,000 places), places inside
// the user's jurisdiction first, and each result with its path ("Aldmoor > Kessel") so
// same-named places can be told apart.
#pragma once

#include "core/LocationHierarchy.h"
#include "forms/ReferenceData.h"

#include <functional>
#include <string>
#include <vector>

namespace vitalis::forms
{

struct ReferenceMatch {
    std::string id;
    std::string path; // "Northern Province > Aldmoor > Kessel"
};

class ReferenceSearch
{
public:
    // Message id or name -> the text shown (the form catalog's translation).
    using Translate = std::function<std::string(const std::string&)>;

    // Indexes `source` once; ancestors kept in the "locations" source (a facility's district)
    // join the index for paths and jurisdiction, but are never offered when leafOnly is set.
    ReferenceSearch(const ReferenceData& data, const std::string& source, bool leafOnly,
                    const Translate& translate);

    // At most `limit` places whose name has a word starting with `text`; those inside
    // `preferWithin` (a location id, may be empty or unknown) come first.
    std::vector<ReferenceMatch> search(const std::string& text, std::size_t limit,
                                       const std::string& preferWithin) const;
    std::string path(const std::string& id) const; // "" for an id the source does not have
    bool offers(const std::string& id) const;      // a place this picker may choose

    static constexpr std::size_t kPathLevels = 3; // the place and its two nearest areas

private:
    LocationHierarchy m_tree;
    std::string m_offered; // the Location type of choosable entries
};

} // namespace vitalis::forms
