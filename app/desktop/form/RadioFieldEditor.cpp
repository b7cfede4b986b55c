#include "app/desktop/form/RadioFieldEditor.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QRadioButton>

namespace vitalis::desktop
{

RadioFieldEditor::RadioFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_group(new QButtonGroup(this))
{
    // Up to four options side by side; more read better one per line.
    auto* layout = new QBoxLayout(
        field.options.size() > 4 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < field.options.size(); ++i) {
        auto* b = new QRadioButton(this);
        m_group->addButton(b, static_cast<int>(i));
        layout->addWidget(b);
        m_buttons.push_back(b);
    }
    layout->addStretch(1);
    if (!m_buttons.empty())
        setFocusProxy(m_buttons.front());
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            picked();
    });
}

nlohmann::json RadioFieldEditor::value() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return nullptr;
    return field().options[static_cast<std::size_t>(id)].value;
}

void RadioFieldEditor::showValue(const nlohmann::json& value)
{
    m_group->setExclusive(false);
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setChecked(value.is_string() &&
                                 field().options[i].value == value.get<std::string>());
    m_group->setExclusive(true);
}

void RadioFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        const QString option = text.text(field().options[i].label);
        m_buttons[i]->setText(option);
        m_buttons[i]->setAccessibleName(QStringLiteral("%1: %2").arg(fieldLabel, option));
    }
}

QWidget* RadioFieldEditor::focusTarget()
{
    if (auto* checked = m_group->checkedButton())
        return checked;
    return m_buttons.empty() ? static_cast<QWidget*>(this) : m_buttons.front();
}

} // namespace vitalis::desktop
