// A file a person chose for an attachment field: checked against the field's accepted media
// types and size limit, then read. `problem` says in the user's language why it was refused.
#pragma once

#include "forms/FormModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vitalis::desktop
{

struct ImportedFile {
    QString name;      // file name without the folder, shown to people
    QString mediaType; // from the content and extension (QMimeDatabase)
    QByteArray bytes;
    QString problem; // non-empty: refused, nothing read
};

class AttachmentImport
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentImport)
public:
    static ImportedFile read(const forms::Field& field, const QString& path);
};

} // namespace vitalis::desktop
