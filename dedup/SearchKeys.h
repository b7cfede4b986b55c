// The keys a record is found by in the registry search: each word of each person name, as
// written (folded) and as it sounds, and each national ID, tagged with its field.
#pragma once

#include "forms/FormModel.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::dedup
{

struct SearchKey {
    std::string field; // the form field the key came from: a client sees only some fields
    std::string key;   // "w:<word>", "s:<sound>" or "i:<national id>"
    bool operator==(const SearchKey&) const = default;
};

// Keys of a record's personName and nationalId fields, without repeats.
std::vector<SearchKey> searchKeys(const forms::FormDefinition& form, const nlohmann::json& fields);
// True when a change to `fieldId` can change the record's keys.
bool isSearchField(const forms::FormDefinition& form, const std::string& fieldId);

// Query side: one key per word of `text` — as written, or (`bySound`) as it sounds, which also
// finds the word as written (a stored word always has its sound key). Empty: no word.
std::vector<std::string> nameQueryKeys(std::string_view text, bool bySound);
// "12-345 678 a" -> "i:12345678A": spaces, dots, hyphens and slashes dropped, letters upper case.
std::string nationalIdKey(std::string_view id);

} // namespace vitalis::dedup
