// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

namespace hubdeck {

// The filesystem that holds the cache (or HF_HOME), on the Cache page's summary row and atop
// the Overview: a bar of its used and free space,
// the part the ticked deletion would give back drawn as free-to-be, and beside it "Disk: 41 GB
// free of 1 TB → 96 GB after deleting". Figures come from the filesystem (QStorageInfo:
// statvfs's blocks available to this user), read again by refresh() (after a scan and after
// every deletion) and every 30 seconds, so a download running meanwhile shows.
class DiskUsageBar : public QWidget
{
    Q_OBJECT

public:
    explicit DiskUsageBar(QWidget *parent = nullptr);

    // The folder whose filesystem is shown; an empty or missing folder shows nothing.
    void setPath(const QString &path);
    // Bytes the ticked deletion is expected to free (SelectionLedger::freedSize()).
    void setPendingFree(qint64 bytes);
    void refresh();
    // Pixels of the bar beside the text (120 unless set).
    void setBarWidth(int pixels);

    [[nodiscard]] qint64 freeBytes() const { return m_free; } // -1 when unknown
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    [[nodiscard]] QString text() const; // what the label beside the bar says

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateTexts();

    QString m_path;
    qint64 m_free = -1;
    qint64 m_total = -1;
    qint64 m_pending = 0;
    int m_barWidth;
};

} // namespace hubdeck
