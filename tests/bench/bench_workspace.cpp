// The workspace's interactive costs: one keystroke in a 3,000-character abstract with highlighting, sentence
// alignment, glossary marks and spelling on; the paper list model's data() over a 200-entry digest; startup
// to a usable window on a 100,000-paper library; opening and scrolling a 200-entry digest.
#include "app/mainwindow.h"
#include "common/guiresources.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "models/paperlistmodel.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "text/glossary.h"
#include "text/spellchecker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTreeView>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

using namespace DigestStudio;

namespace {

QString abstractOf(int length)
{
    const QString sentence = QStringLiteral(
        "Despite the clear performance benefits of data augmentations, little is known about why they are so "
        "effective at 12.5% of the cost, see $O(n^2)$ and https://github.com/x/y for the vision "
        "transformer. ");
    QString text;
    while (text.size() < length)
        text += sentence;
    return text.left(length);
}

Digest makeDigest(int entries, int abstractLength)
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < entries; ++i) {
        DigestEntry e;
        e.setArxivId(QStringLiteral("2210.%1").arg(10000 + i));
        e.setVersion(1);
        e.setTag(QStringLiteral("LG"));
        e.setTitle(QStringLiteral("How Much Data Are Augmentations Worth? Number %1").arg(i));
        e.setZhTitle(QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究"));
        e.setAbstract(abstractOf(abstractLength));
        e.setZhSummary(QString(600, QChar(0x6570)) + QStringLiteral("。") + QString(300, QChar(0x636E)));
        digest.entries().append(e);
    }
    return digest;
}

QVector<GlossaryTerm> glossaryTerms()
{
    QVector<GlossaryTerm> terms;
    const char *const english[] = {"data augmentation", "vision transformer", "invariance", "loss landscape",
                                   "performance",       "regularization",     "benefit",    "cost"};
    for (const char *term : english)
        terms.append(GlossaryTerm(QString::fromLatin1(term), QStringLiteral("术语")));
    // A realistic glossary size: a few hundred terms the text mostly does not contain.
    for (int i = 0; i < 400; ++i)
        terms.append(GlossaryTerm(QStringLiteral("term%1 phrase").arg(i), QStringLiteral("术语%1").arg(i)));
    return terms;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

void pressKey(QWidget *widget, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &release);
}

// One keystroke (a letter, then a backspace, alternately) in the middle of the abstract: handled (text,
// undo step, highlighting, glossary and spelling marks, sentence alignment) and, with `paint`, also painted
// as the screen would show it.
void keystroke(benchmark::State &state, bool paint)
{
    DigestDocument document;
    document.setDigest(makeDigest(1, static_cast<int>(state.range(0))));
    Glossary glossary;
    glossary.setTerms(glossaryTerms());
    SpellChecker spell;
    EntryEditor editor;
    editor.setDocument(&document);
    editor.setGlossary(&glossary);
    editor.setSpellChecker(&spell);
    editor.resize(1400, 900);
    editor.show();
    editor.setCurrentEntry(0);
    FieldEdit *abstract = editor.fieldEdit(DigestEntry::Field::Abstract);
    abstract->setFocus();
    QTextCursor cursor = abstract->textCursor();
    cursor.setPosition(static_cast<int>(abstract->text().size() / 2));
    abstract->setTextCursor(cursor);
    QApplication::processEvents();

    std::vector<double> millis;
    std::vector<double> handled;
    bool type = true;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        if (type)
            pressKey(abstract, Qt::Key_E, QStringLiteral("e"));
        else
            pressKey(abstract, Qt::Key_Backspace, QString());
        // What the editor defers to the end of the event: the sentence marks.
        editor.updateAlignment();
        handled.push_back(timer.nsecsElapsed() / 1e6);
        if (paint) // the update requests: the window repaints what changed, as on screen
            QCoreApplication::processEvents();
        millis.push_back(timer.nsecsElapsed() / 1e6);
        type = !type;
    }
    if (editor.alignedSentence() < 0 || abstract->text().size() < state.range(0))
        state.SkipWithError("the editor did not align or lost text");
    state.counters["handled_p50_ms"] = percentile(handled, 0.50);
    state.counters["handled_p95_ms"] = percentile(handled, 0.95);
    if (paint) {
        state.counters["painted_p50_ms"] = percentile(millis, 0.50);
        state.counters["painted_p95_ms"] = percentile(millis, 0.95);
    }
}

void BM_Keystroke(benchmark::State &state)
{
    keystroke(state, false);
}

void BM_KeystrokeAndPaint(benchmark::State &state)
{
    keystroke(state, true);
}

