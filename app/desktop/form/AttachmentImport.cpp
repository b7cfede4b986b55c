#include "app/desktop/form/AttachmentImport.h"

#include "app/desktop/form/UnitText.h"
#include "app/desktop/session/PlainWords.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <algorithm>

namespace vitalis::desktop
{

ImportedFile AttachmentImport::read(const forms::Field& field, const QString& path)
{
    ImportedFile out;
    const QFileInfo info(path);
    out.name = info.fileName();
    out.mediaType = QMimeDatabase().mimeTypeForFile(path).name();
    const auto& accepted = field.acceptedTypes;
    if (!accepted.empty() && std::find(accepted.begin(), accepted.end(),
                                       out.mediaType.toStdString()) == accepted.end()) {
        out.problem = tr("%1 cannot be added: choose a photo or scan (JPEG or PNG) or a PDF file.")
                          .arg(out.name);
        return out;
    }
    if (field.maxSize > 0 && info.size() > field.maxSize) {
        out.problem =
            tr("%1 is too large: at most %2.").arg(out.name, PlainWords::dataSize(field.maxSize));
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return out;
    }
    out.bytes = file.readAll();
    return out;
}

} // namespace vitalis::desktop
