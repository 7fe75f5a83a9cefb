// digestctl figures: list, add, pick, move and remove on real libraries (SQLite files and PostgreSQL), the
// paper's figures from a loopback arXiv serving tests/fixtures/fulltext. Sizes and captions are the fixtures'
// own (make-fixtures.sh draws loss.png 320x200 and arch.png 400x150; figures.tex numbers and captions them).
#include "inprocessctl.h"
#include "loopbackhttpserver.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Server = DigestStudio::Test::LoopbackHttpServer;

namespace {

QString fixturePath(const QString &path)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/fulltext/") + path;
}

} // namespace

class TestFigureCommands final : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    Test::ScratchLibraries *m_libraries = nullptr;
    QString m_db;
    qint64 m_digest = 0;

    Test::CtlRun ctl(const QStringList &command) const
    {
        return Test::runCtl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--arxiv-site"),
                                        m_server->url().toString(), QStringLiteral("--arxiv-interval-ms"),
                                        QStringLiteral("0"), QStringLiteral("figures")} +
                            command);
    }

    Test::CtlRun figures(const QString &sub, int position, const QStringList &rest = {}) const
    {
        return ctl(QStringList{sub, QString::number(m_digest), QString::number(position)} + rest);
    }

    QJsonArray listed(int position) const
    {
        return QJsonDocument::fromJson(
                   figures(QStringLiteral("list"), position, {QStringLiteral("--json")}).out.toUtf8())
            .array();
    }

    QStringList ids(int position) const
    {
        QStringList list;
        for (const QJsonValue &figure : listed(position))
            list.append(
                QString::number(figure.toObject().value(QStringLiteral("id")).toVariant().toLongLong()));
        return list;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_server->route(
            QStringLiteral("/html/2601.00002"),
            Server::ok(Test::fixture(QStringLiteral("fulltext/arxiv/figures/figures.html")), "text/html"));
        m_server->route(
            QStringLiteral("/html/2601.00002v2/arch.png"),
            Server::ok(Test::fixture(QStringLiteral("fulltext/arxiv/figures/arch.png")), "image/png"));
        m_server->route(
            QStringLiteral("/pdf/2601.00003"),
            Server::ok(Test::fixture(QStringLiteral("fulltext/pdf/ieeetran.pdf")), "application/pdf"));
        m_libraries = new Test::ScratchLibraries;
        QFETCH_GLOBAL(QString, backend);
        m_db = m_libraries->create(backend);
        QVERIFY2(!m_db.isEmpty(), qPrintable(Test::ScratchLibraries::noServer()));
        LibraryError error;
        std::unique_ptr<Library> library = Library::open(m_db, &error);
        QVERIFY2(library, qPrintable(error.message));
        m_digest = library->createDigest(QDate(2026, 12, 7), QString(), &error);
        for (const char *id : {"2601.00002", "2601.00003"}) {
            DigestEntry entry;
            entry.setArxivId(QLatin1String(id));
            QVERIFY(library->appendEntry(m_digest, entry, &error).id() != 0);
        }
    }

    void cleanup()
    {
        delete m_libraries;
        m_libraries = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    // Files in, listed in order with their sizes and captions, moved and removed; what is not an image is
    // refused and changes nothing.
    void addListMoveAndRemove()
    {
        Test::CtlRun r = figures(QStringLiteral("add"), 1,
                                 {fixturePath(QStringLiteral("arxiv/figures/loss.png")),
                                  QStringLiteral("--caption"), QStringLiteral("A plot")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString loss = r.out.trimmed();
        r = figures(QStringLiteral("add"), 1, {fixturePath(QStringLiteral("arxiv/figures/arch.png"))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString arch = r.out.trimmed();
        r = figures(QStringLiteral("add"), 1, {fixturePath(QStringLiteral("src/bare/bare.tex"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bare.tex is not a PNG, JPEG or GIF image")),
                 qPrintable(r.err));

        r = figures(QStringLiteral("list"), 1);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out, loss + QStringLiteral("\timage/png\t320x200\tA plot\n") + arch +
                            QStringLiteral("\timage/png\t400x150\t\n"));
        QCOMPARE(ids(1), (QStringList{loss, arch}));
        QCOMPARE(ids(2), QStringList());

        QCOMPARE(figures(QStringLiteral("move"), 1, {arch, QStringLiteral("1")}).status, 0);
        QCOMPARE(ids(1), (QStringList{arch, loss}));
        QCOMPARE(figures(QStringLiteral("move"), 1, {arch, QStringLiteral("9")}).status,
                 0); // past the end: last
        QCOMPARE(ids(1), (QStringList{loss, arch}));
        r = figures(QStringLiteral("move"), 2, {arch, QStringLiteral("1")}); // another entry's figure
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the entry has no figure ") + arch), qPrintable(r.err));

        r = figures(QStringLiteral("remove"), 1, {loss});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("removed ") + loss + QLatin1Char('\n'));
        QCOMPARE(ids(1), QStringList{arch});
        QCOMPARE(figures(QStringLiteral("remove"), 1, {loss}).status, 1);
        QCOMPARE(figures(QStringLiteral("list"), 0).status, 2);
    }

    // A figure of the paper by its number, with its caption; a number without an image names those there are;
    // the first page of a PDF-only paper.
    void pickFromThePaper()
    {
        Test::CtlRun r = figures(QStringLiteral("pick"), 1, {QStringLiteral("3")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QJsonObject figure = listed(1).at(0).toObject();
        QCOMPARE(QString::number(figure.value(QStringLiteral("id")).toVariant().toLongLong()),
                 r.out.trimmed());
        QCOMPARE(figure.value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Figure 3: The architecture: encoder & decoder, with “gates”."));
        QCOMPARE(figure.value(QStringLiteral("width")).toInt(), 400);
        QCOMPARE(figure.value(QStringLiteral("height")).toInt(), 150);

        r = figures(QStringLiteral("pick"), 1, {QStringLiteral("4")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no figure 4 with an image (it has 1, 2, 3)")),
                 qPrintable(r.err));
        r = figures(QStringLiteral("pick"), 1, {QStringLiteral("page")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no first page to render")), qPrintable(r.err));
        QCOMPARE(listed(1).size(), 1);

        r = figures(QStringLiteral("pick"), 2, {QStringLiteral("page")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        figure = listed(2).at(0).toObject();
        QCOMPARE(figure.value(QStringLiteral("caption")).toString(), QStringLiteral("First page"));
        QCOMPARE(figure.value(QStringLiteral("mime")).toString(), QStringLiteral("image/png"));
        QVERIFY(figure.value(QStringLiteral("height")).toInt() >
                figure.value(QStringLiteral("width")).toInt());
    }
};

QTEST_GUILESS_MAIN(TestFigureCommands)
#include "tst_figurecommands.moc"
