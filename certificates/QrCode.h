// The QR matrix of a certificate's text (libqrencode, alphanumeric mode, error correction M),
// its version and module count, and plain SVG / PNG writers of the matrix.
#pragma once

#include "certificates/Cbor.h"

#include <string>
#include <string_view>
#include <vector>

namespace vitalis::certificates
{

class QrCode
{
public:
    // Throws CertificateError if `text` is not in the QR alphanumeric set or is too long.
    static QrCode encode(std::string_view text);

    int version() const { return version_; }
    int modules() const { return width_; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return matrix_[static_cast<std::size_t>(y * width_ + x)]; }

    std::string toSvg(int moduleSize = 4) const;
    Bytes toPng(int moduleSize = 4) const; // 8-bit grey, 4-module quiet zone

private:
    int version_ = 0;
    int width_ = 0;
    std::vector<bool> matrix_;
};

} // namespace vitalis::certificates
