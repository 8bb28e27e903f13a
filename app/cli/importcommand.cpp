// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importcommand.h"

#include "app/cli/cli.h"
#include "app/core/sentiment.h"
#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QString accountKey(Platform platform, const QString &handle)
    {
        return toString(platform) + u' ' + handle;
    }

    /// Connectors in the order an import picks an existing account: the real one first.
    int connectorRank(ConnectorKind kind)
    {
        switch (kind) {
        case ConnectorKind::Live:
            return 0;
        case ConnectorKind::Demo:
            return 1;
        case ConnectorKind::Simulator:
            return 2;
        }
        return 3;
    }

    /// Reads and parses the lines on a thread of its own, a chunk at a time, while the caller
    /// stores the chunks before: parsing JSON is a good part of an import's work, and the
    /// database writes on one core only.
    class LineReader
    {
    public:
        struct Line {
            qint64 number = 0;
            ImportCommand::ParsedLine parsed;
            QByteArray content; ///< kept for the records the parser leaves to the caller
        };
        struct Chunk {
            QList<Line> lines;
            bool last = false;
            bool failed = false; ///< the input could not be read to the end
        };

        explicit LineReader(QFile &input)
            : m_input(input)
            , m_thread([this] { run(); })
        {
        }
        ~LineReader()
        {
            {
                const std::lock_guard lock(m_mutex);
                m_stop = true;
            }
            m_changed.notify_all();
            m_thread.join();
        }
        Q_DISABLE_COPY_MOVE(LineReader)

        /// The next chunk, in order; the final one has `last` set.
        Chunk next()
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty(); });
            Chunk chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
            return chunk;
        }

    private:
        static constexpr qsizetype chunkLines = 1000;
        static constexpr size_t queuedChunks = 8;

        bool push(Chunk &&chunk)
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < queuedChunks; });
            if (m_stop)
                return false;
            m_queue.push_back(std::move(chunk));
            m_changed.notify_all();
            return true;
        }

        void run()
        {
            // Lines are cut out of large blocks: far cheaper than reading them one by one.
            QByteArray buffer;
            qsizetype start = 0;
            qint64 number = 0;
            Chunk chunk;
            const auto add = [&](QByteArray content) {
                if (++number == 1 && content.startsWith("\xEF\xBB\xBF"))
                    content.remove(0, 3);
                Line line;
                line.number = number;
                line.parsed = ImportCommand::parseLine(content);
                if (line.parsed.unsupported)
                    line.content = content;
                chunk.lines.append(std::move(line));
            };
            bool failed = false;
            for (;;) {
                const QByteArray block = m_input.read(4 * 1024 * 1024);
                if (block.isEmpty()) {
                    failed = m_input.error() != QFileDevice::NoError;
                    break;
                }
                buffer = buffer.mid(start) + block;
                start = 0;
                for (qsizetype end = buffer.indexOf('\n', start); end >= 0;
                     end = buffer.indexOf('\n', start)) {
                    add(buffer.mid(start, end - start));
                    start = end + 1;
                    if (chunk.lines.size() >= chunkLines) {
                        if (!push(std::move(chunk)))
                            return;
                        chunk = Chunk();
                    }
                }
            }
            if (start < buffer.size())
                add(buffer.mid(start));
            chunk.last = true;
            chunk.failed = failed;
            push(std::move(chunk));
        }

        QFile &m_input;
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<Chunk> m_queue;
        bool m_stop = false;
        std::thread m_thread; ///< last: starts once the rest is set up
    };

} // namespace

