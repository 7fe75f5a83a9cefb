// Who is working: the person every revision of a SQLite library is written by (the name in the settings, else
// the system user's full name, else the login name); PostgreSQL names the database role itself.
#pragma once

#include <QString>

class QSettings;

namespace DigestStudio {

class Library;

class Identity final
{
public:
    // The saved Team/personName, else systemPersonName().
    static QString personName(const QSettings &settings);
    // The full name of the passwd entry's GECOS field (up to its first comma), else the login name.
    static QString systemPersonName();
    // Tells the library who writes (SQLite; PostgreSQL keeps the role it connected as).
    static void apply(Library *library, const QSettings &settings);
};

} // namespace DigestStudio
