#include "exportdialog.h"

#include "corpus/corpus.h"
#include "export/exportjob.h"
#include "export/exportsnapshot.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>

namespace Marginalia {

namespace {
constexpr int kPreviewPages = 12;

const char *const kFormatNames[] = {
    QT_TRANSLATE_NOOP("Marginalia::ExportDialog", "Annotated PDF"),
    QT_TRANSLATE_NOOP("Marginalia::ExportDialog", "Coded segments (CSV)"),
    QT_TRANSLATE_NOOP("Marginalia::ExportDialog", "HTML report"),
    QT_TRANSLATE_NOOP("Marginalia::ExportDialog", "W3C Web Annotation (JSON-LD)"),
};
const ExportJob::Format kFormats[]
    = { ExportJob::Format::Pdf, ExportJob::Format::Csv, ExportJob::Format::Html, ExportJob::Format::W3c };
} // namespace

ExportDialog::ExportDialog(Corpus *corpus, const QString &currentPath, QWidget *parent)
    : QDialog(parent)
    , m_corpus(corpus)
    , m_currentPath(currentPath)
    , m_format(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_outlet(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_annotations(new QCheckBox(tr("Add PDF annotations (notes show in any PDF reader's comment panel)"), this))
    , m_boilerplate(new QComboBox(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_exportButton(new QPushButton(tr("&Export…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_pages(new QVBoxLayout)
    , m_pdf(new QPdfDocument(this))
{
    setWindowTitle(tr("Export"));
    for (const char *name : kFormatNames)
        m_format->addItem(tr(name));
    m_scope->addItem(tr("The current article"), int(Scope::Current));
    m_scope->addItem(tr("All articles"), int(Scope::All));
    m_scope->addItem(tr("The articles of an outlet"), int(Scope::Outlet));
    m_scope->addItem(tr("The articles coded with a tag"), int(Scope::Tag));
    if (m_currentPath.isEmpty())
        m_scope->setCurrentIndex(1);
    QStringList outlets;
    const CorpusModel *docs = corpus->documents();
    for (int row = 0; row < docs->documentCount(); ++row) {
        const QString o = docs->document(row).meta.outlet;
        if (!o.isEmpty() && !outlets.contains(o))
            outlets.append(o);
    }
    outlets.sort(Qt::CaseInsensitive);
    m_outlet->addItems(outlets);
    for (const Tag &t : corpus->codebook()->tags())
        m_tag->addItem(corpus->codebook()->tagPath(t.id));
    m_annotations->setChecked(true);
    m_boilerplate->addItem(tr("Greyed"), int(PdfOptions::BoilerplateMode::Grey));
    m_boilerplate->addItem(tr("Left out"), int(PdfOptions::BoilerplateMode::Omit));
    m_boilerplate->addItem(tr("Printed as is"), int(PdfOptions::BoilerplateMode::Keep));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Articles:"), m_scope);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(QString(), m_annotations);
    form->addRow(tr("Page &furniture:"), m_boilerplate);

    auto *pagesWidget = new QWidget;
    pagesWidget->setLayout(m_pages);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(460, 420);
    scroll->setBackgroundRole(QPalette::Dark);

    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_cancelButton);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch();
    left->addWidget(m_progress);
    left->addWidget(m_status);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(scroll, 1);

    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        static const char *const suffixes[] = { ".pdf", ".csv", ".html", ".jsonld" };
        const QString base = m_scope->currentData().toInt() == int(Scope::Current) && !m_currentPath.isEmpty()
            ? QFileInfo(m_currentPath).completeBaseName()
            : m_corpus->name();
        const QString suggestion = QDir::home().filePath(base + QLatin1String(suffixes[m_format->currentIndex()]));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), suggestion);
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    for (QComboBox *box : { m_format, m_scope })
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        // The worker reads this dialog's job: stop it and wait before going away.
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportDialog::setScope(Scope scope, const QString &value)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    if (scope == Scope::Outlet)
        m_outlet->setCurrentText(value);
    if (scope == Scope::Tag)
        m_tag->setCurrentText(value);
}

void ExportDialog::setFormat(int index)
{
    m_format->setCurrentIndex(index);
}

void ExportDialog::setPdfAnnotations(bool on)
{
    m_annotations->setChecked(on);
}

void ExportDialog::updateEnabled()
{
    const bool busy = m_thread != nullptr;
    const bool pdf = m_format->currentIndex() == 0;
    const int scope = m_scope->currentData().toInt();
    m_format->setEnabled(!busy);
    m_scope->setEnabled(!busy);
    m_outlet->setEnabled(!busy && scope == int(Scope::Outlet));
    m_tag->setEnabled(!busy && scope == int(Scope::Tag));
    m_annotations->setEnabled(!busy && pdf);
    m_boilerplate->setEnabled(!busy && pdf);
    m_previewButton->setEnabled(!busy && pdf);
    m_exportButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

void ExportDialog::preview()
{
    start(true, {});
}

void ExportDialog::exportTo(const QString &path)
{
    start(false, path);
}

void ExportDialog::cancel()
{
    m_cancel = true;
}

void ExportDialog::start(bool forPreview, const QString &path)
{
    if (m_thread)
        return;
    ExportFilter filter;
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::Current:
        if (!m_currentPath.isEmpty())
            filter.paths = QStringList { m_currentPath };
        break;
    case Scope::All:
        break;
    case Scope::Outlet:
        filter.outlet = m_outlet->currentText();
        break;
    case Scope::Tag:
        filter.tag = m_tag->currentText();
        break;
    }
    ExportSnapshot snapshot;
    QString error;
    // The snapshot is taken here, on the GUI thread; the worker reads only it.
    if (!ExportSnapshot::fromCorpus(*m_corpus, filter, &snapshot, &error)) {
        m_status->setText(tr("Nothing to export: %1").arg(error));
        return;
    }
    PdfOptions options;
    options.annotations = m_annotations->isChecked();
    options.boilerplate = PdfOptions::BoilerplateMode(m_boilerplate->currentData().toInt());
    m_job = std::make_unique<ExportJob>(
        std::move(snapshot), forPreview ? ExportJob::Format::Pdf : kFormats[m_format->currentIndex()], options);
    m_cancel = false;
    m_job->setProgress([this](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
        return !m_cancel.load();
    });
    m_forPreview = forPreview;
    m_path = path;
    m_progress->setValue(0);
    m_status->setText(forPreview ? tr("Making the preview…") : tr("Exporting…"));
    m_thread = QThread::create([this] {
        m_error.clear();
        if (m_forPreview) {
            m_result = m_job->render(&m_error);
            m_ok = !m_result.isEmpty();
        } else {
            m_ok = m_job->run(m_path, &m_error);
        }
    });
    connect(m_thread, &QThread::finished, this, &ExportDialog::onWorkerDone);
    updateEnabled();
    m_thread->start();
}

void ExportDialog::onWorkerDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_job && m_job->wasCancelled();
    const int pages = m_job ? m_job->pageCount() : 0;
    m_job.reset();
    if (cancelled) {
        m_progress->setValue(0);
        m_status->setText(m_forPreview ? tr("Preview cancelled.") : tr("Export cancelled; nothing was written."));
    } else if (!m_ok) {
        m_status->setText(tr("Export failed, nothing was written: %1").arg(m_error));
    } else if (m_forPreview) {
        m_progress->setValue(100);
        showPreview();
    } else {
        m_progress->setValue(100);
        m_status->setText(pages > 0 ? tr("Wrote %1 (%n pages).", nullptr, pages).arg(QDir::toNativeSeparators(m_path))
                                    : tr("Wrote %1.").arg(QDir::toNativeSeparators(m_path)));
    }
    updateEnabled();
    Q_EMIT finished(m_ok && !cancelled);
}

void ExportDialog::showPreview()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pdf->close();
    m_pdfBuffer.close();
    m_pdfBuffer.setData(m_result);
    m_pdfBuffer.open(QIODevice::ReadOnly);
    m_pdf->load(&m_pdfBuffer);
    const int count = m_pdf->pageCount();
    for (int p = 0; p < std::min(count, kPreviewPages); ++p) {
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(renderPreviewPage(p, true)));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
    m_status->setText(count > kPreviewPages
            ? tr("Preview: the first %1 of %2 pages, with their annotations.").arg(kPreviewPages).arg(count)
            : tr("Preview: %n pages, with their annotations.", nullptr, count));
}

int ExportDialog::previewPageCount() const
{
    return m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

QImage ExportDialog::renderPreviewPage(int page, bool annotations, int width) const
{
    const QSizeF points = m_pdf->pagePointSize(page);
    if (points.isEmpty())
        return {};
    QPdfDocumentRenderOptions options;
    if (annotations)
        options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
    const QSize size(width, int(width * points.height() / points.width()));
    // Pages render transparent; paper is white.
    QImage paper(size, QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, m_pdf->render(page, size, options));
    return paper;
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

} // namespace Marginalia
