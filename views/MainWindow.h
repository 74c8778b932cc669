#pragma once

#include "AppSettings.h"
#include "DeletionPlan.h"
#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace hubdeck {

class CacheBrowser;
class IntegrityCheck;
class CacheFilterBar;
class CacheFilterProxy;
class CacheSession;
class CacheTreeModel;
class PreviewPane;
class SpacesPage;
class TreemapView;
class WarningsPanel;
struct DeletionReport;

// The cache page: the tree of repos, revisions and files, the filter bar, the "will free"
// summary, quick selections and the deletion flow, all driven by a CacheSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString cacheDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tests replace the modal confirmation with their own answer.
    void setConfirmer(std::function<bool(const DeletionPlan &)> confirmer) { m_confirm = std::move(confirmer); }

    [[nodiscard]] CacheSession *session() const { return m_session; }
    [[nodiscard]] CacheTreeModel *model() const { return m_model; }
    [[nodiscard]] CacheFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView *tree() const;
    [[nodiscard]] TreemapView *treemap() const;
    [[nodiscard]] PreviewPane *preview() const;
    [[nodiscard]] QString summaryText() const; // plain text, without the emphasis
    [[nodiscard]] bool isShowingEmptyState() const;
    void setShowVerifyResults(bool show) { m_showVerifyResults = show; }
    [[nodiscard]] SpacesPage *spacesPage() const { return m_spaces; }
    void showSpacesPage();

public Q_SLOTS:
    void selectDetached();
    void selectNotAccessedFor(int days);
    void selectMatchingFilter();
    void clearSelection();
    // Tools → Prune…: the plan of `cache prune`, the usual confirmation, a background deletion.
    void prune();
    void deleteChecked();
    void openCacheFolder(const QString &dir);
    // Checks blobs against the hashes in their names: of these revisions, or of the whole cache.
    void verify(const QSet<hubdeck::RevisionKey> &revisions = {});

Q_SIGNALS:
    void scanFinished();
    void deletionFinished();
    void verifyFinished(const hubdeck::VerifyReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateSummary();
    void onScanStarted();
    void onScanFinished(bool canceled);
    void onDeletionFinished(const DeletionReport &report);
    void onVerifyFinished(const VerifyReport &report);
    void rememberCache(const QString &dir);
    void rebuildRecentMenu();
    void chooseCacheFolder();
    void showBusy(const QString &message, int maximum);
    void hideBusy();
    void openSettings();
    void applySettings();

    CacheTreeModel *m_model;
    CacheFilterProxy *m_proxy;
    CacheSession *m_session;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_cacheToolbar = nullptr;
    SpacesPage *m_spaces = nullptr;
    bool m_warningsWereVisible = false;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyState = nullptr;
    CacheFilterBar *m_filterBar = nullptr;
    CacheBrowser *m_browser = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    WarningsPanel *m_warnings = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_deleteAction = nullptr;
    std::function<bool(const DeletionPlan &)> m_confirm;
    AppSettings m_settings;
    IntegrityCheck *m_check = nullptr;
    bool m_showVerifyResults = true;
    bool m_firstScan = true;
};

} // namespace hubdeck
