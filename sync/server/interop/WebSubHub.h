// The WebSub hub's subscriber side (W3C WebSub §5.1): form-encoded subscribe and unsubscribe
// requests from integration clients holding the `subscribe` scope (plus this hub's own
// hub.payload: native JSON or FHIR). A request is stored as pending and answered 202;
// WebSubWorker then verifies the intent with the subscriber.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"
#include "sync/server/interop/ClientTokenService.h"

#include <QUrlQuery>
#include <string>

namespace vitalis::server
{

// The topics a subscriber may follow: "<event>.<what happened>".
namespace websub_topic
{
// The topic an applied action announces, "" when none ("birth.registered", ...).
std::string forAction(const std::string& eventType, const std::string& action);
bool isKnown(const std::string& topic, std::string* eventType = nullptr);
} // namespace websub_topic

class WebSubHub
{
public:
    static constexpr std::int64_t kDefaultLeaseSeconds = 10 * 24 * 3600;
    static constexpr std::int64_t kMaxLeaseSeconds = 90 * 24 * 3600;

    WebSubHub(DbPool& pool, const Clock& clock) : pool_(pool), clock_(clock) {}

    // Throws ApiError (InvalidRequest naming the hub.* parameter, Forbidden for a topic
    // outside the client's events). Returns the subscription id.
    std::string request(const ClientContext& client, const QUrlQuery& form);

private:
    DbPool& pool_;
    const Clock& clock_;
};

} // namespace vitalis::server
