// UUIDs in lower-case canonical text: random (version 4), and time-ordered (version 7, RFC 9562)
// for record ids, which devices choose offline; 74 random bits per millisecond keep collisions
// negligible, and ids that grow with time keep every index keyed by record id append-mostly.
#pragma once

#include "core/RandomSource.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace vitalis
{

std::string generateUuid(RandomSource& random);
std::string generateUuid(); // libsodium's CSPRNG
// Version 7: the Unix time in milliseconds (48 bits, big-endian), then random bits. Records
// created later sort later, so a batch of new records writes neighbouring index pages instead of
// one random page per record (the record's creation time is in its id: it is no secret, the
// record carries it).
std::string generateTimeOrderedUuid(std::int64_t unixMillis, RandomSource& random);
std::string generateTimeOrderedUuid(std::int64_t unixMillis); // libsodium's CSPRNG

// Canonical 8-4-4-4-12 hex form, any version; lower case only when `lowerCaseOnly`.
bool isUuid(std::string_view text, bool lowerCaseOnly = false);

} // namespace vitalis
