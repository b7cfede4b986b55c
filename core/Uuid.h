// Random (version 4) UUIDs from libsodium's CSPRNG, lower-case canonical text.
// Devices choose record ids offline with these; collisions are negligible at 122 bits.
#pragma once

#include <string>
#include <string_view>

namespace vitalis
{

std::string generateUuid();
bool isUuid(std::string_view text); // canonical 8-4-4-4-12 hex form

} // namespace vitalis
