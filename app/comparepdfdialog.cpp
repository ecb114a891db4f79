#include "comparepdfdialog.h"

#include "corpus/corpus.h"
#include "export/comparisonexportjob.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace Marginalia {

ComparePdfDialog::ComparePdfDialog(
    Corpus *corpus, const QString &pathA, const QString &pathB, const ComparisonResult &result, QWidget *parent)
    : QDialog(parent)
    , m_corpus(corpus)
    , m_pathA(pathA)
    , m_pathB(pathB)
    , m_result(result)
    , m_path(new QLineEdit(this))
    , m_annotations(new QCheckBox(tr("Add PDF highlight annotations (tags and notes show in any PDF reader)"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export Comparison PDF"));
    m_annotations->setChecked(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    const QString suggested = QFileInfo(pathA).completeBaseName() + QStringLiteral("-vs-")
        + QFileInfo(pathB).completeBaseName() + QStringLiteral(".pdf");
    m_path->setText(QDir(QDir::homePath()).filePath(suggested));
    auto *choose = new QPushButton(tr("Choose\u2026"), this);
    connect(choose, &QPushButton::clicked, this, &ComparePdfDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Compare:"), new QLabel(tr("%1 (A) with %2 (B)").arg(pathA, pathB), this));
    form->addRow(tr("Save as:"), pathRow);
    form->addRow(QString(), m_annotations);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(tr("Cancel Export"), QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &ComparePdfDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ComparePdfDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComparePdfDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateEnabled();
}

ComparePdfDialog::~ComparePdfDialog()
{
    stopWorker();
}

void ComparePdfDialog::choosePath()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Comparison PDF"), m_path->text(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ComparePdfDialog::updateEnabled()
{
    const bool busy = m_thread != nullptr;
    m_export->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_path->setEnabled(!busy);
    m_annotations->setEnabled(!busy);
}

void ComparePdfDialog::start()
{
    if (m_thread || !m_corpus)
        return;
    const QString target = m_path->text().trimmed();
    if (target.isEmpty()) {
        m_status->setText(tr("Choose where to save the PDF."));
        return;
    }
    ExportSnapshot snapshot;
    QString error;
    // The snapshot is taken here, on the GUI thread; the worker reads only it.
    if (!ComparisonExportJob::snapshot(*m_corpus, m_pathA, m_pathB, &snapshot, &error)) {
        m_status->setText(tr("Nothing to export: %1").arg(error));
        return;
    }
    snapshot.author = QSettings().value(QStringLiteral("author")).toString();
    PdfOptions options;
    options.annotations = m_annotations->isChecked();
    m_job = std::make_unique<ComparisonExportJob>(std::move(snapshot), m_pathA, m_pathB, m_result, options);
    m_cancelRequested = false;
    m_job->setProgress([this](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
        return !m_cancelRequested.load();
    });
    m_target = target;
    m_progress->setValue(0);
    m_status->setText(tr("Exporting\u2026"));
    m_thread = QThread::create([this] {
        m_error.clear();
        m_ok = m_job->run(m_target, &m_error);
    });
    connect(m_thread, &QThread::finished, this, &ComparePdfDialog::onWorkerDone);
    updateEnabled();
    m_thread->start();
}

void ComparePdfDialog::cancel()
{
    m_cancelRequested = true;
}

void ComparePdfDialog::onWorkerDone()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_job && m_job->wasCancelled();
    const int pages = m_job ? m_job->pageCount() : 0;
    m_job.reset();
    if (m_ok) {
        m_progress->setValue(100);
        m_status->setText(tr("Wrote %1 (%n pages).", nullptr, pages).arg(QDir::toNativeSeparators(m_target)));
    } else if (cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled; nothing was written."));
    } else {
        m_progress->setValue(0);
        m_status->setText(tr("Nothing was written: %1").arg(m_error));
    }
    updateEnabled();
    Q_EMIT exportFinished(m_ok);
}

void ComparePdfDialog::stopWorker()
{
    if (!m_thread)
        return;
    m_cancelRequested = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
}

void ComparePdfDialog::closeEvent(QCloseEvent *event)
{
    stopWorker();
    updateEnabled();
    QDialog::closeEvent(event);
}

void ComparePdfDialog::reject()
{
    stopWorker();
    updateEnabled();
    QDialog::reject();
}

} // namespace Marginalia
