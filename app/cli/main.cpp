// vitalis-cli entry point: a Qt event loop for the keychain, then one command.
#include "VitalisVersion.h"
#include "app/cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Drawing a certificate needs fonts, i.e. a GUI application; without a display it uses the
    // offscreen platform. Every other command stays a plain core application.
    // (A value that happens to be the word only costs a GUI application that shows nothing.)
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws = draws || std::strcmp(argv[i], "certificate") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Vitalis"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(vitalis::kVersion));
    return vitalis::cli::CliApplication().run(QCoreApplication::arguments());
}
