#pragma once

#include "CacheScan.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace hubdeck {

// The first window: the scan of one cache, listed repo by repo. The full cache browser
// (model/view, ticking, deletion) replaces the tree widget in issue #3.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString cacheDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] const CacheScan &scan() const { return m_scan; }

public Q_SLOTS:
    void rescan();

Q_SIGNALS:
    void scanFinished();

private:
    void onScanFinished();
    void populate();

    QString m_cacheDir;
    CacheScan m_scan;
    QFutureWatcher<CacheScan> m_watcher;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace hubdeck
