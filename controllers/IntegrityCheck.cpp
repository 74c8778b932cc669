// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "IntegrityCheck.h"

#include "BlobVerifier.h"
#include "BrokenLinks.h"
#include "CacheScan.h"

namespace hubdeck {

IntegrityCheck::IntegrityCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_job.watcher(), &QFutureWatcher<VerifyReport>::progressRangeChanged, this, &IntegrityCheck::progressRangeChanged);
    connect(&m_job.watcher(), &QFutureWatcher<VerifyReport>::progressValueChanged, this, &IntegrityCheck::progressValueChanged);
    connect(&m_job.watcher(), &QFutureWatcher<VerifyReport>::progressTextChanged, this, [this](const QString &text) {
        const QStringList figures = text.split(u' '); // BlobVerifier's "<read> <total> <done> <blobs>"
        if (figures.size() == 4)
            Q_EMIT progressed(figures[0].toLongLong(), figures[1].toLongLong(), figures[2].toInt(), figures[3].toInt());
    });
    connect(&m_job.watcher(), &QFutureWatcher<VerifyReport>::finished, this, [this] {
        VerifyReport report = m_job.result().value_or(VerifyReport{});
        report.skipped = m_skipped;
        if (!report.canceled)
            report.problems += m_brokenLinks;
        m_running = false;
        Q_EMIT finished(report);
    });
}

IntegrityCheck::~IntegrityCheck() = default; // the job stops and waits for its work

int IntegrityCheck::start(const CacheScan &scan, const QSet<RevisionKey> &revisions)
{
    if (m_running)
        return -1;
    m_running = true;
    m_skipped = 0;
    // The whole cache's check also names the blobs that broken links miss (their repos are
    // corrupted entries, which no revision selection reaches).
    m_brokenLinks = revisions.isEmpty() ? BrokenLinks::problems(scan) : QList<VerifyReport::Problem>();
    m_brokenLinks += BrokenLinks::folderBlobProblems(scan, revisions);
    const QList<BlobVerifier::Item> items = BlobVerifier::itemsFor(scan, {}, revisions, &m_skipped);
    m_job.start([&items](std::shared_ptr<std::atomic_bool> stop) { return BlobVerifier::verifyAsync(items, std::move(stop)); });
    return int(items.size());
}

void IntegrityCheck::cancel()
{
    m_job.stop();
}

} // namespace hubdeck
