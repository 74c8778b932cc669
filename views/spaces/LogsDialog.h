// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace hubdeck {

class HubClient;
class SpaceLogStream;

// Build and run logs in a monospace view that follows new lines until the user scrolls up;
// search, copy, save; reconnects when the stream ends while following.
class LogsDialog : public QDialog
{
    Q_OBJECT

public:
    LogsDialog(HubClient *client, QString spaceId, bool buildLogs, QWidget *parent = nullptr);
    ~LogsDialog() override;
    [[nodiscard]] QPlainTextEdit *view() const { return m_view; }
    [[nodiscard]] QString statusText() const;

private:
    void connectStream();
    void find(bool backwards);

    HubClient *m_client;
    QString m_spaceId;
    SpaceLogStream *m_stream = nullptr;
    QPlainTextEdit *m_view;
    QRadioButton *m_build;
    QCheckBox *m_follow;
    QLineEdit *m_search;
    QLabel *m_status;
    int m_reconnects = 0;
    QString m_lastTimestamp; // ISO 8601, so text order is time order
};

} // namespace hubdeck
