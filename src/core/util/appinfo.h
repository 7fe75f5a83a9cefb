// The application's identity, shared by digest-studio and digestctl so both find the same library and
// settings.
#pragma once

#include <QString>

namespace DigestStudio {

class AppInfo final
{
public:
    // Sets the QCoreApplication names; call before anything touches QSettings or QStandardPaths.
    static void applyIdentity();
    static QString version();
    // `Digest Studio/0.1.0 (+https://...)`: what the arXiv client sends as User-Agent.
    static QString userAgent();
    // The library file used when no --db and no $DIGEST_DB say otherwise (AppDataLocation/library.sqlite).
    static QString defaultLibraryLocation();
};

} // namespace DigestStudio
