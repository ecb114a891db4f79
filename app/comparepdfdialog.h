#pragma once

#include "compare/comparisonresult.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace Marginalia {

class ComparisonExportJob;
class Corpus;

/// Compare › Export PDF…: where to write the comparison PDF, whether to add
/// real PDF highlight annotations, progress and Cancel. The snapshot of the
/// two documents is taken on the GUI thread when the export starts; the PDF is
/// made on a worker thread (ComparisonExportJob) and written whole or not at
/// all. Closing the dialog during an export cancels it.
class ComparePdfDialog : public QDialog
{
    Q_OBJECT
public:
    ComparePdfDialog(Corpus *corpus, const QString &pathA, const QString &pathB, const ComparisonResult &result,
        QWidget *parent = nullptr);
    ~ComparePdfDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *annotationsBox() const { return m_annotations; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_thread != nullptr; }

public Q_SLOTS:
    /// Starts the export to the path in the path field.
    void start();
    void cancel();

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void choosePath();
    void onWorkerDone();
    void updateEnabled();
    void stopWorker();

    QPointer<Corpus> m_corpus;
    QString m_pathA;
    QString m_pathB;
    ComparisonResult m_result;
    QLineEdit *m_path;
    QCheckBox *m_annotations;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    QThread *m_thread = nullptr;
    std::unique_ptr<ComparisonExportJob> m_job;
    std::atomic<bool> m_cancelRequested { false };
    bool m_ok = false;
    QString m_error;
    QString m_target;
};

} // namespace Marginalia
