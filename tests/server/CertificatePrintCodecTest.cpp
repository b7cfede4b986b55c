// The certify op's print member on the wire: round trip, and refusals naming the JSON path
// (a print on another action, an unknown collector, a negative fee, an unknown member).
#include "sync/protocol/DecodeError.h"
#include "sync/protocol/Op.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::protocol;
using nlohmann::json;

namespace
{

json certifyOp()
{
    return {{"mutation_id", 3},
            {"record_id", "0b0e4f8a-52a4-4a3e-9d1c-5b6f7e8d9c0a"},
            {"action", "certify"},
            {"base_rev", 4},
            {"form_id", "birth"},
            {"form_version", 1},
            {"reason", "torn"},
            {"print",
             {{"template_id", "birth-certificate"},
              {"language", "ar"},
              {"collector",
               {{"relation", "father"},
                {"id_type", "passport"},
                {"id_number", "P1"},
                {"id_checked", true}}},
              {"fee", 300},
              {"currency", "VDR"},
              {"receipt_number", "R-1"},
              {"copy_number", 2},
              {"certified_copy", false}}}};
}

std::string refusedAt(json op)
{
    try {
        decodeOp(op, "/ops/0");
    } catch (const DecodeError& e) {
        return e.path();
    }
    return "accepted";
}

} // namespace

TEST(CertificatePrintCodec, RoundTrips)
{
    const Op op = decodeOp(certifyOp(), "/ops/0");
    ASSERT_TRUE(op.print);
    EXPECT_EQ(op.print->collector.relation, "father");
    EXPECT_EQ(op.print->copyNumber, 2);
    EXPECT_EQ(decodeOp(encodeOp(op), "/ops/0"), op);
}

TEST(CertificatePrintCodec, RefusalsNameThePath)
{
    json other = certifyOp();
    other["action"] = "validate";
    EXPECT_EQ(refusedAt(other), "/ops/0/print");
    json relation = certifyOp();
    relation["print"]["collector"]["relation"] = "neighbour";
    EXPECT_EQ(refusedAt(relation), "/ops/0/print/collector/relation");
    json fee = certifyOp();
    fee["print"]["fee"] = -5;
    EXPECT_EQ(refusedAt(fee), "/ops/0/print/fee");
    json unknown = certifyOp();
    unknown["print"]["colour"] = "red";
    EXPECT_EQ(refusedAt(unknown), "/ops/0/print/colour");
}

TEST(CertificatePrintCodec, OneRuleForDeviceAndServer)
{
    CertificatePrint p = decodeOp(certifyOp(), "/ops/0").print.value();
    EXPECT_FALSE(printProblem(p, 1, "torn"));
    EXPECT_EQ(printProblem(p, 1, "")->path, "/reason");
    EXPECT_FALSE(printProblem(p, 0, ""));
    p.certifiedCopy = true;
    EXPECT_EQ(printProblem(p, 0, "")->code, "reason_required");
    p.collector.idChecked = false;
    EXPECT_EQ(printProblem(p, 0, "x")->path, "/print/collector/id_checked");
    p.collector.idChecked = true;
    p.receiptNumber.clear();
    EXPECT_EQ(printProblem(p, 0, "x")->path, "/print/receipt_number");
}
