#pragma once

#include <QBuffer>
#include <QDialog>
#include <QImage>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPdfDocument;
class QProgressBar;
class QPushButton;
class QThread;
class QVBoxLayout;

namespace Marginalia {

class Corpus;
class ExportJob;

/// File › Export…: choose what (the current article, all, an outlet's, those
/// coded with a tag) and how (annotated PDF, CSV, HTML, W3C JSON-LD), preview
/// the PDF's pages rendered with their annotations (QPdfDocument::render with
/// the Annotations flag; QPdfView in Qt 6.4 does not draw them), and export
/// with a progress bar and Cancel. The export runs on a worker thread on a
/// snapshot taken here, so the window stays responsive and the models are
/// never read from another thread.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Corpus *corpus, const QString &currentPath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    enum class Scope { Current, All, Outlet, Tag };
    void setScope(Scope scope, const QString &value = {});
    /// 0 PDF, 1 CSV, 2 HTML, 3 W3C (the order of the format list).
    void setFormat(int index);
    void setPdfAnnotations(bool on);

    /// Makes the PDF of the selection in memory and shows its first pages.
    void preview();
    /// Exports to path without asking (the Export… button asks first).
    void exportTo(const QString &path);
    void cancel();

    bool isBusy() const { return m_thread != nullptr; }
    int previewPageCount() const;
    /// A preview page as shown (with annotations) or without them, for comparison.
    QImage renderPreviewPage(int page, bool annotations, int width = 400) const;
    QString statusText() const;

Q_SIGNALS:
    void finished(bool ok);

private:
    void start(bool forPreview, const QString &path);
    void onWorkerDone();
    void updateEnabled();
    void showPreview();

    Corpus *m_corpus;
    QString m_currentPath;
    QComboBox *m_format;
    QComboBox *m_scope;
    QComboBox *m_outlet;
    QComboBox *m_tag;
    QCheckBox *m_annotations;
    QComboBox *m_boilerplate;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QVBoxLayout *m_pages;
    QPdfDocument *m_pdf;
    QBuffer m_pdfBuffer;

    QThread *m_thread = nullptr;
    std::unique_ptr<ExportJob> m_job;
    std::atomic<bool> m_cancel { false };
    bool m_forPreview = false;
    QString m_path;
    QByteArray m_result;
    QString m_error;
    bool m_ok = false;
};

} // namespace Marginalia
