#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace hubdeck {

// Where huggingface_hub keeps its files, looked up exactly as it does.
class CacheLocation
{
public:
    [[nodiscard]] static QString hfHome(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    [[nodiscard]] static QString defaultHubCache(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // An explicit --dir wins; otherwise the default lookup.
    [[nodiscard]] static QString hubCache(const QString &explicitDir,
                                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // "~" and $VAR / ${VAR} expansion, as Python's expanduser(expandvars()).
    [[nodiscard]] static QString expand(const QString &path, const QProcessEnvironment &env);
};

} // namespace hubdeck
