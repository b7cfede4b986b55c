// Helpers shared by the store tests: throwaway directories, file hashing and scanning,
// sample records and running external programs.
#pragma once

#include "core/Record.h"
#include "core/store/LocalChangeWriter.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sodium.h>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace vitalis::test
{

namespace fs = std::filesystem;

class TempDir
{
public:
    TempDir()
    {
        std::random_device rd;
        m_path = fs::temp_directory_path() /
                 ("vitalis-store-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return m_path; }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

inline std::string readFile(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string hashHex(const std::string& bytes)
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size(), nullptr, 0);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return hex;
}

// name -> content hash of every regular file under dir (sidecars, -wal, -shm included).
inline std::map<std::string, std::string> hashTree(const fs::path& dir)
{
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            out[fs::relative(e.path(), dir).string()] = hashHex(readFile(e.path()));
    return out;
}

// Files under dir whose bytes contain `needle`.
inline std::vector<std::string> filesContaining(const fs::path& dir, const std::string& needle)
{
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && readFile(e.path()).find(needle) != std::string::npos)
            out.push_back(e.path().string());
    return out;
}

struct ProcessResult {
    int exitCode = -1;
    std::string output; // stdout + stderr
};

inline std::string shellQuote(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline ProcessResult run(const std::string& command, const fs::path& outFile)
{
    ProcessResult r;
    const int status =
        std::system((command + " > " + shellQuote(outFile.string()) + " 2>&1").c_str());
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.output = readFile(outFile);
    return r;
}

inline Record sampleRecord(const std::string& id, const std::string& firstName,
                           const std::string& familyName, RecordStatus status = RecordStatus::Draft)
{
    Record r;
    r.id = id;
    r.eventType = "birth";
    r.formId = "birth-registration";
    r.formVersion = 3;
    r.fields = {{"child.firstName", firstName},      {"child.familyName", familyName},
                {"child.dateOfBirth", "2024-03-15"}, {"child.sex", "female"},
                {"mother.firstName", "Amina"},       {"mother.familyName", familyName}};
    r.trackingId = "B" + id.substr(0, std::min<std::size_t>(id.size(), 6));
    r.officeId = "office-1";
    r.status = status;
    return r;
}

inline LocalChange change(Record r, OpKind kind = OpKind::edit(), std::int64_t at = 1000)
{
    LocalChange c;
    c.record = std::move(r);
    c.kind = kind;
    c.userId = "user-1";
    c.at = at;
    return c;
}

} // namespace vitalis::test
