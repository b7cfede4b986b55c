// Autosave of one declaration being filled in, and the one op its user action sends.
//  - Autosave (saveProgress, after each pause or finished field): the draft table gets the raw
//    values, hidden answers and text still being typed included, plus the page; a record never
//    sent also gets its record row (so the workqueue shows it with its name), with no outbox op
//    and no history entry (LocalChangeWriter's local draft rule).
//  - Save / leaving the form (commit): a record already sent queues one edit op (coalesced with
//    its previous unsent edit in the store); an empty draft never sent is removed instead.
//  - Send incomplete / Declare (submit): the action with the unsaved answers as ONE op.
// A new declaration becomes a record only when its first value is saved. Qt-free.
#pragma once

#include "core/Clock.h"
#include "core/store/ProfileStore.h"
#include "sync/client/LocalRecordService.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

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

    // Autosave: raw values and page into the draft table; a record never sent also gets its
    // fields (created on the first value).
    void saveProgress(const nlohmann::json& recordValues, const nlohmann::json& raw,
                      const std::string& page);
    // Save or leave: changed fields into the record (an edit op for a record already sent),
    // then saveProgress; a draft never sent whose values are all empty is discarded. Throws
    // WorkflowError (e.g. the role may not edit the record); the draft table keeps the values.
    void commit(const nlohmann::json& recordValues, const nlohmann::json& raw,
                const std::string& page);
    // The action with the answers not saved yet, as one op (the values are checked once, by
    // the action: FieldValidationError when they do not pass); the draft copy is dropped.
    // `duplicates` and `note`: the clerk sends it despite the device's duplicate warning (the
    // candidates' tracking ids and the note travel in the op).
    Record submit(RecordAction action, const nlohmann::json& recordValues,
                  const std::vector<std::string>& duplicates = {}, const std::string& note = {});
    // The record changed outside this class (an attachment was linked): refresh the baseline.
    void reload();
    // After declare/notify: the draft table's copy is no longer needed.
    void finish();

    // Whether the declaration can be thrown away: not saved yet, or a draft never sent.
    bool canDiscard();
    // Deletes the draft never sent with its draft copy and queued ops (see canDiscard).
    void discard();

    // A sync changed the record: the values that changed since this form read them, for the
    // fields not in `touched` (field id -> new value, null = removed). The baseline moves for
    // every changed field, so the user's own value of a touched field is what a save sends.
    nlohmann::json pulledChanges(const std::set<std::string>& touched);
    std::optional<RecordStatus> status();

    const nlohmann::json& savedValues() const { return m_saved; }
    // Creates the draft record now (e.g. before a file is attached); true when it did.
    bool ensureRecord(const nlohmann::json& recordValues);

private:
    bool neverSent();
    nlohmann::json changesFrom(const nlohmann::json& recordValues) const;
    void writeChanges(const nlohmann::json& recordValues);
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
