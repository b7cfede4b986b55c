#include "certificates/CertificateClaims.h"

#include "certificates/CertificateError.h"

namespace vitalis::certificates
{
namespace
{

// RFC 8392 claim keys.
constexpr std::int64_t kIss = 1;
constexpr std::int64_t kIat = 6;
// Claim 169 (MOSIP identity QR) and its person keys.
constexpr std::int64_t kClaim169 = 169;
constexpr std::int64_t kFirstName = 5;
constexpr std::int64_t kLastName = 7;
constexpr std::int64_t kDateOfBirth = 8; // "YYYYMMDD"
constexpr std::int64_t kGender = 9;      // 1 male, 2 female, 3 other
// Vitalis civil-registration claim (private use, below -65536).
constexpr std::int64_t kCivilRegistration = -65537;
enum CrKey : std::int64_t {
    RegNo = 1,
    Event = 2,
    EventDate = 3,
    EventPlace = 4,
    Mother = 5,
    Father = 6,
    RegDate = 7,
    Copy = 8,
};

CborPtr optionalText(const std::string& value)
{
    return value.empty() ? CborPtr() : cbor::text(value);
}

std::string textAt(const cbor_item_t* map, std::int64_t key, const char* what)
{
    const cbor_item_t* item = cbor::lookup(map, key, what);
    return item ? cbor::asText(item, what) : std::string();
}

std::int64_t genderCode(const std::string& sex)
{
    if (sex == "male")
        return 1;
    if (sex == "female")
        return 2;
    return sex.empty() ? 0 : 3;
}

std::string genderName(std::int64_t code)
{
    switch (code) {
    case 1:
        return "male";
    case 2:
        return "female";
    case 3:
        return "other";
    default:
        throw CertificateError("Claim 169 gender: unknown code " + std::to_string(code));
    }
}

CborPtr personClaim(const CertificateClaims& c)
{
    cbor::Entries person;
    person.emplace_back(kFirstName, optionalText(c.givenNames));
    person.emplace_back(kLastName, optionalText(c.familyName));
    std::string dob;
    if (c.eventType == "birth" && c.dateOfEvent.size() == 10) // YYYY-MM-DD -> YYYYMMDD
        dob = c.dateOfEvent.substr(0, 4) + c.dateOfEvent.substr(5, 2) + c.dateOfEvent.substr(8);
    person.emplace_back(kDateOfBirth, optionalText(dob));
    const std::int64_t gender = genderCode(c.sex);
    person.emplace_back(kGender, gender ? cbor::integer(gender) : CborPtr());
    return cbor::map(std::move(person));
}

CborPtr registrationClaim(const CertificateClaims& c)
{
    cbor::Entries cr;
    cr.emplace_back(RegNo, cbor::text(c.registrationNumber));
    cr.emplace_back(Event, cbor::text(c.eventType));
    cr.emplace_back(EventDate, optionalText(c.dateOfEvent));
    cr.emplace_back(EventPlace, optionalText(c.placeOfEvent));
    cr.emplace_back(Mother, optionalText(c.motherName));
    cr.emplace_back(Father, optionalText(c.fatherName));
    cr.emplace_back(RegDate, optionalText(c.registrationDate));
    cr.emplace_back(Copy, cbor::integer(c.copyNumber));
    return cbor::map(std::move(cr));
}

} // namespace

std::string CertificateClaims::certificateId() const
{
    return registrationNumber + "/" + std::to_string(copyNumber);
}

Bytes CertificateClaims::toCwt() const
{
    if (registrationNumber.empty() || eventType.empty())
        throw CertificateError("certificate: the registration number and event are required");
    cbor::Entries claims;
    claims.emplace_back(kIss, cbor::text(issuingOffice));
    claims.emplace_back(kIat, cbor::integer(issuedAt));
    claims.emplace_back(kClaim169, personClaim(*this));
    claims.emplace_back(kCivilRegistration, registrationClaim(*this));
    return cbor::encode(cbor::map(std::move(claims)).get());
}

CertificateClaims CertificateClaims::fromCwt(const Bytes& cwt)
{
    const CborPtr root = cbor::decode(cwt, "CWT claims");
    CertificateClaims c;
    c.issuingOffice = textAt(root.get(), kIss, "CWT iss");
    c.issuedAt = cbor::asInteger(cbor::lookup(root.get(), kIat, "CWT claims"), "CWT iat");
    const cbor_item_t* person = cbor::lookup(root.get(), kClaim169, "CWT claims");
    if (!person)
        throw CertificateError("CWT claims: the Claim 169 person claim is missing");
    c.givenNames = textAt(person, kFirstName, "Claim 169 first name");
    c.familyName = textAt(person, kLastName, "Claim 169 last name");
    if (const cbor_item_t* g = cbor::lookup(person, kGender, "Claim 169"))
        c.sex = genderName(cbor::asInteger(g, "Claim 169 gender"));
    const cbor_item_t* cr = cbor::lookup(root.get(), kCivilRegistration, "CWT claims");
    if (!cr)
        throw CertificateError("CWT claims: the civil registration claim is missing");
    c.registrationNumber = textAt(cr, RegNo, "registration number");
    c.eventType = textAt(cr, Event, "event type");
    c.dateOfEvent = textAt(cr, EventDate, "date of event");
    c.placeOfEvent = textAt(cr, EventPlace, "place of event");
    c.motherName = textAt(cr, Mother, "mother's name");
    c.fatherName = textAt(cr, Father, "father's name");
    c.registrationDate = textAt(cr, RegDate, "registration date");
    c.copyNumber = cbor::asInteger(cbor::lookup(cr, Copy, "civil registration claim"), "copy");
    if (c.registrationNumber.empty())
        throw CertificateError("civil registration claim: the registration number is missing");
    return c;
}

} // namespace vitalis::certificates
