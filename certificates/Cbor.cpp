#include "certificates/Cbor.h"

#include "certificates/CertificateError.h"

#include <cstdlib>
#include <limits>

namespace vitalis::certificates::cbor
{
namespace
{

cbor_item_t* unsignedItem(std::uint64_t v)
{
    if (v <= std::numeric_limits<std::uint8_t>::max())
        return cbor_build_uint8(static_cast<std::uint8_t>(v));
    if (v <= std::numeric_limits<std::uint16_t>::max())
        return cbor_build_uint16(static_cast<std::uint16_t>(v));
    if (v <= std::numeric_limits<std::uint32_t>::max())
        return cbor_build_uint32(static_cast<std::uint32_t>(v));
    return cbor_build_uint64(v);
}

void setNegative(cbor_item_t* item)
{
    cbor_mark_negint(item);
}

[[noreturn]] void typeError(const char* what, const char* expected)
{
    throw CertificateError(std::string(what) + ": expected " + expected);
}

// libcbor's loader allocates a definite container's element array from its declared length
// before reading the elements, so a 5-byte header could ask for gigabytes. Every element of
// every container takes at least one input byte, so the declared lengths of all containers
// together (maps: two items per entry) can never exceed the input size in a well-formed
// item: walk the headers with libcbor's streaming decoder and refuse anything larger.
struct LengthBudget {
    std::size_t remaining;
    bool exceeded = false;
    void spend(std::size_t items)
    {
        if (items > remaining)
            exceeded = true;
        else
            remaining -= items;
    }
};

bool lengthsFit(const Bytes& data)
{
    LengthBudget budget{data.size()};
    cbor_callbacks callbacks = cbor_empty_callbacks;
    callbacks.array_start = [](void* b, std::size_t n) { static_cast<LengthBudget*>(b)->spend(n); };
    callbacks.map_start = [](void* b, std::size_t n) {
        auto* budget = static_cast<LengthBudget*>(b);
        budget->spend(n > budget->remaining ? n : 2 * n);
    };
    std::size_t offset = 0;
    while (offset < data.size() && !budget.exceeded) {
        const cbor_decoder_result r =
            cbor_stream_decode(data.data() + offset, data.size() - offset, &callbacks, &budget);
        if (r.status != CBOR_DECODER_FINISHED)
            return true; // truncated or malformed: cbor_load reports it, allocating nothing big
        offset += r.read;
    }
    return !budget.exceeded;
}

CborPtr checked(cbor_item_t* item)
{
    if (!item)
        throw std::bad_alloc();
    return CborPtr(item);
}

} // namespace

CborPtr integer(std::int64_t value)
{
    if (value >= 0)
        return checked(unsignedItem(static_cast<std::uint64_t>(value)));
    // CBOR stores -1 - n for negative n.
    CborPtr item = checked(unsignedItem(static_cast<std::uint64_t>(-(value + 1))));
    setNegative(item.get());
    return item;
}

CborPtr text(std::string_view value)
{
    return checked(cbor_build_stringn(value.data(), value.size()));
}

CborPtr bytes(const Bytes& value)
{
    return checked(cbor_build_bytestring(value.data(), value.size()));
}

CborPtr array(std::vector<CborPtr> items)
{
    CborPtr result = checked(cbor_new_definite_array(items.size()));
    for (CborPtr& item : items)
        if (!cbor_array_push(result.get(), item.get()))
            throw std::bad_alloc();
    return result;
}

CborPtr map(Entries entries)
{
    std::size_t present = 0;
    for (const auto& entry : entries)
        present += entry.second ? 1 : 0;
    CborPtr result = checked(cbor_new_definite_map(present));
    for (auto& [key, value] : entries) {
        if (!value)
            continue;
        CborPtr k = integer(key);
        if (!cbor_map_add(result.get(), cbor_pair{k.get(), value.get()}))
            throw std::bad_alloc();
    }
    return result;
}

Bytes encode(const cbor_item_t* item)
{
    unsigned char* buffer = nullptr;
    std::size_t capacity = 0;
    const std::size_t length =
        cbor_serialize_alloc(const_cast<cbor_item_t*>(item), &buffer, &capacity);
    Bytes out(buffer, buffer + length);
    std::free(buffer);
    if (length == 0)
        throw std::bad_alloc();
    return out;
}

CborPtr decode(const Bytes& data, const char* what)
{
    if (!lengthsFit(data))
        throw CertificateError(std::string(what) + ": a length is larger than the data");
    cbor_load_result result{};
    cbor_item_t* item = cbor_load(data.data(), data.size(), &result);
    CborPtr owned(item);
    if (!item || result.error.code != CBOR_ERR_NONE)
        throw CertificateError(std::string(what) + ": not valid CBOR");
    if (result.read != data.size())
        throw CertificateError(std::string(what) + ": trailing bytes after the CBOR item");
    return owned;
}

std::int64_t asInteger(const cbor_item_t* item, const char* what)
{
    if (!item || !(cbor_isa_uint(item) || cbor_isa_negint(item)))
        typeError(what, "an integer");
    const std::uint64_t raw = cbor_get_int(item);
    if (raw > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        typeError(what, "an integer in range");
    const auto v = static_cast<std::int64_t>(raw);
    return cbor_isa_negint(item) ? -1 - v : v;
}

std::string asText(const cbor_item_t* item, const char* what)
{
    if (!item || !cbor_isa_string(item) || !cbor_string_is_definite(item))
        typeError(what, "a text string");
    return std::string(reinterpret_cast<const char*>(cbor_string_handle(item)),
                       cbor_string_length(item));
}

Bytes asBytes(const cbor_item_t* item, const char* what)
{
    if (!item || !cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item))
        typeError(what, "a byte string");
    const unsigned char* p = cbor_bytestring_handle(item);
    return Bytes(p, p + cbor_bytestring_length(item));
}

std::vector<cbor_item_t*> asArray(const cbor_item_t* item, const char* what, long size)
{
    if (!item || !cbor_isa_array(item))
        typeError(what, "an array");
    const std::size_t n = cbor_array_size(item);
    if (size >= 0 && n != static_cast<std::size_t>(size))
        throw CertificateError(std::string(what) + ": expected " + std::to_string(size) +
                               " elements, found " + std::to_string(n));
    cbor_item_t** handle = cbor_array_handle(item);
    return std::vector<cbor_item_t*>(handle, handle + n);
}

cbor_item_t* lookup(const cbor_item_t* target, std::int64_t key, const char* what)
{
    if (!target || !cbor_isa_map(target))
        typeError(what, "a map");
    cbor_pair* pairs = cbor_map_handle(target);
    for (std::size_t i = 0; i < cbor_map_size(target); ++i) {
        const cbor_item_t* k = pairs[i].key;
        if ((cbor_isa_uint(k) || cbor_isa_negint(k)) && asInteger(k, what) == key)
            return pairs[i].value;
    }
    return nullptr;
}

const cbor_item_t* untag(const cbor_item_t* item, std::uint64_t tag, CborPtr& holder)
{
    if (!cbor_isa_tag(item))
        return item;
    if (cbor_tag_value(item) != tag)
        throw CertificateError("unexpected CBOR tag " + std::to_string(cbor_tag_value(item)));
    holder.reset(cbor_tag_item(item)); // cbor_tag_item adds a reference
    return holder.get();
}

} // namespace vitalis::certificates::cbor
