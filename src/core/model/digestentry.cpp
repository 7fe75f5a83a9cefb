#include "model/digestentry.h"

#include <QJsonArray>
#include <QJsonValue>

namespace DigestStudio {

namespace {

const char *const fieldNames[DigestEntry::FieldCount] = {
    "tag",      "title",          "authors_line", "affiliations", "affiliations_note",
    "zh_title", "zh_short_title", "zh_summary",   "abstract",     "link",
};

const char *const statusNames[] = {"draft", "translated", "reviewed"};

// White space and U+FEFF (a stray byte-order mark the post's reader drops at a line's end), so that a short
// title derived at the end of the summary line reads back as itself.
QString trimmedTitle(const QString &text)
{
    const auto blank = [](QChar c) { return c.isSpace() || c.unicode() == 0xFEFF; };
    int begin = 0;
    int end = static_cast<int>(text.size());
    while (begin < end && blank(text.at(begin)))
        ++begin;
    while (end > begin && blank(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString DigestEntry::effectiveShortTitle() const
{
    const QString stored = zhShortTitle();
    return stored.isEmpty() ? defaultShortTitle(zhTitle()) : stored;
}

QString DigestEntry::defaultShortTitle(const QString &zhTitle)
{
    static const QString stops = QStringLiteral(":\uFF1A?\uFF1F");
    for (int i = 0; i < zhTitle.size(); ++i) {
        if (stops.contains(zhTitle.at(i)))
            return trimmedTitle(zhTitle.left(i));
    }
    return trimmedTitle(zhTitle);
}

QString DigestEntry::fieldName(Field field)
{
    return QString::fromLatin1(fieldNames[static_cast<int>(field)]);
}

bool DigestEntry::fieldFromName(const QString &name, Field *field)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (name == QLatin1String(fieldNames[i])) {
            *field = static_cast<Field>(i);
            return true;
        }
    }
    // The contract's `set` also accepts `authors` for the authors line.
    if (name == QLatin1String("authors")) {
        *field = Field::AuthorsLine;
        return true;
    }
    return false;
}

QString DigestEntry::statusName(Status status)
{
    return QString::fromLatin1(statusNames[static_cast<int>(status)]);
}

bool DigestEntry::statusFromName(const QString &name, Status *status)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(statusNames[i])) {
            *status = static_cast<Status>(i);
            return true;
        }
    }
    return false;
}

QJsonObject DigestEntry::toJson(int position) const
{
    QJsonObject o;
    o.insert(QStringLiteral("position"), position);
    o.insert(QStringLiteral("arxiv_id"), m_arxivId);
    o.insert(QStringLiteral("version"), m_version);
    for (int i = 0; i < FieldCount; ++i)
        o.insert(QString::fromLatin1(fieldNames[i]), m_fields[static_cast<std::size_t>(i)]);
    o.insert(QStringLiteral("status"), statusName(m_status));
    o.insert(QStringLiteral("drafted_by"), m_draftedBy.isEmpty() ? QJsonValue() : QJsonValue(m_draftedBy));
    o.insert(QStringLiteral("assignee"), m_assignee.isEmpty() ? QJsonValue() : QJsonValue(m_assignee));
    o.insert(QStringLiteral("reviewer"), m_reviewer.isEmpty() ? QJsonValue() : QJsonValue(m_reviewer));
    if (!m_affiliationsBy.isEmpty())
        o.insert(QStringLiteral("affiliations_by"), m_affiliationsBy);
    // Only proposed entries carry the keys: the JSON of every other entry stays as it was.
    if (m_proposed) {
        o.insert(QStringLiteral("proposed"), true);
        o.insert(QStringLiteral("score"), m_proposalScore);
        o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(m_proposalReasons));
    }
    return o;
}

DigestEntry DigestEntry::fromJson(const QJsonObject &o)
{
    DigestEntry e;
    e.m_arxivId = o.value(QStringLiteral("arxiv_id")).toString();
    e.m_version = o.value(QStringLiteral("version")).toInt();
    for (int i = 0; i < FieldCount; ++i)
        e.m_fields[static_cast<std::size_t>(i)] = o.value(QString::fromLatin1(fieldNames[i])).toString();
    Status status = Status::Draft;
    if (statusFromName(o.value(QStringLiteral("status")).toString(), &status))
        e.m_status = status;
    e.m_draftedBy = o.value(QStringLiteral("drafted_by")).toString();
    e.m_affiliationsBy = o.value(QStringLiteral("affiliations_by")).toString();
    e.m_assignee = o.value(QStringLiteral("assignee")).toString();
    e.m_reviewer = o.value(QStringLiteral("reviewer")).toString();
    if (o.value(QStringLiteral("proposed")).toBool()) {
        QStringList reasons;
        for (const QJsonValue &reason : o.value(QStringLiteral("reasons")).toArray())
            reasons.append(reason.toString());
        e.setProposal(o.value(QStringLiteral("score")).toDouble(), reasons);
    }
    return e;
}

bool DigestEntry::operator==(const DigestEntry &other) const
{
    return m_arxivId == other.m_arxivId && m_version == other.m_version && m_fields == other.m_fields &&
           m_status == other.m_status && m_draftedBy == other.m_draftedBy &&
           m_affiliationsBy == other.m_affiliationsBy && m_proposed == other.m_proposed &&
           m_proposalScore == other.m_proposalScore && m_proposalReasons == other.m_proposalReasons;
}

void DigestEntry::setProposal(double score, const QStringList &reasons)
{
    m_proposed = true;
    m_proposalScore = qBound(0.0, score, 100.0);
    m_proposalReasons = reasons;
}

void DigestEntry::clearProposal()
{
    m_proposed = false;
    m_proposalScore = 0;
    m_proposalReasons.clear();
}

bool DigestEntry::isChineseField(Field field)
{
    return field == Field::ZhTitle || field == Field::ZhShortTitle || field == Field::ZhSummary;
}

void DigestEntry::setFieldByPerson(Field field, const QString &value)
{
    setField(field, value);
    if (isChineseField(field))
        m_draftedBy.clear();
    else if (field == Field::Affiliations)
        m_affiliationsBy.clear();
}

void DigestEntry::setStatusByPerson(Status status)
{
    m_status = status;
    if (status == Status::Reviewed)
        m_draftedBy.clear();
}

} // namespace DigestStudio
