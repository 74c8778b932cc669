// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "LogsDialog.h"

#include "HubClient.h"
#include "SpaceLogStream.h"
#include "TabOrder.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hubdeck {

LogsDialog::LogsDialog(HubClient *client, QString spaceId, bool buildLogs, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_spaceId(std::move(spaceId))
    , m_view(new QPlainTextEdit(this))
    , m_build(new QRadioButton(tr("Build logs"), this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Logs of %1").arg(m_spaceId));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *run = new QRadioButton(tr("Run logs"), this);
    run->setToolTip(tr("What the running app prints"));
    m_build->setToolTip(tr("What the image build prints"));
    m_follow->setToolTip(tr("Keep the stream open and show new lines as they come"));
    (buildLogs ? m_build : run)->setChecked(true);
    m_follow->setChecked(true);
    top->addWidget(run);
    top->addWidget(m_build);
    top->addWidget(m_follow);
    top->addStretch(1);
    m_search->setPlaceholderText(tr("Search (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320); // room for its placeholder, which says how to search
    m_search->setAccessibleName(tr("Search the log"));
    top->addWidget(m_search);
    layout->addLayout(top);
    m_view->setReadOnly(true);
    m_view->setAccessibleName(tr("Log"));
    m_view->setAccessibleDescription(tr("The log, following new lines until you scroll up"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(50000);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    m_status->setTextFormat(Qt::PlainText); // it shows the Hub's error messages
    bottom->addWidget(m_status, 1);
    auto *copy = new QPushButton(tr("Copy all"), this);
    auto *save = new QPushButton(tr("Save…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    copy->setToolTip(tr("Copy the whole log to the clipboard"));
    save->setToolTip(tr("Save the log to a file"));
    close->setToolTip(tr("Close the logs and stop following them"));
    bottom->addWidget(copy);
    bottom->addWidget(save);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    TabOrder::chain({run, m_build, m_follow, m_search, m_view, copy, save, close});

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_view->toPlainText()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the logs"), m_spaceId.section(u'/', 1) + QStringLiteral(".log"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_view->toPlainText().toUtf8()) < 0)
            m_status->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
    });
    connect(m_build, &QRadioButton::toggled, this, [this] {
        m_view->clear();
        m_lastTimestamp.clear();
        m_reconnects = 0;
        connectStream();
    });
    connect(m_follow, &QCheckBox::toggled, this, [this] { connectStream(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connectStream();
}

LogsDialog::~LogsDialog()
{
    delete m_stream;
}

QString LogsDialog::statusText() const
{
    return m_status->text();
}

void LogsDialog::find(bool backwards)
{
    if (m_search->text().isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_view->find(m_search->text(), flags)) {
        // Wrap around once.
        m_view->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        if (!m_view->find(m_search->text(), flags))
            m_status->setText(tr("\"%1\" not found").arg(m_search->text()));
    }
}

void LogsDialog::connectStream()
{
    delete m_stream;
    m_stream = m_client->logs(m_spaceId, m_build->isChecked(), m_follow->isChecked(), nullptr);
    m_status->setText(m_follow->isChecked() ? tr("Following…") : tr("Loading…"));
    connect(m_stream, &SpaceLogStream::line, this, [this](const QString &text, const QString &timestamp) {
        // A new connection replays the Hub's buffer: skip what was already shown.
        if (!timestamp.isEmpty()) {
            if (!m_lastTimestamp.isEmpty() && timestamp <= m_lastTimestamp)
                return;
            m_lastTimestamp = timestamp;
        }
        QScrollBar *bar = m_view->verticalScrollBar();
        // Follow the tail only while the user is at the bottom: scrolling up stops it.
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        m_view->appendPlainText(text);
        if (atBottom)
            bar->setValue(bar->maximum());
    });
    connect(m_stream, &SpaceLogStream::finished, this, [this](const HubError &error) {
        if (error.isError() && error.kind != HubError::Kind::Canceled) {
            m_status->setText(error.message());
            return;
        }
        if (m_follow->isChecked() && m_reconnects < 20) {
            // The Hub closes idle streams; a followed Space is reconnected.
            ++m_reconnects;
            m_status->setText(tr("Stream ended; reconnecting…"));
            QTimer::singleShot(2000, this, [this] {
                if (m_follow->isChecked())
                    connectStream();
            });
            return;
        }
        m_status->setText(tr("%n line(s).", nullptr, m_view->blockCount() - (m_view->toPlainText().isEmpty() ? 1 : 0)));
    });
    m_stream->start();
}

} // namespace hubdeck
