// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "VolumeSpec.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace hubdeck::cli {

namespace {

const QString kProtocol = QStringLiteral("hf://");

// URI prefixes and the types they stand for (constants.HF_URI_TYPE_PREFIXES).
QString typeOfPrefix(const QString &prefix)
{
    if (prefix == u"models" || prefix == u"datasets" || prefix == u"spaces" || prefix == u"kernels" || prefix == u"buckets")
        return prefix.chopped(1);
    return {};
}

bool isSingularType(const QString &word)
{
    return word == u"model" || word == u"dataset" || word == u"space" || word == u"kernel" || word == u"bucket";
}

// validate_repo_id: namespace/name of letters, digits, '_', '-', '.', starting and ending with
// a word character, no "--" or "..", at most 96 characters.
bool validRepoId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\b[\\w\\-.]+\\b/)?\\b[\\w\\-.]+\\b$"));
    return id.size() <= 96 && pattern.match(id).hasMatch() && !id.contains(QStringLiteral("--")) && !id.contains(QStringLiteral(".."));
}

struct Parsed
{
    QString type;
    QString id;
    QString revision;
    bool hasRevision = false;
    QString path;
};

bool parseLocation(const QString &location, Parsed &parsed, QString *why)
{
    const qsizetype slash = location.indexOf(u'/');
    QString rest = location;
    parsed.type = QStringLiteral("model");
    if (slash < 0) {
        if (!typeOfPrefix(location).isEmpty()) {
            *why = QStringLiteral("Missing identifier after '%1'. Expected 'hf://%1/<ID>'.").arg(location);
            return false;
        }
        if (isSingularType(location)) {
            *why = QStringLiteral("Type prefix must be plural. Did you mean 'hf://%1s/...'?").arg(location);
            return false;
        }
    } else {
        const QString first = location.left(slash);
        if (const QString type = typeOfPrefix(first); !type.isEmpty()) {
            parsed.type = type;
            rest = location.mid(slash + 1);
        } else if (isSingularType(first)) {
            *why = QStringLiteral("Type prefix must be plural, got '%1/'. Did you mean '%1s/'?").arg(first);
            return false;
        }
    }
    while (rest.startsWith(u'/'))
        rest.remove(0, 1);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    if (parsed.type == u"bucket") {
        const QStringList parts = rest.split(u'/');
        if (parts.size() < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            *why = QStringLiteral("Bucket id must be 'namespace/name', got '%1'.").arg(rest);
            return false;
        }
        parsed.id = parts[0] + u'/' + parts[1];
        if (parsed.id.contains(u'@')) {
            *why = QStringLiteral("Bucket URIs do not support a revision marker ('@').");
            return false;
        }
        parsed.path = rest.section(u'/', 2);
    } else {
        if (rest.isEmpty()) {
            *why = QStringLiteral("Missing repository id.");
            return false;
        }
        // '@' opens the revision only right after namespace/name; deeper, it is part of a file name.
        const qsizetype at = rest.indexOf(u'@');
        if (at < 0 || rest.left(at).count(u'/') > 1) {
            const QStringList parts = rest.split(u'/');
            if (parts.size() < 2) {
                *why = QStringLiteral("Repository id must be 'namespace/name', got '%1'.").arg(rest);
                return false;
            }
            parsed.id = parts[0] + u'/' + parts[1];
            parsed.path = rest.section(u'/', 2);
        } else {
            parsed.id = rest.left(at);
            if (parsed.id.isEmpty()) {
                *why = QStringLiteral("Missing repository id before '@'.");
                return false;
            }
            if (parsed.id.count(u'/') != 1) {
                *why = QStringLiteral("Repository id must be 'namespace/name', got '%1'.").arg(parsed.id);
                return false;
            }
            const QString revisionAndPath = rest.mid(at + 1);
            static const QRegularExpression specialRef(QStringLiteral("^refs/(?:convert/[\\w.-]+|pr/\\d+)"));
            const QRegularExpressionMatch ref = specialRef.match(revisionAndPath);
            QString revision;
            if (ref.hasMatch()) {
                revision = ref.captured(0);
                parsed.path = revisionAndPath.mid(revision.size());
                if (parsed.path.startsWith(u'/'))
                    parsed.path.remove(0, 1);
            } else {
                revision = revisionAndPath.section(u'/', 0, 0);
                parsed.path = revisionAndPath.section(u'/', 1);
            }
            parsed.revision = QUrl::fromPercentEncoding(revision.toUtf8());
            parsed.hasRevision = true;
            if (parsed.revision.isEmpty()) {
                *why = QStringLiteral("Empty revision after '@'.");
                return false;
            }
        }
    }
    if (parsed.id.isEmpty() || parsed.id.count(u'/') != 1) {
        *why = QStringLiteral("Id must be 'namespace/name', got '%1'.").arg(parsed.id);
        return false;
    }
    if (parsed.type != u"bucket" && !validRepoId(parsed.id)) {
        *why = QStringLiteral("Repo id must use alphanumeric chars, '-', '_' or '.', cannot start or end with '-' or '.', "
                              "'--' and '..' are forbidden, and the maximum length is 96: '%1'.")
                   .arg(parsed.id);
        return false;
    }
    if (!parsed.path.isEmpty() && (parsed.path.startsWith(u'/') || parsed.path.contains(QStringLiteral("//")))) {
        *why = QStringLiteral("Path must not contain empty segments (got '%1').").arg(parsed.path);
        return false;
    }
    return true;
}

