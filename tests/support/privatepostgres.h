// A PostgreSQL server of a test's own (initdb in a temporary folder, a free port), so that the test may stop
// and restart it without disturbing the shared server the other tests use.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DigestStudio::Test {

class PrivatePostgres final
{
public:
    PrivatePostgres();
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    // The server binaries ($DIGEST_TEST_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin); empty when
    // PostgreSQL is not installed.
    static QString binDir();
    // Creates the cluster and its database and starts the server; false and `error` on failure.
    bool start(QString *error);
    // `pg_ctl restart -m fast`: every connection is terminated as in a real restart, same port afterwards.
    bool restart(QString *error);
    // postgresql://digest@127.0.0.1:PORT/digest_test
    QString url() const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    QStringList serverOptions() const;

    QTemporaryDir m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace DigestStudio::Test
