#include "sync/server/interop/dci/DciSignature.h"

#include "sync/server/interop/dci/DciReject.h"

#include <map>
#include <optional>
#include <sodium.h>
#include <vector>

namespace vitalis::server::dci
{

using nlohmann::json;

namespace
{

constexpr const char* kCode = "rjct.signature.invalid";
constexpr const char* kPath = "/signature";

[[noreturn]] void refuse(const std::string& message)
{
    throw DciReject(kCode, kPath, message);
}

// `Signature: a="x", b="y"` -> {a: x, b: y}; values are quoted and contain no quotes.
std::map<std::string, std::string> parameters(std::string text)
{
    const std::string prefix = "Signature:";
    if (text.rfind(prefix, 0) == 0)
        text = text.substr(prefix.size());
    std::map<std::string, std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == ','))
            ++at;
        const std::size_t eq = text.find("=\"", at);
        if (eq == std::string::npos)
            break;
        const std::size_t end = text.find('"', eq + 2);
        if (end == std::string::npos)
            refuse("a parameter's value has no closing quote");
        out[text.substr(at, eq - at)] = text.substr(eq + 2, end - eq - 2);
        at = end + 1;
    }
    return out;
}

std::vector<unsigned char> base64(const std::string& text, std::size_t expected,
                                  const std::string& what)
{
    std::vector<unsigned char> out(expected);
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != expected)
        refuse(what + " must be " + std::to_string(expected) + " bytes in base64");
    return out;
}

std::int64_t seconds(const std::map<std::string, std::string>& p, const char* name)
{
    const auto it = p.find(name);
    try {
        std::size_t used = 0;
        if (it != p.end()) {
            const std::int64_t v = std::stoll(it->second, &used);
            if (used == it->second.size())
                return v;
        }
    } catch (const std::exception&) {
    }
    refuse(std::string(name) + " must be seconds since 1970");
}

std::string canonical(const json& body)
{
    return json{{"header", body.value("header", json())},
                {"message", body.value("message", json())}}
        .dump();
}

std::string base64url(const std::string& bytes)
{
    std::string out(
        sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.size() - 1);
    return out;
}

std::optional<std::string> unbase64url(const std::string& text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

// RFC 7515 compact serialization with a detached payload (appendix F): "<protected>..<sig>",
// the payload being the canonical message, alg EdDSA (RFC 8037) with the client's key.
void verifyJws(const json& body, const std::string& jws, const std::string& senderId,
               const std::vector<unsigned char>& key)
{
    const auto first = jws.find('.');
    if (first == std::string::npos || jws.compare(first, 2, "..") != 0 ||
        jws.find('.', first + 2) != std::string::npos)
        refuse("a JWS signature must be detached: <protected header>..<signature>");
    const auto header = unbase64url(jws.substr(0, first));
    const json h = header ? json::parse(*header, nullptr, false) : json();
    if (!h.is_object())
        refuse("the JWS protected header is not base64url JSON");
    if (h.value("alg", json()) != "EdDSA")
        refuse("the JWS alg must be EdDSA");
    const json& kid = h.value("kid", json());
    if (!kid.is_string() || kid.get<std::string>().rfind(senderId + "|", 0) != 0)
        refuse("the JWS kid must name your client id: \"" + senderId + "|{key_id}\"");
    if (h.contains("b64") || h.contains("crit"))
        refuse("the JWS b64 and crit parameters are not supported");
    const auto sig = unbase64url(jws.substr(first + 2));
    if (!sig || sig->size() != crypto_sign_BYTES)
        refuse("the JWS signature must be 64 bytes in base64url");
    const std::string input = jws.substr(0, first) + "." + base64url(canonical(body));
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig->data()),
                                    reinterpret_cast<const unsigned char*>(input.data()),
                                    input.size(), key.data()) != 0)
        refuse("the signature does not verify with your registered key");
}

} // namespace

std::string DciSignature::signingString(const json& body, std::int64_t created,
                                        std::int64_t expires)
{
    const std::string text = canonical(body);
    unsigned char digest[64];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()),
                       text.size(), nullptr, 0);
    char b64[sodium_base64_ENCODED_LEN(sizeof digest, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(b64, sizeof b64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
    return "(created): " + std::to_string(created) + "\n(expires): " + std::to_string(expires) +
           "\ndigest: BLAKE-512=" + b64;
}

void DciSignature::verify(const json& body, const std::string& senderId,
                          const std::string& publicKeyBase64, std::int64_t now)
{
    if (!body.contains("signature") || !body["signature"].is_string() ||
        body["signature"].get<std::string>().empty())
        refuse("this client signs its messages: signature is missing");
    const std::string value = body["signature"].get<std::string>();
    if (value.rfind("Signature:", 0) != 0 && value.find("..") != std::string::npos) {
        verifyJws(body, value, senderId,
                  base64(publicKeyBase64, crypto_sign_PUBLICKEYBYTES, "the registered key"));
        return;
    }
    const auto p = parameters(value);
    if (p.count("algorithm") == 0 || p.at("algorithm") != "ed25519")
        refuse("algorithm must be ed25519");
    if (p.count("headers") == 0 || p.at("headers") != "(created) (expires) digest")
        refuse("headers must be \"(created) (expires) digest\"");
    if (p.count("kidId") == 0 || p.at("kidId").rfind(senderId + "|", 0) != 0)
        refuse("kidId must name your client id: \"" + senderId + "|{key_id}|ed25519\"");
    const std::int64_t created = seconds(p, "created"), expires = seconds(p, "expires");
    if (created > now + kSkewSeconds || expires < now - kSkewSeconds || expires < created ||
        expires - created > kMaxLifetimeSeconds)
        refuse("the signature is not valid now (created " + std::to_string(created) + ", expires " +
               std::to_string(expires) + "; at most an hour apart)");
    if (p.count("signature") == 0)
        refuse("the signature parameter is missing");
    const auto key = base64(publicKeyBase64, crypto_sign_PUBLICKEYBYTES, "the registered key");
    const auto sig = base64(p.at("signature"), crypto_sign_BYTES, "signature");
    const std::string text = signingString(body, created, expires);
    if (crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                    text.size(), key.data()) != 0)
        refuse("the signature does not verify with your registered key");
}

} // namespace vitalis::server::dci
