// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

// Complete: QPointer's conversion to the pointer needs the class.
#include "UploadFolderDialog.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDropEvent;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QRubberBand;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace hubdeck {

class SpaceDetailPanel;
class SpacesController;
class SpacesFilterProxy;
class SpacesTableModel;
class HubClient;
struct HubError;

// The Spaces page: who is signed in, a table of every Space of the user and their
// organisations with coloured stage badges, filters, and the selected Space's details and
// actions. Errors show inline, beside what failed.
class SpacesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SpacesPage(QWidget *parent = nullptr);

    [[nodiscard]] SpacesController *controller() const { return m_controller; }
    [[nodiscard]] SpacesTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] SpaceDetailPanel *detail() const { return m_detail; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString selectedSpace() const;
    // Upload Folder… (Ctrl+U): on the detail panel, the table's context menu and the page.
    [[nodiscard]] QAction *uploadFolderAction() const { return m_uploadFolder; }
    // The Space of the row marked as a folder's drop target while one is dragged over it; empty
    // when none (nothing dragged, not a folder, or over the detail panel).
    [[nodiscard]] QString dropTargetSpace() const;
    // The upload dialog last opened, while it is open.
    [[nodiscard]] UploadFolderDialog *uploadDialog() const { return m_uploadDialog; }
    // The account switcher: one entry per stored token ("laptop — alice", the active one
    // marked), then "All accounts". Its item data is the token name; kAllAccounts for the last.
    [[nodiscard]] QComboBox *accountSwitcher() const { return m_switcher; }
    // The footer's estimate of what the running Spaces cost, as shown.
    [[nodiscard]] QString costText() const;
    // Shown while HF_TOKEN or HUGGING_FACE_HUB_TOKEN is set: the switcher's choice is not used.
    [[nodiscard]] QLabel *environmentWarning() const { return m_environment; }
    static constexpr const char *kAllAccounts = "\x01all";

public Q_SLOTS:
    void refresh();
    // The page's own Refresh button; a window whose toolbar has Refresh for the page in front
    // hides it, so that the page does not show two.
    void setRefreshButtonShown(bool shown);
    void selectSpace(const QString &id);
    // Opens the upload dialog for Space `id`, its folder set to `folder` when given.
    void openUploadDialog(const QString &id, const QString &folder = {});

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildAccountRow(QVBoxLayout *layout);
    void buildFilters(QVBoxLayout *layout);
    void buildTable(QVBoxLayout *layout);
    // Sizes the table's columns to the width it has: every visible column in view with its
    // header readable; what is left goes to the Space column, which is the last to shrink.
    void fitColumns();
    void connectControls();
    void connectController();
    void updateAccount();
    void updateSwitcher();
    void chooseAccount(int index);
    void updateCosts();
    // The client for Space `id` (its row's account), with the reason shown when there is none.
    [[nodiscard]] HubClient *clientFor(const QString &id);
    void updateDetail();
    void showListError(const HubError &error);
    // The status line: the list's error, if any, then what the request budget makes us do.
    void updateStatus();
    void openSettingsDialog(bool secrets);
    void openHardwareDialog();
    void openSleepDialog();
    void openStorageDialog();
    void openLogs();
    void openNewSpace(bool duplicate);
    // A folder dragged from the file manager onto a Space's row or the detail panel.
    [[nodiscard]] bool dragEvent(QWidget *target, QEvent *event);
    [[nodiscard]] QString spaceAt(QWidget *target, const QPoint &position) const;
    // Marks the table's row `row` (-1: none) and the detail panel as where a drop would go.
    void showDropTarget(int row, bool detail);
    [[nodiscard]] static bool isOneLocalFolder(const QMimeData *mime);
    void dropFolder(const QString &id, const QDropEvent *event);

    SpacesTableModel *m_model;
    SpacesFilterProxy *m_proxy;
    SpacesController *m_controller;
    QLabel *m_account;
    QComboBox *m_switcher;
    QLabel *m_environment;
    QLabel *m_costs;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPushButton *m_newSpace = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status;
    QString m_listError;           // rich text; empty when the list loaded
    QString m_selectedBeforeReset; // the Space selected when a new list replaced the rows
    QLineEdit *m_search;
    QComboBox *m_owner;
    QComboBox *m_stage;
    QTableView *m_table;
    SpaceDetailPanel *m_detail;
    QAction *m_uploadFolder;
    QAction *m_logs;
    QPointer<UploadFolderDialog> m_uploadDialog;
    QTimer *m_fitTimer = nullptr;     // fitColumns(), once the events of a change have all come
    QRubberBand *m_dropRow = nullptr; // over the row a folder would be dropped on
    QPersistentModelIndex m_dropIndex;
};

} // namespace hubdeck
