// How a screen asks to go somewhere else without knowing the other screens: MainWindow
// implements it, screens get a reference. Keeps every screen independent of the window.
#pragma once

#include <QString>

namespace vitalis::desktop
{

class Navigator
{
public:
    virtual ~Navigator() = default;
    virtual void goHome() = 0;
    // A new declaration of `eventType` ("birth", "death") on the latest form version.
    virtual void newDeclaration(const QString& eventType) = 0;
    // Resume editing a record that is a draft or still editable (In progress, Requires updates).
    virtual void editRecord(const QString& recordId) = 0;
    virtual void openRecord(const QString& recordId) = 0;
    // The form of a registered record in correction mode: a request, or with `direct` the
    // registrar's correction in one step.
    virtual void correctRecord(const QString& recordId, bool direct) = 0;
    virtual void openConflicts(const QString& recordId) = 0; // empty: every open conflict
    virtual void openOutbox() = 0;
    virtual void openSearch(const QString& text) = 0;
    // The side-by-side comparison of a possible duplicate (empty: the oldest in the queue).
    // Not pure: screens and test navigators that never go there need not implement it.
    virtual void openDuplicates(const QString& recordId) { (void)recordId; }
};

} // namespace vitalis::desktop
