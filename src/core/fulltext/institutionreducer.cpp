#include "fulltext/institutionreducer.h"

#include "fulltext/institutiongazetteer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVector>

namespace DigestStudio {

namespace {

// How much a segment of an affiliation says about the institution: the highest in a block wins.
enum Rank {
    Address = 0,      // e-mail, street, postcode, city, region, country, a note
    SubUnit = 1,      // department, school, faculty, centre, group, a key laboratory
    Unknown = 2,      // a name with no institution word ("Acme")
    Institute = 3,    // "Institute of …", "Laboratory for …": an institution, or a university's unit
    Organisation = 4, // company, named lab or institute, hospital, research organisation
    University = 5,   // university, institute of technology, academy of sciences, a university's acronym
};

struct Segment
{
    int begin = 0; // in the affiliation
    int end = 0;
    Rank rank = Address;
};

const char *const NotePattern =
    "corresponding|equal(ly)? contribut|contributed equally|these authors|work (was )?(done|performed)|"
    "internship|intern at|\\bnow (at|with)\\b|currently (at|with)|on leave|supported (by|in part)|funded by|"
    "\\bgrants?\\b|project lead|\\badvis|supervis|e-?mail|homepage|https?://|www\\.|github|code (is "
    ")?available|"
    "correspondence|^\\s*(tel|phone|fax)\\b";

const char *const UniversityPattern =
    "universit|universid|univerz|uniwersytet|egyetem|üniversite|\\buniv\\b|institute of technology|"
    "institute of science and technology|polytechnic|politecnico|polytechnique|politécnica|hochschule|"
    "^(the\\s+)?[ée]cole\\b|academy of sciences?\\b|academia sinica|\\btechnion\\b";
const char *const AcademyPattern = "academy of (\\w+ )*sciences?\\b|academia sinica";
const char *const OrganisationPattern =
    "\\binstitut(e|es|o|t)?\\b|\\bistituto\\b|\\blaborator(y|ies|ium|io)\\b|\\blaboratoire\\b|\\blabs?\\b|"
    "\\bacadem(y|ia|ie)\\b|\\bhospital\\b|\\bclinic\\b|\\bklinikum\\b|\\bcharité\\b|\\bmedical "
    "cent(er|re)\\b|\\bfoundation\\b|"
    "\\bobservatory\\b|\\bmuseum\\b|\\bagency\\b|\\bministry\\b|\\bcouncil\\b|\\bconsortium\\b|"
    "\\borgani[sz]ation\\b|\\bcorporation\\b|\\bcompany\\b|\\blimited\\b|"
    "(^|\\s)(inc|ltd|llc|gmbh|ag|s\\.?a\\.?|sas|corp|co|plc|pvt|b\\.?v\\.?|n\\.?v\\.?|k\\.?k\\.?)\\.?$|"
    "\\S\\s+(research|cent(er|re)|school|college)\\b|\\S\\s+ai$";
const char *const InstitutePattern = "^(the\\s+)?((research|national|international)\\s+)?(institut\\w*|"
                                     "istituto|laborat\\w*|labs?|academ\\w*)\\b";
const char *const SubUnitPattern =
    "^(the\\s+)?((state|national|joint|provincial|key|research|graduate|international|engineering)\\s+)*"
    "(department|dept|division|faculty|school|college\\s+of|cent(er|re)|laborator(y|ies)|labs?|laboratoire|"
    "group|chair|unit|section|program(me)?|cluster|team|departamento|dipartimento|fachbereich|fakultät|"
    "lehrstuhl|key)\\b|\\bdepartment\\b";

// The rules' vocabulary, compiled once (a function-local static: safe from any thread).
struct Patterns
{
    QRegularExpression note, university, academy, organisation, institute, subUnit, instituteLike,
        universityWord;

    static const Patterns &get()
    {
        static const Patterns patterns;
        return patterns;
    }

private:
    Patterns()
        : note(compile(NotePattern))
        , university(compile(UniversityPattern))
        , academy(compile(AcademyPattern))
        , organisation(compile(OrganisationPattern))
        , institute(compile(InstitutePattern))
        , subUnit(compile(SubUnitPattern))
        , instituteLike(compile("institut|academy|laborator|cent(er|re)"))
        , universityWord(compile("universit"))
    {}

