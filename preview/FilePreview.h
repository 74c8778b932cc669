// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "WeightsHeader.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace hubdeck {

// What the preview of one file of the cache holds: the head of a text file, the word that
// it is binary, or its weights header. Reading blocks (a slow disk, a network file system),
// so load() is meant for a worker thread; it touches nothing shared.
//
// Reads go through QuietFile: access times stay as they were, and a FIFO, a device or a
// folder planted in the cache is refused at once (Unreadable) instead of blocking the read
// or feeding it endless bytes. A weights header is read without trusting it (WeightsHeader's
// bounds); a hostile or truncated one gives BadHeader.
struct FilePreview
{
    enum class Kind {
        Text,       // text: the first kTextLimit bytes of the file
        Binary,     // a NUL byte in the first kSniffBytes: not shown as text
        Weights,    // header: the .safetensors or .gguf header
        BadHeader,  // a .safetensors or .gguf file whose header could not be read; error says why
        Unreadable, // missing, not a regular file, or a read error; error says why
    };

    // Most bytes of a text file read and shown.
    static constexpr qint64 kTextLimit = 1024 * 1024;
    // A NUL byte in this many first bytes makes a file binary.
    static constexpr qint64 kSniffBytes = 8192;

    Kind kind = Kind::Unreadable;
    QByteArray text;                     // Text only; never null there (an empty file is "")
    std::optional<WeightsHeader> header; // Weights only
    QString error;                       // BadHeader and Unreadable: QuietFile's or WeightsHeader's message
    qint64 size = 0;                     // bytes, as given to load()

    // Text cut at kTextLimit (judged by the size given to load(), the scan's).
    [[nodiscard]] bool isTruncated() const { return kind == Kind::Text && size > kTextLimit; }

    // Called with a path before that file is read; false stops the load there (its result is
    // no longer wanted), true goes on.
    using BeforeRead = std::function<bool(const QString &path)>;

    // The file at path (a blob), named name in its snapshot (its extension decides a weights
    // header: ".safetensors" or ".gguf"), of size bytes as the scan saw it. nullopt only when
    // beforeRead stopped it.
    [[nodiscard]] static std::optional<FilePreview> load(const QString &path, const QString &name, qint64 size,
                                                         const BeforeRead &beforeRead = {});
};

} // namespace hubdeck
