// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProcess>
#include <QString>

namespace hubdeck::test {

// Another program's exclusive flock on a folder, as a script serialising its jobs holds one
// (`flock -x -o FOLDER sleep 60`), for as long as the object lives.
class FolderFlock
{
public:
    explicit FolderFlock(const QString &folder);
    ~FolderFlock();
    FolderFlock(const FolderFlock &) = delete;
    FolderFlock &operator=(const FolderFlock &) = delete;

    // Whether flock(1) runs and /proc/locks shows its lock on the folder (waited for, 5 s at most).
    [[nodiscard]] bool held() const { return m_held; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    // Ends flock(1), and with it the lock.
    void release();

private:
    QProcess m_process;
    bool m_held = false;
};

} // namespace hubdeck::test
