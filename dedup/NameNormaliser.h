// Names reduced to comparable tokens: case, accents, Arabic marks, spacing and hyphens folded,
// transliteration variants (Mohammed/Muhammad) mapped to one spelling from configuration.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::dedup
{

class NameNormaliser
{
public:
    // groups: each a list of spellings of one name; the first is the canonical one.
    explicit NameNormaliser(const std::vector<std::vector<std::string>>& groups = {});

    // "Muhammad  Al-Amin" -> {"mohammed", "al", "amin"} (variants already canonical).
    std::vector<std::string> tokens(std::string_view text) const;
    // A personName value ({"first","middle","family"}) or a plain string; other JSON -> {}.
    std::vector<std::string> nameTokens(const nlohmann::json& value) const;
    // Soundex of a token; for names without Latin letters (Arabic) the folded token itself.
    static std::string tokenKey(const std::string& token);

private:
    std::map<std::string, std::string> canonical_;
};

// Edits (optimal string alignment) between two UTF-8 strings, counted in code points.
std::size_t editDistance(std::string_view a, std::string_view b);

} // namespace vitalis::dedup
