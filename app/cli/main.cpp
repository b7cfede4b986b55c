// vitalis-cli entry point: a Qt event loop for the keychain, then one command.
#include "VitalisVersion.h"
#include "app/cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Vitalis"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(vitalis::kVersion));
    return vitalis::cli::CliApplication().run(QCoreApplication::arguments());
}
