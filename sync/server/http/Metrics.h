// In-process counters and latency histograms, rendered in the Prometheus text format
// for /metrics. Thread-safe; every worker records into the same instance.
#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace vitalis::server
{

class Metrics
{
public:
    void recordRequest(const QString& route, int status, double seconds);
    void recordOp(const std::string& outcome); // applied, merged, conflict, rejected
    void recordDbTime(double seconds);
    void recordLogin(bool success);
    // WebSub: one delivery attempt to a subscription (its id), and the outbox's state.
    void recordDelivery(const std::string& subscription, bool ok, double seconds);
    void setDeliveryQueue(std::int64_t pending, std::int64_t dead);
    // National ID hook: one call's answer time (by hook, "birth.register") and one outcome
    // (accept, pending, reject, retry, dead; callback_accept, callback_reject).
    void recordNidCall(const std::string& hook, double seconds);
    void recordNidOutcome(const std::string& hook, const std::string& outcome);
    QByteArray render() const;

    static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

private:
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
        void observe(double v);
    };
    mutable std::mutex mutex_;
    std::map<std::pair<QString, int>, std::uint64_t> requests_;
    std::map<QString, Histogram> latency_;
    std::map<std::string, std::uint64_t> ops_;
    Histogram db_;
    std::uint64_t loginOk_ = 0;
    std::uint64_t loginFailed_ = 0;
    std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> deliveries_; // ok, failed
    std::map<std::string, Histogram> deliveryLatency_;
    std::int64_t deliveryPending_ = 0;
    std::int64_t deliveryDead_ = 0;
    std::map<std::string, Histogram> nidLatency_;
    std::map<std::pair<std::string, std::string>, std::uint64_t> nidOutcomes_;
};

} // namespace vitalis::server
