#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace DigestStudio {

void AppInfo::applyIdentity()
{
    // No organization name: QSettings takes the domain instead, so settings live in
    // ~/.config/digest-studio.github.io/digest-studio.conf, and data in ~/.local/share/digest-studio.
    QCoreApplication::setApplicationName(QStringLiteral("digest-studio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("digest-studio.github.io"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(DIGEST_VERSION);
}

QString AppInfo::userAgent()
{
    return QStringLiteral("DigestStudio/") + version() +
           QStringLiteral(" (+https://github.com/digest-studio/digest-studio)");
}

QString AppInfo::defaultLibraryLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.sqlite"));
}

} // namespace DigestStudio
