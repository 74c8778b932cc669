// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DemoCache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace hubdeck::test {

namespace {

constexpr double kDay = 86400.0;
constexpr qint64 kMB = 1000 * 1000;

struct Tensor
{
    const char *name;
    const char *dtype;
    QList<qint64> shape;
};

// A safetensors header whose offsets add up; the data after it is left sparse.
QByteArray safetensorsHeader(const QList<Tensor> &tensors, qint64 *fileSize)
{
    QJsonObject header{{QStringLiteral("__metadata__"), QJsonObject{{QStringLiteral("format"), QStringLiteral("pt")}}}};
    qint64 offset = 0;
    for (const Tensor &tensor : tensors) {
        qint64 count = 1;
        QJsonArray shape;
        for (qint64 dimension : tensor.shape) {
            count *= dimension;
            shape.append(dimension);
        }
        const qint64 bytes = count * (std::strcmp(tensor.dtype, "F32") == 0 ? 4 : 2);
        header.insert(QString::fromLatin1(tensor.name), QJsonObject{{QStringLiteral("dtype"), QString::fromLatin1(tensor.dtype)},
                                                                    {QStringLiteral("shape"), shape},
                                                                    {QStringLiteral("data_offsets"), QJsonArray{offset, offset + bytes}}});
        offset += bytes;
    }
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray bytes(8, '\0');
    const quint64 length = quint64(json.size());
    std::memcpy(bytes.data(), &length, 8);
    *fileSize = 8 + json.size() + offset;
    return bytes + json;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

const QByteArray kLlamaConfig = json(QJsonObject{
    {QStringLiteral("architectures"), QJsonArray{QStringLiteral("LlamaForCausalLM")}},
    {QStringLiteral("bos_token_id"), 128000},
    {QStringLiteral("eos_token_id"), QJsonArray{128001, 128008, 128009}},
    {QStringLiteral("hidden_size"), 4096},
    {QStringLiteral("intermediate_size"), 14336},
    {QStringLiteral("max_position_embeddings"), 131072},
    {QStringLiteral("model_type"), QStringLiteral("llama")},
    {QStringLiteral("num_attention_heads"), 32},
    {QStringLiteral("num_hidden_layers"), 32},
    {QStringLiteral("num_key_value_heads"), 8},
    {QStringLiteral("rope_theta"), 500000.0},
    {QStringLiteral("torch_dtype"), QStringLiteral("bfloat16")},
    {QStringLiteral("vocab_size"), 128256},
});

const QByteArray kModelCard = "---\nlicense: mit\nlanguage:\n- en\npipeline_tag: text-generation\n---\n\n"
                              "# Phi-3 Mini 4K Instruct\n\nA 3.8B parameter, lightweight open model trained on synthetic data "
                              "and filtered public web data.\n";

const QByteArray kModelingCode = R"(import torch
from torch import nn

from .configuration_phi3 import Phi3Config


class Phi3RMSNorm(nn.Module):
    """Root mean square layer normalisation, as in T5."""

    def __init__(self, hidden_size, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden_size))
        self.variance_epsilon = eps

    def forward(self, hidden_states):
        input_dtype = hidden_states.dtype
        hidden_states = hidden_states.to(torch.float32)
        variance = hidden_states.pow(2).mean(-1, keepdim=True)
        hidden_states = hidden_states * torch.rsqrt(variance + self.variance_epsilon)
        return self.weight * hidden_states.to(input_dtype)


class Phi3MLP(nn.Module):
    def __init__(self, config: Phi3Config):
        super().__init__()
        self.gate_up_proj = nn.Linear(config.hidden_size, 2 * config.intermediate_size, bias=False)
        self.down_proj = nn.Linear(config.intermediate_size, config.hidden_size, bias=False)
        self.activation_fn = nn.SiLU()

    def forward(self, hidden_states):
        up_states = self.gate_up_proj(hidden_states)
        gate, up_states = up_states.chunk(2, dim=-1)
        return self.down_proj(up_states * self.activation_fn(gate))
)";

} // namespace

