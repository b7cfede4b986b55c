// Text folding for search keys: case and Latin accents fold to ASCII ("Île" -> "ile",
// "Łódź" -> "lodz"); Arabic loses its vowel marks and alef variants fold to bare alef.
#pragma once

#include <string>
#include <string_view>

namespace vitalis
{

// Folds valid UTF-8; other scripts pass through unchanged, invalid bytes are copied as they are.
std::string foldForSearch(std::string_view utf8);

} // namespace vitalis
