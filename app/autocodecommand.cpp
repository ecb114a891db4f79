#include "autocodecommand.h"

#include "annotation/autocoder.h"
#include "cliprogress.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"

#include <QColor>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::AutocodeCommand", text);
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
    err() << QLatin1String("marginalia autocode: ") << message << Qt::endl;
    return 2;
}
} // namespace

void AutocodeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("tag"), tr("autocode: the tag (name or \"Parent / Child\" path)."), QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("text"), tr("autocode: code every occurrence of this text."), QStringLiteral("STRING") });
    parser.addOption({ QStringLiteral("regex"), tr("autocode: code every match of this regular expression."),
        QStringLiteral("PATTERN") });
    parser.addOption(
        { QStringLiteral("doc"), tr("autocode: only this document (repeatable)."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("note"), tr("autocode: note for every new highlight."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("create-tag"), tr("autocode: create the tag if the codebook has none of that name.") });
    parser.addOption({ QStringLiteral("color"), tr("autocode: colour of a created tag."), QStringLiteral("#RRGGBB") });
    parser.addOption({ QStringLiteral("ignore-case"), tr("autocode: match regardless of case.") });
    parser.addOption({ QStringLiteral("whole-word"), tr("autocode: match whole words only.") });
}

int AutocodeCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return fail(tr("missing CORPUS_DIR (see marginalia --help)"));
    const QString tagName = parser.value(QStringLiteral("tag")).trimmed();
    if (tagName.isEmpty())
        return fail(tr("missing --tag NAME"));
    const bool hasText = parser.isSet(QStringLiteral("text"));
    const bool hasRegex = parser.isSet(QStringLiteral("regex"));
    if (hasText == hasRegex)
        return fail(tr("give exactly one of --text STRING or --regex PATTERN"));
    QColor color;
    if (parser.isSet(QStringLiteral("color"))) {
        color = QColor::fromString(parser.value(QStringLiteral("color")));
        if (!color.isValid() || !parser.value(QStringLiteral("color")).startsWith(QLatin1Char('#')))
            return fail(
                tr("--color %1 is not a colour of the form #RRGGBB").arg(parser.value(QStringLiteral("color"))));
        if (!parser.isSet(QStringLiteral("create-tag")))
            return fail(tr("--color only applies with --create-tag"));
    }

    CorpusSearch::Query query;
    query.regex = hasRegex;
    query.pattern = parser.value(hasRegex ? QStringLiteral("regex") : QStringLiteral("text"));
    query.caseSensitive = !parser.isSet(QStringLiteral("ignore-case"));
    query.wholeWord = parser.isSet(QStringLiteral("whole-word"));
    const CorpusSearch check(query);
    if (!check.isValid())
        return fail(check.errorString());

    Corpus corpus;
    corpus.setImportCacheEnabled(!parser.isSet(QStringLiteral("no-cache")));
    CliProgress::setUpImport(parser, corpus);
    const Corpus::OpenStatus status = corpus.open(args.at(1));
    for (const Problem &p : corpus.problems()) {
        err() << (p.severity == Problem::Severity::Error ? tr("error") : tr("warning")) << QLatin1String(": ") << p.file
              << QLatin1String(": ") << p.message << Qt::endl;
    }
    if (status == Corpus::OpenStatus::Failed)
        return 2;
    if (corpus.isReadOnly())
        return fail(
            tr("%1 is not changed: %2").arg(QDir::toNativeSeparators(corpus.sidecarPath()), corpus.readOnlyReason()));

    QString tagId = corpus.codebook()->findByName(tagName);
    bool created = false;
    if (tagId.isEmpty()) {
        if (!parser.isSet(QStringLiteral("create-tag")))
            return fail(tr("the codebook has no tag \"%1\" (add --create-tag to create it)").arg(tagName));
        tagId = corpus.addTag(tagName, color.isValid() ? color : corpus.suggestTagColor());
        if (tagId.isEmpty())
            return fail(tr("could not create the tag \"%1\"").arg(tagName));
        created = true;
    }

    const AutoCoder::Result result = AutoCoder::run(
        &corpus, tagId, query, parser.values(QStringLiteral("doc")), parser.value(QStringLiteral("note")));
    if (!result.ok)
        return fail(result.error);
    if (corpus.isModified()) {
        QString error;
        if (!corpus.save(&error))
            return fail(error);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray documents;
        for (const auto &d : result.documents) {
            documents.append(QJsonObject { { QStringLiteral("path"), d.path }, { QStringLiteral("matches"), d.matches },
                { QStringLiteral("added"), d.added } });
        }
        const QJsonObject report { { QStringLiteral("tag"), corpus.codebook()->tagPath(tagId) },
            { QStringLiteral("tagId"), tagId }, { QStringLiteral("createdTag"), created },
            { QStringLiteral("matches"), result.matches }, { QStringLiteral("added"), result.added },
            { QStringLiteral("documents"), documents } };
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &d : result.documents)
            out() << d.path << QLatin1Char('\t') << tr("%1 added").arg(d.added) << QLatin1Char('\t')
                  << tr("%1 matches").arg(d.matches) << Qt::endl;
        out() << tr("%1 highlights added with tag \"%2\" (%3 matches in %4 documents, %5 already coded)%6")
                     .arg(result.added)
                     .arg(corpus.codebook()->tagPath(tagId))
                     .arg(result.matches)
                     .arg(result.documents.size())
                     .arg(result.matches - result.added)
                     .arg(created ? tr("; tag created") : QString())
              << Qt::endl;
    }
    return 0;
}

} // namespace Marginalia
