// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"
#include "HfHome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using hubdeck::test::FakeHub;

// hubdeck-cli spaces/auth, end to end against the fake Hub in this process. The CLI runs
// asynchronously so that the fake keeps answering while we wait.
class TestCliSpaces : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_home;

    Run cli(const QStringList &arguments, const QStringList &extraEnv = {}, bool withToken = true, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT", "COLUMNS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HF_HOME"), m_home->path());
        env.insert(QStringLiteral("HF_ENDPOINT"), m_hub->endpoint());
        if (withToken)
            env.insert(QStringLiteral("HF_TOKEN"), m_hub->token);
        for (const QString &pair : extraEnv)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("HUBDECK_CLI"), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(30000))
            qFatal("hubdeck-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QList<FakeHub::Request> posts(const QString &suffix) const
    {
        QList<FakeHub::Request> found;
        for (const FakeHub::Request &request : m_hub->requests())
            if (request.method == "POST" && request.path.endsWith(suffix))
                found.append(request);
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_hub->addSpace(QStringLiteral("alice/free"), QStringLiteral("RUNNING"), QStringLiteral("cpu-basic"));
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    // --secrets-file reads a dotenv file as hf's load_dotenv does; -s wins over the file and a
    // bare KEY takes the environment's value (HF_TOKEN: the token in use). No value is printed.
    void secretsFileIsReadAsHfReadsIt()
    {
        const QString file = writeFile(QStringLiteral("secrets.env"), "# provider keys\n"
                                                                      "export API_KEY=sk-file-secret-1\n"
                                                                      "QUOTED = \"two\\nlines \\\\n \\$HOME\" # why\n"
                                                                      "SINGLE='a \\$b'\n"
                                                                      "  PLAIN=value-3 # cut here\n"
                                                                      "EMPTY=\r\n"
                                                                      "HF_TOKEN\n"
                                                                      "OVERRIDDEN=from-file\n");
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                             QStringLiteral("--secrets-file"), file, QStringLiteral("-s"), QStringLiteral("OVERRIDDEN=from-flag")});
        QCOMPARE(run.code, 0);
        const QList<FakeHub::Request> sent = posts(QStringLiteral("/secrets"));
        QStringList keys;
        QMap<QString, QString> values;
        for (const FakeHub::Request &request : sent) {
            keys.append(request.json().value(QStringLiteral("key")).toString());
            values.insert(keys.last(), request.json().value(QStringLiteral("value")).toString());
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("API_KEY"), QStringLiteral("QUOTED"), QStringLiteral("SINGLE"), QStringLiteral("PLAIN"),
                                    QStringLiteral("EMPTY"), QStringLiteral("HF_TOKEN"), QStringLiteral("OVERRIDDEN")}));
        QCOMPARE(values.value(QStringLiteral("API_KEY")), QStringLiteral("sk-file-secret-1"));
        QCOMPARE(values.value(QStringLiteral("QUOTED")), QStringLiteral("two\nlines \\n $HOME"));
        QCOMPARE(values.value(QStringLiteral("SINGLE")), QStringLiteral("a \\$b")); // \$ only in double quotes
        QCOMPARE(values.value(QStringLiteral("PLAIN")), QStringLiteral("value-3"));
        QCOMPARE(values.value(QStringLiteral("EMPTY")), QString());
        QCOMPARE(values.value(QStringLiteral("HF_TOKEN")), m_hub->token);
        QCOMPARE(values.value(QStringLiteral("OVERRIDDEN")), QStringLiteral("from-flag"));
        for (const QString &value : {QStringLiteral("sk-file-secret-1"), QStringLiteral("value-3"), m_hub->token, QStringLiteral("from-")})
            QVERIFY2(!run.out.contains(value) && !run.err.contains(value), qPrintable(value));
        QVERIFY(run.out.contains(QStringLiteral("API_KEY, QUOTED, SINGLE")));
        // The flag's value replaced the file's: said on stderr, by key only.
        QVERIFY2(run.err.contains(QStringLiteral("-s OVERRIDDEN replaces the value from '%1'.").arg(file)), qPrintable(run.err));
    }

    // Only a file value a flag changed is reported; the same value again, or a key the file
    // does not have, is not. Create says it for both files.
    void flagsOverAFileAreSaid()
    {
        const QString secrets = writeFile(QStringLiteral("s.env"), "A=1\nB=2\nC=3\n");
        const QString vars = writeFile(QStringLiteral("v.env"), "MODEL=gpt2\n");
        const Run same = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                              QStringLiteral("--secrets-file"), secrets, QStringLiteral("-s"), QStringLiteral("A=1"), QStringLiteral("-s"),
                              QStringLiteral("D=4")});
        QCOMPARE(same.code, 0);
        QVERIFY2(!same.err.contains(QStringLiteral("replace")), qPrintable(same.err));
        const Run two = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("fresh"), QStringLiteral("--sdk"),
                             QStringLiteral("gradio"), QStringLiteral("--secrets-file"), secrets, QStringLiteral("-s"),
                             QStringLiteral("C=9"), QStringLiteral("-s"), QStringLiteral("A=8"), QStringLiteral("--env-file"), vars,
                             QStringLiteral("-e"), QStringLiteral("MODEL=llama")});
        QCOMPARE(two.code, 0);
        QVERIFY2(two.err.contains(QStringLiteral("-s A, C replace the values from '%1'.").arg(secrets)), qPrintable(two.err));
        QVERIFY2(two.err.contains(QStringLiteral("-e MODEL replaces the value from '%1'.").arg(vars)), qPrintable(two.err));
        QVERIFY(!two.err.contains(QStringLiteral("llama")) && !two.err.contains(QStringLiteral("=9")));
    }

    // A file that cannot be read, or has a line that is not a setting: one line that names the
    // file and the line, never a value, and nothing is sent.
    void badSettingsFilesSendNothing()
    {
        const QString secret = QStringLiteral("sk-pasted-alone-77");
        const QString malformed = writeFile(QStringLiteral("bad.env"), "GOOD=sk-good-value-5\n=" + secret.toUtf8() + "\n");
        const QString bare = writeFile(QStringLiteral("bare.env"), "GOOD=sk-good-value-5\n" + secret.toUtf8() + "\n");
        const QString binary = writeFile(QStringLiteral("binary.env"), "GOOD=\xff\xfe\n");
        const QString multiLine = writeFile(QStringLiteral("multi.env"), "GOOD=sk-good-value-5\nPEM=\"-----BEGIN " + secret.toUtf8() +
                                                                             "\n" + secret.toUtf8() + "\n-----END\"\n");
        const QString missing = m_home->filePath(QStringLiteral("missing.env"));
        struct Case
        {
            QString file;
            QString expected;
        };
        const QList<Case> cases = {{malformed, QStringLiteral("line 2 is not KEY=VALUE")},
                                   {bare, QStringLiteral("line 2 has no '='")},
                                   {binary, QStringLiteral("is not UTF-8 text")},
                                   {multiLine, QStringLiteral("line 2: the value of PEM opens a quote that does not close on that line")},
                                   {missing, QStringLiteral("Cannot read")}};
        for (const Case &c : cases) {
            for (const QString &command : {QStringLiteral("secrets"), QStringLiteral("variables")}) {
                const Run run = cli({QStringLiteral("spaces"), command, QStringLiteral("add"), QStringLiteral("alice/chat"),
                                     command == u"secrets" ? QStringLiteral("--secrets-file") : QStringLiteral("--env-file"), c.file});
                QCOMPARE(run.code, 1);
                QVERIFY2(run.err.contains(c.expected) && run.err.contains(QFileInfo(c.file).fileName()), qPrintable(run.err));
                QCOMPARE(run.err.count(u'\n'), 1);
                QVERIFY(!run.err.contains(secret) && !run.err.contains(QStringLiteral("sk-good")) && !run.out.contains(secret));
            }
        }
        // Create refuses the same way, before anything reaches the Hub.
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("new-one"), QStringLiteral("--sdk"),
                             QStringLiteral("gradio"), QStringLiteral("--secrets-file"), malformed});
        QCOMPARE(run.code, 1);
        QVERIFY(m_hub->requests().isEmpty());
        // An empty file and no -e: hf's message, nothing sent.
        const Run empty = cli({QStringLiteral("spaces"), QStringLiteral("variables"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                               QStringLiteral("--env-file"), writeFile(QStringLiteral("empty.env"), "# nothing\n\n")});
        QCOMPARE(empty.code, 2);
        QVERIFY(empty.err.contains(QStringLiteral("At least one variable must be specified with -e/--env or --env-file.")));
        QVERIFY(m_hub->requests().isEmpty());
    }

    void envFileSetsVariables()
    {
        const QString file = writeFile(QStringLiteral("vars.env"), "MODEL_ID=gpt2\nexport MAX_TOKENS='512'\n");
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("variables"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                             QStringLiteral("--env-file"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(m_hub->variables[QStringLiteral("alice/chat")].value(QStringLiteral("MODEL_ID")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("gpt2"));
        QCOMPARE(
            m_hub->variables[QStringLiteral("alice/chat")].value(QStringLiteral("MAX_TOKENS")).value(QStringLiteral("value")).toString(),
            QStringLiteral("512"));
    }

    // hf's hf://[TYPE/]SRC[@REV][/PATH]:/MOUNT[:ro|:rw], beside HubDeck's older TYPE=SOURCE:MOUNT.
    void volumesInHfForm()
    {
        const Run run =
            cli({QStringLiteral("spaces"), QStringLiteral("volumes"), QStringLiteral("set"), QStringLiteral("alice/chat"),
                 QStringLiteral("-v"), QStringLiteral("hf://datasets/org/ds@refs/pr/3/train/part:/data:ro"), QStringLiteral("-v"),
                 QStringLiteral("hf://buckets/org/b/sub:/mnt"), QStringLiteral("-v"), QStringLiteral("hf://org/model@v%2F1:/models:rw"),
                 QStringLiteral("-v"), QStringLiteral("space=org/app:/app:ro")});
        QCOMPARE(run.code, 0);
        const QJsonArray sent = m_hub->lastRequest().json().value(QStringLiteral("volumes")).toArray();
        QCOMPARE(m_hub->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent[0].toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("dataset")},
                                                  {QStringLiteral("source"), QStringLiteral("org/ds")},
                                                  {QStringLiteral("mountPath"), QStringLiteral("/data")},
                                                  {QStringLiteral("revision"), QStringLiteral("refs/pr/3")},
                                                  {QStringLiteral("readOnly"), true},
                                                  {QStringLiteral("path"), QStringLiteral("train/part")}}));
        QCOMPARE(sent[1].toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("bucket")},
                                                  {QStringLiteral("source"), QStringLiteral("org/b")},
                                                  {QStringLiteral("mountPath"), QStringLiteral("/mnt")},
                                                  {QStringLiteral("path"), QStringLiteral("sub")}}));
        QCOMPARE(sent[2].toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                                  {QStringLiteral("source"), QStringLiteral("org/model")},
                                                  {QStringLiteral("mountPath"), QStringLiteral("/models")},
                                                  {QStringLiteral("revision"), QStringLiteral("v/1")},
                                                  {QStringLiteral("readOnly"), false}}));
        QCOMPARE(sent[3].toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("space")},
                                                  {QStringLiteral("source"), QStringLiteral("org/app")},
                                                  {QStringLiteral("mountPath"), QStringLiteral("/app")},
                                                  {QStringLiteral("readOnly"), true}}));
        QVERIFY2(run.out.contains(QStringLiteral("hf://datasets/org/ds@refs/pr/3/train/part:/data:ro")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("hf://models/org/model@v%2F1:/models:rw")));
        const Run listed = cli({QStringLiteral("spaces"), QStringLiteral("volumes"), QStringLiteral("ls"), QStringLiteral("alice/chat")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("refs/pr/3")) && listed.out.contains(QStringLiteral("train/part")),
                 qPrintable(listed.out));
        // hf's refusals, each before anything is sent, with hf's exit code 1 (it parses the
        // spec in the command, not as a usage error).
        const QList<std::pair<QString, QString>> bad = {
            {QStringLiteral("hf://model/org/x:/d"), QStringLiteral("Type prefix must be plural")},
            {QStringLiteral("hf://org/x"), QStringLiteral("Missing mount path")},
            {QStringLiteral("hf://gpt2:/d"), QStringLiteral("must be 'namespace/name'")},
            {QStringLiteral("hf://buckets/org/b@v1:/d"), QStringLiteral("revision")},
            {QStringLiteral("hf://org/x:/"), QStringLiteral("Mount path must be a non-empty absolute path")},
            {QStringLiteral("hf://org/x@:/d"), QStringLiteral("Empty revision")},
            {QStringLiteral("org/x:/d"), QStringLiteral("is neither")},
            // HubDeck's: a mistyped mode is not a folder name.
            {QStringLiteral("hf://org/model:/m:rx"), QStringLiteral("Mount path '/m:rx' holds ':'")},
            {QStringLiteral("dataset=org/d:/d:r"), QStringLiteral("is neither")}};
        m_hub->clearRequests();
        for (const auto &[spec, expected] : bad) {
            const Run refused = cli({QStringLiteral("spaces"), QStringLiteral("volumes"), QStringLiteral("set"),
                                     QStringLiteral("alice/chat"), QStringLiteral("-v"), spec});
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains(expected), qPrintable(spec + u' ' + refused.err));
        }
        // Two volumes at one mount path (a trailing '/' is the same path): refused, nothing sent.
        const Run twice = cli({QStringLiteral("spaces"), QStringLiteral("volumes"), QStringLiteral("set"), QStringLiteral("alice/chat"),
                               QStringLiteral("-v"), QStringLiteral("hf://org/a:/data"), QStringLiteral("-v"),
                               QStringLiteral("hf://datasets/org/b:/data/:ro")});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("Two volumes mount at '/data' (hf://models/org/a:/data and "
                                                   "hf://datasets/org/b:/data/:ro)")),
                 qPrintable(twice.err));
        const Run created = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("vols"), QStringLiteral("--sdk"),
                                 QStringLiteral("docker"), QStringLiteral("-v"), QStringLiteral("hf://org/a:/x"), QStringLiteral("-v"),
                                 QStringLiteral("hf://org/b:/x")});
        QCOMPARE(created.code, 1);
        QVERIFY2(created.err.contains(QStringLiteral("Two volumes mount at '/x'")), qPrintable(created.err));
        QVERIFY(m_hub->requests().isEmpty());
    }

    // Visibility public|private|protected, --template (by name, setting the SDK), --exist-ok.
    void createWithVisibilityTemplateAndExistOk()
    {
        m_hub->templates = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("JupyterLab")},
                                                  {QStringLiteral("repoId"), QStringLiteral("SpacesExamples/jupyterlab")},
                                                  {QStringLiteral("sdk"), QStringLiteral("docker")},
                                                  {QStringLiteral("preferredPrivate"), true}}};
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("lab"), QStringLiteral("--template"),
                       QStringLiteral("jupyterlab"), QStringLiteral("--protected")});
        QCOMPARE(run.code, 0);
        QJsonObject body = posts(QStringLiteral("/api/repos/create")).last().json();
        QCOMPARE(body.value(QStringLiteral("visibility")).toString(), QStringLiteral("protected"));
        QCOMPARE(body.value(QStringLiteral("template")).toString(), QStringLiteral("SpacesExamples/jupyterlab"));
        QCOMPARE(body.value(QStringLiteral("sdk")).toString(), QStringLiteral("docker"));
        QVERIFY(!body.contains(QStringLiteral("private")));
        // The template prefers private when no visibility is given.
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("lab2"), QStringLiteral("--template"),
                   QStringLiteral("SpacesExamples/jupyterlab")});
        QCOMPARE(run.code, 0);
        QCOMPARE(posts(QStringLiteral("/api/repos/create")).last().json().value(QStringLiteral("private")).toBool(), true);
        // 409 without --exist-ok fails; with it, success and nothing else is changed.
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("chat"), QStringLiteral("--sdk"),
                   QStringLiteral("gradio")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("already created")));
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("chat"), QStringLiteral("--sdk"),
                   QStringLiteral("gradio"), QStringLiteral("--exist-ok"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), QStringLiteral("alice/chat"));
        QCOMPARE(answer.value(QStringLiteral("existed")).toBool(), true);
        // --exist-ok does not hide other failures.
        m_hub->failNext(QStringLiteral("/api/repos/create"), FakeHub::Canned{400, "{\"error\":\"Invalid sdk\"}", {}, false});
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("other"), QStringLiteral("--sdk"),
                   QStringLiteral("gradio"), QStringLiteral("--exist-ok")});
        QCOMPARE(run.code, 1);
        // Usage errors: two visibilities, an unknown template, an SDK the template does not use.
        m_hub->clearRequests();
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--sdk"),
                   QStringLiteral("gradio"), QStringLiteral("--private"), QStringLiteral("--protected")});
        QCOMPARE(run.code, 2);
        QVERIFY(m_hub->requests().isEmpty());
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--template"),
                   QStringLiteral("nope")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown Space template 'nope'. Expected one of JupyterLab.")), qPrintable(run.err));
        // A Hub that lists no templates: said so, not "Expected one of ."
        const QJsonArray templates = m_hub->templates;
        m_hub->templates = QJsonArray();
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--template"),
                   QStringLiteral("nope")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the Hub lists no templates")), qPrintable(run.err));
        m_hub->templates = templates;
        run = cli({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--template"),
                   QStringLiteral("JupyterLab"), QStringLiteral("--sdk"), QStringLiteral("gradio")});
        QCOMPARE(run.code, 2);
        QCOMPARE(posts(QStringLiteral("/api/repos/create")).size(), 0);
    }

    // The Hub answers a DELETE of an absent key as a success: "deleted" is said only of a key
    // that was there, and a typo is named with the keys the Space has, before any restart.
    void deletingAMissingKeyIsRefused()
    {
        m_hub->secrets[QStringLiteral("alice/chat")][QStringLiteral("API_KEY")] = QJsonObject{{QStringLiteral("description"), QString()}};
        m_hub->clearRequests();
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("delete"), QStringLiteral("alice/chat"),
                       QStringLiteral("API_KYE"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("alice/chat has no secret 'API_KYE' (it has: API_KEY).")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("deleted")));
        for (const FakeHub::Request &request : m_hub->requests())
            QVERIFY(request.method != "DELETE");
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("delete"), QStringLiteral("alice/chat"),
                   QStringLiteral("API_KEY"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Secret deleted")), qPrintable(run.out + run.err));
        QVERIFY(!m_hub->secrets[QStringLiteral("alice/chat")].contains(QStringLiteral("API_KEY")));
        run = cli({QStringLiteral("spaces"), QStringLiteral("variables"), QStringLiteral("delete"), QStringLiteral("alice/chat"),
                   QStringLiteral("NOPE"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("alice/chat has no variable 'NOPE'")), qPrintable(run.err));
    }

    void devModeRequest()
    {
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("dev-mode"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 0);
        QCOMPARE(m_hub->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/spaces/alice/chat/dev-mode"));
        QCOMPARE(m_hub->lastRequest().json(), (QJsonObject{{QStringLiteral("enabled"), true}}));
        QVERIFY(m_hub->runtimes[QStringLiteral("alice/chat")].value(QStringLiteral("devMode")).toBool());
        QVERIFY2(run.out.contains(QStringLiteral("ssh alice-chat@ssh.hf.space")), qPrintable(run.out));
        run = cli({QStringLiteral("spaces"), QStringLiteral("dev-mode"), QStringLiteral("alice/chat"), QStringLiteral("--stop")});
        QCOMPARE(run.code, 0);
        QCOMPARE(m_hub->lastRequest().json(), (QJsonObject{{QStringLiteral("enabled"), false}}));
        QVERIFY(run.out.contains(QStringLiteral("Dev mode disabled for 'alice/chat'")));
        QVERIFY(!m_hub->runtimes[QStringLiteral("alice/chat")].value(QStringLiteral("devMode")).toBool());
        m_hub->failNext(QStringLiteral("/dev-mode"), FakeHub::Canned{403, "{\"error\":\"Dev mode needs a PRO plan\"}", {}, false});
        run = cli({QStringLiteral("spaces"), QStringLiteral("dev-mode"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("PRO plan")));
        // A paused Space: no claim of success, the way to start it instead.
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("stage"), QStringLiteral("PAUSED"));
        run = cli({QStringLiteral("spaces"), QStringLiteral("dev-mode"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 1);
        QVERIFY2(!run.out.contains(QStringLiteral("Dev mode enabled")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Space 'alice/chat' is paused: dev mode starts when it runs again.")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("spaces restart alice/chat")));
    }

    void waitReachesRunning()
    {
        m_hub->nextStages[QStringLiteral("alice/chat")] = {QStringLiteral("BUILDING"), QStringLiteral("BUILDING"),
                                                           QStringLiteral("APP_STARTING"), QStringLiteral("RUNNING")};
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat"), QStringLiteral("--timeout"),
                             QStringLiteral("1m")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("stage: BUILDING\nstage: APP_STARTING\nstage: RUNNING\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Space ready")));
    }

    void waitStopsOnAnErrorStage()
    {
        m_hub->nextStages[QStringLiteral("alice/chat")] = {QStringLiteral("BUILDING"), QStringLiteral("BUILD_ERROR")};
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("errorMessage"), QStringLiteral("pip install failed"));
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("Space 'alice/chat' is not running (stage='BUILD_ERROR').")));
        QVERIFY(run.out.contains(QStringLiteral("error: pip install failed")));
        // A paused Space is settled too: not running.
        m_hub->nextStages[QStringLiteral("alice/chat")] = {QStringLiteral("PAUSED")};
        run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat"), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QCOMPARE(run.code, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("stage")).toString(), QStringLiteral("PAUSED"));
        // Its hint is to restart it, not to read build logs.
        m_hub->nextStages[QStringLiteral("alice/chat")] = {QStringLiteral("PAUSED")};
        run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("use 'hubdeck-cli spaces restart alice/chat'")) && !run.err.contains(u"--build"),
                 qPrintable(run.err));
    }

    // --timeout 0 asks the Hub once: a running Space is ready, a building one times out.
    void waitWithTimeoutZeroAsksOnce()
    {
        m_hub->clearRequests();
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat"), QStringLiteral("--timeout"),
                       QStringLiteral("0")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Space ready")), qPrintable(run.out + run.err));
        QVERIFY(!m_hub->requests().isEmpty());
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("stage"), QStringLiteral("BUILDING"));
        run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat"), QStringLiteral("--timeout"),
                   QStringLiteral("0")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("stage: BUILDING")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Timed out after 0")), qPrintable(run.err));
    }

    void waitTimesOut()
    {
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("stage"), QStringLiteral("BUILDING"));
        QElapsedTimer clock;
        clock.start();
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat"), QStringLiteral("--timeout"),
                       QStringLiteral("2s")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Timed out after 2s waiting for Space 'alice/chat'")), qPrintable(run.err));
        QVERIFY(clock.elapsed() >= 1900 && clock.elapsed() < 15000);
        run = cli({QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat"), QStringLiteral("--timeout"),
                   QStringLiteral("soon")});
        QCOMPARE(run.code, 2);
    }

    void waitStopsOnCtrlC()
    {
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("stage"), QStringLiteral("BUILDING"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HF_HOME"), m_home->path());
        env.insert(QStringLiteral("HF_ENDPOINT"), m_hub->endpoint());
        env.insert(QStringLiteral("HF_TOKEN"), m_hub->token);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("HUBDECK_CLI"),
                      {QStringLiteral("spaces"), QStringLiteral("wait"), QStringLiteral("alice/chat")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_hub->requests().size() >= 2, 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Stopped: no longer waiting for 'alice/chat' (stage='BUILDING')")), qPrintable(err));
    }

    // The Hub may keep another flavour or sleep time than the one asked for: said in one line.
    void settingsSayWhatTheHubAppliedInstead()
    {
        QJsonObject kept = m_hub->runtimes[QStringLiteral("alice/free")];
        kept.insert(QStringLiteral("hardware"), QJsonObject{{QStringLiteral("current"), QStringLiteral("cpu-basic")},
                                                            {QStringLiteral("requested"), QStringLiteral("cpu-basic")}});
        m_hub->failNext(QStringLiteral("/alice/free/hardware"),
                        FakeHub::Canned{200, QJsonDocument(kept).toJson(QJsonDocument::Compact), {}, false});
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("settings"), QStringLiteral("alice/free"), QStringLiteral("--hardware"),
                       QStringLiteral("t4-medium"), QStringLiteral("--sleep-time"), QStringLiteral("3600")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Warning: Asked for t4-medium; the Hub runs cpu-basic (requested: cpu-basic). "
                                                 "Asked to sleep after 1h; the Hub sleeps after 48h.")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        // Applied as asked: nothing said.
        run = cli({QStringLiteral("spaces"), QStringLiteral("settings"), QStringLiteral("alice/chat"), QStringLiteral("--sleep-time"),
                   QStringLiteral("600"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("mismatch")).isNull());
        // `spaces info`: a settled Space on other hardware than requested.
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("hardware"),
                                                             QJsonObject{{QStringLiteral("current"), QStringLiteral("cpu-basic")},
                                                                         {QStringLiteral("requested"), QStringLiteral("t4-medium")}});
        run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("hardware_mismatch")).toString(),
                 QStringLiteral("Asked for t4-medium; the Hub runs cpu-basic (requested: t4-medium)."));
        QVERIFY(run.err.contains(QStringLiteral("Asked for t4-medium; the Hub runs cpu-basic")));
        run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/free")});
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("hardware_mismatch")).isNull());
    }

    void listIsATableOfTheUsersSpaces()
    {
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("ID ")));
        QVERIFY(lines[0].trimmed().endsWith(QStringLiteral("COST/H")));
        QVERIFY(lines[2].startsWith(QStringLiteral("alice/chat ")));
        QVERIFY(lines[2].contains(QStringLiteral("t4-medium")));
        QVERIFY2(lines[2].trimmed().endsWith(QStringLiteral("$0.90")), qPrintable(lines[2])); // 0.015 USD a minute
        QVERIFY(lines[3].contains(QStringLiteral("48h")));                                    // cpu-basic sleeps after 48 h
        QVERIFY(lines[3].trimmed().endsWith(QStringLiteral("$0.00")));
        // The total: both run, t4-medium and cpu-basic; the month at 730 h, said.
        QVERIFY2(lines[4].startsWith(QStringLiteral("Running now: 2 Space(s), $0.90/h, about $657.00/month at 730 h")),
                 qPrintable(lines[4]));
        QVERIFY(lines[4].contains(QStringLiteral("estimate")));
    }

    // A narrow terminal cuts the other columns before the id, the one cell needed whole to act
    // on a row (hf cuts the widest first: the id), and never a price.
    void narrowTerminalsKeepTheId()
    {
        const QString id = QStringLiteral("alice/a-space-with-a-rather-long-name");
        m_hub->addSpace(id, QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls")}, {QStringLiteral("COLUMNS=80")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(0, 5))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY2(run.out.contains(id + u' '), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("$0.90")), qPrintable(run.out));
        // Columns go whole before any cell is cut: what was requested and storage first.
        QVERIFY(!run.out.contains(QStringLiteral("REQUESTED")) && !run.out.contains(QStringLiteral("STORAGE")));
        QVERIFY(run.out.contains(QStringLiteral("STAGE")) && !run.out.contains(QStringLiteral("...")));
        QVERIFY(run.err.contains(QStringLiteral("--no-truncate")));
        // Wide enough, nothing goes.
        const Run wide = cli({QStringLiteral("spaces"), QStringLiteral("ls")}, {QStringLiteral("COLUMNS=200")});
        QVERIFY(wide.out.contains(QStringLiteral("REQUESTED")) && wide.out.contains(QStringLiteral("STORAGE")));
        QVERIFY(!wide.err.contains(QStringLiteral("--no-truncate")));
    }

    // The JSON gains cost_per_hour_usd: the catalogue's price of the current hardware, null
    // for a Space on none (paused).
    void listJsonHasTheCostPerHour()
    {
        m_hub->addSpace(QStringLiteral("alice/paused"), QStringLiteral("PAUSED"), QStringLiteral("a10g-large"));
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QHash<QString, QJsonValue> costs;
        for (const QJsonValue &row : rows)
            costs.insert(row[QStringLiteral("id")].toString(), row[QStringLiteral("cost_per_hour_usd")]);
        QCOMPARE(costs.value(QStringLiteral("alice/chat")).toDouble(), 0.9);
        QCOMPARE(costs.value(QStringLiteral("alice/free")).toDouble(), 0.0);
        QVERIFY(costs.value(QStringLiteral("alice/paused")).isNull());
        QVERIFY(costs.value(QStringLiteral("alice/free")).isDouble());
    }

    // Never a number the Hub did not give: without the catalogue, no cost and no total, and
    // the list is still printed.
    void listShowsNoCostWithoutTheCatalogue()
    {
        m_hub->failNext(QStringLiteral("/api/spaces/hardware"), FakeHub::Canned{500, "{\"error\": \"down\"}", {}, false}, 20);
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls")}); // 20 failures outlast its retries
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(u'$'));
        QVERIFY(!run.out.contains(QStringLiteral("Running now")));
        QVERIFY(run.out.contains(QStringLiteral("alice/chat")));
        QVERIFY2(run.err.contains(QStringLiteral("No costs")), qPrintable(run.err));
        run = cli({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array())
            QVERIFY(row[QStringLiteral("cost_per_hour_usd")].isNull());
    }

    void runtimeJsonUsesTheReferenceNames()
    {
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("restart"), QStringLiteral("alice/chat"),
                             QStringLiteral("--factory-reboot"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *key : {"stage", "hardware", "requested_hardware", "sleep_time", "storage", "raw"})
            QVERIFY2(object.contains(QLatin1StringView(key)), key);
        QCOMPARE(object.value(QStringLiteral("stage")).toString(), QStringLiteral("BUILDING"));
        QCOMPARE(object.value(QStringLiteral("raw")).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("BUILDING"));
        QCOMPARE(m_hub->lastRequest().query.queryItemValue(QStringLiteral("factory")), QStringLiteral("true"));
    }

    void settingsSendsOneHardwareRequestWithTheSleepTime()
    {
        const Run run =
            cli({QStringLiteral("spaces"), QStringLiteral("settings"), QStringLiteral("alice/chat"), QStringLiteral("--hardware"),
                 QStringLiteral("a10g-large"), QStringLiteral("--sleep-time"), QStringLiteral("600")});
        QCOMPARE(run.code, 0);
        int hardwareRequests = 0;
        for (const auto &request : m_hub->requests())
            if (request.path.endsWith(QStringLiteral("/hardware")))
                ++hardwareRequests;
        QCOMPARE(hardwareRequests, 1);
        QCOMPARE(m_hub->lastRequest().json(),
                 (QJsonObject{{QStringLiteral("flavor"), QStringLiteral("a10g-large")}, {QStringLiteral("sleepTimeSeconds"), 600}}));
    }

    void secretValuesNeverReachAnyOutput()
    {
        const QString value = QStringLiteral("sk-very-secret-value-42");
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                       QStringLiteral("-s"), QStringLiteral("API_KEY=") + value});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(value) && !run.err.contains(value));
        // A bare KEY takes its value from the environment.
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                   QStringLiteral("-s"), QStringLiteral("OTHER_KEY"), QStringLiteral("--format"), QStringLiteral("json")},
                  {QStringLiteral("OTHER_KEY=") + value});
        QCOMPARE(run.code, 0);
        QCOMPARE(m_hub->lastRequest().json().value(QStringLiteral("value")).toString(), value);
        QVERIFY(!run.out.contains(value) && !run.err.contains(value));
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("ls"), QStringLiteral("alice/chat"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);
        QVERIFY(!run.out.contains(value));
        // Without a value, without a terminal: a clear usage error, nothing sent.
        const qsizetype before = m_hub->requests().size();
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                   QStringLiteral("-s"), QStringLiteral("MISSING_KEY")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("No value for MISSING_KEY")));
        QCOMPARE(m_hub->requests().size(), before);
    }

    // The runtime's errorMessage says why a Space failed: shown in `spaces info` and its JSON.
    void runtimeErrorMessageIsShown()
    {
        const QString reason = QStringLiteral("Scheduling failure: not enough hardware capacity");
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("stage"), QStringLiteral("RUNTIME_ERROR"));
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("errorMessage"), reason + QStringLiteral("\x1b[2J"));
        // `spaces info` is JSON, as hf's: the reason is the runtime's error_message.
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 0);
        auto runtimeOf = [](const Run &r) {
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("runtime")).toObject();
        };
        QCOMPARE(runtimeOf(run).value(QStringLiteral("error_message")).toString(), reason + QStringLiteral("\x1b[2J"));
        QVERIFY(!run.out.contains(QChar(0x1b))); // escaped as \u001b
        run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/free")});
        QVERIFY(runtimeOf(run).value(QStringLiteral("error_message")).isNull());
        // The commands that print a runtime as text give it a line of its own, escaped.
        run = cli({QStringLiteral("spaces"), QStringLiteral("restart"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("  error: ") + reason + QStringLiteral("\\x1b[2J\n")), qPrintable(run.out));
    }

    void tokenNeverPrinted()
    {
        m_hub->failNext(QStringLiteral("*"), FakeHub::Canned{401, "{\"error\":\"bad token\"}", {}, false});
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/chat"), QStringLiteral("--token"),
                             QStringLiteral("hf_should_not_appear")});
        QCOMPARE(run.code, 1);
        QVERIFY(!run.out.contains(QStringLiteral("hf_should_not_appear")) && !run.err.contains(QStringLiteral("hf_should_not_appear")));
        QCOMPARE(m_hub->lastRequest().authorization, QByteArray("Bearer hf_should_not_appear")); // --token wins over HF_TOKEN
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(QStringLiteral("Error: The Hub refused your token (401)")));
    }

    void tokenLookupOrder()
    {
        QFile file(m_home->path() + QStringLiteral("/token"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  " + m_hub->token.toUtf8() + "\n");
        file.close();
        Run run = cli({QStringLiteral("auth"), QStringLiteral("whoami")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("user: alice")));
        QCOMPARE(m_hub->lastRequest().authorization, QByteArray("Bearer " + m_hub->token.toUtf8()));
        // hf's result in each mode: key=value pairs to an agent, the user alone with -q.
        const Run agent =
            cli({QStringLiteral("auth"), QStringLiteral("whoami"), QStringLiteral("--format"), QStringLiteral("agent")}, {}, false);
        QCOMPARE(agent.code, 0);
        QVERIFY2(agent.out.startsWith(QStringLiteral("user=alice orgs=acme ")), qPrintable(agent.out));
        QVERIFY2(agent.out.contains(QStringLiteral("endpoint=") + m_hub->endpoint()), qPrintable(agent.out));
        QCOMPARE(agent.out.count(u'\n'), 1);
        const Run quiet = cli({QStringLiteral("auth"), QStringLiteral("whoami"), QStringLiteral("-q")}, {}, false);
        QCOMPARE(quiet.out, QStringLiteral("alice\n"));
        // HF_TOKEN_PATH replaces $HF_HOME/token.
        run = cli({QStringLiteral("auth"), QStringLiteral("whoami")},
                  {QStringLiteral("HF_TOKEN_PATH=") + m_home->path() + QStringLiteral("/none")}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("Not signed in")));
        // HF_TOKEN beats the file.
        run = cli({QStringLiteral("auth"), QStringLiteral("whoami")}, {QStringLiteral("HF_TOKEN=hf_other")}, false);
        QCOMPARE(m_hub->lastRequest().authorization, QByteArray("Bearer hf_other"));
        QCOMPARE(run.code, 1);
    }

    void loginChecksThenStoresWithMode0600()
    {
        const QString path = m_home->path() + QStringLiteral("/token");
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), QStringLiteral("hf_wrong")}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(path)); // a refused token is not stored
        run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(m_hub->token));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), m_hub->token);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        run = cli({QStringLiteral("auth"), QStringLiteral("logout")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(!QFile::exists(path));
    }

    // `hf auth` and HubDeck share the token file and stored_tokens: accounts stored by one are
    // listed, switched and removed by the other.
    void severalAccountsAsHfAuth()
    {
        const QString tokenPath = m_home->path() + QStringLiteral("/token");
        const QString storedPath = m_home->path() + QStringLiteral("/stored_tokens");
        const QString other = QStringLiteral("hf_OtherAccountToken0123456789WXYZ");
        auto readFile = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<missing>");
        };
        // As hf would have left it: another account stored, none active.
        {
            QFile file(storedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[other]\nhf_token = " + other.toUtf8() + "\n\n");
        }
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("saved as laptop in")), qPrintable(run.out)); // the Hub's name for the token
        QCOMPARE(readFile(storedPath), QStringLiteral("[laptop]\nhf_token = %1\n\n[other]\nhf_token = %2\n\n").arg(m_hub->token, other));
        QCOMPARE(readFile(tokenPath), m_hub->token);

        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.code, 0);
        const QString masked = m_hub->token.left(3) + QStringLiteral("****") + m_hub->token.right(4);
        QCOMPARE(run.out, QStringLiteral("  name    | token          \n"
                                         "----------|---------------\n"
                                         "* laptop  | %1\n"
                                         "  other   | hf_****WXYZ    \n")
                              .arg(masked.leftJustified(15)));
        QVERIFY(!run.out.contains(other) && !run.out.contains(m_hub->token) && !run.err.contains(other));

        run = cli({QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--token-name"), QStringLiteral("other")}, {}, false);
        QCOMPARE(run.code, 0);
        QCOMPARE(readFile(tokenPath), other);
        run = cli({QStringLiteral("auth"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")}, {}, false);
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("tokens")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("other"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("active")).toBool(), false);
        QVERIFY(!run.out.contains(other));

        // Wrong or missing names change nothing.
        run = cli({QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--token-name"), QStringLiteral("nope")}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("Access token nope not found")));
        run = cli({QStringLiteral("auth"), QStringLiteral("switch")}, {}, false); // no terminal to choose on
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("nope")}, {}, false);
        QCOMPARE(run.code, 1);
        QCOMPARE(readFile(tokenPath), other);

        // Removing the active token's name removes the active token too (_logout_from_token).
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("other")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(QStringLiteral("Active token 'other' has been deleted.")));
        QVERIFY(!QFile::exists(tokenPath));
        QCOMPARE(readFile(storedPath), QStringLiteral("[laptop]\nhf_token = %1\n\n").arg(m_hub->token));

        // An environment token outlives logout, and logout says so with a failure, as hf does.
        run = cli({QStringLiteral("auth"), QStringLiteral("logout")}, {QStringLiteral("HUGGING_FACE_HUB_TOKEN=") + m_hub->token}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("still logged in")));
        QVERIFY(!QFile::exists(storedPath));
        run = cli({QStringLiteral("auth"), QStringLiteral("logout")}, {}, false);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("Not logged in!\n"));
        // A name that is not stored fails alike whether or not anything is stored.
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("ghost")}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No stored token is named ghost")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing stored and the token in HUGGING_FACE_HUB_TOKEN: the warning names that one and
        // points at no list.
        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {QStringLiteral("HUGGING_FACE_HUB_TOKEN=") + m_hub->token}, false);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Environment variable HUGGING_FACE_HUB_TOKEN is set and is the current active token "
                                                 "independently from the stored tokens.")),
                 qPrintable(run.err));
    }

    // One token stored under two names: logging out one name keeps the token active under the
    // other (huggingface_hub would delete the token file), and list marks the name switched to.
    void oneTokenUnderTwoNames()
    {
        const QString tokenPath = m_home->path() + QStringLiteral("/token");
        const QString storedPath = m_home->path() + QStringLiteral("/stored_tokens");
        {
            QFile file(storedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[a]\nhf_token = " + m_hub->token.toUtf8() + "\n\n");
        }
        // Stored again under another name: said, not silent.
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token,
                       QStringLiteral("--token-name"), QStringLiteral("b")},
                      {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QStringLiteral("This token is also stored as 'a'")), qPrintable(run.err));

        run = cli({QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--token-name"), QStringLiteral("a")}, {}, false);
        QCOMPARE(run.code, 0);
        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("* a ")) && run.out.contains(QStringLiteral("  b ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("'a', 'b' hold the same token.")), qPrintable(run.out));
        run = cli({QStringLiteral("auth"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, {}, false);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("tokens")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("holds_active_token")).toBool(), true);

        // Without HubDeck's record (hf switched), every name holding the token is marked.
        QVERIFY(QFile::remove(hubdeck::HfHome::activeTokenNamePathBeside(tokenPath)));
        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QVERIFY2(run.out.contains(QStringLiteral("* a ")) && run.out.contains(QStringLiteral("* b ")), qPrintable(run.out));
        run = cli({QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--token-name"), QStringLiteral("a")}, {}, false);
        QCOMPARE(run.code, 0);

        // Logging out the other name keeps the token file: 'a' still holds it.
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("b")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("The active token is still stored as 'a'.")), qPrintable(run.out));
        QVERIFY2(!run.err.contains(QStringLiteral("has been deleted")), qPrintable(run.err));
        QVERIFY(QFile::exists(tokenPath));
        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QVERIFY2(run.out.contains(QStringLiteral("* a ")) && !run.out.contains(QStringLiteral("same token")), qPrintable(run.out));

        // Its last name goes: then the token file goes too.
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("a")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(QStringLiteral("Active token 'a' has been deleted.")));
        QVERIFY(!QFile::exists(tokenPath));
        QVERIFY(!QFile::exists(hubdeck::HfHome::activeTokenNamePathBeside(tokenPath)));
    }

    // huggingface_hub would read a broken stored_tokens as empty and write over it at the next
    // login, losing every account; HubDeck refuses and leaves it as it is.
    void aBrokenStoredTokensFileIsNeverWrittenOver()
    {
        const QString storedPath = m_home->path() + QStringLiteral("/stored_tokens");
        const QByteArray broken("[a]\nhf_token = hf_a\n[a]\nhf_token = hf_b\n");
        {
            QFile file(storedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 3 repeats the section [a]")), qPrintable(run.err));
        QVERIFY(m_hub->requests().isEmpty());
        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.code, 1);
        QFile file(storedPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        QVERIFY(!QFile::exists(m_home->path() + QStringLiteral("/token")));
    }

    void exitCodes()
    {
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("info")}).code, 2);                               // missing argument
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("not-an-id")}).code, 2);  // bad id
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("bogus")}).code, 2);                              // unknown command
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/none")}).code, 1); // 404
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("--timeout"), QStringLiteral("zero")}).code, 2);
        const Run refused =
            cli({QStringLiteral("spaces"), QStringLiteral("storage"), QStringLiteral("alice/chat"), QStringLiteral("--delete")});
        QCOMPARE(refused.code, 1); // no terminal, no --yes
        QVERIFY(!m_hub->lastRequest().path.endsWith(QStringLiteral("/storage")));
    }

    void logsTail()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n", "data: {\"data\": \"two\\n\"}\n\n",
                                                              "data: {\"data\": \"three\\n\"}\n\n"};
        const Run run = cli(
            {QStringLiteral("spaces"), QStringLiteral("logs"), QStringLiteral("alice/chat"), QStringLiteral("-n"), QStringLiteral("2")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("two\nthree\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliSpaces)
#include "tst_clispaces.moc"
