#include "sync/server/cli/RevokeCommand.h"

#include "sync/server/certificates/RevocationStore.h"
#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"

#include <QDateTime>
#include <QRegularExpression>
#include <optional>

namespace vitalis::server::cli
{

namespace
{

std::optional<std::int64_t> parseTime(const QString& at, std::int64_t now)
{
    if (at.isEmpty())
        return now;
    bool ok = false;
    if (const qint64 seconds = at.toLongLong(&ok); ok && seconds >= 0)
        return seconds;
    const QDateTime t = QDateTime::fromString(at, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

} // namespace

int RevokeCommand::revokeDevice(const QString& keyId, const QString& reason, const QString& at)
{
    static const QRegularExpression kKeyId(QStringLiteral("^[0-9a-f]{16}$"));
    const QString id = keyId.trimmed().toLower();
    if (!kKeyId.match(id).hasMatch())
        return fail("keys revoke-device: KEYID must be the device key's id, 16 hex digits (as "
                    "vitalis-cli verify shows it), got '" +
                    keyId.toStdString() + "'");
    if (reason.trimmed().isEmpty())
        return fail("keys revoke-device needs --reason TEXT (why the key is withdrawn)");
    const std::int64_t nowMs = clock_.nowMillis();
    const auto revokedAt = parseTime(at, nowMs / 1000);
    if (!revokedAt)
        return fail("--at: expected seconds since 1970 or an ISO 8601 time such as "
                    "2026-03-01T08:00:00Z, got '" +
                    at.toStdString() + "'");
    auto db = openAndMigrate(dbSettings(config_), clock_);
    Transaction tx(*db, nullptr);
    RevocationStore::revoke(*db,
                            {id.toStdString(), *revokedAt, reason.trimmed().toStdString(), nowMs});
    tx.commit();
    say(QStringLiteral("device key %1 revoked from %2: certificates it signed from then on are "
                       "refused once verifiers refresh the revocation list")
            .arg(id, QDateTime::fromSecsSinceEpoch(*revokedAt, Qt::UTC).toString(Qt::ISODate)));
    return 0;
}

} // namespace vitalis::server::cli
