// `vitalis-server keys init-root | new-server | certify-server`: the certificate signing keys.
// init-root and certify-server run on the ministry's offline machine, never on the server.
#pragma once

#include "core/Clock.h"

#include <QString>

namespace vitalis::server::cli
{

class KeyCommands
{
public:
    explicit KeyCommands(const Clock& clock) : clock_(clock) {}
    // A new root key pair: FILE (private, 0600) and FILE.pub (public, for every verifier).
    int initRoot(const QString& out);
    // On the server: a new server signing key OUT (private, 0600) and OUT.pub, so the private
    // half never leaves the server; OUT.pub goes to the root key's machine.
    int newServerKey(const QString& out);
    // On the root key's machine: OUT.cert, the key certificate (signed by the root key in ROOT,
    // valid `days` days) of the public key in `publicKey`, or, without it, of a new server key
    // written to OUT (0600). Both files go to the server.
    int certifyServer(const QString& root, const QString& out, const QString& days,
                      const QString& publicKey);

private:
    const Clock& clock_;
};

} // namespace vitalis::server::cli
