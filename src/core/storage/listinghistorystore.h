// The listings the editor saw, day by day in feed order, the picks of days imported from elsewhere and the
// papers marked "not for us": what the suggestions learn from. A day's digests add their entries as picks.
#pragma once

#include "model/libraryerror.h"
#include "model/listingday.h"

#include <QStringList>
#include <QVector>

namespace DigestStudio {

class LibraryConnection;

class ListingHistoryStore final
{
public:
    explicit ListingHistoryStore(LibraryConnection &connection);

    // Adds `papers` to the listing of `day`: papers already listed that day keep their position (their text
    // is refreshed), new ones follow in the order given. One transaction.
    bool storeListing(const QDate &day, const QVector<Paper> &papers, LibraryError *error);
    // Every day's listing and picks, in one transaction: all of them or none.
    bool importHistory(const QVector<ListingDay> &days, LibraryError *error);
    // The stored days from `from` to `to` (an invalid date leaves that end open), oldest first, each with its
    // listing in feed order and its picks (imported picks and the entries of that day's digests).
    QVector<ListingDay> listingHistory(const QDate &from, const QDate &to, LibraryError *error);

    bool setNotForUs(const QString &arxivId, bool marked, LibraryError *error);
    QStringList notForUs(LibraryError *error); // ids without version, sorted

private:
    bool addListing(const QDate &day, const QVector<Paper> &papers, LibraryError *error);
    bool readPicks(QVector<ListingDay> *days, const QString &from, const QString &to, LibraryError *error);

    LibraryConnection &m_connection;
};

} // namespace DigestStudio
