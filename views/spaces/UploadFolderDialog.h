// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderUpload.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace hubdeck {

class HubClient;
class InlineError;
class UploadPlanModel;
class UploadPlanPreview;
class UploadPlanSortProxy;

// Upload a local folder to a Space: the folder, where it goes, the commit message and the
// patterns; then the plan (every file with its size, every file left out and why, totals),
// recomputed off the GUI thread as the inputs change, before anything is sent. Upload runs a
// FolderUpload with a progress bar (bytes, files, time left) and Cancel (nothing committed).
// An error is one sentence in the dialog and the inputs stay for another try; success shows
// the commit's link, or that there was nothing to commit, and emits uploaded().
class UploadFolderDialog : public QDialog
{
    Q_OBJECT

public:
    // `client` must outlive the dialog.
    UploadFolderDialog(HubClient *client, QString spaceId, QWidget *parent = nullptr);
    ~UploadFolderDialog() override;

    void setFolder(const QString &folder);
    [[nodiscard]] QString spaceId() const { return m_spaceId; }
    [[nodiscard]] FolderUploadPlanner::Options options() const;
    [[nodiscard]] UploadPlanModel *planModel() const { return m_model; }
    // The plan view's model: planModel() sorted, left-out rows after the files to send.
    [[nodiscard]] UploadPlanSortProxy *planProxy() const { return m_sortProxy; }
    [[nodiscard]] UploadPlanPreview *preview() const { return m_preview; }
    // The upload in flight, or null.
    [[nodiscard]] FolderUpload *upload() const { return m_upload; }
    [[nodiscard]] bool isUploading() const { return m_upload != nullptr; }
    [[nodiscard]] QLineEdit *folderEdit() const { return m_folder; }
    [[nodiscard]] QLineEdit *pathEdit() const { return m_pathInRepo; }
    [[nodiscard]] QLineEdit *messageEdit() const { return m_summary; }
    [[nodiscard]] QPlainTextEdit *includeEdit() const { return m_include; }
    [[nodiscard]] QPlainTextEdit *excludeEdit() const { return m_exclude; }
    [[nodiscard]] QPlainTextEdit *deleteEdit() const { return m_delete; }
    [[nodiscard]] QPushButton *uploadButton() const { return m_uploadButton; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancelButton; }
    [[nodiscard]] QTableView *planView() const { return m_planView; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString errorText() const;
    // The outcome's sentence (rich text with the commit's link), empty until one.
    [[nodiscard]] QString resultText() const;

public Q_SLOTS:
    void startUpload();
    void cancelUpload();
    void reject() override;

Q_SIGNALS:
    // The commit was made (commitUrl set) or there was nothing to commit.
    void uploaded(const QString &spaceId, const QString &commitUrl, bool nothingToCommit);

private:
    void buildInputs(QVBoxLayout *layout);
    void buildPlan(QVBoxLayout *layout);
    void buildProgress(QVBoxLayout *layout);
    void chooseFolder();
    void inputsChanged();
    void showPlan(const HubResult<FolderUploadPlan> &result);
    void showProgress(const FolderUpload::Progress &progress);
    void uploadFinished(const HubResult<FolderUpload::Outcome> &result);
    void setInputsEnabled(bool enabled);
    void updateUploadButton();
    [[nodiscard]] static QStringList patterns(const QPlainTextEdit *edit);
    [[nodiscard]] static QString errorSentence(const HubError &error);

    HubClient *m_client;
    QString m_spaceId;
    UploadPlanModel *m_model;
    UploadPlanSortProxy *m_sortProxy;
    UploadPlanPreview *m_preview;
    QPointer<FolderUpload> m_upload;
    QLineEdit *m_folder;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_pathInRepo;
    QLineEdit *m_summary;
    QPlainTextEdit *m_include;
    QPlainTextEdit *m_exclude;
    QPlainTextEdit *m_delete;
    QTableView *m_planView = nullptr;
    QLabel *m_totals;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    // The latest "trying again" sentence, shown beside the progress until the bytes move past
    // where they stood when it came (the try that failed counted from its start again).
    QString m_retryNote;
    qint64 m_retryAtBytes = 0;
    qint64 m_lastBytesDone = 0;
    InlineError *m_error;
    QLabel *m_result;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_uploadButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_planOk = false;
    // Cancel was pressed: "Canceling…" stays until finished(). (The Cancel button is disabled
    // while committing too, when progress is still shown.)
    bool m_canceling = false;
    bool m_errorFromPlan = false; // the error shown is the plan's (a new plan clears it), not an upload's
    // The plan shown and the inputs it was made of: Upload sends it as it is when they still hold.
    std::optional<FolderUpload::Request::PriorPlan> m_shown;
};

} // namespace hubdeck
