#include "core/store/RevocationListRepository.h"

#include "core/store/Database.h"

namespace vitalis
{

std::optional<StoredRevocationList> RevocationListRepository::current()
{
    Statement st = m_db.cached("SELECT signed, fetched_at FROM revocation_list WHERE id = 1");
    if (!st.step())
        return std::nullopt;
    return StoredRevocationList{st.blob(0), st.int64(1)};
}

void RevocationListRepository::replace(const std::vector<std::uint8_t>& signedList,
                                       std::int64_t fetchedAt)
{
    m_db.cached("INSERT OR REPLACE INTO revocation_list (id, signed, fetched_at) VALUES (1, ?, ?)")
        .bindBlob(1, signedList)
        .bind(2, fetchedAt)
        .run();
}

} // namespace vitalis
