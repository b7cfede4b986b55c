// Keyboard-only helpers for the form tests: Tab until the focus reaches an input (failing if
// it never does), type into whatever has the focus, pick options with the arrow keys.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QWidget>

namespace vitalis::test
{

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

// Presses Tab on the focused widget until `target` has the focus; false after 60 presses.
inline bool tabTo(QWidget* target)
{
    for (int i = 0; i < 60; ++i) {
        if (focused() == target)
            return true;
        QWidget* from = focused();
        if (!from)
            return false;
        QTest::keyClick(from, Qt::Key_Tab);
    }
    return focused() == target;
}

inline void typeText(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

// Down arrow on the focused combo box until its current data is `value`.
inline bool pickByKeys(const QString& value)
{
    auto* combo = qobject_cast<QComboBox*>(focused());
    if (!combo)
        return false;
    for (int i = 0; i <= combo->count(); ++i) {
        if (combo->currentData().toString() == value)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentData().toString() == value;
}

// Right arrow through a radio group until the focused button's text is `text`, then Space.
inline bool chooseRadio(const QString& text)
{
    for (int i = 0; i < 10; ++i) {
        auto* b = qobject_cast<QAbstractButton*>(focused());
        if (!b)
            return false;
        if (b->text() == text) {
            QTest::keyClick(b, Qt::Key_Space);
            return b->isChecked();
        }
        QTest::keyClick(b, Qt::Key_Right);
    }
    return false;
}

} // namespace vitalis::test
