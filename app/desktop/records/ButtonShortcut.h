// A keyboard shortcut for a button that survives retranslation: QAbstractButton::setText with a
// "&" mnemonic replaces the button's own shortcut, so the shortcut lives in a QShortcut beside
// it (the button keeps its Alt+letter mnemonic too). Fires only while the button is usable.
#pragma once

#include <QAbstractButton>
#include <QShortcut>

namespace vitalis::desktop
{

inline QShortcut* bindShortcut(QAbstractButton* button, const QKeySequence& keys)
{
    auto* shortcut = new QShortcut(keys, button);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
    return shortcut;
}

} // namespace vitalis::desktop
