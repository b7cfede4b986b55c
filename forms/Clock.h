// Where "today" comes from. The engine never reads the system clock: callers inject it, so
// validation is reproducible in tests and consistent between client and server.
#pragma once

#include <chrono>
#include <functional>

namespace vitalis::forms
{

using TodayFunction = std::function<std::chrono::year_month_day()>;

inline TodayFunction fixedToday(std::chrono::year_month_day day)
{
    return [day] { return day; };
}

} // namespace vitalis::forms
