#include "pdfannotator.h"

#include <QBuffer>
#include <QDateTime>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace Marginalia {

void PdfAnnotator::setMetadata(
    const QString &title, const QString &author, const QString &subject, const QString &creator)
{
    m_title = title;
    m_author = author;
    m_subject = subject;
    m_creator = creator;
}

void PdfAnnotator::addHighlight(
    int page, const QVector<QRectF> &rects, const QString &contents, const QString &author, const QColor &color)
{
    m_highlights.append({ page, rects, contents, author, color });
}

QByteArray PdfAnnotator::apply(const QByteArray &pdf, QString *error) const
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked()) {
        *error = tr("The PDF just written could not be read back to add annotations.");
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<std::unique_ptr<Poppler::Page>> pages(size_t(doc->numPages()));
    for (const Highlight &h : m_highlights) {
        if (h.page < 0 || h.page >= doc->numPages() || h.rects.isEmpty()) {
            *error = tr("A highlight could not be placed on page %1 of the PDF.").arg(h.page + 1);
            return {};
        }
        auto &page = pages[size_t(h.page)];
        if (!page)
            page = doc->page(h.page);
        auto ann = std::make_unique<Poppler::HighlightAnnotation>();
        QRectF bounds;
        QList<Poppler::HighlightAnnotation::Quad> quads;
        for (const QRectF &r : h.rects) {
            bounds = bounds.isNull() ? r : bounds.united(r);
            // Corners clockwise from top left: poppler-qt's order for a quad.
            Poppler::HighlightAnnotation::Quad q;
            q.points[0] = r.topLeft();
            q.points[1] = r.topRight();
            q.points[2] = r.bottomRight();
            q.points[3] = r.bottomLeft();
            q.capStart = false;
            q.capEnd = false;
            q.feather = 0.1;
            quads.append(q);
        }
        ann->setBoundary(bounds);
        ann->setHighlightType(Poppler::HighlightAnnotation::Highlight);
        ann->setHighlightQuads(quads);
        ann->setContents(h.contents);
        ann->setAuthor(h.author);
        ann->setCreationDate(now);
        ann->setModificationDate(now);
        Poppler::Annotation::Style style = ann->style();
        style.setColor(h.color);
        style.setOpacity(0.5);
        ann->setStyle(style);
        page->addAnnotation(ann.get());
    }
    doc->setInfo(QStringLiteral("Title"), m_title);
    if (!m_author.isEmpty())
        doc->setInfo(QStringLiteral("Author"), m_author);
    doc->setInfo(QStringLiteral("Subject"), m_subject);
    doc->setInfo(QStringLiteral("Creator"), m_creator);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
    converter->setOutputDevice(&out);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        *error = tr("The annotated PDF could not be saved (poppler error %1).").arg(int(converter->lastError()));
        return {};
    }
    return out.data();
}

} // namespace Marginalia
