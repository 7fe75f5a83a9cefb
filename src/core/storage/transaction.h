// A write transaction for the length of a scope: begun by the constructor (SQLite: BEGIN IMMEDIATE, so
// writers queue rather than deadlock), rolled back by the destructor unless commit() succeeded.
#pragma once

#include "model/libraryerror.h"

namespace DigestStudio {

class LibraryConnection;

class Transaction final
{
public:
    // Check isActive() afterwards: false when beginning failed (then `error` says why).
    explicit Transaction(LibraryConnection &connection, LibraryError *error = nullptr);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Makes the writes stick; on failure they are rolled back and `error` says why.
    bool commit(LibraryError *error = nullptr);
    // Ends the transaction now, keeping nothing (what the destructor does for one still active).
    void rollback();

private:
    LibraryConnection &m_connection;
    bool m_active = false;
};

} // namespace DigestStudio
