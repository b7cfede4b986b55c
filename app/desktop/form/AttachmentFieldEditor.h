// Documents of an attachment field: a list with previews (image thumbnail; an icon and the
// name for PDFs), a document type to choose, "Add file..." (a file dialog) and "Remove".
// The screen stores the bytes (encrypted, through the store) and hands back the new value.
#pragma once

#include "app/desktop/form/FieldEditor.h"

#include <QByteArray>
#include <functional>
#include <string>

class QComboBox;
class QFileDialog;
class QLabel;
class QListWidget;
class QPushButton;

namespace vitalis::desktop
{

class AttachmentFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    using Reader = std::function<QByteArray(const std::string& attachmentId)>;
    AttachmentFieldEditor(const forms::Field& field, Reader reader, QWidget* parent);
    ~AttachmentFieldEditor() override;
    nlohmann::json value() const override { return m_value; }
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;
    // Why the last file could not be added ("" clears it).
    void showProblem(const QString& text);
    // Opens the file chooser (also what "Add file..." does); tests reach it by keyboard.
    void chooseFile();
    QFileDialog* fileDialog() const { return m_dialog; }

Q_SIGNALS:
    void addFileRequested(const QString& path, const QString& documentType);
    void removeRequested(int index);

protected:
    void showValue(const nlohmann::json& value) override;

private:
    void refreshButtons();
    Reader m_reader;
    nlohmann::json m_value = nlohmann::json::array();
    QListWidget* m_list;
    QLabel* m_typeCaption;
    QComboBox* m_type;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problem;
    QFileDialog* m_dialog = nullptr;
    FormText m_text;
};

} // namespace vitalis::desktop
