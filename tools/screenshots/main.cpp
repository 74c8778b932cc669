// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// Takes the README's screenshots: HubDeck on a demo cache and the fake Hub, each window
// grabbed as the user sees it. Run on a display (for example under xvfb-run):
//   hubdeck-screenshots OUTPUT_DIR [--all]
// --all adds every other dialog, for looking them over (not used in the README).
#include "AboutDialog.h"
#include "AppSettings.h"
#include "CacheSession.h"
#include "CacheTreeModel.h"
#include "DeleteConfirmDialog.h"
#include "DemoCache.h"
#include "DemoHome.h"
#include "FakeHub.h"
#include "FreeSpaceDialog.h"
#include "HardwareDialog.h"
#include "HomeDeleteDialog.h"
#include "HomeSession.h"
#include "HomeTreeModel.h"
#include "HubCredentials.h"
#include "HumanFormat.h"
#include "LogsDialog.h"
#include "MainWindow.h"
#include "NewSpaceDialog.h"
#include "OverviewPage.h"
#include "PreviewPane.h"
#include "SettingsDialog.h"
#include "SettingsListDialog.h"
#include "SignInDialog.h"
#include "SleepTimeDialog.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "SpacesTableModel.h"
#include "StorageDialog.h"
#include "StoredTokens.h"
#include "UploadFolderDialog.h"
#include "UploadPlanPreview.h"
#include "VerifyResultsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace hubdeck;

namespace {

QString g_outputDir;

void save(QWidget *widget, const QString &name)
{
    QTest::qWait(300); // let layouts and late repaints settle
    const QString path = g_outputDir + u'/' + name;
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
}

bool waitFor(QSignalSpy &spy, int timeout = 20000)
{
    return !spy.isEmpty() || spy.wait(timeout);
}

// The tree row whose name column reads `text`, under `parent`.
QModelIndex findRow(QTreeView *tree, const QString &text, const QModelIndex &parent = {})
{
    QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().startsWith(text))
            return index;
    }
    qFatal("no row %s", qPrintable(text));
}

void showFile(MainWindow &window, const QString &repo, const QString &file)
{
    QTreeView *tree = window.cachePage()->tree();
    const QModelIndex repoIndex = findRow(tree, repo);
    tree->expand(repoIndex);
    const QModelIndex revision = tree->model()->index(0, 0, repoIndex);
    tree->expand(revision);
    QSignalSpy shown(window.cachePage()->preview(), &PreviewPane::shown);
    tree->setCurrentIndex(findRow(tree, file, revision));
    tree->scrollTo(tree->currentIndex());
    if (!waitFor(shown))
        qFatal("no preview of %s", qPrintable(file));
}

std::unique_ptr<MainWindow> openWindow(const QString &cache)
{
    auto window = std::make_unique<MainWindow>(cache);
    window->cachePage()->setShowVerifyResults(false);
    QSignalSpy scanned(window.get(), &MainWindow::scanFinished);
    window->resize(1280, 820);
    window->show();
    if (!waitFor(scanned))
        qFatal("no scan");
    return window;
}

