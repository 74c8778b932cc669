// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "LinkHeader.h"

namespace hubdeck {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmed(const QByteArray &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isSpace(text[from]))
        ++from;
    while (to > from && isSpace(text[to - 1]))
        --to;
    return text.mid(from, to - from);
}

// Splits at `separator` outside <...> and "..." (with \-escapes in quotes).
QList<QByteArray> splitOutside(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    bool inAngle = false;
    bool inQuote = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuote) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inQuote = false;
        } else if (inAngle) {
            inAngle = c != '>';
        } else if (c == '"') {
            inQuote = true;
        } else if (c == '<') {
            inAngle = true;
        } else if (c == separator) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

QByteArray unquoted(const QByteArray &value)
{
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value[i] == '\\' && i + 2 < value.size())
            ++i;
        out.append(value[i]);
    }
    return out;
}

} // namespace

LinkHeader::Parsed LinkHeader::parse(const QByteArray &header)
{
    Parsed parsed;
    for (const QByteArray &raw : splitOutside(header, ',')) {
        const QByteArray value = trimmed(raw);
        if (value.isEmpty())
            continue; // RFC 9110's list rule allows empty elements
        const qsizetype close = value.indexOf('>');
        if (!value.startsWith('<') || close < 0) {
            parsed.malformed = true;
            continue;
        }
        Link link;
        link.target = trimmed(value.mid(1, close - 1));
        const QList<QByteArray> parameters = splitOutside(value.mid(close + 1), ';');
        if (!trimmed(parameters.first()).isEmpty())
            parsed.malformed = true; // text between '>' and the first ';'
        bool sawRel = false;
        for (qsizetype i = 1; i < parameters.size(); ++i) {
            const QByteArray parameter = trimmed(parameters[i]);
            if (parameter.isEmpty())
                continue;
            const qsizetype equals = parameter.indexOf('=');
            const QByteArray name = trimmed(equals < 0 ? parameter : parameter.left(equals)).toLower();
            // RFC 8288 3.3: a second rel is ignored.
            if (name != "rel" || sawRel)
                continue;
            sawRel = true;
            const QByteArray relations = equals < 0 ? QByteArray() : unquoted(trimmed(parameter.mid(equals + 1)));
            for (const QByteArray &relation : relations.simplified().split(' '))
                if (!relation.isEmpty())
                    link.relations.append(relation.toLower());
        }
        if (link.target.isEmpty())
            parsed.malformed = true;
        parsed.links.append(std::move(link));
    }
    return parsed;
}

LinkHeader::Next LinkHeader::next(const QByteArray &header)
{
    Next next;
    if (header.isEmpty())
        return next;
    const Parsed parsed = parse(header);
    for (const Link &link : parsed.links) {
        if (!link.relations.contains("next"))
            continue;
        if (link.target.isEmpty() || (!next.target.isEmpty() && next.target != link.target)) {
            next.unreadable = true;
            continue;
        }
        next.target = link.target;
    }
    // A header we cannot fully read that mentions "next" somewhere may have hidden the
    // next page in the part we could not read.
    if (parsed.malformed && header.toLower().contains("next") && next.target.isEmpty())
        next.unreadable = true;
    if (next.unreadable)
        next.target.clear();
    return next;
}

} // namespace hubdeck
