#include "core/store/RecordSearch.h"

#include "core/PhoneticKey.h"
#include "core/store/Database.h"

#include <algorithm>
#include <cctype>
#include <simdjson.h>
#include <unordered_map>

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

void append(std::string& list, const std::string& item)
{
    if (item.empty())
        return;
    if (!list.empty())
        list += ' ';
    list += item;
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

struct RecordSearch::FieldKinds {
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, FieldKind, Hash, std::equal_to<>> byId;
};

RecordSearch::RecordSearch(Database& db, const SearchConfig& config)
    : m_db(db), m_config(config), m_parser(std::make_shared<simdjson::dom::parser>()),
      m_kinds(std::make_shared<FieldKinds>())
{
}

RecordSearch::FieldKind RecordSearch::kindOf(std::string_view fieldId) const
{
    auto& byId = m_kinds->byId;
    if (auto it = byId.find(fieldId); it != byId.end())
        return it->second;
    const FieldKind kind = m_config.isNameField(fieldId)   ? FieldKind::Name
                           : m_config.isDateField(fieldId) ? FieldKind::Date
                                                           : FieldKind::Other;
    if (byId.size() >= 4096) // forms have hundreds of fields; a stranger's text, not more
        byId.clear();
    byId.emplace(fieldId, kind);
    return kind;
}

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

std::string RecordSearch::dateToken(std::string_view s)
{
    // Calendar date only, even if a time follows; anything else is not a date.
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return {};
    std::string t = "d";
    for (std::size_t i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return {};
        t += s[i];
    }
    return t;
}

std::string RecordSearch::matchExpression(std::string_view text, bool phonetic,
                                          std::string_view isoDate)
{
    std::string expr;
    for (const std::string& w : words(text)) {
        // Standard FTS4 syntax: OR binds tighter than the implicit AND between words.
        std::string term = "search_names:" + w + '*';
        if (phonetic) {
            std::string key = phoneticKey(w);
            std::transform(key.begin(), key.end(), key.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (!key.empty())
                term += " OR search_keys:" + key;
        }
        append(expr, term);
    }
    if (!isoDate.empty()) {
        const std::string token = dateToken(isoDate);
        // An unparseable date must match nothing rather than be dropped from the query.
        append(expr, "search_keys:" + (token.empty() ? std::string("dinvalid") : token));
    }
    return expr;
}

namespace
{
// The index's words for one record, whichever way its fields arrive (tree or text).
class TermsBuilder
{
public:
    void name(std::string_view s)
    {
        append(t.names, std::string(s));
        for (const std::string& w : RecordSearch::words(s)) {
            std::string key = phoneticKey(w);
            std::transform(key.begin(), key.end(), key.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            append(t.keys, key);
        }
    }
    void date(std::string_view s) { append(t.keys, RecordSearch::dateToken(s)); }
    SearchTerms t;
};
} // namespace

SearchTerms RecordSearch::terms(const nlohmann::json& fields) const
{
    TermsBuilder b;
    if (!fields.is_object())
        return b.t;
    for (const auto& [fieldId, value] : fields.items()) {
        const FieldKind kind = kindOf(fieldId);
        if (kind == FieldKind::Name) {
            // Person-name fields of the forms are objects ({"first", "middle", "family"}).
            if (value.is_string())
                b.name(value.get_ref<const std::string&>());
            else if (value.is_object())
                for (const auto& part : value)
                    if (part.is_string())
                        b.name(part.get_ref<const std::string&>());
        } else if (kind == FieldKind::Date && value.is_string()) {
            b.date(value.get_ref<const std::string&>());
        }
    }
    return b.t;
}

SearchTerms RecordSearch::terms(std::string_view fieldsJson) const
{
    namespace dom = simdjson::dom;
    TermsBuilder b;
    dom::object fields;
    if (m_parser->parse(fieldsJson.data(), fieldsJson.size(), true).get(fields))
        return b.t;
    // The same order as the tree's: nlohmann iterates keys sorted, and a server's text is
    // written from such a tree, so both give byte-equal terms for the same record.
    for (dom::key_value_pair kv : fields) {
        std::string_view s;
        const FieldKind kind = kindOf(kv.key);
        if (kind == FieldKind::Name) {
            if (!kv.value.get_string().get(s))
                b.name(s);
            else if (kv.value.is_object())
                for (dom::key_value_pair part : dom::object(kv.value))
                    if (!part.value.get_string().get(s))
                        b.name(s);
        } else if (kind == FieldKind::Date && !kv.value.get_string().get(s)) {
            b.date(s);
        }
    }
    return b.t;
}

void RecordSearch::removeFromIndex(std::int64_t localId)
{
    m_db.cached("DELETE FROM record_search WHERE docid = ?").bind(1, localId).run();
}

void RecordSearch::addToIndex(std::int64_t localId, const SearchTerms& t)
{
    if (t.names.empty() && t.keys.empty())
        return;
    m_db.cached("INSERT INTO record_search(docid, search_names, search_keys) VALUES (?,?,?)")
        .bind(1, localId)
        .bind(2, t.names)
        .bind(3, t.keys)
        .run();
}

void RecordSearch::rebuild()
{
    m_kinds->byId.clear(); // the config may have changed since the ids were remembered
    {
        Statement st = m_db.prepare("SELECT local_id, fields FROM records");
        Statement upd =
            m_db.prepare("UPDATE records SET search_names = ?, search_keys = ? WHERE local_id = ?");
        while (st.step()) {
            nlohmann::json fields = nlohmann::json::parse(st.text(1), nullptr, false);
            const SearchTerms t = terms(fields.is_discarded() ? nlohmann::json() : fields);
            upd.reset();
            upd.bind(1, t.names).bind(2, t.keys).bind(3, st.int64(0)).run();
        }
    }
    m_db.exec("INSERT INTO record_search(record_search) VALUES ('rebuild')");
}

std::vector<std::int64_t> RecordSearch::find(const SearchQuery& q)
{
    const std::string match = matchExpression(q.name, q.phonetic, q.dateOfBirth);
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
        // The literal "<> ''" lets SQLite use the partial index.
        sql += " AND r.registration_number = ? AND r.registration_number <> ''";
        params.push_back(q.registrationNumber);
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
