// Compiles JsonLogic into LogicNode trees, checking operators, arity and var references once
// at load so evaluation never has to look a name up.
#include "forms/JsonLogic.h"

#include "core/JsonPointer.h"
#include "forms/LogicNode.h"
#include "forms/LogicValues.h"
#include "forms/Suggest.h"

#include <map>

namespace vitalis::forms
{

using nlohmann::json;

namespace
{

struct OpSpec {
    LogicOp op;
    int minArgs;
    int maxArgs; // -1 = unbounded
    bool scoped; // args after the first are evaluated against each array element
};

const std::map<std::string, OpSpec, std::less<>>& opTable()
{
    static const std::map<std::string, OpSpec, std::less<>> table = {
        {"var", {LogicOp::Var, 0, 2, false}},
        {"missing", {LogicOp::Missing, 0, -1, false}},
        {"missing_some", {LogicOp::MissingSome, 2, 2, false}},
        {"if", {LogicOp::If, 0, -1, false}},
        {"?:", {LogicOp::If, 0, -1, false}},
        {"==", {LogicOp::Eq, 2, 2, false}},
        {"===", {LogicOp::StrictEq, 2, 2, false}},
        {"!=", {LogicOp::Ne, 2, 2, false}},
        {"!==", {LogicOp::StrictNe, 2, 2, false}},
        {"!", {LogicOp::Not, 1, 1, false}},
        {"!!", {LogicOp::NotNot, 1, 1, false}},
        {"or", {LogicOp::Or, 1, -1, false}},
        {"and", {LogicOp::And, 1, -1, false}},
        {">", {LogicOp::Gt, 2, 2, false}},
        {">=", {LogicOp::Ge, 2, 2, false}},
        {"<", {LogicOp::Lt, 2, 3, false}},
        {"<=", {LogicOp::Le, 2, 3, false}},
        {"max", {LogicOp::Max, 0, -1, false}},
        {"min", {LogicOp::Min, 0, -1, false}},
        {"+", {LogicOp::Add, 0, -1, false}},
        {"-", {LogicOp::Sub, 1, 2, false}},
        {"*", {LogicOp::Mul, 1, -1, false}},
        {"/", {LogicOp::Div, 2, 2, false}},
        {"%", {LogicOp::Mod, 2, 2, false}},
        {"in", {LogicOp::In, 2, 2, false}},
        {"cat", {LogicOp::Cat, 0, -1, false}},
        {"substr", {LogicOp::Substr, 2, 3, false}},
        {"merge", {LogicOp::Merge, 0, -1, false}},
        {"map", {LogicOp::Map, 2, 2, true}},
        {"filter", {LogicOp::Filter, 2, 2, true}},
        {"reduce", {LogicOp::Reduce, 2, 3, true}},
        {"all", {LogicOp::All, 2, 2, true}},
        {"none", {LogicOp::None, 2, 2, true}},
        {"some", {LogicOp::Some, 2, 2, true}},
        {"today", {LogicOp::Today, 0, 0, false}},
        {"date_add", {LogicOp::DateAdd, 3, 3, false}},
        {"date_diff", {LogicOp::DateDiff, 3, 3, false}},
        {"age_years", {LogicOp::AgeYears, 1, 2, false}},
    };
    return table;
}

constexpr int kMaxDepth = 64;

class Compiler
{
public:
    Compiler(std::vector<LogicIssue>& issues, std::vector<LogicVar>& vars)
        : issues_(issues), vars_(vars)
    {
    }

