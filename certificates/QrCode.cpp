#include "certificates/QrCode.h"

#include "certificates/CertificateError.h"
#include "certificates/Deflate.h"

#include <memory>
#include <qrencode.h>
#include <zlib.h>

namespace vitalis::certificates
{
namespace
{

constexpr int kQuietZone = 4; // ISO/IEC 18004 asks for 4 light modules around the symbol

void appendUint32(Bytes& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

void appendChunk(Bytes& png, const char* type, const Bytes& data)
{
    appendUint32(png, static_cast<std::uint32_t>(data.size()));
    Bytes body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    png.insert(png.end(), body.begin(), body.end());
    appendUint32(png, static_cast<std::uint32_t>(crc32(0, body.data(), body.size())));
}

using CodePtr = std::unique_ptr<QRcode, void (*)(QRcode*)>;

CodePtr encodeAt(std::string_view text, QRecLevel level)
{
    std::unique_ptr<QRinput, void (*)(QRinput*)> input(QRinput_new2(0, level), QRinput_free);
    if (!input || QRinput_append(input.get(), QR_MODE_AN, static_cast<int>(text.size()),
                                 reinterpret_cast<const unsigned char*>(text.data())) != 0)
        throw CertificateError("QR: the text is not in the QR alphanumeric character set");
    CodePtr code(QRcode_encodeInput(input.get()), QRcode_free);
    if (!code)
        throw CertificateError("QR: the text is too long for a QR code");
    return code;
}

} // namespace

QrCode QrCode::encode(std::string_view text, int preferredMaxVersion)
{
    QrCode qr;
    CodePtr code = encodeAt(text, QR_ECLEVEL_M);
    if (code->version > preferredMaxVersion) {
        code = encodeAt(text, QR_ECLEVEL_L);
        qr.level_ = 'L';
    }
    qr.version_ = code->version;
    qr.width_ = code->width;
    qr.matrix_.resize(static_cast<std::size_t>(code->width * code->width));
    for (std::size_t i = 0; i < qr.matrix_.size(); ++i)
        qr.matrix_[i] = (code->data[i] & 1) != 0; // bit 0 is the module's colour
    return qr;
}

std::string QrCode::toSvg(int moduleSize) const
{
    const int side = (width_ + 2 * kQuietZone) * moduleSize;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(side) +
                      "\" height=\"" + std::to_string(side) + "\" viewBox=\"0 0 " +
                      std::to_string(width_ + 2 * kQuietZone) + " " +
                      std::to_string(width_ + 2 * kQuietZone) +
                      "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                      "fill=\"#fff\"/><path fill=\"#000\" d=\"";
    for (int y = 0; y < width_; ++y)
        for (int x = 0; x < width_; ++x)
            if (dark(x, y))
                svg += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) +
                       "h1v1h-1z";
    return svg + "\"/></svg>\n";
}

Bytes QrCode::toPng(int moduleSize) const
{
    const int side = (width_ + 2 * kQuietZone) * moduleSize;
    Bytes raw;
    raw.reserve(static_cast<std::size_t>(side * (side + 1)));
    for (int py = 0; py < side; ++py) {
        raw.push_back(0); // filter: none
        for (int px = 0; px < side; ++px) {
            const int x = px / moduleSize - kQuietZone;
            const int y = py / moduleSize - kQuietZone;
            const bool inside = x >= 0 && y >= 0 && x < width_ && y < width_;
            raw.push_back(inside && dark(x, y) ? 0 : 255);
        }
    }
    Bytes png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    Bytes header;
    appendUint32(header, static_cast<std::uint32_t>(side));
    appendUint32(header, static_cast<std::uint32_t>(side));
    header.insert(header.end(), {8, 0, 0, 0, 0}); // 8-bit greyscale, no interlace
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", deflate::compress(raw));
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace vitalis::certificates
