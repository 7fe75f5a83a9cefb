// An arXiv identifier parsed from any form a user pastes (id, arXiv: prefix, abs/pdf/html URL, DOI).
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class ArxivId final
{
public:
    // What extractAll() found in a block of text: the valid ids (distinct, first occurrence first) and
    // every id-like piece that is not a valid id, each with the reason.
    struct Extraction
    {
        QVector<ArxivId> ids;
        QVector<ArxivId> invalid;
    };

    ArxivId() = default;

    // One id in any accepted form: `2210.06441`, `2210.06441v2`, `hep-th/9901001`, `math.CA/0611800v2`,
    // `arXiv:...`, `https://arxiv.org/abs|pdf|html/...` (www. and export. too, `.pdf` and version optional),
    // `10.48550/arXiv.<id>` (any case, also as a doi.org URL). Invalid input gives an invalid ArxivId whose
    // error() says why.
    static ArxivId parse(const QString &text);
    // Every id in a pasted block (browser selection, email, list). Pieces that look like an id but are not
    // valid ones are named in `invalid`, never dropped silently.
    static Extraction extractAll(const QString &text);

    // An invalid id for `input` with the reason (used when arXiv itself refuses an id).
    static ArxivId invalid(const QString &input, const QString &error);

    bool isValid() const { return m_error.isEmpty() && !m_id.isEmpty(); }
    // Normalised id without version: `2210.06441`, `hep-th/9901001`, `math/0611800` (the subject class of an
    // old-style id is not part of arXiv's canonical name).
    QString id() const { return m_id; }
    // The version asked for; 0 when none was given.
    int version() const { return m_version; }
    // `2210.06441v2`, or the id when no version was given.
    QString idWithVersion() const;
    bool isOldStyle() const { return m_id.contains(QLatin1Char('/')); }
    // The subject class an old-style id carried (`CA` in `math.CA/0611800`); empty otherwise.
    QString subjectClass() const { return m_subjectClass; }
    // `https://arxiv.org/abs/<id>` without version.
    QString absUrl() const;
    // The text this was parsed from, trimmed.
    QString input() const { return m_input; }
    // Why the input is not a valid id; empty when valid.
    QString error() const { return m_error; }

    bool operator==(const ArxivId &other) const { return m_id == other.m_id && m_version == other.m_version; }
    bool operator!=(const ArxivId &other) const { return !(*this == other); }

private:
    static bool parseBare(const QString &bare, ArxivId *out);

    QString m_id;
    int m_version = 0;
    QString m_subjectClass;
    QString m_input;
    QString m_error;
};

} // namespace DigestStudio
