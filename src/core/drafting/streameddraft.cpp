#include "drafting/streameddraft.h"

namespace DigestStudio {

namespace {

const QLatin1String Keys[3] = {QLatin1String("zh_title"), QLatin1String("zh_short_title"),
                               QLatin1String("zh_summary")};
constexpr int LongestKey = 14;

QString *fieldOf(DraftFields *fields, int which)
{
    QString *all[3] = {&fields->zhTitle, &fields->zhShortTitle, &fields->zhSummary};
    return all[which];
}

} // namespace

DraftFields StreamedDraft::read(const QString &textSoFar)
{
    StreamedDraft draft;
    draft.feed(textSoFar);
    return draft.fields();
}

DraftFields StreamedDraft::fields() const
{
    if (m_json || m_sawKey)
        return m_fields;
    // Plain text (a provider that answers in prose, or the first bytes before the object) shows as it is.
    DraftFields prose;
    prose.zhSummary = m_prose;
    return prose;
}

StreamedDraft::Change StreamedDraft::feed(const QString &more)
{
    m_added = DraftFields();
    const bool wasProse = !m_json && !m_sawKey;
    const int proseBefore = int(m_prose.size());
    for (const QChar c : more) {
        if (m_state == State::Start) {
            if (c.isSpace())
                continue;
            if (c == QLatin1Char('{')) {
                m_json = true;
                m_state = State::Outside;
                continue;
            }
            m_state = c == QLatin1Char('`') ? State::Fence : State::Outside;
        }
        if (!m_json && !m_sawKey)
            takeProse(c);
        if (m_state == State::Fence) {
            // "```" opens a code fence around the object; one or two backticks are prose.
            if (c == QLatin1Char('`') && ++m_backticks < 3)
                continue;
            m_state = State::Outside;
            if (c == QLatin1Char('`')) {
                m_json = true;
                m_prose.clear();
                m_proseTail.clear();
                continue;
            }
        }
        take(c);
    }
    Change change;
    if (wasProse && (m_json || m_sawKey)) {
        change.startOver = true;
        change.added = m_fields;
    } else if (wasProse) {
        change.added.zhSummary = m_prose.mid(proseBefore);
    } else {
        change.added = m_added;
    }
    m_added = DraftFields();
    return change;
}

void StreamedDraft::takeProse(QChar c)
{
    if (c.isSpace()) {
        m_proseTail.append(c);
        return;
    }
    m_prose.append(m_proseTail);
    m_proseTail.clear();
    m_prose.append(c);
}

void StreamedDraft::take(QChar c)
{
    switch (m_state) {
    case State::Start:
    case State::Fence:
    case State::Outside:
        if (c == QLatin1Char('"')) {
            m_state = State::InString;
            m_key.clear();
            m_keyTooLong = false;
        }
        return;
    case State::AfterKey:
        if (c.isSpace() || c == QLatin1Char(':'))
            return;
        m_state = c == QLatin1Char('"') ? State::InValue : State::Outside;
        if (m_state == State::Outside) {
            m_target = -1; // the key has arrived, its value is not a string
            take(c);
        }
        return;
    case State::InString:
    case State::InValue:
        if (!m_pending.isEmpty()) {
            m_pending.append(c);
            takeEscape();
        } else if (c == QLatin1Char('\\')) {
            m_pending = c;
        } else if (c == QLatin1Char('"')) {
            endString();
        } else {
            put(c);
        }
        return;
    }
}

void StreamedDraft::takeEscape()
{
    static const QString simple = QStringLiteral("\"\\/bfnrt");
    static const QString meaning = QStringLiteral("\"\\/\b\f\n\r\t");
    const QChar c = m_pending.at(1);
    if (c == QLatin1Char('u')) {
        if (m_pending.size() < 6)
            return; // the rest of \uXXXX is on its way
        bool ok = false;
        const ushort code = m_pending.mid(2, 4).toUShort(&ok, 16);
        if (ok)
            put(QChar(code));
    } else if (simple.contains(c)) {
        put(meaning.at(simple.indexOf(c)));
    } else {
        // Not an escape JSON has (math restored into the text, `\log`): the backslash stays.
        put(QLatin1Char('\\'));
        put(c);
    }
    m_pending.clear();
}

void StreamedDraft::put(QChar c)
{
    if (m_state == State::InValue) {
        if (m_target >= 0) {
            fieldOf(&m_fields, m_target)->append(c);
            fieldOf(&m_added, m_target)->append(c);
        }
    } else if (m_key.size() < LongestKey) {
        m_key.append(c);
    } else {
        m_keyTooLong = true;
    }
}

void StreamedDraft::endString()
{
    if (m_state == State::InValue) {
        m_target = -1;
        m_state = State::Outside;
        return;
    }
    m_state = State::Outside;
    for (int which = 0; which < 3 && !m_keyTooLong; ++which) {
        if (m_key != Keys[which])
            continue;
        m_sawKey = true;
        // The first value of a key counts; a repeated key's value is read past.
        m_target = m_seen[which] ? -1 : which;
        m_seen[which] = true;
        m_state = State::AfterKey;
    }
}

} // namespace DigestStudio
