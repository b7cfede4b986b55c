#include "sync/client/BulkAction.h"

#include "core/store/ProfileStore.h"
#include "core/store/StoreError.h"

#include <set>

namespace vitalis::sync
{

BulkAction::BulkAction(ProfileStore& store, LocalRecordService& records)
    : m_store(store), m_records(records)
{
}

namespace
{

std::string describe(const FieldValidationError& e)
{
    std::string out = e.what();
    if (e.errors().empty())
        return out;
    out += " (";
    for (std::size_t i = 0; i < e.errors().size(); ++i) {
        const auto& f = e.errors()[i];
        out += (i ? ", " : "") + f.field + ": " + f.code;
    }
    return out + ")";
}

} // namespace

BulkResult BulkAction::apply(const Actor& actor, const std::vector<std::string>& recordIds,
                             RecordAction action, const std::string& reason)
{
    BulkResult result;
    std::set<std::string> seen;
    for (const auto& id : recordIds) {
        if (!seen.insert(id).second)
            continue;
        const auto record = m_store.records().find(id);
        if (!record) {
            result.refused.push_back({id, {}, "record " + id + " is not on this device"});
            continue;
        }
        try {
            m_records.act(actor, id, action, reason);
            result.done.push_back(id);
        } catch (const FieldValidationError& e) {
            result.refused.push_back({id, record->trackingId, describe(e)});
        } catch (const WorkflowError& e) {
            result.refused.push_back({id, record->trackingId, e.what()});
        } catch (const StoreError& e) {
            // A store failure on one record (e.g. removed by a sync meanwhile) is that record's
            // refusal; the transaction of the ones before it is already committed.
            result.refused.push_back({id, record->trackingId, e.what()});
        }
    }
    return result;
}

} // namespace vitalis::sync