// The application as every picture shows it: test-mode settings from their defaults, the icon,
// English, the light theme.
void setUpApplication()
{
    QStandardPaths::setTestModeEnabled(true); // the user's own settings stay out of the pictures
    QApplication::setApplicationName(QStringLiteral("HubDeck"));
    QApplication::setOrganizationName(QStringLiteral("HubDeckScreenshots"));
    QApplication::setApplicationVersion(QStringLiteral(HUBDECK_VERSION));
    AppSettings::resetAll(); // every run starts from the default layout
    QIcon icon;
    for (int size : {32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hubdeck-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    AppSettings::applyLanguage(QStringLiteral("en"));
    AppSettings::applyTheme(AppSettings::Theme::Light);
}

// What a stopped deletion leaves, and a repo on another disk: the Warnings panel and the
// Prune confirmation, for looking over.
void saveLeftovers()
{
    test::FixtureCache left;
    const QString a = QStringLiteral("models--Qwen--Qwen2.5-0.5B");
    left.addBlob(a, QStringLiteral("weights"), QByteArray(4000, 'w'));
    left.addLink(a, test::FixtureCache::commit(QStringLiteral("q1")), QStringLiteral("model.safetensors"), QStringLiteral("weights"));
    left.addRef(a, QStringLiteral("main"), test::FixtureCache::commit(QStringLiteral("q1")));
    left.addBlob(a, QStringLiteral("orphan1"), QByteArray(3000, 'o'));
    left.addBlob(a, QStringLiteral("orphan2"), QByteArray(2000, 'o'));
    left.addBlob(a, QStringLiteral("old"), QByteArray(1500, 'd'));
    left.addLink(a, test::FixtureCache::commit(QStringLiteral("q0")), QStringLiteral("model.safetensors"), QStringLiteral("old"));
    left.mkdir(QStringLiteral("datasets--squad--squad/snapshots"));
    left.mkdir(QStringLiteral("datasets--squad--squad/blobs"));
    auto window = openWindow(left.root());
    window->resize(1000, 620);
    save(window.get(), QStringLiteral("extra-leftovers.png"));
    DeleteConfirmDialog prune(window->cachePage()->session()->planForPrune(), window->cachePage()->model()->scan().sizeOnDisk,
                              window.get());
    prune.resize(640, 420);
    prune.show();
    save(&prune, QStringLiteral("extra-prune-confirmation.png"));
}

// The Overview (the window opens on it) with the xet chunk cache and a prepared dataset
// ticked (and an assets entry), the xet part current; its confirmation, and the page in the dark theme.
void saveOverviewPage(MainWindow &window, const test::DemoHome &home)
{
    OverviewPage *page = window.overviewPage();
    for (int i = 0; i < 400 && !page->session()->hasScanned(); ++i)
        QTest::qWait(50);
    if (!page->session()->hasScanned())
        qFatal("no scan of the home");
    page->model()->setPathChecked(home.path(QStringLiteral("xet/https___cas-server.xethub.hf.co/chunk-cache")), true);
    page->model()->setPathChecked(home.path(QStringLiteral("datasets/rajpurkar___squad")), true);
    // The only entry of its library: the confirmation shows the folders it leaves empty too.
    page->model()->setPathChecked(home.path(QStringLiteral("assets/sentence_transformers/default/pooling")), true);
    page->selectPart(QStringLiteral("xet"));
    save(&window, QStringLiteral("overview.png"));

    HomeDeleteDialog confirm(page->session()->planForChecked(), page->model()->scan().sizeOnDisk(), &window);
    confirm.show();
    // As a user sees it a moment later: the background check has ended.
    for (int i = 0; i < 200 && confirm.isChecking(); ++i)
        QTest::qWait(50);
    QTest::qWait(50);
    save(&confirm, QStringLiteral("overview-confirmation.png"));
    confirm.close();

    AppSettings::applyTheme(AppSettings::Theme::Dark);
    save(&window, QStringLiteral("overview-dark.png"));
    AppSettings::applyTheme(AppSettings::Theme::Light);
    window.statusBar()->clearMessage();
}

// The tree with what nobody used for three months ticked, its confirmation and three previews.
void saveCachePage(MainWindow &window)
{
    window.showCachePage();
    // What a user cleaning up would tick first: what nobody used for three months.
    window.cachePage()->selectNotAccessedFor(90);
    QTreeView *tree = window.cachePage()->tree();
    const QModelIndex llama = findRow(tree, QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
    tree->expand(llama);
    QSignalSpy shown(window.cachePage()->preview(), &PreviewPane::shown);
    tree->setCurrentIndex(llama);
    waitFor(shown);
    save(&window, QStringLiteral("cache-browser.png"));

    DeleteConfirmDialog confirm(window.cachePage()->session()->planForChecked(), window.cachePage()->model()->scan().sizeOnDisk, &window,
                                window.cachePage()->revisionFrees());
    confirm.resize(720, 460);
    confirm.show();
    save(&confirm, QStringLiteral("delete-confirmation.png"));
    confirm.close();

    FreeSpaceDialog freeSpace(window.cachePage()->model()->scan(), window.cachePage()->model()->ledger(), HumanFormat::now(), &window);
    freeSpace.setGoal(20'000'000'000LL);
    freeSpace.setIncludeRefs(true);
    freeSpace.show();
    save(&freeSpace, QStringLiteral("free-space.png"));
    freeSpace.close();

    showFile(window, QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), QStringLiteral("model-00001-of-00004.safetensors"));
    save(&window, QStringLiteral("preview-safetensors.png"));
    showFile(window, QStringLiteral("microsoft/Phi-3-mini-4k-instruct"), QStringLiteral("modeling_phi3.py"));
    save(&window, QStringLiteral("preview-python.png"));
    showFile(window, QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), QStringLiteral("config.json"));
    save(&window, QStringLiteral("preview-json.png"));
}

// A real deletion of the detached revisions (tens of thousands of files), caught on its way.
void saveDeletion(MainWindow &window)
{
    window.cachePage()->clearSelection();
    window.cachePage()->selectDetached();
    window.cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
    int steps = 0;
    bool taken = false;
    QObject::connect(window.cachePage()->session(), &CacheSession::deletionStarted, &window, [&](int total) { steps = total; });
    QObject::connect(window.cachePage()->session(), &CacheSession::deletionProgress, &window, [&](int done) {
        if (!taken && done * 4 >= steps && done < steps) {
            taken = true;
            const QString path = g_outputDir + QStringLiteral("/deletion-progress.png");
            window.grab().save(path);
            std::printf("%s\n", qPrintable(path));
        }
    });
    QSignalSpy deleted(&window, &MainWindow::deletionFinished);
    window.cachePage()->deleteChecked();
    waitFor(deleted, 120000);
    if (!taken)
        std::fprintf(stderr, "the deletion finished before a progress picture was taken\n");

    window.statusBar()->clearMessage(); // the deletion's result belongs to the Cache page
}

// A Gradio app's folder, with its weights (sparse: no disk taken) and the leftovers an upload
// leaves out.
void writeDemoFolder(const QString &root)
{
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("app.py"), "import gradio as gr\n\ndemo = gr.ChatInterface(lambda m, h: m)\ndemo.launch()\n"},
        {QStringLiteral("requirements.txt"), "gradio\ntorch\nsafetensors\n"},
        {QStringLiteral("README.md"), "---\ntitle: Chat demo\nsdk: gradio\n---\n"},
        {QStringLiteral("examples/cat.jpg"), QByteArray(184'320, 'j')},
        {QStringLiteral("examples/dog.jpg"), QByteArray(201'728, 'd')},
        {QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n"},
        {QStringLiteral("__pycache__/app.cpython-311.pyc"), "compiled"},
    };
    for (const auto &[relative, content] : files) {
        QDir().mkpath(QFileInfo(root + u'/' + relative).path());
        QFile file(root + u'/' + relative);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    QDir().mkpath(root + QStringLiteral("/model"));
    QFile weights(root + QStringLiteral("/model/model.safetensors"));
    if (!weights.open(QIODevice::WriteOnly) || !weights.resize(1'200'000'000))
        qFatal("cannot write %s", qPrintable(weights.fileName()));
}

// Upload Folder…: the plan before anything is sent, then the upload under way.
void saveUploadDialog(MainWindow &window, SpacesPage *page)
{
    QTemporaryDir folder;
    writeDemoFolder(folder.path() + QStringLiteral("/chat-demo"));
    UploadFolderDialog upload(page->controller()->client(), QStringLiteral("alice/chat-demo"), &window);
    QSignalSpy planned(upload.preview(), &UploadPlanPreview::planned);
    upload.show();
    upload.setFolder(folder.path() + QStringLiteral("/chat-demo"));
    upload.messageEdit()->setText(QStringLiteral("Chat demo with its weights"));
    waitFor(planned);
    save(&upload, QStringLiteral("upload-plan.png"));
    upload.startUpload();
    // Grabbed from within the progress signal, a third of the way: the bar, bytes, files and
    // time left as a user sees them; then canceled, nothing committed.
    bool grabbed = false;
    QObject::connect(upload.upload(), &FolderUpload::progress, &upload, [&](const FolderUpload::Progress &progress) {
        if (grabbed || progress.stage != FolderUpload::Stage::Uploading || progress.secondsLeft < 0 ||
            progress.bytesDone * 3 < progress.bytesTotal)
            return;
        grabbed = true;
        const QString path = g_outputDir + QStringLiteral("/upload-progress.png");
        if (!upload.grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
        std::printf("%s\n", qPrintable(path));
        upload.cancelUpload();
    });
    for (int i = 0; i < 1200 && upload.isUploading(); ++i)
        QTest::qWait(100);
    if (!grabbed)
        qWarning("the upload ended before it could be shown under way");
}

// Dialogs the README does not show, for looking them over (--all).
void saveExtraDialogs(MainWindow &window, SpacesPage *page, const SpaceInfo &chat)
{
    AboutDialog about(&window);
    about.show();
    save(&about, QStringLiteral("extra-about.png"));
    SettingsDialog settings(AppSettings::load(), &window);
    settings.show();
    save(&settings, QStringLiteral("extra-settings.png"));
    SleepTimeDialog sleep(page->controller()->client(), chat, &window);
    sleep.show();
    save(&sleep, QStringLiteral("extra-sleep.png"));
    StorageDialog storage(page->controller()->client(), chat, &window);
    storage.show();
    save(&storage, QStringLiteral("extra-storage.png"));
    LogsDialog logs(page->controller()->client(), QStringLiteral("alice/chat-demo"), false, &window);
    logs.show();
    QTest::qWait(1000);
    save(&logs, QStringLiteral("extra-logs.png"));
    NewSpaceDialog create(page->controller()->client(), QString(), QStringLiteral("alice"), {QStringLiteral("acme")}, &window);
    create.setField(QStringLiteral("name"), QStringLiteral("my-new-space"));
    create.setField(QStringLiteral("secrets"), QStringLiteral("OPENAI_API_KEY=sk-demo-not-shown"));
    create.show();
    save(&create, QStringLiteral("extra-new-space.png"));
    VerifyReport report;
    report.checked = 41;
    report.skipped = 3;
    const CachedRepo &bert = window.cachePage()->model()->scan().repos.first();
    report.problems.append({VerifyReport::Problem::Kind::Mismatch,
                            bert.cacheId(),
                            bert.blobPath(0),
                            QStringLiteral("content does not match its name"),
                            {bert.revisions.first().commitHash},
                            bert.folderName,
                            {{bert.revisions.first().commitHash, bert.revisions.first().files.first().relativePath}}});
    VerifyResultsDialog verify(report, &window);
    verify.show();
    save(&verify, QStringLiteral("extra-verify.png"));
    SignInDialog signIn(page->controller(), &window);
    signIn.show();
    save(&signIn, QStringLiteral("extra-sign-in.png"));
}

// "All accounts" once the Hub's budget runs low and it asks HubDeck to wait: each account's
// note must stay readable in the status line at 1280 pixels. (The fake counts one budget for
// both tokens, so one account is told to wait while the other runs low.)
void saveBudgetNotes(MainWindow &window, SpacesPage *page, test::FakeHub &hub)
{
    hub.rateLimitQuota = 12; // a fresh window: a few refreshes bring it low, then past it
    const auto noted = [page] {
        const QList<SpacesController::BudgetNote> notes = page->controller()->budgetNotes();
        return std::any_of(notes.cbegin(), notes.cend(),
                           [](const SpacesController::BudgetNote &note) { return note.waitingUntil.has_value(); }) &&
               std::any_of(notes.cbegin(), notes.cend(), [](const SpacesController::BudgetNote &note) { return note.low.has_value(); });
    };
    for (int i = 0; i < 20 && !noted(); ++i) {
        QSignalSpy settled(page->controller(), &SpacesController::budgetChanged);
        page->refresh();
        settled.wait(2000);
        for (int j = 0; j < 40 && page->controller()->isReading(); ++j)
            QTest::qWait(50);
    }
    if (noted())
        save(&window, QStringLiteral("extra-spaces-budget.png"));
    else
        qWarning("the Hub's budget notes never showed");
    hub.rateLimitQuota = 0;
}

// The Spaces page, the Hardware and Secrets dialogs, with --all every other dialog, and the
// page in the dark theme.
void saveSpacesPage(MainWindow &window, test::FakeHub &hub, bool all)
{
    window.showSpacesPage();
    SpacesPage *page = window.spacesPage();
    QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
    waitFor(loaded);
    page->selectSpace(QStringLiteral("alice/chat-demo"));
    save(&window, QStringLiteral("spaces-page.png"));

    const SpaceInfo chat = page->model()->space(page->model()->rowOf(QStringLiteral("alice/chat-demo")));
    HardwareDialog hardware(page->controller()->client(), chat, &window);
    hardware.show();
    for (int i = 0; i < 100 && hardware.table()->rowCount() == 0; ++i)
        QTest::qWait(50);
    hardware.choose(QStringLiteral("a10g-large"));
    save(&hardware, QStringLiteral("hardware-dialog.png"));
    hardware.close();

    SettingsListDialog secrets(page->controller()->client(), QStringLiteral("alice/chat-demo"), true, &window);
    QSignalSpy reloaded(&secrets, &SettingsListDialog::reloaded);
    secrets.show();
    waitFor(reloaded);
    save(&secrets, QStringLiteral("secrets-dialog.png"));
    secrets.close();

    // A Space that failed: the Hub's reason beside its stage in the detail panel.
    page->selectSpace(QStringLiteral("alice/broken-app"));
    save(&window, QStringLiteral("spaces-error.png"));
    page->selectSpace(QStringLiteral("alice/chat-demo"));

    if (all) {
        // The widest screens the README's pictures are looked at on.
        window.resize(1400, 860);
        save(&window, QStringLiteral("extra-spaces-1400.png"));
        window.resize(1280, 820);
        saveExtraDialogs(window, page, chat);
        saveUploadDialog(window, page);
        // Every stored account's Spaces together, each row naming its account.
        QSignalSpy everyone(page->controller(), &SpacesController::listLoaded);
        page->accountSwitcher()->setCurrentIndex(page->accountSwitcher()->findData(QString::fromLatin1(SpacesPage::kAllAccounts)));
        Q_EMIT page->accountSwitcher()->activated(page->accountSwitcher()->currentIndex());
        waitFor(everyone);
        page->selectSpace(QStringLiteral("bob/voice-clone"));
        save(&window, QStringLiteral("spaces-all-accounts.png"));
        saveBudgetNotes(window, page, hub);
        // New Space… there asks which account creates it.
        for (QPushButton *button : page->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("New Space…"))
                button->click();
        if (auto *create = page->findChild<NewSpaceDialog *>(); create && create->accountField()) {
            create->accountField()->setCurrentIndex(create->accountField()->findData(QStringLiteral("work")));
            create->setField(QStringLiteral("name"), QStringLiteral("voice-demo"));
            save(create, QStringLiteral("extra-new-space-accounts.png"));
            create->close();
        } else {
            qWarning("New Space… in \"All accounts\" showed no Account field");
        }
        // Back to alice's account as a user would go back, through the switcher: the controller
        // alone would leave the switcher on "All accounts" in the pictures after this one.
        QSignalSpy back(page->controller(), &SpacesController::listLoaded);
        page->accountSwitcher()->setCurrentIndex(page->accountSwitcher()->findData(QStringLiteral("laptop")));
        Q_EMIT page->accountSwitcher()->activated(page->accountSwitcher()->currentIndex());
        waitFor(back);
        page->selectSpace(QStringLiteral("alice/chat-demo"));
    }

    AppSettings::applyTheme(AppSettings::Theme::Dark);
    save(&window, QStringLiteral("spaces-dark.png"));
    AppSettings::applyTheme(AppSettings::Theme::Light);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool all = argc == 3 && std::strcmp(argv[2], "--all") == 0;
    if (argc != 2 && !all) {
        std::fprintf(stderr, "usage: hubdeck-screenshots OUTPUT_DIR [--all]\n");
        return 2;
    }
    g_outputDir = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    QDir().mkpath(g_outputDir);
    setUpApplication();

    test::FakeHub hub;
    if (!hub.listen())
        qFatal("the fake Hub cannot listen");
    hub.addDemoSpaces();
    const test::DemoHome home(HumanFormat::now());
    // Two accounts signed in as `hf auth login` leaves them, alice's active; their tokens
    // beside the demo home (HF_TOKEN_PATH), not in it, so the Overview page stays as it was.
    const QString bobToken = QStringLiteral("hf_demo_work_token_0123456789");
    hub.otherAccounts.append(test::FakeHub::Account{bobToken, QStringLiteral("bob"), {QStringLiteral("acme")}, QStringLiteral("work")});
    hub.addSpace(QStringLiteral("bob/voice-clone"), QStringLiteral("RUNNING"), QStringLiteral("a10g-large"), QStringLiteral("docker"));
    hub.runtimes[QStringLiteral("bob/voice-clone")].insert(QStringLiteral("gcTimeout"), QJsonValue::Null);
    // Why alice/broken-app stopped, as the Hub words a crashed app; and a Space with storage.
    hub.runtimes[QStringLiteral("alice/broken-app")].insert(
        QStringLiteral("errorMessage"),
        QStringLiteral("Exit code: 1. Reason: ModuleNotFoundError: No module named 'transformers'. Check requirements.txt."));
    hub.runtimes[QStringLiteral("alice/chat-demo")].insert(QStringLiteral("storage"), QStringLiteral("small"));
    QTemporaryDir tokens;
    qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());
    qputenv("HF_TOKEN_PATH", tokens.filePath(QStringLiteral("token")).toUtf8());
    qunsetenv("HF_TOKEN");
    qunsetenv("HUGGING_FACE_HUB_TOKEN");
    qputenv("HF_HOME", home.root().toUtf8());
    QString error;
    if (!StoredTokens::write({{QStringLiteral("laptop"), hub.token}, {QStringLiteral("work"), bobToken}}, &error) ||
        !HubCredentials::saveToken(hub.token, &error))
        qFatal("cannot store the demo tokens: %s", qPrintable(error));

    const test::DemoCache cache(HumanFormat::now());
    if (all)
        saveLeftovers();
    {
        auto window = openWindow(cache.root());
        saveOverviewPage(*window, home);
        saveCachePage(*window);
        saveDeletion(*window);
        saveSpacesPage(*window, hub, all);
        window->close();
    }
    {
        // Widgets take their language when they are made: a new window for German.
        AppSettings::applyLanguage(QStringLiteral("de"));
        const test::DemoCache fresh(HumanFormat::now());
        auto window = openWindow(fresh.root());
        window->showCachePage();
        window->cachePage()->selectNotAccessedFor(90);
        save(window.get(), QStringLiteral("cache-german.png"));
        window->close();
    }
    return 0;
}
