// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's storage-side waits on a generated workspace (caredesk-generate: 1,000,000 cases of
// about three messages, 5 platforms, 50,000 customers, Russian and English, plus one case of
// 5,000 messages; --smoke: 20,000 cases): the first inbox page, switching views (by platform, by
// status, all open), search as you type newest first (every keystroke of a word, the last word
// as a prefix), and opening the 5,000-message case (CaseStore::detail). Each figure is the worst
// of its runs on a freshly opened connection. Prints `BENCH name=value unit goal=... PASS|FAIL`.
//
//   bench_inbox [--smoke] [--workspace PATH]   # PATH is generated when missing, kept after
#include "app/storage/casestore.h"
#include "app/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream out(stdout);
constexpr int kPage = 100; // the inbox model's page
constexpr int kRuns = 5;

void report(const QString &name, double value, const QString &unit, double goal)
{
    out << "BENCH " << name << '=' << QString::number(value, 'f', 2) << ' ' << unit << " goal=<="
        << QString::number(goal) << ' ' << (value <= goal ? "PASS" : "FAIL") << Qt::endl;
}

/// The worst of `runs` timings of job, in milliseconds; nullopt when the job failed.
std::optional<double> worstOf(int runs, const std::function<bool()> &job)
{
    double worst = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!job())
            return std::nullopt;
        worst = std::max(worst, timer.nsecsElapsed() / 1e6);
    }
    return worst;
}

bool generate(const QString &path, qint64 cases)
{
    const QString generator = qEnvironmentVariable("CAREDESK_GENERATE", QStringLiteral(CAREDESK_GENERATE_PATH));
    out << "# generating " << cases << " cases into " << path << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(generator, { u"--cases"_s, QString::number(cases), u"--long-thread"_s, u"5000"_s,
                               u"--workspace"_s, path });
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out << "# the generator failed" << Qt::endl;
        return false;
    }
    out << "# generated in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool smoke = arguments.contains(u"--smoke"_s);
    QTemporaryDir dir;
    QString path = dir.filePath(u"inbox.caredesk"_s);
    if (const qsizetype at = arguments.indexOf(u"--workspace"_s); at > 0 && at + 1 < arguments.size())
        path = arguments.at(at + 1);
    if (!QFileInfo::exists(path) && !generate(path, smoke ? 20000 : 1000000))
        return 1;

    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::Existing);
    if (!opened.ok()) {
        out << "# " << opened.error().message << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    const auto firstPage = [&db](const InboxQuery &query) {
        Result<CasePage> page = CaseStore::inbox(db, query);
        return page.ok() && (page.value().rows.size() == kPage || query.status || query.openOnly);
    };
    InboxQuery all;
    all.limit = kPage;
    std::optional<double> first = worstOf(kRuns, [&] { return firstPage(all); });

    double platformWorst = 0;
    double statusWorst = 0;
    bool ok = first.has_value();
    for (const Platform platform : { Platform::X, Platform::Mastodon, Platform::Telegram, Platform::Vk,
                                     Platform::Facebook }) {
        InboxQuery query = all;
        query.platform = platform;
        const std::optional<double> t = worstOf(kRuns, [&] { return firstPage(query); });
        ok = ok && t;
        platformWorst = std::max(platformWorst, t.value_or(0));
    }
    for (const std::optional<CaseStatus> status : { std::optional(CaseStatus::New), std::optional(CaseStatus::Open),
                                                    std::optional(CaseStatus::Pending), std::optional(CaseStatus::Resolved),
                                                    std::optional<CaseStatus>() }) {
        InboxQuery query = all;
        query.status = status;
        query.openOnly = !status.has_value();
        const std::optional<double> t = worstOf(kRuns, [&] { return firstPage(query); });
        ok = ok && t;
        statusWorst = std::max(statusWorst, t.value_or(0));
    }

    // Every keystroke of a few words, newest first, the word typed so far as a prefix.
    QList<double> keystrokes;
    for (const QString &typed : { u"доставка"_s, u"refund"_s, u"наушники не работают"_s, u"courier"_s,
                                  u"заказ"_s, u"Anna"_s }) {
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            const QString text = typed.left(length);
            if (text.endsWith(u' '))
                continue;
            const std::optional<double> t = worstOf(kRuns, [&] {
                return CaseStore::search(db, SearchQuery { text, 50, true, {} }).ok();
            });
            ok = ok && t;
            keystrokes.append(t.value_or(0));
            if (t.value_or(0) > 50)
                out << "# search \"" << text << "\": " << QString::number(*t, 'f', 2) << " ms" << Qt::endl;
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());

    Result<QSqlQuery> longCase = db.exec(u"SELECT id, message_count FROM cases WHERE thread_key = 'long-1'"_s);
    Id longId = 0;
    if (longCase.ok() && longCase.value().next() && longCase.value().value(1).toInt() == 5000)
        longId = longCase.value().value(0).toLongLong();
    if (longCase.ok())
        longCase.value().finish();
    const std::optional<double> open = worstOf(kRuns, [&] {
        Result<CaseDetail> detail = CaseStore::detail(db, longId);
        return detail.ok() && detail.value().messages.size() == 5000;
    });
    if (!ok || !open) {
        out << "# a query failed or found less than expected" << Qt::endl;
        return 1;
    }
    report(u"inbox_first_page"_s, *first, u"ms"_s, 50);
    report(u"view_switch_platform"_s, platformWorst, u"ms"_s, 50);
    report(u"view_switch_status"_s, statusWorst, u"ms"_s, 50);
    report(u"search_keystroke_median"_s, keystrokes.at(keystrokes.size() / 2), u"ms"_s, 50);
    report(u"search_keystroke_worst"_s, keystrokes.last(), u"ms"_s, 50);
    report(u"open_case_5000_messages"_s, *open, u"ms"_s, 150);
    return 0;
}
