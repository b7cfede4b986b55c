#include "sync/server/interop/FhirBundleService.h"

#include "VitalisVersion.h"
#include "forms/fhir/FhirDocumentWriter.h"
#include "sync/server/auth/AuthService.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{

FhirAnswer refusal(int status, std::vector<fhir::Issue> issues)
{
    return {status, fhir::operationOutcome(issues)};
}

std::string issueCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Forbidden:
        return "forbidden";
    case ErrorCode::Unauthorized:
        return "login";
    case ErrorCode::TransactionReused:
        return "conflict";
    case ErrorCode::TooManyRequests:
        return "throttled";
    case ErrorCode::PayloadTooLarge:
        return "too-costly";
    case ErrorCode::UnsupportedMediaType:
        return "not-supported";
    default:
        return "invalid";
    }
}

// HTTP status of a refusal: the form's and the Bundle's content problems are 422.
int statusOf(ErrorCode code)
{
    return code == ErrorCode::InvalidRequest ? 422 : protocol::httpStatus(code);
}

json transactionResponse(const json& bundle, const NotificationAnswer& a,
                         const fhir::Mapping& mapping)
{
    const bool created = a.status == 201;
    json entries = json::array();
    for (std::size_t i = 0; i < bundle["entry"].size(); ++i)
        entries.push_back({{"response", {{"status", created ? "201 Created" : "200 OK"}}}});
    const std::string tracking = a.body.value("tracking_id", "");
    entries[0]["response"]["outcome"] = fhir::operationOutcome(
        {{"informational",
          (created ? "notified" : "already notified") + std::string(" as tracking id ") + tracking +
              " (record " + a.body.value("record_id", "") + ", status " +
              a.body.value("status", "") + ")",
          "", "information"}});
    const std::string system = mapping.system("tracking");
    return {
        {"resourceType", "Bundle"},
        {"type", "transaction-response"},
        {"identifier",
         {{"system", system.empty() ? "urn:vitalis:tracking-id" : system}, {"value", tracking}}},
        {"entry", std::move(entries)}};
}

} // namespace

FhirAnswer FhirBundleService::outcome(const ApiError& e, const std::string& expression)
{
    FhirAnswer a = refusal(statusOf(e.code()), {{issueCode(e.code()), e.what(), expression}});
    if (e.details().contains("retry_after_seconds") &&
        e.details()["retry_after_seconds"].is_number_integer())
        a.retryAfterSeconds = e.details()["retry_after_seconds"].get<std::int64_t>();
    return a;
}

json FhirBundleService::capabilityStatement() const
{
    std::string events;
    for (const auto& m : mappings_)
        events += (events.empty() ? "" : ", ") + m.event;
    const json bundle = {
        {"type", "Bundle"},
        {"interaction",
         json::array(
             {{{"code", "create"},
               {"documentation", "POST /fhir/Bundle: a transaction or document Bundle for "
                                 "one event (" +
                                     events + "); Bundle.identifier is the transaction id"}}})}};
    return {{"resourceType", "CapabilityStatement"},
            {"status", "active"},
            {"date", fhir::fhirInstant(clock_.nowMillis())},
            {"kind", "instance"},
            {"software", {{"name", "Vitalis"}, {"version", kVersion}}},
            {"implementation", {{"description", "Vitalis civil registry: event notifications"}}},
            {"fhirVersion", "4.0.1"},
            {"format", json::array({"application/fhir+json", "json"})},
            {"rest",
             json::array({{{"mode", "server"},
                           {"security",
                            {{"description", "OAuth 2.0 client credentials (POST /oauth/token), "
                                             "scope notify"}}},
                           {"resource", json::array({bundle})}}})}};
}

const fhir::Mapping* FhirBundleService::mappingFor(const std::string& event) const
{
    for (const auto& m : mappings_)
        if (m.event == event)
            return &m;
    return nullptr;
}

