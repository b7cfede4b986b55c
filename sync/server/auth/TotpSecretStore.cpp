#include "sync/server/auth/TotpSecretStore.h"

#include "sync/server/db/SqlValue.h"

#include <stdexcept>
#include <utility>
#include <vector>

namespace vitalis::server
{

namespace
{
// A known text sealed with the key on first start: a different key fails to open it, which
// tells "wrong key file" apart from "no secrets yet" before anyone is locked out.
constexpr const char* kCheckKey = "secrets_key_check";
constexpr std::string_view kCheckText = "vitalis secrets key check v1";
} // namespace

QString TotpSecretStore::encode(const QByteArray& secret) const
{
    return QString::fromStdString(box_.seal(secret.toBase64().toStdString()));
}

QByteArray TotpSecretStore::decode(const QString& stored) const
{
    const std::string text = stored.toStdString();
    if (!SecretBox::isSealed(text))
        return QByteArray::fromBase64(stored.toLatin1());
    const auto plain = box_.open(text);
    return plain ? QByteArray::fromBase64(QByteArray::fromStdString(*plain)) : QByteArray();
}

int TotpSecretStore::prepare(Db& db) const
{
    Transaction tx(db, nullptr);
    db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT "
                              "(key) DO NOTHING"),
               {QString::fromLatin1(kCheckKey), QString::fromStdString(box_.seal(kCheckText))});
    std::string check;
    {
        Rows r = db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"),
                          {QString::fromLatin1(kCheckKey)});
        if (r.next())
            check = r.text(0);
    }
    if (box_.open(check) != std::optional<std::string>(kCheckText))
        throw std::runtime_error(
            "secrets key file " + box_.file().toStdString() +
            " is not the key this database's TOTP secrets were sealed with (server_meta." +
            kCheckKey +
            "); give --secrets-key the file every other server process of this "
            "database uses");
    std::vector<std::pair<QString, QString>> plain;
    {
        Rows r = db.query(QStringLiteral("SELECT id, totp_secret FROM users WHERE totp_secret "
                                         "IS NOT NULL AND totp_secret NOT LIKE 'sb1:%'"));
        while (r.next())
            plain.emplace_back(r.str(0), r.str(1));
    }
    for (const auto& [id, secret] : plain)
        db.execute(QStringLiteral("UPDATE users SET totp_secret = ? WHERE id = ?"),
                   {encode(QByteArray::fromBase64(secret.toLatin1())), id});
    tx.commit();
    return static_cast<int>(plain.size());
}

} // namespace vitalis::server
