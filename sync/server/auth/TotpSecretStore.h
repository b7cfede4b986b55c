// How TOTP secrets sit in users.totp_secret: sealed with the server's secrets key, so a copy of
// the database (a backup, a dump) does not hand out everyone's second factor.
#pragma once

#include "sync/server/auth/SecretBox.h"
#include "sync/server/db/Db.h"

#include <QByteArray>
#include <QString>

namespace vitalis::server
{

class TotpSecretStore
{
public:
    explicit TotpSecretStore(const SecretBox& box) : box_(box) {}

    QString encode(const QByteArray& secret) const; // the column's text
    // Sealed text, or the base64 plaintext written before encryption (a server not yet
    // upgraded). Empty when the text cannot be opened with this key.
    QByteArray decode(const QString& stored) const;

    // At start, before serving: refuses (std::runtime_error naming the key file) a key other
    // than the one this database's secrets were sealed with, then seals plaintext secrets.
    // Returns how many it sealed.
    int prepare(Db& db) const;

private:
    const SecretBox& box_;
};

} // namespace vitalis::server
