// One problem found in a form definition: where (file, JSON path) and what, ready to print.
// Parsers collect all of them instead of stopping at the first.
#pragma once

#include "core/JsonPointer.h"

#include <string>
#include <vector>

namespace vitalis::forms
{

struct FormError {
    std::string file;    // as given to the parser; may be empty for in-memory definitions
    std::string path;    // JSON pointer, e.g. /pages/2/fields/5/rules/0/type ("" = document)
    std::string message; // includes the "did you mean" suggestion when there is one

    // "file: /path: message" (the shape compilers use, so editors can jump to it)
    std::string toString() const
    {
        std::string out = file.empty() ? std::string{} : file + ": ";
        out += (path.empty() ? std::string{"/"} : path) + ": " + message;
        return out;
    }
};

using FormErrors = std::vector<FormError>;

// "/" + key escaped as a JSON pointer segment (~ -> ~0, / -> ~1).
inline std::string pointerSegment(const std::string& key)
{
    return vitalis::jsonPointerSegment(key);
}

} // namespace vitalis::forms
