// vitalis: the desktop client. Parses the command line and hands over to AppController.
#include "VitalisVersion.h"
#include "app/desktop/shell/AppController.h"
#include "app/keychain/KeychainKeyProvider.h"
#include "core/store/FileKeyProvider.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <string_view>

int main(int argc, char** argv)
{
    // --version must work where there is no display (packaging checks, SSH sessions).
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--version" || std::string_view(argv[i]) == "-v") {
            std::printf("vitalis %s\n", vitalis::kVersion);
            return 0;
        }
    QApplication app(argc, argv);
    // Same application name and no organisation, as vitalis-cli: both front ends then see the
    // same profiles (~/.local/share/Vitalis/profiles on Linux).
    QApplication::setApplicationName(QStringLiteral("Vitalis"));
    QApplication::setApplicationVersion(QLatin1String(vitalis::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vitalis civil registration desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Server address to prefill on the first sign-in."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("profile-dir"),
                      QStringLiteral("Directory holding the user profiles (default: the user's "
                                     "application data directory)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("key-dir"),
                      QStringLiteral("Keep database keys in files under DIR instead of the OS "
                                     "keychain (hosts without a keychain only)."),
                      QStringLiteral("DIR")});
    parser.process(app);

    QString root = parser.value(QStringLiteral("profile-dir"));
    if (root.isEmpty())
        root = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                   .filePath(QStringLiteral("profiles"));
    std::unique_ptr<vitalis::KeyProvider> keys;
    if (parser.isSet(QStringLiteral("key-dir"))) {
        std::fprintf(stderr,
                     "vitalis: warning: database keys are kept in files under %s, not in "
                     "the OS keychain\n",
                     qPrintable(parser.value(QStringLiteral("key-dir"))));
        keys = std::make_unique<vitalis::FileKeyProvider>(
            parser.value(QStringLiteral("key-dir")).toStdString());
    } else {
        keys = std::make_unique<vitalis::KeychainKeyProvider>();
    }
    vitalis::SystemClock clock;
    vitalis::desktop::AppOptions options;
    options.profilesRoot = root;
    options.defaultServer = parser.value(QStringLiteral("server"));
    vitalis::desktop::AppController controller(*keys, clock, options);
    controller.start();
    // Start-up benchmark: quit as soon as the first screen is up (see tests/bench/gui).
    if (qEnvironmentVariableIsSet("VITALIS_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
    return QApplication::exec();
}
