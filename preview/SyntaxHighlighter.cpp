// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SyntaxHighlighter.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace hubdeck {

SyntaxHighlighter::SyntaxHighlighter(QObject *parent)
    : QObject(parent)
{}

QString SyntaxHighlighter::program()
{
    for (const auto &name : {QStringLiteral("ksyntaxhighlighter6"), QStringLiteral("kate-syntax-highlighter")})
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    return {};
}

QString SyntaxHighlighter::plainHtml(const QByteArray &content)
{
    return QStringLiteral("<html><body><pre>%1</pre></body></html>").arg(QString::fromUtf8(content).toHtmlEscaped());
}

void SyntaxHighlighter::highlight(const QString &fileName, const QByteArray &content, bool dark, std::function<void(Result)> done)
{
    const QString tool = program();
    if (tool.isEmpty()) {
        done({plainHtml(content), false,
              tr("Plain text: install KDE Syntax-Highlighting's tool (Debian: libkf5syntaxhighlighting-tools) for colours.")});
        return;
    }
    auto dir = std::make_shared<QTemporaryDir>();
    // Only the base name: a path from the cache must not lead outside the temporary folder.
    const QString safeName = fileName.section(u'/', -1).isEmpty() ? QStringLiteral("file.txt") : fileName.section(u'/', -1);
    const QString path = dir->filePath(safeName);
    QFile file(path);
    if (!dir->isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        done({plainHtml(content), false, tr("Plain text: could not prepare the highlighter's input.")});
        return;
    }
    file.close();
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::finished, this, [process, dir, content, done](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QByteArray html = process->readAllStandardOutput();
        if (status != QProcess::NormalExit || code != 0 || html.isEmpty()) {
            done({plainHtml(content), false, tr("Plain text: the highlighter failed.")});
            return;
        }
        done({QString::fromUtf8(html), true, {}});
    });
    connect(process, &QProcess::errorOccurred, this, [process, content, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        done({plainHtml(content), false, tr("Plain text: the highlighter could not start.")});
    });
    process->start(tool, {QStringLiteral("--output-format"), QStringLiteral("html"), QStringLiteral("--theme"),
                          dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light"), path});
    timer->start(m_timeoutMs);
}

} // namespace hubdeck
