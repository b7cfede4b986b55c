// The client's local record operations: start, edit and act on records offline, checked
// against the workflow table, saved with their outbox entry and audit entry in one transaction.
#pragma once

#include "core/Clock.h"
#include "core/Record.h"
#include "core/RecordAction.h"
#include "core/Role.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace vitalis
{

class ProfileStore;

// Who is acting: the signed-in user, their role and their office.
struct Actor {
    std::string userId;
    Role role;
    std::string officeId;
};

// An action the workflow table refuses, or a request that names no record.
class WorkflowError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct NewRecord {
    std::string eventType; // "birth", "death"
    std::string formId;
    int formVersion = 1;
    nlohmann::json fields = nlohmann::json::object();
    RecordAction submit = RecordAction::CreateDraft; // or Notify / Declare
};

class LocalRecordService
{
public:
    static constexpr const char* kDeviceCodeSetting = "device.code";
    static constexpr const char* kTrackingSequenceSetting = "device.tracking_sequence";

    LocalRecordService(ProfileStore& store, const Clock& clock);

    // The device code that makes this device's tracking IDs unique; set at enrolment.
    void setDeviceCode(const std::string& code);
    std::string deviceCode(); // throws WorkflowError when the device is not enrolled

    Record start(const Actor& actor, const NewRecord& request);
    Record editFields(const Actor& actor, const std::string& recordId,
                      const nlohmann::json& changes);
    Record act(const Actor& actor, const std::string& recordId, RecordAction action,
               const std::string& reason = {});

private:
    std::string nextTrackingId(const std::string& eventType);
    void require(const Actor& actor, RecordAction action, RecordStatus from,
                 const std::string& reason);
    ProfileStore& m_store;
    const Clock& m_clock;
};

} // namespace vitalis
