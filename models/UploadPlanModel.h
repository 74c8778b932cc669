// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderUploadPlan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hubdeck {

// A folder upload's plan as a table, before and after it is sent: every file the upload
// sends (its size, and once the Hub has answered whether it was sent or already there), then
// every file or folder left out with its reason. Sizes in bytes (SortRole), shown 1000-based.
class UploadPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PathColumn, SizeColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SkippedRole };
    // What became of a planned file; Planned until the upload tells.
    enum class FileState { Planned, Sent, Unchanged, IgnoredBySpace };

    explicit UploadPlanModel(QObject *parent = nullptr);

    void setPlan(FolderUploadPlan plan);
    void clear();
    // The upload's outcome, by path in the repository: files sent, already on the Hub with the
    // same content, and ignored by the Space's .gitignore.
    void setOutcome(const QStringList &sent, const QStringList &unchanged, const QStringList &ignored);
    [[nodiscard]] const FolderUploadPlan &plan() const { return m_plan; }
    [[nodiscard]] bool hasPlan() const { return m_hasPlan; }
    [[nodiscard]] FileState fileState(int fileIndex) const;
    // "12 files, 512.0M to upload; 3 left out: 2 ignored by default (.git, __pycache__, .venv),
    // 1 excluded". Empty without a plan.
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] static QString stateText(FileState state);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FolderUploadPlan m_plan;
    QHash<QString, FileState> m_states; // pathInRepo -> what the upload did with it
    bool m_hasPlan = false;
};

} // namespace hubdeck
