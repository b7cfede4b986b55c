// A person's name in its parts (first, middle, family: those the field offers), one input per
// part with the part's name above it.
#pragma once

#include "app/desktop/form/FieldEditor.h"

#include <vector>

class QLabel;
class QLineEdit;

namespace vitalis::desktop
{

class PersonNameFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    PersonNameFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    std::vector<QLabel*> m_captions;
    std::vector<QLineEdit*> m_parts;
};

} // namespace vitalis::desktop
