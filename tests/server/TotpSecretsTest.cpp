// TOTP secrets are sealed with the server's secrets key (--secrets-key, a file outside the
// database): the column never holds the secret, secrets stored in plain before keep working
// and are sealed at start, and a server given another key refuses to start, naming the file.
#include "sync/server/auth/Totp.h"
#include "sync/server/db/Db.h"
#include "tests/support/ServerTest.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace vitalis::test;
using vitalis::server::Totp;

namespace
{

class TotpSecrets : public ServerTest
{
protected:
    QStringList argsWithKey(const QString& keyFile) const
    {
        return {QStringLiteral("--totp-required-roles"), QStringLiteral("local_registrar"),
                QStringLiteral("--secrets-key"), keyFile};
    }
    QStringList serverArgs() const override { return argsWithKey(keyFile()); }
    QString keyFile() const { return keys_.filePath(QStringLiteral("secrets.key")); }

    std::string storedSecret()
    {
        vitalis::server::DbSettings s;
        s.url = vitalis::server::DatabaseUrl::parse(QString::fromStdString(db->url()));
        vitalis::server::Db conn(s, QStringLiteral("totp-test-%1").arg(++connections_));
        vitalis::server::Rows r = conn.query(
            QStringLiteral("SELECT totp_secret FROM users WHERE username = 'registrar1'"));
        return r.next() && !r.isNull(0) ? r.text(0) : std::string();
    }
    void execute(const QString& sql, const QVariantList& params)
    {
        vitalis::server::DbSettings s;
        s.url = vitalis::server::DatabaseUrl::parse(QString::fromStdString(db->url()));
        vitalis::server::Db conn(s, QStringLiteral("totp-test-%1").arg(++connections_));
        conn.execute(sql, params);
    }

    // Enrols registrar1 and activates the factor; returns the secret.
    QByteArray enrol()
    {
        Session reg(*server, "registrar1");
        EXPECT_EQ(reg.login().status, 200);
        auto enrolled = reg.post("/api/v1/auth/totp/enrol", json::object());
        EXPECT_EQ(enrolled.status, 200) << enrolled.raw;
        const auto secret = Totp::base32Decode(
            QString::fromStdString(enrolled.body.value("secret", std::string())));
        if (!secret)
            return {};
        const auto code = Totp::code(*secret, QDateTime::currentSecsSinceEpoch());
        EXPECT_EQ(reg.post("/api/v1/auth/totp/activate", {{"code", code.toStdString()}}).status,
                  200);
        return *secret;
    }

    QTemporaryDir keys_;
    int connections_ = 0;
};

TEST_P(TotpSecrets, SecretIsSealedInTheDatabaseAndLoginStillWorks)
{
    const QByteArray secret = enrol();
    ASSERT_FALSE(secret.isEmpty());
    const std::string stored = storedSecret();
    EXPECT_EQ(stored.rfind("sb1:", 0), 0u) << stored;
    EXPECT_EQ(stored.find(secret.toBase64().toStdString()), std::string::npos);
    EXPECT_EQ(stored.find(Totp::base32Encode(secret).toStdString()), std::string::npos);
    EXPECT_EQ(QFileInfo(keyFile()).permissions() &
                  ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions())
        << "the key file is private to its owner";

    Session again(*server, "registrar1");
    const auto r =
        again.login(Totp::code(secret, QDateTime::currentSecsSinceEpoch() + 30).toStdString());
    EXPECT_EQ(r.status, 200) << r.raw;
}

TEST_P(TotpSecrets, PlaintextSecretFromBeforeKeepsWorkingAndIsSealedAtStart)
{
    server->stop();
    const QByteArray secret = "12345678901234567890";
    execute(QStringLiteral("UPDATE users SET totp_secret = ?, totp_enabled = 1, "
                           "totp_last_step = 0 WHERE username = 'registrar1'"),
            {QString::fromLatin1(secret.toBase64())});
    server = std::make_unique<ServerProcess>(db->url(), serverArgs());
    server->start();
    EXPECT_EQ(storedSecret().rfind("sb1:", 0), 0u) << storedSecret();
    Session reg(*server, "registrar1");
    const auto r = reg.login(Totp::code(secret, QDateTime::currentSecsSinceEpoch()).toStdString());
    EXPECT_EQ(r.status, 200) << r.raw;
}

TEST_P(TotpSecrets, AnotherKeyIsRefusedAtStartNamingTheFile)
{
    ASSERT_FALSE(enrol().isEmpty());
    server->stop();
    QTemporaryDir other;
    const QString wrong = other.filePath(QStringLiteral("wrong.key"));
    ServerProcess refused(db->url(), argsWithKey(wrong));
    try {
        refused.start();
        ADD_FAILURE() << "a server with another secrets key started";
    } catch (const std::runtime_error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find(wrong.toStdString()), std::string::npos) << message;
        EXPECT_NE(message.find("is not the key"), std::string::npos) << message;
    }
    // The right key still opens it.
    server = std::make_unique<ServerProcess>(db->url(), serverArgs());
    server->start();
    EXPECT_EQ(Session(*server, "registrar1").login().body["error"]["code"], "totp_required");
}

VITALIS_SERVER_BACKENDS(TotpSecrets);

} // namespace
