// Entry point shared by the libFuzzer target and the corpus replay test: decodes one input
// with the decoder its first byte selects and checks encode/decode round trips.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vitalis::protocol
{

// Returns normally for any input (accepted or refused with DecodeError); aborts if a
// decoded message does not survive encode -> decode unchanged, or anything else is thrown.
void fuzzDecodeOne(const std::uint8_t* data, std::size_t size);

} // namespace vitalis::protocol
