#include "app/desktop/form/PlaceFieldEditor.h"

#include "app/desktop/form/ReferenceOptionModels.h"
#include "app/desktop/form/ReferencePicker.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace vitalis::desktop
{

ReferencePicker* makePicker(const forms::Field& field, const EditorContext& context,
                            QWidget* parent)
{
    if (context.options && context.text && field.optionsFrom)
        return context.options->pickerFor(field, *context.text, parent);
    static const forms::StaticReferenceData none;
    static const auto empty = std::make_shared<const forms::ReferenceSearch>(
        none, "locations", true, [](const std::string& s) { return s; });
    return new ReferencePicker(empty, {}, parent);
}

PlaceFieldEditor::PlaceFieldEditor(const forms::Field& field, const EditorContext& context,
                                   QWidget* parent)
    : FieldEditor(field, parent), m_picker(makePicker(field, context, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 2);
    layout->addStretch(1);
    setFocusProxy(m_picker);
    connect(m_picker, &ReferencePicker::picked, this, [this] { picked(); });
}

nlohmann::json PlaceFieldEditor::value() const
{
    const QString id = m_picker->currentId();
    return id.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(id.toStdString());
}

void PlaceFieldEditor::showValue(const nlohmann::json& value)
{
    m_picker->setCurrentId(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                             : QString());
}

void PlaceFieldEditor::retranslate(const FormText&, const QString& fieldLabel)
{
    m_picker->lineEdit()->setAccessibleName(fieldLabel);
    m_picker->retranslate();
}

QWidget* PlaceFieldEditor::focusTarget()
{
    return m_picker->lineEdit();
}

} // namespace vitalis::desktop
