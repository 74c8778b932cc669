// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FolderUpload.h"

#include "HumanFormat.h"
#include "PrintableText.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace hubdeck {

namespace {
// How often the hashing worker's figures are read and reported.
constexpr int kPollMs = 100;
// The rate is measured over this much of the latest progress.
constexpr qint64 kRateWindowMs = 5000;
} // namespace

// Written by the worker, read by the upload's thread: plain atomics, no lock.
struct FolderUpload::Hashing
{
    std::atomic<qint64> bytes = 0;
    std::atomic<int> files = 0;
    QList<UploadFile> read; // the worker's result: valid once it has finished
    QString error;          // the first file that could not be read, and why
};

FolderUpload::FolderUpload(HubClient *client, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<FolderUpload::Progress>();
    if (m_request.summary.trimmed().isEmpty())
        m_request.summary = defaultSummary();
    m_usesPriorPlan = m_request.priorPlan && FolderUploadPlanner::samePlan(m_request.priorPlan->options, m_request.options);
    if (!m_usesPriorPlan)
        m_request.priorPlan.reset();
}

FolderUpload::~FolderUpload()
{
    m_done = true;
    *m_stop = true;
    delete m_commit; // cancels its call in flight without a word
}

QString FolderUpload::defaultSummary()
{
    return QStringLiteral("Upload folder using HubDeck");
}

QString FolderUpload::problem(const Request &request)
{
    const QStringList idParts = request.repoId.split(u'/');
    if (idParts.size() != 2 || idParts[0].isEmpty() || idParts[1].isEmpty())
        return QStringLiteral("\"%1\" is not a repository id of the form owner/name").arg(request.repoId);
    if (request.revision.isEmpty())
        return QStringLiteral("no revision to commit to");
    if (request.options.folder.isEmpty())
        return QStringLiteral("no folder to upload");
    if (request.create && request.repoType != RepoType::Space)
        return QStringLiteral("only a Space can be created with its upload");
    return {};
}

HubError FolderUpload::canceledError()
{
    HubError error;
    error.kind = HubError::Kind::Canceled;
    return error;
}

void FolderUpload::start()
{
    if (m_started)
        return;
    m_started = true;
    if (const QString why = problem(m_request); !why.isEmpty()) {
        QTimer::singleShot(0, this, [this, why] {
            HubError error;
            error.kind = HubError::Kind::LocalFile;
            error.detail = why;
            fail(error);
        });
        return;
    }
    m_outcome.dryRun = m_request.dryRun;
    if (m_request.create && !m_request.dryRun)
        QTimer::singleShot(0, this, &FolderUpload::createSpace);
    else
        QTimer::singleShot(0, this, &FolderUpload::plan);
}

void FolderUpload::cancel()
{
    if (m_done || !m_started)
        return;
    if (m_commit) {
        m_commit->cancel(); // its finished() says whether it stopped in time
        return;
    }
    *m_stop = true;
    m_done = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(HubResult<Outcome>::failure(canceledError())); });
}

void FolderUpload::setStage(Stage stage, qint64 bytesTotal, int filesTotal)
{
    m_progress = Progress{};
    m_progress.stage = stage;
    m_progress.bytesTotal = bytesTotal;
    m_progress.filesTotal = filesTotal;
    m_samples.clear();
    m_stageClock.start();
    Q_EMIT progress(m_progress);
}

void FolderUpload::report(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal)
{
    const qint64 now = m_stageClock.elapsed();
    m_samples.emplace_back(now, bytesDone);
    while (m_samples.size() > 2 && m_samples.front().first < now - kRateWindowMs)
        m_samples.pop_front();
    m_progress.bytesDone = bytesDone;
    m_progress.bytesTotal = bytesTotal;
    m_progress.filesDone = filesDone;
    m_progress.filesTotal = filesTotal;
    m_progress.secondsLeft = -1;
    const auto &[firstMs, firstBytes] = m_samples.front();
    const qint64 spanMs = now - firstMs;
    const qint64 moved = bytesDone - firstBytes;
    if (now >= 1000 && spanMs > 0 && moved > 0 && bytesTotal >= bytesDone)
        m_progress.secondsLeft = double(bytesTotal - bytesDone) * spanMs / double(moved) / 1000.0;
    Q_EMIT progress(m_progress);
}

