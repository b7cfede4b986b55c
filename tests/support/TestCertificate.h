// A self-signed certificate for 127.0.0.1 (and the name "vitalis-test"), made by the openssl
// command, with its key and its public key's pin as a device is configured with it.
#pragma once

#include <string>

namespace vitalis::test
{

struct TestCertificate {
    std::string certFile, keyFile;
    std::string pin;     // "sha256//BASE64" of the public key, as libcurl pins it
    std::string problem; // what failed, when openssl did; empty otherwise
};

// Writes cert.pem, key.pem and the public key's files into `dir`.
TestCertificate makeTestCertificate(const std::string& dir);

} // namespace vitalis::test
