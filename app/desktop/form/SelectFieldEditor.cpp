#include "app/desktop/form/SelectFieldEditor.h"

#include "app/desktop/form/FieldOptions.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace vitalis::desktop
{

SelectFieldEditor::SelectFieldEditor(const forms::Field& field,
                                     const forms::ReferenceData* reference, QWidget* parent)
    : FieldEditor(field, parent), m_combo(new QComboBox(this)),
      m_options(fieldOptions(field, reference))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 2);
    layout->addStretch(1);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->addItem(QString());
    for (const auto& o : m_options)
        m_combo->addItem(QString(), QString::fromStdString(o.value));
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { picked(); });
}

nlohmann::json SelectFieldEditor::value() const
{
    const int i = m_combo->currentIndex();
    if (i <= 0)
        return nullptr;
    return m_options[static_cast<std::size_t>(i - 1)].value;
}

void SelectFieldEditor::showValue(const nlohmann::json& value)
{
    int index = 0;
    if (value.is_string())
        for (std::size_t i = 0; i < m_options.size(); ++i)
            if (m_options[i].value == value.get<std::string>())
                index = static_cast<int>(i) + 1;
    m_combo->setCurrentIndex(index);
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
