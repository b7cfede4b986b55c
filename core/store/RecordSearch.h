// Local search index over records: FTS4 (external content = two columns of records) on name
// fields with prefix matching, plus a key column with phonetic codes and dates as tokens.
// Maintained by RecordRepository on every write.
#pragma once

#include "core/RecordStatus.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simdjson::dom
{
class parser;
}

namespace vitalis
{

class Database;

// Which record fields are names / dates. Field ids match exactly or by a case-insensitive
// suffix, so "child.firstName", "motherFamilyName" and "deceased_surname" all count.
struct SearchConfig {
    std::vector<std::string> nameFieldIds;
    std::vector<std::string> nameFieldSuffixes = {
        "firstName", "firstNames", "middleName", "familyName", "lastName", "surname",
        "givenName", "givenNames", "otherNames", "_name"}; // the forms' person-name fields
    std::vector<std::string> dateFieldIds;
    std::vector<std::string> dateFieldSuffixes = {"dateOfBirth", "birthDate", "birth_date"};

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

// What the index holds for one record.
struct SearchTerms {
    std::string names; // name field values, space separated
    std::string keys;  // phonetic codes ("m520") and dates ("d20240105")
    bool operator==(const SearchTerms&) const = default;
};

class RecordSearch
{
public:
    RecordSearch(Database& db, const SearchConfig& config);

    SearchTerms terms(const nlohmann::json& fields) const;
    // The same from the fields' JSON text (a pulled record stored as the server sent it).
    SearchTerms terms(std::string_view fieldsJson) const;
    // FTS maintenance around a write of records(local_id). External content: the old terms
    // must be removed while the row still holds them, the new ones added after it does.
    void removeFromIndex(std::int64_t localId);
    void addToIndex(std::int64_t localId, const SearchTerms& terms);
    void rebuild(); // recompute every record's terms and the index (schema step, config change)

    // Local ids of matching records, newest first, at most query.limit.
    std::vector<std::int64_t> find(const SearchQuery& query);

    // FTS4 MATCH text for the query's words and date; empty if nothing searchable.
    static std::string matchExpression(std::string_view text, bool phonetic,
                                       std::string_view isoDate = {});
    static std::vector<std::string> words(std::string_view text);
    static std::string dateToken(std::string_view isoDate); // "2024-01-05" -> "d20240105"

private:
    enum class FieldKind : unsigned char { Other, Name, Date };
    // The config's answer for a field id, remembered: every record repeats the form's ids.
    FieldKind kindOf(std::string_view fieldId) const;
    struct FieldKinds;
    Database& m_db;
    const SearchConfig& m_config;
    std::shared_ptr<simdjson::dom::parser> m_parser; // buffers reused record after record
    std::shared_ptr<FieldKinds> m_kinds;
};

} // namespace vitalis
