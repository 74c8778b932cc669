#pragma once

#include <QString>
#include <QStringList>

namespace hubdeck {

// The preferences a user can change in the Settings dialog, kept in QSettings, and applied
// where they matter (theme, language, endpoint at start; intervals and confirmations live).
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    QString language; // "" follows the system; else "en", "de", "fr"
    Theme theme = Theme::System;
    QString hubEndpoint; // "" uses HF_ENDPOINT or https://huggingface.co
    int fastRefreshSeconds = 5;
    int slowRefreshSeconds = 60;
    bool confirmDeletions = true;
    bool confirmCostlyActions = true;
    QStringList recentCaches;

    [[nodiscard]] static AppSettings load();
    void save() const;
    // Palette and style for the theme; System leaves the platform's.
    static void applyTheme(Theme theme);
    // Installs the translator for the chosen (or the system's) language.
    static void applyLanguage(const QString &language);
};

} // namespace hubdeck
