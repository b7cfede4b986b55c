// Values read from the database once per transaction (Db::transactionSerial) and remembered
// until it ends: for what does not change under the writer within a transaction.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <map>

namespace vitalis::server
{

// One per thread (thread_local), since a connection belongs to one thread. Outside a
// transaction every get reads again.
template <class Key, class Value> class TransactionMemo
{
public:
    template <class Read> const Value& get(Db& db, const Key& key, Read&& read)
    {
        const std::uint64_t serial = db.transactionSerial();
        if (serial == 0 || serial != serial_) {
            serial_ = serial;
            values_.clear();
        }
        if (auto it = values_.find(key); it != values_.end())
            return it->second;
        return values_.emplace(key, read()).first->second;
    }
    // Read again at the next get, even in this transaction (the caller just wrote the value).
    void forget()
    {
        serial_ = 0;
        values_.clear();
    }

private:
    std::uint64_t serial_ = 0;
    std::map<Key, Value> values_;
};

} // namespace vitalis::server
