#include "formats/glossarycsv.h"

#include "util/compat.h"

namespace DigestStudio {

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')) && field.trimmed() == field)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

struct CsvRow
{
    QStringList fields;
    int line = 0; // 1-based, where the row starts
};

// The RFC 4180 rows of a text; blank lines are skipped. Reading stops at the first syntax error.
class CsvRows
{
public:
    enum class Error { None, TextAfterQuote, UnclosedQuote };

    explicit CsvRows(const QString &text);

    const QVector<CsvRow> &rows() const { return m_rows; }
    Error error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    int readQuoted(const QString &text, int i);
    void endRow();

    QVector<CsvRow> m_rows;
    QStringList m_row;
    QString m_field;
    int m_line = 1;
    int m_rowLine = 1;
    bool m_inQuotes = false;
    bool m_afterQuote = false; // a quoted field just closed: only `,` or a line end may follow
    int m_quoteLine = 0;
    Error m_error = Error::None;
    int m_errorLine = 0;
};

CsvRows::CsvRows(const QString &text)
{
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (m_inQuotes) {
            i = readQuoted(text, i);
            continue;
        }
        if (c == QLatin1Char(',')) {
            m_row.append(m_field);
            m_field.clear();
            m_afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            m_afterQuote = false;
            ++m_line;
            m_rowLine = m_line;
        } else if (m_afterQuote) {
            m_error = Error::TextAfterQuote;
            m_errorLine = m_line;
            return;
        } else if (c == QLatin1Char('"') && m_field.trimmed().isEmpty()) {
            m_field.clear();
            m_inQuotes = true;
            m_quoteLine = m_line;
        } else {
            m_field += c;
        }
    }
    if (m_inQuotes) {
        m_error = Error::UnclosedQuote;
        m_errorLine = m_quoteLine;
        return;
    }
    if (!m_field.isEmpty() || !m_row.isEmpty())
        endRow();
}

// Character `i` inside a quoted field: `""` is a quote, a lone `"` closes the field. Returns the index of the
// last character it used.
int CsvRows::readQuoted(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == QLatin1Char('"')) {
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
            m_field += QLatin1Char('"');
            return i + 1;
        }
        m_inQuotes = false;
        m_afterQuote = true;
        return i;
    }
    if (c == QLatin1Char('\n'))
        ++m_line;
    m_field += c;
    return i;
}

void CsvRows::endRow()
{
    m_row.append(m_field);
    m_field.clear();
    // Blank lines separate nothing and are skipped.
    if (!(m_row.size() == 1 && m_row.first().trimmed().isEmpty()))
        m_rows.append(CsvRow{m_row, m_rowLine});
    m_row.clear();
}

} // namespace

bool GlossaryCsv::read(const QByteArray &input, QVector<GlossaryTerm> *terms, QString *error)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text;
    if (!Compat::decodeUtf8(bytes, &text)) {
        *error = tr("The file is not UTF-8 text.");
        return false;
    }
    const CsvRows csv(text);
    switch (csv.error()) {
    case CsvRows::Error::TextAfterQuote:
        *error = tr("Line %1: text after a closing quote.").arg(csv.errorLine());
        return false;
    case CsvRows::Error::UnclosedQuote:
        *error = tr("Line %1: a quoted field is never closed.").arg(csv.errorLine());
        return false;
    case CsvRows::Error::None:
        break;
    }

    QVector<GlossaryTerm> parsed;
    const QVector<CsvRow> &rows = csv.rows();
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &fields = rows.at(r).fields;
        if (r == 0 && fields.size() >= 2 &&
            fields.at(0).trimmed().compare(QLatin1String("english"), Qt::CaseInsensitive) == 0 &&
            fields.at(1).trimmed().compare(QLatin1String("chinese"), Qt::CaseInsensitive) == 0)
            continue;
        if (fields.size() > 3) {
            *error = tr("Line %1: %2 fields; a term has at most three (English, Chinese, note).")
                         .arg(rows.at(r).line)
                         .arg(fields.size());
            return false;
        }
        const QString english = fields.at(0).trimmed();
        const QString chinese = fields.size() > 1 ? fields.at(1).trimmed() : QString();
        if (english.isEmpty() || chinese.isEmpty()) {
            *error = tr("Line %1: a term needs both an English term and a Chinese rendering.")
                         .arg(rows.at(r).line);
            return false;
        }
        parsed.append(GlossaryTerm(english, chinese, fields.size() > 2 ? fields.at(2).trimmed() : QString()));
    }
    *terms = parsed;
    return true;
}

QByteArray GlossaryCsv::write(const QVector<GlossaryTerm> &terms)
{
    QString out = QStringLiteral("english,chinese,note\r\n");
    for (const GlossaryTerm &term : terms)
        out += quoted(term.english()) + QLatin1Char(',') + quoted(term.chinese()) + QLatin1Char(',') +
               quoted(term.note()) + QLatin1String("\r\n");
    return out.toUtf8();
}

} // namespace DigestStudio
