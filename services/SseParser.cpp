#include "SseParser.h"

namespace hubdeck {

QList<QByteArray> SseParser::feed(const QByteArray &bytes)
{
    QList<QByteArray> events;
    for (char c : bytes) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // the second half of a CRLF split across reads
        }
        if (c == '\r' || c == '\n') {
            m_pendingCr = c == '\r';
            takeLine(std::exchange(m_buffer, {}), events);
            continue;
        }
        m_buffer.append(c);
    }
    return events;
}

QList<QByteArray> SseParser::finish()
{
    QList<QByteArray> events;
    if (!m_buffer.isEmpty())
        takeLine(std::exchange(m_buffer, {}), events);
    dispatch(events);
    return events;
}

void SseParser::takeLine(QByteArray line, QList<QByteArray> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.startsWith(':'))
        return; // a comment
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    }
}

void SseParser::dispatch(QList<QByteArray> &events)
{
    if (m_hasData && !m_data.trimmed().isEmpty())
        events.append(m_data);
    m_data.clear();
    m_hasData = false;
}

} // namespace hubdeck
