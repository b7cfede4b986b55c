// `vitalis-server keys init-root --out FILE` and `keys certify-server --root FILE --out FILE`:
// the certificate signing keys. Both run on the ministry's offline machine, never the server.
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
    // A new server signing key: OUT (private, 0600) and OUT.cert (its key certificate, signed by
    // the root key in ROOT, valid `days` days) — both go to the server's configuration.
    int certifyServer(const QString& root, const QString& out, const QString& days);

private:
    const Clock& clock_;
};

} // namespace vitalis::server::cli
