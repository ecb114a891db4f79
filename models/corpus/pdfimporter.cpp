#include "pdfimporter.h"

#include <QCoreApplication>
#include <QRectF>
#include <QRegularExpression>

#include <poppler-qt6.h>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::PdfImporter", text);
}

void quietPoppler(const QString &, const QVariant &)
{
    // Poppler prints every syntax complaint to stderr; problems that matter
    // reach the analyst as the import report instead.
}

// The smallest valid PDF: one empty page, with a correct cross-reference table.
QByteArray emptyPdf()
{
    const QByteArray objects[] = {
        QByteArrayLiteral("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
        QByteArrayLiteral("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"),
        QByteArrayLiteral("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>\nendobj\n"),
    };
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n");
    QByteArray xref = QByteArrayLiteral("xref\n0 4\n0000000000 65535 f \n");
    for (const QByteArray &o : objects) {
        xref += QByteArray::number(pdf.size()).rightJustified(10, '0') + " 00000 n \n";
        pdf += o;
    }
    const QByteArray start = QByteArray::number(pdf.size());
    pdf += xref + "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + start + "\n%%EOF\n";
    return pdf;
}

// Poppler builds its global parameters (font tables, encodings) when the
// first document is created and frees them when the last one is gone, so a
// corpus of PDFs imported one after another rebuilt them for every file
// (about 0.6 ms each). One small document kept for the life of the process
// keeps them.
void keepPopplerInitialised()
{
    static const std::unique_ptr<Poppler::Document> keeper = Poppler::Document::loadFromData(emptyPdf());
    Q_UNUSED(keeper);
}

} // namespace

QString PdfImporter::dehyphenate(const QString &text)
{
    static const QRegularExpression hyphen(
        QStringLiteral("(\\p{L})-[ \\t]*\\n[ \\t]*(\\p{Ll})"), QRegularExpression::UseUnicodePropertiesOption);
    QString out = text;
    out.replace(hyphen, QStringLiteral("\\1\\2"));
    return out;
}

ImportResult PdfImporter::importBytes(const QByteArray &bytes, const QString &relativePath) const
{
    ImportResult r;
    static const bool silenced = [] {
        Poppler::setDebugErrorFunction(quietPoppler, QVariant());
        return true;
    }();
    Q_UNUSED(silenced);
    keepPopplerInitialised();
    if (!bytes.startsWith("%PDF-") && !bytes.left(1024).contains("%PDF-")) {
        r.error = tr("is not a PDF file (no %PDF- header)");
        return r;
    }
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        r.error = tr("is a damaged PDF file that cannot be opened");
        return r;
    }
    if (pdf->isLocked()) {
        r.error = tr("is an encrypted PDF file (it needs a password); Marginalia cannot read it");
        return r;
    }
    QStringList pages;
    for (int i = 0; i < pdf->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page) {
            r.warnings.append(tr("page %1 cannot be read; skipped").arg(i + 1));
            continue;
        }
        QStringList lines = page->text(QRectF()).split(QLatin1Char('\n'));
        for (QString &line : lines) {
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
        }
        const QString text = lines.join(QLatin1Char('\n')).trimmed();
        if (!text.isEmpty())
            pages.append(text);
    }
    if (pages.isEmpty() && pdf->numPages() > 0)
        r.warnings.append(tr("has no text layer (a scanned image?): nothing to read"));
    r.document.setText(dehyphenate(pages.join(QLatin1String("\n\n"))));
    r.document.meta.title = pdf->info(QStringLiteral("Title")).simplified();
    r.document.meta.author = pdf->info(QStringLiteral("Author")).simplified();
    r.document.format = name();
    finish(r, relativePath);
    return r;
}

} // namespace Marginalia
