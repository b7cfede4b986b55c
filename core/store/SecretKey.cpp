#include "core/store/SecretKey.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <stdexcept>
#include <string>
#include <utility>

namespace vitalis
{
namespace
{
void ensureSodium()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

SecretBuffer::SecretBuffer(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecretBuffer::~SecretBuffer()
{
    release();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBuffer::release() noexcept
{
    if (m_data) {
        // sodium_free wipes too; the explicit memzero documents the intent.
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

SecretKey::SecretKey() : m_buf(kSize) {}

SecretKey SecretKey::generate()
{
    SecretKey key;
    randombytes_buf(key.m_buf.data(), kSize);
    return key;
}

SecretKey SecretKey::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != kSize)
        throw std::invalid_argument("a Vitalis database key must be 32 bytes, got " +
                                    std::to_string(bytes.size()));
    SecretKey key;
    std::memcpy(key.m_buf.data(), bytes.data(), kSize);
    return key;
}

SecretKey SecretKey::fromHex(std::string_view hex)
{
    // Trailing whitespace (a newline in a key file) is tolerated; nothing else is.
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' '))
        hex.remove_suffix(1);
    if (hex.size() != kSize * 2)
        throw std::invalid_argument("a Vitalis database key must be 64 hex characters, got " +
                                    std::to_string(hex.size()));
    SecretKey key;
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(key.m_buf.data(), kSize, hex.data(), hex.size(), nullptr, &written, &end) !=
            0 ||
        written != kSize || end != hex.data() + hex.size())
        throw std::invalid_argument("a Vitalis database key must contain only hex characters");
    return key;
}

SecretBuffer SecretKey::toHex() const
{
    SecretBuffer out(kSize * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(out.data()), out.size(), m_buf.data(), kSize);
    // Expose exactly the 64 characters; the NUL stays inside the allocation.
    SecretBuffer exact(kSize * 2);
    std::memcpy(exact.data(), out.data(), kSize * 2);
    return exact;
}

SecretBuffer SecretKey::toSqlCipherRawKey() const
{
    SecretBuffer out(kSize * 2 + 3);
    out.data()[0] = 'x';
    out.data()[1] = '\'';
    SecretBuffer hex(kSize * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_buf.data(), kSize);
    std::memcpy(out.data() + 2, hex.data(), kSize * 2);
    out.data()[kSize * 2 + 2] = '\'';
    return out;
}

bool SecretKey::equals(const SecretKey& other) const noexcept
{
    return sodium_memcmp(m_buf.data(), other.m_buf.data(), kSize) == 0;
}

} // namespace vitalis
