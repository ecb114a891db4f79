#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Marginalia {

class CodedSegmentsProxy;
class Corpus;
class SpanListProxy;

/// The coded-segments browser: for a chosen tag (with or without its
/// sub-tags) every span of the corpus with document, outlet, quote, tag and
/// note, filtered by text and sortable by any column. The rows are proxies
/// over the corpus model (SpanListProxy, CodedSegmentsProxy), so they follow
/// every change live. Clicking or activating a row asks the window to show it.
class CodedSegmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CodedSegmentsPanel(Corpus *corpus, QWidget *parent = nullptr);

    CodedSegmentsProxy *segments() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QComboBox *tagCombo() const { return m_tag; }
    /// Chooses a tag (empty: every tag).
    void setTag(const QString &tagId);

Q_SIGNALS:
    void segmentActivated(const QString &path, const QString &spanId);

private:
    void fillTags();
    void applyFilter();
    void updateStatus();

    Corpus *m_corpus;
    SpanListProxy *m_flat;
    CodedSegmentsProxy *m_proxy;
    QComboBox *m_tag;
    QCheckBox *m_subTags;
    QLineEdit *m_text;
    QTreeView *m_view;
    QLabel *m_status;
};

} // namespace Marginalia
