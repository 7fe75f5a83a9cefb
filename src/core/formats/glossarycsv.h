// Reads and writes the glossary as CSV (RFC 4180: quoted fields, doubled quotes, CRLF), UTF-8 with or
// without a BOM; columns english, chinese, note.
#pragma once

#include "model/glossaryterm.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace DigestStudio {

class GlossaryCsv final
{
    Q_DECLARE_TR_FUNCTIONS(GlossaryCsv)

public:
    // The largest CSV file read (a glossary of a hundred thousand terms fits several times over).
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    // Parses `bytes`. A first row `english,chinese[,note]` (any case) is a header and skipped. On error
    // (unterminated quote, text after a closing quote, a row without a Chinese rendering, bytes that are not
    // UTF-8) returns false and sets `error` naming the line; `terms` is left untouched.
    static bool read(const QByteArray &bytes, QVector<GlossaryTerm> *terms, QString *error);
    // A header row, then one row per term; fields quoted when they need it; CRLF line ends; no BOM.
    static QByteArray write(const QVector<GlossaryTerm> &terms);
};

} // namespace DigestStudio
