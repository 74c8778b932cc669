// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "UploadFolderDialog.h"

#include "DisplayFormat.h"
#include "InlineError.h"
#include "UploadPlanModel.h"
#include "UploadPlanPreview.h"
#include "UploadPlanSortProxy.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hubdeck {

namespace {

QPlainTextEdit *patternEdit(const QString &placeholder, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Three lines: most uploads need one pattern or none.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

UploadFolderDialog::UploadFolderDialog(HubClient *client, QString spaceId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_spaceId(std::move(spaceId))
    , m_model(new UploadPlanModel(this))
    , m_sortProxy(new UploadPlanSortProxy(this))
    , m_preview(new UploadPlanPreview(this))
    , m_folder(new QLineEdit(this))
    , m_pathInRepo(new QLineEdit(this))
    , m_summary(new QLineEdit(FolderUpload::defaultSummary(), this))
    , m_include(patternEdit(tr("every file"), tr("Include patterns"), this))
    , m_exclude(patternEdit(QStringLiteral("*.ckpt\nlogs/"), tr("Exclude patterns"), this))
    , m_delete(patternEdit(QStringLiteral("*.bin"), tr("Delete patterns"), this))
    , m_totals(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_error(new InlineError(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("uploadFolderDialog"));
    setWindowTitle(tr("Upload a folder to %1").arg(m_spaceId));
    auto *layout = new QVBoxLayout(this);
    buildInputs(layout);
    buildPlan(layout);
    buildProgress(layout);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_uploadButton = m_buttons->addButton(tr("Upload"), QDialogButtonBox::AcceptRole);
    m_uploadButton->setObjectName(QStringLiteral("uploadButton"));
    m_uploadButton->setToolTip(tr("Send the files listed above and commit them to the Space"));
    m_uploadButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("Cancel Upload"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelUploadButton"));
    m_cancelButton->setToolTip(tr("Stop now: nothing is committed (Esc)"));
    m_cancelButton->hide();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UploadFolderDialog::reject);
    connect(m_uploadButton, &QPushButton::clicked, this, &UploadFolderDialog::startUpload);
    connect(m_cancelButton, &QPushButton::clicked, this, &UploadFolderDialog::cancelUpload);
    connect(m_preview, &UploadPlanPreview::planningStarted, this, [this] { m_totals->setText(tr("Listing the folder…")); });
    connect(m_preview, &UploadPlanPreview::planned, this, &UploadFolderDialog::showPlan);
    for (QLineEdit *edit : {m_folder, m_pathInRepo})
        connect(edit, &QLineEdit::textChanged, this, &UploadFolderDialog::inputsChanged);
    for (QPlainTextEdit *edit : {m_include, m_exclude, m_delete})
        connect(edit, &QPlainTextEdit::textChanged, this, &UploadFolderDialog::inputsChanged);
    connect(m_summary, &QLineEdit::textChanged, this, &UploadFolderDialog::updateUploadButton);
    updateUploadButton();
    resize(760, 640);
}

// Destroying a running FolderUpload cancels it without finished(): nothing is committed.
UploadFolderDialog::~UploadFolderDialog() = default;

void UploadFolderDialog::buildInputs(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("The folder to upload"));
    m_folder->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setToolTip(tr("Pick the folder in a file dialog"));
    connect(m_browse, &QPushButton::clicked, this, &UploadFolderDialog::chooseFolder);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    // A row holding a layout gets no buddy by itself: without one the '&' would show.
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_pathInRepo->setPlaceholderText(tr("the Space's root"));
    m_pathInRepo->setToolTip(tr("Where the folder's files go in the Space, e.g. src or assets/images"));
    form->addRow(tr("&Path in the Space:"), m_pathInRepo);
    m_summary->setToolTip(tr("The commit's title, shown in the Space's history"));
    form->addRow(tr("Commit &message:"), m_summary);
    layout->addLayout(form);

    // Patterns side by side, one a line, as huggingface_hub's allow/ignore/delete patterns.
    auto *patterns = new QGridLayout;
    const QList<std::pair<QString, QPlainTextEdit *>> columns = {
        {tr("Include (one pattern a line)"), m_include},
        {tr("Exclude"), m_exclude},
        {tr("Delete from the Space"), m_delete},
    };
    for (int i = 0; i < columns.size(); ++i) {
        auto *label = new QLabel(columns[i].first, this);
        label->setBuddy(columns[i].second);
        patterns->addWidget(label, 0, i);
        patterns->addWidget(columns[i].second, 1, i);
    }
    m_include->setToolTip(tr("Only files matching one of these are sent (*.py, src/); empty: every file"));
    m_exclude->setToolTip(tr("Files matching one of these are left out (*.ckpt, logs/)"));
    m_delete->setToolTip(tr("The Space's files under the path that match one of these are deleted in the same commit, "
                            "unless the folder sends them again"));
    layout->addLayout(patterns);
}

void UploadFolderDialog::buildPlan(QVBoxLayout *layout)
{
    m_planView = new QTableView(this);
    m_planView->setObjectName(QStringLiteral("uploadPlanView"));
    m_planView->setAccessibleName(tr("Files to upload"));
    // Left-out rows stay after the files to send, whichever column is sorted.
    m_sortProxy->setSourceModel(m_model);
    m_planView->setModel(m_sortProxy);
    m_planView->setSortingEnabled(true);
    m_planView->sortByColumn(UploadPlanModel::PathColumn, Qt::AscendingOrder);
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->setAlternatingRowColors(true);
    m_planView->setWordWrap(false);
    m_planView->setTabKeyNavigation(false);
    m_planView->verticalHeader()->hide();
    m_planView->horizontalHeader()->setSectionResizeMode(UploadPlanModel::PathColumn, QHeaderView::Stretch);
    m_planView->horizontalHeader()->setSectionResizeMode(UploadPlanModel::SizeColumn, QHeaderView::ResizeToContents);
    m_planView->horizontalHeader()->setSectionResizeMode(UploadPlanModel::StatusColumn, QHeaderView::Interactive);
    m_planView->horizontalHeader()->resizeSection(UploadPlanModel::StatusColumn, 260);
    layout->addWidget(m_planView, 1);
    m_totals->setObjectName(QStringLiteral("uploadTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setText(tr("Choose a folder, or drop one on a Space."));
    layout->addWidget(m_totals);
}

void UploadFolderDialog::buildProgress(QVBoxLayout *layout)
{
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_progressText->setObjectName(QStringLiteral("uploadProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->hide();
    layout->addWidget(m_progressText);
    m_error->setObjectName(QStringLiteral("uploadError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_result->setObjectName(QStringLiteral("uploadResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setOpenExternalLinks(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->hide();
    layout->addWidget(m_result);
}

void UploadFolderDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

FolderUploadPlanner::Options UploadFolderDialog::options() const
{
    FolderUploadPlanner::Options options;
    options.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.pathInRepo = m_pathInRepo->text().trimmed();
    options.include = patterns(m_include);
    options.exclude = patterns(m_exclude);
    options.deletePatterns = patterns(m_delete);
    return options;
}

QStringList UploadFolderDialog::patterns(const QPlainTextEdit *edit)
{
    QStringList list;
    // A line each; a pattern with spaces at its ends is almost surely a typo, not a file name.
    for (const QString &line : edit->toPlainText().split(u'\n'))
        if (const QString pattern = line.trimmed(); !pattern.isEmpty())
            list.append(pattern);
    return list;
}

void UploadFolderDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to upload to %1").arg(m_spaceId), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void UploadFolderDialog::inputsChanged()
{
    m_planOk = false;
    m_shown.reset();
    m_error->showMessage({});
    m_result->hide();
    if (m_folder->text().trimmed().isEmpty()) {
        m_model->clear();
        m_totals->setText(tr("Choose a folder, or drop one on a Space."));
    }
    m_preview->setOptions(options());
    updateUploadButton();
}

void UploadFolderDialog::showPlan(const HubResult<FolderUploadPlan> &result)
{
    if (!result.ok()) {
        m_planOk = false;
        m_shown.reset();
        m_model->clear();
        m_totals->setText(QString());
        // The planner's error is about the folder: said without the upload's "nothing was committed".
        m_error->showMessage(result.error.kind == HubError::Kind::LocalFile ? tr("Cannot upload %1.").arg(result.error.detail)
                                                                            : result.error.message());
        m_errorFromPlan = true;
    } else {
        m_planOk = true;
        m_shown = FolderUpload::Request::PriorPlan{m_preview->options(), *result.value};
        // An upload's error stays: the plan made after it is why another Upload may work.
        if (m_errorFromPlan)
            m_error->showMessage({});
        m_errorFromPlan = false;
        m_model->setPlan(*result.value);
        m_totals->setText(m_model->totalsText());
    }
    updateUploadButton();
}

void UploadFolderDialog::updateUploadButton()
{
    // Upload stays enabled while the plan is still computed: the upload then plans by itself.
    // A plan with no file to send and nothing to delete has nothing to commit.
    const bool empty =
        m_planOk && !m_preview->isPlanning() && m_shown && m_shown->plan.files.isEmpty() && m_delete->toPlainText().trimmed().isEmpty();
    const bool ready = !isUploading() && !m_folder->text().trimmed().isEmpty() && !m_summary->text().trimmed().isEmpty() &&
                       (m_planOk || m_preview->isPlanning()) && !empty;
    m_uploadButton->setEnabled(ready);
}

void UploadFolderDialog::setInputsEnabled(bool enabled)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_folder, m_browse, m_pathInRepo, m_summary, m_include, m_exclude, m_delete})
        widget->setEnabled(enabled);
}

void UploadFolderDialog::startUpload()
{
    if (isUploading())
        return;
    FolderUpload::Request request;
    request.repoType = RepoType::Space;
    request.repoId = m_spaceId;
    request.options = options();
    request.summary = m_summary->text().trimmed();
    // What the dialog shows is what goes: the folder is not listed again (FolderUpload checks
    // that the plan is of these inputs, and that no planned file changed size since).
    if (m_shown && !m_preview->isPlanning())
        request.priorPlan = m_shown;
    m_upload = new FolderUpload(m_client, request, this);
    connect(m_upload, &FolderUpload::planned, this, [this](const FolderUploadPlan &plan) {
        if (m_upload && m_upload->usesPriorPlan())
            return; // shown already: the table keeps its sort and scroll
        m_model->setPlan(plan);
        m_totals->setText(m_model->totalsText());
    });
    connect(m_upload, &FolderUpload::progress, this, &UploadFolderDialog::showProgress);
    m_retryNote.clear();
    connect(m_upload, &FolderUpload::retrying, this, [this](const QString &message) {
        m_retryNote = message;
        m_retryAtBytes = m_lastBytesDone;
    });
    connect(m_upload, &FolderUpload::finished, this, &UploadFolderDialog::uploadFinished);
    m_error->showMessage({});
    m_result->hide();
    setInputsEnabled(false);
    m_uploadButton->hide();
    m_canceling = false;
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Listing the folder…"));
    m_progressText->show();
    m_upload->start();
}

void UploadFolderDialog::cancelUpload()
{
    if (!m_upload)
        return;
    m_canceling = true;
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Canceling…"));
    m_upload->cancel();
}

void UploadFolderDialog::reject()
{
    // Esc or Close during an upload stops it first; the dialog stays to say nothing was committed.
    if (isUploading()) {
        cancelUpload();
        return;
    }
    QDialog::reject();
}

void UploadFolderDialog::showProgress(const FolderUpload::Progress &progress)
{
    using Stage = FolderUpload::Stage;
    const QLocale locale;
    // Whole megabytes read steadily as they grow; past a gigabyte one decimal ("1.2 GB").
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, bytes < 1000 * 1000 || bytes >= 1000LL * 1000 * 1000 ? 1 : 0, QLocale::DataSizeSIFormat);
    };
    QStringList parts;
    switch (progress.stage) {
    case Stage::Creating:
        parts.append(tr("Creating the Space…"));
        break;
    case Stage::Planning:
        parts.append(tr("Listing the folder…"));
        break;
    case Stage::Listing:
        parts.append(tr("Listing the Space's files…"));
        break;
    // The stage first: reading (hashing) the files and sending them both count bytes, and a
    // figure without its stage reads as the upload itself.
    case Stage::Hashing:
        parts.append(tr("Reading files…"));
        parts.append(tr("%1 of %2").arg(size(progress.bytesDone), size(progress.bytesTotal)));
        parts.append(tr("%1 of %n file(s)", nullptr, progress.filesTotal).arg(progress.filesDone));
        break;
    case Stage::Uploading:
        if (progress.bytesTotal > 0) {
            parts.append(tr("Sending…"));
            parts.append(tr("%1 of %2").arg(size(progress.bytesDone), size(progress.bytesTotal)));
        } else {
            parts.append(tr("Asking the Hub which files it needs…"));
        }
        break;
    case Stage::Committing:
        parts.append(progress.filesTotal > 0 ? tr("Committing %n file(s)…", nullptr, progress.filesTotal) : tr("Committing…"));
        break;
    }
    if (const QString left = DisplayFormat::timeLeft(progress.secondsLeft); !left.isEmpty())
        parts.append(left);
    if (progress.stage != Stage::Uploading || progress.bytesDone > m_retryAtBytes)
        m_retryNote.clear();
    else if (!m_retryNote.isEmpty())
        parts.append(m_retryNote);
    m_lastBytesDone = progress.stage == Stage::Uploading ? progress.bytesDone : 0;
    if (m_canceling)
        return; // "Canceling…" stays until finished()
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
    if (progress.bytesTotal > 0 && (progress.stage == Stage::Hashing || progress.stage == Stage::Uploading)) {
        // Per mille: a QProgressBar's int cannot hold bytes past 2 GB.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp(progress.bytesDone * 1000 / progress.bytesTotal, qint64(0), qint64(1000))));
    } else {
        m_progress->setRange(0, 0);
    }
    // Past the commit call the Hub may have committed: Cancel no longer means "nothing committed".
    m_cancelButton->setEnabled(progress.stage != Stage::Committing);
}

void UploadFolderDialog::uploadFinished(const HubResult<FolderUpload::Outcome> &result)
{
    const bool usedPrior = m_upload->usesPriorPlan();
    m_upload->deleteLater();
    m_upload = nullptr;
    m_cancelButton->hide();
    m_uploadButton->show();
    m_progress->hide();
    m_progressText->hide();
    setInputsEnabled(true);
    updateUploadButton();
    if (!result.ok()) {
        m_error->showMessage(errorSentence(result.error));
        m_errorFromPlan = false;
        m_uploadButton->setFocus();
        // A planned file gone or changed: the folder is listed again, so that the table shows
        // what another Upload would send.
        if (result.error.kind == HubError::Kind::LocalFile && usedPrior) {
            m_planOk = false;
            m_shown.reset();
            m_preview->planNow();
            updateUploadButton();
        }
        return;
    }
    const FolderUpload::Outcome &outcome = *result.value;
    const CommitUpload::Outcome &commit = outcome.commit;
    m_model->setOutcome(commit.sentRegular + commit.sentLfs, commit.unchanged, commit.ignored);
    if (commit.nothingToCommit) {
        m_result->setText(tr("Nothing to commit: %1 already has every file, unchanged.").arg(m_spaceId.toHtmlEscaped()));
    } else {
        const int sent = int(commit.sentRegular.size() + commit.sentLfs.size());
        QString text = tr("Committed %n file(s) to %1", nullptr, sent).arg(m_spaceId.toHtmlEscaped());
        if (!outcome.deletions.isEmpty())
            text += tr(", deleting %n", nullptr, int(outcome.deletions.size()));
        if (!commit.unchanged.isEmpty())
            text += tr(" (%n unchanged, not sent again)", nullptr, int(commit.unchanged.size()));
        const QString url = commit.commitUrl.toHtmlEscaped();
        text += url.isEmpty() ? tr(".") : tr(": <a href=\"%1\">%1</a>").arg(url);
        m_result->setText(text + tr(" The Space rebuilds; its build logs open."));
    }
    m_result->show();
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    Q_EMIT uploaded(m_spaceId, commit.commitUrl, commit.nothingToCommit);
}

QString UploadFolderDialog::errorSentence(const HubError &error)
{
    if (error.kind == HubError::Kind::Canceled)
        return tr("Upload canceled: nothing was committed.");
    return error.message();
}

QString UploadFolderDialog::totalsText() const
{
    return m_totals->text();
}

QString UploadFolderDialog::progressText() const
{
    return m_progressText->isHidden() ? QString() : m_progressText->text();
}

QString UploadFolderDialog::errorText() const
{
    return m_error->message();
}

QString UploadFolderDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

} // namespace hubdeck
