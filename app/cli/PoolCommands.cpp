// pool: the registration numbers this device holds for offline registration, per office and
// block, and whether registering offline is possible now (and if not, why).
#include "app/cli/CliCommands.h"
#include "core/RegistrationNumber.h"
#include "core/store/NumberPoolRepository.h"

#include <ctime>

namespace vitalis::cli
{
namespace
{

std::string dateOf(std::int64_t unixMillis)
{
    const std::time_t t = static_cast<std::time_t>(unixMillis / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

} // namespace

int pool(CliContext& ctx)
{
    ProfileStore& store = ctx.openProfile();
    const Actor actor = ctx.actor();
    NumberPoolRepository repo(store.db());
    LocalRecordService records(store, ctx.clock);
    const std::int64_t now = ctx.clock.nowMillis();
    const auto check = records.offlineCheck(actor.officeId);
    const auto state = number_pool::offlineState(check, now);

    nlohmann::json blocks = nlohmann::json::array();
    std::string text;
    for (const auto& b : repo.blocks()) {
        const std::string first = registration_number::format(b.officeCode, b.year, b.firstSeq);
        const std::string last = registration_number::format(b.officeCode, b.year, b.lastSeq);
        const bool expired = b.expiresAt <= now;
        blocks.push_back({{"blockId", b.blockId},
                          {"officeId", b.officeId},
                          {"first", first},
                          {"last", last},
                          {"remaining", b.remaining()},
                          {"expiresAt", b.expiresAt},
                          {"expired", expired}});
        text += first + " .. " + last + "  " + std::to_string(b.remaining()) + " left, " +
                (expired ? "expired " : "usable until ") + dateOf(b.expiresAt) + "\n";
    }
    if (text.empty())
        text = "no registration numbers reserved for this device\n";
    const bool possible = state == number_pool::OfflineState::Allowed;
    // explain() already says "possible" or why not; the prefix only makes it greppable.
    text += std::string(possible ? "offline: yes - " : "offline: no - ") +
            number_pool::explain(state, check, now);
    nlohmann::json j = {{"blocks", blocks},
                        {"officeId", actor.officeId},
                        {"usable", check.usableNumbers},
                        {"lastSyncAt", check.lastSyncAt},
                        {"maxOfflineDays", check.maxOfflineDays},
                        {"offlineRegistration", check.enabled},
                        {"offlinePossible", possible},
                        {"why", number_pool::explain(state, check, now)}};
    ctx.emit(j, text);
    return 0;
}

} // namespace vitalis::cli
