#include "tests/support/SeedFile.h"

#include "tests/support/TempDir.h"

#include <QCryptographicHash>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace vitalis::test
{

namespace fs = std::filesystem;
using nlohmann::json;

namespace
{

std::string demoSeedText()
{
    json seed = json::parse(readFile(fs::path(VITALIS_SOURCE_DIR) / "resources/demo/seed.json"));
    for (auto& f : seed["forms"])
        f["file"] = std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/" +
                    fs::path(f["file"].get<std::string>()).filename().string();
    return seed.dump(1);
}

} // namespace

std::string seedKey(Seed seed)
{
    const fs::path file = seedFile(seed);
    QCryptographicHash h(QCryptographicHash::Sha256);
    const std::string text = readFile(file);
    h.addData(QByteArray::fromStdString(text));
    // Named: a range-for over a member of a temporary reads freed memory (ASan found it).
    const json parsed = json::parse(text);
    for (const auto& f : parsed.value("forms", json::array())) {
        const fs::path form = f["file"].get<std::string>();
        h.addData(QByteArray::fromStdString(
            readFile(form.is_absolute() ? form : file.parent_path() / form)));
    }
    std::error_code ec;
    const fs::path binary = VITALIS_SERVER_BIN;
    h.addData(QByteArray::number(static_cast<qint64>(fs::file_size(binary, ec))));
    h.addData(QByteArray::number(
        static_cast<qint64>(fs::last_write_time(binary, ec).time_since_epoch().count())));
    return h.result().toHex().left(16).toStdString();
}

fs::path seedFile(Seed seed)
{
    if (seed == Seed::Test)
        return fs::path(VITALIS_TEST_DATA_DIR) / "test-seed.json";
    const std::string text = demoSeedText();
    const fs::path dir = fs::temp_directory_path() / "vitalis-seeds";
    fs::create_directories(dir);
    const std::string hash =
        QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
            .toHex()
            .left(16)
            .toStdString();
    const fs::path path = dir / ("demo-" + hash + ".json");
    if (!fs::exists(path)) {
        const fs::path tmp = path.string() + "." + std::to_string(::getpid());
        std::ofstream(tmp) << text;
        fs::rename(tmp, path);
    }
    return path;
}

} // namespace vitalis::test
