// A DCI (G2P Connect) rejection: the spec's `rjct.*` status reason code and a message naming the
// JSON path that is wrong. Thrown by the envelope and query readers, answered as status `rjct`.
#pragma once

#include <stdexcept>
#include <string>

namespace vitalis::server::dci
{

class DciReject : public std::runtime_error
{
public:
    DciReject(std::string code, const std::string& path, const std::string& message)
        : std::runtime_error(path + ": " + message), code_(std::move(code))
    {
    }
    const std::string& code() const { return code_; }

private:
    std::string code_;
};

} // namespace vitalis::server::dci
