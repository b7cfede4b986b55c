// Gives gtest-based tests the QCoreApplication that Qt needs (keychain jobs, SQL drivers),
// with QStandardPaths in test mode so no test ever touches a real profile.
#pragma once

#include <QCoreApplication>
#include <QStandardPaths>

namespace vitalis::test
{

inline QCoreApplication& qtTestApp()
{
    static int argc = 1;
    static char name[] = "vitalis-tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = [] {
        QStandardPaths::setTestModeEnabled(true);
        return new QCoreApplication(argc, argv);
    }();
    return *app;
}

} // namespace vitalis::test
