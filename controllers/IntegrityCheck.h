// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "BackgroundJob.h"
#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

namespace hubdeck {

struct CacheScan;

// One integrity check at a time, in the background, for a window: BlobVerifier's work with
// its progress and cancellation relayed as signals. Destroying it cancels and waits, so no
// check outlives the scan it reads.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override;

    // Until finished is emitted, not only while the worker runs: the report is completed here
    // from m_skipped and m_brokenLinks, which a second start must not overwrite before.
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Checks the blobs of these revisions (of the whole cache when empty); returns how many
    // blobs it will hash, or -1 when a check is already running.
    int start(const CacheScan &scan, const QSet<RevisionKey> &revisions = {});
    void cancel();

Q_SIGNALS:
    void progressRangeChanged(int minimum, int maximum);
    void progressValueChanged(int value);
    // After each blob: bytes read and blobs checked so far, of the totals.
    void progressed(qint64 bytesRead, qint64 bytesTotal, int blobsDone, int blobsTotal);
    void finished(const hubdeck::VerifyReport &report);

private:
    // A flag, so that a stopped check still reports what it found before the stop.
    BackgroundJob<VerifyReport> m_job{BackgroundJob<VerifyReport>::Stop::Flag};
    int m_skipped = 0;
    bool m_running = false;
    QList<VerifyReport::Problem> m_brokenLinks;
};

} // namespace hubdeck
