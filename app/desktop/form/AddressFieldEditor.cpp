#include "app/desktop/form/AddressFieldEditor.h"

#include "app/desktop/form/ReferenceOptionModels.h"

#include <QStandardItemModel>

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace vitalis::desktop
{

AddressFieldEditor::AddressFieldEditor(const forms::Field& field, const EditorContext& context,
                                       QWidget* parent)
    : FieldEditor(field, parent), m_locationCaption(new QLabel(this)),
      m_location(new QComboBox(this)), m_lineCaption(new QLabel(this)),
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
    m_locationCaption->setBuddy(m_location);
    m_lineCaption->setBuddy(m_line);
    m_line->setMaxLength(200);
    // Type the first letters of the place to jump to it; the list is shared by every address.
    if (field.optionsFrom && context.options)
        m_location->setModel(context.options->modelFor(field, *context.text));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(24);
    setFocusProxy(m_location);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { picked(); });
    connect(m_line, &QLineEdit::textChanged, this, [this] { changed(); });
    commitOnFocusOut(m_line);
}

nlohmann::json AddressFieldEditor::value() const
{
    nlohmann::json out = nlohmann::json::object();
    if (m_location->currentIndex() > 0)
        out["location"] = m_location->currentData().toString().toStdString();
    if (auto line = textValue(m_line->text()); !line.is_null())
        out["line"] = line;
    return out.empty() ? nlohmann::json(nullptr) : out;
}

void AddressFieldEditor::showValue(const nlohmann::json& value)
{
    int index = 0;
    if (value.is_object() && value.contains("location") && value["location"].is_string())
        index = m_location->findData(QString::fromStdString(value["location"].get<std::string>()));
    m_location->setCurrentIndex(index < 0 ? 0 : index);
    const bool hasLine = value.is_object() && value.contains("line") && value["line"].is_string();
    m_line->setText(hasLine ? QString::fromStdString(value["line"].get<std::string>()) : QString());
}

void AddressFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_locationCaption->setText(text.text("field.address.location"));
    m_lineCaption->setText(text.text("field.address.line"));
    if (m_location->count() <= 1)
        m_location->setItemText(0, tr("(no locations on this device)"));
    m_location->setAccessibleName(
        QStringLiteral("%1: %2").arg(fieldLabel, m_locationCaption->text()));
    m_line->setAccessibleName(QStringLiteral("%1: %2").arg(fieldLabel, m_lineCaption->text()));
}

QWidget* AddressFieldEditor::focusTarget()
{
    return m_location;
}

} // namespace vitalis::desktop
