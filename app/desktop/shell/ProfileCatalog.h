// The profiles on this laptop (one encrypted profile per user): the "who are you" list. Each
// profile directory holds a small desktop.json with what the list shows before any unlock.
#pragma once

#include <QString>
#include <QVector>

namespace vitalis::desktop
{

struct ProfileEntry {
    QString directory; // absolute path of the profile directory
    QString username;
    QString displayName;
    QString serverUrl;
    QString profileId() const; // key name in the keychain: the directory's name
};

class ProfileCatalog
{
public:
    explicit ProfileCatalog(QString root);                   // <AppLocalDataLocation>/profiles
    QVector<ProfileEntry> list() const;                      // sorted by display name
    ProfileEntry forUsername(const QString& username) const; // its directory, existing or new
    void save(const ProfileEntry& entry) const;
    const QString& root() const { return m_root; }

private:
    QString m_root;
};

} // namespace vitalis::desktop
