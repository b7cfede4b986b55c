#include "app/desktop/shell/ProfileCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace vitalis::desktop
{

namespace
{
constexpr auto kFile = "desktop.json";
}

QString ProfileEntry::profileId() const
{
    return QFileInfo(directory).fileName();
}

ProfileCatalog::ProfileCatalog(QString root) : m_root(std::move(root)) {}

QVector<ProfileEntry> ProfileCatalog::list() const
{
    QVector<ProfileEntry> out;
    const QDir dir(m_root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(dir.filePath(name) + QLatin1Char('/') + QLatin1String(kFile));
        if (!f.open(QIODevice::ReadOnly))
            continue; // a CLI profile or a half-made one: not offered for a PIN unlock
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        ProfileEntry e{dir.filePath(name), o.value(QStringLiteral("username")).toString(),
                       o.value(QStringLiteral("displayName")).toString(),
                       o.value(QStringLiteral("server")).toString()};
        if (!e.username.isEmpty())
            out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const ProfileEntry& a, const ProfileEntry& b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return out;
}

ProfileEntry ProfileCatalog::forUsername(const QString& username) const
{
    for (const auto& e : list())
        if (e.username.compare(username, Qt::CaseInsensitive) == 0)
            return e;
    QString safe = username.toLower();
    safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("_"));
    ProfileEntry e;
    e.directory = QDir(m_root).filePath(safe);
    e.username = username;
    return e;
}

void ProfileCatalog::save(const ProfileEntry& e) const
{
    QDir().mkpath(e.directory);
    QSaveFile f(e.directory + QLatin1Char('/') + QLatin1String(kFile));
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("username"), e.username},
                                      {QStringLiteral("displayName"), e.displayName},
                                      {QStringLiteral("server"), e.serverUrl}})
                .toJson());
    f.commit();
}

} // namespace vitalis::desktop
