// Users who may unlock this profile offline, with an argon2id PIN verifier (libsodium
// crypto_pwhash) and a lockout after repeated failures that survives restarts.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis
{

class Database;

struct PinPolicy {
    // 6 digits: with 5 tries before lockout a guesser wins 1 time in 200,000 instead of
    // 1 in 2,000 with 4 digits. 4 is the floor this class accepts for a policy.
    int minLength = 6;
    int maxLength = 12;
    int maxFailures = 5;
};

// Why a PIN is refused, or nullopt if acceptable: non-digits, too short/long, one repeated
// digit (000000), ascending/descending runs (123456, 987654, 890123), a repeated block
// (121212, 123123).
std::optional<std::string> pinProblem(std::string_view pin, const PinPolicy& policy);

struct LocalUser {
    std::string userId;
    std::string displayName;
    std::string officeId;
    nlohmann::json roles = nlohmann::json::array();
    bool hasPin = false;
    int failedAttempts = 0;
    bool lockedOut = false;
    std::int64_t updatedAt = 0;
};

enum class PinOutcome { Ok, Wrong, LockedOut, NoPin, UnknownUser };

struct PinResult {
    PinOutcome outcome = PinOutcome::Wrong;
    int remainingAttempts = 0; // before lockout
};

class LocalUserRepository
{
public:
    explicit LocalUserRepository(Database& db, PinPolicy policy = {});

    void upsert(const LocalUser& user); // profile fields only; PIN state is untouched
    std::optional<LocalUser> find(const std::string& userId);
    std::vector<LocalUser> list();

    // Throws StoreError(PinRejected) with pinProblem()'s reason. Resets failures/lockout.
    void setPin(const std::string& userId, std::string_view pin, std::int64_t at);
    // A failure is counted (and the lockout set) in the database before returning.
    PinResult verifyPin(const std::string& userId, std::string_view pin, std::int64_t at);
    // After the user proved who they are online (or an administrator unlocked them).
    void resetLockout(const std::string& userId, std::int64_t at);

    const PinPolicy& policy() const { return m_policy; }
    // Argon2id parameters (OWASP minimum: 19 MiB, 2 passes).
    static constexpr unsigned long long kOpsLimit = 2;
    static constexpr std::size_t kMemLimit = 19u * 1024u * 1024u;

private:
    Database& m_db;
    PinPolicy m_policy;
};

} // namespace vitalis
