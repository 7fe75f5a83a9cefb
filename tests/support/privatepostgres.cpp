#include "privatepostgres.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <unistd.h>

namespace DigestStudio::Test {

PrivatePostgres::PrivatePostgres()
    : m_binDir(binDir())
{}

PrivatePostgres::~PrivatePostgres()
{
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
}

QString PrivatePostgres::binDir()
{
    const QString configured =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DIGEST_TEST_PG_BINDIR"));
    if (!configured.isEmpty())
        return configured;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        const QString bin = versions.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return QString();
}

// PostgreSQL refuses to run as root: then the cluster belongs to the postgres system user.
bool PrivatePostgres::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QString executable = m_binDir + QLatin1Char('/') + program;
    QStringList args = arguments;
    if (geteuid() == 0) {
        args =
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), executable} +
            arguments;
        executable = QStringLiteral("runuser");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll()) +
                     process.errorString();
        return false;
    }
    return true;
}

QStringList PrivatePostgres::serverOptions() const
{
    return {QStringLiteral("-o"), QStringLiteral("-p ") + QString::number(m_port) + QStringLiteral(" -k ") +
                                      m_dir.path() +
                                      QStringLiteral(" -c listen_addresses=127.0.0.1 -c fsync=off")};
}

bool PrivatePostgres::start(QString *error)
{
    if (m_binDir.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("PostgreSQL server binaries not found (package postgresql)");
        return false;
    }
    if (geteuid() == 0 &&
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()}) != 0) {
        *error = QStringLiteral("cannot give the cluster folder to the postgres user");
        return false;
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("digest"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8")},
             error) ||
        !run(QStringLiteral("pg_ctl"),
             QStringList{QStringLiteral("-D"), data, QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w")} +
                 serverOptions() + QStringList{QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), QStringLiteral("digest"),
                QStringLiteral("digest_test")},
               error);
}

bool PrivatePostgres::restart(QString *error)
{
    return run(QStringLiteral("pg_ctl"),
               QStringList{QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                           m_dir.filePath(QStringLiteral("log")), QStringLiteral("-m"),
                           QStringLiteral("fast"), QStringLiteral("-w")} +
                   serverOptions() + QStringList{QStringLiteral("restart")},
               error);
}

QString PrivatePostgres::url() const
{
    return QStringLiteral("postgresql://digest@127.0.0.1:") + QString::number(m_port) +
           QStringLiteral("/digest_test");
}

} // namespace DigestStudio::Test
