#include "app/desktop/form/CheckboxFieldEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace vitalis::desktop
{

CheckboxFieldEditor::CheckboxFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_box(new QCheckBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 1);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::toggled, this, [this] { picked(); });
}

nlohmann::json CheckboxFieldEditor::value() const
{
    return m_box->isChecked() ? nlohmann::json(true) : nlohmann::json(nullptr);
}

void CheckboxFieldEditor::showValue(const nlohmann::json& value)
{
    m_box->setChecked(value.is_boolean() && value.get<bool>());
}

void CheckboxFieldEditor::retranslate(const FormText&, const QString& fieldLabel)
{
    m_box->setText(fieldLabel);
    m_box->setAccessibleName(fieldLabel);
}

QWidget* CheckboxFieldEditor::focusTarget()
{
    return m_box;
}

} // namespace vitalis::desktop
