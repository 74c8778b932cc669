// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "UploadPlanModel.h"

#include "DisplayFormat.h"
#include "PrintableText.h"

#include <QBrush>
#include <QColor>

namespace hubdeck {

UploadPlanModel::UploadPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UploadPlanModel::setPlan(FolderUploadPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_states.clear();
    m_hasPlan = true;
    endResetModel();
}

void UploadPlanModel::clear()
{
    beginResetModel();
    m_plan = {};
    m_states.clear();
    m_hasPlan = false;
    endResetModel();
}

void UploadPlanModel::setOutcome(const QStringList &sent, const QStringList &unchanged, const QStringList &ignored)
{
    m_states.clear();
    for (const QString &path : sent)
        m_states.insert(path, FileState::Sent);
    for (const QString &path : unchanged)
        m_states.insert(path, FileState::Unchanged);
    for (const QString &path : ignored)
        m_states.insert(path, FileState::IgnoredBySpace);
    if (!m_plan.files.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_plan.files.size()) - 1, StatusColumn));
}

UploadPlanModel::FileState UploadPlanModel::fileState(int fileIndex) const
{
    return m_states.value(m_plan.files.value(fileIndex).pathInRepo, FileState::Planned);
}

QString UploadPlanModel::stateText(FileState state)
{
    switch (state) {
    case FileState::Planned:
        return tr("to upload");
    case FileState::Sent:
        return tr("uploaded");
    case FileState::Unchanged:
        return tr("unchanged: already on the Hub");
    case FileState::IgnoredBySpace:
        return tr("ignored by the Space's .gitignore");
    }
    return {};
}

QString UploadPlanModel::totalsText() const
{
    if (!m_hasPlan)
        return {};
    QString text = m_plan.files.isEmpty()
                       ? tr("No file to upload")
                       : tr("%n file(s), %1 to upload", nullptr, int(m_plan.files.size())).arg(DisplayFormat::size(m_plan.totalBytes));
    if (m_plan.skipped.isEmpty())
        return text;
    QStringList reasons;
    for (const auto reason :
         {FolderUploadPlan::Skip::DefaultIgnored, FolderUploadPlan::Skip::NotIncluded, FolderUploadPlan::Skip::Excluded,
          FolderUploadPlan::Skip::LinkOutside, FolderUploadPlan::Skip::LinkToFolder, FolderUploadPlan::Skip::NotRegularFile,
          FolderUploadPlan::Skip::Unreadable, FolderUploadPlan::Skip::RefusedPath, FolderUploadPlan::Skip::TooDeep}) {
        if (const int count = m_plan.skippedCount(reason); count > 0)
            reasons.append(tr("%1 (%2)").arg(FolderUploadPlan::reasonText(reason)).arg(count));
    }
    return tr("%1; %n left out: %2", nullptr, int(m_plan.skipped.size())).arg(text, reasons.join(QStringLiteral("; ")));
}

int UploadPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.files.size() + m_plan.skipped.size());
}

int UploadPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UploadPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool skipped = row >= m_plan.files.size();
    if (role == SkippedRole)
        return skipped;
    if (!skipped) {
        const FolderUploadPlan::File &file = m_plan.files[row];
        const FileState state = fileState(row);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == PathColumn)
                return PrintableText::name(file.relativePath);
            if (index.column() == SizeColumn)
                return DisplayFormat::size(file.size);
            return stateText(state);
        case SortRole:
            if (index.column() == SizeColumn)
                return file.size;
            return data(index, Qt::DisplayRole);
        case Qt::ToolTipRole:
            if (index.column() == PathColumn)
                return PrintableText::plainToolTip(
                    tr("%1 → %2 in the Space").arg(PrintableText::name(file.localPath), PrintableText::name(file.pathInRepo)));
            if (index.column() == SizeColumn)
                return tr("%L1 bytes").arg(file.size);
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }
    const FolderUploadPlan::Skipped &left = m_plan.skipped[row - m_plan.files.size()];
    const QString why = FolderUploadPlan::reasonText(left.reason) +
                        (left.detail.isEmpty() ? QString() : QStringLiteral(": ") + PrintableText::line(left.detail));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PathColumn)
            return PrintableText::name(left.relativePath);
        if (index.column() == SizeColumn)
            return QString();
        return tr("left out: %1").arg(why);
    case SortRole:
        if (index.column() == SizeColumn)
            return qint64(-1);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return PrintableText::plainToolTip(why);
    case Qt::ForegroundRole:
        return QBrush(QColor(0x6b, 0x72, 0x80)); // grey: not sent
    default:
        return {};
    }
}

QVariant UploadPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace hubdeck
