#include "app/desktop/form/ComputedFieldEditor.h"

#include "app/desktop/form/UnitText.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace vitalis::desktop
{

ComputedFieldEditor::ComputedFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_view(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addStretch(2);
    m_view->setReadOnly(true);
    m_view->setFrame(false);
    m_view->setBackgroundRole(QPalette::Window);
    // Nothing to type: Tab skips it (screen readers still read it with the page).
    m_view->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::NoFocus);
}

void ComputedFieldEditor::showValue(const nlohmann::json& value)
{
    QString text;
    if (value.is_string())
        text = QString::fromStdString(value.get<std::string>());
    else if (!value.is_null())
        text = QString::fromStdString(value.dump());
    text = UnitText::withUnit(text, field().unit);
    m_view->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void ComputedFieldEditor::retranslate(const FormText&, const QString& fieldLabel)
{
    m_view->setAccessibleName(fieldLabel);
}

QWidget* ComputedFieldEditor::focusTarget()
{
    return m_view;
}

} // namespace vitalis::desktop
