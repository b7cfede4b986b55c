// Base45 against RFC 9285's examples, and its decoding errors.
#include "certificates/Base45.h"
#include "certificates/CertificateError.h"

#include <gtest/gtest.h>

using namespace vitalis::certificates;

namespace
{

Bytes bytesOf(std::string_view s)
{
    return Bytes(s.begin(), s.end());
}

std::string textOf(const Bytes& b)
{
    return std::string(b.begin(), b.end());
}

} // namespace

TEST(Base45, EncodesTheRfcVectors)
{
    EXPECT_EQ(base45::encode(bytesOf("AB")), "BB8");
    EXPECT_EQ(base45::encode(bytesOf("Hello!!")), "%69 VD92EX0");
    EXPECT_EQ(base45::encode(bytesOf("base-45")), "UJCLQE7W581");
    EXPECT_EQ(base45::encode(bytesOf("ietf!")), "QED8WEX0");
    EXPECT_EQ(base45::encode({}), "");
}

TEST(Base45, DecodesTheRfcVectors)
{
    EXPECT_EQ(textOf(base45::decode("BB8")), "AB");
    EXPECT_EQ(textOf(base45::decode("%69 VD92EX0")), "Hello!!");
    EXPECT_EQ(textOf(base45::decode("UJCLQE7W581")), "base-45");
    EXPECT_EQ(textOf(base45::decode("QED8WEX0")), "ietf!");
}

TEST(Base45, RoundTripsEveryByteValue)
{
    Bytes all;
    for (int i = 0; i < 256; ++i)
        all.push_back(static_cast<std::uint8_t>(255 - i));
    for (std::size_t n = 0; n < 6; ++n) {
        const Bytes part(all.begin(), all.end() - static_cast<long>(n));
        EXPECT_EQ(base45::decode(base45::encode(part)), part);
    }
}

TEST(Base45, RejectsCharactersOutsideTheAlphabet)
{
    try {
        base45::decode("BBa"); // lower case is not in the alphabet
        FAIL() << "accepted a lower-case letter";
    } catch (const CertificateError& e) {
        EXPECT_NE(std::string(e.what()).find("character 3"), std::string::npos) << e.what();
    }
    EXPECT_THROW(base45::decode("BB#"), CertificateError);
}

TEST(Base45, RejectsALengthOfThreeNPlusOne)
{
    EXPECT_THROW(base45::decode("BB8B"), CertificateError);
    EXPECT_THROW(base45::decode("A"), CertificateError);
}

TEST(Base45, RejectsGroupsThatOverflow)
{
    // ":::" = 44 + 44*45 + 44*2025 = 91124 > 65535 (RFC 9285 section 6)
    EXPECT_THROW(base45::decode(":::"), CertificateError);
    EXPECT_EQ(base45::decode("FGW"), Bytes({0xff, 0xff})); // 65535 is the largest triple
    EXPECT_THROW(base45::decode("::"), CertificateError);  // a final pair over 255
}
