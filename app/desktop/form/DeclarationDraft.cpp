#include "app/desktop/form/DeclarationDraft.h"

#include "core/FieldChanges.h"
#include "forms/FieldChecks.h"

namespace vitalis::desktop
{

using nlohmann::json;

DeclarationDraft::DeclarationDraft(ProfileStore& store, LocalRecordService& records,
                                   const Actor& actor, const Clock& clock)
    : m_store(store), m_records(records), m_actor(actor), m_clock(clock)
{
}

void DeclarationDraft::startNew(const std::string& eventType, const std::string& formId,
                                int formVersion)
{
    m_eventType = eventType;
    m_formId = formId;
    m_formVersion = formVersion;
    m_recordId.clear();
    m_saved = json::object();
}

ResumedDeclaration DeclarationDraft::resume(const std::string& recordId)
{
    ResumedDeclaration out;
    out.record = m_store.records().get(recordId);
    m_recordId = recordId;
    m_eventType = out.record.eventType;
    m_formId = out.record.formId;
    m_formVersion = out.record.formVersion;
    m_saved = out.record.fields;
    out.raw = out.record.fields;
    if (auto d = m_store.drafts().load(recordId)) {
        out.page = d->page;
        // The copy is newer than the record: it has what was being typed when the screen
        // closed or the process died. An older copy lost to a later change (a pull, another
        // screen) only contributes the hidden answers the record does not keep.
        if (d->savedAt >= out.record.updatedAt)
            out.raw = d->fields;
        else
            for (const auto& [k, v] : d->fields.items())
                if (!out.raw.contains(k))
                    out.raw[k] = v;
    }
    return out;
}

bool DeclarationDraft::ensureRecord(const json& recordValues)
{
    if (!m_recordId.empty())
        return false;
    NewRecord request;
    request.eventType = m_eventType;
    request.formId = m_formId;
    request.formVersion = m_formVersion;
    request.fields = recordValues;
    const Record r = m_records.startDraft(m_actor, request);
    m_recordId = r.id;
    m_saved = r.fields;
    return true;
}

bool DeclarationDraft::neverSent()
{
    const auto r = m_store.records().find(m_recordId);
    return r && m_store.writer().neverSent(*r);
}

json DeclarationDraft::changesFrom(const json& recordValues) const
{
    return FieldChanges::diff(m_saved, recordValues).values();
}

void DeclarationDraft::writeChanges(const json& recordValues)
{
    const json changes = changesFrom(recordValues);
    if (!changes.empty())
        m_saved = m_records.editFields(m_actor, m_recordId, changes).fields;
}

void DeclarationDraft::saveProgress(const json& recordValues, const json& raw,
                                    const std::string& page)
{
    if (m_recordId.empty() && forms::isEmptyValue(raw))
        return; // an untouched new form leaves no trace
    if (!ensureRecord(recordValues) && neverSent())
        writeChanges(recordValues); // the local draft only: no op, no history
    m_store.drafts().save({m_recordId, page, raw, m_clock.nowMillis()});
}

void DeclarationDraft::commit(const json& recordValues, const json& raw, const std::string& page)
{
    if (m_recordId.empty() && forms::isEmptyValue(raw))
        return;
    if (forms::isEmptyValue(raw) && canDiscard()) {
        discard(); // an empty "(no name yet)" record never lingers
        return;
    }
    if (!ensureRecord(recordValues)) {
        // The draft table first: if the edit is refused, the typed values are still kept.
        m_store.drafts().save({m_recordId, page, raw, m_clock.nowMillis()});
        writeChanges(recordValues);
    }
    m_store.drafts().save({m_recordId, page, raw, m_clock.nowMillis()});
}

Record DeclarationDraft::submit(RecordAction action, const json& recordValues,
                                const std::vector<std::string>& duplicates, const std::string& note)
{
    ensureRecord(recordValues);
    Record r = duplicates.empty()
                   ? m_records.actWithEdits(m_actor, m_recordId, action, changesFrom(recordValues))
                   : m_records.actDespiteDuplicates(m_actor, m_recordId, action,
                                                    changesFrom(recordValues), duplicates, note);
    m_saved = r.fields;
    finish();
    return r;
}

void DeclarationDraft::reload()
{
    if (!m_recordId.empty())
        m_saved = m_store.records().get(m_recordId).fields;
}

void DeclarationDraft::finish()
{
    if (!m_recordId.empty())
        m_store.drafts().remove(m_recordId);
}

bool DeclarationDraft::canDiscard()
{
    return m_recordId.empty() || m_records.canDiscard(m_actor, m_recordId);
}

void DeclarationDraft::discard()
{
    if (!m_recordId.empty())
        m_records.discardDraft(m_actor, m_recordId);
    m_recordId.clear();
    m_saved = json::object();
}

json DeclarationDraft::pulledChanges(const std::set<std::string>& touched)
{
    json out = json::object();
    const auto r = m_recordId.empty() ? std::nullopt : m_store.records().find(m_recordId);
    if (!r)
        return out;
    const json changed = changesFrom(r->fields);
    for (const auto& [k, v] : changed.items())
        if (!touched.contains(k))
            out[k] = v;
    m_saved = r->fields;
    return out;
}

std::optional<RecordStatus> DeclarationDraft::status()
{
    const auto r = m_recordId.empty() ? std::nullopt : m_store.records().find(m_recordId);
    return r ? std::optional<RecordStatus>(r->status) : std::nullopt;
}

} // namespace vitalis::desktop
