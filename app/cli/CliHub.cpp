// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliHub.h"

#include "HubCredentials.h"
#include "PrintableText.h"

#include <QRegularExpression>

namespace hubdeck::cli {

CliHub::CliHub()
    : m_tokenOption(QStringLiteral("token"), QStringLiteral("Hugging Face token (default: HF_TOKEN, then the saved token)."),
                    QStringLiteral("TOKEN"))
    , m_timeoutOption(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for the Hub (default 30)."), QStringLiteral("SECONDS"),
                      QStringLiteral("30"))
{}

void CliHub::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_tokenOption, m_timeoutOption});
}

bool CliHub::configure(const QCommandLineParser &parser, QString *error)
{
    bool ok = false;
    const double seconds = parser.value(m_timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86400) {
        *error = QStringLiteral("--timeout takes a number of seconds above 0 and up to 86400, got '%1'.")
                     .arg(PrintableText::line(parser.value(m_timeoutOption)));
        return false;
    }
    // The global --format (OutputFormat) took every value but csv, which only cache ls prints.
    if (CliOutput::mode() == OutputFormat::Mode::Csv) {
        *error = OutputFormat::invalidValue(QStringLiteral("csv"), false);
        return false;
    }
    m_token = HubCredentials::token(parser.value(m_tokenOption));
    HubClient::Options options;
    options.endpoint = HubCredentials::endpoint();
    options.token = m_token;
    options.timeoutMs = std::max(1, int(seconds * 1000));
    m_budgetMs = 2LL * options.timeoutMs;
    m_client = std::make_unique<HubClient>(options);
    return true;
}

bool CliHub::isSpaceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

} // namespace hubdeck::cli
