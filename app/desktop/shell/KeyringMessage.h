// What a clerk is told when the OS keyring cannot hand out a profile's key (locked, stopped,
// or refusing): the same words at the profile list and at the online sign-in.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace vitalis::desktop
{

class KeyringMessage
{
    Q_DECLARE_TR_FUNCTIONS(vitalis::desktop::KeyringMessage)
public:
    static QString text();
    // True for the errors that mean "the keyring", whatever layer threw them.
    static bool isKeyringProblem(const std::exception& error);
};

} // namespace vitalis::desktop
