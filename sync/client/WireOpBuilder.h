// Turns outbox rows into the wire ops that carry them: consecutive unsent edits of one record
// travel as one op; a record that never reached the server travels as one notify/declare.
#pragma once

#include "core/Clock.h"
#include "core/store/OutboxRepository.h"
#include "core/store/WireOpRepository.h"
#include "sync/protocol/CreationChanges.h"
#include "sync/protocol/Op.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct WireOp {
    protocol::Op op;                    // op.mutationId is the wire id; see changesInText
    std::string text;                   // the op as stored and sent, byte for byte
    std::vector<std::int64_t> localIds; // outbox rows it carries, in order
    // A declaration's changes travel as the outbox stored them: then only `text` holds them
    // (op.changes is empty; OutboxProcessor decodes them when an answer needs them).
    bool changesInText = false;
    nlohmann::json attachmentValues; // protocol::attachmentValues of the whole op
};

class WireOpBuilder
{
public:
    // Outbox rows one op carries.
    struct Group {
        std::string recordId;
        std::vector<OutboxEntry> entries;
        std::string action = "edit";
    };
    // Rows in mutation order -> groups in the order their ops go out.
    static std::vector<Group> group(std::vector<OutboxEntry> entries);

    WireOpBuilder(ProfileStore& store, const Clock& clock);
    // The op numbered `wireId`, or nullopt when the rows send nothing: a draft still local,
    // edits undone (marked applied) or rows that cannot be sent (marked rejected, saying why).
    std::optional<WireOp> build(Group& g, std::int64_t wireId);
    // Whether the server has the record: it gave a revision, or answered an op creating it.
    bool knownToServer(const std::string& recordId, std::int64_t serverRevision);

private:
    // `whole`: the entries start at the record's first outbox row (they hold all it has).
    // The array values of a declaration's stored changes when the op can carry them as they
    // are (see protocol::CreationChanges); nullopt when they must be decoded and merged.
    std::optional<nlohmann::json> storedCreation(const std::vector<OutboxEntry>& entries,
                                                 bool whole);
    void fillCreation(protocol::Op& op, std::vector<OutboxEntry>& entries, bool whole);
    void fillEdit(protocol::Op& op, std::vector<OutboxEntry>& entries, std::int64_t serverRevision,
                  RecordAction action);
    static void fillFromPayload(protocol::Op& op, const nlohmann::json& payload);
    void markAll(const std::vector<OutboxEntry>& entries, OutboxState state,
                 const std::string& why);
    ProfileStore& m_store;
    const Clock& m_clock;
    WireOpRepository m_wire;
    protocol::CreationChanges m_creation;
};

} // namespace vitalis::sync
