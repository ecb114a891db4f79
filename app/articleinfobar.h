#pragma once

#include <QLabel>

namespace Marginalia {

struct Document;

/// One line above the reading view with the shown article's metadata:
/// outlet, date, author, URL (with the analyst's corrections applied, and
/// saying how many fields were corrected), format and encoding, and how many
/// lines are marked as clutter. Editing is the Edit Metadata dialog's.
class ArticleInfoBar : public QLabel
{
    Q_OBJECT
public:
    explicit ArticleInfoBar(QWidget *parent = nullptr);
    /// editedFields: how many metadata fields the analyst corrected.
    void setDocument(const Document &document, int editedFields = 0);
    void clearDocument();
};

} // namespace Marginalia