DemoCache::DemoCache(double now)
    : m_now(now)
{
    addLlama();
    addPhi();
    addModels();
    addMiniLm();
    addFineWeb();
    addDatasetsAndSpaces();
    addBrokenRepos();
}

void DemoCache::addLlama()
{
    // Llama 3.1 8B: the current revision and an older one that shares three of its four
    // shards, so its own size on disk is far less than the sum of its revisions.
    const QString llama = QStringLiteral("models--meta-llama--Llama-3.1-8B-Instruct");
    const QString llamaMain = FixtureCache::commit(QStringLiteral("llama-main"));
    const QString llamaOld = FixtureCache::commit(QStringLiteral("llama-old"));
    qint64 shardSize = 0;
    const QByteArray shard1 = safetensorsHeader({{"model.embed_tokens.weight", "BF16", {128256, 4096}},
                                                 {"model.layers.0.mlp.down_proj.weight", "BF16", {4096, 14336}},
                                                 {"model.layers.0.mlp.gate_proj.weight", "BF16", {14336, 4096}},
                                                 {"model.layers.0.mlp.up_proj.weight", "BF16", {14336, 4096}},
                                                 {"model.layers.0.self_attn.q_proj.weight", "BF16", {4096, 4096}},
                                                 {"model.layers.0.self_attn.k_proj.weight", "BF16", {1024, 4096}},
                                                 {"model.layers.0.self_attn.v_proj.weight", "BF16", {1024, 4096}},
                                                 {"model.layers.0.self_attn.o_proj.weight", "BF16", {4096, 4096}},
                                                 {"model.layers.0.input_layernorm.weight", "BF16", {4096}}},
                                                &shardSize);
    for (const QString &commit : {llamaMain, llamaOld}) {
        const bool current = commit == llamaMain;
        const double accessed = current ? 3 : 45;
        addFile(llama, commit, QStringLiteral("config.json"), kLlamaConfig + (current ? "" : "\n"), 0, accessed);
        addFile(llama, commit, QStringLiteral("generation_config.json"),
                json(QJsonObject{{QStringLiteral("temperature"), 0.6}, {QStringLiteral("top_p"), 0.9}}), 0, accessed);
        addFile(llama, commit, QStringLiteral("model-00001-of-00004.safetensors"), shard1, shardSize, 3);
        addFile(llama, commit, QStringLiteral("model-00002-of-00004.safetensors"), "shard2", 5000 * kMB, 3);
        addFile(llama, commit, QStringLiteral("model-00003-of-00004.safetensors"), "shard3", 4920 * kMB, 3);
        addFile(llama, commit, QStringLiteral("model-00004-of-00004.safetensors"), current ? "shard4" : "shard4-old", 1170 * kMB, accessed);
        addFile(llama, commit, QStringLiteral("tokenizer.json"), "tokenizer", 9090 * 1000, accessed);
    }
    m_cache.addRef(llama, QStringLiteral("main"), llamaMain);
    // A download that was interrupted.
    QFile partial(m_cache.path(llama + QStringLiteral("/blobs/") + FixtureCache::sha256(QStringLiteral("llama-original")) +
                               QStringLiteral(".incomplete")));
    if (partial.open(QIODevice::WriteOnly)) {
        partial.resize(2300 * kMB);
        partial.close();
    }
}

void DemoCache::addPhi()
{
    // Phi-3: code and a model card, for the previews.
    const QString phi = QStringLiteral("models--microsoft--Phi-3-mini-4k-instruct");
    const QString phiMain = FixtureCache::commit(QStringLiteral("phi-main"));
    addFile(phi, phiMain, QStringLiteral("README.md"), kModelCard, 0, 40);
    addFile(phi, phiMain, QStringLiteral("modeling_phi3.py"), kModelingCode, 0, 40);
    addFile(phi, phiMain, QStringLiteral("config.json"),
            json(QJsonObject{{QStringLiteral("architectures"), QJsonArray{QStringLiteral("Phi3ForCausalLM")}},
                             {QStringLiteral("model_type"), QStringLiteral("phi3")},
                             {QStringLiteral("hidden_size"), 3072},
                             {QStringLiteral("num_hidden_layers"), 32},
                             {QStringLiteral("torch_dtype"), QStringLiteral("bfloat16")}}),
            0, 40);
    addFile(phi, phiMain, QStringLiteral("model-00001-of-00002.safetensors"), "phi1", 4970 * kMB, 40);
    addFile(phi, phiMain, QStringLiteral("model-00002-of-00002.safetensors"), "phi2", 2670 * kMB, 40);
    m_cache.addRef(phi, QStringLiteral("main"), phiMain);
}

