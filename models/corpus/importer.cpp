#include "importer.h"

#include "boilerplatedetector.h"
#include "textimporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Marginalia {

Importer::~Importer() = default;

void Importer::finish(ImportResult &result, const QString &relativePath, bool markdownTitle)
{
    Document &doc = result.document;
    doc.path = relativePath;
    doc.setText(TextImporter::normaliseLineEndings(doc.takeText()));
    doc.sha256 = TextImporter::sha256Hex(doc.text());
    doc.wordCount = TextImporter::countWords(doc.text());
    doc.meta.title = doc.meta.title.simplified();
    if (doc.meta.title.isEmpty())
        doc.meta.title = TextImporter::firstNonEmptyLine(doc.text(), markdownTitle);
    if (doc.meta.title.isEmpty())
        doc.meta.title = QFileInfo(relativePath).completeBaseName();
    doc.meta.title = doc.meta.title.left(300);
    const int slash = int(relativePath.lastIndexOf(QLatin1Char('/')));
    if (doc.meta.outlet.isEmpty() && slash > 0) {
        // Articles grouped in per-outlet folders: the innermost folder names the outlet.
        const QString dir = relativePath.left(slash);
        doc.meta.outlet = dir.mid(dir.lastIndexOf(QLatin1Char('/')) + 1);
    }
    if (!doc.meta.date.isValid()) {
        static const QRegularExpression leadingDate(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
        const auto m = leadingDate.match(QFileInfo(relativePath).fileName());
        if (m.hasMatch())
            doc.meta.date = QDate::fromString(m.captured(1), Qt::ISODate);
    }
    doc.boilerplate = BoilerplateDetector::ruleLines(doc.text());
    if (QStringView(doc.text()).trimmed().isEmpty()) // a view: trimmed() of the QString copied the whole text
        result.warnings.append(QCoreApplication::translate("Marginalia::TextImporter", "the article is empty"));
    result.ok = true;
}

} // namespace Marginalia
