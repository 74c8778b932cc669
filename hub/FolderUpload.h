// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CommitUpload.h"
#include "FolderUploadPlan.h"
#include "FolderUploadPlanner.h"
#include "HubClient.h"
#include "HubResult.h"
#include "RepoType.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

class QTimer;

namespace hubdeck {

// One upload of a local folder to a repository, as huggingface_hub's upload_folder makes it,
// for the CLI (`spaces upload`) and the GUI (Upload folder…). Stages, in order:
// 1. Creating (Request::create): the Space is created; one that exists already is fine
//    (create_repo(exist_ok=True)).
// 2. Planning: FolderUploadPlanner::plan on a worker thread; planned() as soon as it is known.
//    Skipped when the request brings a plan of the same inputs (Request::priorPlan): that plan
//    is what is sent, file for file (the GUI sends what its dialog showed).
// 3. Listing (Request::options.deletePatterns given): the repository's files under the path in
//    the repository (HubClient::listRepoFiles), for FolderUploadPlanner::deletions.
// 4. Hashing: each planned file read once (UploadFile::read) on a worker thread.
// 5. Uploading, Committing: one CommitUpload of the files and deletions.
// A dry run stops after 3: nothing read beyond listing the folder, nothing sent but the listing
// call, the Space not created (with create, a Space not there yet counts as empty). When there
// is nothing to add or delete, nothing is committed (Outcome::commit's nothingToCommit);
// CommitUpload also leaves out files the repository already has.
// Errors (finished() with a HubError): a folder that does not exist or cannot be listed, a path
// the Hub cannot take (LocalFile, from the planner); a file over kMaxFileBytes (LocalFile,
// before anything is read or sent); a file that cannot be read or changed (LocalFile; with a
// prior plan, a planned file gone or of another size than planned, before anything is sent); the
// Hub's refusals (NotFound, Unauthorized...; RepoChanged for a 409/412 to the commit).
class FolderUpload : public QObject
{
    Q_OBJECT

public:
    // The Hub refuses a single file larger than this (50 GB, its documented limit per file).
    static constexpr qint64 kMaxFileBytes = 50LL * 1000 * 1000 * 1000;

    struct Request
    {
        RepoType repoType = RepoType::Space;
        QString repoId;                            // "owner/name"
        QString revision = QStringLiteral("main"); // a branch
        FolderUploadPlanner::Options options;      // the folder, path in the repository, patterns
        QString summary;                           // empty: defaultSummary()
        QString description;
        // Create the Space first (Spaces only); an existing one is used as it is.
        bool create = false;
        QString sdk;                   // with create: gradio, docker, static, streamlit
        std::optional<bool> isPrivate; // with create: unset is the Hub's default
        bool dryRun = false;
        // A plan made before of `options` (UploadPlanPreview's, shown to the user), used as it
        // is when FolderUploadPlanner::samePlan(options, request's options); else ignored and
        // the folder planned again. Files added since are not sent; one gone, unreadable or
        // of another size than planned ends the upload before anything is sent (LocalFile).
        struct PriorPlan
        {
            FolderUploadPlanner::Options options;
            FolderUploadPlan plan;
        };
        std::optional<PriorPlan> priorPlan;
    };
    enum class Stage { Creating, Planning, Listing, Hashing, Uploading, Committing };
    struct Progress
    {
        Stage stage = Stage::Planning;
        // Hashing: bytes read of the planned files' bytes. Uploading: LFS bytes stored of those
        // to send (CommitUpload::Progress), known after its preupload. Other stages: 0 of 0.
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        // Counted in each stage from 0, so that a figure never mixes two stages' files.
        // Hashing: files read of the planned files. Committing: 0 of the files in the commit
        // (those the Hub lacks), all of them once it is made. Other stages, Uploading too: 0
        // of 0 (the Hub says which files go to storage and which inline in the commit; only
        // their bytes are counted).
        int filesDone = 0;
        int filesTotal = 0;
        // Time left in this stage, from the rate measured over the last few seconds; -1 while
        // unknown (less than a second measured, nothing moved, or a stage without bytes).
        double secondsLeft = -1;
    };
    struct Outcome
    {
        bool dryRun = false;
        bool created = false;         // this upload created the Space
        FolderUploadPlan plan;        // what the folder holds and what was left out, and why
        QStringList deletions;        // the repository's files deleted (a dry run: that would be)
        CommitUpload::Outcome commit; // a dry run: empty; nothing to add or delete: nothingToCommit
    };

    // `client` must outlive the upload.
    FolderUpload(HubClient *client, Request request, QObject *parent = nullptr);
    // Destroyed while running: the call in flight is canceled, workers are told to stop,
    // finished() is not emitted.
    ~FolderUpload() override;

    [[nodiscard]] const Request &request() const { return m_request; }
    [[nodiscard]] const Progress &currentProgress() const { return m_progress; }
    // Whether the request's prior plan is the one sent (known from the constructor on).
    [[nodiscard]] bool usesPriorPlan() const { return m_usesPriorPlan; }
    // Starts; finished() follows, once, never from within start().
    void start();
    // Stops with HubError::Kind::Canceled, nothing committed, at any stage until the commit call
    // is sent; after it, the commit's own outcome is reported (the Hub may have committed).
    // finished() follows from the event loop, not from within cancel().
    void cancel();

    // The request's problems found without the disk or the network; empty when none.
    [[nodiscard]] static QString problem(const Request &request);
    // "Upload folder using HubDeck", as huggingface_hub's default names itself.
    [[nodiscard]] static QString defaultSummary();

Q_SIGNALS:
    void planned(const hubdeck::FolderUploadPlan &plan);
    void progress(const hubdeck::FolderUpload::Progress &progress);
    // One sentence when a file's upload goes again (CommitUpload::retrying): "Sending
    // model.bin stalled (no byte moved for 5 s); trying again in 2 s (2 of 4)."
    void retrying(const QString &message);
    void finished(const hubdeck::HubResult<hubdeck::FolderUpload::Outcome> &result);

private:
    struct Hashing; // the hashing worker's shared state

    void createSpace();
    void plan();
    void planDone(HubResult<FolderUploadPlan> result);
    void listRemote();
    void hash();
    void hashDone();
    void commit();
    // Starts `stage` at 0 of these totals, and reports it.
    void setStage(Stage stage, qint64 bytesTotal = 0, int filesTotal = 0);
    void report(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal);
    void fail(HubError error);
    void succeed();
    void finish(HubResult<Outcome> result);
    [[nodiscard]] static HubError canceledError();

    HubClient *m_client;
    Request m_request;
    Progress m_progress;
    Outcome m_outcome;
    std::shared_ptr<std::atomic_bool> m_stop; // the workers' stop flag: they may outlive us
    std::shared_ptr<Hashing> m_hashing;
    QTimer *m_poll = nullptr; // reads the hashing worker's progress
    QList<UploadFile> m_files;
    QPointer<CommitUpload> m_commit;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms since the stage began, bytes done) for the rate
    QElapsedTimer m_stageClock;
    bool m_usesPriorPlan = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace hubdeck

Q_DECLARE_METATYPE(hubdeck::FolderUpload::Progress)
