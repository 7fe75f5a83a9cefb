// Reads tests/fixtures/fulltext/expected.json (written by hand from the papers' sources) for the fulltext
// tests.
#pragma once

#include "fulltext/fulltext.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace DigestStudio::Test {

inline QJsonObject fulltextExpectations()
{
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(fixture(QStringLiteral("fulltext/expected.json")), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("expected.json: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

inline QVector<FullText::Author> expectedAuthors(const QJsonObject &paper)
{
    QVector<FullText::Author> authors;
    for (const QJsonValue &v : paper.value(QLatin1String("authors")).toArray())
        authors.append({v.toObject().value(QLatin1String("name")).toString(),
                        strings(v.toObject().value(QLatin1String("affiliations")))});
    return authors;
}

inline QVector<FullText::Figure> expectedFigures(const QJsonObject &paper)
{
    QVector<FullText::Figure> figures;
    for (const QJsonValue &v : paper.value(QLatin1String("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        FullText::Figure figure;
        figure.label = o.value(QLatin1String("label")).toString();
        figure.number = o.value(QLatin1String("number")).toString();
        figure.caption = o.value(QLatin1String("caption")).toString();
        for (const QJsonValue &i : o.value(QLatin1String("images")).toArray())
            figure.images.append({i.toObject().value(QLatin1String("url")).toString(),
                                  i.toObject().value(QLatin1String("width")).toInt(),
                                  i.toObject().value(QLatin1String("height")).toInt()});
        figures.append(figure);
    }
    return figures;
}

} // namespace DigestStudio::Test