    static QRegularExpression compile(const char *pattern)
    {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    }
};

bool hasLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool hasDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool hasWord(const QString &text, bool (*known)(const QString &))
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;:()/\\[\\]–—-]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (known(word))
            return true;
    }
    return false;
}

Rank rankOf(const QString &segment)
{
    // The rules read words: white space of any kind and length is one space (a name returned simplified must
    // rank as its segment did).
    const QString text = segment.simplified();
    if (!hasLetter(text) || text.contains(QLatin1Char('@')) || Patterns::get().note.match(text).hasMatch())
        return Address;
    if (InstitutionGazetteer::isCountry(text) || InstitutionGazetteer::isRegion(text) ||
        InstitutionGazetteer::isCity(text))
        return Address;
    Rank rank = Unknown;
    if (Patterns::get().university.match(text).hasMatch() ||
        hasWord(text, &InstitutionGazetteer::isUniversityAcronym))
        rank = University;
    else if (Patterns::get().subUnit.match(text).hasMatch())
        rank = SubUnit;
    else if (Patterns::get().organisation.match(text).hasMatch() ||
             hasWord(text, &InstitutionGazetteer::isCompanyWord))
        rank = Patterns::get().institute.match(text).hasMatch() ? Institute : Organisation;
    // A postcode, a street number, a room: with no institution word, an address.
    if (rank <= Unknown && hasDigit(text))
        return Address;
    return rank;
}

// Splits at `separator` outside parentheses and brackets: [begin, end) ranges of `text`. Brackets that do not
// balance within the range protect nothing (so that a name never keeps a separator another reading would
// cut).
QVector<QPair<int, int>> splitOutside(const QString &text, int begin, int end, QChar separator)
{
    int depth = 0;
    bool balanced = true;
    for (int i = begin; i < end && balanced; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']'))
            balanced = --depth >= 0;
    }
    balanced = balanced && depth == 0;
    QVector<QPair<int, int>> parts;
    depth = 0;
    int from = begin;
    for (int i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        if (balanced && (c == QLatin1Char('(') || c == QLatin1Char('[')))
            ++depth;
        else if (balanced && (c == QLatin1Char(')') || c == QLatin1Char(']')))
            --depth;
        else if (c == separator && depth == 0) {
            parts.append({from, i});
            from = i + 1;
        }
    }
    parts.append({from, end});
    return parts;
}

// Trims a segment to its name: white space, footnote marks (`1`, `*`, `†`, `a ` before a capital), a leading
// `and`, trailing punctuation and a trailing acronym in parentheses (`Tsinghua University (THU)`).
void trim(const QString &text, int *begin, int *end)
{
    static const QRegularExpression leading(
        QStringLiteral("^(?:[\\s\\p{Co}*∗†‡§¶#⋆★♯♭♮♢⋄♠♡♣△∘•,.:;–—-]|\\d{1,2}(?=\\s*\\p{Lu})|\\p{Ll}\\s+(?="
                       "\\p{Lu})|and\\s+|&\\s*)+"));
    const QString segment = text.mid(*begin, *end - *begin);
    const QRegularExpressionMatch head = leading.match(segment);
    const int from = head.hasMatch() ? static_cast<int>(head.capturedLength()) : 0;
    // The tail by hand (a regular expression anchored at the end goes quadratic over long runs).
    static const QString trailing = QStringLiteral(" \t\n*∗†‡§¶#⋆★,.:;–—-");
    int to = static_cast<int>(segment.size());
    while (to > from && (trailing.contains(segment.at(to - 1)) || segment.at(to - 1).isSpace()))
        --to;
    // Short acronyms in parentheses (`Tsinghua University (THU)`), however many.
    for (bool stripped = true; stripped && to > from && segment.at(to - 1) == QLatin1Char(')');) {
        const int open = static_cast<int>(segment.lastIndexOf(QLatin1Char('('), to - 1));
        // An acronym: one word of letters, digits and `&.-`, two capitals at least (`THU`, `BNRist`).
        stripped = open > from && to - open - 2 >= 2 && to - open - 2 <= 12;
        int capitals = 0;
        for (int i = open + 1; stripped && i < to - 1; ++i) {
            const QChar c = segment.at(i);
            capitals += c.isUpper() ? 1 : 0;
            stripped = c.isLetterOrNumber() || c == QLatin1Char('&') || c == QLatin1Char('.') ||
                       c == QLatin1Char('-');
        }
        stripped = stripped && capitals >= 2;
        if (stripped) {
            to = open;
            while (to > from && (trailing.contains(segment.at(to - 1)) || segment.at(to - 1).isSpace()))
                --to;
        }
    }
    *end = *begin + qMax(from, to);
    *begin += from;
}

