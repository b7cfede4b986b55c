#include "core/store/LocalUserRepository.h"

#include "core/store/Database.h"

#include <algorithm>
#include <sodium.h>

namespace vitalis
{
namespace
{
bool isRun(std::string_view pin, int step)
{
    for (std::size_t i = 1; i < pin.size(); ++i)
        if ((pin[i - 1] - '0' + step + 10) % 10 != pin[i] - '0')
            return false;
    return true;
}

bool isRepeatedBlock(std::string_view pin)
{
    for (std::size_t block = 1; block <= pin.size() / 2; ++block) {
        if (pin.size() % block != 0)
            continue;
        bool repeats = true;
        for (std::size_t i = block; i < pin.size() && repeats; ++i)
            repeats = pin[i] == pin[i - block];
        if (repeats)
            return true;
    }
    return false;
}

LocalUser readUser(const Statement& st)
{
    LocalUser u;
    u.userId = st.text(0);
    u.displayName = st.text(1);
    u.officeId = st.text(2);
    u.roles = nlohmann::json::parse(st.text(3), nullptr, false);
    if (u.roles.is_discarded())
        u.roles = nlohmann::json::array();
    u.hasPin = !st.isNull(4);
    u.failedAttempts = st.integer(5);
    u.lockedOut = !st.isNull(6);
    u.updatedAt = st.int64(7);
    return u;
}

constexpr const char* kSelect = "SELECT user_id, display_name, office_id, roles, pin_hash, "
                                "failed_attempts, locked_at, updated_at FROM local_users ";
} // namespace

std::optional<std::string> pinProblem(std::string_view pin, const PinPolicy& policy)
{
    const int minLength = std::max(4, policy.minLength);
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "a PIN must contain digits only";
    if (static_cast<int>(pin.size()) < minLength)
        return "a PIN must have at least " + std::to_string(minLength) + " digits";
    if (static_cast<int>(pin.size()) > policy.maxLength)
        return "a PIN must have at most " + std::to_string(policy.maxLength) + " digits";
    if (isRun(pin, 0))
        return "a PIN must not repeat one digit";
    if (isRun(pin, 1) || isRun(pin, -1))
        return "a PIN must not be a run of consecutive digits";
    if (isRepeatedBlock(pin))
        return "a PIN must not be a repeated pattern";
    return std::nullopt;
}

LocalUserRepository::LocalUserRepository(Database& db, PinPolicy policy)
    : m_db(db), m_policy(policy)
{
}

void LocalUserRepository::upsert(const LocalUser& u)
{
    if (u.userId.empty())
        throw StoreError(StoreErrc::InvalidArgument, "a local user needs a user id");
    Transaction tx(m_db);
    m_db.cached("UPDATE local_users SET display_name = ?, office_id = ?, roles = ?, updated_at = ? "
                "WHERE user_id = ?")
        .bind(1, u.displayName)
        .bind(2, u.officeId)
        .bind(3, u.roles.dump())
        .bind(4, u.updatedAt)
        .bind(5, u.userId)
        .run();
    if (m_db.changes() == 0)
        m_db.cached("INSERT INTO local_users(user_id, display_name, office_id, roles, updated_at) "
                    "VALUES (?,?,?,?,?)")
            .bind(1, u.userId)
            .bind(2, u.displayName)
            .bind(3, u.officeId)
            .bind(4, u.roles.dump())
            .bind(5, u.updatedAt)
            .run();
    tx.commit();
}

std::optional<LocalUser> LocalUserRepository::find(const std::string& userId)
{
    Statement st = m_db.cached(std::string(kSelect) + "WHERE user_id = ?");
    st.bind(1, userId);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

std::vector<LocalUser> LocalUserRepository::list()
{
    Statement st = m_db.cached(std::string(kSelect) + "ORDER BY display_name, user_id");
    std::vector<LocalUser> out;
    while (st.step())
        out.push_back(readUser(st));
    return out;
}

void LocalUserRepository::setPin(const std::string& userId, std::string_view pin, std::int64_t at)
{
    if (auto problem = pinProblem(pin, m_policy))
        throw StoreError(StoreErrc::PinRejected, *problem);
    if (!find(userId))
        throw StoreError(StoreErrc::NotFound, "local user " + userId + " does not exist");
    if (sodium_init() < 0)
        throw StoreError(StoreErrc::Sqlite, "libsodium could not be initialised");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pin.data(), pin.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw StoreError(StoreErrc::Sqlite, "out of memory while hashing the PIN");
    m_db.cached("UPDATE local_users SET pin_hash = ?, failed_attempts = 0, locked_at = NULL, "
                "updated_at = ? WHERE user_id = ?")
        .bind(1, std::string_view(hash))
        .bind(2, at)
        .bind(3, userId)
        .run();
    sodium_memzero(hash, sizeof hash);
}

PinResult LocalUserRepository::verifyPin(const std::string& userId, std::string_view pin,
                                         std::int64_t at)
{
    Statement st = m_db.cached(
        "SELECT pin_hash, failed_attempts, locked_at FROM local_users WHERE user_id = ?");
    st.bind(1, userId);
    if (!st.step())
        return {PinOutcome::UnknownUser, 0};
    if (st.isNull(0))
        return {PinOutcome::NoPin, 0};
    const std::string hash = st.text(0);
    const int failures = st.integer(1);
    const bool locked = !st.isNull(2);
    st.reset();
    if (locked)
        return {PinOutcome::LockedOut, 0};
    if (crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0) {
        m_db.cached("UPDATE local_users SET failed_attempts = 0 WHERE user_id = ?")
            .bind(1, userId)
            .run();
        return {PinOutcome::Ok, m_policy.maxFailures};
    }
    const int now = failures + 1;
    const bool lock = now >= m_policy.maxFailures;
    Statement upd =
        m_db.cached("UPDATE local_users SET failed_attempts = ?, locked_at = ? WHERE user_id = ?");
    upd.bind(1, now).bind(3, userId);
    if (lock)
        upd.bind(2, at);
    else
        upd.bindNull(2);
    upd.run();
    if (lock)
        return {PinOutcome::LockedOut, 0};
    return {PinOutcome::Wrong, m_policy.maxFailures - now};
}

void LocalUserRepository::resetLockout(const std::string& userId, std::int64_t at)
{
    m_db.cached("UPDATE local_users SET failed_attempts = 0, locked_at = NULL, updated_at = ? "
                "WHERE user_id = ?")
        .bind(1, at)
        .bind(2, userId)
        .run();
    if (m_db.changes() == 0)
        throw StoreError(StoreErrc::NotFound, "local user " + userId + " does not exist");
}

} // namespace vitalis
