// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DemoHome.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hubdeck::test {

namespace {

constexpr qint64 kKB = 1000;
constexpr qint64 kMB = 1000 * kKB;

} // namespace

DemoHome::DemoHome(double now)
    : m_now(now)
{
    const QString xet = QStringLiteral("xet/https___cas-server.xethub.hf.co/");
    write(QStringLiteral("hub/models--Qwen--Qwen2.5-0.5B/blobs/a1"), 38 * kMB, 2);
    write(QStringLiteral("hub/models--sentence-transformers--all-MiniLM-L6-v2/blobs/b1"), 18 * kMB, 12);
    write(QStringLiteral("hub/datasets--stanfordnlp--imdb/blobs/c1"), 9 * kMB, 40);
    write(QStringLiteral("hub/.locks/models--Qwen--Qwen2.5-0.5B/a1.lock"), 0, 2);
    for (int i = 0; i < 24; ++i)
        write(xet + QStringLiteral("chunk-cache/%1/%2").arg(i % 16, 2, 16, QLatin1Char('0')).arg(i * 7919, 12, 16, QLatin1Char('0')),
              900 * kKB, 3);
    write(xet + QStringLiteral("shard-cache/4f1e2d.mdb"), 2400 * kKB, 3);
    write(xet + QStringLiteral("staging/upload-7f3a/xorb"), 1200 * kKB, 20);
    write(QStringLiteral("xet/logs/xet_20261120.log"), 300 * kKB, 14);
    write(QStringLiteral("datasets/downloads/9ca7b19ea3174e1c9516b5b36e48e68b9effc376365fdc69230796ce7d9729ec"), 7 * kMB, 40);
    write(QStringLiteral("datasets/downloads/9ca7b19ea3174e1c9516b5b36e48e68b9effc376365fdc69230796ce7d9729ec.json"), 120, 40);
    write(QStringLiteral("datasets/downloads/extracted/1ff9fe44f9d4de3bba9b263cd58793cd95df8d5495bf79299a50889c4957edf9/train.csv"),
          3800 * kKB, 40);
    write(QStringLiteral("datasets/stanfordnlp___imdb/plain_text/0.0.0/e6281661/imdb-train.arrow"), 11 * kMB, 40);
    write(QStringLiteral("datasets/stanfordnlp___imdb/plain_text/0.0.0/e6281661/imdb-test.arrow"), 4 * kMB, 40);
    write(QStringLiteral("datasets/rajpurkar___squad/plain_text/0.0.0/7b6d24c4/squad-train.arrow"), 5 * kMB, 200);
    write(QStringLiteral("datasets/_tmp_hf_datasets_gone___old_default_0.0.0_dead.lock"), 0, 300);
    write(QStringLiteral("assets/sentence_transformers/default/pooling/table.bin"), 1500 * kKB, 60);
    write(QStringLiteral("modules/__init__.py"), 0, 90);
    write(QStringLiteral("modules/transformers_modules/microsoft/Phi-3-mini-4k-instruct/0a67737c/modeling_phi3.py"), 180 * kKB, 90);
    write(QStringLiteral("transformers/"
                         "a8041bf617d7f94ea26d15e218abd04afc2004805632abc0ed2066aa16d50d04."
                         "610a3cdad0d377a774b0aaa082d9c92bd0b16e67a44c9a2253a4f47c794a4d35"),
          2200 * kKB, 700);
    write(QStringLiteral("transformers/"
                         "a8041bf617d7f94ea26d15e218abd04afc2004805632abc0ed2066aa16d50d04."
                         "610a3cdad0d377a774b0aaa082d9c92bd0b16e67a44c9a2253a4f47c794a4d35.lock"),
          0, 700);
    QFile json(path(QStringLiteral("transformers/"
                                   "a8041bf617d7f94ea26d15e218abd04afc2004805632abc0ed2066aa16d50d04."
                                   "610a3cdad0d377a774b0aaa082d9c92bd0b16e67a44c9a2253a4f47c794a4d35.json")));
    if (json.open(QIODevice::WriteOnly))
        json.write("{\"url\": \"https://huggingface.co/bert-base-uncased/resolve/main/pytorch_model.bin\", \"etag\": \"\\\"x\\\"\"}");
    json.close();
    QFile token(path(QStringLiteral("token")));
    if (token.open(QIODevice::WriteOnly))
        token.write("hf_demo_not_a_real_token_0000000000");
    token.close();
    write(QStringLiteral("accelerate/default_config.yaml"), 400, 120);
}

void DemoHome::write(const QString &relative, qint64 size, double accessedDaysAgo)
{
    const QString full = path(relative);
    QDir().mkpath(QFileInfo(full).path());
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(full));
    // Real bytes, never a hole: the Overview measures what is allocated.
    QByteArray chunk(256 * 1024, '\0');
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 131 + size) & 0xff);
    for (qint64 left = size; left > 0; left -= chunk.size())
        file.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(m_now - accessedDaysAgo * 86400.0));
    file.setFileTime(at, QFileDevice::FileAccessTime);
    file.setFileTime(at, QFileDevice::FileModificationTime);
}

} // namespace hubdeck::test
