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

    QVector<QStringList> rows;
    QVector<int> rowLines;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only `,` or a line end may follow
    int quoteLine = 0;
    const int n = static_cast<int>(text.size());
    auto endRow = [&] {
        row.append(field);
        field.clear();
        // Blank lines separate nothing and are skipped.
        if (!(row.size() == 1 && row.first().trimmed().isEmpty())) {
            rows.append(row);
            rowLines.append(rowLine);
        }
        row.clear();
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            afterQuote = false;
            ++line;
            rowLine = line;
        } else if (afterQuote) {
            *error = tr("Line %1: text after a closing quote.").arg(line);
            return false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        *error = tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();

    QVector<GlossaryTerm> parsed;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &fields = rows.at(r);
        if (r == 0 && fields.size() >= 2 &&
            fields.at(0).trimmed().compare(QLatin1String("english"), Qt::CaseInsensitive) == 0 &&
            fields.at(1).trimmed().compare(QLatin1String("chinese"), Qt::CaseInsensitive) == 0)
            continue;
        if (fields.size() > 3) {
            *error = tr("Line %1: %2 fields; a term has at most three (English, Chinese, note).")
                         .arg(rowLines.at(r))
                         .arg(fields.size());
            return false;
        }
        const QString english = fields.at(0).trimmed();
        const QString chinese = fields.size() > 1 ? fields.at(1).trimmed() : QString();
        if (english.isEmpty() || chinese.isEmpty()) {
            *error =
                tr("Line %1: a term needs both an English term and a Chinese rendering.").arg(rowLines.at(r));
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
