// The library's schema as one numbered list of migrations, shared by SQLite and PostgreSQL.
#pragma once

#include "storage/librarylocation.h"

#include <QStringList>

namespace DigestStudio {

class LibraryMigrations final
{
public:
    // The schema version this program writes; a library with a higher one is refused.
    static int latestVersion();

    // The statements that take a library from `version - 1` to `version` (1-based). `trgmSchema` is the
    // PostgreSQL schema holding pg_trgm (its operator class qualifies the search indexes).
    static QStringList statements(int version, LibraryLocation::Backend backend,
                                  const QString &trgmSchema = QStringLiteral("public"));

    // The text columns of an entry that full-text search covers, in the order search reports them.
    static QStringList entrySearchColumns();
    static QStringList paperSearchColumns();
    // The entry columns where Chinese text lives (the short-query fallback scans only these).
    static QStringList chineseSearchColumns();
};

} // namespace DigestStudio
