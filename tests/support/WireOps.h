// Push operations in the protocol's wire format, for tests that talk to the server directly:
// fresh record and tracking ids, create and change ops, field changes with their bases.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test
{

using nlohmann::json;

std::string newRecordId(); // as devices make them: time-ordered (version 7)
std::string newTrackingId(char eventSymbol = 'B');

json createOp(std::int64_t mutationId, const std::string& recordId, const std::string& officeId,
              const json& fields, const std::string& action = "declare",
              const std::string& formId = "tbirth", const std::string& eventType = "birth");
json changeOp(std::int64_t mutationId, const std::string& recordId, const std::string& action,
              std::int64_t baseRev, const json& changes, const std::string& formId = "tbirth");
// A certify op's print member: the birth certificate (or the extract) in French, collected by
// someone other than the parents whose passport was checked, paid with a receipt.
json printMember(std::int64_t copyNumber, std::int64_t fee, bool certifiedCopy = false);
// {"field": value} -> {"field": {"base": null, "value": value}}
json changes(const json& values, const json& bases = json::object());

} // namespace vitalis::test
