// The DCI message signature: the envelope's `signature` member, `Signature: namespace="dci",
// kidId="{sender_id}|{key_id}|ed25519", algorithm="ed25519", created, expires,
// headers="(created) (expires) digest", signature="<base64>"`, an Ed25519 signature of
// "(created): C\n(expires): E\ndigest: BLAKE-512=<base64>", the digest being BLAKE2b-512 of the
// canonical JSON {"header":…,"message":…} (keys sorted, no spaces); or a detached JWS
// "<protected>..<sig>" (alg EdDSA) over that canonical JSON. Qt-free.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server::dci
{

class DciSignature
{
public:
    static constexpr std::int64_t kSkewSeconds = 300; // clocks of partners differ this much
    static constexpr std::int64_t kMaxLifetimeSeconds = 3600;

    // Throws DciReject(rjct.signature.invalid) saying what is wrong: no signature, a malformed
    // one, another sender's key, outside created..expires, or a signature that does not verify
    // with `publicKeyBase64` (the client's registered key).
    static void verify(const nlohmann::json& body, const std::string& senderId,
                       const std::string& publicKeyBase64, std::int64_t nowSeconds);
    // The text that is signed (exposed so tests and partners' tools can reproduce it).
    static std::string signingString(const nlohmann::json& body, std::int64_t created,
                                     std::int64_t expires);
};

} // namespace vitalis::server::dci