void FolderUpload::createSpace()
{
    if (m_done)
        return;
    setStage(Stage::Creating);
    if (m_done)
        return; // canceled from a progress handler
    HubClient::NewSpace space;
    space.organization = m_request.repoId.section(u'/', 0, 0);
    space.name = m_request.repoId.section(u'/', 1);
    space.sdk = m_request.sdk;
    space.isPrivate = m_request.isPrivate;
    m_client->create(space, inContext(this, [this](HubResult<QString> result) {
                         if (m_done)
                             return;
                         // An existing Space is what the upload goes to, as create_repo(exist_ok=True).
                         if (!result.ok() && result.error.kind != HubError::Kind::Conflict) {
                             fail(result.error);
                             return;
                         }
                         m_outcome.created = result.ok();
                         plan();
                     }));
}

void FolderUpload::plan()
{
    if (m_done)
        return;
    if (m_usesPriorPlan) {
        planDone(HubResult<FolderUploadPlan>::success(m_request.priorPlan->plan));
        return;
    }
    setStage(Stage::Planning);
    if (m_done)
        return; // canceled from a progress handler
    auto *watcher = new QFutureWatcher<HubResult<FolderUploadPlan>>(this);
    connect(watcher, &QFutureWatcher<HubResult<FolderUploadPlan>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_done)
            planDone(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([options = m_request.options, stop = m_stop] { return FolderUploadPlanner::plan(options, stop.get()); }));
}

void FolderUpload::planDone(HubResult<FolderUploadPlan> result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    m_outcome.plan = std::move(*result.value);
    Q_EMIT planned(m_outcome.plan);
    for (const FolderUploadPlan::File &file : std::as_const(m_outcome.plan.files)) {
        if (file.size > kMaxFileBytes) {
            HubError error;
            error.kind = HubError::Kind::LocalFile;
            error.detail = QCoreApplication::translate("FolderUpload", "%1: it is %2, over the Hub's limit of %3 a file")
                               .arg(file.localPath, HumanFormat::size(file.size), HumanFormat::size(kMaxFileBytes));
            fail(error);
            return;
        }
    }
    if (!m_request.options.deletePatterns.isEmpty())
        listRemote();
    else if (m_request.dryRun)
        succeed();
    else
        hash();
}

void FolderUpload::listRemote()
{
    setStage(Stage::Listing);
    if (m_done)
        return; // canceled from a progress handler
    m_client->listRepoFiles(m_request.repoType, m_request.repoId, m_request.revision, m_outcome.plan.pathInRepo,
                            inContext(this, [this](HubResult<QStringList> result) {
                                if (m_done)
                                    return;
                                // A dry run with create does not create: a Space not there yet has no files.
                                const bool notCreatedYet = m_request.dryRun && m_request.create &&
                                                           result.error.kind == HubError::Kind::NotFound &&
                                                           result.error.hubCode == u"RepoNotFound";
                                if (notCreatedYet)
                                    result = HubResult<QStringList>::success({});
                                if (!result.ok()) {
                                    fail(result.error);
                                    return;
                                }
                                m_outcome.deletions = FolderUploadPlanner::deletions(*result.value, m_request.options, m_outcome.plan);
                                if (m_request.dryRun)
                                    succeed();
                                else
                                    hash();
                            }));
}

