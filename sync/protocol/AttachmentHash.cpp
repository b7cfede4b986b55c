#include "sync/protocol/AttachmentHash.h"

#include <sodium.h>
#include <stdexcept>

namespace vitalis::protocol
{

struct AttachmentHash::State {
    crypto_hash_sha256_state s;
};

AttachmentHash::AttachmentHash() : m_state(std::make_unique<State>())
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    crypto_hash_sha256_init(&m_state->s);
}

AttachmentHash::~AttachmentHash() = default;

void AttachmentHash::update(std::span<const std::uint8_t> bytes)
{
    crypto_hash_sha256_update(&m_state->s, bytes.data(), bytes.size());
}

void AttachmentHash::update(const std::string& bytes)
{
    crypto_hash_sha256_update(&m_state->s, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
}

std::string AttachmentHash::hex()
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_state->s, out);
    char text[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(text, sizeof text, out, sizeof out);
    return text;
}

std::string AttachmentHash::of(std::span<const std::uint8_t> bytes)
{
    AttachmentHash h;
    h.update(bytes);
    return h.hex();
}

} // namespace vitalis::protocol
