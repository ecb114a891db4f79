#pragma once

#include "importer.h"

namespace Marginalia {

/// .html/.htm/.xhtml pages saved from the web, parsed with libgumbo (an HTML5
/// parser, so truncated and malformed markup parses as browsers would).
/// Canonical text: the main article (the largest <article>, else <main>, else
/// <body>) without scripts, styles, forms, navigation, headers and footers
/// outside the article, asides, hidden elements and share/newsletter/cookie
/// widgets; one paragraph per block element, paragraphs separated by a blank
/// line, white space collapsed (kept in <pre>). Metadata from Open Graph,
/// article:* and author meta tags, JSON-LD, <link rel=canonical>, <title>,
/// <time> and <h1>. Nothing is fetched and no file is opened for the page:
/// images, links and scripts are only ever seen as text of the markup.
class HtmlImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("html"); }
    int version() const override { return 1; }
    QStringList suffixes() const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const override;

    /// Decodes HTML bytes: BOM, then <meta charset> in the first 1024 bytes,
    /// then TextDecoder's detection. Returns UTF-8 for gumbo.
    static QByteArray toUtf8(const QByteArray &bytes, QString *encoding, QStringList *warnings, QString *error);
    /// Canonical text and metadata of an HTML document given as UTF-8.
    /// wholeBody: take all of <body> (EPUB chapters) instead of looking for the article.
    static QString extract(const QByteArray &utf8, DocumentMetadata *meta, bool wholeBody = false);
};

} // namespace Marginalia
