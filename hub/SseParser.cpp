// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SseParser.h"

#include <algorithm>

namespace hubdeck {

QList<SseParser::Event> SseParser::feed(const QByteArray &bytes)
{
    QList<Event> events;
    const char *at = bytes.constData();
    const char *const end = at + bytes.size();
    while (at < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (*at == '\n') {
                ++at; // the second half of a CRLF split across reads
                continue;
            }
        }
        const char *eol = std::find_if(at, end, [](char c) { return c == '\r' || c == '\n'; });
        append(at, eol - at, events);
        if (eol == end)
            break;
        m_pendingCr = *eol == '\r';
        if (m_skipLine)
            m_skipLine = false; // its cut part was taken when it went over the limit
        else
            takeLine(events, Ending::Whole);
        at = eol + 1;
    }
    return events;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> events;
    if (!m_buffer.isEmpty() && !m_skipLine)
        takeLine(events, Ending::Whole);
    m_skipLine = false;
    if (!m_skipEvent)
        dispatch(events, Ending::Whole);
    m_skipEvent = false;
    m_data.clear();
    m_hasData = false;
    return events;
}

void SseParser::append(const char *bytes, qsizetype size, QList<Event> &events)
{
    if (m_skipLine || size == 0)
        return;
    const qsizetype room = kMaxEventBytes - m_buffer.size();
    m_buffer.append(bytes, std::min(size, room));
    if (size > room) {
        // A line without end: take what fits now rather than wait for a newline that may
        // never come, and drop the rest of the line.
        takeLine(events, Ending::Cut);
        m_skipLine = true;
    }
}

void SseParser::takeLine(QList<Event> &events, Ending ending)
{
    const QByteArray line = std::exchange(m_buffer, {});
    if (line.isEmpty()) {
        if (m_skipEvent) {
            m_skipEvent = false; // the end of the event that was cut
            m_data.clear();
            m_hasData = false;
            return;
        }
        dispatch(events, Ending::Whole);
        return;
    }
    if (line.startsWith(':') || m_skipEvent)
        return; // a comment, or more of an event already cut
    const qsizetype colon = line.indexOf(':');
    if (line.first(colon < 0 ? line.size() : colon) != "data")
        return; // the other fields (event, id, retry) do not matter for logs
    qsizetype from = colon < 0 ? line.size() : colon + 1;
    if (from < line.size() && line[from] == ' ')
        ++from;
    const qsizetype separator = m_hasData ? 1 : 0;
    const qsizetype room = kMaxEventBytes - m_data.size() - separator;
    const qsizetype size = line.size() - from;
    if (room >= 0) {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(line.constData() + from, std::min(size, room));
    }
    m_hasData = true;
    if (ending == Ending::Cut || size > room) {
        dispatch(events, Ending::Cut);
        m_skipEvent = true;
    }
}

void SseParser::dispatch(QList<Event> &events, Ending ending)
{
    const bool cut = ending == Ending::Cut;
    if (m_hasData && (cut || !m_data.trimmed().isEmpty()))
        events.append(Event{m_data, cut});
    m_data.clear();
    m_hasData = false;
}

} // namespace hubdeck
