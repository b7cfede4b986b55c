#include "sync/server/auth/Totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace vitalis::server
{

namespace
{
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QCryptographicHash::Algorithm qtAlgorithm(TotpAlgorithm a)
{
    switch (a) {
    case TotpAlgorithm::Sha256:
        return QCryptographicHash::Sha256;
    case TotpAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    default:
        return QCryptographicHash::Sha1;
    }
}

QString hotp(const QByteArray& secret, std::int64_t counter, const TotpParams& p)
{
    QByteArray msg(8, '\0');
    for (int i = 7; i >= 0; --i) {
        msg[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(msg, secret, qtAlgorithm(p.algorithm));
    // RFC 4226 section 5.3 dynamic truncation.
    const int offset = mac[mac.size() - 1] & 0x0f;
    const std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7f) << 24) |
                                 (static_cast<std::uint32_t>(mac[offset + 1] & 0xff) << 16) |
                                 (static_cast<std::uint32_t>(mac[offset + 2] & 0xff) << 8) |
                                 static_cast<std::uint32_t>(mac[offset + 3] & 0xff);
    std::uint64_t mod = 1;
    for (int i = 0; i < p.digits; ++i)
        mod *= 10;
    return QStringLiteral("%1").arg(binary % mod, p.digits, 10, QLatin1Char('0'));
}
} // namespace

QString Totp::code(const QByteArray& secret, std::int64_t unixSeconds, const TotpParams& params)
{
    return hotp(secret, unixSeconds / params.periodSeconds, params);
}

std::optional<std::int64_t> Totp::verify(const QByteArray& secret, const QString& code,
                                         std::int64_t unixSeconds, const TotpParams& params)
{
    const std::int64_t step = unixSeconds / params.periodSeconds;
    for (std::int64_t s : {step, step - 1, step + 1}) {
        const QString expected = hotp(secret, s, params);
        // Constant-time comparison: every character is looked at.
        bool same = expected.size() == code.size();
        int diff = 0;
        for (qsizetype i = 0; same && i < code.size(); ++i)
            diff |= expected[i].unicode() ^ code[i].unicode();
        if (same && diff == 0)
            return s;
    }
    return std::nullopt;
}

QString Totp::otpauthUri(const QString& issuer, const QString& account, const QByteArray& secret,
                         const TotpParams& params)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(u'/' + issuer + u':' + account);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("secret"), base32Encode(secret));
    q.addQueryItem(QStringLiteral("issuer"), issuer);
    q.addQueryItem(QStringLiteral("algorithm"),
                   params.algorithm == TotpAlgorithm::Sha1     ? QStringLiteral("SHA1")
                   : params.algorithm == TotpAlgorithm::Sha256 ? QStringLiteral("SHA256")
                                                               : QStringLiteral("SHA512"));
    q.addQueryItem(QStringLiteral("digits"), QString::number(params.digits));
    q.addQueryItem(QStringLiteral("period"), QString::number(params.periodSeconds));
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

QString Totp::base32Encode(const QByteArray& data)
{
    QString out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> Totp::base32Decode(const QString& text)
{
    QByteArray out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        if (ch == u'=' || ch == u' ')
            continue;
        const char c = static_cast<char>(ch.toUpper().toLatin1());
        const char* pos = std::char_traits<char>::find(kAlphabet, 32, c);
        if (!pos || c == '\0')
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

} // namespace vitalis::server