ImportCommand::ImportCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int ImportCommand::run(const DatabaseConfig &config, const QString &file, bool json)
{
    QFile input;
    const bool fromStdin = file == "-"_L1;
    if (fromStdin) {
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Could not read standard input: %1.").arg(input.errorString()) << Qt::endl;
            return Cli::BadInput;
        }
    } else {
        input.setFileName(file);
        if (!input.open(QIODevice::ReadOnly)) {
            m_err << tr("Could not read %1: %2.")
                         .arg(QDir::toNativeSeparators(file), input.errorString())
                  << Qt::endl;
            return Cli::BadInput;
        }
    }

    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok()) {
        m_err << opened.error().message << Qt::endl;
        return Cli::exitCodeFor(opened.error().code);
    }
    Database &db = *opened.value();
    // A bulk path: on SQLite the statements run through the sqlite3 C API (the same rows).
    db.setNativeStatements(true);
    if (!db.isPostgres()) {
        // A batch touches pages all over the indexes: with SQLite's default 2 MB cache they
        // would be written to the log and read back many times within one transaction, and
        // every statement's undo journal would go through a temporary file.
        // This connection only (the desktop's keep FULL): its commits are not flushed to disk
        // one by one. In WAL mode NORMAL never leaves the workspace inconsistent: a power cut
        // during the import can only lose the last batches committed before it, whole, and
        // importing the file again adds exactly those (a message already stored is a
        // duplicate, not a second copy); the import ends with a checkpoint, which flushes.
        // The log is folded back into the workspace every 32 MB instead of every 4 MB, so the
        // index pages every batch touches are written back once per checkpoint, not per batch.
        for (const QString &pragma : { u"PRAGMA cache_size = -262144"_s, u"PRAGMA temp_store = MEMORY"_s,
                                       u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA wal_autocheckpoint = 8192"_s }) {
            if (Result<QSqlQuery> set = db.exec(pragma); !set.ok()) {
                m_err << set.error().message << Qt::endl;
                return Cli::exitCodeFor(set.error().code);
            }
        }
    }
    Result<QList<Account>> accounts = AccountStore::list(db);
    if (!accounts.ok()) {
        m_err << accounts.error().message << Qt::endl;
        return Cli::exitCodeFor(accounts.error().code);
    }
    QHash<QString, int> ranks;
    for (const Account &a : std::as_const(accounts.value())) {
        const QString key = accountKey(a.platform, a.handle);
        const int rank = connectorRank(a.connector) + (a.enabled ? 0 : 10);
        if (!ranks.contains(key) || rank < ranks.value(key)) {
            ranks.insert(key, rank);
            m_accounts.insert(key, a.id);
        }
    }

    bool readFailed = false;
    {
        LineReader reader(input);
        for (bool last = false; !last && !m_failure.isError();) {
            LineReader::Chunk chunk = reader.next();
            for (LineReader::Line &line : chunk.lines) {
                handleLine(db, line.number, std::move(line.parsed), line.content);
                if (m_failure.isError())
                    break;
            }
            last = chunk.last;
            readFailed = chunk.failed;
        }
    }
    if (!m_failure.isError())
        flush(db);
    if (!m_failure.isError() && !db.isPostgres()) {
        // With synchronous = NORMAL the last commits may still be only in the operating
        // system's cache: a checkpoint flushes the log to disk first, so what the summary
        // reports as imported is on disk before it is printed.
        if (Result<QSqlQuery> checkpoint = db.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s); !checkpoint.ok())
            m_failure = checkpoint.error();
    }

    printSummary(json);
    if (m_failure.isError()) {
        m_err << m_failure.message << Qt::endl;
        return Cli::exitCodeFor(m_failure.code);
    }
    if (readFailed) {
        m_err << tr("Could not read %1 to the end: %2.")
                     .arg(fromStdin ? tr("standard input") : QDir::toNativeSeparators(file),
                         input.errorString())
              << Qt::endl;
        return Cli::BadInput;
    }
    if (m_totals.imported + m_totals.duplicates + m_totals.contacts + m_totals.customers == 0) {
        m_err << tr("Nothing in %1 could be imported.")
                     .arg(fromStdin ? tr("standard input") : QDir::toNativeSeparators(file))
              << Qt::endl;
        return Cli::BadInput;
    }
    return Cli::Success;
}

void ImportCommand::handleLine(
    Database &db, qint64 number, ParsedLine parsed, const QByteArray &content)
{
    m_totals.lines = number;
    if (!parsed.message) {
        if (parsed.problem.isEmpty())
            return;
        if (parsed.unsupported) {
            // `contact` and `customer` records join the customers' journeys through the
            // customer store (README, Importing contacts and profiles), in the batch's order.
            const QJsonObject record = QJsonDocument::fromJson(content).object();
            const bool contact = record.value("type"_L1).toString() == "contact"_L1;
            const Error invalid = contact ? CustomerStore::contactFromJson(record).error()
                                          : CustomerStore::customerFromJson(record).error();
            if (!invalid.isError()) {
                m_pendingRecords.append({ number, record });
                if (++m_pendingCount >= batchLines)
                    flush(db);
                return;
            }
            ++m_totals.bad;
            QString reason = invalid.message;
            if (reason.endsWith(u'.'))
                reason.chop(1);
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toLower(); // "line 5: the field ..." as for messages
            m_err << tr("line %1: %2").arg(number).arg(reason) << Qt::endl;
            return;
        }
        ++m_totals.bad;
        m_err << tr("line %1: %2").arg(number).arg(parsed.problem) << Qt::endl;
        return;
    }
    QString problem;
    const std::optional<Id> account = accountFor(db, parsed.platform, parsed.account, &problem);
    if (!account) {
        if (m_failure.isError())
            return;
        ++m_totals.bad;
        m_err << tr("line %1: %2").arg(number).arg(problem) << Qt::endl;
        return;
    }
    QList<IncomingMessage> &pending = m_pending[*account];
    if (pending.isEmpty())
        m_pendingOrder.append(*account);
    pending.append(std::move(*parsed.message));
    if (++m_pendingCount >= batchLines)
        flush(db);
}

