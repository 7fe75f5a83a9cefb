#include "services/identity.h"

#include "services/settingskeys.h"
#include "storage/library.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace DigestStudio {

QString Identity::personName(const QSettings &settings)
{
    const QString saved = SettingsKeys::TeamPersonName.value(settings).trimmed();
    return saved.isEmpty() ? systemPersonName() : saved;
}

QString Identity::systemPersonName()
{
    const passwd *entry = getpwuid(getuid());
    if (entry) {
        // GECOS: "Full Name,room,work phone,home phone,other".
        const QString full = QString::fromLocal8Bit(entry->pw_gecos ? entry->pw_gecos : "")
                                 .section(QLatin1Char(','), 0, 0)
                                 .trimmed();
        if (!full.isEmpty())
            return full;
        if (entry->pw_name && *entry->pw_name)
            return QString::fromLocal8Bit(entry->pw_name);
    }
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? QStringLiteral("unknown") : login;
}

void Identity::apply(Library *library, const QSettings &settings)
{
    if (library)
        library->setPerson(personName(settings));
}

} // namespace DigestStudio
