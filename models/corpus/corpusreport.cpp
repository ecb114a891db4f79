#include "corpusreport.h"

#include "annotation/textoffsets.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "similarityfinder.h"

#include <QDir>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <numeric>

namespace Marginalia {

namespace {

QJsonObject listingObject(const CorpusModel *model, int row)
{
    const Document &d = model->document(row);
    QJsonObject o;
    o.insert(QLatin1String("path"), d.path);
    o.insert(QLatin1String("title"), d.meta.title);
    o.insert(QLatin1String("outlet"), d.meta.outlet);
    o.insert(QLatin1String("date"), d.meta.date.isValid() ? d.meta.date.toString(Qt::ISODate) : QString());
    o.insert(QLatin1String("author"), d.meta.author);
    o.insert(QLatin1String("url"), d.meta.url);
    o.insert(QLatin1String("format"), d.format);
    o.insert(QLatin1String("words"), d.wordCount);
    o.insert(QLatin1String("annotations"), int(model->spans(row).size()));
    o.insert(QLatin1String("sha256"), QString::fromLatin1(d.sha256));
    o.insert(QLatin1String("extractor"), QStringLiteral("%1/%2").arg(d.format).arg(d.extractorVersion));
    o.insert(QLatin1String("encoding"), d.encoding);
    QJsonArray boilerplate;
    if (!d.boilerplate.isEmpty()) {
        // Offsets in code points, like the sidecar's.
        const QString text = d.scanText();
        const TextOffsets offsets(text);
        for (const TextRange &r : d.boilerplate) {
            QJsonObject b;
            b.insert(QLatin1String("start"), offsets.toCodePoint(r.start));
            b.insert(QLatin1String("end"), offsets.toCodePoint(r.end));
            b.insert(QLatin1String("text"), text.mid(r.start, r.end - r.start));
            boilerplate.append(b);
        }
    }
    o.insert(QLatin1String("boilerplate"), boilerplate);
    return o;
}

QVector<int> allRows(const CorpusModel *model)
{
    QVector<int> rows(model->documentCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace

QJsonArray CorpusReport::listing(const Corpus &corpus)
{
    const CorpusModel *model = corpus.documents();
    // One object per document, built on all cores (reading the model only);
    // the array keeps row order.
    const QVector<QJsonObject> objects = QtConcurrent::blockingMapped<QVector<QJsonObject>>(
        allRows(model), [model](int row) { return listingObject(model, row); });
    QJsonArray out;
    for (const QJsonObject &o : objects)
        out.append(o);
    return out;
}

namespace {

// A JSON string as QJsonDocument writes one: UTF-8; '"', '\\' and the
// control characters escaped (\b \f \n \r \t, else \u00XX); a lone
// surrogate, which UTF-8 cannot hold, as \uXXXX.
void appendJsonString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t *run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype n = p - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char *d = out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                d[i] = char(run[i]);
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x8:
                out += 'b';
                break;
            case 0xc:
                out += 'f';
                break;
            case 0xa:
                out += 'n';
                break;
            case 0xd:
                out += 'r';
                break;
            case 0x9:
                out += 't';
                break;
            default:
                out += "u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            const char bytes[] = { char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)),
                char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F)) };
            out.append(bytes, 4);
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            out += hex[u >> 12];
            out += hex[(u >> 8) & 0xf];
            out += hex[(u >> 4) & 0xf];
            out += hex[u & 0xf];
        } else if (u < 0x800) {
            const char bytes[] = { char(0xC0 | (u >> 6)), char(0x80 | (u & 0x3F)) };
            out.append(bytes, 2);
        } else {
            const char bytes[] = { char(0xE0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3F)), char(0x80 | (u & 0x3F)) };
            out.append(bytes, 3);
        }
    }
    out += '"';
}

// One document of the listing as QJsonDocument's indented writer puts it in
// the array: keys in QJsonObject's (sorted) order, four spaces per level.
void appendListingEntry(QByteArray &out, const CorpusModel *model, int row)
{
    const Document &d = model->document(row);
    auto key = [&out](const char *name) {
        out += "        \"";
        out += name;
        out += "\": ";
    };
    auto string = [&](const char *name, QStringView value) {
        key(name);
        appendJsonString(out, value);
        out += ",\n";
    };
    out += "    {\n";
    key("annotations");
    out += QByteArray::number(qsizetype(model->spans(row).size()));
    out += ",\n";
    string("author", d.meta.author);
    key("boilerplate");
    out += "[\n";
    if (!d.boilerplate.isEmpty()) {
        // Offsets in code points, like the sidecar's.
        const QString text = d.scanText();
        const TextOffsets offsets(text);
        for (qsizetype i = 0; i < d.boilerplate.size(); ++i) {
            const TextRange &r = d.boilerplate.at(i);
            out += "            {\n                \"end\": ";
            out += QByteArray::number(offsets.toCodePoint(r.end));
            out += ",\n                \"start\": ";
            out += QByteArray::number(offsets.toCodePoint(r.start));
            out += ",\n                \"text\": ";
            appendJsonString(out, QStringView(text).mid(r.start, r.end - r.start));
            out += i + 1 < d.boilerplate.size() ? "\n            },\n" : "\n            }\n";
        }
    }
    out += "        ],\n";
    string("date", d.meta.date.isValid() ? d.meta.date.toString(Qt::ISODate) : QString());
    string("encoding", d.encoding);
    string("extractor", QStringLiteral("%1/%2").arg(d.format).arg(d.extractorVersion));
    string("format", d.format);
    string("outlet", d.meta.outlet);
    string("path", d.path);
    string("sha256", QString::fromLatin1(d.sha256));
    string("title", d.meta.title);
    string("url", d.meta.url);
    key("words");
    out += QByteArray::number(d.wordCount);
    out += "\n    }";
}

} // namespace

