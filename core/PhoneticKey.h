// Qt-free phonetic key for names: Latin diacritics folded to ASCII, then the same Soundex
// variant as SQLite's built-in soundex(), so keys made in C++ and in SQL agree.
#pragma once

#include <string>
#include <string_view>

namespace vitalis
{

// Folds Latin-1 and Latin Extended-A letters (é, ü, ø, ł, ...) to ASCII; other
// characters pass through unchanged.
std::string foldToAscii(std::string_view utf8);

// "Müller" -> "M460". Empty when the name has no Latin letter (e.g. other scripts),
// so such names are found by their text, never by a meaningless key.
std::string phoneticKey(std::string_view name);

} // namespace vitalis