bool parseMount(const QString &text, QJsonObject &volume, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("Invalid HF URI '%1'. %2").arg(text, why);
        return false;
    };
    QString body = text.mid(kProtocol.size());
    if (body.isEmpty())
        return fail(QStringLiteral("Empty body after 'hf://'."));
    std::optional<bool> readOnly;
    if (body.endsWith(QStringLiteral(":ro")))
        readOnly = true;
    else if (body.endsWith(QStringLiteral(":rw")))
        readOnly = false;
    if (readOnly)
        body.chop(3);
    // The mount path starts with '/' and ends the spec: its ':' is the last one before a '/'.
    const qsizetype colon = body.lastIndexOf(QStringLiteral(":/"));
    if (colon < 0) {
        if (readOnly)
            return fail(
                QStringLiteral("':ro'/':rw' suffix is only valid when a mount path is provided (e.g. 'hf://...:/<MOUNT_PATH>:ro')."));
        return fail(QStringLiteral("Missing mount path. Expected ':<MOUNT_PATH>' (e.g. 'hf://org/model:/data')."));
    }
    const QString location = body.left(colon);
    const QString mountPath = body.mid(colon + 1);
    if (location.isEmpty())
        return fail(QStringLiteral("Missing location before mount path."));
    Parsed parsed;
    QString why;
    if (!parseLocation(location, parsed, &why))
        return fail(why);
    if (mountPath == u"/")
        return fail(QStringLiteral("Mount path must be a non-empty absolute path starting with '/', got '/'."));
    volume =
        QJsonObject{{QStringLiteral("type"), parsed.type}, {QStringLiteral("source"), parsed.id}, {QStringLiteral("mountPath"), mountPath}};
    if (parsed.hasRevision)
        volume.insert(QStringLiteral("revision"), parsed.revision);
    if (readOnly)
        volume.insert(QStringLiteral("readOnly"), *readOnly);
    if (!parsed.path.isEmpty())
        volume.insert(QStringLiteral("path"), parsed.path);
    return true;
}

} // namespace

bool VolumeSpec::parse(const QString &text, QJsonObject &volume, QString *error)
{
    if (text.startsWith(kProtocol))
        return parseMount(text, volume, error);
    static const QRegularExpression older(QStringLiteral("^([a-z]+)=([^:]+(?::[^/:][^:]*)?):(/[^:]*)(:ro)?$"));
    const QRegularExpressionMatch match = older.match(text);
    if (!match.hasMatch()) {
        *error = QStringLiteral("'%1' is neither hf://[TYPE/]SOURCE[@REV][/PATH]:/MOUNT[:ro|:rw] nor TYPE=SOURCE:MOUNT[:ro] "
                                "(e.g. hf://datasets/org/data:/data:ro).")
                     .arg(text);
        return false;
    }
    volume = QJsonObject{{QStringLiteral("type"), match.captured(1)},
                         {QStringLiteral("source"), match.captured(2)},
                         {QStringLiteral("mountPath"), match.captured(3)}};
    if (!match.captured(4).isEmpty())
        volume.insert(QStringLiteral("readOnly"), true);
    return true;
}

bool VolumeSpec::checkMountPaths(const QJsonArray &volumes, QString *error)
{
    QHash<QString, QString> seen; // normalised mount path -> the volume first mounted there
    for (const QJsonValue &value : volumes) {
        const QJsonObject volume = value.toObject();
        const QString mountPath = volume.value(QStringLiteral("mountPath")).toString();
        if (const qsizetype colon = mountPath.indexOf(u':'); colon >= 0) {
            *error = QStringLiteral("Mount path '%1' holds ':'; the mode after the mount path is ':ro' or ':rw', not '%2'.")
                         .arg(mountPath, mountPath.mid(colon));
            return false;
        }
        // "/data" and "/data/" are one mount point.
        QString key = mountPath;
        while (key.size() > 1 && key.endsWith(u'/'))
            key.chop(1);
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            *error = QStringLiteral("Two volumes mount at '%1' (%2 and %3); each needs its own mount path.")
                         .arg(key, first.value(), toUri(volume));
            return false;
        }
        seen.insert(key, toUri(volume));
    }
    return true;
}

QString VolumeSpec::toUri(const QJsonObject &volume)
{
    static const QRegularExpression specialRef(QStringLiteral("^refs/(?:convert/[\\w.-]+|pr/\\d+)$"));
    QString uri = kProtocol + volume.value(QStringLiteral("type")).toString(QStringLiteral("model")) + QStringLiteral("s/") +
                  volume.value(QStringLiteral("source")).toString();
    if (volume.contains(QStringLiteral("revision"))) {
        QString revision = volume.value(QStringLiteral("revision")).toString();
        if (revision.contains(u'/') && !specialRef.match(revision).hasMatch())
            revision.replace(u'/', QStringLiteral("%2F"));
        uri += u'@' + revision;
    }
    if (const QString path = volume.value(QStringLiteral("path")).toString(); !path.isEmpty())
        uri += u'/' + path;
    uri += u':' + volume.value(QStringLiteral("mountPath")).toString();
    if (volume.contains(QStringLiteral("readOnly")))
        uri += volume.value(QStringLiteral("readOnly")).toBool() ? QStringLiteral(":ro") : QStringLiteral(":rw");
    return uri;
}

} // namespace hubdeck::cli
