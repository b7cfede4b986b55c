#include "app/desktop/form/PersonNameFieldEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace vitalis::desktop
{

PersonNameFieldEditor::PersonNameFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    for (std::size_t i = 0; i < field.nameParts.size(); ++i) {
        auto* caption = new QLabel(this);
        auto* edit = new QLineEdit(this);
        edit->setMaxLength(100);
        caption->setBuddy(edit);
        layout->addWidget(caption, 0, static_cast<int>(i));
        layout->addWidget(edit, 1, static_cast<int>(i));
        layout->setColumnStretch(static_cast<int>(i), 1);
        connect(edit, &QLineEdit::textChanged, this, [this] { changed(); });
        commitOnFocusOut(edit);
        m_captions.push_back(caption);
        m_parts.push_back(edit);
    }
    if (!m_parts.empty())
        setFocusProxy(m_parts.front());
}

nlohmann::json PersonNameFieldEditor::value() const
{
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        auto part = textValue(m_parts[i]->text());
        if (!part.is_null())
            out[field().nameParts[i]] = part;
    }
    return out.empty() ? nlohmann::json(nullptr) : out;
}

void PersonNameFieldEditor::showValue(const nlohmann::json& value)
{
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        const auto& part = field().nameParts[i];
        const bool has = value.is_object() && value.contains(part) && value[part].is_string();
        m_parts[i]->setText(has ? QString::fromStdString(value[part].get<std::string>())
                                : QString());
    }
}

void PersonNameFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        const QString part = text.text("field.name." + field().nameParts[i]);
        m_captions[i]->setText(part);
        m_parts[i]->setAccessibleName(QStringLiteral("%1: %2").arg(fieldLabel, part));
    }
}

QWidget* PersonNameFieldEditor::focusTarget()
{
    return m_parts.empty() ? static_cast<QWidget*>(this) : m_parts.front();
}

} // namespace vitalis::desktop
