#include "app/common/ProfileLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace vitalis
{

std::filesystem::path profileDirectory(const QString& profileName, const QString& explicitDir)
{
    if (!explicitDir.isEmpty())
        return std::filesystem::path(explicitDir.toStdString());
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return std::filesystem::path(
        QDir(base).filePath(QStringLiteral("profiles/") + profileName).toStdString());
}

} // namespace vitalis
