// A verification as JSON, one shape for every verifier that answers in JSON (vitalis-cli
// verify --json, POST /api/v1/verify): {verdict, reason, claims?}, claims in camelCase.
#pragma once

#include "certificates/Verifier.h"

#include <nlohmann/json.hpp>

namespace vitalis::certificates
{

nlohmann::json claimsToJson(const CertificateClaims& claims);
nlohmann::json verificationToJson(const Verification& verification);

} // namespace vitalis::certificates
