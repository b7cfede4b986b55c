// Reads the QR code in a photo or scan with Debian's zbarimg (zbar-tools): one code path for
// `vitalis-cli verify --image` and the desktop's Verify certificate screen.
#pragma once

#include <QString>
#include <string>

namespace vitalis
{

// The text of the first QR code in `file`. Throws std::runtime_error with a message for the
// clerk when zbarimg is missing or finds no code.
std::string readQrImage(const QString& file);

} // namespace vitalis
