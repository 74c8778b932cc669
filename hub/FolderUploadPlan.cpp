// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FolderUploadPlan.h"

#include <QCoreApplication>

#include <algorithm>

namespace hubdeck {

int FolderUploadPlan::skippedCount(Skip reason) const
{
    return int(std::count_if(skipped.cbegin(), skipped.cend(), [reason](const Skipped &s) { return s.reason == reason; }));
}

QString FolderUploadPlan::reasonText(Skip reason)
{
    switch (reason) {
    case Skip::DefaultIgnored:
        return QCoreApplication::translate("FolderUploadPlan", "ignored by default (.git, __pycache__, .venv, .cache/huggingface)");
    case Skip::NotIncluded:
        return QCoreApplication::translate("FolderUploadPlan", "matches no include pattern");
    case Skip::Excluded:
        return QCoreApplication::translate("FolderUploadPlan", "matches an exclude pattern");
    case Skip::LinkOutside:
        return QCoreApplication::translate("FolderUploadPlan", "a link that leads outside the folder: not followed");
    case Skip::LinkToFolder:
        return QCoreApplication::translate("FolderUploadPlan", "a link to a folder: not followed");
    case Skip::NotRegularFile:
        return QCoreApplication::translate("FolderUploadPlan", "not a regular file (a pipe, socket or device)");
    case Skip::Unreadable:
        return QCoreApplication::translate("FolderUploadPlan", "cannot be read");
    case Skip::RefusedPath:
        return QCoreApplication::translate("FolderUploadPlan", "a path the Hub does not take");
    case Skip::TooDeep:
        return QCoreApplication::translate("FolderUploadPlan", "nested too deep");
    }
    return {};
}

} // namespace hubdeck
