#include "app/desktop/form/AttachmentFieldEditor.h"

#include "app/desktop/form/UnitText.h"
#include "app/desktop/session/PlainWords.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <algorithm>

namespace vitalis::desktop
{

AttachmentFieldEditor::AttachmentFieldEditor(const forms::Field& field, Reader reader,
                                             QWidget* parent)
    : FieldEditor(field, parent), m_reader(std::move(reader)), m_list(new QListWidget(this)),
      m_typeCaption(new QLabel(this)), m_type(new QComboBox(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_problem(new QLabel(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Thumbnails scale with the font, so they stay readable at 200 %.
    const int thumb = fontMetrics().height() * 4;
    m_list->setIconSize(QSize(thumb, thumb));
    m_list->setViewMode(QListView::ListMode);
    m_list->setVisible(false);
    m_typeCaption->setBuddy(m_type);
    for (const auto& t : field.documentTypes)
        m_type->addItem(QString(), QString::fromStdString(t.value));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    layout->addWidget(m_list, 0, 0, 1, 4);
    layout->addWidget(m_typeCaption, 1, 0);
    layout->addWidget(m_type, 1, 1);
    layout->addWidget(m_add, 1, 2);
    layout->addWidget(m_remove, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->addWidget(m_problem, 2, 0, 1, 4);
    setFocusProxy(m_type);
    connect(m_add, &QPushButton::clicked, this, &AttachmentFieldEditor::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_list->currentRow(); row >= 0)
            Q_EMIT removeRequested(row);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { refreshButtons(); });
    refreshButtons();
}

AttachmentFieldEditor::~AttachmentFieldEditor()
{
    // A dialog still open when the screen closes is deleted with the other children, after
    // m_add: its "destroyed" handler must not run then.
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog;
    }
}

void AttachmentFieldEditor::chooseFile()
{
    if (m_dialog)
        return;
    m_dialog = new QFileDialog(this, tr("Add a document"),
                               QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                               tr("Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)"));
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        Q_EMIT addFileRequested(path, m_type->currentData().toString());
    });
    connect(m_dialog, &QObject::destroyed, this, [this] {
        m_dialog = nullptr;
        // Back to this window and button, so the keyboard carries on where it was.
        window()->activateWindow();
        m_add->setFocus(Qt::OtherFocusReason);
    });
    m_dialog->open();
}

void AttachmentFieldEditor::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AttachmentFieldEditor::showValue(const nlohmann::json& value)
{
    m_value = value.is_array() ? value : nlohmann::json::array();
    m_list->clear();
    for (const auto& ref : m_value) {
        const auto name = QString::fromStdString(ref.value("name", std::string()));
        const auto type = ref.value("documentType", std::string());
        const auto media = ref.value("mediaType", std::string());
        QString docLabel = QString::fromStdString(type);
        for (const auto& t : field().documentTypes)
            if (t.value == type)
                docLabel = m_text.text(t.label);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3")
                .arg(name, docLabel, PlainWords::dataSize(ref.value("size", 0LL))),
            m_list);
        QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
        if (media.rfind("image/", 0) == 0 && m_reader && ref.contains("attachmentId")) {
            QImage image;
            if (image.loadFromData(m_reader(ref["attachmentId"].get<std::string>())))
                icon = QIcon(QPixmap::fromImage(image.scaled(
                    m_list->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
        item->setIcon(icon);
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(name, docLabel));
    }
    m_list->setVisible(!m_value.empty());
    // As tall as its files (thumbnail rows follow the font size), no empty box below them.
    const int rows = std::max(1, static_cast<int>(m_value.size()));
    m_list->setFixedHeight(rows * (m_list->iconSize().height() + 2 * m_list->spacing() + 6) +
                           2 * m_list->frameWidth());
    refreshButtons();
}

void AttachmentFieldEditor::refreshButtons()
{
    const bool full = field().maxFiles > 0 && static_cast<int>(m_value.size()) >= field().maxFiles;
    m_add->setEnabled(!full);
    m_type->setEnabled(!full);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_remove->setVisible(!m_value.empty());
}

void AttachmentFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_text = text;
    m_typeCaption->setText(text.text("field.attachment.documentType"));
    for (std::size_t i = 0; i < field().documentTypes.size(); ++i)
        m_type->setItemText(static_cast<int>(i), text.text(field().documentTypes[i].label));
    m_add->setText(tr("Add file..."));
    m_remove->setText(tr("Remove"));
    m_type->setAccessibleName(QStringLiteral("%1: %2").arg(fieldLabel, m_typeCaption->text()));
    m_add->setAccessibleName(tr("%1: add a file").arg(fieldLabel));
    m_remove->setAccessibleName(tr("%1: remove the selected file").arg(fieldLabel));
    m_list->setAccessibleName(tr("%1: attached files").arg(fieldLabel));
    showValue(m_value);
}

QWidget* AttachmentFieldEditor::focusTarget()
{
    return m_type;
}

} // namespace vitalis::desktop
