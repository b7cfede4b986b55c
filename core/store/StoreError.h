// Typed errors raised by the encrypted store and its key providers.
// Every message names what is wrong (file, table, field) so callers can show it as is.
#pragma once

#include <stdexcept>
#include <string>

namespace vitalis
{

enum class StoreErrc {
    KeyringUnavailable, // the database exists but its key cannot be loaded: never make a new one
    WrongKey,           // wrong key or not a Vitalis database; nothing was modified
    NotSqlCipher,       // the linked SQLite is not SQLCipher (cipher_version returned no row)
    SchemaTooNew,       // written by a newer Vitalis; forward-only migrations refuse to touch it
    BadProfile,         // missing directory, unreadable or malformed profile.json
    NotFound,           // a record/attachment/user that does not exist
    InvalidArgument,    // bad input from the caller (e.g. oversized attachment, bad cursor)
    PinRejected,        // PIN does not satisfy the PIN rules
    Corrupt,            // stored data fails a check (attachment hash, audit chain)
    Sqlite,             // any other SQLite/SQLCipher failure
};

class StoreError : public std::runtime_error
{
public:
    StoreError(StoreErrc code, const std::string& message, int sqliteCode = 0)
        : std::runtime_error(message), m_code(code), m_sqliteCode(sqliteCode)
    {
    }
    StoreErrc code() const noexcept { return m_code; }
    int sqliteCode() const noexcept { return m_sqliteCode; } // extended result code or 0

private:
    StoreErrc m_code;
    int m_sqliteCode;
};

// Raised by a KeyProvider that cannot produce a key (keyring locked, entry missing,
// permission denied). `notFound()` tells "there is no key" apart from "cannot ask".
class KeyUnavailable : public std::runtime_error
{
public:
    explicit KeyUnavailable(const std::string& message, bool notFound = false)
        : std::runtime_error(message), m_notFound(notFound)
    {
    }
    bool notFound() const noexcept { return m_notFound; }

private:
    bool m_notFound;
};

} // namespace vitalis