// Models with one revision each, their weights as sparse files of their real sizes.
void DemoCache::addModels()
{
    addModel(QStringLiteral("models--mistralai--Mistral-7B-Instruct-v0.3"), QStringLiteral("mistral"), 120,
             {QStringLiteral("config.json"), QStringLiteral("model-00001-of-00003.safetensors"),
              QStringLiteral("model-00002-of-00003.safetensors"), QStringLiteral("model-00003-of-00003.safetensors")},
             {0, 4950 * kMB, 5000 * kMB, 4550 * kMB});
    addModel(QStringLiteral("models--openai--whisper-large-v3"), QStringLiteral("whisper"), 200,
             {QStringLiteral("config.json"), QStringLiteral("model.safetensors"), QStringLiteral("tokenizer.json")},
             {0, 3090 * kMB, 2480 * 1000});
    addModel(QStringLiteral("models--stabilityai--stable-diffusion-xl-base-1.0"), QStringLiteral("sdxl"), 95,
             {QStringLiteral("model_index.json"), QStringLiteral("unet/diffusion_pytorch_model.safetensors"),
              QStringLiteral("vae/diffusion_pytorch_model.safetensors"), QStringLiteral("text_encoder/model.safetensors")},
             {0, 10300 * kMB, 335 * kMB, 492 * kMB});
    addModel(QStringLiteral("models--Qwen--Qwen2.5-0.5B-Instruct"), QStringLiteral("qwen"), 10,
             {QStringLiteral("config.json"), QStringLiteral("model.safetensors"), QStringLiteral("tokenizer.json")},
             {0, 988 * kMB, 7030 * 1000});
    addModel(QStringLiteral("models--google-bert--bert-base-uncased"), QStringLiteral("bert"), 400,
             {QStringLiteral("config.json"), QStringLiteral("model.safetensors"), QStringLiteral("vocab.txt")}, {0, 440 * kMB, 232 * 1000});
}

void DemoCache::addMiniLm()
{
    // MiniLM with a pull-request revision beside main.
    const QString minilm = QStringLiteral("models--sentence-transformers--all-MiniLM-L6-v2");
    addModel(minilm, QStringLiteral("minilm"), 1, {QStringLiteral("config.json"), QStringLiteral("model.safetensors")}, {0, 90900 * 1000});
    const QString minilmPr = FixtureCache::commit(QStringLiteral("minilm-pr"));
    addFile(minilm, minilmPr, QStringLiteral("config.json"), "{\"model_type\": \"bert\", \"pr\": 1}\n", 0, 6);
    addFile(minilm, minilmPr, QStringLiteral("onnx/model.onnx"), "onnx", 90400 * 1000, 6);
    m_cache.addRef(minilm, QStringLiteral("refs/pr/1"), minilmPr);
}

void DemoCache::addFineWeb()
{
    // FineWeb-Edu: big parquet shards, and an old detached revision of thousands of small
    // files, which makes a deletion long enough to watch.
    const QString fineweb = QStringLiteral("datasets--HuggingFaceFW--fineweb-edu");
    const QString finewebMain = FixtureCache::commit(QStringLiteral("fineweb-main"));
    for (int shard = 0; shard < 6; ++shard)
        addFile(fineweb, finewebMain, QStringLiteral("sample/10BT/%1_00000.parquet").arg(shard, 3, 10, QLatin1Char('0')),
                "parquet" + QByteArray::number(shard), 2150 * kMB, 60);
    m_cache.addRef(fineweb, QStringLiteral("main"), finewebMain);
    const QString finewebOld = FixtureCache::commit(QStringLiteral("fineweb-old"));
    for (int part = 0; part < 30000; ++part)
        addFile(fineweb, finewebOld, QStringLiteral("data/CC-MAIN-2024-10/part-%1.jsonl").arg(part, 5, 10, QLatin1Char('0')),
                "{\"text\": \"" + QByteArray::number(part) + "\"}\n", 48 * 1000, 150);
}

