#pragma once

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVector>

namespace Marginalia {

/// Adds real PDF highlight annotations and the document information (title,
/// author, subject, creator) to a PDF in memory, with poppler-qt6: load the
/// bytes, add a Poppler::HighlightAnnotation per span with one quad per line
/// box, save with Poppler::PDFConverter into a buffer. The input is never a
/// file, so nothing is written onto what is being read.
class PdfAnnotator
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::PdfAnnotator)
public:
    void setMetadata(const QString &title, const QString &author, const QString &subject, const QString &creator);
    /// page is 0-based; rects are line boxes in normalised page coordinates.
    void addHighlight(
        int page, const QVector<QRectF> &rects, const QString &contents, const QString &author, const QColor &color);
    /// The annotated PDF, or an empty array with error set.
    QByteArray apply(const QByteArray &pdf, QString *error) const;

private:
    struct Highlight
    {
        int page;
        QVector<QRectF> rects;
        QString contents;
        QString author;
        QColor color;
    };
    QVector<Highlight> m_highlights;
    QString m_title;
    QString m_author;
    QString m_subject;
    QString m_creator;
};

} // namespace Marginalia
