#include "app/desktop/form/SelectFieldEditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace vitalis::desktop
{

SelectFieldEditor::SelectFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_combo(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 2);
    layout->addStretch(1);
    m_options = field.options;
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->addItem(QString());
    for (const auto& o : m_options)
        m_combo->addItem(QString(), QString::fromStdString(o.value));
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { picked(); });
}

nlohmann::json SelectFieldEditor::value() const
{
    if (m_combo->currentIndex() <= 0)
        return nullptr;
    return m_combo->currentData().toString().toStdString();
}

void SelectFieldEditor::showValue(const nlohmann::json& value)
{
    const int index =
        value.is_string() ? m_combo->findData(QString::fromStdString(value.get<std::string>())) : 0;
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void SelectFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_combo->setItemText(0, tr("(choose)"));
    for (std::size_t i = 0; i < m_options.size(); ++i)
        m_combo->setItemText(static_cast<int>(i) + 1, text.text(m_options[i].label));
    m_combo->setAccessibleName(fieldLabel);
}

QWidget* SelectFieldEditor::focusTarget()
{
    return m_combo;
}

} // namespace vitalis::desktop
