// vitalis-cli attach RECORD FILE [--field F] [--doc-type T] [--media-type M]: stores the file
// encrypted in the profile and adds a reference to the record's attachment field (one local
// change, queued like an edit); the next sync uploads it in resumable chunks before the op.
#include "app/cli/CliCommands.h"
#include "app/cli/RecordFormatting.h"
#include "core/TrackingId.h"
#include "sync/client/AttachmentLinker.h"
#include "sync/protocol/AttachmentMessages.h"

#include <QFile>
#include <QFileInfo>

namespace vitalis::cli
{

std::string guessMediaType(const QString& file)
{
    const QString ext = QFileInfo(file).suffix().toLower();
    if (ext == QStringLiteral("pdf"))
        return "application/pdf";
    if (ext == QStringLiteral("jpg") || ext == QStringLiteral("jpeg"))
        return "image/jpeg";
    if (ext == QStringLiteral("png"))
        return "image/png";
    if (ext == QStringLiteral("tif") || ext == QStringLiteral("tiff"))
        return "image/tiff";
    return "application/octet-stream";
}

namespace
{

// Without --field: the one field of the record that already holds documents.
std::string defaultField(const Record& r)
{
    std::string found;
    for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
        if (!it->is_array() || it->empty() || !it->front().is_object() ||
            !it->front().contains("mediaType"))
            continue;
        if (!found.empty())
            throw UsageError("the record has several document fields (" + found + ", " + it.key() +
                             "); choose one with --field");
        found = it.key();
    }
    if (found.empty())
        throw UsageError("give the form's attachment field with --field (e.g. proof_of_birth)");
    return found;
}

} // namespace

int attach(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    const QString path = QString::fromStdString(ctx.operand(1, "file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError("cannot read " + path.toStdString() + ": " +
                         file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    auto& store = ctx.openProfile();
    const Record before = store.records().get(id);
    sync::NewAttachment what;
    what.recordId = id;
    what.fieldId = ctx.flag(QStringLiteral("field"))
                       ? ctx.option(QStringLiteral("field")).toStdString()
                       : defaultField(before);
    what.name = QFileInfo(path).fileName().toStdString();
    what.mediaType = ctx.flag(QStringLiteral("media-type"))
                         ? ctx.option(QStringLiteral("media-type")).toStdString()
                         : guessMediaType(path);
    what.documentType = ctx.flag(QStringLiteral("doc-type"))
                            ? ctx.option(QStringLiteral("doc-type")).toStdString()
                            : "other";
    LocalRecordService service(store, ctx.clock);
    sync::AttachmentLinker linker(store, service, ctx.clock);
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    const AttachmentInfo a =
        linker.attach(ctx.actor(), what, {data, static_cast<std::size_t>(bytes.size())});
    ctx.emit(attachmentJson(a), "attached " + a.name + " (" + std::to_string(a.size) +
                                    " bytes) to " + tracking_id::display(before.trackingId) +
                                    " field " + what.fieldId + "; it uploads at the next sync");
    return 0;
}

} // namespace vitalis::cli