void BM_PaperListData(benchmark::State &state)
{
    DigestDocument document;
    document.setDigest(makeDigest(200, 1500));
    for (int row = 0; row < 200; row += 7)
        document.setMarkers(QStringLiteral("2210.%1").arg(10000 + row), {true, 3});
    PaperListModel model(&document);
    const int roles[] = {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::TextAlignmentRole};
    std::int64_t calls = 0;
    for (auto _ : state) {
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (int role : roles)
                    benchmark::DoNotOptimize(model.data(index, role));
                calls += 4;
            }
        }
    }
    state.counters["ns_per_data"] = benchmark::Counter(
        static_cast<double>(calls), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// A library of 100,000 papers and 300 digests (the latest of 200 entries), made once and kept in the temp
// folder.
QString benchLibrary()
{
    const QString path = QDir::temp().filePath(QStringLiteral("digest-bench-workspace-v1.sqlite"));
    if (QFileInfo::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    LibraryError openError;
    auto library = Library::open(partial, &openError);
    if (!library)
        qFatal("%s", qPrintable(openError.message));
    QRandomGenerator rng(7);
    LibraryError error;
    QVector<Paper> batch;
    for (int i = 0; i < 100000; ++i) {
        Paper p;
        p.setId(QStringLiteral("%1.%2").arg(1800 + i / 90000).arg(10000 + i % 90000));
        p.setVersion(1 + static_cast<int>(rng.bounded(3)));
        p.setTitle(QStringLiteral("A study of scalable representation learning, number %1").arg(i));
        p.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
        p.setAbstract(abstractOf(900));
        p.setPrimaryCategory(QStringLiteral("cs.LG"));
        batch.append(p);
        if (batch.size() == 1000) {
            if (!library->storePapers(batch, &error))
                qFatal("%s", qPrintable(error.message));
            batch.clear();
        }
    }
    for (int d = 0; d < 300; ++d) {
        Digest digest = makeDigest(d == 299 ? 200 : 40, 1500);
        digest.setDate(QDate(2025, 1, 1).addDays(d));
        for (int e = 0; e < digest.entryCount(); ++e)
            digest.entries()[e].setArxivId(
                QStringLiteral("1800.%1").arg(10000 + static_cast<int>(rng.bounded(90000))));
        if (library->createDigest(digest, &error) == 0)
            qFatal("%s", qPrintable(error.message));
    }
    library.reset();
    QFile::rename(partial, path);
    return path;
}

// The window's launch configuration on the library at `path` (--db).
LaunchConfig launchOn(const QString &path)
{
    LaunchConfig config;
    config.set(SettingsKeys::LibraryLocation.name(), path);
    return config;
}

// From nothing to a window showing the latest digest, painted: opening the library, listing the digests,
// loading the digest and its markers, building the widgets.
void BM_Startup(benchmark::State &state)
{
    const QString path = benchLibrary();
    std::vector<double> millis;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        MainWindow window(launchOn(path));
        window.show();
        window.repaint();
        QCoreApplication::processEvents();
        millis.push_back(timer.nsecsElapsed() / 1e6);
        if (window.findChild<Workspace *>(QStringLiteral("workspace"))->document()->entryCount() != 200)
            state.SkipWithError("the latest digest did not open");
        state.PauseTiming();
        window.close();
        state.ResumeTiming();
    }
    state.counters["max_ms"] = percentile(millis, 1.0);
}

// The 200-entry digest's paper list scrolled from top to bottom, one page at a time, painted each time.
void BM_ScrollPaperList(benchmark::State &state)
{
    MainWindow window(launchOn(benchLibrary()));
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    auto *view = window.findChild<QTreeView *>(QStringLiteral("paperView"));
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> millis;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (int value = 0; value <= bar->maximum(); value += qMax(1, bar->pageStep())) {
            timer.start();
            bar->setValue(value);
            view->viewport()->repaint();
            millis.push_back(timer.nsecsElapsed() / 1e6);
        }
        bar->setValue(0);
    }
    state.counters["page_p95_ms"] = percentile(millis, 0.95);
    state.counters["page_max_ms"] = percentile(millis, 1.0);
}

} // namespace

BENCHMARK(BM_Startup)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScrollPaperList)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Keystroke)->Arg(3000)->Iterations(400)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KeystrokeAndPaint)->Arg(3000)->Iterations(400)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PaperListData)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    // Widgets need an application; the offscreen platform runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Window geometry and dock settings of the benchmark stay out of the user's.
    QCoreApplication::setApplicationName(QStringLiteral("digest-studio-bench"));
    GuiResources::init();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
