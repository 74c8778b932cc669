// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>

namespace hubdeck {

// An HTTP `Link:` header (RFC 8288), as the Hub sends it to page a listing:
//   Link: <https://huggingface.co/api/spaces?cursor=...>; rel="next"
// huggingface_hub follows `response.links["next"]["url"]` (utils/_pagination.py), which
// httpx parses the same way: link-values separated by commas outside <> and quotes,
// parameters separated by semicolons, in any order, names case-insensitive, values quoted
// or not; `rel` holds space-separated relation types, compared case-insensitively.
class LinkHeader
{
public:
    struct Link
    {
        QByteArray target;           // between < and >, as sent (relative or absolute)
        QList<QByteArray> relations; // lower-cased relation types ("next", "prev", ...)
    };
    struct Parsed
    {
        QList<Link> links;
        bool malformed = false; // something in the header is not a link-value
    };

    [[nodiscard]] static Parsed parse(const QByteArray &header);

    // The page after this one, if any.
    struct Next
    {
        QByteArray target; // empty: the header names no next page
        // The header has a rel="next" that cannot be read, or several different ones: the
        // listing cannot tell where it goes on, and must not end as if it were complete.
        bool unreadable = false;
    };
    [[nodiscard]] static Next next(const QByteArray &header);
};

} // namespace hubdeck
