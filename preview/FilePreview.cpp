// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FilePreview.h"

#include "QuietFile.h"

namespace hubdeck {

std::optional<FilePreview> FilePreview::load(const QString &path, const QString &name, qint64 size, const BeforeRead &beforeRead)
{
    if (beforeRead && !beforeRead(path))
        return std::nullopt;
    FilePreview preview;
    preview.size = size;
    const bool gguf = name.endsWith(QStringLiteral(".gguf"));
    if (gguf || name.endsWith(QStringLiteral(".safetensors"))) {
        preview.header = gguf ? WeightsHeader::readGguf(path, &preview.error) : WeightsHeader::readSafetensors(path, &preview.error);
        preview.kind = preview.header ? Kind::Weights : Kind::BadHeader;
        if (preview.header)
            preview.error.clear();
        return preview;
    }
    const auto head = QuietFile::readHead(path, kTextLimit, &preview.error);
    if (!head) {
        preview.kind = Kind::Unreadable;
        return preview;
    }
    preview.error.clear();
    if (head->left(kSniffBytes).contains('\0')) {
        preview.kind = Kind::Binary;
        return preview;
    }
    preview.kind = Kind::Text;
    preview.text = head->isNull() ? QByteArray("") : *head;
    return preview;
}

} // namespace hubdeck
