#include "storage/sqldialect.h"

#include "storage/postgresqldialect.h"
#include "storage/sqlitedialect.h"

namespace DigestStudio {

std::unique_ptr<SqlDialect> SqlDialect::create(LibraryLocation::Backend backend)
{
    if (backend == LibraryLocation::Backend::PostgreSQL)
        return std::make_unique<PostgreSqlDialect>();
    return std::make_unique<SqliteDialect>();
}

bool SqlDialect::connectionLost(const QSqlError &) const
{
    return false;
}

QString SqlDialect::hint(const QSqlError &) const
{
    return QString();
}

} // namespace DigestStudio
