// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDialog>

class QTreeWidget;

namespace hubdeck {

// Help → Keyboard Shortcuts: every key the window answers to, read from its actions as they
// are bound now (so the list never disagrees with the keys), grouped by the menu that holds
// them, with the keys no action carries (Space, Tab, the arrows) first.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace hubdeck
