#include "app/desktop/records/DuplicateComparison.h"

#include <algorithm>
#include <map>

namespace vitalis::desktop
{

std::vector<ComparisonRow> compareRecords(const FieldDisplay& display, const Record& mine,
                                          const Record& theirs,
                                          const std::vector<std::string>& matchedFields)
{
    std::map<std::string, DisplayRow> other;
    for (auto& r : display.rows(theirs))
        other.emplace(r.fieldId, std::move(r));
    auto matched = [&](const std::string& id) {
        return std::find(matchedFields.begin(), matchedFields.end(), id) != matchedFields.end();
    };
    std::vector<ComparisonRow> out;
    for (const DisplayRow& r : display.rows(mine)) {
        ComparisonRow row{r.fieldId, r.label, r.value, {}, true, matched(r.fieldId)};
        if (const auto it = other.find(r.fieldId); it != other.end()) {
            row.theirs = it->second.value;
            other.erase(it);
        }
        row.differs = row.mine != row.theirs;
        out.push_back(std::move(row));
    }
    for (const DisplayRow& r : display.rows(theirs))
        if (other.count(r.fieldId))
            out.push_back({r.fieldId, r.label, {}, r.value, true, matched(r.fieldId)});
    return out;
}

} // namespace vitalis::desktop
