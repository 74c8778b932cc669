// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubUri.h"

#include <QRegularExpression>
#include <QUrl>

namespace hubdeck {

std::optional<HubUri> HubUri::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &reason) -> std::optional<HubUri> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!looksLikeUri(text))
        return fail(QStringLiteral("must start with hf://"));
    QString location = text.mid(5);
    while (location.startsWith(u'/'))
        location.remove(0, 1);
    // Not stripped, unlike the rest of the grammar: "hf://org/name/$FILE" with an empty FILE
    // must never come to mean the whole repo (or "…@main/" the whole revision).
    if (location.endsWith(u'/'))
        return fail(QStringLiteral("it ends with '/': name a file after it, or drop the '/' to name the whole repo or revision"));

    HubUri uri;
    const QString first = location.section(u'/', 0, 0);
    if (first == u"models" || first == u"datasets" || first == u"spaces") {
        uri.type = *repoTypeFromName(QStringView(first).chopped(1));
        location = location.section(u'/', 1);
    } else if (first == u"kernels" || first == u"buckets") {
        return fail(QStringLiteral("%1 are not kept in the hub cache").arg(first));
    } else if (first == u"model" || first == u"dataset" || first == u"space") {
        return fail(QStringLiteral("the type prefix is plural: hf://%1s/…").arg(first));
    }
    if (location.isEmpty())
        return fail(QStringLiteral("the repo id is missing"));

    // '@' starts the revision only right after namespace/name; deeper, it is part of a file name.
    const qsizetype at = location.indexOf(u'@');
    if (at < 0 || location.left(at).count(u'/') > 1) {
        // Unlike huggingface_hub, a bare name is accepted: old caches hold models--gpt2.
        const QStringList parts = location.split(u'/');
        if (parts.contains(QString()))
            return fail(QStringLiteral("the repo id must be namespace/name, got '%1'").arg(location));
        uri.repoId = parts.size() == 1 ? parts[0] : parts[0] + u'/' + parts[1];
        uri.pathInRepo = parts.mid(2).join(u'/');
        return uri;
    }
    uri.repoId = location.left(at);
    if (uri.repoId.isEmpty() || uri.repoId.count(u'/') > 1 || uri.repoId.startsWith(u'/') || uri.repoId.endsWith(u'/'))
        return fail(QStringLiteral("the repo id must be namespace/name, got '%1'").arg(uri.repoId));
    const QString revisionAndPath = location.mid(at + 1);
    static const QRegularExpression specialRef(QStringLiteral("^refs/(?:convert/[\\w.-]+|pr/\\d+)"));
    QString revision;
    if (const QRegularExpressionMatch match = specialRef.match(revisionAndPath); match.hasMatch()) {
        revision = match.captured(0);
        uri.pathInRepo = revisionAndPath.mid(revision.size());
        if (uri.pathInRepo.startsWith(u'/'))
            uri.pathInRepo.remove(0, 1);
    } else {
        revision = revisionAndPath.section(u'/', 0, 0);
        uri.pathInRepo = revisionAndPath.section(u'/', 1);
    }
    revision = QUrl::fromPercentEncoding(revision.toUtf8());
    if (revision.isEmpty())
        return fail(QStringLiteral("the revision after '@' is empty"));
    uri.revision = revision;
    return uri;
}

} // namespace hubdeck
