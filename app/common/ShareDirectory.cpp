#include "app/common/ShareDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fs = std::filesystem;

namespace vitalis
{
namespace
{

SharePaths installedLayout(const fs::path& share)
{
    return {share / "forms", share / "translations" / "forms", share / "reference.json",
            share / "help" / "user-guide.md", share / "keys" / "root.pub"};
}

SharePaths sourceLayout(const fs::path& root)
{
    return {root / "forms" / "definitions", root / "translations" / "forms",
            root / "resources" / "demo" / "seed.json", root / "docs" / "user-guide.md",
            root / "resources" / "demo" / "keys" / "root.pub"};
}

fs::path toPath(const QString& path)
{
    return fs::path(QDir::cleanPath(path).toStdString());
}

} // namespace

SharePaths locateShareDirectory()
{
    if (const QByteArray env = qgetenv("VITALIS_SHARE_DIR"); !env.isEmpty())
        return installedLayout(fs::path(env.toStdString()));
    const QString app = QCoreApplication::applicationDirPath();
    SharePaths paths = sourceLayout(VITALIS_SOURCE_DIR);
    const QString installed = app + QStringLiteral("/../share/vitalis");
    if (QFileInfo(installed + QStringLiteral("/forms")).isDir()) {
        paths = installedLayout(toPath(installed));
    } else {
        for (QDir d(app); !app.isEmpty() && !d.isRoot(); d.cdUp())
            if (d.exists(QStringLiteral("forms/definitions"))) {
                paths = sourceLayout(toPath(d.absolutePath()));
                break;
            }
    }
    if (const QByteArray env = qgetenv("VITALIS_FORMS_DIR"); !env.isEmpty())
        paths.definitions = fs::path(env.toStdString());
    return paths;
}

} // namespace vitalis
