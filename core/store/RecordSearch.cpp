#include "core/store/RecordSearch.h"

#include "core/store/Database.h"
#include "core/store/PhoneticKey.h"

#include <algorithm>
#include <cctype>

namespace vitalis
{
namespace
{
bool endsWithIgnoreCase(std::string_view s, std::string_view suffix)
{
    if (suffix.size() > s.size())
        return false;
    return std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    });
}

bool matches(std::string_view fieldId, const std::vector<std::string>& ids,
             const std::vector<std::string>& suffixes)
{
    if (std::find(ids.begin(), ids.end(), fieldId) != ids.end())
        return true;
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const std::string& s) { return endsWithIgnoreCase(fieldId, s); });
}

// Dates are stored as ISO strings; keep the calendar date even if a time follows.
std::optional<std::string> isoDate(const nlohmann::json& value)
{
    if (!value.is_string())
        return std::nullopt;
    const auto& s = value.get_ref<const std::string&>();
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    return s.substr(0, 10);
}
} // namespace

bool SearchConfig::isNameField(std::string_view fieldId) const
{
    return matches(fieldId, nameFieldIds, nameFieldSuffixes);
}

bool SearchConfig::isDateField(std::string_view fieldId) const
{
    return matches(fieldId, dateFieldIds, dateFieldSuffixes);
}

RecordSearch::RecordSearch(Database& db, const SearchConfig& config) : m_db(db), m_config(config) {}

std::vector<std::string> RecordSearch::words(std::string_view text)
{
    // Bytes >= 0x80 belong to words (UTF-8 letters); ASCII punctuation splits. This also
    // strips every FTS operator character, so user text can never change the query shape.
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || std::isalnum(u)) {
            cur += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

std::string RecordSearch::matchExpression(std::string_view text, bool phonetic)
{
    std::string expr;
    for (const std::string& w : words(text)) {
        if (!expr.empty())
            expr += ' ';
        // Standard FTS4 syntax: OR binds tighter than the implicit AND between words.
        expr += "names:" + w + '*';
        if (phonetic) {
            const std::string key = phoneticKey(w);
            if (!key.empty())
                expr += " OR phonetic:" + key;
        }
    }
    return expr;
}

void RecordSearch::remove(std::int64_t localId)
{
    m_db.cached("DELETE FROM record_search WHERE docid = ?").bind(1, localId).run();
    m_db.cached("DELETE FROM record_dates WHERE local_id = ?").bind(1, localId).run();
}

void RecordSearch::index(std::int64_t localId, const nlohmann::json& fields)
{
    remove(localId);
    std::string names;
    std::string phonetic;
    if (!fields.is_object())
        return;
    for (const auto& [fieldId, value] : fields.items()) {
        if (value.is_string() && m_config.isNameField(fieldId)) {
            const auto& s = value.get_ref<const std::string&>();
            if (!names.empty())
                names += ' ';
            names += s;
            for (const std::string& w : words(s)) {
                const std::string key = phoneticKey(w);
                if (!key.empty()) {
                    if (!phonetic.empty())
                        phonetic += ' ';
                    phonetic += key;
                }
            }
        } else if (m_config.isDateField(fieldId)) {
            if (auto date = isoDate(value))
                m_db.cached("INSERT INTO record_dates(local_id, field_id, value) VALUES (?,?,?)")
                    .bind(1, localId)
                    .bind(2, fieldId)
                    .bind(3, *date)
                    .run();
        }
    }
    if (!names.empty())
        m_db.cached("INSERT INTO record_search(docid, names, phonetic) VALUES (?,?,?)")
            .bind(1, localId)
            .bind(2, names)
            .bind(3, phonetic)
            .run();
}

void RecordSearch::rebuild()
{
    m_db.exec("DELETE FROM record_search; DELETE FROM record_dates;");
    Statement st = m_db.prepare("SELECT local_id, fields FROM records");
    while (st.step()) {
        nlohmann::json fields = nlohmann::json::parse(st.text(1), nullptr, false);
        if (!fields.is_discarded())
            index(st.int64(0), fields);
    }
}

std::vector<std::int64_t> RecordSearch::find(const SearchQuery& q)
{
    const std::string match = matchExpression(q.name, q.phonetic);
    std::string sql;
    std::vector<std::string> params;
    if (!match.empty()) {
        // Drive from the FTS doclist (docid order) so LIMIT stops early.
        sql = "SELECT r.local_id FROM record_search s JOIN records r ON r.local_id = s.docid "
              "WHERE s.record_search MATCH ?";
        params.push_back(match);
    } else {
        sql = "SELECT r.local_id FROM records r WHERE 1";
    }
    if (!q.trackingId.empty()) {
        sql += " AND r.tracking_id = ? COLLATE NOCASE";
        params.push_back(q.trackingId);
    }
    if (!q.registrationNumber.empty()) {
        sql += " AND r.registration_number = ?";
        params.push_back(q.registrationNumber);
    }
    if (!q.dateOfBirth.empty()) {
        sql += " AND r.local_id IN (SELECT local_id FROM record_dates WHERE value = ?)";
        params.push_back(q.dateOfBirth);
    }
    if (q.status) {
        sql += " AND r.status = ?";
        params.emplace_back(toString(*q.status));
    }
    if (params.empty())
        return {}; // no criterion: searching would list everything
    sql += match.empty() ? " ORDER BY r.local_id DESC LIMIT ?" : " ORDER BY s.docid DESC LIMIT ?";
    Statement st = m_db.cached(sql);
    int i = 1;
    for (const auto& p : params)
        st.bind(i++, p);
    st.bind(i, std::max(0, q.limit));
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

} // namespace vitalis
