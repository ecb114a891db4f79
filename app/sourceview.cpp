#include "sourceview.h"

#include "apptheme.h"
#include "corpus/corpus.h"
#include "corpus/sourcefile.h"
#include "syntaxadapter.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Marginalia {

namespace {
QPlainTextEdit *makeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}
} // namespace

SourceView::SourceView(Corpus *corpus, AppTheme *theme, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_theme(theme)
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_article(makeView(this))
    , m_sidecar(makeView(this))
{
    setObjectName(QStringLiteral("sourceView"));
    m_article->setObjectName(QStringLiteral("articleSource"));
    m_article->setAccessibleName(tr("Source of the article file"));
    m_sidecar->setObjectName(QStringLiteral("sidecarSource"));
    m_sidecar->setAccessibleName(tr("Annotation file of the corpus (read-only)"));
    m_notice->setObjectName(QStringLiteral("sourceNotice"));
    m_notice->setWordWrap(true);
    if (!SyntaxAdapter::isAvailable()) {
        m_notice->setText(tr("Plain view: this build of Marginalia has no syntax highlighting "
                             "(KF6SyntaxHighlighting was not found when it was built)."));
    }
    m_notice->setVisible(!SyntaxAdapter::isAvailable());
    m_tabs->addTab(m_article, tr("Article File"));
    m_tabs->addTab(m_sidecar, tr("Annotation File"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    connect(m_theme, &AppTheme::changed, this, &SourceView::applyTheme);
    if (m_corpus) {
        connect(m_corpus->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
            if (clean) // just saved (or back to what is on disk)
                refreshSidecar();
        });
    }
    applyTheme();
}

void SourceView::showDocument(const QString &path)
{
    m_path = path;
    m_articleStale = true;
    m_sidecarStale = true; // a new corpus may have been opened
    if (isVisible()) {
        loadArticle();
        loadSidecar();
    }
}

void SourceView::refreshSidecar()
{
    m_sidecarStale = true;
    if (isVisible())
        loadSidecar();
}

void SourceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_articleStale)
        loadArticle();
    if (m_sidecarStale)
        loadSidecar();
}

void SourceView::loadArticle()
{
    m_articleStale = false;
    m_articleDefinition.clear();
    if (!m_corpus || m_path.isEmpty()) {
        m_article->setPlainText(QString());
        m_article->setPlaceholderText(tr("No article selected."));
        highlight(m_article, m_articleHighlighter, QString());
        return;
    }
    const SourceFile::Result source = SourceFile::read(QDir(m_corpus->rootPath()).filePath(m_path));
    if (!source.ok) {
        m_article->setPlainText(QString());
        m_article->setPlaceholderText(source.error);
        highlight(m_article, m_articleHighlighter, QString());
        return;
    }
    m_article->setPlainText(source.text);
    if (source.truncated)
        m_article->appendPlainText(
            tr("[Only the first %n MB are shown.]", nullptr, int(SourceFile::DefaultMaxBytes / (1024 * 1024))));
    m_articleDefinition = m_theme->syntax()->definitionForFileName(m_path);
    highlight(m_article, m_articleHighlighter, m_articleDefinition);
}

void SourceView::loadSidecar()
{
    m_sidecarStale = false;
    m_sidecarDefinition.clear();
    const QString path = m_corpus ? m_corpus->sidecarPath() : QString();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_sidecar->setPlainText(QString());
        m_sidecar->setPlaceholderText(tr("No annotation file yet: marginalia.json is written with the first "
                                         "annotation."));
        highlight(m_sidecar, m_sidecarHighlighter, QString());
        return;
    }
    const SourceFile::Result source = SourceFile::read(path);
    if (!source.ok) {
        m_sidecar->setPlainText(QString());
        m_sidecar->setPlaceholderText(source.error);
        highlight(m_sidecar, m_sidecarHighlighter, QString());
        return;
    }
    m_sidecar->setPlainText(source.text);
    if (source.truncated)
        m_sidecar->appendPlainText(
            tr("[Only the first %n MB are shown.]", nullptr, int(SourceFile::DefaultMaxBytes / (1024 * 1024))));
    if (m_theme->syntax()->hasDefinition(SyntaxAdapter::sidecarDefinitionName()))
        m_sidecarDefinition = SyntaxAdapter::sidecarDefinitionName();
    highlight(m_sidecar, m_sidecarHighlighter, m_sidecarDefinition);
}

void SourceView::highlight(QPlainTextEdit *view, QPointer<QSyntaxHighlighter> &highlighter, const QString &definition)
{
    delete highlighter;
    highlighter = definition.isEmpty()
        ? nullptr
        : m_theme->syntax()->attachHighlighter(view->document(), definition, m_theme->colors().name);
}

void SourceView::applyTheme()
{
    m_theme->applyTo(m_article);
    m_theme->applyTo(m_sidecar);
    highlight(m_article, m_articleHighlighter, m_articleDefinition);
    highlight(m_sidecar, m_sidecarHighlighter, m_sidecarDefinition);
}

} // namespace Marginalia
