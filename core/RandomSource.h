// Randomness as an injected dependency: production code uses libsodium's CSPRNG, tests pass
// a seeded source so generated codes and ids are reproducible.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vitalis
{

class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual void fill(unsigned char* out, std::size_t size) = 0;
    // Uniform in [0, upperBound), without modulo bias; upperBound must be > 0.
    virtual std::uint32_t uniform(std::uint32_t upperBound) = 0;
};

// libsodium randombytes (initialises libsodium on first use; safe from any thread).
class SodiumRandomSource final : public RandomSource
{
public:
    SodiumRandomSource();
    void fill(unsigned char* out, std::size_t size) override;
    std::uint32_t uniform(std::uint32_t upperBound) override;
};

} // namespace vitalis
