#include "certificates/VerificationJson.h"

namespace vitalis::certificates
{

nlohmann::json claimsToJson(const CertificateClaims& c)
{
    return {{"registrationNumber", c.registrationNumber},
            {"eventType", c.eventType},
            {"givenNames", c.givenNames},
            {"familyName", c.familyName},
            {"sex", c.sex},
            {"dateOfEvent", c.dateOfEvent},
            {"placeOfEvent", c.placeOfEvent},
            {"motherName", c.motherName},
            {"fatherName", c.fatherName},
            {"registrationDate", c.registrationDate},
            {"issuingOffice", c.issuingOffice},
            {"copyNumber", c.copyNumber},
            {"issuedAt", c.issuedAt}};
}

nlohmann::json verificationToJson(const Verification& v)
{
    nlohmann::json out = {{"verdict", std::string(verdictName(v.verdict))}, {"reason", v.reason}};
    if (!v.signingKeyId.empty())
        out["signingKeyId"] = v.signingKeyId;
    if (v.claims)
        out["claims"] = claimsToJson(*v.claims);
    return out;
}

} // namespace vitalis::certificates
