#include "certificates/Deflate.h"

#include "certificates/CertificateError.h"

#include <zlib.h>

namespace vitalis::certificates::deflate
{

Bytes compress(const Bytes& data)
{
    uLongf size = compressBound(data.size());
    Bytes out(size);
    if (compress2(out.data(), &size, data.data(), data.size(), Z_BEST_COMPRESSION) != Z_OK)
        throw std::bad_alloc();
    out.resize(size);
    return out;
}

Bytes inflate(const Bytes& data, std::size_t maxSize)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        throw std::bad_alloc();
    Bytes out(maxSize + 1);
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = out.data();
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = ::inflate(&stream, Z_FINISH);
    const std::size_t produced = stream.total_out;
    inflateEnd(&stream);
    if (rc != Z_STREAM_END)
        throw CertificateError(produced > maxSize ? "zlib: the content is too large"
                                                  : "zlib: not a complete zlib stream");
    out.resize(produced);
    return out;
}

} // namespace vitalis::certificates::deflate
