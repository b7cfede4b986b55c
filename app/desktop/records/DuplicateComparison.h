// A record and one possible duplicate side by side, field by field, as a person reads them
// (FieldDisplay's labels and values): which values differ and which fields the duplicate
// rules matched on. Plain C++ (no Qt), so the comparison is testable without widgets.
#pragma once

#include "app/desktop/records/FieldDisplay.h"

#include <string>
#include <vector>

namespace vitalis::desktop
{

struct ComparisonRow {
    std::string fieldId;
    std::string label;
    std::string mine;   // this record's value, "" when it has none
    std::string theirs; // the candidate's
    bool differs = false;
    bool matched = false; // a field the duplicate rules matched on
};

// Every field either record has, in the record's form order, then fields only the candidate has.
std::vector<ComparisonRow> compareRecords(const FieldDisplay& display, const Record& mine,
                                          const Record& theirs,
                                          const std::vector<std::string>& matchedFields);

} // namespace vitalis::desktop
