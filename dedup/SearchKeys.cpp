#include "dedup/SearchKeys.h"

#include "dedup/NameNormaliser.h"

#include <algorithm>
#include <cctype>

namespace vitalis::dedup
{

namespace
{
// Word keys for one word: the phonetic key is left out when it adds nothing (names in scripts
// Soundex does not read key to the word itself).
void addWord(std::vector<std::string>& out, const std::string& word, bool bySound)
{
    out.push_back("w:" + word);
    const std::string sound = NameNormaliser::tokenKey(word);
    if (bySound && sound != word)
        out.push_back("s:" + sound);
}
} // namespace

std::string nationalIdKey(std::string_view id)
{
    std::string key = "i:";
    for (char c : id) {
        if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '\t')
            continue;
        key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return key;
}

bool isSearchField(const forms::FormDefinition& form, const std::string& fieldId)
{
    const forms::Field* f = form.field(fieldId);
    return f &&
           (f->type == forms::FieldType::PersonName || f->type == forms::FieldType::NationalId);
}

std::vector<SearchKey> searchKeys(const forms::FormDefinition& form, const nlohmann::json& fields)
{
    static const NameNormaliser names; // no variant groups: the sound key joins variants
    std::vector<SearchKey> out;
    auto add = [&](const std::string& field, std::string key) {
        SearchKey k{field, std::move(key)};
        if (std::find(out.begin(), out.end(), k) == out.end())
            out.push_back(std::move(k));
    };
    for (const forms::Field& f : form.fields) {
        auto it = fields.find(f.id);
        if (it == fields.end())
            continue;
        if (f.type == forms::FieldType::NationalId && it->is_string() &&
            nationalIdKey(it->get<std::string>()).size() > 2) {
            add(f.id, nationalIdKey(it->get<std::string>()));
        } else if (f.type == forms::FieldType::PersonName) {
            for (const std::string& word : names.nameTokens(*it)) {
                std::vector<std::string> keys;
                addWord(keys, word, true);
                for (auto& k : keys)
                    add(f.id, std::move(k));
            }
        }
    }
    return out;
}

std::vector<std::string> nameQueryKeys(std::string_view text, bool bySound)
{
    static const NameNormaliser names;
    std::vector<std::string> out;
    for (const std::string& word : names.tokens(text)) {
        std::vector<std::string> keys;
        addWord(keys, word, bySound);
        out.push_back(keys.back()); // the sound key when there is one and it was asked for
    }
    return out;
}

} // namespace vitalis::dedup
