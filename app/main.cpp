#include "commandline.h"
#include "corpus/samplecorpus.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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

    // Subcommands run without a display: decide before any GUI object exists.
    if (CommandLine::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
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
    parser.process(app);

    QString corpus = parser.positionalArguments().value(0);
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
