// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FilePreview.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QTextBrowser;

namespace hubdeck {

class SyntaxHighlighter;
struct CachedRepo;
struct RepoPreview;
struct CachedRevision;
struct CachedFile;

// Shows the selected file beside the tree: text highlighted by KDE Syntax-Highlighting,
// the first megabyte of large files, a summary of .safetensors and .gguf headers, a notice
// instead of binary bytes; for a repo, what its config.json says. What to show is read by
// FilePreview and RepoPreview (preview/) off the GUI thread; the pane starts that work, turns
// its result into HTML there too, and shows it. A selection change never waits for an earlier
// read, whose result is then dropped.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kTextLimit = FilePreview::kTextLimit;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void showFile(const CachedRepo &repo, const CachedRevision &revision, const CachedFile &file);
    void showRepo(const CachedRepo &repo);
    void clear();
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] QString contentText() const; // the shown document, as plain text
    [[nodiscard]] QString contentHtml() const;

    // Tests only: runs in the worker thread before a file is read, with its path.
    static void setBeforeReadForTesting(std::function<void(const QString &path)> hook);

Q_SIGNALS:
    void shown(); // the current request finished displaying

private:
    struct Loaded
    {
        QString html;
        QString notice;
        QByteArray text; // to highlight, when set
        QString fileName;
        int request = 0;
    };
    // What the preview layer calls before each read: false once the user has moved on, so a
    // long read stops; the test hook runs here.
    using BeforeRead = std::function<bool(const QString &path)>;
    void load(const QString &title, std::function<Loaded(const BeforeRead &beforeRead)> work);
    // In the worker: what a load read, as the pane shows it.
    [[nodiscard]] static Loaded fileLoaded(const FilePreview &preview, const QString &name, const QString &path);
    [[nodiscard]] static Loaded repoLoaded(const RepoPreview &preview);
    void display(const Loaded &loaded);

    QLabel *m_title;
    QLabel *m_notice;
    QTextBrowser *m_view;
    SyntaxHighlighter *m_highlighter;
    QFutureWatcher<Loaded> m_watcher;
    int m_request = 0;
    std::shared_ptr<std::atomic_int> m_latest = std::make_shared<std::atomic_int>(0); // m_request, for workers
    bool m_toldPlain = false;
};

} // namespace hubdeck
