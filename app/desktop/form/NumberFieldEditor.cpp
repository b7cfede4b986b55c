#include "app/desktop/form/NumberFieldEditor.h"

#include "app/desktop/form/UnitText.h"
#include "core/DateText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <cmath>

namespace vitalis::desktop
{

NumberFieldEditor::NumberFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_edit(new QLineEdit(this)), m_unit(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_unit);
    layout->addStretch(2);
    m_edit->setLayoutDirection(Qt::LeftToRight);
    m_unit->setVisible(!field.unit.empty());
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { changed(); });
    commitOnFocusOut(m_edit);
}

nlohmann::json parseNumber(const QString& text)
{
    // Arabic-Indic digits and the Arabic decimal separator read as what they are.
    const QString t = QString::fromStdString(latinDigits(text.trimmed().toStdString()))
                          .replace(QChar(0x066B), QLatin1Char('.'));
    if (t.isEmpty())
        return nullptr;
    bool ok = false;
    const double v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return t.toStdString();
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return static_cast<std::int64_t>(v);
    return v;
}

nlohmann::json NumberFieldEditor::value() const
{
    return parseNumber(m_edit->text());
}

void NumberFieldEditor::showValue(const nlohmann::json& value)
{
    if (value.is_number_integer())
        m_edit->setText(QString::number(value.get<std::int64_t>()));
    else if (value.is_number())
        m_edit->setText(QString::number(value.get<double>()));
    else if (value.is_string())
        m_edit->setText(QString::fromStdString(value.get<std::string>()));
    else
        m_edit->clear();
}

void NumberFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_unit->setText(UnitText::of(field().unit));
    m_edit->setAccessibleName(
        field().unit.empty() ? fieldLabel : tr("%1 (in %2)").arg(fieldLabel, m_unit->text()));
    m_edit->setPlaceholderText(text.text(field().placeholder));
}

QWidget* NumberFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace vitalis::desktop
