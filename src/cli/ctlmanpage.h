// digestctl.1, the manual page, made from the command table (`digestctl --man`, run by the build): a section
// per command with its synopsis, help, arguments and options, the global options and the environment from
// the launch settings, and the exit statuses.
#pragma once

#include <QString>

namespace DigestStudio {

class CtlManPage final
{
public:
    // The page in man(7) markup; plain ASCII, the same on every machine (no home folder in it).
    static QString text();
    // `text` escaped for troff: backslashes, option dashes, a leading dot or quote, characters past ASCII.
    static QString escape(const QString &text);
};

} // namespace DigestStudio
