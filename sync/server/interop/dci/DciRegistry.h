// The DCI (G2P Connect) CRVS registry API: the signed message envelope (header + message), the
// sync search of idtype-value and predicate queries over the existing client search (one
// search, one jurisdiction rule), persons in the CRVS shape, and rjct.* answers naming the
// JSON path that is wrong. Transport (routes, tokens) stays in InteropRoutes.
#pragma once

#include "sync/server/interop/SearchService.h"

#include <nlohmann/json.hpp>
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

private:
    void checkEnvelope(const nlohmann::json& body);
    void checkHeader(const ClientContext& client, const nlohmann::json& body);
    nlohmann::json answer(const ClientContext& client, const nlohmann::json& request,
                          const std::string& path, nlohmann::json& touched);
    nlohmann::json run(const ClientContext& client, const nlohmann::json& criteria,
                       const std::string& path, nlohmann::json& touched);
    nlohmann::json responseHeader(const nlohmann::json& request, const std::string& status,
                                  const std::string& code, const std::string& message,
                                  std::size_t total, std::size_t completed) const;

    SearchService& search_;
    DbPool& pool_;
    const Clock& clock_;
    std::string registryId_;
};

} // namespace vitalis::server::dci
