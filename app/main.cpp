#include "commandline.h"
#include "corpus/samplecorpus.h"
#include "comparepdfcommand.h"
#include "exportcommand.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Marginalia;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QCoreApplication::setApplicationName(QStringLiteral("marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // --lang applies to the window and to the subcommands alike.
    const QString lang = Language::takeOption(arguments);

    if (ExportCommand::isExport(arguments) || ComparePdfCommand::isComparePdf(arguments)) {
        // Export lays out text, which needs fonts and so a QGuiApplication; it
        // never shows anything, so it runs offscreen and needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        Language::install(Language::resolve(lang));
        QStringList cliArguments = app.arguments();
        Language::takeOption(cliArguments);
        return CommandLine::run(cliArguments);
    }
    // Subcommands run without a display: decide before any GUI object exists.
    if (CommandLine::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::install(Language::resolve(lang));
        QStringList cliArguments = app.arguments();
        Language::takeOption(cliArguments);
        return CommandLine::run(cliArguments);
    }

    QApplication app(argc, argv);
    setIdentity();
    Language::install(Language::resolve(lang));
    QApplication::setApplicationDisplayName(QStringLiteral("Marginalia"));
    QApplication::setDesktopFileName(QStringLiteral("org.marginalia.Marginalia"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read, code and compare news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("CORPUS_DIR"),
                                 QApplication::translate("main", "Corpus folder to open (default: the sample corpus)."));
    const QCommandLineOption documentOption(
        QStringLiteral("document"), QApplication::translate("main", "Show this document (path relative to the corpus)."),
        QStringLiteral("PATH"));
    parser.addOption(documentOption);
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Interface language (en, de, ar); default: the preference, else the system's."),
        QStringLiteral("CODE")));
    parser.process(app);

    QString corpus = parser.positionalArguments().value(0);
    // Opening a sidecar file (e.g. from a file manager) opens its corpus.
    if (QFileInfo(corpus).isFile())
        corpus = QFileInfo(corpus).absolutePath();
    if (corpus.isEmpty()) {
        corpus = SampleCorpus::defaultLocation();
        QString error;
        if (!SampleCorpus::install(corpus, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Marginalia"), error);
            return 2;
        }
    }

    MainWindow window;
    window.show();
    if (window.openCorpus(QDir(corpus).absolutePath()) && parser.isSet(documentOption))
        window.showDocument(parser.value(documentOption));
    return app.exec();
}
