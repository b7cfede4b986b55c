// The one exception of the certificates library: input that is not a well-formed certificate,
// key, key certificate or revocation list. The message names what is wrong.
#pragma once

#include <stdexcept>

namespace vitalis::certificates
{

class CertificateError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace vitalis::certificates
