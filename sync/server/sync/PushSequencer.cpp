#include "sync/server/sync/PushSequencer.h"

#include <algorithm>

namespace vitalis::server
{

PushSequencer::Ticket::Ticket(PushSequencer& owner, std::string device,
                              std::int64_t firstMutationId)
    : owner_(owner), device_(std::move(device)), first_(firstMutationId),
      entered_(std::chrono::steady_clock::now())
{
    std::lock_guard lock(owner_.mutex_);
    Lane& lane = owner_.lanes_[device_];
    lane.firsts.insert(first_);
    finishedAtEntry_ = finishedSeen_ = lane.finished;
}

PushSequencer::Ticket::~Ticket()
{
    {
        std::lock_guard lock(owner_.mutex_);
        auto it = owner_.lanes_.find(device_);
        Lane& lane = it->second;
        lane.firsts.erase(lane.firsts.find(first_));
        if (lane.firsts.empty())
            owner_.lanes_.erase(it); // memory stays bounded by the devices pushing right now
        else
            ++lane.finished;
    }
    owner_.changed_.notify_all();
}

void PushSequencer::Ticket::attempting()
{
    std::lock_guard lock(owner_.mutex_);
    finishedSeen_ = owner_.lanes_[device_].finished;
}

bool PushSequencer::Ticket::awaitEarlier()
{
    const auto deadline = entered_ + kMaxWait;
    const auto graceEnd = entered_ + kGrace;
    std::unique_lock lock(owner_.mutex_);
    for (;;) {
        const Lane& lane = owner_.lanes_[device_];
        if (lane.finished != finishedSeen_)
            return true;
        const auto now = std::chrono::steady_clock::now();
        // Only a batch with lower ids can close the gap (two later ones never wait on each
        // other).
        const bool earlierHere = *lane.firsts.begin() < first_;
        // Nothing of the device has finished since this batch came: the one before it may
        // still be on its way through the request threads.
        const bool inGrace = lane.finished == finishedAtEntry_ && now < graceEnd;
        if ((!earlierHere && !inGrace) || now >= deadline)
            return false;
        owner_.changed_.wait_until(lock, earlierHere ? deadline : std::min(deadline, graceEnd));
    }
}

} // namespace vitalis::server
