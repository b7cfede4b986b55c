#include "sync/server/http/Gzip.h"

#include <zlib.h>

namespace vitalis::server
{

QByteArray gzipCompress(const QByteArray& data, int level)
{
    z_stream zs{};
    // windowBits 15 + 16 selects the gzip wrapper rather than zlib's own.
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto produced = static_cast<qsizetype>(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(produced);
    return out;
}

std::optional<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxOutput, bool* tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return std::nullopt;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return std::nullopt;
        }
        const auto got = static_cast<qsizetype>(sizeof(chunk) - zs.avail_out);
        if (out.size() + got > maxOutput) {
            inflateEnd(&zs);
            if (tooLarge)
                *tooLarge = true;
            return std::nullopt;
        }
        out.append(chunk, got);
        if (rc == Z_OK && zs.avail_in == 0 && got == 0) { // truncated stream
            inflateEnd(&zs);
            return std::nullopt;
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace vitalis::server
