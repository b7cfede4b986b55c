#include "forms/Suggest.h"

#include <algorithm>
#include <cctype>

namespace vitalis::forms
{

std::size_t editDistance(std::string_view a, std::string_view b)
{
    // Optimal string alignment: a swap of two neighbours ("rnage") counts as one edit, the most
    // common typo in hand-written definitions.
    auto lower = [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    };
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> d((n + 1) * (m + 1));
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * (m + 1) + j]; };
    for (std::size_t i = 0; i <= n; ++i)
        at(i, 0) = i;
    for (std::size_t j = 0; j <= m; ++j)
        at(0, j) = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(n, m);
}

std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates)
{
    // Long words from hostile input would make this quadratic for nothing.
    if (word.empty() || word.size() > 64)
        return {};
    std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
    std::string best;
    std::size_t bestDistance = limit + 1;
    for (const auto& c : candidates) {
        if (c.size() > word.size() + limit || c.size() + limit < word.size())
            continue;
        std::size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates)
{
    auto match = closestMatch(word, candidates);
    return match.empty() ? std::string{} : " — did you mean '" + match + "'?";
}

} // namespace vitalis::forms
