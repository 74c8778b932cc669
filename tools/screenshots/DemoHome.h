// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QTemporaryDir>

namespace hubdeck::test {

// A Hugging Face home that looks like a real user's, for the Overview's screenshots: a hub
// cache with a few repos, xet's caches of one endpoint, datasets' downloads and prepared
// caches, assets, remote-code modules, the legacy transformers cache, the token and another
// tool's files. Files hold real bytes (about 120 MB in all), since the Overview counts what
// is allocated on disk and a sparse file would show as nothing.
class DemoHome
{
public:
    explicit DemoHome(double now);

    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }

private:
    void write(const QString &relative, qint64 size, double accessedDaysAgo);

    QTemporaryDir m_dir;
    double m_now;
};

} // namespace hubdeck::test