void DemoCache::addDatasetsAndSpaces()
{
    addModel(QStringLiteral("datasets--openai--gsm8k"), QStringLiteral("gsm8k"), 5,
             {QStringLiteral("main/train-00000-of-00001.parquet"), QStringLiteral("main/test-00000-of-00001.parquet")},
             {2310 * 1000, 419 * 1000});
    addModel(QStringLiteral("datasets--rajpurkar--squad"), QStringLiteral("squad"), 300,
             {QStringLiteral("plain_text/train-00000-of-00001.parquet"), QStringLiteral("plain_text/validation-00000-of-00001.parquet")},
             {14500 * 1000, 1820 * 1000});
    addModel(QStringLiteral("spaces--gradio--hello_world"), QStringLiteral("hello"), 2,
             {QStringLiteral("app.py"), QStringLiteral("requirements.txt")}, {0, 0});
}

void DemoCache::addBrokenRepos()
{
    // What huggingface_hub would skip: HubDeck lists them with the reason.
    m_cache.mkdir(QStringLiteral("models--acme--half-copied/blobs"));
    m_cache.addRef(QStringLiteral("models--acme--moved"), QStringLiteral("main"), FixtureCache::commit(QStringLiteral("gone")));
    m_cache.mkdir(QStringLiteral("models--acme--moved/snapshots"));
    m_cache.symlink(QStringLiteral("datasets--acme--broken/snapshots/") + FixtureCache::commit(QStringLiteral("broken")) +
                        QStringLiteral("/data.csv"),
                    QStringLiteral("../../blobs/") + FixtureCache::sha256(QStringLiteral("never-written")));
}

void DemoCache::addModel(const QString &folder, const QString &seed, double accessedDaysAgo, const QStringList &files,
                         const QList<qint64> &sizes, const QString &ref)
{
    const QString commit = FixtureCache::commit(seed);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QByteArray content =
            files[i].endsWith(u".json")
                ? json(QJsonObject{{QStringLiteral("model_type"), seed}, {QStringLiteral("torch_dtype"), QStringLiteral("float16")}})
            : files[i].endsWith(u".py")
                ? QByteArray("import gradio as gr\n\ngr.Interface(lambda name: f\"Hello {name}!\", \"text\", \"text\").launch()\n")
            : files[i].endsWith(u".txt") ? QByteArray("gradio==5.9.1\n")
                                         : seed.toUtf8() + files[i].toUtf8();
        addFile(folder, commit, files[i], content, sizes.value(i), accessedDaysAgo);
    }
    m_cache.addRef(folder, ref, commit);
}

QString DemoCache::addFile(const QString &folder, const QString &commit, const QString &file, const QByteArray &content, qint64 size,
                           double accessedDaysAgo)
{
    // Weights are LFS files, named by SHA-256; small files are git blobs, named by SHA-1.
    const bool large = size > 10 * kMB;
    const QString etag = large ? FixtureCache::sha256(QString::fromUtf8(content)) : FixtureCache::commit(QString::fromUtf8(content));
    const double accessed = m_now - accessedDaysAgo * kDay;
    const double modified = accessed - 30 * kDay;
    const QString path = m_cache.addBlob(folder, etag, content, accessed, modified);
    if (size > content.size()) {
        QFile blob(path);
        if (blob.open(QIODevice::ReadWrite))
            blob.resize(size); // sparse: a terabyte costs nothing
        blob.close();
        FixtureCache::setTimes(path, accessed, modified);
    }
    m_cache.addLink(folder, commit, file, etag);
    return etag;
}

} // namespace hubdeck::test