// A city, region or country, or a postcode with its town ("Beijing 100190"): not an e-mail or a note.
bool isPlace(const QString &text)
{
    if (InstitutionGazetteer::isCountry(text) || InstitutionGazetteer::isRegion(text) ||
        InstitutionGazetteer::isCity(text))
        return true;
    return hasDigit(text) && hasLetter(text) && rankOf(text) == Address && !text.contains(QLatin1Char('@')) &&
           !Patterns::get().note.match(text).hasMatch();
}

// "Beijing 100190, China and University of …" (revtex joins two affiliations so): a place, then `and` or
// `&`, then a name, are two segments; and again in what follows, so that a name read alone splits no further.
QVector<QPair<int, int>> splitAfterPlace(const QString &text, QPair<int, int> part)
{
    static const QRegularExpression joiner(QStringLiteral("\\s+(?:and|&)\\s+"));
    QVector<QPair<int, int>> parts;
    bool split = true;
    while (split) {
        split = false;
        int tries = 0; // a place is short: only the first few joiners can follow one
        for (QRegularExpressionMatchIterator it = joiner.globalMatch(text, part.first);
             it.hasNext() && tries++ < 4;) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedEnd() > part.second)
                break;
            int begin = part.first;
            int end = static_cast<int>(m.capturedStart());
            trim(text, &begin, &end);
            if (end > begin && isPlace(text.mid(begin, end - begin))) {
                parts.append({part.first, end});
                part.first = static_cast<int>(m.capturedEnd());
                split = true;
                break;
            }
        }
    }
    parts.append(part);
    return parts;
}

QVector<Segment> segmentsOf(const QString &text, int begin, int end)
{
    QVector<Segment> segments;
    for (const auto &comma : splitOutside(text, begin, end, QLatin1Char(','))) {
        for (const auto &part : splitAfterPlace(text, comma)) {
            Segment s{part.first, part.second, Address};
            trim(text, &s.begin, &s.end);
            // A separator kept only by brackets around more than the name (`[Dept, University]`) would cut
            // the name when it is read alone: such a segment names nothing.
            const bool whole = splitOutside(text, s.begin, s.end, QLatin1Char(',')).size() == 1 &&
                               splitOutside(text, s.begin, s.end, QLatin1Char(';')).size() == 1 &&
                               splitOutside(text, s.begin, s.end, QLatin1Char('\n')).size() == 1;
            if (s.end > s.begin && whole)
                s.rank = rankOf(text.mid(s.begin, s.end - s.begin));
            segments.append(s);
        }
    }
    // An institute of an academy of sciences is named with its academy ("Institute of Automation, Chinese
    // Academy of Sciences"): the institutes are the research institutions, the academy their parent.
    // A university system's campus is part of its name ("University of California, Berkeley").
    for (int i = 0; i + 1 < segments.size(); ++i) {
        Segment &s = segments[i];
        const Segment &next = segments.at(i + 1);
        const QString name = text.mid(s.begin, s.end - s.begin);
        const QString nextName = text.mid(next.begin, next.end - next.begin);
        const bool academy = (s.rank == Institute || s.rank == Organisation || s.rank == SubUnit) &&
                             Patterns::get().instituteLike.match(name).hasMatch() &&
                             Patterns::get().academy.match(nextName).hasMatch() &&
                             !Patterns::get().universityWord.match(nextName).hasMatch();
        const bool campus = InstitutionGazetteer::isUniversitySystem(name) && next.end > next.begin &&
                            !hasDigit(nextName) && !InstitutionGazetteer::isCountry(nextName) &&
                            !InstitutionGazetteer::isRegion(nextName) &&
                            !Patterns::get().note.match(nextName).hasMatch();
        if (academy || campus) {
            s.end = next.end;
            s.rank = University;
            segments.remove(i + 1);
        }
    }
    return segments;
}

