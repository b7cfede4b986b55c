// The DCI (G2P Connect) CRVS registry API: the signed message envelope (header + message), the
// sync search of idtype-value and predicate queries over the existing client search (one
// search, one jurisdiction rule), persons in the CRVS shape, and rjct.* answers naming the
// JSON path that is wrong. Transport (routes, tokens) stays in InteropRoutes.
#pragma once

#include "sync/server/interop/SearchService.h"
#include "sync/server/interop/dci/DciReject.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::server::dci
{

class DciRegistry
{
public:
    static constexpr int kMaxRequests = 20; // search_request items in one message

    DciRegistry(SearchService& search, DbPool& pool, const Clock& clock,
                std::string registryId = "vitalis")
        : search_(search), pool_(pool), clock_(clock), registryId_(std::move(registryId))
    {
    }

    // The whole answer envelope: header.status `succ` with one search_response per request
    // (each `succ` or `rjct`), or header.status `rjct` when the envelope itself is refused.
    nlohmann::json syncSearch(const ClientContext& client, const nlohmann::json& body);
    // The same search answered later: {"message": {"ack_status": "ACK", "correlation_id"}} now
    // (or "ERR" with the rjct code), the on-search envelope POSTed to header.sender_uri by the
    // DciCallbackWorker.
    nlohmann::json asyncSearch(const ClientContext& client, const nlohmann::json& body);
    // An async search's state (pending, delivered, dead) and its on-search answer, by
    // correlation id; only the client's own. Throws ApiError (400, 404).
    nlohmann::json transactionStatus(const ClientContext& client, const nlohmann::json& body);

    // Shared with DciSubscriptions: the envelope (400 when it is no DCI message at all), the
    // header checks, the callback and the message id (the refusal, if any), and the answer
    // header.
    struct Kind { // a message's action, the member listing its items, whether it needs a callback
        const char* action;
        const char* list;
        bool callback;
    };
    void checkEnvelope(const nlohmann::json& body);
    std::optional<DciReject> admit(const ClientContext& client, const nlohmann::json& body,
                                   const Kind& kind);
    // The sender_uri to answer at: an http(s) URL under one of the client's registered
    // callback prefixes (`client set-callbacks`), never a host the client merely names.
    static std::string callback(const ClientContext& client, const nlohmann::json& header);
    nlohmann::json responseHeader(const nlohmann::json& request, const std::string& status,
                                  const std::string& code, const std::string& message,
                                  std::size_t total, std::size_t completed,
                                  const char* action = "on-search") const;

private:
    nlohmann::json answerAll(const ClientContext& client, const nlohmann::json& body,
                             const std::string& correlationId);
    void checkHeader(const ClientContext& client, const nlohmann::json& body, const Kind& kind);
    nlohmann::json answer(const ClientContext& client, const nlohmann::json& request,
                          const std::string& path, nlohmann::json& touched);
    nlohmann::json run(const ClientContext& client, const nlohmann::json& criteria,
                       const std::string& path, nlohmann::json& touched);

    SearchService& search_;
    DbPool& pool_;
    const Clock& clock_;
    std::string registryId_;
};

} // namespace vitalis::server::dci