QByteArray CorpusReport::listingJson(const Corpus &corpus)
{
    const CorpusModel *model = corpus.documents();
    // QJsonDocument(listing()).toJson(Indented) byte for byte, written
    // directly and on all cores: building a QJsonObject per document and the
    // array, then writing it on one thread, was 0.25 s of CPU and 0.1 s of
    // the serial end of `list --json` over 10,000 documents.
    // tst_corpus compares the two.
    const QVector<QByteArray> parts
        = QtConcurrent::blockingMapped<QVector<QByteArray>>(allRows(model), [model](int row) {
              QByteArray entry;
              entry.reserve(1024);
              appendListingEntry(entry, model, row);
              return entry;
          });
    if (parts.isEmpty())
        return QByteArrayLiteral("[\n]\n");
    qsizetype size = 4;
    for (const QByteArray &p : parts)
        size += p.size() + 2;
    QByteArray out;
    out.reserve(size);
    out += "[\n";
    for (int i = 0; i < parts.size(); ++i) {
        out += parts.at(i);
        out += i + 1 < parts.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}

QJsonArray CorpusReport::similar(const Corpus &corpus, double minScore)
{
    const CorpusModel *model = corpus.documents();
    QVector<Document> documents;
    documents.reserve(model->documentCount());
    for (int row = 0; row < model->documentCount(); ++row)
        documents.append(model->document(row));
    QJsonArray out;
    for (const SimilarityFinder::Pair &p : SimilarityFinder::find(documents, minScore)) {
        QJsonObject o;
        o.insert(QLatin1String("a"), documents.at(p.first).path);
        o.insert(QLatin1String("b"), documents.at(p.second).path);
        o.insert(QLatin1String("score"), std::round(p.score * 1000.0) / 1000.0);
        o.insert(QLatin1String("overlap"), std::round(p.overlap * 1000.0) / 1000.0);
        o.insert(QLatin1String("near_duplicate"), p.nearDuplicate);
        o.insert(QLatin1String("wire_copy"), p.wireCopy);
        out.append(o);
    }
    return out;
}

QJsonObject CorpusReport::check(const Corpus &corpus)
{
    QJsonArray problems;
    bool errors = false;
    for (const Problem &p : corpus.problems()) {
        QJsonObject o;
        o.insert(QLatin1String("file"), p.file);
        o.insert(QLatin1String("severity"), p.severity == Problem::Severity::Error ? QStringLiteral("error")
                                                                                   : QStringLiteral("warning"));
        o.insert(QLatin1String("message"), p.message);
        problems.append(o);
        errors = errors || p.severity == Problem::Severity::Error;
    }
    QJsonObject o;
    o.insert(QLatin1String("ok"), problems.isEmpty());
    o.insert(QLatin1String("corpus"), QDir::toNativeSeparators(corpus.rootPath()));
    o.insert(QLatin1String("sidecar"), QDir::toNativeSeparators(corpus.sidecarPath()));
    o.insert(QLatin1String("read_only"), corpus.isReadOnly());
    o.insert(QLatin1String("documents"), corpus.documents()->documentCount());
    o.insert(QLatin1String("annotations"), corpus.annotationCount());
    o.insert(QLatin1String("tags"), corpus.codebook()->tagCount());
    QJsonObject anchoring;
    const QMap<QString, int> counts = corpus.anchorCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        anchoring.insert(it.key(), it.value());
    o.insert(QLatin1String("anchoring"), anchoring);
    o.insert(QLatin1String("journal"), journal(corpus));
    o.insert(QLatin1String("problems"), problems);
    return o;
}

QJsonValue CorpusReport::journal(const Corpus &corpus)
{
    const Corpus::JournalInfo &info = corpus.journalInfo();
    QString state;
    switch (info.state) {
    case Corpus::JournalInfo::State::None:
        return QJsonValue::Null;
    case Corpus::JournalInfo::State::Recoverable:
        state = QStringLiteral("recoverable");
        break;
    case Corpus::JournalInfo::State::Unmatched:
        state = QStringLiteral("unmatched");
        break;
    case Corpus::JournalInfo::State::Unreadable:
        state = QStringLiteral("unreadable");
        break;
    }
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o;
    o.insert(QLatin1String("state"), state);
    o.insert(QLatin1String("path"), QDir::toNativeSeparators(info.path));
    o.insert(QLatin1String("changes"), info.changes);
    o.insert(QLatin1String("created"), time(info.created));
    o.insert(QLatin1String("last_change"), time(info.lastChange));
    o.insert(QLatin1String("damaged_tail"), !info.warnings.isEmpty());
    return o;
}

int CorpusReport::checkExitCode(const Corpus &corpus, Corpus::OpenStatus status)
{
    if (status != Corpus::OpenStatus::Ok)
        return 2;
    return corpus.problems().isEmpty() ? 0 : 1;
}

} // namespace Marginalia
