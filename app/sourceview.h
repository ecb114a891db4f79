#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QTabWidget;

namespace Marginalia {

class AppTheme;
class Corpus;

/// Read-only views next to the reading view: the current article's original
/// file as it is on disk, and the corpus sidecar. Highlighted through the
/// SyntaxAdapter when built with KSyntaxHighlighting; otherwise plain, and the
/// view says why. Files are read only when the view is visible.
class SourceView : public QWidget
{
    Q_OBJECT
public:
    SourceView(Corpus *corpus, AppTheme *theme, QWidget *parent = nullptr);

    void showDocument(const QString &path);
    /// Re-reads the sidecar (after a save, or when another corpus opens).
    void refreshSidecar();

    QPlainTextEdit *articleSource() const { return m_article; }
    QPlainTextEdit *sidecar() const { return m_sidecar; }
    QLabel *notice() const { return m_notice; }
    /// Definition names in use ("" when plain), for tests and the status line.
    QString articleDefinition() const { return m_articleDefinition; }
    QString sidecarDefinition() const { return m_sidecarDefinition; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadArticle();
    void loadSidecar();
    void applyTheme();
    void highlight(QPlainTextEdit *view, QPointer<QSyntaxHighlighter> &highlighter, const QString &definition);

    QPointer<Corpus> m_corpus;
    AppTheme *m_theme;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_article;
    QPlainTextEdit *m_sidecar;
    QPointer<QSyntaxHighlighter> m_articleHighlighter;
    QPointer<QSyntaxHighlighter> m_sidecarHighlighter;
    QString m_path;
    QString m_articleDefinition;
    QString m_sidecarDefinition;
    bool m_articleStale = true;
    bool m_sidecarStale = true;
};

} // namespace Marginalia
