// The statistics report and the UN standard vital-statistics tables as CSV (RFC 4180, UTF-8,
// CRLF line ends) for spreadsheets and the statistics office.
#pragma once

#include "statistics/StatisticsReport.h"

#include <string>

namespace vitalis::statistics
{

// One line per row of the report: event, key, label, registrations, expected, completeness.
std::string reportCsv(const nlohmann::json& report);

// The names of the UN tables: births-by-month-and-sex, deaths-by-age-and-sex.
const std::vector<std::string>& unTables();
// One UN table over the registrations in `vitals` (already limited to what the asker may
// see) in `period` (all periods when null). Throws StatisticsQueryError for an unknown name.
std::string unTableCsv(const std::string& name, const std::vector<VitalCount>& vitals,
                       const std::optional<Period>& period);

std::string csvField(const std::string& text);

} // namespace vitalis::statistics
