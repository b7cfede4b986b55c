// Autosave of one declaration being filled in. Two places, so nothing typed is lost:
//  - the record itself (status draft, or the record being updated): every finished field edit
//    is one LocalRecordService edit (record + outbox + audit in one transaction), with only
//    the fields that changed and hidden answers dropped ("hidden means absent");
//  - the draft table (DraftRepository): the raw values, hidden answers and text still being
//    typed included, plus the page, in one cheap statement after each short pause.
// A new declaration becomes a record only when its first value is saved. Qt-free.
#pragma once

#include "core/Clock.h"
#include "core/store/ProfileStore.h"
#include "sync/client/LocalRecordService.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::desktop
{

struct ResumedDeclaration {
    Record record;
    nlohmann::json raw = nlohmann::json::object(); // what the form shows
    std::string page;                              // page id the user was on ("" = first)
};

class DeclarationDraft
{
public:
    DeclarationDraft(ProfileStore& store, LocalRecordService& records, const Actor& actor,
                     const Clock& clock);

    // A declaration not saved anywhere yet.
    void startNew(const std::string& eventType, const std::string& formId, int formVersion);
    // An existing record, with the draft table's copy on top when it is newer than the record.
    ResumedDeclaration resume(const std::string& recordId);

    const std::string& recordId() const { return m_recordId; }
    bool saved() const { return !m_recordId.empty(); }

    // Typing pause: raw values and page into the draft table (creates the record first).
    void saveProgress(const nlohmann::json& recordValues, const nlohmann::json& raw,
                      const std::string& page);
    // Finished edit: changed fields into the record, then saveProgress. Throws WorkflowError
    // (e.g. the role may not edit the record in its status); the draft table keeps the values.
    void commit(const nlohmann::json& recordValues, const nlohmann::json& raw,
                const std::string& page);
    // The record changed outside this class (an attachment was linked): refresh the baseline.
    void reload();
    // After declare/notify: the draft table's copy is no longer needed.
    void finish();

    const nlohmann::json& savedValues() const { return m_saved; }
    // Creates the draft record now (e.g. before a file is attached); true when it did.
    bool ensureRecord(const nlohmann::json& recordValues);

private:
    ProfileStore& m_store;
    LocalRecordService& m_records;
    const Actor& m_actor;
    const Clock& m_clock;
    std::string m_eventType, m_formId;
    int m_formVersion = 0;
    std::string m_recordId;
    nlohmann::json m_saved = nlohmann::json::object(); // the record's fields as last written
};

} // namespace vitalis::desktop
