// "Did you mean ...?" for misspelled names in form definitions.
// Edit distance with transpositions (optimal string alignment), case-insensitive, with a threshold
// that scales with word length.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitalis::forms
{

std::size_t editDistance(std::string_view a, std::string_view b);
// The closest candidate within reach (at most a third of the word's length, minimum 1, and
// at most 3 edits), or "" when nothing is near enough to be a plausible typo.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);
// " — did you mean 'x'?" or "" — ready to append to a message.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace vitalis::forms