std::optional<Id> ImportCommand::accountFor(
    Database &db, Platform platform, const QString &handle, QString *problem)
{
    const QString key = accountKey(platform, handle);
    if (const auto found = m_accounts.constFind(key); found != m_accounts.cend())
        return *found;
    if (const auto refused = m_refusedAccounts.constFind(key);
        refused != m_refusedAccounts.cend()) {
        *problem = *refused;
        return std::nullopt;
    }
    Account account;
    account.platform = platform;
    account.connector = ConnectorKind::Live;
    account.handle = handle;
    Result<Account> added = AccountStore::add(db, account, QDateTime::currentMSecsSinceEpoch());
    if (!added.ok()) {
        if (added.error().code != ErrorCode::Invalid) {
            // The workspace itself failed (locked, gone): nothing more can be stored.
            m_failure = added.error();
            return std::nullopt;
        }
        QString reason = added.error().message;
        if (reason.endsWith(u'.'))
            reason.chop(1);
        *problem = tr("the %1 account %2 cannot be created: %3")
                       .arg(platformDisplayName(platform), handle, reason);
        m_refusedAccounts.insert(key, *problem);
        return std::nullopt;
    }
    m_accounts.insert(key, added.value().id);
    m_created.append(CreatedAccount { added.value().id, platform, handle });
    return added.value().id;
}

bool ImportCommand::flush(Database &db)
{
    if (m_pendingCount == 0)
        return true;
    const Millis now = QDateTime::currentMSecsSinceEpoch();
    Totals added;
    // The accounts' batches of these lines commit together.
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        for (Id accountId : std::as_const(m_pendingOrder)) {
            IngestBatch batch;
            batch.accountId = accountId;
            batch.messages = m_pending.value(accountId);
            Result<IngestResult> stored = CaseStore::ingest(db, batch, now);
            if (!stored.ok())
                return stored.error();
            added.imported += stored.value().inserted;
            added.duplicates += stored.value().duplicates;
            added.casesOpened += stored.value().casesOpened;
            added.casesReopened += stored.value().casesReopened;
        }
        // Profiles, then contacts, after the messages: a contact may name a customer they made.
        for (const bool contacts : { false, true }) {
            for (const auto &[line, record] : std::as_const(m_pendingRecords)) {
                if ((record.value("type"_L1).toString() == "contact"_L1) != contacts)
                    continue;
                if (contacts) {
                    Result<Id> stored = CustomerStore::importContact(
                        db, CustomerStore::contactFromJson(record).value(), now);
                    if (!stored.ok())
                        return stored.error();
                    ++(stored.value() != 0 ? added.contacts : added.duplicates);
                } else {
                    Result<Id> stored = CustomerStore::importCustomer(
                        db, CustomerStore::customerFromJson(record).value(), now);
                    if (!stored.ok())
                        return stored.error();
                    ++added.customers;
                }
            }
        }
        return Done {};
    });
    m_pendingRecords.clear();
    m_pending.clear();
    m_pendingOrder.clear();
    m_pendingCount = 0;
    if (!done.ok()) {
        m_failure = done.error();
        return false;
    }
    m_totals.imported += added.imported;
    m_totals.duplicates += added.duplicates;
    m_totals.casesOpened += added.casesOpened;
    m_totals.casesReopened += added.casesReopened;
    m_totals.contacts += added.contacts;
    m_totals.customers += added.customers;
    return true;
}

void ImportCommand::printSummary(bool json)
{
    if (json) {
        QJsonArray created;
        for (const CreatedAccount &a : std::as_const(m_created)) {
            created.append(QJsonObject { { u"id"_s, QString::number(a.id) },
                { u"platform"_s, toString(a.platform) }, { u"handle"_s, a.handle },
                { u"connector"_s, toString(ConnectorKind::Live) } });
        }
        const QJsonObject summary { { u"lines_read"_s, m_totals.lines },
            { u"messages_imported"_s, m_totals.imported }, { u"duplicates"_s, m_totals.duplicates },
            { u"cases_opened"_s, m_totals.casesOpened },
            { u"cases_reopened"_s, m_totals.casesReopened }, { u"bad_lines"_s, m_totals.bad },
            { u"unsupported_lines"_s, m_totals.unsupported },
            { u"contacts_imported"_s, m_totals.contacts },
            { u"customers_imported"_s, m_totals.customers }, { u"accounts_created"_s, created } };
        m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    for (const CreatedAccount &a : std::as_const(m_created)) {
        m_out << tr("Created the live %1 account %2 (id %3) for the imported messages.")
                     .arg(platformDisplayName(a.platform), a.handle)
                     .arg(a.id)
              << Qt::endl;
    }
    m_out << tr(
        "Read %1 lines: %2 messages imported, %3 duplicates, %4 cases opened, %5 bad lines.")
                 .arg(m_totals.lines)
                 .arg(m_totals.imported)
                 .arg(m_totals.duplicates)
                 .arg(m_totals.casesOpened)
                 .arg(m_totals.bad)
          << Qt::endl;
    if (m_totals.contacts + m_totals.customers > 0)
        m_out << tr("%1 contacts and %2 customer profiles imported.")
                     .arg(m_totals.contacts)
                     .arg(m_totals.customers)
              << Qt::endl;
    if (m_totals.unsupported > 0)
        m_out << tr("%1 contact or customer records were skipped: not supported yet.")
                     .arg(m_totals.unsupported)
              << Qt::endl;
}

} // namespace CareDesk
