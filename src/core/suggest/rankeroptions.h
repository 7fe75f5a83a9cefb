// How the ranker trains: the trailing window, the stages of the cold start, the C values tried by rolling
// validation, the weight of "not for us" marks and what the cold start goes by.
#pragma once

#include <QStringList>
#include <QVector>

namespace DigestStudio {

struct RankerOptions
{
    enum class Stage { Auto, FeedOrder, Centroid, Model };

    Stage force = Stage::Auto; // Auto: by the number of picks; the others for evaluation
    int windowDays = 60;       // listing days trained on (a changing taste is followed)
    int minPicksForModel = 20; // fewer picks: similarity to the centroid of the picks
    int minDaysForModel = 3;   // days with picks needed for the model
    int validationDays = 2;    // the latest days with picks that choose C
    // 0.03, 0.1, 0.3 and 1 (out of line: GCC 12 with Qt 6 warns falsely on an inlined initializer list).
    QVector<double> cValues = defaultCValues();
    int notForUsRepeat = 5;     // a "not for us" mark counts as this many unpicked papers
    double negativeShare = 0.3; // of each day's unpicked papers, trained on (chosen by id, not at random)
    int minDocs = 2;            // document-frequency cut-offs
    double maxShare = 0.5;
    bool stem = false; // Snowball English stemmer (libstemmer): measured, it did not help (tst_ranker)
    int reasonCount = 3;
    QStringList categories; // the editor's categories (cold start)
    QStringList keywords;   // the include keywords (cold start)

    static QVector<double> defaultCValues();
};

} // namespace DigestStudio
