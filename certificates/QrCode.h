// The QR matrix of a certificate's text (libqrencode, alphanumeric mode), its version, module
// count and error-correction level, and plain SVG / PNG writers of the matrix.
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
    // Error correction M (15%) while the symbol fits in `preferredMaxVersion`, else L (7%) so
    // the longest certificates stay small enough to print at 3 cm (docs/certificates.md).
    // Throws CertificateError if `text` is not in the QR alphanumeric set or is too long.
    static QrCode encode(std::string_view text, int preferredMaxVersion = 20);

    int version() const { return version_; }
    int modules() const { return width_; }          // modules per side, without the quiet zone
    char errorCorrection() const { return level_; } // 'M' or 'L'
    bool dark(int x, int y) const { return matrix_[static_cast<std::size_t>(y * width_ + x)]; }

    std::string toSvg(int moduleSize = 4) const;
    Bytes toPng(int moduleSize = 4) const; // 8-bit grey, 4-module quiet zone

private:
    int version_ = 0;
    int width_ = 0;
    char level_ = 'M';
    std::vector<bool> matrix_;
};

} // namespace vitalis::certificates
