// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hubdeck {

// The preferences a user can change in the Settings dialog, kept in QSettings, and applied
// where they matter (theme, language, endpoint at start; intervals and confirmations live).
// It is also the only place that knows HubDeck's QSettings keys: the window's layout and the
// recent cache folders are read and written through it too.
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    QString language; // "" follows the system; else "en", "de", "fr"
    Theme theme = Theme::System;
    QString hubEndpoint; // "" uses HF_ENDPOINT or https://huggingface.co
    int fastRefreshSeconds = 5;
    int slowRefreshSeconds = 60;
    bool confirmDeletions = true;
    // Deleting whole repos moves them to the Trash (frees nothing until it is emptied) instead
    // of deleting them permanently; revisions inside kept repos are always deleted.
    bool trashWholeRepos = false;
    bool confirmCostlyActions = true;
    QStringList recentCaches;

    // Where the user left the window, as Qt's saveGeometry()/saveState() blobs; each is
    // empty until the window was first closed, and restoring an empty one changes nothing.
    struct WindowLayout
    {
        QByteArray geometry;     // the window's place and size
        QByteArray state;        // toolbars and docks
        QByteArray treeHeader;   // the cache tree's columns and sort order
        QByteArray cacheSplit;   // the tree above the treemap
        QByteArray browserSplit; // tree and treemap beside the preview
    };

    [[nodiscard]] static AppSettings load();
    void save() const;
    [[nodiscard]] static WindowLayout loadLayout();
    static void saveLayout(const WindowLayout &layout);
    // The folders File → Open Recent lists, newest first, at most eight. Opening a folder puts
    // it first and writes only this list, not the other preferences.
    [[nodiscard]] static QStringList loadRecentCaches();
    static void rememberCache(const QString &dir);
    // Writes what the calls above stored to the settings file now, instead of when the
    // application quits (QSettings::sync), for a caller that reads the file itself.
    static void flush();
    // Forgets every stored preference, layout and recent folder: the next load() gives the
    // defaults (a fresh start, as the screenshot maker needs).
    static void resetAll();

    // Palette and style for the theme; System leaves the platform's.
    static void applyTheme(Theme theme);
    // Installs the translator for the chosen (or the system's) language.
    static void applyLanguage(const QString &language);
};

} // namespace hubdeck
