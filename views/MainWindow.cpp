#include "MainWindow.h"

#include "CacheScanner.h"
#include "HumanFormat.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hubdeck {

namespace {
enum Column { Name, Type, Size, Files, Accessed, Modified, Refs, ColumnCount };

QString localTime(double seconds)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000)), QLocale::ShortFormat);
}

// Sorts sizes by their byte count, not by their text.
class SizeItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole), b = other.data(column, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};
} // namespace

MainWindow::MainWindow(QString cacheDir, QWidget *parent)
    : QMainWindow(parent)
    , m_cacheDir(std::move(cacheDir))
{
    setWindowTitle(tr("HubDeck — %1").arg(m_cacheDir));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree = new QTreeWidget(central);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Size"), tr("Files"), tr("Last accessed"), tr("Last modified"), tr("Refs")});
    m_tree->setSortingEnabled(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_watcher.cancel(); });

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *rescanAction = fileMenu->addAction(tr("&Rescan"), this, &MainWindow::rescan);
    rescanAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    connect(&m_watcher, &QFutureWatcher<CacheScan>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<CacheScan>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<CacheScan>::finished, this, &MainWindow::onScanFinished);
    rescan();
}

MainWindow::~MainWindow()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void MainWindow::rescan()
{
    if (m_watcher.isRunning())
        return;
    statusBar()->showMessage(tr("Scanning %1…").arg(m_cacheDir));
    m_progress->show();
    m_cancel->show();
    m_watcher.setFuture(CacheScanner::scanAsync(m_cacheDir));
}

void MainWindow::onScanFinished()
{
    m_progress->hide();
    m_cancel->hide();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        statusBar()->showMessage(tr("Scan canceled. Press F5 to scan again."));
    } else {
        m_scan = m_watcher.result();
        populate();
        statusBar()->showMessage(m_scan.error.isEmpty() ? tr("Scan finished.") : m_scan.error);
    }
    Q_EMIT scanFinished();
}

void MainWindow::populate()
{
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    if (!m_scan.error.isEmpty()) {
        m_summary->setText(tr("HubDeck looked for the Hugging Face cache in %1, but: %2").arg(m_cacheDir, m_scan.error));
        return;
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CachedRepo &repo : std::as_const(m_scan.repos)) {
        auto *item = new SizeItem(m_tree);
        item->setText(Name, repo.repoId);
        item->setText(Type, repoTypeName(repo.type));
        item->setText(Size, HumanFormat::size(repo.sizeOnDisk));
        item->setData(Size, Qt::UserRole, double(repo.sizeOnDisk));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Files, QString::number(repo.nbFiles()));
        item->setData(Files, Qt::UserRole, double(repo.nbFiles()));
        item->setText(Accessed, localTime(repo.lastAccessed));
        item->setData(Accessed, Qt::UserRole, repo.lastAccessed);
        item->setText(Modified, localTime(repo.lastModified));
        item->setData(Modified, Qt::UserRole, repo.lastModified);
        item->setText(Refs, repo.refs().join(QStringLiteral(", ")));
        for (const CachedRevision &revision : repo.revisions) {
            auto *child = new SizeItem(item);
            child->setText(Name, revision.commitHash.left(12) +
                                     (revision.refs.isEmpty() ? tr(" (detached)") : QStringLiteral(" (%1)").arg(revision.refs.join(QStringLiteral(", ")))));
            child->setText(Size, HumanFormat::size(revision.sizeOnDisk));
            child->setData(Size, Qt::UserRole, double(revision.sizeOnDisk));
            child->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
            child->setText(Files, QString::number(revision.nbFiles()));
            child->setText(Modified, localTime(revision.lastModified));
            child->setText(Refs, revision.refs.join(QStringLiteral(", ")));
        }
    }
    for (const CorruptedRepo &corrupted : std::as_const(m_scan.corrupted)) {
        auto *item = new SizeItem(m_tree);
        item->setIcon(Name, warning);
        item->setText(Name, corrupted.path.section(u'/', -1));
        item->setText(Type, tr("corrupted"));
        item->setText(Size, HumanFormat::size(corrupted.sizeOnDisk));
        item->setData(Size, Qt::UserRole, double(corrupted.sizeOnDisk));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(Name, corrupted.message);
        item->setText(Refs, corrupted.message);
    }
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Size, Qt::DescendingOrder);
    for (int c = Type; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(tr("%n repo(s), %1 revision(s), %2 on disk", nullptr, int(m_scan.repos.size()))
                           .arg(m_scan.revisionCount())
                           .arg(HumanFormat::size(m_scan.sizeOnDisk)) +
                       (m_scan.corrupted.isEmpty() ? QString() : tr(" — %n corrupted entr(ies)", nullptr, int(m_scan.corrupted.size()))) +
                       (m_scan.incompleteFiles.isEmpty() ? QString()
                                                         : tr(" — %1 in partial downloads").arg(HumanFormat::size(m_scan.incompleteSize()))));
}

} // namespace hubdeck
