#pragma once

#include "CliHub.h"
#include "CliOutput.h"

#include <QStringList>

namespace hubdeck::cli {

// `hubdeck-cli spaces ...`, mirroring `hf spaces`: list, inspect and run Spaces, their
// hardware, storage, volumes, secrets, variables and logs.
class SpacesCommand
{
public:
    [[nodiscard]] int run(const QStringList &arguments);

private:
    using Handler = int (SpacesCommand::*)(const QStringList &);
    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int info(const QStringList &arguments);
    [[nodiscard]] int pause(const QStringList &arguments);
    [[nodiscard]] int restart(const QStringList &arguments);
    [[nodiscard]] int hardware(const QStringList &arguments);
    [[nodiscard]] int settings(const QStringList &arguments);
    [[nodiscard]] int storage(const QStringList &arguments);
    [[nodiscard]] int volumes(const QStringList &arguments);
    [[nodiscard]] int secrets(const QStringList &arguments);
    [[nodiscard]] int variables(const QStringList &arguments);
    [[nodiscard]] int settingsCommand(const QStringList &arguments, bool secret);
    [[nodiscard]] int logs(const QStringList &arguments);
    [[nodiscard]] int duplicate(const QStringList &arguments);
    [[nodiscard]] int create(const QStringList &arguments);

    // Parses with the shared options added; returns -1 when parsing succeeded, else an exit code.
    [[nodiscard]] int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int positionalMin,
                            int positionalMax);
    [[nodiscard]] int fail(const HubError &error);
    [[nodiscard]] int usageError(const QString &message, const QString &usage);
    [[nodiscard]] int printRuntime(const HubResult<SpaceRuntime> &result, const QString &done, const QString &spaceId,
                                   const QStringList &extra = {});
    [[nodiscard]] bool confirm(bool yes, const QString &question);
    // KEY=VALUE, or KEY alone: the value comes from the environment or is asked for without echo.
    [[nodiscard]] bool readPairs(const QStringList &specs, bool secret, QList<SpaceSetting> &out, QString *error);
    [[nodiscard]] int printSettings(const QList<SpaceSetting> &settings, bool withValues);

    CliOutput m_out;
    CliHub m_hub;
};

} // namespace hubdeck::cli
