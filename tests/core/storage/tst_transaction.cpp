// Transaction on a LibraryConnection, SQLite and PostgreSQL: what a scope leaves behind when a statement
// fails, when it commits and when it rolls back; SQLite's writer lock taken up front.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/libraryconnection.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;

#define OPEN_CONNECTION(connection, location)                                                                \
    LibraryError openError_##connection;                                                                     \
    auto connection = LibraryConnection::open(LibraryLocation::parse(location), &openError_##connection);    \
    QVERIFY2(connection, qPrintable(openError_##connection.message));                                        \
    QVERIFY(                                                                                                 \
        connection->exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")))

class TestTransaction final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

    static bool addNote(LibraryConnection &connection, int id, const QString &body, LibraryError *error)
    {
        QSqlQuery &insert = connection.prepared(QStringLiteral("INSERT INTO notes (id, body) VALUES (?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(body);
        return connection.run(insert, error, QStringLiteral("adding a note"));
    }

    static int notes(LibraryConnection &connection)
    {
        QSqlQuery &count = connection.prepared(QStringLiteral("SELECT COUNT(*) FROM notes"));
        const int n = count.exec() && count.next() ? count.value(0).toInt() : -1;
        count.finish();
        return n;
    }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void failedStatementLeavesNothingBehind_data() { backends(); }
    void failedStatementLeavesNothingBehind()
    {
        FRESH_LOCATION(location);
        OPEN_CONNECTION(connection, location);
        LibraryError error;
        {
            Transaction transaction(*connection, &error);
            QVERIFY2(transaction.isActive(), qPrintable(error.message));
            QVERIFY2(addNote(*connection, 1, QStringLiteral("first"), &error), qPrintable(error.message));
            QCOMPARE(notes(*connection), 1); // visible inside
            QVERIFY(!addNote(*connection, 1, QStringLiteral("the same id again"), &error));
            QVERIFY2(error.message.startsWith(QStringLiteral("Library ") + connection->displayName() +
                                              QStringLiteral(": adding a note failed: ")),
                     qPrintable(error.message));
            QCOMPARE(error.location, connection->displayName());
            QCOMPARE(error.kind, LibraryError::Kind::Database);
        } // left without commit()
        QCOMPARE(notes(*connection), 0);

        // Nothing is left open either: the next transaction begins and its writes stick.
        Transaction next(*connection, &error);
        QVERIFY2(next.isActive(), qPrintable(error.message));
        QVERIFY(addNote(*connection, 2, QStringLiteral("second"), &error));
        QVERIFY2(next.commit(&error), qPrintable(error.message));
        QVERIFY(!next.isActive());
        QCOMPARE(notes(*connection), 1);
    }

    void commitKeepsAndRollbackDiscards_data() { backends(); }
    void commitKeepsAndRollbackDiscards()
    {
        FRESH_LOCATION(location);
        OPEN_CONNECTION(connection, location);
        LibraryError error;
        {
            Transaction transaction(*connection, &error);
            QVERIFY(addNote(*connection, 1, QStringLiteral("kept"), &error));
            QVERIFY2(transaction.commit(&error), qPrintable(error.message));
        } // the destructor does not undo a commit
        QCOMPARE(notes(*connection), 1);
        {
            Transaction transaction(*connection, &error);
            QVERIFY(addNote(*connection, 2, QStringLiteral("discarded"), &error));
            transaction.rollback();
            QVERIFY(!transaction.isActive());
            QCOMPARE(notes(*connection), 1);
            QVERIFY(!transaction.commit(&error)); // nothing left to commit
            QVERIFY2(error.message.contains(QStringLiteral("committing failed")), qPrintable(error.message));
        }
        QCOMPARE(notes(*connection), 1);
    }

    // BEGIN IMMEDIATE: a second writer finds the file locked as soon as the transaction begins, before any
    // write, so two writers queue rather than deadlock half-way.
    void sqliteTakesTheWriteLockUpFront()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        OPEN_CONNECTION(connection, location);
        QSqlDatabase other = m_scratch.openRaw(location);
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
            LibraryError error;
            {
                Transaction transaction(*connection, &error);
                QVERIFY2(transaction.isActive(), qPrintable(error.message));
                QVERIFY(!q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            }
            QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        m_scratch.closeRaw(other);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
