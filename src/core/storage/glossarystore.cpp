#include "storage/glossarystore.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;
using SqlValues::text;

} // namespace

GlossaryStore::GlossaryStore(LibraryConnection &connection)
    : m_connection(connection)
{}

QVector<GlossaryTerm> GlossaryStore::glossaryTerms(LibraryError *error)
{
    QVector<GlossaryTerm> terms;
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT id, english, chinese, note FROM glossary ORDER BY LOWER(english), id"));
    if (!m_connection.run(query, error, QStringLiteral("reading the glossary")))
        return terms;
    while (query.next()) {
        GlossaryTerm term(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        term.setId(query.value(0).toLongLong());
        terms.append(term);
    }
    query.finish();
    return terms;
}

bool GlossaryStore::addGlossaryTerm(GlossaryTerm *term, LibraryError *error)
{
    if (!hasEnglish(*term, error))
        return false;
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    const qint64 id = insert(*term, error);
    if (id == 0 || !transaction.commit(error))
        return false;
    term->setId(id);
    return true;
}

bool GlossaryStore::replaceGlossary(QVector<GlossaryTerm> *terms, LibraryError *error)
{
    for (const GlossaryTerm &term : qAsConst(*terms)) {
        if (!hasEnglish(term, error))
            return false;
    }
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &clear = m_connection.prepared(QStringLiteral("DELETE FROM glossary"));
    if (!m_connection.run(clear, error, QStringLiteral("replacing the glossary")))
        return false;
    clear.finish();
    QVector<qint64> ids;
    ids.reserve(terms->size());
    for (const GlossaryTerm &term : qAsConst(*terms)) {
        const qint64 id = insert(term, error);
        if (id == 0)
            return false; // the transaction rolls back: the old glossary stays whole
        ids.append(id);
    }
    if (!transaction.commit(error))
        return false;
    for (int i = 0; i < terms->size(); ++i)
        (*terms)[i].setId(ids.at(i));
    return true;
}

bool GlossaryStore::hasEnglish(const GlossaryTerm &term, LibraryError *error)
{
    return !term.english().trimmed().isEmpty() ||
           m_connection.fail(error, Kind::InvalidArgument,
                             QStringLiteral("A glossary term needs its English text."));
}

qint64 GlossaryStore::insert(const GlossaryTerm &term, LibraryError *error)
{
    QSqlQuery &insert = m_connection.prepared(
        QStringLiteral("INSERT INTO glossary (english, chinese, note) VALUES (?, ?, ?) RETURNING id"));
    insert.addBindValue(term.english().trimmed());
    insert.addBindValue(text(term.chinese()));
    insert.addBindValue(text(term.note()));
    return m_connection.insertReturningId(
        insert, error, QStringLiteral("adding the glossary term ") + term.english().trimmed());
}

bool GlossaryStore::updateGlossaryTerm(const GlossaryTerm &term, LibraryError *error)
{
    if (!hasEnglish(term, error))
        return false;
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &update = m_connection.prepared(
        QStringLiteral("UPDATE glossary SET english = ?, chinese = ?, note = ? WHERE id = ? RETURNING id"));
    update.addBindValue(term.english().trimmed());
    update.addBindValue(text(term.chinese()));
    update.addBindValue(text(term.note()));
    update.addBindValue(term.id());
    if (!m_connection.run(update, error, QStringLiteral("saving the glossary term")))
        return false;
    const bool found = update.next();
    update.finish();
    if (!found)
        return m_connection.notFound(error, QStringLiteral("glossary term"), QString::number(term.id()));
    return transaction.commit(error);
}

bool GlossaryStore::removeGlossaryTerm(qint64 termId, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove =
        m_connection.prepared(QStringLiteral("DELETE FROM glossary WHERE id = ? RETURNING id"));
    remove.addBindValue(termId);
    if (!m_connection.run(remove, error, QStringLiteral("removing the glossary term")))
        return false;
    const bool found = remove.next();
    remove.finish();
    if (!found)
        return m_connection.notFound(error, QStringLiteral("glossary term"), QString::number(termId));
    return transaction.commit(error);
}

} // namespace DigestStudio
