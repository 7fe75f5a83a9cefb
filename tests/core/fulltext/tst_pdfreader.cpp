// PdfReader: the first page of every fixture PDF (made by pdfTeX) read as text and rendered; PDFs over the
// cap refused unread; broken ones refused; a giant page rendered within the pixel cap.
#include "expectedfulltext.h"
#include "fulltext/fulltextlimits.h"
#include "fulltext/pdfreader.h"

using namespace DigestStudio;

namespace {

// A one-page PDF written by hand (PDF 1.4, section 7.5: header, objects, xref table with byte offsets,
// trailer).
QByteArray handMadePdf(int width, int height, const QByteArray &text)
{
    const QByteArray content =
        "BT /F1 24 Tf 72 " + QByteArray::number(height - 100) + " Td (" + text + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(width) + ' ' +
            QByteArray::number(height) + "] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(static_cast<int>(pdf.size()));
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const int xref = static_cast<int>(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestPdfReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        for (const QJsonValue &v : Test::fulltextExpectations().value(QLatin1String("pdf")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QLatin1String("file")).toString()))
                << o.value(QLatin1String("file")).toString() << o.value(QLatin1String("title")).toString();
        }
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        const PdfReader::Result result =
            PdfReader::readFirstPage(Test::fixture(QStringLiteral("fulltext/") + file), 2);
        QCOMPARE(result.error, PdfReader::Error::None);
        QVERIFY(result.pageCount >= 1);
        // pdfTeX's pages: US letter or A4.
        QVERIFY2(result.pageSize.width() > 590 && result.pageSize.width() < 615, qPrintable(file));
        QVERIFY(result.text.contains(title.left(20)));
        QVERIFY(!result.lines.isEmpty());
        QCOMPARE(result.image.width(), qRound(result.pageSize.width() * 2));
        QCOMPARE(result.image.height(), qRound(result.pageSize.height() * 2));
        // A page is not blank: some pixels are dark (the title at least).
        const QImage small = result.image.scaled(60, 80).convertToFormat(QImage::Format_Grayscale8);
        int dark = 0;
        for (int y = 0; y < small.height(); ++y)
            for (int x = 0; x < small.width(); ++x)
                dark += qGray(small.pixel(x, y)) < 200 ? 1 : 0;
        QVERIFY(dark > 5);
    }

    void textOnly()
    {
        const PdfReader::Result result =
            PdfReader::readFirstPage(Test::fixture(QStringLiteral("fulltext/pdf/authblk.pdf")));
        QVERIFY(result.ok());
        QVERIFY(result.image.isNull());
        QCOMPARE(result.lines.first().text, QStringLiteral("Sparse Adapters for Long-Context Retrieval"));
    }

    void handMade()
    {
        const PdfReader::Result result = PdfReader::readFirstPage(handMadePdf(612, 792, "Hello Poppler"), 1);
        QCOMPARE(result.error, PdfReader::Error::None);
        QCOMPARE(result.text, QStringLiteral("Hello Poppler"));
        QCOMPARE(result.image.size(), QSize(612, 792));
    }

    // Over 50 MB: refused before Poppler sees a byte, whatever the bytes (its own error, not a parse
    // failure).
    void sizeCap()
    {
        const QByteArray over(FullTextLimits::MaxPdfBytes + 1, '%');
        QCOMPARE(PdfReader::readFirstPage(over, 2).error, PdfReader::Error::TooLarge);
    }

    // A page of 200 by 200 inches at 2x would be 830 million pixels: rendered within the cap instead.
    void giantPage()
    {
        const PdfReader::Result result = PdfReader::readFirstPage(handMadePdf(14400, 14400, "Big"), 2);
        QCOMPARE(result.error, PdfReader::Error::None);
        QVERIFY(!result.image.isNull());
        QVERIFY(qint64(result.image.width()) * result.image.height() <= FullTextLimits::MaxRenderPixels);
        QVERIFY(result.image.width() > 6000);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body>No PDF</body></html>");
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n");
        QTest::newRow("garbage after the header") << QByteArray("%PDF-1.5\n") + QByteArray(4096, '\x9c');
    }

    void broken()
    {
        QFETCH(QByteArray, bytes);
        const PdfReader::Result result = PdfReader::readFirstPage(bytes, 2);
        QVERIFY(!result.ok());
        QVERIFY(result.error == PdfReader::Error::Unreadable || result.error == PdfReader::Error::NoPages);
        QVERIFY(result.image.isNull());
    }

    // Encrypted with a password (made by qpdf, see the fixtures' README): refused as locked.
    void locked()
    {
        const PdfReader::Result result =
            PdfReader::readFirstPage(Test::fixture(QStringLiteral("fulltext/pdf/locked.pdf")), 2);
        QCOMPARE(result.error, PdfReader::Error::Locked);
        QVERIFY(result.text.isEmpty());
        QVERIFY(result.image.isNull());
    }

    // Cut in half: refused or read as far as it goes, never a crash.
    void truncated()
    {
        const QByteArray pdf = Test::fixture(QStringLiteral("fulltext/pdf/figures.pdf"));
        const PdfReader::Result result = PdfReader::readFirstPage(pdf.left(pdf.size() / 2), 1);
        QVERIFY(result.ok() || result.error == PdfReader::Error::Unreadable ||
                result.error == PdfReader::Error::NoPages);
    }
};

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
