#include "codebookcommand.h"

#include "annotation/codebookfile.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::CodebookCommand", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << QLatin1String("marginalia codebook: ") << message << Qt::endl;
    return 2;
}

// Opens the corpus, reporting its problems; false when its codebook cannot be trusted.
bool openCorpus(Corpus &corpus, const QString &directory)
{
    const Corpus::OpenStatus status = corpus.open(directory);
    for (const Problem &p : corpus.problems()) {
        if (p.severity == Problem::Severity::Error && p.file == QLatin1String("marginalia.json"))
            err() << tr("error") << QLatin1String(": ") << p.file << QLatin1String(": ") << p.message << Qt::endl;
    }
    return status == Corpus::OpenStatus::Ok;
}
} // namespace

int CodebookCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action != QLatin1String("export") && action != QLatin1String("import"))
        return fail(tr("expected export or import, e.g. marginalia codebook export CORPUS_DIR OUT.json"));
    if (args.size() < 4)
        return fail(action == QLatin1String("export") ? tr("expected CORPUS_DIR and the file to write")
                                                      : tr("expected CORPUS_DIR and the file to read"));
    const QString directory = args.at(2);
    const QString file = args.at(3);
    Corpus corpus;
    if (!openCorpus(corpus, directory)) {
        if (corpus.isOpen())
            return fail(tr("%1: the annotation file cannot be read, so neither can its codebook")
                            .arg(QDir::toNativeSeparators(corpus.sidecarPath())));
        return fail(tr("%1: the corpus folder cannot be read").arg(QDir::toNativeSeparators(directory)));
    }

    if (action == QLatin1String("export")) {
        QString error;
        if (!CodebookFile::save(file, corpus.codebook()->tags(), &error))
            return fail(error);
        out() << tr("%1 tags written to %2").arg(corpus.codebook()->tagCount()).arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return 0;
    }

    const CodebookFile::ParseResult read = CodebookFile::load(file);
    if (!read.ok)
        return fail(read.error);
    if (corpus.isReadOnly())
        return fail(
            tr("%1 is not changed: %2").arg(QDir::toNativeSeparators(corpus.sidecarPath()), corpus.readOnlyReason()));
    Corpus::CodebookImport result;
    QString error;
    if (!corpus.importCodebook(read.tags, tr("Import codebook “%1”").arg(QFileInfo(file).fileName()), &result, &error))
        return fail(error);
    if (corpus.isModified() && !corpus.save(&error))
        return fail(error);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject report { { QStringLiteral("file"), file }, { QStringLiteral("added"), result.added },
            { QStringLiteral("updated"), result.updated }, { QStringLiteral("unchanged"), result.unchanged },
            { QStringLiteral("shortcutsSkipped"), result.shortcutsSkipped },
            { QStringLiteral("tags"), corpus.codebook()->tagCount() } };
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        out() << tr("%1 tags added, %2 changed, %3 already there (%4 shortcuts in use left out); the codebook has %5 "
                    "tags")
                     .arg(result.added)
                     .arg(result.updated)
                     .arg(result.unchanged)
                     .arg(result.shortcutsSkipped)
                     .arg(corpus.codebook()->tagCount())
              << Qt::endl;
    }
    return 0;
}

} // namespace Marginalia
