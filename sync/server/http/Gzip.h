// gzip (RFC 1952) bodies through zlib: compressing responses for clients that accept it and
// inflating request bodies with a hard output limit (a 1 KiB bomb cannot become 1 GiB).
#pragma once

#include <QByteArray>
#include <optional>

namespace vitalis::server
{

QByteArray gzipCompress(const QByteArray& data, int level = 6);
// nullopt when the input is not valid gzip or inflates beyond maxOutput bytes;
// `tooLarge` tells the two apart.
std::optional<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxOutput,
                                         bool* tooLarge = nullptr);

} // namespace vitalis::server
