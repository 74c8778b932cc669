// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hubdeck::cli {

// One `-v` of `spaces volumes set`, in either form:
// - hf's mount URI, as huggingface_hub's parse_hf_mount reads it (utils/_hf_uris.py):
//   hf://[TYPE/]ID[@REVISION][/PATH]:/MOUNT[:ro|:rw], TYPE one of models, datasets, spaces,
//   kernels, buckets (models when left out), ID namespace/name, REVISION percent-decoded and
//   never on a bucket, refs/pr/N and refs/convert/NAME kept whole; ":ro"/":rw" set readOnly,
//   neither leaves it to the Hub (repos read-only, buckets read-write);
// - HubDeck's older TYPE=SOURCE:MOUNT[:ro] (e.g. dataset=org/data:/data:ro), TYPE singular.
// Both give the object PUT /api/spaces/{id}/volumes takes in its "volumes" array:
// {"type": "model|dataset|space|kernel|bucket", "source", "mountPath", "revision"?, "readOnly"?,
// "path"?}.
class VolumeSpec
{
public:
    // False with *error (hf's words: "Invalid HF URI '…'. why") when `text` is neither form.
    [[nodiscard]] static bool parse(const QString &text, QJsonObject &volume, QString *error);
    // HubDeck's checks beyond hf's grammar, on the whole list of -v before anything is sent:
    // a mount path holding ':' (hf takes "hf://org/m:/data:rx" as the mount path "/data:rx":
    // a mistyped mode silently becomes a folder name) and two volumes at one mount path (the
    // Hub would mount one over the other). False with *error naming the -v at fault.
    [[nodiscard]] static bool checkMountPaths(const QJsonArray &volumes, QString *error);
    // The volume as hf writes it back (Volume.to_uri): hf://TYPEs/SOURCE[@REV][/PATH]:MOUNT[:ro|:rw].
    [[nodiscard]] static QString toUri(const QJsonObject &volume);
};

} // namespace hubdeck::cli
