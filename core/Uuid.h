// Random (version 4) UUIDs, lower-case canonical text. Devices choose record ids offline with
// these; with 122 random bits collisions are negligible (2^61 ids for a 50% chance).
#pragma once

#include "core/RandomSource.h"

#include <string>
#include <string_view>

namespace vitalis
{

std::string generateUuid(RandomSource& random);
std::string generateUuid(); // libsodium's CSPRNG

// Canonical 8-4-4-4-12 hex form, any version; lower case only when `lowerCaseOnly`.
bool isUuid(std::string_view text, bool lowerCaseOnly = false);

} // namespace vitalis
