#include "sync/server/interop/nid/NidHookConfig.h"

#include "core/JsonPointer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <fstream>
#include <set>
#include <vector>

namespace vitalis::server::nid
{

using nlohmann::json;

namespace
{

// The hooks a registration can trigger: the action is the workflow action's wire name.
const std::set<std::string> kKnownHooks = {"birth.register", "death.register"};

struct Checker {
    std::vector<std::string> errors;
    void add(const std::string& path, const std::string& message)
    {
        errors.push_back(path + ": " + message);
    }
    std::string text(const json& o, const std::string& path, const std::string& key, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                add(path + jsonPointerSegment(key), "required");
            return {};
        }
        if (!o[key].is_string() || o[key].get<std::string>().empty()) {
            add(path + jsonPointerSegment(key), "expected a non-empty string");
            return {};
        }
        return o[key].get<std::string>();
    }
    std::int64_t number(const json& o, const std::string& path, const std::string& key,
                        std::int64_t fallback, std::int64_t min, std::int64_t max)
    {
        if (!o.contains(key))
            return fallback;
        if (!o[key].is_number_integer() || o[key].get<std::int64_t>() < min ||
            o[key].get<std::int64_t>() > max) {
            add(path + jsonPointerSegment(key), "expected a whole number from " +
                                                    std::to_string(min) + " to " +
                                                    std::to_string(max));
            return fallback;
        }
        return o[key].get<std::int64_t>();
    }
    void onlyKeys(const json& o, const std::string& path, const std::set<std::string>& keys)
    {
        for (const auto& [k, _] : o.items())
            if (!keys.count(k))
                add(path + jsonPointerSegment(k), "unknown member");
    }
    void url(const std::string& value, const std::string& path)
    {
        const QUrl u(QString::fromStdString(value), QUrl::StrictMode);
        if (!value.empty() &&
            (!u.isValid() ||
             (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
             u.host().isEmpty()))
            add(path, "expected an http or https URL");
    }
};

void readAuth(Checker& c, const json& a, const std::string& path, NidAuth& auth)
{
    if (!a.is_object())
        return c.add(path, "expected an object with \"type\"");
    auth.type = a.value("type", std::string("none"));
    if (auth.type == "none") {
        c.onlyKeys(a, path, {"type"});
    } else if (auth.type == "bearer") {
        c.onlyKeys(a, path, {"type", "token"});
        auth.token = c.text(a, path, "token", true);
    } else if (auth.type == "oauth") {
        c.onlyKeys(a, path, {"type", "token_url", "client_id", "client_secret", "scope"});
        auth.tokenUrl = c.text(a, path, "token_url", true);
        c.url(auth.tokenUrl, path + "/token_url");
        auth.clientId = c.text(a, path, "client_id", true);
        auth.clientSecret = c.text(a, path, "client_secret", true);
        auth.scope = c.text(a, path, "scope", false);
    } else {
        c.add(path + "/type", "expected none, bearer or oauth, not \"" + auth.type + "\"");
    }
}

// Mutual TLS: the files must be readable PEM now, not at the first call hours later.
void readTls(Checker& c, const json& t, const std::string& path, NidHook& h)
{
    if (!t.is_object())
        return c.add(path, "expected an object with client_cert and client_key");
    c.onlyKeys(t, path, {"client_cert", "client_key", "ca"});
    h.clientCert = c.text(t, path, "client_cert", true);
    h.clientKey = c.text(t, path, "client_key", true);
    h.caFile = c.text(t, path, "ca", false);
    if (!h.clientCert.empty() &&
        QSslCertificate::fromPath(QString::fromStdString(h.clientCert), QSsl::Pem).isEmpty())
        c.add(path + "/client_cert", "no PEM certificate in " + h.clientCert);
    if (!h.caFile.empty() &&
        QSslCertificate::fromPath(QString::fromStdString(h.caFile), QSsl::Pem).isEmpty())
        c.add(path + "/ca", "no PEM certificate in " + h.caFile);
    if (!h.clientKey.empty()) {
        QFile f(QString::fromStdString(h.clientKey));
        const QByteArray pem = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (QSslKey(pem, QSsl::Rsa).isNull() && QSslKey(pem, QSsl::Ec).isNull())
            c.add(path + "/client_key", "not an unencrypted PEM RSA or EC key: " + h.clientKey);
    }
}

NidHook readHook(Checker& c, const json& o, const std::string& path, const std::string& key)
{
    NidHook h;
    h.key = key;
    if (!o.is_object()) {
        c.add(path, "expected an object with \"url\"");
        return h;
    }
    c.onlyKeys(o, path,
               {"url", "auth", "tls", "national_id_field", "timeout_ms", "retry_base_ms",
                "retry_max_ms", "give_up_after_seconds", "callback_valid_days"});
    h.url = c.text(o, path, "url", true);
    c.url(h.url, path + "/url");
    if (o.contains("auth"))
        readAuth(c, o["auth"], path + "/auth", h.auth);
    if (o.contains("tls"))
        readTls(c, o["tls"], path + "/tls", h);
    h.nationalIdField = c.text(o, path, "national_id_field", false);
    h.timeoutMs = c.number(o, path, "timeout_ms", h.timeoutMs, 100, 600000);
    h.retryBaseMs = c.number(o, path, "retry_base_ms", h.retryBaseMs, 10, 86400000);
    h.retryMaxMs = c.number(o, path, "retry_max_ms", h.retryMaxMs, 10, 7LL * 86400000);
    h.deadAfterMs =
        c.number(o, path, "give_up_after_seconds", h.deadAfterMs / 1000, 1, 90LL * 86400) * 1000;
    h.callbackTtlMs =
        c.number(o, path, "callback_valid_days", h.callbackTtlMs / 86400000, 1, 365) * 86400000;
    return h;
}

} // namespace

NidHookConfig NidHookConfig::fromJson(const json& j, const std::string& file)
{
    Checker c;
    NidHookConfig config;
    if (!j.is_object() || !j.contains("hooks") || !j["hooks"].is_object()) {
        c.add("/hooks", "expected an object of hooks keyed by event.action (birth.register)");
    } else {
        c.onlyKeys(j, "", {"hooks"});
        for (const auto& [key, hook] : j["hooks"].items()) {
            const std::string path = "/hooks" + jsonPointerSegment(key);
            if (!kKnownHooks.count(key)) {
                c.add(path, "unknown hook (expected birth.register or death.register)");
                continue;
            }
            config.hooks_.emplace(key, readHook(c, hook, path, key));
        }
    }
    if (!c.errors.empty()) {
        std::string message;
        for (const auto& e : c.errors)
            message += (message.empty() ? "" : "\n") + file + ": " + e;
        throw std::runtime_error(message);
    }
    return config;
}

NidHookConfig NidHookConfig::load(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot read the national ID hook file");
    const json j = json::parse(in, nullptr, false);
    if (j.is_discarded())
        throw std::runtime_error(file.string() + ": not valid JSON");
    return fromJson(j, file.string());
}

const NidHook* NidHookConfig::find(const std::string& eventType, const std::string& action) const
{
    return byKey(eventType + "." + action);
}

const NidHook* NidHookConfig::byKey(const std::string& key) const
{
    const auto it = hooks_.find(key);
    return it == hooks_.end() ? nullptr : &it->second;
}

} // namespace vitalis::server::nid
