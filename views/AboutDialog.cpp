// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hubdeck {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About HubDeck"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(tr("<h2>HubDeck %1</h2>"
                     "<p>See and clean what the Hugging Face libraries keep on disk: the whole Hugging Face home (the hub "
                     "cache, Xet's caches, datasets' downloads and Arrow caches, assets, modules, the old transformers "
                     "cache), and run your Spaces.</p>"
                     "<p>HubDeck is free software under the MIT licence.</p>"
                     "<p>Built with Qt %2 (LGPLv3). Colours in previews come from KDE Syntax-Highlighting (MIT), "
                     "run as a separate program. Integrity checks and upload hashes use OpenSSL (Apache License 2.0); uploads "
                     "to the Hub's storage use libcurl (curl licence).</p>"
                     "<p>Hugging Face is a trademark of Hugging Face, Inc.; HubDeck is not affiliated with it.</p>")
                      .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hubdeck
