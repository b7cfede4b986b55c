// Blocking keys: short strings a store or server indexes so that candidate search reads only
// records sharing a key with the declaration (e.g. child's name key + year of birth).
#pragma once

#include "dedup/RuleSet.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::dedup
{

// Every key of a record under the rule set's "blocking" list, "<key index>|<part>|<part>".
// A key with an empty part is left out (it would gather unrelated records). A "name" part is
// the sorted pair of phonetic keys of the first given name and the family name, so swapped
// order, added or dropped middle names and spelling variants give the same key.
std::vector<std::string> blockingKeys(const RuleSet& rules, const nlohmann::json& fields);

// The record's values of the fields the rule set reads (RuleSet::fieldSlots), nothing else: the
// compact copy a server keeps beside the keys, so a candidate is read without its whole record.
nlohmann::json matchFields(const RuleSet& rules, const nlohmann::json& fields);

} // namespace vitalis::dedup
