#include "sync/protocol/CertificatePrint.h"

#include "sync/protocol/JsonReader.h"

namespace vitalis::protocol
{

using nlohmann::json;

bool isCollectorRelation(const std::string& relation)
{
    return relation == "mother" || relation == "father" || relation == "informant" ||
           relation == "other";
}

namespace
{
Collector decodeCollector(const json& value, const std::string& path)
{
    ObjectReader r(value, path);
    Collector c;
    c.relation = r.requireString("relation", {1, 32});
    if (!isCollectorRelation(c.relation))
        throw DecodeError(r.pathOf("relation"), "expected mother, father, informant or other, "
                                                "got \"" +
                                                    c.relation + "\"");
    c.name = r.optionalString("name", {0, 200}).value_or("");
    c.idType = r.optionalString("id_type", {0, 64}).value_or("");
    c.idNumber = r.optionalString("id_number", {0, 64}).value_or("");
    c.idChecked = r.optionalBool("id_checked", false);
    r.finish();
    return c;
}
} // namespace

CertificatePrint decodeCertificatePrint(const json& value, const std::string& path)
{
    ObjectReader r(value, path);
    CertificatePrint p;
    p.templateId = r.requireString("template_id", {1, 128});
    p.language = r.requireString("language", {2, 16});
    p.collector = decodeCollector(r.requireObject("collector"), r.pathOf("collector"));
    p.fee = r.requireInt("fee", 0, 1'000'000'000'000);
    p.currency = r.optionalString("currency", {0, 16}).value_or("");
    p.receiptNumber = r.optionalString("receipt_number", {0, 64}).value_or("");
    p.copyNumber = r.requireInt("copy_number", 1, 1'000'000);
    p.certifiedCopy = r.optionalBool("certified_copy", false);
    p.issuedAt = r.optionalInt("issued_at", 0, 100'000'000'000).value_or(0);
    r.finish();
    return p;
}

json encodeCertificatePrint(const CertificatePrint& p)
{
    json collector = {{"relation", p.collector.relation},
                      {"id_type", p.collector.idType},
                      {"id_number", p.collector.idNumber},
                      {"id_checked", p.collector.idChecked}};
    if (!p.collector.name.empty())
        collector["name"] = p.collector.name;
    json j = {{"template_id", p.templateId},       {"language", p.language},
              {"collector", std::move(collector)}, {"fee", p.fee},
              {"receipt_number", p.receiptNumber}, {"copy_number", p.copyNumber},
              {"certified_copy", p.certifiedCopy}};
    if (!p.currency.empty())
        j["currency"] = p.currency;
    if (p.issuedAt)
        j["issued_at"] = p.issuedAt;
    return j;
}

std::optional<PrintProblem> printProblem(const CertificatePrint& p, std::int64_t earlierCopies,
                                         const std::string& reason)
{
    const Collector& c = p.collector;
    if (c.relation == "other" && c.name.empty())
        return PrintProblem{"/print/collector/name", "required",
                            "the name of the person collecting the certificate is required"};
    if (c.idType.empty())
        return PrintProblem{"/print/collector/id_type", "required",
                            "the type of the collector's ID document is required"};
    if (c.idNumber.empty())
        return PrintProblem{"/print/collector/id_number", "required",
                            "the number of the collector's ID document is required"};
    if (!c.idChecked)
        return PrintProblem{"/print/collector/id_checked", "id_not_checked",
                            "the collector's ID document must be checked before handing over"};
    if (p.fee > 0 && p.receiptNumber.empty())
        return PrintProblem{"/print/receipt_number", "required",
                            "a fee was paid: the receipt number is required"};
    if ((earlierCopies > 0 || p.certifiedCopy) && reason.empty())
        return PrintProblem{"/reason", "reason_required",
                            p.certifiedCopy ? "a certified copy needs a reason"
                                            : "a reprint needs a reason (copy " +
                                                  std::to_string(earlierCopies + 1) + ")"};
    return std::nullopt;
}

} // namespace vitalis::protocol
