// A fake Hub on 127.0.0.1 for manual runs and screenshots:
//   hubdeck-fake-hub            prints its endpoint and token, serves until killed
// Point HubDeck at it with HF_ENDPOINT=<endpoint> HF_TOKEN=<token>.
#include "FakeHub.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    hubdeck::test::FakeHub hub;
    if (!hub.listen())
        return 1;
    hub.addSpace(QStringLiteral("alice/chat-demo"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
    hub.addSpace(QStringLiteral("alice/image-gen"), QStringLiteral("BUILDING"), QStringLiteral("a10g-large"), QStringLiteral("docker"));
    hub.addSpace(QStringLiteral("alice/old-prototype"), QStringLiteral("PAUSED"), QStringLiteral("cpu-upgrade"),
                 QStringLiteral("streamlit"));
    hub.addSpace(QStringLiteral("alice/broken-app"), QStringLiteral("RUNTIME_ERROR"), QStringLiteral("cpu-basic"));
    hub.addSpace(QStringLiteral("alice/docs-site"), QStringLiteral("SLEEPING"), QStringLiteral("cpu-basic"), QStringLiteral("static"));
    hub.addSpace(QStringLiteral("acme/internal-tool"), QStringLiteral("RUNNING"), QStringLiteral("cpu-upgrade"));
    hub.secrets[QStringLiteral("alice/chat-demo")][QStringLiteral("OPENAI_API_KEY")] =
        QJsonObject{{QStringLiteral("description"), QStringLiteral("LLM provider")},
                    {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
    hub.variables[QStringLiteral("alice/chat-demo")][QStringLiteral("MODEL_ID")] =
        QJsonObject{{QStringLiteral("value"), QStringLiteral("meta-llama/Llama-3.1-8B")},
                    {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
    hub.logChunks[QStringLiteral("alice/chat-demo/run")] = {
        "data: {\"data\": \"===== Application Startup =====\\n\", \"timestamp\": \"2026-11-24T10:00:00Z\"}\n\n",
        "data: {\"data\": \"Running on local URL:  http://0.0.0.0:7860\\n\", \"timestamp\": \"2026-11-24T10:00:01Z\"}\n\n", "data: \n\n"};
    hub.pageSize = 50;
    std::printf("HF_ENDPOINT=%s HF_TOKEN=%s\n", qPrintable(hub.endpoint()), qPrintable(hub.token));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
