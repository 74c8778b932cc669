// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

#include <functional>

namespace hubdeck {

// Colours text with KDE Syntax-Highlighting's command-line tool (ksyntaxhighlighter6, else
// kate-syntax-highlighter), run off the GUI thread with QProcess; KF5 cannot load into a
// Qt 6 process, the tool can. The syntax is chosen from the file's own name (the content is
// written under that name to a private temporary folder), never from the blob's hash name.
class SyntaxHighlighter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString html; // a whole HTML document
        bool highlighted = false;
        QString notice; // why it is plain, when it is
    };

    explicit SyntaxHighlighter(QObject *parent = nullptr);

    // The tool found on PATH; empty when there is none.
    [[nodiscard]] static QString program();
    void highlight(const QString &fileName, const QByteArray &content, bool dark, std::function<void(Result)> done);
    [[nodiscard]] static QString plainHtml(const QByteArray &content);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    int m_timeoutMs = 10000;
};

} // namespace hubdeck
