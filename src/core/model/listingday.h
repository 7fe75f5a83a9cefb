// One day of the editor's history: the listing seen that day in feed order and the ids picked from it
// (what the suggestion ranker learns from).
#pragma once

#include "model/paper.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

struct ListingDay
{
    QDate date;
    QVector<Paper> listing; // feed order; only id, title, abstract, authors and categories are kept
    QStringList picked;     // ids without version
};

} // namespace DigestStudio
