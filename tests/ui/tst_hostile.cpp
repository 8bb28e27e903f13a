// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile platform text through the inbox and the case view on a real SQLite workspace with real
// widgets: markup and <img> tags (one pointing at a local HTTP server that must never be asked),
// `a < b`, lying link text, bidi overrides and isolates, zero-width characters, a 1 MB body and
// 10,000-deep nesting. Every string must show verbatim (the models give back exactly what was
// stored; every label showing it is plain text; the thread delegate draws plain text), nothing is
// loaded, and the GUI thread's longest stall while the 1 MB case opens is printed (a timing
// never decides this test).

#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/messagedelegate.h"
#include "ui/threadmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 30000;

struct Hostile {
    QString name;
    QString author;
    QString text;
};

/// The inbox's snippet as storage shortens it: one line, at most 160 characters.
QString snippetOf(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 160)
        line = line.left(159) + u'…';
    return line;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void inboxShowsEveryStringVerbatim();
    void caseViewShowsEveryStringVerbatim();
    void theHugeCaseOpensWithoutStallingTheGui();
    void nothingWasLoaded();

private:
    Id caseOf(const QString &name) const { return m_cases.value(name); }
    bool select(Id caseId);

    QTemporaryDir m_dir;
    QTcpServer m_server; ///< what an <img src=http://...> would reach
    int m_connections = 0;
    QList<Hostile> m_corpus;
    QHash<QString, Id> m_cases;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_inboxView = nullptr;
    QListView *m_threadView = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        ++m_connections;
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            socket->close();
    });
    const QString pixel = u"http://127.0.0.1:%1/pixel.png"_s.arg(m_server.serverPort());
    QString huge;
    huge.reserve(1000 * 1000);
    const QString sentence = u"Lorem ipsum <b>dolor</b> sit amet, a < b & c > d; "_s;
    while (huge.size() + sentence.size() < 1000 * 1000 - 16)
        huge += sentence;
    m_corpus = {
        { u"markup"_s, u"<b>Mallory</b> <img src=\"%1\">"_s.arg(pixel),
            u"<h1>Refund</h1><img src=\"%1\"><img src=\"file://%2\"><script>alert(1)</script>"_s
                .arg(pixel, m_dir.filePath(u"canary.png"_s)) },
        { u"less-than"_s, u"a < b"_s, u"a < b && c > d, 1 <2> 3 &amp; &lt;"_s },
        { u"lying-link"_s, u"Bank Support"_s,
            u"Verify here: <a href=\"http://evil.example/steal\">https://bank.com/login</a>"_s },
        { u"bidi"_s, u"\u202Eevil\u202C Eve"_s,
            u"invoice_\u202Efdp.exe \u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069 \u202Bembed\u202C end"_s },
        { u"zero-width"_s, u"Zero\u200BWidth"_s,
            u"pass\u200Bword\u200C\u200D\uFEFF\u2060 visible"_s },
        { u"huge"_s, u"Huge Body"_s, huge },
        { u"deep-brackets"_s, u"Deep Brackets"_s, QString(10000, u'(') + QString(10000, u')') },
        { u"deep-tags"_s, u"Deep Tags"_s,
            u"<div>"_s.repeated(10000) + u"x"_s + u"</div>"_s.repeated(10000) },
        { u"lines"_s, u"Line\nBreaks"_s, u"first\nsecond\r\nthird\u2028fourth\tfifth"_s },
    };

    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"hostile.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    {
        Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
        QVERIFY(db.ok());
        Account account;
        account.platform = Platform::Mastodon;
        account.handle = u"@acme@mastodon.social"_s;
        const Result<Account> added = AccountStore::add(*db.value(), account, m_clock->now());
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        int i = 0;
        for (const Hostile &h : std::as_const(m_corpus)) {
            IngestBatch batch;
            batch.accountId = added.value().id;
            batch.stream = u"test"_s;
            IncomingMessage m;
            m.platformId = u"h%1"_s.arg(i);
            m.threadKey = h.name;
            m.visibility = i % 2 ? Visibility::Private : Visibility::Public;
            m.authorPlatformId = u"author-%1"_s.arg(i);
            m.authorName = h.author;
            m.text = h.text;
            m.createdAt = m_clock->now() - (100 - i) * 60000;
            batch.messages.append(m);
            const Result<IngestResult> stored
                = CaseStore::ingest(*db.value(), batch, m_clock->now());
            QVERIFY2(stored.ok(), qPrintable(stored.error().message));
            QCOMPARE(stored.value().caseIds.size(), 1);
            m_cases.insert(h.name, stored.value().caseIds.constFirst());
            // Stored exactly as given.
            const Result<CaseDetail> detail
                = CaseStore::detail(*db.value(), stored.value().caseIds.constFirst());
            QVERIFY(detail.ok());
            QCOMPARE(detail.value().messages.constFirst().text, h.text);
            ++i;
        }
    }

    m_workspace = std::make_unique<Workspace>(config, m_clock);
    m_window = std::make_unique<MainWindow>(m_workspace->cases(), m_workspace->changeFeed(),
        m_workspace->clock(), info.value().name, &m_workspace->customers());
    m_inboxView = m_window->findChild<QTreeView *>(u"inboxView"_s);
    m_threadView = m_window->findChild<QListView *>(u"threadView"_s);
    QVERIFY(m_inboxView && m_threadView);
    m_testers.append(new QAbstractItemModelTester(
        m_inboxView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_testers.append(new QAbstractItemModelTester(
        m_threadView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_inboxView->model()->rowCount(), m_corpus.size(), timeout);
}

void TestHostile::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_workspace.reset();
}

bool TestHostile::select(Id caseId)
{
    const QAbstractItemModel *model = m_inboxView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(InboxModel::CaseIdRole).toLongLong() == caseId) {
            m_inboxView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void TestHostile::inboxShowsEveryStringVerbatim()
{
    const QAbstractItemModel *model = m_inboxView->model();
    for (const Hostile &h : std::as_const(m_corpus)) {
        int row = 0;
        while (row < model->rowCount()
            && model->index(row, 0).data(InboxModel::CaseIdRole).toLongLong() != caseOf(h.name))
            ++row;
        QVERIFY2(row < model->rowCount(), qPrintable(h.name));
        QCOMPARE(model->index(row, InboxModel::CustomerColumn).data().toString(), h.author);
        QCOMPARE(model->index(row, InboxModel::SnippetColumn).data().toString(), snippetOf(h.text));
    }
    // Painting every row (the tree view's plain-text delegate, eliding a snippet) loads nothing.
    const QPixmap shot = m_inboxView->grab();
    QVERIFY(!shot.isNull());
}

void TestHostile::caseViewShowsEveryStringVerbatim()
{
    for (const Hostile &h : std::as_const(m_corpus)) {
        if (h.name == u"huge"_s)
            continue; // its own test below
        QVERIFY(select(caseOf(h.name)));
        auto *thread = qobject_cast<ThreadModel *>(m_threadView->model());
        QTRY_COMPARE_WITH_TIMEOUT(thread->caseId(), caseOf(h.name), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 1, timeout);
        QCOMPARE(thread->index(0).data(ThreadModel::TextRole).toString(), h.text);
        QCOMPARE(thread->index(0).data(Qt::DisplayRole).toString(), h.text);
        QCOMPARE(thread->index(0).data(ThreadModel::AuthorRole).toString(), h.author);
        auto *customer = m_window->findChild<QLabel *>(u"customerLabel"_s);
        QTRY_COMPARE(customer->text(), h.author);
        // Every label that shows this case's text shows it as plain text.
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->text().isEmpty())
                continue;
            const bool platformText
                = label->text().contains(h.author) || label->text().contains(h.text.left(20));
            if (platformText)
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
        // A rich text editor would interpret pasted or shown markup.
        for (QTextEdit *edit : m_window->findChildren<QTextEdit *>()) {
            if (edit->toPlainText().contains(h.text.left(20)))
                QVERIFY2(!edit->acceptRichText(), qPrintable(edit->objectName()));
        }
        QVERIFY(qobject_cast<MessageDelegate *>(m_threadView->itemDelegate()));
        QVERIFY(!m_threadView->grab().isNull());
        QVERIFY(!m_window->grab().isNull());
    }
}

void TestHostile::theHugeCaseOpensWithoutStallingTheGui()
{
    qint64 worstGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
        [&] { worstGap = std::max(worstGap, sinceTick.restart()); });
    QElapsedTimer opening;
    opening.start();
    sinceTick.start();
    ticker.start();
    QVERIFY(select(caseOf(u"huge"_s)));
    auto *thread = qobject_cast<ThreadModel *>(m_threadView->model());
    QTRY_COMPARE_WITH_TIMEOUT(thread->caseId(), caseOf(u"huge"_s), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 1, timeout);
    m_threadView->viewport()->repaint();
    QTest::qWait(100);
    ticker.stop();
    qInfo("1 MB case: shown after %lld ms, longest GUI stall %lld ms",
        static_cast<long long>(opening.elapsed()), static_cast<long long>(worstGap));
    // The model keeps every character; what is laid out is bounded (see MessageDelegate).
    QCOMPARE(thread->index(0).data(ThreadModel::TextRole).toString(), m_corpus.at(5).text);
    QVERIFY(m_threadView->visualRect(thread->index(0)).height() > 0);
}

void TestHostile::nothingWasLoaded()
{
    QTest::qWait(200); // a request started by a paint would have connected by now
    QCOMPARE(m_connections, 0);
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
