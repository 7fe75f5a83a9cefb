#include "storage/transaction.h"

#include "storage/libraryconnection.h"
#include "storage/sqldialect.h"

namespace DigestStudio {

Transaction::Transaction(LibraryConnection &connection, LibraryError *error)
    : m_connection(connection)
    , m_active(connection.dialect().begin(connection, error))
{}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(LibraryError *error)
{
    if (!m_active)
        return m_connection.fail(error, LibraryError::Kind::Database,
                                 QStringLiteral("Library ") + m_connection.displayName() +
                                     QStringLiteral(": committing failed: no transaction is open"));
    if (m_connection.dialect().commit(m_connection, error)) {
        m_active = false;
        return true;
    }
    rollback();
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_connection.dialect().rollback(m_connection);
}

} // namespace DigestStudio
