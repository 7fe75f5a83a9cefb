#include "fulltext/latexmlauthors.h"

#include "fulltext/fulltextlimits.h"
#include "fulltext/institutionreducer.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace DigestStudio {

namespace {

// The author block flattened: text, line breaks, superscript marks, and the breaks between people.
struct Piece
{
    enum class Kind { Text, Break, Mark, Person, Part };
    Kind kind = Kind::Text;
    QString text;
};

// A mark's TeX as LaTeXML writes it in alttext: `{}^{1,2}`, `^{\dagger}`, `{}^{3*}`; empty when the math
// is more than a mark.
QString markOf(const QString &alttext)
{
    static const QRegularExpression superscript(
        QStringLiteral("^\\s*(?:\\{\\})?\\s*\\^\\s*\\{?(.*?)\\}?\\s*$"));
    static const QRegularExpression symbolOnly(
        QStringLiteral("^\\s*(\\\\(?:dagger|ddagger|ast|star|S|P|sharp|flat|natural|diamond|spadesuit|"
                       "heartsuit|clubsuit|diamondsuit|triangle|bigstar|circ|bullet|dag|ddag)|\\*)\\s*$"));
    QString inside;
    const QRegularExpressionMatch sup = superscript.match(alttext);
    if (sup.hasMatch())
        inside = sup.captured(1);
    else if (symbolOnly.match(alttext).hasMatch())
        inside = alttext.trimmed();
    else
        return QString();
    const struct
    {
        const char *tex;
        const char *symbol;
    } symbols[] = {{"\\ddagger", "‡"},     {"\\ddag", "‡"},     {"\\dagger", "†"},    {"\\dag", "†"},
                   {"\\ast", "*"},         {"\\bigstar", "★"},  {"\\star", "⋆"},      {"\\S", "§"},
                   {"\\P", "¶"},           {"\\sharp", "♯"},    {"\\flat", "♭"},      {"\\natural", "♮"},
                   {"\\diamondsuit", "♢"}, {"\\diamond", "⋄"},  {"\\spadesuit", "♠"}, {"\\heartsuit", "♡"},
                   {"\\clubsuit", "♣"},    {"\\triangle", "△"}, {"\\circ", "∘"},      {"\\bullet", "•"}};
    for (const auto &s : symbols)
        inside.replace(QLatin1String(s.tex), QString::fromUtf8(s.symbol));
    inside.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char(' '));
    static const QRegularExpression markChars(QStringLiteral("^[0-9a-zA-Z,*∗†‡§¶♯♭♮♢⋄♠♡♣△∘•★⋆#]+$"));
    return markChars.match(inside).hasMatch() ? inside : QString();
}

// `1,2` → [1, 2]; `3*` → [3, *]; `a†` → [a, †].
QStringList splitMarks(const QString &marks)
{
    QStringList out;
    QString number;
    for (const QChar c : marks) {
        if (c.isDigit()) {
            number += c;
            continue;
        }
        if (!number.isEmpty())
            out.append(number);
        number.clear();
        if (c != QLatin1Char(','))
            out.append(QString(c));
    }
    if (!number.isEmpty())
        out.append(number);
    return out;
}

QString textOf(const LatexmlTree &tree, int index);

class Flattener final
{
public:
    explicit Flattener(const LatexmlTree &tree)
        : m_tree(tree)
    {}

    QVector<Piece> pieces(int index)
    {
        m_pieces.clear();
        walk(index);
        return m_pieces;
    }

private:
    void add(Piece::Kind kind, const QString &text = QString()) { m_pieces.append(Piece{kind, text}); }

    void walk(int index)
    {
        const LatexmlTree::Node &n = m_tree.node(index);
        if (n.isText) {
            add(Piece::Kind::Text, n.text);
            return;
        }
        if (m_tree.hasClass(index, "ltx_note") || m_tree.hasClass(index, "ltx_role_email") ||
            m_tree.hasClass(index, "ltx_role_url") || m_tree.hasClass(index, "ltx_role_phone") ||
            m_tree.hasClass(index, "ltx_role_orcid") || m_tree.hasClass(index, "ltx_author_before") ||
            m_tree.hasClass(index, "ltx_author_after"))
            return;
        if (m_tree.hasClass(index, "ltx_ERROR")) {
            static const QRegularExpression personBreak(QStringLiteral("^\\s*\\\\(And|AND|and)\\s*$"));
            if (personBreak.match(textOf(m_tree, index)).hasMatch())
                add(Piece::Kind::Person);
            return; // an undefined macro's name is not text of the paper
        }
        if (n.name == "br") {
            add(Piece::Kind::Break);
            return;
        }
        if (n.name == "math") {
            const QString mark = markOf(n.text);
            add(mark.isEmpty() ? Piece::Kind::Text : Piece::Kind::Mark, mark.isEmpty() ? n.text : mark);
            return;
        }
        if (n.name == "sup") {
            const QString mark = markOf(QStringLiteral("^{") + textOf(m_tree, index) + QLatin1Char('}'));
            if (!mark.isEmpty()) {
                add(Piece::Kind::Mark, mark);
                return;
            }
        }
        // acmart's affiliation parts (department, institution, city, ...) sit side by side with no separator.
        const bool part = n.classes.contains(QLatin1String("ltx_affiliation_"));
        if (part)
            add(Piece::Kind::Part);
        for (int child : n.children)
            walk(child);
        if (part)
            add(Piece::Kind::Part);
    }

