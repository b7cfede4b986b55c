#include "app/desktop/form/AddressFieldEditor.h"

#include "app/desktop/form/PlaceFieldEditor.h"
#include "app/desktop/form/ReferencePicker.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace vitalis::desktop
{

AddressFieldEditor::AddressFieldEditor(const forms::Field& field, const EditorContext& context,
                                       QWidget* parent)
    : FieldEditor(field, parent), m_locationCaption(new QLabel(this)),
      m_location(makePicker(field, context, this)), m_lineCaption(new QLabel(this)),
      m_line(new QLineEdit(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_locationCaption, 0, 0);
    layout->addWidget(m_location, 1, 0);
    layout->addWidget(m_lineCaption, 0, 1);
    layout->addWidget(m_line, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    m_locationCaption->setBuddy(m_location->lineEdit());
    m_lineCaption->setBuddy(m_line);
    m_line->setMaxLength(200);
    setFocusProxy(m_location);
    connect(m_location, &ReferencePicker::picked, this, [this] { picked(); });
    connect(m_line, &QLineEdit::textChanged, this, [this] { changed(); });
    commitOnFocusOut(m_line);
}

nlohmann::json AddressFieldEditor::value() const
{
    nlohmann::json out = nlohmann::json::object();
    if (!m_location->currentId().isEmpty())
        out["location"] = m_location->currentId().toStdString();
    if (auto line = textValue(m_line->text()); !line.is_null())
        out["line"] = line;
    return out.empty() ? nlohmann::json(nullptr) : out;
}

void AddressFieldEditor::showValue(const nlohmann::json& value)
{
    const bool hasPlace =
        value.is_object() && value.contains("location") && value["location"].is_string();
    m_location->setCurrentId(hasPlace ? QString::fromStdString(value["location"].get<std::string>())
                                      : QString());
    const bool hasLine = value.is_object() && value.contains("line") && value["line"].is_string();
    m_line->setText(hasLine ? QString::fromStdString(value["line"].get<std::string>()) : QString());
}

void AddressFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_locationCaption->setText(text.text("field.address.location"));
    m_lineCaption->setText(text.text("field.address.line"));
    m_location->retranslate();
    m_location->lineEdit()->setAccessibleName(
        QStringLiteral("%1: %2").arg(fieldLabel, m_locationCaption->text()));
    m_line->setAccessibleName(QStringLiteral("%1: %2").arg(fieldLabel, m_lineCaption->text()));
}

QWidget* AddressFieldEditor::focusTarget()
{
    return m_location->lineEdit();
}

} // namespace vitalis::desktop
