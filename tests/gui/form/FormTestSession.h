// Sessions for the form tests: a real encrypted profile (re-openable by directory, also from
// the child process of the kill test) with reference data that has leaf locations, which the
// demo seed lacks, so addresses can be completed.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "app/desktop/session/ShippedForms.h"
#include "core/RoleCatalog.h"
#include "core/store/FileKeyProvider.h"

#include <QApplication>
#include <QStandardPaths>
#include <filesystem>
#include <memory>
#include <vector>

namespace vitalis::test
{

// 2026-11-20 12:00 UTC: a child born 2026-11-01 is under a year old (no late registration).
inline constexpr std::int64_t kFormTestNow = 1795176000000;

inline std::shared_ptr<const forms::ReferenceData> formTestReference()
{
    static auto ref = [] {
        auto data = std::make_shared<forms::StaticReferenceData>();
        data->add("facilities", {"HF-ALD-1", "VD-N-ALD", "Aldmoor District Hospital", true});
        data->add("facilities", {"HF-ALD-2", "VD-N-ALD", "Aldmoor Health Centre", true});
        data->add("locations", {"VD-N-ALD", "", "Aldmoor", false});
        data->add("locations", {"VIL-ALD-1", "VD-N-ALD", "Aldmoor Village", true});
        data->add("locations", {"VIL-ALD-2", "VD-N-ALD", "Kessel", true});
        return data;
    }();
    return ref;
}

inline std::unique_ptr<desktop::DesktopSession>
openFormSession(const std::filesystem::path& profileDir, const std::filesystem::path& keyDir,
                const Clock& clock, const std::string& role = "field_agent",
                std::shared_ptr<const forms::ReferenceData> reference = formTestReference())
{
    FileKeyProvider keys(keyDir);
    auto store = ProfileStore::open(profileDir, keys);
    LocalUser user;
    user.userId = role + ".test";
    user.displayName = "Test " + role;
    user.officeId = "OFF-ALD";
    user.roles = nlohmann::json::array({role});
    store->users().upsert(user);
    const Actor actor{user.userId, RoleCatalog::defaults().get(role), user.officeId};
    static const desktop::ShippedForms shipped =
        desktop::loadShippedForms(desktop::locateShareDirectory());
    auto session = std::make_unique<desktop::DesktopSession>(
        std::move(store), actor, shipped.registry, std::move(reference), clock);
    session->records().setDeviceCode("7K3M");
    return session;
}

// Records where the screen asked to go; the shell's MainWindow does the real navigation.
class RecordingNavigator : public desktop::Navigator
{
public:
    void goHome() override { calls.push_back("home"); }
    void newDeclaration(const QString& e) override { calls.push_back("new:" + e.toStdString()); }
    void editRecord(const QString& id) override { calls.push_back("edit:" + id.toStdString()); }
    void openRecord(const QString& id) override { calls.push_back("open:" + id.toStdString()); }
    void correctRecord(const QString& id, bool) override
    {
        calls.push_back("correct:" + id.toStdString());
    }
    void openConflicts(const QString& id) override
    {
        calls.push_back("conflicts:" + id.toStdString());
    }
    void openOutbox() override { calls.push_back("outbox"); }
    void openSearch(const QString& t) override { calls.push_back("search:" + t.toStdString()); }
    std::vector<std::string> calls;
};

} // namespace vitalis::test