    const LatexmlTree &m_tree;
    QVector<Piece> m_pieces;
};

QString textOf(const LatexmlTree &tree, int index)
{
    const LatexmlTree::Node &n = tree.node(index);
    if (n.isText)
        return n.text;
    QString text;
    for (int child : n.children)
        text += textOf(tree, child);
    return text;
}

// A line's text: pieces joined, acmart's parts separated by commas, white space simplified.
QString lineText(const QVector<Piece> &pieces)
{
    QString text;
    bool pendingComma = false;
    for (const Piece &piece : pieces) {
        if (piece.kind == Piece::Kind::Part) {
            pendingComma = !text.trimmed().isEmpty();
            continue;
        }
        if (piece.kind != Piece::Kind::Text)
            continue;
        if (pendingComma && !piece.text.trimmed().isEmpty()) {
            text = text.trimmed() + QStringLiteral(", ");
            pendingComma = false;
        }
        text += piece.text;
    }
    return text.simplified();
}

QVector<QVector<Piece>> splitAt(const QVector<Piece> &pieces, Piece::Kind kind)
{
    QVector<QVector<Piece>> parts(1);
    for (const Piece &piece : pieces) {
        if (piece.kind == kind)
            parts.append(QVector<Piece>());
        else
            parts.last().append(piece);
    }
    return parts;
}

bool isEmailOnly(const QString &line)
{
    static const QRegularExpression email(QStringLiteral("^[{(\\[]?[^\\s@]+@[^\\s@]+[)}\\]]?$"));
    return email.match(line).hasMatch();
}

