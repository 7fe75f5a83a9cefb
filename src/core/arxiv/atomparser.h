// Reads the arXiv API's Atom answer (the 2007–2024 format and the 2025+ one) into Papers: a pure function.
#pragma once

#include "model/paper.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace DigestStudio {

class AtomParser final
{
public:
    struct Result
    {
        QVector<Paper> papers; // in feed order
        int totalResults = -1; // opensearch:totalResults; -1 when absent
        int startIndex = -1;   // opensearch:startIndex
        int itemsPerPage = -1; // opensearch:itemsPerPage
        int withoutId = 0;     // entries left out because their <id> holds no valid arXiv id
        QString apiError;      // the summary of arXiv's error entry (`incorrect id format for abc`)
        QString parseError;    // the feed is not well-formed XML: what and where
        bool ok() const { return apiError.isEmpty() && parseError.isEmpty(); }
    };

    // Elements are recognised by namespace URI and name, never by prefix or position. Titles and abstracts
    // come back with their white space normalised; an author's several affiliations are joined by `; `.
    static Result parse(const QByteArray &bytes);

    // Runs of white space (line breaks of the old backend's ~80-column wrapping included) become one space;
    // leading and trailing white space is removed.
    static QString normaliseWhitespace(const QString &text);
};

} // namespace DigestStudio
