#include "app/desktop/session/DesktopSession.h"

#include "app/common/AccountBinding.h"
#include "app/common/ShareDirectory.h"
#include "sync/client/OfficeDirectory.h"

#include <filesystem>

namespace vitalis::desktop
{

DesktopSession::DesktopSession(std::unique_ptr<ProfileStore> store, Actor actor,
                               std::shared_ptr<const forms::FormRegistry> forms,
                               std::shared_ptr<const forms::ReferenceData> reference,
                               const Clock& clock, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_actor(std::move(actor)),
      m_forms(std::move(forms)), m_reference(std::move(reference)), m_clock(clock),
      m_formCheck(m_forms, m_clock, m_reference.get()), m_records(*m_store, m_clock, &m_formCheck)
{
}

DesktopSession::~DesktopSession() = default;

QString DesktopSession::displayName() const
{
    const auto user = m_store->users().find(m_actor.userId);
    if (user && !user->displayName.empty())
        return QString::fromStdString(user->displayName);
    return QString::fromStdString(m_actor.userId);
}

QString DesktopSession::officeName(const std::string& officeId) const
{
    const auto name = OfficeDirectory(m_store->settings()).name(officeId);
    return QString::fromStdString(name.value_or(officeId));
}

std::string DesktopSession::jurisdiction() const
{
    return m_store->settings().get(account::kJurisdictionSetting).value_or("");
}

void DesktopSession::notifyRecordChanged(const QString& recordId)
{
    Q_EMIT recordChanged(recordId);
}

void DesktopSession::notifyManyChanged()
{
    Q_EMIT manyChanged();
}

void DesktopSession::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged(language);
}

const dedup::RuleLibrary& DesktopSession::dedupRules()
{
    if (!m_dedupRules) {
        m_dedupRules.emplace();
        try {
            const auto dir = locateShareDirectory().definitions / "dedup";
            if (std::filesystem::is_directory(dir))
                m_dedupRules = dedup::RuleLibrary::loadDirectory(dir);
        } catch (const std::exception& e) {
            qWarning("duplicate rules not loaded: %s", e.what());
        }
    }
    return *m_dedupRules;
}

} // namespace vitalis::desktop
