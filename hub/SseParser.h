// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>

namespace hubdeck {

// Server-Sent Events as the Hub streams Space logs: "data: {json}\n\n", keep-alives as empty
// "data:" lines or ":" comments. Bytes may arrive split anywhere, even inside a UTF-8 sequence
// or a CRLF.
//
// Memory stays bounded whatever the server sends: a line and an event's data (its data:
// lines joined by '\n') are each kept up to kMaxEventBytes. An event that grows past it (one
// endless line without a newline, or endless data: lines without the blank line that ends
// an event) is cut there and returned at once, marked cut; the rest of it is skipped up to
// its end. A line that is not a data: line is skipped whole once over the limit.
class SseParser
{
public:
    static constexpr qsizetype kMaxEventBytes = 1024 * 1024;

    struct Event
    {
        QByteArray data;
        bool cut = false; // data holds the first kMaxEventBytes only, possibly mid UTF-8 sequence
        friend bool operator==(const Event &, const Event &) = default;
    };

    // The events completed (or cut) by these bytes; keep-alives skipped.
    [[nodiscard]] QList<Event> feed(const QByteArray &bytes);
    // At the end of the stream: an event without its final blank line still counts.
    [[nodiscard]] QList<Event> finish();
    // Bytes held for a line or an event not complete yet: at most about 2 * kMaxEventBytes.
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size() + m_data.size(); }

private:
    void append(const char *bytes, qsizetype size, QList<Event> &events);
    // Whether a line or an event ended as the stream ended it, or was cut at a bound.
    enum class Ending {
        Whole,
        Cut,
    };
    void takeLine(QList<Event> &events, Ending ending);
    void dispatch(QList<Event> &events, Ending ending);

    QByteArray m_buffer;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_pendingCr = false;
    bool m_skipLine = false;  // the rest of a line that was over the limit
    bool m_skipEvent = false; // the rest of an event that was cut
};

} // namespace hubdeck
