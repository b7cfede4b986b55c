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
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "certificate") == 0) {
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
