#pragma once

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace hubdeck {

class SyntaxHighlighter;
struct CachedRepo;
struct CachedRevision;
struct CachedFile;

// Shows the selected file beside the tree: text highlighted by KDE Syntax-Highlighting,
// the first megabyte of large files, a summary of .safetensors and .gguf headers, a notice
// instead of binary bytes; for a repo, what its config.json says.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kTextLimit = 1024 * 1024;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void showFile(const CachedRepo &repo, const CachedRevision &revision, const CachedFile &file);
    void showRepo(const CachedRepo &repo);
    void clear();
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] QString contentText() const; // the shown document, as plain text
    [[nodiscard]] QString contentHtml() const;

Q_SIGNALS:
    void shown(); // the current request finished displaying

private:
    struct Loaded
    {
        QString html;
        QString notice;
        QByteArray text; // to highlight, when set
        QString fileName;
    };
    void load(const QString &title, std::function<Loaded()> work);
    void display(const Loaded &loaded);

    QLabel *m_title;
    QLabel *m_notice;
    QTextBrowser *m_view;
    SyntaxHighlighter *m_highlighter;
    QFutureWatcher<Loaded> m_watcher;
    int m_request = 0;
    bool m_toldPlain = false;
};

} // namespace hubdeck
