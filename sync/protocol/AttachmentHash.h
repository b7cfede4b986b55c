// Incremental SHA-256 (libsodium) for attachment content: the upload protocol's content hash,
// computed by the client over the file and by the server over the stored chunks.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace vitalis::protocol
{

class AttachmentHash
{
public:
    AttachmentHash();
    ~AttachmentHash();
    AttachmentHash(const AttachmentHash&) = delete;
    AttachmentHash& operator=(const AttachmentHash&) = delete;

    void update(std::span<const std::uint8_t> bytes);
    void update(const std::string& bytes);
    std::string hex(); // finishes the hash; lowercase hex of 32 bytes

    static std::string of(std::span<const std::uint8_t> bytes);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace vitalis::protocol
