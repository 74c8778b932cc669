// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "PreviewPane.h"

#include "CachedRepo.h"
#include "DisplayFormat.h"
#include "FilePreview.h"
#include "PrintableText.h"
#include "RepoPreview.h"
#include "SyntaxHighlighter.h"
#include "WeightsHeader.h"

#include <QLabel>
#include <QPalette>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hubdeck {

namespace {

QString shapeText(const QList<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts.append(QString::number(d));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString humanCount(qint64 n)
{
    if (n >= 1'000'000'000)
        return QStringLiteral("%1 B").arg(double(n) / 1e9, 0, 'f', 2);
    if (n >= 1'000'000)
        return QStringLiteral("%1 M").arg(double(n) / 1e6, 0, 'f', 1);
    return QString::number(n);
}

QString headerHtml(const WeightsHeader &header)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2 tensors, <b>%3 parameters</b></p>")
                       .arg(header.format == u"gguf" ? QStringLiteral("GGUF v%1").arg(header.version) : QStringLiteral("safetensors"))
                       .arg(header.tensorCount)
                       .arg(humanCount(header.parameters));
    QStringList dtypes;
    for (auto it = header.dtypes.cbegin(); it != header.dtypes.cend(); ++it)
        dtypes.append(QStringLiteral("%1 × %2").arg(it.key().toHtmlEscaped()).arg(it.value()));
    html += QStringLiteral("<p>Types: %1</p>").arg(dtypes.join(QStringLiteral(", ")));
    html += QStringLiteral("<h4>Largest tensors</h4><table cellspacing=4>");
    for (const WeightsHeader::Tensor &tensor : header.largest)
        html += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td><td>%3</td></tr>")
                    .arg(tensor.name.toHtmlEscaped(), tensor.dtype.toHtmlEscaped(), shapeText(tensor.shape));
    html += QStringLiteral("</table>");
    if (!header.metadata.isEmpty()) {
        html += QStringLiteral("<h4>Metadata</h4><table cellspacing=4>");
        int shown = 0;
        for (const auto &[key, value] : header.metadata) {
            if (++shown > 40)
                break;
            html += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.left(200).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

std::function<void(const QString &)> &beforeReadHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

} // namespace

void PreviewPane::setBeforeReadForTesting(std::function<void(const QString &)> hook)
{
    beforeReadHook() = std::move(hook);
}

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_highlighter(new SyntaxHighlighter(this))
{
    setObjectName(QStringLiteral("preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText); // file names are not markup
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_view->setAccessibleName(tr("Preview"));
    m_view->setAccessibleDescription(tr("The selected file's content, or a summary of the selected repo"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0 && m_watcher.result().request == m_request)
            display(m_watcher.result());
    });
    clear();
}

// No wait for a read still running: it owns copies of all it needs, and its result is dropped.
PreviewPane::~PreviewPane() = default;

QString PreviewPane::title() const
{
    return m_title->text();
}

QString PreviewPane::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString PreviewPane::contentText() const
{
    return m_view->toPlainText();
}

QString PreviewPane::contentHtml() const
{
    return m_view->toHtml();
}

void PreviewPane::clear()
{
    *m_latest = ++m_request;
    m_title->setText(tr("Preview"));
    m_notice->hide();
    m_view->setHtml(tr("<p>Select a file to see it here, or a repo to see what its config says.</p>"));
}

PreviewPane::Loaded PreviewPane::fileLoaded(const FilePreview &preview, const QString &name, const QString &path)
{
    Loaded loaded;
    switch (preview.kind) {
    case FilePreview::Kind::Weights:
        loaded.html = headerHtml(*preview.header);
        break;
    case FilePreview::Kind::BadHeader:
        loaded.notice = QObject::tr("The header could not be read: %1").arg(preview.error);
        break;
    case FilePreview::Kind::Unreadable:
        loaded.notice = QObject::tr("Cannot read %1: %2").arg(path, preview.error);
        break;
    case FilePreview::Kind::Binary:
        loaded.html = QObject::tr("<p>A binary file of %1: not shown as text.</p>").arg(DisplayFormat::size(preview.size));
        break;
    case FilePreview::Kind::Text:
        loaded.text = preview.text;
        loaded.fileName = name;
        if (preview.isTruncated())
            loaded.notice =
                QObject::tr("Showing the first %1 of %2.").arg(DisplayFormat::size(kTextLimit), DisplayFormat::size(preview.size));
        break;
    }
    return loaded;
}

PreviewPane::Loaded PreviewPane::repoLoaded(const RepoPreview &preview)
{
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(PrintableText::name(preview.cacheId).toHtmlEscaped(), tr("%1 in its files").arg(DisplayFormat::size(preview.sizeOnDisk)));
    if (const auto &config = preview.config) {
        QStringList rows;
        for (const auto &[label, value] :
             {std::pair{QObject::tr("Architecture"), config->architectures}, std::pair{QObject::tr("Model type"), config->modelType},
              std::pair{QObject::tr("Data type"), config->dtype}, std::pair{QObject::tr("Hidden size"), config->hiddenSize},
              std::pair{QObject::tr("Layers"), config->layers}, std::pair{QObject::tr("Vocabulary"), config->vocabulary}})
            if (!value.isEmpty())
                rows.append(QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label, value.toHtmlEscaped()));
        html += QStringLiteral("<table cellspacing=4>%1</table>").arg(rows.join(QString()));
    } else {
        html += QObject::tr("<p>No config.json in the newest revision.</p>");
    }
    if (preview.parameters)
        html += QObject::tr("<p>Parameters (from the safetensors headers): <b>%1</b></p>").arg(humanCount(*preview.parameters));
    Loaded loaded;
    loaded.html = html;
    return loaded;
}

void PreviewPane::load(const QString &title, std::function<Loaded(const BeforeRead &beforeRead)> work)
{
    const int request = ++m_request;
    *m_latest = request;
    m_title->setText(title);
    m_notice->hide();
    m_view->setHtml(tr("<p>Loading…</p>"));
    // Never wait for the previous read (a slow disk must not freeze the window): the watcher
    // follows the new one, and a late result of an old one is dropped by its request number.
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), latest = m_latest, request] {
        // A read for a request the user has moved on from is not started (a long repo stops
        // between shards); its result would be dropped anyway.
        Loaded loaded = work([&](const QString &path) {
            if (latest->load() != request)
                return false;
            if (beforeReadHook())
                beforeReadHook()(path);
            return true;
        });
        loaded.request = request;
        return loaded;
    }));
}

