// What the storage tests share: a fresh location per backend row (SQLite and PostgreSQL), opening a library
// on it, and a ready-made entry.
#pragma once

#include "model/digestentry.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QtTest>

// A fresh location for the row's backend in `m_scratch`; fails when no PostgreSQL server is there (never
// skips).
#define FRESH_LOCATION(location)                                                                             \
    QFETCH(QString, backend);                                                                                \
    const QString location = m_scratch.create(backend);                                                      \
    if (location.isEmpty()) {                                                                                \
        QFAIL(qPrintable(ScratchLibraries::noServer()));                                                     \
    }

#define OPEN_LIBRARY(library, location)                                                                      \
    LibraryError openError_##library;                                                                        \
    auto library = Library::open(location, &openError_##library);                                            \
    QVERIFY2(library, qPrintable(openError_##library.message))

namespace DigestStudio::Test {

// The data rows of a test that runs on both backends.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

inline DigestEntry makeEntry(const QString &arxivId, const QString &title, const QString &zhTitle,
                             const QString &zhSummary = QString())
{
    DigestEntry e;
    e.setArxivId(arxivId);
    e.setVersion(1);
    e.setTag(QStringLiteral("LG"));
    e.setTitle(title);
    e.setAuthorsLine(QStringLiteral("J Geiping, M Goldblum"));
    e.setAffiliations(QStringLiteral("University of Maryland"));
    e.setAffiliationsNote(QStringLiteral(" (2022)"));
    e.setZhTitle(zhTitle);
    e.setZhSummary(zhSummary);
    e.setAbstract(QStringLiteral("An abstract about ") + title);
    e.setLink(QStringLiteral("https://arxiv.org/abs/") + arxivId);
    return e;
}

} // namespace DigestStudio::Test
