// The signed-in user's open profile and the services every screen uses, plus the signals that
// tell screens the data changed. One per unlocked profile, owned by the window that shows it.
#pragma once

#include "core/Clock.h"
#include "core/store/ProfileStore.h"
#include "dedup/RuleLibrary.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "sync/client/FormCheck.h"
#include "sync/client/LocalRecordService.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace vitalis::desktop
{

class DesktopSession : public QObject
{
    Q_OBJECT
public:
    DesktopSession(std::unique_ptr<ProfileStore> store, Actor actor,
                   std::shared_ptr<const forms::FormRegistry> forms,
                   std::shared_ptr<const forms::ReferenceData> reference, const Clock& clock,
                   QObject* parent = nullptr);
    ~DesktopSession() override;

    // The GUI thread's connection. The sync thread opens its own (one connection per thread).
    ProfileStore& store() { return *m_store; }
    LocalRecordService& records() { return m_records; }
    // The form's rules on this device (the server runs the same check).
    const FormCheck& formCheck() const { return m_formCheck; }
    const forms::FormRegistry& forms() const { return *m_forms; }
    const forms::ReferenceData* reference() const { return m_reference.get(); }
    const Actor& actor() const { return m_actor; }
    const Clock& clock() const { return m_clock; }
    // The keychain holding this laptop's certificate issuing key (null: printing is refused).
    KeyProvider* issuingKeys() const { return m_issuingKeys; }
    void setIssuingKeys(KeyProvider* keys) { m_issuingKeys = keys; }
    const QString& language() const { return m_language; } // "en", "fr", "ar"
    QString displayName() const;                           // the user's name for the header
    // An office's name from the server's reference data ("Aldmoor Civil Registry"), never its
    // code; the code only while the profile has not learnt the names yet.
    QString officeName(const std::string& officeId) const;
    // The signed-in user's jurisdiction (location id) as stored at sign-in; "" before that.
    std::string jurisdiction() const;
    // The duplicate rules shipped with the forms (read on first use; none when missing or
    // unreadable: the server still checks).
    const dedup::RuleLibrary& dedupRules();

    // Screens call these after they changed the store, so lists and counters refresh.
    void notifyRecordChanged(const QString& recordId);
    void notifyManyChanged();
    // The LanguageSwitcher calls this after installing the translators.
    void setLanguage(const QString& language);

Q_SIGNALS:
    void recordChanged(const QString& recordId); // one record (its outbox entry may have changed)
    void manyChanged();                          // after a sync or a bulk action: reload all
    void syncRequested(); // a screen wants a sync now (SyncController runs it)
    void languageChanged(const QString& language);

private:
    std::unique_ptr<ProfileStore> m_store;
    Actor m_actor;
    std::shared_ptr<const forms::FormRegistry> m_forms;
    std::shared_ptr<const forms::ReferenceData> m_reference;
    const Clock& m_clock;
    FormCheck m_formCheck; // the service checks values on the device, as the server will
    LocalRecordService m_records;
    QString m_language = QStringLiteral("en");
    std::optional<dedup::RuleLibrary> m_dedupRules;
    KeyProvider* m_issuingKeys = nullptr;
};

} // namespace vitalis::desktop
