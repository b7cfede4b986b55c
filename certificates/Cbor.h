// Thin RAII helpers over libcbor: build items with the shortest integer encodings (so the
// bytes we sign are deterministic) and read items with errors that name the expected type.
#pragma once

#include <cbor.h>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitalis::certificates
{

using Bytes = std::vector<std::uint8_t>;

struct CborDeleter {
    void operator()(cbor_item_t* item) const { cbor_decref(&item); }
};
using CborPtr = std::unique_ptr<cbor_item_t, CborDeleter>;

namespace cbor
{

CborPtr integer(std::int64_t value);       // shortest uint or negint
CborPtr text(std::string_view value);      // definite UTF-8 text string
CborPtr bytes(const Bytes& value);         // definite byte string
CborPtr array(std::vector<CborPtr> items); // definite array
// A definite map of integer keys in the given order; entries with a null value are left out
// (optional fields).
using Entries = std::vector<std::pair<std::int64_t, CborPtr>>;
CborPtr map(Entries entries);

Bytes encode(const cbor_item_t* item);
// Decodes exactly one item covering all of `data`; throws CertificateError naming `what`.
CborPtr decode(const Bytes& data, const char* what);

// Readers: throw CertificateError "WHAT: expected TYPE" on a type mismatch.
std::int64_t asInteger(const cbor_item_t* item, const char* what);
std::string asText(const cbor_item_t* item, const char* what);
Bytes asBytes(const cbor_item_t* item, const char* what);
// Array elements (borrowed pointers); throws unless an array of exactly `size` (or any if -1).
std::vector<cbor_item_t*> asArray(const cbor_item_t* item, const char* what, long size = -1);
// The value of an integer key in a map, or nullptr; throws if `item` is not a map.
cbor_item_t* lookup(const cbor_item_t* map, std::int64_t key, const char* what);
// Strips a tag (e.g. COSE_Sign1's 18) when present; returns the item itself otherwise.
const cbor_item_t* untag(const cbor_item_t* item, std::uint64_t tag, CborPtr& holder);

} // namespace cbor
} // namespace vitalis::certificates
