#pragma once

#include <QLabel>

namespace Marginalia {

struct Document;

/// One line above the reading view with the shown article's metadata as the
/// importer found it: outlet, date, author, URL, format and encoding, and how
/// many lines are marked as clutter. Read-only (editing is not built yet).
class ArticleInfoBar : public QLabel
{
    Q_OBJECT
public:
    explicit ArticleInfoBar(QWidget *parent = nullptr);
    void setDocument(const Document &document);
    void clearDocument();
};

} // namespace Marginalia
