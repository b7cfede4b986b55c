// Local search index over records: FTS4 on name fields with prefix matching and a phonetic
// key column, plus exact dates. Maintained by RecordRepository on every write.
#pragma once

#include "core/RecordStatus.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis
{

class Database;

// Which record fields are names / dates. Field ids match exactly or by a case-insensitive
// suffix, so "child.firstName", "motherFamilyName" and "deceased_surname" all count.
struct SearchConfig {
    std::vector<std::string> nameFieldIds;
    std::vector<std::string> nameFieldSuffixes = {"firstName",  "firstNames", "middleName",
                                                  "familyName", "lastName",   "surname",
                                                  "givenName",  "givenNames", "otherNames"};
    std::vector<std::string> dateFieldIds;
    std::vector<std::string> dateFieldSuffixes = {"dateOfBirth", "birthDate"};

    bool isNameField(std::string_view fieldId) const;
    bool isDateField(std::string_view fieldId) const;
};

// All given criteria must match (AND). Empty criteria are ignored.
struct SearchQuery {
    std::string name;       // words, each matched as a prefix of a name
    bool phonetic = false;  // a word also matches names that sound alike
    std::string trackingId; // exact, case-insensitive
    std::string registrationNumber;
    std::string dateOfBirth; // YYYY-MM-DD, any configured date field
    std::optional<RecordStatus> status;
    int limit = 50;
};

class RecordSearch
{
public:
    RecordSearch(Database& db, const SearchConfig& config);

    void index(std::int64_t localId, const nlohmann::json& fields);
    void remove(std::int64_t localId);
    void rebuild(); // re-index every record (schema step, or after the config changed)

    // Local ids of matching records, newest first, at most query.limit.
    std::vector<std::int64_t> find(const SearchQuery& query);

    // FTS4 MATCH text for the words of `text`; empty if it has no searchable word.
    static std::string matchExpression(std::string_view text, bool phonetic);
    static std::vector<std::string> words(std::string_view text);

private:
    Database& m_db;
    const SearchConfig& m_config;
};

} // namespace vitalis
