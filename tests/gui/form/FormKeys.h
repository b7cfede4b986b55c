// Keyboard-only helpers for the form tests: Tab until the focus reaches an input (failing if
// it never does), type into whatever has the focus, pick options with the arrow keys, search
// places by typing and choose them with Down and Enter.
#pragma once

#include "app/desktop/form/ReferencePicker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
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

// The picker whose text input has the focus, if any.
inline desktop::ReferencePicker* focusedPicker()
{
    auto* edit = qobject_cast<QLineEdit*>(focused());
    return edit ? qobject_cast<desktop::ReferencePicker*>(edit->parentWidget()) : nullptr;
}

// In the focused place picker: types `search`, then Down through the list until the place
// `id` is highlighted, then Enter.
inline bool searchAndPick(const QString& search, const QString& id)
{
    auto* picker = focusedPicker();
    if (!picker)
        return false;
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), search);
    auto* popup = picker->completer()->popup();
    if (!QTest::qWaitFor([&] { return popup->isVisible(); }, 2000))
        return false;
    for (int i = 0; i < popup->model()->rowCount(); ++i) {
        QTest::keyClick(popup, Qt::Key_Down);
        if (popup->currentIndex().data(Qt::UserRole).toString() == id) {
            QTest::keyClick(popup, Qt::Key_Return);
            return picker->currentId() == id;
        }
    }
    return false;
}

// Down arrow on the focused combo box until its current data is `value`; in a place picker,
// searches the first word of the place's own name and picks it.
inline bool pickByKeys(const QString& value)
{
    if (auto* picker = focusedPicker()) {
        const QString name = picker->pathOf(value).split(QStringLiteral(" > ")).last();
        return searchAndPick(name.section(QLatin1Char(' '), 0, 0), value);
    }
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
