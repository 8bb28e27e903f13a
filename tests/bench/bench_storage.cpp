// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Storage figures on a generated SQLite workspace: ingest rate through the ordinary ingest
// path (search index included), first inbox page, a keyset page deep in the list, and search.
// Prints `BENCH name=value unit goal=... PASS|FAIL`. --smoke runs a small size for CI.
#include "app/core/clock.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream out(stdout);

void report(const QString &name, double value, const QString &unit, const QString &goal, bool pass)
{
    out << "BENCH " << name << '=' << QString::number(value, 'f', 2) << ' ' << unit << " goal=" << goal << ' '
        << (pass ? "PASS" : "FAIL") << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int cases = smoke ? 2000 : 100000;
    const int perCase = 3;
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"bench.caredesk"_s));
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!opened.ok() || !opened.value()->migrate(WorkspaceKind::Standard, u"bench"_s, 0).ok()) {
        out << "cannot create the workspace" << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    Account brand;
    brand.handle = u"brand"_s;
    const Result<Account> account = AccountStore::add(db, brand, 0);
    static const QStringList words { u"delivery"_s, u"order"_s, u"refund"_s, u"courier"_s, u"доставка"_s, u"заказ"_s,
                                     u"возврат"_s, u"курьер"_s, u"late"_s, u"broken"_s, u"thanks"_s, u"спасибо"_s,
                                     u"app"_s, u"error"_s, u"payment"_s, u"оплата"_s, u"sofa"_s, u"kettle"_s };
    QRandomGenerator rng(42);
    const Millis start = 1790000000000;
    QElapsedTimer timer;
    timer.start();
    int inserted = 0;
    for (int batchStart = 0; batchStart < cases; batchStart += 500) {
        IngestBatch batch;
        batch.accountId = account.value().id;
        for (int c = batchStart; c < std::min(cases, batchStart + 500); ++c) {
            for (int m = 0; m < perCase; ++m) {
                IncomingMessage in;
                in.platformId = u"%1-%2"_s.arg(c).arg(m);
                in.threadKey = QString::number(c);
                in.direction = m == 1 ? Direction::Out : Direction::In;
                in.authorPlatformId = u"user%1"_s.arg(c % 5000);
                in.authorName = u"Customer %1"_s.arg(c % 5000);
                in.createdAt = start + static_cast<Millis>(c) * 60000 + m * 1000;
                QStringList text;
                for (int w = 0; w < 12; ++w)
                    text.append(words.at(rng.bounded(words.size())));
                text.append(u"NW-%1"_s.arg(c));
                in.text = text.join(u' ');
                batch.messages.append(in);
            }
        }
        Result<IngestResult> r = CaseStore::ingest(db, batch, start);
        if (!r.ok()) {
            out << r.error().message << Qt::endl;
            return 1;
        }
        inserted += r.value().inserted;
    }
    const double rate = inserted / (timer.nsecsElapsed() / 1e9);
    report(u"ingest_rate"_s, rate, u"messages/s"_s, u">=10000"_s, rate >= 10000);

    QList<double> first;
    QList<double> deep;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        Result<CasePage> page = CaseStore::inbox(db, InboxQuery { {}, false, {}, 0, 0, 0, 100, {} });
        first.append(timer.nsecsElapsed() / 1e6);
        InboxQuery deeper;
        deeper.limit = 100;
        deeper.after = KeysetCursor { start + static_cast<Millis>(cases / 2) * 60000, cases };
        timer.restart();
        Result<CasePage> deepPage = CaseStore::inbox(db, deeper);
        deep.append(timer.nsecsElapsed() / 1e6);
        if (!page.ok() || !deepPage.ok() || page.value().rows.size() != 100 || deepPage.value().rows.size() != 100) {
            out << "inbox query failed" << Qt::endl;
            return 1;
        }
    }
    report(u"inbox_first_page"_s, median(first), u"ms"_s, u"<=50"_s, median(first) <= 50);
    report(u"inbox_deep_page"_s, median(deep), u"ms"_s, u"<=50"_s, median(deep) <= 50);

    QList<double> searches;
    for (const QString &query : { u"refund"_s, u"доставка курьер"_s, u"NW-17"_s, u"kett"_s }) {
        timer.restart();
        Result<QList<SearchHit>> hits = CaseStore::search(db, SearchQuery { query, 50, true, {} });
        searches.append(timer.nsecsElapsed() / 1e6);
        if (!hits.ok() || hits.value().isEmpty()) {
            out << "search failed for " << query << Qt::endl;
            return 1;
        }
    }
    const double worst = *std::max_element(searches.cbegin(), searches.cend());
    report(u"search_newest_first_worst"_s, worst, u"ms"_s, u"<=50"_s, worst <= 50);
    return 0;
}