void FolderUpload::hash()
{
    const QList<FolderUploadPlan::File> files = m_outcome.plan.files;
    const qint64 total = m_outcome.plan.totalBytes;
    // Its totals from the first report: "0 of 0 files" would flash before them.
    setStage(Stage::Hashing, total, int(files.size()));
    if (m_done)
        return; // canceled from a progress handler
    m_hashing = std::make_shared<Hashing>();
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this,
            [this, total, count = int(files.size())] { report(m_hashing->bytes, total, m_hashing->files, count); });
    m_poll->start(kPollMs);
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_done)
            hashDone();
    });
    watcher->setFuture(QtConcurrent::run([files, hashing = m_hashing, stop = m_stop] {
        for (const FolderUploadPlan::File &file : files) {
            QString error;
            auto read = UploadFile::read(file.localPath, file.pathInRepo, &error, [&](qint64 bytes) {
                hashing->bytes += bytes;
                return !stop->load();
            });
            if (!read) {
                hashing->error = error;
                return;
            }
            // The plan shown (and its totals) must be what goes: a file of another size since
            // it was planned is said rather than sent.
            if (read->size != file.size) {
                hashing->error = QCoreApplication::translate("FolderUpload", "%1: it changed since the folder was listed (%2 then, %3 now)")
                                     .arg(file.localPath, HumanFormat::size(file.size), HumanFormat::size(read->size));
                return;
            }
            hashing->read.append(std::move(*read));
            ++hashing->files;
        }
    }));
}

void FolderUpload::hashDone()
{
    delete m_poll;
    m_poll = nullptr;
    if (!m_hashing->error.isEmpty()) {
        HubError error;
        error.kind = HubError::Kind::LocalFile;
        error.detail = m_hashing->error;
        fail(error);
        return;
    }
    report(m_hashing->bytes, m_outcome.plan.totalBytes, m_hashing->files, int(m_outcome.plan.files.size()));
    m_files = std::move(m_hashing->read);
    m_hashing.reset();
    commit();
}

void FolderUpload::commit()
{
    if (m_files.isEmpty() && m_outcome.deletions.isEmpty()) {
        m_outcome.commit.nothingToCommit = true;
        succeed();
        return;
    }
    setStage(Stage::Uploading);
    if (m_done)
        return; // canceled from a progress handler
    CommitUpload::Request request;
    request.repoType = m_request.repoType;
    request.repoId = m_request.repoId;
    request.revision = m_request.revision;
    request.summary = m_request.summary;
    request.description = m_request.description;
    request.additions = std::move(m_files);
    request.deletions = m_outcome.deletions;
    m_commit = new CommitUpload(m_client, std::move(request), this);
    connect(m_commit, &CommitUpload::progress, this, [this](const CommitUpload::Progress &p) {
        if (p.stage != CommitUpload::Stage::Committing) {
            report(p.bytesSent, p.bytesTotal, 0, 0);
            return;
        }
        // CommitUpload tells the commit twice: when it is sent, and once it is made.
        if (m_progress.stage != Stage::Committing)
            setStage(Stage::Committing, 0, p.filesTotal);
        else
            report(0, 0, p.filesTotal, p.filesTotal);
    });
    connect(m_commit, &CommitUpload::retrying, this,
            [this](const QString &path, int part, int attempt, int maxAttempts, const HubError &error, int delayMs) {
                const QString what = part >= 0 ? tr("Sending %1 (part %2)").arg(PrintableText::name(path), QString::number(part + 1))
                                               : tr("Sending %1").arg(PrintableText::name(path));
                Q_EMIT retrying(tr("%1 failed: %2; trying again in %3 s (%4 of %5).")
                                    .arg(what, error.message(), QString::number((delayMs + 999) / 1000), QString::number(attempt),
                                         QString::number(maxAttempts)));
            });
    // CommitUpload may finish from within its cancel(): the outcome is handed on from the event
    // loop, and m_commit stays until then so that a cancel() meanwhile reaches it (and is ignored).
    connect(m_commit, &CommitUpload::finished, this, [this](const HubResult<CommitUpload::Outcome> &result) {
        QTimer::singleShot(0, this, [this, result] {
            m_commit->deleteLater();
            m_commit = nullptr;
            if (!result.ok()) {
                fail(result.error);
                return;
            }
            m_outcome.commit = *result.value;
            succeed();
        });
    });
    m_commit->start();
}

void FolderUpload::fail(HubError error)
{
    finish(HubResult<Outcome>::failure(std::move(error)));
}

void FolderUpload::succeed()
{
    finish(HubResult<Outcome>::success(m_outcome));
}

void FolderUpload::finish(HubResult<Outcome> result)
{
    if (m_done)
        return;
    m_done = true;
    *m_stop = true;
    delete m_poll;
    m_poll = nullptr;
    Q_EMIT finished(result);
}

} // namespace hubdeck
