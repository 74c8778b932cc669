// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hubdeck {

namespace {

// "&Delete Ticked…" as the menu shows it: without the mnemonic's ampersand.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.section(u'\t', 0, 0);
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(680, 560);
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    };
    const auto row = [this](const QString &what, const QString &keys) { new QTreeWidgetItem(m_list, {what, keys}); };

    group(tr("Lists"));
    row(tr("Tick or untick the current row"), QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText));
    // The page in front takes Delete itself (the Overview's tree, the Cache page's action only
    // while it is in front): no menu shows it for both.
    row(tr("Delete what is ticked (on the Cache page, else the selected rows)"),
        QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    row(tr("Move between rows; open or close a row"), tr("Arrow keys"));
    row(tr("Move between the parts of the window"), tr("Tab, Shift+Tab"));
    row(tr("Open a hub repo of the Overview on the Cache page"), tr("Enter, or a double-click"));

    // The menus' actions as bound now, each once (an action may sit in a menu and a toolbar).
    QSet<const QAction *> seen;
    const QMenuBar *bar = window ? window->findChild<QMenuBar *>() : nullptr;
    const auto addMenu = [&](const auto &self, const QMenu *menu, const QString &title) -> void {
        bool titled = false;
        for (const QAction *action : menu->actions()) {
            if (action->menu()) {
                self(self, action->menu(), title);
                continue;
            }
            if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
                continue;
            seen.insert(action);
            if (!titled) {
                group(title);
                titled = true;
            }
            row(plainText(action), keysOf(action));
        }
    };
    if (bar)
        for (const QAction *top : bar->actions())
            if (top->menu())
                addMenu(addMenu, top->menu(), plainText(top));
    // Keys of the pages that no menu holds (Escape on the page in front, the filter's Ctrl+F),
    // each once: every page has its own Cancel on Escape.
    bool titled = false;
    QSet<QString> listed;
    if (window)
        for (const QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || seen.contains(action) || plainText(action).isEmpty())
                continue;
            seen.insert(action);
            if (const QString key = plainText(action) + u'\t' + keysOf(action); !listed.contains(key))
                listed.insert(key);
            else
                continue;
            if (!titled) {
                group(tr("On the page in front"));
                titled = true;
            }
            row(plainText(action), keysOf(action));
        }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hubdeck