// `text` without the characters of `set` at either end (a loop: a regular expression anchored at the end
// would go quadratic over a long run of them).
QString stripEnds(const QString &text, const QString &set)
{
    int begin = 0;
    int end = static_cast<int>(text.size());
    while (begin < end && set.contains(text.at(begin)))
        ++begin;
    while (end > begin && set.contains(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

QString cleanName(QString name)
{
    static const QRegularExpression leading(QStringLiteral("^(?:and\\s+|&\\s*)"));
    name = stripEnds(name.simplified().remove(leading), QStringLiteral(" *∗†‡§¶#⋆,;")).simplified();
    for (const QChar c : name) {
        if (c.isLetter())
            return name;
    }
    return QString();
}

// Appends a value not there yet, up to `most` values (a hostile page cannot make the lists quadratic).
void appendOnce(QStringList *list, const QString &value, int most = FullTextLimits::MaxAffiliationsPerAuthor)
{
    if (!value.isEmpty() && list->size() < most && !list->contains(value))
        list->append(value);
}

} // namespace

namespace {

struct Named
{
    QString name;
    QStringList marks;
};

// One person block of a personname (several when `\And` or `\and` could not be read by LaTeXML's class).
struct Chunk
{
    QVector<Named> names;
    QStringList sharedLines; // address lines under the names, tied to no mark
};

bool startsWithMark(const QVector<Piece> &line)
{
    for (const Piece &piece : line) {
        if (piece.kind == Piece::Kind::Mark)
            return true;
        if (piece.kind == Piece::Kind::Text && !piece.text.trimmed().isEmpty())
            return false;
    }
    return false;
}

QVector<Named> namesOf(const QVector<Piece> &line)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(?:[,;&]|\\band\\b)\\s*"));
    QVector<Named> names;
    Named current;
    auto finish = [&] {
        current.name = cleanName(current.name);
        if (!current.name.isEmpty())
            names.append(current);
        else if (!current.marks.isEmpty() && !names.isEmpty())
            names.last().marks += current.marks;
        current = Named();
    };
    for (const Piece &piece : line) {
        if (piece.kind == Piece::Kind::Mark) {
            current.marks += splitMarks(piece.text);
            continue;
        }
        if (piece.kind != Piece::Kind::Text)
            continue;
        int from = 0;
        for (QRegularExpressionMatchIterator it = separator.globalMatch(piece.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            current.name += piece.text.mid(from, m.capturedStart() - from);
            finish();
            from = m.capturedEnd();
        }
        current.name += piece.text.mid(from);
    }
    finish();
    return names;
}

// Reads one personname: its chunks, and the mark → affiliation lines it defines.
QVector<Chunk> readPersonname(const QVector<Piece> &pieces, QMap<QString, QString> *marked)
{
    QVector<Chunk> chunks;
    for (const QVector<Piece> &person : splitAt(pieces, Piece::Kind::Person)) {
        Chunk chunk;
        QString key; // the mark whose affiliation the current line continues
        bool first = true;
        for (const QVector<Piece> &line : splitAt(person, Piece::Kind::Break)) {
            const QString text = lineText(line);
            if (text.isEmpty() && !startsWithMark(line))
                continue;
            if (first && !startsWithMark(line)) {
                chunk.names = namesOf(line);
                first = false;
                continue;
            }
            first = false;
            if (!startsWithMark(line)) {
                if (isEmailOnly(text))
                    continue;
                if (key.isEmpty())
                    chunk.sharedLines.append(text);
                else
                    (*marked)[key] += QLatin1Char('\n') + text;
                continue;
            }
            // `¹University A, ²University B`: each mark starts the affiliation it names.
            QVector<Piece> part;
            auto flush = [&] {
                const QString partText = lineText(part);
                const QString cleaned = stripEnds(partText, QStringLiteral(" ,;"));
                if (!key.isEmpty() && !cleaned.isEmpty() && !isEmailOnly(cleaned))
                    (*marked)[key] = cleaned;
                part.clear();
            };
            for (const Piece &piece : line) {
                if (piece.kind == Piece::Kind::Mark) {
                    flush();
                    key = splitMarks(piece.text).value(0);
                } else {
                    part.append(piece);
                }
            }
            flush();
        }
        if (!chunk.names.isEmpty() || !chunk.sharedLines.isEmpty())
            chunks.append(chunk);
    }
    return chunks;
}

QString noteText(const LatexmlTree &tree, int index)
{
    const LatexmlTree::Node &n = tree.node(index);
    if (n.isText)
        return n.text;
    if (tree.hasClass(index, "ltx_note_mark") || tree.hasClass(index, "ltx_note_type") ||
        tree.hasClass(index, "ltx_tag_note"))
        return QString();
    if (n.name == "math")
        return n.text;
    QString text;
    for (int child : n.children)
        text += noteText(tree, child);
    return text;
}

struct Notes
{
    QStringList contacts;   // ltx_contact affiliations and addresses, each as written
    QStringList thanks;     // sentences of `\thanks` and footnotes that name an institution
    QStringList institutes; // llncs' `\inst` marks
};

Notes notesOf(const LatexmlTree &tree, int creator)
{
    Notes notes;
    Flattener flattener(tree);
    for (int holder : tree.findAllClass(creator, "ltx_author_notes")) {
        QStringList texts;
        QString loose;
        for (int child : tree.node(holder).children) {
            if (tree.hasClass(child, "ltx_role_affiliation") || tree.hasClass(child, "ltx_role_address")) {
                QStringList lines;
                for (const QVector<Piece> &line : splitAt(flattener.pieces(child), Piece::Kind::Break)) {
                    const QString text = lineText(line);
                    if (!text.isEmpty() && !isEmailOnly(text))
                        lines.append(text);
                }
                appendOnce(&notes.contacts, lines.join(QLatin1Char('\n')));
            } else if (tree.hasClass(child, "ltx_contact")) {
                continue; // e-mail, URL, phone
            } else if (tree.hasClass(child, "ltx_note")) {
                texts.append(noteText(tree, child));
            } else {
                loose += noteText(tree, child);
            }
        }
        static const QRegularExpression llncsMarks(QStringLiteral("^[0-9,\\s]+$"));
        if (llncsMarks.match(loose).hasMatch()) {
            // llncs' \inst{1,2}: LaTeXML 0.8.7 writes the marks twice (`1,21,2`).
            QString marks = loose;
            marks.remove(QRegularExpression(QStringLiteral("\\s")));
            if (marks.size() % 2 == 0 && marks.left(marks.size() / 2) == marks.mid(marks.size() / 2))
                marks = marks.left(marks.size() / 2);
            notes.institutes += splitMarks(marks);
        } else {
            texts.prepend(loose);
        }
        for (const QString &text : texts) {
            for (const QString &sentence : LatexmlAuthors::sentences(text)) {
                if (InstitutionReducer::namesInstitution(sentence))
                    appendOnce(&notes.thanks, sentence);
            }
        }
    }
    return notes;
}

} // namespace

QStringList LatexmlAuthors::sentences(const QString &text)
{
    // A full stop ends a sentence when a capital follows (LaTeXML 0.8.7 runs `\thanks` notes together with
    // no space), unless it ends an abbreviation or an initial.
    static const QRegularExpression stop(QStringLiteral("\\.\\s*(?=\\p{Lu})"));
    static const QRegularExpression abbreviation(QStringLiteral(
        "(?:\\b\\p{Lu}|\\b(?:Dept|Univ|Inst|Lab|Labs|Co|Inc|Corp|Ltd|St|Mt|Dr|Prof|Jr|Sr|No|Ave|"
        "Rd|Blvd|Sci|Tech|Natl|Int|Assoc|Res|Ctr|Cent|Fac|Sch|Coll|Acad|Eng|Med|Hosp|vs|etc|e\\.g|"
        "i\\.e))$"));
    QStringList out;
    const QString simplified = text.simplified();
    int from = 0;
    for (QRegularExpressionMatchIterator it = stop.globalMatch(simplified); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString before = simplified.mid(from, m.capturedStart() - from);
        // Only the sentence's last word can be an abbreviation: matching there keeps this linear.
        if (abbreviation.match(before.right(8)).hasMatch())
            continue;
        appendOnce(&out, before.trimmed());
        from = m.capturedEnd();
    }
    static const QRegularExpression finalStop(QStringLiteral("\\.$"));
    appendOnce(&out, simplified.mid(from).remove(finalStop).trimmed());
    return out;
}

LatexmlAuthors::Result LatexmlAuthors::read(const LatexmlTree &tree, int authorBlock,
                                            const QVector<int> &instituteNotes)
{
    Result result;
    QStringList institutes;
    for (int note : instituteNotes)
        institutes.append(noteText(tree, note).simplified());

    // First every creator's chunks (marks may be defined in a later block than the names that use them).
    struct Creator
    {
        QVector<Chunk> chunks;
        Notes notes;
    };
    QVector<Creator> creators;
    QMap<QString, QString> marked;
    Flattener flattener(tree);
    if (authorBlock >= 0) {
        for (int creator : tree.findAllClass(authorBlock, "ltx_creator")) {
            const int personname = tree.findClass(creator, "ltx_personname");
            Creator c;
            if (personname >= 0)
                c.chunks = readPersonname(flattener.pieces(personname), &marked);
            c.notes = notesOf(tree, creator);
            creators.append(c);
        }
    }
    for (auto it = marked.begin(); it != marked.end();)
        it = InstitutionReducer::isNote(it.value()) ? marked.erase(it) : it + 1;

    const bool oneInstituteForAll = institutes.size() == 1;
    for (const Creator &creator : creators) {
        int people = 0;
        for (const Chunk &chunk : creator.chunks)
            people += static_cast<int>(chunk.names.size());
        QStringList unattributed = creator.notes.contacts + creator.notes.thanks;
        for (const Chunk &chunk : creator.chunks) {
            for (const Named &named : chunk.names) {
                FullText::Author author;
                author.name = named.name;
                for (const QString &mark : named.marks)
                    appendOnce(&author.affiliations, marked.value(mark));
                if (author.affiliations.isEmpty())
                    appendOnce(&author.affiliations, chunk.sharedLines.join(QLatin1Char('\n')));
                if (people == 1) {
                    for (const QString &affiliation : unattributed)
                        appendOnce(&author.affiliations, affiliation);
                    for (const QString &inst : creator.notes.institutes)
                        appendOnce(&author.affiliations, institutes.value(inst.toInt() - 1));
                    if (creator.notes.institutes.isEmpty() && oneInstituteForAll)
                        appendOnce(&author.affiliations, institutes.first());
                }
                result.authors.append(author);
            }
        }
        if (people != 1) {
            for (const QString &affiliation : unattributed)
                appendOnce(&result.otherAffiliations, affiliation, FullTextLimits::MaxOtherAffiliations);
        }
    }
    // Institutes no author's mark names still are the paper's.
    QSet<QString> used;
    for (const FullText::Author &author : result.authors) {
        for (const QString &affiliation : author.affiliations)
            used.insert(affiliation);
    }
    for (const QString &institute : institutes) {
        if (!used.contains(institute))
            appendOnce(&result.otherAffiliations, institute, FullTextLimits::MaxOtherAffiliations);
    }
    return result;
}

} // namespace DigestStudio