// One block's institutions: each line's best names with an institution word, except that an "Institute of …"
// line gives way to a university named in the same block (it is then most likely the university's);
// failing any, in a lenient block, a leading name with none ("Acme" of "Acme\nSpringfield, IL", but nothing
// of "Department of Physics, Main Street").
QStringList reduceBlock(const QString &text, const QVector<QPair<int, int>> &lines,
                        InstitutionReducer::Mode mode)
{
    QVector<QVector<Segment>> bests; // each line's segments of its highest rank
    Segment leading;                 // the first line's first name that is not an address
    int top = Address;
    for (const auto &line : lines) {
        const QVector<Segment> segments = segmentsOf(text, line.first, line.second);
        int lineTop = Address;
        for (const Segment &s : segments) {
            lineTop = qMax(lineTop, static_cast<int>(s.rank));
            if (bests.isEmpty() && leading.rank == Address)
                leading = s;
        }
        QVector<Segment> best;
        for (const Segment &s : segments) {
            if (s.rank == lineTop && lineTop > Address)
                best.append(s);
        }
        bests.append(best);
        top = qMax(top, lineTop);
    }
    QStringList found;
    QSet<QString> seen; // case-folded
    auto add = [&](const Segment &s) {
        const QString name = text.mid(s.begin, s.end - s.begin).simplified();
        if (!seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            found.append(name);
        }
    };
    for (const QVector<Segment> &line : bests) {
        for (const Segment &best : line) {
            if (best.rank >= Organisation || (best.rank == Institute && top < University))
                add(best);
        }
    }
    if (found.isEmpty() && mode == InstitutionReducer::Mode::Lenient && leading.rank == Unknown)
        add(leading);
    return found;
}

} // namespace

bool InstitutionReducer::isNote(const QString &text)
{
    return Patterns::get().note.match(text.simplified()).hasMatch();
}

QStringList InstitutionReducer::institutions(const QString &affiliation, Mode mode)
{
    QStringList found;
    for (const auto &part :
         splitOutside(affiliation, 0, static_cast<int>(affiliation.size()), QLatin1Char(';'))) {
        QVector<QPair<int, int>> lines =
            splitOutside(affiliation, part.first, part.second, QLatin1Char('\n'));
        if (mode == Mode::Lenient) {
            for (const QString &name : reduceBlock(affiliation, lines, mode)) {
                if (!found.contains(name, Qt::CaseInsensitive))
                    found.append(name);
            }
            continue;
        }
        for (const auto &line : lines) {
            for (const QString &name : reduceBlock(affiliation, {line}, mode)) {
                if (!found.contains(name, Qt::CaseInsensitive))
                    found.append(name);
            }
        }
    }
    return found;
}

bool InstitutionReducer::namesInstitution(const QString &text)
{
    return !institutions(text, Mode::Strict).isEmpty();
}

QStringList InstitutionReducer::houseInstitutions(const QStringList &affiliations,
                                                  const QMap<QString, QString> &aliases, Mode mode)
{
    QHash<QString, QString> byKey;
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        byKey.insert(it.key().simplified().toCaseFolded(), it.value().simplified());
    QStringList line;
    QSet<QString> seen; // case-folded
    for (const QString &affiliation : affiliations) {
        for (const QString &name : institutions(affiliation, mode)) {
            const QString shown = byKey.value(name.toCaseFolded(), name);
            if (!shown.isEmpty() && !seen.contains(shown.toCaseFolded())) {
                seen.insert(shown.toCaseFolded());
                line.append(shown);
            }
        }
    }
    return line;
}

QString InstitutionReducer::houseLine(const QStringList &affiliations, const QMap<QString, QString> &aliases,
                                      Mode mode)
{
    return houseInstitutions(affiliations, aliases, mode).join(QStringLiteral(" & "));
}

} // namespace DigestStudio
