#include "model/paper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace DigestStudio;

class TestPaper final : public QObject
{
    Q_OBJECT

private:
    static Paper sample()
    {
        Paper p;
        p.setId(QStringLiteral("2210.06441"));
        p.setVersion(2);
        p.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        p.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
        p.setAffiliations({QStringLiteral("University of Maryland"), QString()});
        p.setAbstract(QStringLiteral("Despite the clear performance benefits of data augmentations, ..."));
        p.setPrimaryCategory(QStringLiteral("cs.LG"));
        p.setCategories({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")});
        p.setPublished(QDateTime(QDate(2022, 10, 12), QTime(17, 42, 56), Qt::UTC));
        p.setUpdated(QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5), Qt::UTC));
        p.setComment(QStringLiteral("ICLR 2023"));
        p.setJournalRef(QString());
        p.setDoi(QStringLiteral("10.1000/xyz"));
        p.setAbsUrl(QStringLiteral("https://arxiv.org/abs/2210.06441v2"));
        p.setPdfUrl(QStringLiteral("https://arxiv.org/pdf/2210.06441v2"));
        return p;
    }

private Q_SLOTS:
    void jsonUsesTheContractsFieldNames()
    {
        const QJsonObject o = sample().toJson();
        const QStringList expected = {
            QStringLiteral("id"),
            QStringLiteral("version"),
            QStringLiteral("title"),
            QStringLiteral("authors"),
            QStringLiteral("affiliations"),
            QStringLiteral("abstract"),
            QStringLiteral("primary_category"),
            QStringLiteral("categories"),
            QStringLiteral("published"),
            QStringLiteral("updated"),
            QStringLiteral("comment"),
            QStringLiteral("journal_ref"),
            QStringLiteral("doi"),
            QStringLiteral("abs_url"),
            QStringLiteral("pdf_url"),
        };
        QStringList keys = o.keys();
        keys.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(keys, sortedExpected);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("2210.06441"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("authors")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2022-10-12T17:42:56Z"));
    }

    void jsonRoundTripKeepsEveryField()
    {
        const Paper p = sample();
        const QByteArray bytes = QJsonDocument(p.toJson()).toJson();
        const Paper back = Paper::fromJson(QJsonDocument::fromJson(bytes).object());
        QCOMPARE(back, p);
    }

    void valueSemantics()
    {
        Paper a = sample();
        Paper b = a;
        b.setTitle(QStringLiteral("Other"));
        QVERIFY(a != b);
        QCOMPARE(a.title(), QStringLiteral("How Much Data Are Augmentations Worth?"));
        QVERIFY(Paper().isNull());
        QVERIFY(!a.isNull());
    }

    void canonicalAbsUrlHasNoVersion()
    {
        QCOMPARE(sample().canonicalAbsUrl(), QStringLiteral("https://arxiv.org/abs/2210.06441"));
        Paper old;
        old.setId(QStringLiteral("hep-th/9901001"));
        QCOMPARE(old.canonicalAbsUrl(), QStringLiteral("https://arxiv.org/abs/hep-th/9901001"));
    }
};

QTEST_APPLESS_MAIN(TestPaper)
#include "tst_paper.moc"
