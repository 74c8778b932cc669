// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDockWidget>

class QTreeWidget;

namespace hubdeck {

struct CacheScan;

// Lists what huggingface_hub would skip: each corrupted entry with its reason and size.
class WarningsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit WarningsPanel(QWidget *parent = nullptr);
    void setScan(const CacheScan &scan);
    [[nodiscard]] int count() const;
    [[nodiscard]] QWidget *list() const;

Q_SIGNALS:
    void entryActivated(const QString &path); // Enter, a double-click or "Show in Tree"
    void pruneRequested();                    // the context menu's Prune…

private:
    QTreeWidget *m_list;
};

} // namespace hubdeck
