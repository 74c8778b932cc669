// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesContext.h"

#include "DotEnvFile.h"
#include "ExitCode.h"
#include "PrintableText.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

namespace hubdeck::cli {

int SpacesContext::usageError(const QString &message, const QString &usage)
{
    m_out.error(message);
    m_out.hint(QStringLiteral("Usage: hubdeck-cli spaces %1").arg(usage));
    return ExitCode::UsageError;
}

int SpacesContext::invalidValue(const QString &message, const QString &usage)
{
    (void)usageError(message, usage);
    return ExitCode::Failure;
}

int SpacesContext::fail(const HubError &error)
{
    m_out.error(error.message());
    return ExitCode::Failure;
}

int SpacesContext::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int positionalMin,
                         int positionalMax)
{
    m_hub.addOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(help)) {
        m_out.text(QStringLiteral("Usage: hubdeck-cli spaces %1").arg(usage));
        return ExitCode::Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < positionalMin)
        return usageError(QStringLiteral("Missing argument."), usage);
    if (positionalMax >= 0 && count > positionalMax)
        return usageError(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().value(positionalMax)), usage);
    QString error;
    if (!m_hub.configure(parser, &error))
        return usageError(error, usage);
    return -1;
}

bool SpacesContext::confirm(bool yes, const QString &question)
{
    if (yes)
        return true;
    if (m_out.refusesToAsk(question))
        return false;
    if (!CliOutput::stdinIsTerminal()) {
        m_out.error(QStringLiteral("Not doing this without confirmation: no terminal to ask on. Re-run with --yes."));
        return false;
    }
    if (!m_out.confirm(question)) {
        m_out.error(QStringLiteral("Aborted."));
        return false;
    }
    return true;
}

bool SpacesContext::readSettingsFile(const QString &path, QList<SpaceSetting> &out, QString *error)
{
    QHash<QString, QString> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : system.keys())
        environment.insert(name, system.value(name));
    if (const QString token = m_hub.client().options().token; !token.isEmpty())
        environment.insert(QStringLiteral("HF_TOKEN"), token);
    return DotEnvFile::read(path, environment, out, error);
}

void SpacesContext::mergeOverFile(QList<SpaceSetting> &into, const QList<SpaceSetting> &given, const QString &file, const QString &flag)
{
    const QList<SpaceSetting> fromFile = into;
    for (const SpaceSetting &setting : given)
        DotEnvFile::merge(into, setting);
    // The flag given last wins, as in hf; only a file value that did not survive is worth a word.
    QStringList replaced;
    for (qsizetype i = 0; i < fromFile.size(); ++i)
        if (into[i].value != fromFile[i].value) // merge() keeps each key in its place
            replaced.append(into[i].key);
    if (replaced.isEmpty())
        return;
    const QString name = PrintableText::name(file);
    m_out.warning(replaced.size() == 1
                      ? QStringLiteral("%1 %2 replaces the value from '%3'.").arg(flag, replaced.first(), name)
                      : QStringLiteral("%1 %2 replace the values from '%3'.").arg(flag, replaced.join(QStringLiteral(", ")), name));
}

bool SpacesContext::readPairs(const QStringList &specs, bool secret, QList<SpaceSetting> &out, QString *error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        SpaceSetting setting;
        setting.key = equals < 0 ? spec : spec.left(equals);
        if (!keyPattern.match(setting.key).hasMatch()) {
            *error = QStringLiteral("'%1' is not a valid key (letters, digits and _, not starting with a digit).").arg(setting.key);
            return false;
        }
        if (equals >= 0) {
            setting.value = spec.mid(equals + 1);
        } else if (env.contains(setting.key)) {
            setting.value = env.value(setting.key);
        } else if (secret && CliOutput::stdinIsTerminal()) {
            setting.value = CliOutput::readHidden(QStringLiteral("Value for %1: ").arg(setting.key));
        } else {
            *error = secret ? QStringLiteral("No value for %1: write %1=VALUE, set the environment variable %1, "
                                             "or run in a terminal to be asked.")
                                  .arg(setting.key)
                            : QStringLiteral("No value for %1: write %1=VALUE or set the environment variable %1.").arg(setting.key);
            return false;
        }
        out.append(setting);
    }
    return true;
}

} // namespace hubdeck::cli
