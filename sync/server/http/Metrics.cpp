#include "sync/server/http/Metrics.h"

namespace vitalis::server
{

void Metrics::Histogram::observe(double v)
{
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (v <= kBuckets[i])
            ++buckets[i];
    ++count;
    sum += v;
}

void Metrics::recordRequest(const QString& route, int status, double seconds)
{
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    latency_[route].observe(seconds);
}

void Metrics::recordOp(const std::string& outcome)
{
    std::lock_guard lock(mutex_);
    ++ops_[outcome];
}

void Metrics::recordDbTime(double seconds)
{
    std::lock_guard lock(mutex_);
    db_.observe(seconds);
}

void Metrics::recordLogin(bool success)
{
    std::lock_guard lock(mutex_);
    ++(success ? loginOk_ : loginFailed_);
}

void Metrics::recordDelivery(const std::string& subscription, bool ok, double seconds)
{
    std::lock_guard lock(mutex_);
    auto& counts = deliveries_[subscription];
    ++(ok ? counts.first : counts.second);
    deliveryLatency_[subscription].observe(seconds);
}

void Metrics::setDeliveryQueue(std::int64_t pending, std::int64_t dead)
{
    std::lock_guard lock(mutex_);
    deliveryPending_ = pending;
    deliveryDead_ = dead;
}

void Metrics::recordNidCall(const std::string& hook, double seconds)
{
    std::lock_guard lock(mutex_);
    nidLatency_[hook].observe(seconds);
}

void Metrics::recordNidOutcome(const std::string& hook, const std::string& outcome)
{
    std::lock_guard lock(mutex_);
    ++nidOutcomes_[{hook, outcome}];
}

namespace
{
void histogram(QByteArray& out, const char* name, const QByteArray& labels, auto& h)
{
    const QByteArray sep = labels.isEmpty() ? QByteArray() : labels + ',';
    for (std::size_t i = 0; i < Metrics::kBuckets.size(); ++i)
        out += QByteArray(name) + "_bucket{" + sep + "le=\"" +
               QByteArray::number(Metrics::kBuckets[i]) + "\"} " +
               QByteArray::number(h.buckets[i]) + '\n';
    out +=
        QByteArray(name) + "_bucket{" + sep + "le=\"+Inf\"} " + QByteArray::number(h.count) + '\n';
    const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    out += QByteArray(name) + "_sum" + braces + ' ' + QByteArray::number(h.sum, 'g', 10) + '\n';
    out += QByteArray(name) + "_count" + braces + ' ' + QByteArray::number(h.count) + '\n';
}
} // namespace

QByteArray Metrics::render() const
{
    std::lock_guard lock(mutex_);
    QByteArray out;
    out += "# HELP vitalis_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE vitalis_http_requests_total counter\n";
    for (const auto& [key, n] : requests_)
        out += "vitalis_http_requests_total{route=\"" + key.first.toUtf8() + "\",status=\"" +
               QByteArray::number(key.second) + "\"} " + QByteArray::number(n) + '\n';
    out += "# HELP vitalis_http_request_duration_seconds Time from request parsed to response "
           "written.\n# TYPE vitalis_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_)
        histogram(out, "vitalis_http_request_duration_seconds", "route=\"" + route.toUtf8() + '"',
                  h);
    out += "# HELP vitalis_sync_ops_total Pushed ops by outcome (first application only).\n"
           "# TYPE vitalis_sync_ops_total counter\n";
    for (const char* o : {"applied", "merged", "conflict", "rejected"}) {
        auto it = ops_.find(o);
        out += QByteArray("vitalis_sync_ops_total{outcome=\"") + o + "\"} " +
               QByteArray::number(it == ops_.end() ? 0 : it->second) + '\n';
    }
    out += "# HELP vitalis_db_transaction_seconds Time spent in database transactions.\n"
           "# TYPE vitalis_db_transaction_seconds histogram\n";
    histogram(out, "vitalis_db_transaction_seconds", QByteArray(), db_);
    out += "# HELP vitalis_logins_total Login attempts by result.\n"
           "# TYPE vitalis_logins_total counter\n";
    out += "vitalis_logins_total{result=\"success\"} " + QByteArray::number(loginOk_) + '\n';
    out += "vitalis_logins_total{result=\"failure\"} " + QByteArray::number(loginFailed_) + '\n';
    out += "# HELP vitalis_websub_queue WebSub deliveries waiting (pending) or dead-lettered.\n"
           "# TYPE vitalis_websub_queue gauge\n";
    out += "vitalis_websub_queue{state=\"pending\"} " + QByteArray::number(deliveryPending_) + '\n';
    out += "vitalis_websub_queue{state=\"dead\"} " + QByteArray::number(deliveryDead_) + '\n';
    out += "# HELP vitalis_websub_deliveries_total Delivery attempts by subscription and result.\n"
           "# TYPE vitalis_websub_deliveries_total counter\n";
    for (const auto& [sub, n] : deliveries_) {
        const QByteArray id = QByteArray::fromStdString(sub);
        out += "vitalis_websub_deliveries_total{subscription=\"" + id + "\",result=\"ok\"} " +
               QByteArray::number(n.first) + '\n';
        out += "vitalis_websub_deliveries_total{subscription=\"" + id + "\",result=\"failed\"} " +
               QByteArray::number(n.second) + '\n';
    }
    out += "# HELP vitalis_websub_delivery_seconds Time a subscriber took to answer.\n"
           "# TYPE vitalis_websub_delivery_seconds histogram\n";
    for (const auto& [sub, h] : deliveryLatency_)
        histogram(out, "vitalis_websub_delivery_seconds",
                  "subscription=\"" + QByteArray::fromStdString(sub) + '"', h);
    out += "# HELP vitalis_nid_hook_seconds Time the national ID system took to answer a call.\n"
           "# TYPE vitalis_nid_hook_seconds histogram\n";
    for (const auto& [hook, h] : nidLatency_)
        histogram(out, "vitalis_nid_hook_seconds",
                  "hook=\"" + QByteArray::fromStdString(hook) + '"', h);
    out += "# HELP vitalis_nid_hook_outcomes_total National ID hook outcomes by hook.\n"
           "# TYPE vitalis_nid_hook_outcomes_total counter\n";
    for (const auto& [key, n] : nidOutcomes_)
        out += "vitalis_nid_hook_outcomes_total{hook=\"" + QByteArray::fromStdString(key.first) +
               "\",outcome=\"" + QByteArray::fromStdString(key.second) + "\"} " +
               QByteArray::number(n) + '\n';
    return out;
}

} // namespace vitalis::server
