// Why a library could not be opened or an operation failed: a kind the GUI can branch on and a sentence for
// the user that names the location and the cause. The one way storage reports errors: every method that can
// fail takes a `LibraryError *error` (may be null) and fills it when it fails, leaving it alone otherwise.
#pragma once

#include <QString>

namespace DigestStudio {

struct LibraryError
{
    enum class Kind {
        None,
        BadLocation,     // not a path or postgresql:// URL the program understands
        NotADatabase,    // the file is not a SQLite database (or not a Digest Studio library)
        Corrupt,         // SQLite reports a malformed database
        ReadOnly,        // the file or its folder cannot be written
        NewerSchema,     // made by a newer Digest Studio
        Unreachable,     // the PostgreSQL server did not answer
        Refused,         // the PostgreSQL server refused (authentication, unknown database, permissions)
        MissingDriver,   // the Qt Sql driver is not installed
        Migration,       // upgrading an older library failed (it was left as it was)
        NotFound,        // a digest, entry, term or image that does not exist
        InvalidArgument, // a position out of range, an unknown field, ...
        NotPermitted,    // the team's rules or the person's role refuse it (the message says which)
        Database,        // any other database error
    };

    Kind kind = Kind::None;
    QString location; // displayable (no password)
    QString message;  // one or two sentences for a dialog or stderr
    QString detail;   // the driver's own text, for "Details..."

    bool isError() const { return kind != Kind::None; }
};

} // namespace DigestStudio
