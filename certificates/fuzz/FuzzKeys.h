// Fixed, public test keys for the certificate fuzzer and its seed corpus: a root, a server and
// a device key, so mutated inputs get past the chain checks into the signature and claims code.
// Never use these anywhere else: their private halves are in the source tree.
#pragma once

#include "certificates/SigningKey.h"

namespace vitalis::certificates::fuzz
{

inline SigningKey rootKey()
{
    return SigningKey::fromSecret(fromHex(
        "1acacafc4b30b3b434a54feb13505c87f929c4ed5b203d5718f94ffc0c602cb7841e71c5743d90246011b7ee"
        "f6d6649c8056c7208d46dbdd83f88c229e64cfdb",
        "root"));
}

inline SigningKey serverKey()
{
    return SigningKey::fromSecret(fromHex(
        "f0cac1d88793661c1ce88427eaeaa7d148b7a9c65d5dce4c25f3553ccc994e125215360f59c0db3a4c33785d"
        "66b62c6bf8d963b360623f51ccac3740383d80be",
        "server"));
}

inline SigningKey deviceKey()
{
    return SigningKey::fromSecret(fromHex(
        "6a76d5c24cec172b6524b6fda62242a3bedc6beb14056ad4aba3e9feace8337ad672aa7e59f105512a7a81d4"
        "193249bb5ba15aaf9d47f7f6b0ce2a919024e7ed",
        "device"));
}

} // namespace vitalis::certificates::fuzz
