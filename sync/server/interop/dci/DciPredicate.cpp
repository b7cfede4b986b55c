#include "sync/server/interop/dci/DciPredicate.h"

#include "sync/server/interop/dci/DciPerson.h"
#include "sync/server/interop/dci/DciReject.h"

#include <algorithm>

namespace vitalis::server::dci
{

using nlohmann::json;

namespace
{

constexpr const char* kInvalid = "rjct.search_criteria.invalid";
const char* const kOperators[] = {"eq", "gt", "lt", "ge", "le", "in"};
// Deep enough for any real question; a bound so a hostile body cannot exhaust the stack.
constexpr int kMaxDepth = 16;

[[noreturn]] void refuse(const std::string& path, const std::string& message)
{
    throw DciReject(kInvalid, path, message);
}

bool scalar(const json& v)
{
    return v.is_string() || v.is_number();
}

int depthOf(const std::string& path)
{
    return static_cast<int>(std::count(path.begin(), path.end(), '/'));
}

} // namespace

DciPredicate DciPredicate::equals(const std::string& attribute, const json& value)
{
    DciPredicate p;
    p.kind_ = Kind::Leaf;
    p.attribute_ = attribute;
    p.op_ = "eq";
    p.value_ = value;
    return p;
}

DciPredicate DciPredicate::parse(const json& query, const std::string& path)
{
    if (query.is_array()) {
        // The spec's form: [{seq_num, expression1, condition, expression2}, ...], all must hold.
        if (query.empty())
            refuse(path, "a predicate list needs at least one item");
        DciPredicate all;
        all.kind_ = Kind::And;
        for (std::size_t i = 0; i < query.size(); ++i) {
            const std::string at = path + "/" + std::to_string(i);
            const json& item = query[i];
            if (!item.is_object() || !item.contains("expression1"))
                refuse(at, "each item needs expression1");
            DciPredicate first = leaf(item["expression1"], at + "/expression1");
            if (!item.contains("condition") && !item.contains("expression2")) {
                all.children_.push_back(std::move(first));
                continue;
            }
            const json& c = item.value("condition", json());
            if (!c.is_string() || (c != "and" && c != "or"))
                refuse(at + "/condition", "condition must be \"and\" or \"or\"");
            if (!item.contains("expression2"))
                refuse(at + "/expression2", "a condition joins expression1 and expression2");
            DciPredicate pair;
            pair.kind_ = c == "and" ? Kind::And : Kind::Or;
            pair.children_.push_back(std::move(first));
            pair.children_.push_back(leaf(item["expression2"], at + "/expression2"));
            all.children_.push_back(std::move(pair));
        }
        return all;
    }
    return node(query, path);
}

DciPredicate DciPredicate::node(const json& n, const std::string& path)
{
    if (depthOf(path) > kMaxDepth)
        refuse(path, "the predicate is nested too deeply");
    if (!n.is_object())
        refuse(path, "a predicate must be an object");
    for (const char* combinator : {"and", "or"}) {
        if (!n.contains(combinator))
            continue;
        const json& list = n[combinator];
        if (n.size() != 1 || !list.is_array() || list.empty())
            refuse(path + "/" + combinator,
                   std::string(combinator) + " must be the only member, a non-empty list");
        DciPredicate p;
        p.kind_ = std::string(combinator) == "and" ? Kind::And : Kind::Or;
        for (std::size_t i = 0; i < list.size(); ++i)
            p.children_.push_back(node(list[i], path + "/" + combinator + "/" + std::to_string(i)));
        return p;
    }
    if (n.contains("not")) {
        if (n.size() != 1)
            refuse(path + "/not", "not must be the only member");
        DciPredicate p;
        p.kind_ = Kind::Not;
        p.children_.push_back(node(n["not"], path + "/not"));
        return p;
    }
    return leaf(n, path);
}

DciPredicate DciPredicate::leaf(const json& n, const std::string& path)
{
    if (!n.is_object())
        refuse(path, "an expression must be an object");
    for (const auto& [member, value] : n.items())
        if (member != "attribute_name" && member != "operator" && member != "attribute_value")
            refuse(path + "/" + member, "unknown member '" + member + "'");
    const json& attribute = n.value("attribute_name", json());
    const auto& names = DciPerson::attributeNames();
    if (!attribute.is_string() ||
        std::find(names.begin(), names.end(), attribute.get<std::string>()) == names.end())
        refuse(path + "/attribute_name", "attribute_name must be one of the person attributes "
                                         "(docs/api.md, DCI search)");
    const json& op = n.value("operator", json());
    if (!op.is_string() ||
        std::find_if(std::begin(kOperators), std::end(kOperators),
                     [&](const char* o) { return op == o; }) == std::end(kOperators))
        refuse(path + "/operator", "operator must be eq, gt, lt, ge, le or in");
    if (!n.contains("attribute_value"))
        refuse(path + "/attribute_value", "attribute_value is missing");
    const json& value = n["attribute_value"];
    if (op == "in") {
        if (!value.is_array() || value.empty() || !std::all_of(value.begin(), value.end(), scalar))
            refuse(path + "/attribute_value", "in takes a non-empty list of strings or numbers");
    } else if (!scalar(value)) {
        refuse(path + "/attribute_value", "attribute_value must be a string or a number");
    }
    DciPredicate p = equals(attribute.get<std::string>(), value);
    p.op_ = op.get<std::string>();
    return p;
}

bool DciPredicate::matches(const json& attributes) const
{
    switch (kind_) {
    case Kind::Leaf:
        return compare(attributes.value(attribute_, json()));
    case Kind::And:
        return std::all_of(children_.begin(), children_.end(),
                           [&](const DciPredicate& c) { return c.matches(attributes); });
    case Kind::Or:
        return std::any_of(children_.begin(), children_.end(),
                           [&](const DciPredicate& c) { return c.matches(attributes); });
    case Kind::Not:
        return !children_.front().matches(attributes);
    }
    return false;
}

bool DciPredicate::compare(const json& actual) const
{
    if (!scalar(actual))
        return false; // an attribute the record lacks (or the client may not see) never matches
    if (op_ == "in")
        return std::find(value_.begin(), value_.end(), actual) != value_.end();
    if (op_ == "eq")
        return actual == value_;
    // Ordering only between like kinds: ISO dates order as strings, numbers as numbers.
    if (actual.is_string() != value_.is_string())
        return false;
    if (op_ == "gt")
        return actual > value_;
    if (op_ == "lt")
        return actual < value_;
    if (op_ == "ge")
        return actual >= value_;
    return actual <= value_;
}

} // namespace vitalis::server::dci