    LogicNode compile(const json& expr, const std::string& path, int depth, bool scoped)
    {
        LogicNode node;
        if (depth > kMaxDepth) {
            issue(path, "expression nested deeper than " + std::to_string(kMaxDepth) + " levels");
            return node;
        }
        if (expr.is_array()) {
            node.op = LogicOp::Array;
            for (std::size_t i = 0; i < expr.size(); ++i)
                node.args.push_back(
                    compile(expr[i], path + "/" + std::to_string(i), depth + 1, scoped));
            return node;
        }
        if (!expr.is_object()) {
            node.literal = expr;
            return node;
        }
        if (expr.size() != 1) {
            issue(path, "an operation is an object with exactly one key (the operator), found " +
                            std::to_string(expr.size()) + " keys");
            return node;
        }
        auto first = expr.begin();
        const std::string& name = first.key();
        const json& value = first.value();
        std::string opPath = path + vitalis::jsonPointerSegment(name);
        const auto& table = opTable();
        auto it = table.find(name);
        if (it == table.end()) {
            issue(opPath,
                  "unknown operator '" + name + "'" + didYouMean(name, logicOperatorNames()));
            return node;
        }
        const OpSpec& spec = it->second;
        node.op = spec.op;
        node.name = name;
        if (spec.op == LogicOp::Var)
            return compileVar(node, value, opPath, scoped);
        // JsonLogic lets a single argument be written without the array.
        json args = value.is_array() ? value : json::array({value});
        int n = static_cast<int>(args.size());
        if (n < spec.minArgs || (spec.maxArgs >= 0 && n > spec.maxArgs)) {
            std::string want =
                spec.maxArgs < 0 ? "at least " + std::to_string(spec.minArgs)
                : spec.minArgs == spec.maxArgs
                    ? std::to_string(spec.minArgs)
                    : std::to_string(spec.minArgs) + " to " + std::to_string(spec.maxArgs);
            issue(opPath,
                  "'" + name + "' takes " + want + " argument(s), found " + std::to_string(n));
            return node;
        }
        if (spec.op == LogicOp::Missing || spec.op == LogicOp::MissingSome)
            noteMissingNames(spec.op, args, opPath, scoped);
        for (int i = 0; i < n; ++i) {
            bool argScoped = scoped || (spec.scoped && i == 1);
            std::string argPath = value.is_array() ? opPath + "/" + std::to_string(i) : opPath;
            node.args.push_back(compile(args[i], argPath, depth + 1, argScoped));
        }
        return node;
    }

private:
    LogicNode& compileVar(LogicNode& node, const json& value, const std::string& path, bool scoped)
    {
        json nameValue = value;
        if (value.is_array()) {
            if (value.empty() || value.size() > 2) {
                issue(path, "'var' takes a name and an optional default");
                return node;
            }
            nameValue = value[0];
            if (value.size() == 2) {
                if (value[1].is_object() || value[1].is_array()) {
                    issue(path + "/1", "the default of 'var' must be a plain value");
                    return node;
                }
                node.literal = value[1];
                node.hasDefault = true;
            }
        }
        std::string name;
        if (nameValue.is_string())
            name = nameValue.get<std::string>();
        else if (nameValue.is_number_integer())
            name = std::to_string(nameValue.get<long long>());
        else if (!nameValue.is_null()) {
            issue(path, "'var' takes a literal field name; computed names cannot be checked");
            return node;
        }
        // {"var": ""} is the whole data: no steps.
        node.varPath = name.empty() ? std::vector<std::string>{} : logic_values::pathSteps(name);
        if (!scoped && !node.varPath.empty())
            vars_.push_back({node.varPath.front(), path});
        return node;
    }

    void noteMissingNames(LogicOp op, const json& args, const std::string& path, bool scoped)
    {
        if (scoped)
            return;
        const json* names = &args;
        std::string base = path;
        if (op == LogicOp::MissingSome) {
            names = &args[1];
            base += "/1";
        }
        if (!names->is_array())
            return;
        for (std::size_t i = 0; i < names->size(); ++i) {
            const auto& n = (*names)[i];
            if (n.is_string() && !n.get<std::string>().empty())
                vars_.push_back({logic_values::pathSteps(n.get<std::string>()).front(),
                                 base + "/" + std::to_string(i)});
        }
    }

    void issue(const std::string& path, std::string message)
    {
        issues_.push_back({path, std::move(message)});
    }

    std::vector<LogicIssue>& issues_;
    std::vector<LogicVar>& vars_;
};

void collect(const LogicNode& node, std::set<std::string>& out)
{
    if (!node.name.empty())
        out.insert(node.name);
    for (const auto& a : node.args)
        collect(a, out);
}

} // namespace

const std::vector<std::string>& logicOperatorNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const auto& [k, spec] : opTable())
            v.push_back(k);
        return v;
    }();
    return names;
}

Logic Logic::compile(const json& expr, std::vector<LogicIssue>& issues, std::vector<LogicVar>& vars)
{
    std::size_t before = issues.size();
    Compiler compiler(issues, vars);
    auto node = std::make_shared<LogicNode>(compiler.compile(expr, "", 0, false));
    Logic logic;
    if (issues.size() == before)
        logic.root_ = std::move(node);
    return logic;
}

json Logic::evaluate(const json& data, const LogicContext& context) const
{
    if (!root_)
        return nullptr;
    return evaluateNode(*root_, data, context);
}

void Logic::collectOperators(std::set<std::string>& out) const
{
    if (root_)
        collect(*root_, out);
}

bool Logic::truthy(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return false;
    case json::value_t::boolean:
        return v.get<bool>();
    case json::value_t::number_integer:
        return v.get<long long>() != 0;
    case json::value_t::number_unsigned:
        return v.get<unsigned long long>() != 0;
    case json::value_t::number_float: {
        double d = v.get<double>();
        return d != 0 && d == d;
    }
    case json::value_t::string:
        return !v.get_ref<const std::string&>().empty();
    case json::value_t::array:
        return !v.empty();
    default:
        return true;
    }
}

} // namespace vitalis::forms
