#include "services/secretstore.h"

#include "util/compat.h"

#include DIGEST_QTKEYCHAIN_HEADER

#include <QEventLoop>
#include <QHash>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace DigestStudio {

namespace {

enum class Probe { Unknown, Available, Unavailable };

// One keychain per process, so what the probe found and what the session remembers are process-wide.
struct SessionState
{
    Probe probe = Probe::Unknown;
    QHash<QString, QString> memory; // the session fallback: forgotten when the process ends
};

SessionState &state()
{
    static SessionState session;
    return session;
}

// A name we never write: reading it tells whether a keychain answers at all.
QString probeName()
{
    return QStringLiteral("digest-studio-probe");
}

} // namespace

QString SecretStore::serviceName()
{
    return QStringLiteral("digest-studio");
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    if (state().probe != Probe::Unknown)
        return;
    QString secret;
    bool reachable = false;
    runJob(Operation::Read, probeName(), &secret, &reachable, nullptr);
    state().probe = reachable ? Probe::Available : Probe::Unavailable;
    if (!reachable)
        qInfo("No system keychain answered; keys are kept for this session only.");
}

bool SecretStore::keychainAvailable() const
{
    return state().probe == Probe::Available;
}

void SecretStore::resetForTests()
{
    state() = SessionState();
}

bool SecretStore::runJob(Operation operation, const QString &name, QString *secret, bool *reachable,
                         QString *error)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(*secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // The job deletes itself when it finishes, also when that is after our timeout.
    job->setAutoDelete(true);
    job->setKey(name);
    QEventLoop loop;
    bool finished = false;
    QKeychain::Error code = QKeychain::NoError;
    QString message;
    connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        code = done->error();
        message = done->errorString();
        if (operation == Operation::Read && code == QKeychain::NoError)
            *secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        loop.quit();
    });
    // Precise: a coarse timer may end the wait up to 5 % before the limit.
    QTimer::singleShot(TimeoutMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        disconnect(job, nullptr, &loop, nullptr);
        *reachable = false;
        if (error)
            *error = tr("The keychain did not answer within %1 seconds.").arg(TimeoutMs / 1000);
        return false;
    }
    *reachable = code == QKeychain::NoError || code == QKeychain::EntryNotFound ||
                 code == QKeychain::AccessDeniedByUser || code == QKeychain::CouldNotDeleteEntry;
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
        if (code == QKeychain::EntryNotFound)
            secret->clear();
        return true;
    }
    if (error)
        *error = tr("The keychain refused the entry %1: %2").arg(name, message);
    return false;
}

QString SecretStore::read(const QString &name, QString *error)
{
    if (!keychainAvailable())
        return state().memory.value(name);
    QString secret;
    bool reachable = false;
    if (!runJob(Operation::Read, name, &secret, &reachable, error))
        return state().memory.value(name);
    return secret;
}

bool SecretStore::write(const QString &name, const QString &secret, QString *error)
{
    if (!keychainAvailable()) {
        state().memory.insert(name, secret);
        return true;
    }
    QString copy = secret;
    bool reachable = false;
    return runJob(Operation::Write, name, &copy, &reachable, error);
}

bool SecretStore::remove(const QString &name, QString *error)
{
    state().memory.remove(name);
    if (!keychainAvailable())
        return true;
    QString none;
    bool reachable = false;
    return runJob(Operation::Remove, name, &none, &reachable, error);
}

QString SecretStore::resolve(const QString &name, const char *environmentVariable, QString *error)
{
    return resolve(name, QProcessEnvironment::systemEnvironment(), environmentVariable, error);
}

QString SecretStore::resolve(const QString &name, const QProcessEnvironment &environment,
                             const char *environmentVariable, QString *error)
{
    if (environmentVariable) {
        const QString fromEnvironment = environment.value(QString::fromLatin1(environmentVariable));
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
    }
    return read(name, error);
}

bool SecretStore::migrateFromSettings(QSettings &settings, const QString &settingsKey, const QString &name,
                                      QString *error)
{
    const QString saved = settings.value(settingsKey).toString();
    if (saved.isEmpty()) {
        if (settings.contains(settingsKey))
            settings.remove(settingsKey);
        return true;
    }
    // Without a keychain the file is the only lasting copy: use it for this session and leave it there, so
    // that the key survives until a keychain can take it.
    if (!keychainAvailable()) {
        state().memory.insert(name, saved);
        return true;
    }
    // A key already in the keychain is newer than the one left in the file: keep it.
    QString readError;
    if (read(name, &readError).isEmpty() && !write(name, saved, error))
        return false;
    settings.remove(settingsKey);
    settings.sync();
    return true;
}

} // namespace DigestStudio
