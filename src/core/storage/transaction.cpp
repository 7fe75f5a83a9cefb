#include "storage/transaction.h"

#include "storage/libraryconnection.h"
#include "storage/sqldialect.h"

namespace DigestStudio {

Transaction::Transaction(LibraryConnection &connection, LibraryError *error)
    : m_connection(connection)
{
    // A server that restarted while the library sat idle shows at BEGIN: reopen and begin once more, since
    // nothing of this transaction has happened yet.
    if (!connection.ensureConnected(error))
        return;
    LibraryError first;
    m_active = connection.dialect().begin(connection, &first);
    if (!m_active && connection.isLost())
        m_active = connection.ensureConnected(error) && connection.dialect().begin(connection, error);
    else if (!m_active && error)
        *error = first;
    connection.setInTransaction(m_active);
}

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
        m_connection.setInTransaction(false);
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
    m_connection.setInTransaction(false);
    m_connection.dialect().rollback(m_connection);
}

} // namespace DigestStudio
