// Whether a JSON array read with simdjson holds an object naming an "attachmentId". The readers
// that keep a record's field text unparsed parse only such arrays; attachmentRefs decides which
// of their entries count.
#pragma once

#include <simdjson.h>

namespace vitalis::protocol
{

inline bool namesAttachment(simdjson::dom::element array)
{
    simdjson::dom::array items;
    if (array.get(items))
        return false;
    for (simdjson::dom::element item : items)
        if (item.is_object() && !item.at_key("attachmentId").error())
            return true;
    return false;
}

} // namespace vitalis::protocol
