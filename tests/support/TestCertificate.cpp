#include "tests/support/TestCertificate.h"

#include "tests/support/CommandRun.h"

namespace vitalis::test
{

namespace
{
const std::string kOpenssl = "/usr/bin/openssl"; // Debian's openssl package
} // namespace

TestCertificate makeTestCertificate(const std::string& dir)
{
    TestCertificate c{dir + "/cert.pem", dir + "/key.pem", {}, {}};
    const std::string pub = dir + "/pub.pem", der = dir + "/pub.der", sha = dir + "/pub.sha256";
    const std::vector<std::vector<std::string>> steps = {
        {kOpenssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
         "/CN=vitalis-test", "-addext", "subjectAltName=IP:127.0.0.1,DNS:vitalis-test", "-keyout",
         c.keyFile, "-out", c.certFile},
        {kOpenssl, "x509", "-in", c.certFile, "-pubkey", "-noout", "-out", pub},
        {kOpenssl, "pkey", "-pubin", "-in", pub, "-outform", "der", "-out", der},
        {kOpenssl, "dgst", "-sha256", "-binary", "-out", sha, der},
    };
    for (const auto& argv : steps) {
        const CommandRun r = runCommand(argv);
        if (r.code != 0) {
            c.problem = r.describe();
            return c;
        }
    }
    const CommandRun b64 = runCommand({kOpenssl, "base64", "-A", "-in", sha});
    if (b64.code != 0) {
        c.problem = b64.describe();
        return c;
    }
    c.pin = "sha256//" + b64.out.substr(0, b64.out.find_last_not_of("\r\n") + 1);
    return c;
}

} // namespace vitalis::test
