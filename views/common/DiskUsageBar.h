// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QFutureWatcher>
#include <QWidget>

namespace hubdeck {

// The filesystem that holds the cache (or HF_HOME), on the Cache page's summary row and atop
// the Overview: a bar of its used and free space,
// the part the ticked deletion would give back drawn as free-to-be, and beside it "Disk: 41 GB
// free of 1 TB → 96 GB after deleting". Figures come from the filesystem (QStorageInfo:
// statvfs's blocks available to this user), read again by refresh() (after a scan and after
// every deletion) and every 30 seconds, so a download running meanwhile shows. The reading
// happens on a worker thread: statvfs on a network filesystem that stopped answering blocks
// until it answers, and the window must not. One reading at a time: while one hangs, later
// refreshes wait behind it instead of piling up threads.
class DiskUsageBar : public QWidget
{
    Q_OBJECT

public:
    explicit DiskUsageBar(QWidget *parent = nullptr);

    // The folder whose filesystem is shown; an empty or missing folder shows nothing.
    void setPath(const QString &path);
    // Allocated bytes the ticked deletion gives back to the disk (SelectionLedger::freedOnDisk()).
    void setPendingFree(qint64 bytes);
    // Asks the filesystem again, off the GUI thread; refreshed() follows.
    void refresh();
    // Pixels of the bar beside the text (120 unless set).
    void setBarWidth(int pixels);

    [[nodiscard]] qint64 freeBytes() const { return m_free; } // -1 when unknown
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    // text() as drawn at the widget's width: cut at the end with an ellipsis when it does not fit.
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] QString text() const; // what the label beside the bar says

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    // The figures of the current path were read (or found unknown: freeBytes() is -1).
    void refreshed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Reading
    {
        QString path;
        qint64 free = -1;
        qint64 total = -1;
    };
    void updateTexts();
    void readingDone();
    // Where the line beside the bar is drawn: shownText() is cut to its width.
    [[nodiscard]] QRect textRect() const;
    [[nodiscard]] static Reading read(const QString &path);

    QFutureWatcher<Reading> *m_watcher;
    bool m_refreshAgain = false; // a refresh came while a reading was running
    QString m_path;
    qint64 m_free = -1;
    qint64 m_total = -1;
    qint64 m_pending = 0;
    int m_barWidth;
};

} // namespace hubdeck
