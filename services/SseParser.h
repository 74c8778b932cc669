#pragma once

#include <QByteArray>
#include <QList>

namespace hubdeck {

// Server-Sent Events as the Hub streams Space logs: "data: {json}\n\n", keep-alives as empty
// "data:" lines. Bytes may arrive split anywhere, even inside a UTF-8 sequence or a CRLF.
class SseParser
{
public:
    // Returns the data payloads of the events completed by these bytes (keep-alives skipped).
    [[nodiscard]] QList<QByteArray> feed(const QByteArray &bytes);
    // At the end of the stream: an event without its final blank line still counts.
    [[nodiscard]] QList<QByteArray> finish();

private:
    void takeLine(QByteArray line, QList<QByteArray> &events);
    void dispatch(QList<QByteArray> &events);

    QByteArray m_buffer;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_pendingCr = false;
};

} // namespace hubdeck