FhirAnswer FhirBundleService::post(const ClientContext& client, const QByteArray& body)
{
    if (body.size() > kMaxBundleBytes)
        return audited(client, json(),
                       refusal(413, {{"too-costly",
                                      "a Bundle carries one event and may not exceed " +
                                          std::to_string(kMaxBundleBytes) + " bytes",
                                      "Bundle"}}));
    json bundle;
    try {
        bundle = json::parse(body.constData(), body.constData() + body.size());
    } catch (const json::exception& e) {
        return audited(
            client, json(),
            refusal(400,
                    {{"structure", std::string("the body is not valid JSON: ") + e.what(), ""}}));
    }
    if (auto issues = fhir::FhirBundleReader::checkShape(bundle); !issues.empty())
        return audited(client, bundle, refusal(400, issues));
    if (bundle["entry"].size() > kMaxEntries)
        return audited(client, bundle,
                       refusal(413, {{"too-costly",
                                      "a Bundle carries one event: at most " +
                                          std::to_string(kMaxEntries) + " entries",
                                      "Bundle.entry"}}));
    fhir::Issue none;
    const fhir::Mapping* mapping = reader_.mappingFor(bundle, none);
    if (!mapping)
        return audited(client, bundle, refusal(422, {none}));
    const fhir::InboundBundle in = fhir::FhirBundleReader::read(*mapping, bundle);
    if (!in.issues.empty())
        return audited(client, bundle, refusal(422, in.issues));
    try { // NotificationService audits what it refuses itself
        const NotificationAnswer a =
            notifications_.notify(client, nativeBody(client, *mapping, in));
        return {a.status, transactionResponse(bundle, a, *mapping)};
    } catch (const ApiError& e) {
        return refused(e, in);
    }
}

FhirAnswer FhirBundleService::audited(const ClientContext& client, const json& bundle,
                                      FhirAnswer answer)
{
    const json& issue = answer.body["issue"][0];
    std::string txn;
    if (bundle.is_object() && bundle.contains("identifier") && bundle["identifier"].is_object() &&
        bundle["identifier"].contains("value") && bundle["identifier"]["value"].is_string())
        txn = bundle["identifier"]["value"].get<std::string>();
    Db& db = pool_.local();
    const std::int64_t now = clock_.nowMillis();
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        AuthService::audit(db, now, client.client.id, "client_fhir_refused", txn,
                           {{"status", answer.status},
                            {"code", issue.value("code", "")},
                            {"expression", issue.value("expression", json::array())},
                            {"message", issue.value("diagnostics", "")}});
        tx.commit();
    });
    return answer;
}

json FhirBundleService::nativeBody(const ClientContext& client, const fhir::Mapping& mapping,
                                   const fhir::InboundBundle& in) const
{
    // The facility routes the notification: a location, or a facility of the reference data
    // (then the location it lies in); without one, the client's own jurisdiction.
    std::string facility = in.facility.empty() ? client.client.jurisdictionId : in.facility;
    if (!in.facility.empty()) {
        const auto dir = directory_.current(pool_.local());
        if (!dir->locations.contains(facility) && dir->reference)
            if (auto f = dir->reference->find("facilities", facility); f && !f->parent.empty())
                facility = f->parent;
    }
    json body = {{"transaction_id", in.transactionId},
                 {"event", mapping.event},
                 {"form_id", mapping.form},
                 {"fields", in.fields}};
    body["facility"] = facility;
    return body;
}

FhirAnswer FhirBundleService::refused(const ApiError& e, const fhir::InboundBundle& in) const
{
    // Native paths back to where they came from in the Bundle.
    const auto expressionOf = [&](const std::string& path) -> std::string {
        if (path.rfind("/fields/", 0) == 0) {
            const std::string rest = path.substr(8);
            const auto it = in.fieldExpressions.find(rest.substr(0, rest.find('/')));
            return it == in.fieldExpressions.end() ? "Bundle" : it->second;
        }
        if (path == "/facility")
            return in.facilityExpression.empty() ? "Bundle.entry" : in.facilityExpression;
        if (path == "/transaction_id")
            return "Bundle.identifier";
        return "Bundle";
    };
    std::vector<fhir::Issue> issues;
    if (e.details().contains("field_errors"))
        for (const auto& f : e.details()["field_errors"])
            issues.push_back(
                {"business-rule",
                 f.value("message", "") + " (form field " +
                     f.value("path", "")
                         .substr(std::min<std::size_t>(8, f.value("path", "").size())) +
                     ", " + f.value("code", "") + ")",
                 expressionOf(f.value("path", ""))});
    if (issues.empty())
        issues.push_back({issueCode(e.code()), e.what(), expressionOf(e.path())});
    return refusal(statusOf(e.code()), issues);
}

std::filesystem::path defaultFhirMappingsDirectory(const std::filesystem::path& programDir)
{
    namespace fs = std::filesystem;
    const fs::path installed = programDir / ".." / "share" / "vitalis" / "forms" / "fhir";
    if (fs::is_directory(installed))
        return fs::weakly_canonical(installed);
    for (fs::path d = programDir; !d.empty() && d != d.root_path(); d = d.parent_path())
        if (fs::is_directory(d / "forms" / "definitions" / "fhir"))
            return d / "forms" / "definitions" / "fhir";
    return {};
}

} // namespace vitalis::server
