// Internal: the compiled form of a JsonLogic expression, shared by compiler and evaluator.
// Not part of the public API.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::forms
{

enum class LogicOp {
    Literal,
    Array,
    Var,
    Missing,
    MissingSome,
    If,
    Eq,
    StrictEq,
    Ne,
    StrictNe,
    Not,
    NotNot,
    Or,
    And,
    Gt,
    Ge,
    Lt,
    Le,
    Max,
    Min,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    In,
    Cat,
    Substr,
    Merge,
    Map,
    Filter,
    Reduce,
    All,
    None,
    Some,
    Today,
    DateAdd,
    DateDiff,
    AgeYears,
};

struct LogicNode {
    LogicOp op = LogicOp::Literal;
    std::string name;                 // operator name as written
    nlohmann::json literal;           // Literal value; Var default
    std::vector<std::string> varPath; // Var: split path ("" = the whole data)
    bool hasDefault = false;
    std::vector<LogicNode> args;
};

nlohmann::json evaluateNode(const LogicNode& node, const nlohmann::json& data,
                            const struct LogicContext& context);

} // namespace vitalis::forms
