// JsonLogic (jsonlogic.com) compiled once at load and evaluated over field values,
// plus the documented date operations forms need: today, date_add, date_diff, age_years.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::forms
{

struct LogicNode;

// Everything an expression may read besides the data: no clock inside the engine.
struct LogicContext {
    std::chrono::year_month_day today;
};

// A field an expression reads: `name` is the first segment of the var path, `path` the JSON
// pointer of the var inside the expression (relative, e.g. "/and/0/var").
struct LogicVar {
    std::string name;
    std::string path;
};

struct LogicIssue {
    std::string path; // relative JSON pointer inside the expression
    std::string message;
};

class Logic
{
public:
    Logic() = default;
    // Compiles `expr`; problems go to `issues` (the result is then unusable), vars read go to
    // `vars`.
    static Logic compile(const nlohmann::json& expr, std::vector<LogicIssue>& issues,
                         std::vector<LogicVar>& vars);

    bool empty() const { return !root_; }
    nlohmann::json evaluate(const nlohmann::json& data, const LogicContext& context) const;
    bool test(const nlohmann::json& data, const LogicContext& context) const
    {
        return truthy(evaluate(data, context));
    }
    void collectOperators(std::set<std::string>& out) const;

    // JsonLogic truthiness: false, null, 0, "", [] are false; everything else is true.
    static bool truthy(const nlohmann::json& value);

private:
    std::shared_ptr<const LogicNode> root_;
};

// Every operator name the engine accepts, standard and custom.
const std::vector<std::string>& logicOperatorNames();

} // namespace vitalis::forms
