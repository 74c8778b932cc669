// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "IncompleteFile.h"

namespace hubdeck {

QString IncompleteFile::etag() const
{
    const QString name = path.section(u'/', -1);
    return name.section(u'.', 0, 0);
}

} // namespace hubdeck
