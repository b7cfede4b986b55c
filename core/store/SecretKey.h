// Secret byte buffers that never leave a copy behind: sodium_malloc'd (guard pages, mlock'd)
// and wiped with sodium_memzero on destruction. SecretKey is the 32-byte database key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace vitalis
{

// Movable, non-copyable owner of secret bytes. Never converts to std::string implicitly,
// so no unwiped heap copy can appear behind the caller's back.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size); // zero-filled
    ~SecretBuffer();
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    std::uint8_t* data() noexcept { return m_data; }
    const std::uint8_t* data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    // A view for APIs that take text (e.g. sqlite3_key); the view must not outlive the buffer.
    std::string_view view() const noexcept
    {
        return {reinterpret_cast<const char*>(m_data), m_size};
    }

private:
    void release() noexcept;
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

class SecretKey
{
public:
    static constexpr std::size_t kSize = 32;

    static SecretKey generate();                                     // 256 random bits (libsodium)
    static SecretKey fromBytes(std::span<const std::uint8_t> bytes); // throws if size != 32
    static SecretKey fromHex(std::string_view hex); // throws on bad length/characters

    std::span<const std::uint8_t> bytes() const noexcept { return {m_buf.data(), m_buf.size()}; }
    // Lower-case hex (64 chars) in a wiped buffer, NUL-terminated after size().
    SecretBuffer toHex() const;
    // SQLCipher raw-key literal x'<64 hex>' so no KDF runs; wiped buffer.
    SecretBuffer toSqlCipherRawKey() const;
    bool equals(const SecretKey& other) const noexcept; // constant time

    SecretKey(SecretKey&&) noexcept = default;
    SecretKey& operator=(SecretKey&&) noexcept = default;

private:
    SecretKey();
    SecretBuffer m_buf;
};

} // namespace vitalis
