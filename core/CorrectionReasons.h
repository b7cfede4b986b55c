// The correction reason codes every server accepts (a country's seed may add more): one list for
// the server's check and the desktop's choices, so the two cannot drift apart.
#pragma once

#include <string_view>

namespace vitalis
{

inline constexpr std::string_view kBuiltInCorrectionReasons[] = {
    "spelling", "wrong_date", "wrong_place", "court_order", "other"};

} // namespace vitalis
