#include "core/RandomSource.h"

#include <sodium.h>
#include <stdexcept>

namespace vitalis
{

SodiumRandomSource::SodiumRandomSource()
{
    // sodium_init is idempotent and thread-safe; -1 means no usable entropy source at all.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised (no entropy source)");
}

void SodiumRandomSource::fill(unsigned char* out, std::size_t size)
{
    randombytes_buf(out, size);
}

std::uint32_t SodiumRandomSource::uniform(std::uint32_t upperBound)
{
    if (upperBound == 0)
        throw std::invalid_argument("uniform(0): empty range");
    return randombytes_uniform(upperBound);
}

} // namespace vitalis
