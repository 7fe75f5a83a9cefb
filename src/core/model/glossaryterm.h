// One term of the translators' glossary: an English term, its Chinese rendering and a note.
#pragma once

#include <QString>

namespace DigestStudio {

class GlossaryTerm final
{
public:
    GlossaryTerm() = default;
    GlossaryTerm(const QString &english, const QString &chinese, const QString &note = QString())
        : m_english(english)
        , m_chinese(chinese)
        , m_note(note)
    {}

    // Storage id in the library; 0 until stored.
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    QString english() const { return m_english; }
    void setEnglish(const QString &english) { m_english = english; }
    QString chinese() const { return m_chinese; }
    void setChinese(const QString &chinese) { m_chinese = chinese; }
    QString note() const { return m_note; }
    void setNote(const QString &note) { m_note = note; }

    bool operator==(const GlossaryTerm &o) const
    {
        return m_english == o.m_english && m_chinese == o.m_chinese && m_note == o.m_note;
    }
    bool operator!=(const GlossaryTerm &o) const { return !(*this == o); }

private:
    qint64 m_id = 0;
    QString m_english;
    QString m_chinese;
    QString m_note;
};

} // namespace DigestStudio
