// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/importformat.h"

#include "app/core/connector.h"
#include "app/storage/databaseconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace CareDesk {

class Database;

/// `caredesk-cli import FILE`: history from JSON Lines (ARCHITECTURE.md, caredesk-cli; the
/// README's "Importing history"). Records of type `message` go through CaseStore::ingest, the
/// poller's own path, about 2,000 lines per transaction, so a desktop on the same workspace
/// sees them through its change feed. A bad line is reported with its number and skipped; the
/// good ones are kept. Accounts missing from the workspace are created as live accounts.
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ImportCommand)

public:
    /// Lines per transaction.
    static constexpr int batchLines = 2000;
    /// The longest message text taken, in UTF-8 bytes.
    static constexpr qsizetype maxTextBytes = ImportFormat::maxTextBytes;

    ImportCommand(QTextStream &out, QTextStream &err);
    /// Imports `file` (`-` for standard input) into the workspace; returns the exit code.
    int run(const DatabaseConfig &config, const QString &file, bool json);

    using ParsedLine = ImportFormat::ParsedLine;
    /// Reads one line of the format (app/core/importformat.h).
    static ParsedLine parseLine(const QByteArray &line) { return ImportFormat::parseLine(line); }

private:
    struct Totals {
        qint64 lines = 0;
        qint64 imported = 0;
        qint64 duplicates = 0;
        qint64 casesOpened = 0;
        qint64 casesReopened = 0;
        qint64 bad = 0;
        qint64 unsupported = 0;
        qint64 contacts = 0; ///< `contact` records stored (CustomerStore::importContact)
        qint64 customers = 0; ///< `customer` records stored (CustomerStore::importCustomer)
    };
    struct CreatedAccount {
        Id id = 0;
        Platform platform = Platform::X;
        QString handle;
    };

    /// Counts, checks and queues one parsed line (content: the line, for records parseLine
    /// leaves to the caller).
    void handleLine(Database &db, qint64 number, ParsedLine parsed, const QByteArray &content);
    /// The workspace's account for (platform, handle), created as a live account when missing.
    std::optional<Id> accountFor(Database &db, Platform platform, const QString &handle, QString *problem);
    bool flush(Database &db);
    void printSummary(bool json);

    QTextStream &m_out;
    QTextStream &m_err;
    Totals m_totals;
    Error m_failure;
    QHash<QString, Id> m_accounts; ///< "platform handle" -> id
    QHash<QString, QString> m_refusedAccounts; ///< "platform handle" -> why it cannot be created
    QList<CreatedAccount> m_created;
    QHash<Id, QList<IncomingMessage>> m_pending;
    QList<Id> m_pendingOrder;
    int m_pendingCount = 0;
    /// `contact` and `customer` lines of the batch (line number, record), stored after its messages.
    QList<std::pair<qint64, QJsonObject>> m_pendingRecords;
};

} // namespace CareDesk
