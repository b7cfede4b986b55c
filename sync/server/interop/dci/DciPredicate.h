// The `predicate` query of a DCI search: leaves {attribute_name, operator, attribute_value} with
// operators eq|gt|lt|ge|le|in, combined with {"and": [...]}, {"or": [...]}, {"not": {...}}, or
// the spec's list of {expression1, condition, expression2} items (all must hold). Qt-free.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::server::dci
{

class DciPredicate
{
public:
    // Throws DciReject(rjct.search_criteria.invalid) naming the JSON path under `path`.
    static DciPredicate parse(const nlohmann::json& query, const std::string& path);
    // A leaf `attribute eq value` (idtype-value lookups that no SQL criterion covers).
    static DciPredicate equals(const std::string& attribute, const nlohmann::json& value);

    // `attributes`: a flat object of the person's attributes (DciPerson::attributes).
    bool matches(const nlohmann::json& attributes) const;

private:
    enum class Kind { Leaf, And, Or, Not };
    Kind kind_ = Kind::And;
    std::string attribute_, op_;
    nlohmann::json value_;
    std::vector<DciPredicate> children_;

    static DciPredicate leaf(const nlohmann::json& node, const std::string& path);
    static DciPredicate node(const nlohmann::json& node, const std::string& path);
    bool compare(const nlohmann::json& actual) const;
};

} // namespace vitalis::server::dci