void PreviewPane::display(const Loaded &loaded)
{
    const int request = m_request;
    auto showNotice = [this](const QString &notice) {
        m_notice->setText(notice);
        m_notice->setVisible(!notice.isEmpty());
    };
    if (loaded.text.isNull()) {
        m_view->setHtml(loaded.html);
        showNotice(loaded.notice);
        Q_EMIT shown();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->highlight(loaded.fileName, loaded.text, dark, [this, request, loaded, showNotice](SyntaxHighlighter::Result result) {
        if (request != m_request)
            return; // the user moved on
        m_view->setHtml(result.html);
        QStringList notices;
        if (!loaded.notice.isEmpty())
            notices.append(loaded.notice);
        // Say once that colours need the tool, not on every file.
        if (!result.highlighted && !m_toldPlain) {
            notices.append(result.notice);
            m_toldPlain = true;
        }
        showNotice(notices.join(u' '));
        Q_EMIT shown();
    });
}

void PreviewPane::showFile(const CachedRepo &repo, const CachedRevision &revision, const CachedFile &file)
{
    Q_UNUSED(revision);
    const QString name = file.fileName().toString();
    const QString path = repo.blobPath(file.blob);
    const qint64 size = repo.blobs[file.blob].size;
    load(PrintableText::name(file.relativePath), [name, path, size](const FilePreview::BeforeRead &beforeRead) {
        const auto preview = FilePreview::load(path, name, size, beforeRead);
        return preview ? fileLoaded(*preview, name, path) : Loaded();
    });
}

void PreviewPane::showRepo(const CachedRepo &repo)
{
    load(PrintableText::name(repo.cacheId()), [sources = RepoPreview::sourcesOf(repo)](const RepoPreview::BeforeRead &beforeRead) {
        const auto preview = RepoPreview::load(sources, beforeRead);
        return preview ? repoLoaded(*preview) : Loaded();
    });
}

} // namespace hubdeck
