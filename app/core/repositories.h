// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The repository ports. Implementations run on database worker threads and answer through
// futures; attach continuations with a context object (`future.then(this, ...)`) so they run on
// the caller's thread. The GUI thread never waits on them.

#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/core/result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk {

/// A position in a list ordered newest first by (time, id): the last row of the previous page.
struct KeysetCursor {
    Millis time = 0;
    Id id = 0;
    qint64 key = 0; ///< the leading sort key of orders other than newest (due, waiting since, rank)
};

/// How an inbox list is ordered; every order is keyset-paged, ties broken by id.
enum class InboxSort {
    Newest, ///< latest activity first
    SlaDueFirst, ///< the nearest pending SLA due time first; cases with none last
    OldestWaiting, ///< the customer waiting longest first; cases nobody waits on last
    Priority, ///< urgent first, then newest activity
};

/// A filter on the SLA's nearest pending due time (SlaClock::nextDue), judged at InboxQuery::now.
enum class SlaFilter {
    Any,
    AtRisk, ///< due within atRiskMinutes from now, not yet past
    Breached, ///< due time past
};

struct InboxQuery {
    std::optional<CaseStatus> status;
    bool openOnly = false; ///< every status but resolved
    std::optional<Platform> platform;
    Id accountId = 0;
    Id queueId = 0;
    Id assigneeId = 0;
    int limit = 50; ///< 0: no limit
    std::optional<KeysetCursor> after;

    // Views and saved views (CaseViews in storage). Lists mean "any of"; empty lists filter
    // nothing.
    QList<CaseStatus> statuses;
    QList<Platform> platforms;
    QList<Id> accountIds;
    QList<Priority> priorities;
    bool unassigned = false; ///< no assignee
    bool mine = false; ///< assigned to the agent `me` (0: the local agent, who holds no cases)
    Id me = 0;
    QStringList tags; ///< tag names; the case has at least one of them
    QString language; ///< the case's language code; empty: any
    bool negativeSentiment = false; ///< the customer's latest sentiment is below zero
    SlaFilter sla = SlaFilter::Any;
    int atRiskMinutes = 15; ///< for SlaFilter::AtRisk
    bool waitingOnly = false; ///< has an unanswered customer message
    Millis activeFrom = 0; ///< last activity at or after; 0: open end
    Millis activeTo = 0; ///< last activity before; 0: open end
    InboxSort sort = InboxSort::Newest;
    Millis now = 0; ///< when SLA filters are judged; 0: the repository's clock
};

/// A case as a list row shows it.
struct CaseSummary {
    Case value;
    QString customerName;
    QString accountHandle;
    QString assigneeName;
    QString snippet; ///< the last message, shortened
    Direction lastDirection = Direction::In;
    Visibility lastVisibility = Visibility::Public;
};

struct CasePage {
    QList<CaseSummary> rows;
    std::optional<KeysetCursor> next; ///< set when more rows follow
};

/// A case with its thread.
struct CaseDetail {
    CaseSummary summary;
    Account account;
    Customer customer;
    QList<Identity> identities;
    QList<Message> messages; ///< oldest first
    QList<Note> notes;
    /// Every message of the case, also those a partial read (CaseRepository::threadPage) left out.
    int messageCount = 0;
    /// A partial read: the case has messages before the first of `messages`
    /// (CaseRepository::olderMessages reads them).
    bool olderMessages = false;
};

/// Which messages of a case CaseRepository::threadPage reads; notes are always read whole.
struct ThreadRange {
    /// The newest this many messages (when `since` is not set); 0: every message.
    int newest = 0;
    /// Every message at or after this (time, id): a refresh of what a view has loaded.
    std::optional<KeysetCursor> since;
};

/// A case linked to another, as the case view lists it.
struct LinkedCase {
    Id caseId = 0;
    QString subject;
    QString customerName;
    CaseStatus status = CaseStatus::Open;
    QString reason;
};

/// What the case view shows besides the thread: tags, linked cases, attachments, note authors.
struct CaseExtras {
    Id caseId = 0;
    QStringList tags; ///< sorted by name
    QList<LinkedCase> links;
    QList<Attachment> attachments; ///< of the case's messages
    QHash<Id, QString> agentNames; ///< authors of the case's notes
};

struct SearchQuery {
    QString text;
    int limit = 50;
    bool prefixLast = true; ///< as-you-type: the last word matches as a prefix
    std::optional<KeysetCursor> after;
};

struct SearchHit {
    Id messageId = 0;
    Id caseId = 0;
    Platform platform = Platform::X;
    QString authorName;
    QString text;
    Millis createdAt = 0;
};

/// A batch from one account and stream: stored with its cursor in one transaction.
struct IngestBatch {
    Id accountId = 0;
    QString stream;
    QString cursor; ///< stored when not empty
    QList<IncomingMessage> messages;
};

struct IngestResult {
    int inserted = 0;
    int duplicates = 0;
    int casesOpened = 0;
    int casesReopened = 0;
    QList<Id> caseIds; ///< cases touched
};

class WorkspaceRepository
{
public:
    virtual ~WorkspaceRepository() = default;
    virtual QFuture<Result<WorkspaceInfo>> info() = 0;
    /// The current change_seq.
    virtual QFuture<Result<qint64>> changeSeq() = 0;
};

class AccountRepository
{
public:
    virtual ~AccountRepository() = default;
    virtual QFuture<Result<QList<Account>>> list() = 0;
    /// Adds an account; a Conflict when (platform, handle, connector) exists, an Invalid error
    /// when the workspace refuses it (a training workspace takes only simulator accounts).
    virtual QFuture<Result<Account>> add(const Account &account) = 0;
    virtual QFuture<Result<Done>> remove(Id accountId) = 0;
    virtual QFuture<Result<QString>> cursor(Id accountId, const QString &stream) = 0;
};

class CaseRepository
{
public:
    virtual ~CaseRepository() = default;
    /// One page of cases, newest activity first, keyset-paged.
    virtual QFuture<Result<CasePage>> inbox(const InboxQuery &query) = 0;
    /// Rows for the given cases (for live updates of a list); missing ids are left out.
    virtual QFuture<Result<QList<CaseSummary>>> summaries(const QList<Id> &caseIds) = 0;
    /// The case with its whole thread (the CLI, exports, reviews).
    virtual QFuture<Result<CaseDetail>> detail(Id caseId) = 0;
    /// The case as the case view opens it: like detail(), but only the messages in range, so a
    /// case of thousands of messages costs its first screen one page. The default reads whole.
    virtual QFuture<Result<CaseDetail>> threadPage(Id caseId, const ThreadRange &range)
    {
        Q_UNUSED(range)
        return detail(caseId);
    }
    /// Up to limit messages of a case before `before` by (time, id), oldest first: the page
    /// above what a view of a partial thread has loaded.
    virtual QFuture<Result<QList<Message>>> olderMessages(
        Id caseId, const KeysetCursor &before, int limit)
    {
        Q_UNUSED(before)
        Q_UNUSED(limit)
        return unsupported<QList<Message>>(caseId);
    }
    /// Full-text search over message text and author names, newest first.
    virtual QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query) = 0;
    /// Stores a batch in one transaction; the same batch twice changes nothing.
    virtual QFuture<Result<IngestResult>> ingest(const IngestBatch &batch) = 0;
    /// An agent's status change through CaseWorkflow, with its event.
    virtual QFuture<Result<Case>> changeStatus(
        Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId)
        = 0;

    // Case actions (each with its event, in one transaction). There is deliberately no way to
    // delete a customer's message. SqlCaseRepository implements them all; the defaults answer
    // Unavailable, so small in-memory repositories (test doubles) need not.
    /// Tags, links, attachments and note authors of a case.
    virtual QFuture<Result<CaseExtras>> extras(Id caseId)
    {
        return unsupported<CaseExtras>(caseId);
    }
    /// Every tag name in the workspace, sorted (for completion).
    virtual QFuture<Result<QStringList>> tagNames() { return unsupported<QStringList>(0); }
    virtual QFuture<Result<Case>> setPriority(Id caseId, Priority, Id)
    {
        return unsupported<Case>(caseId);
    }
    /// Adds (creating the tag when new) or removes a tag; returns the case's tags.
    virtual QFuture<Result<QStringList>> addTag(Id caseId, const QString &, Id)
    {
        return unsupported<QStringList>(caseId);
    }
    virtual QFuture<Result<QStringList>> removeTag(Id caseId, const QString &, Id)
    {
        return unsupported<QStringList>(caseId);
    }
    /// An internal note: stored with the case, never sent to the platform (not in the outbox).
    virtual QFuture<Result<Note>> addNote(Id caseId, const QString &, Id)
    {
        return unsupported<Note>(caseId);
    }
    /// Links two cases both ways.
    virtual QFuture<Result<Done>> linkCases(Id caseId, Id, const QString &, Id)
    {
        return unsupported<Done>(caseId);
    }
    /// Splits one customer message into a new case of its own, linked to the case it came from;
    /// returns the new case.
    virtual QFuture<Result<Case>> registerCaseFromMessage(Id messageId, Id)
    {
        return unsupported<Case>(messageId);
    }

private:
    template <typename T> static QFuture<Result<T>> unsupported(Id)
    {
        return QtFuture::makeReadyFuture(Result<T>(Error {
            ErrorCode::Unavailable, QStringLiteral("This workspace cannot change cases here.") }));
    }
};

/// A reply on its way: the outbox row plus what the connector needs to deliver it.
struct OutboxClaim {
    OutboxItem item;
    QString threadKey;
    QString customerPlatformId; ///< the customer's platform user id, for private messages
};

/// The durable outbox. A reply is written here first (the agent's words survive any crash)
/// and the sender delivers it per case in order. Sending is claimed in a transaction, so two
/// senders never deliver the same row.
class OutboxRepository
{
public:
    virtual ~OutboxRepository() = default;
    /// Queues a reply to a case, with an idempotency key that stays the same across retries and
    /// restarts; writes the reply_queued event.
    virtual QFuture<Result<OutboxItem>> enqueue(
        Id caseId, const QString &text, Visibility visibility, Id agentId)
        = 0;
    /// Every row, newest first (the agent's view of what is waiting, sent or failed).
    virtual QFuture<Result<QList<OutboxItem>>> list(int limit) = 0;
    /// The next reply of an account that may go now: the oldest queued row of a case with no
    /// earlier row still sending, failed or unknown; it is marked sending. Empty when none.
    virtual QFuture<Result<std::optional<OutboxClaim>>> claimNext(Id accountId) = 0;
    /// Records what the platform said: sent (the reply joins the thread), retry later, failed
    /// with the platform's reason, or unknown (retried only where idempotencyAvailable).
    virtual QFuture<Result<OutboxItem>> complete(
        Id outboxId, const SendResult &result, bool idempotencyAvailable)
        = 0;
    /// After a crash: rows left "sending" are outcomes nobody saw; they are retried when the
    /// platform offers idempotency and marked unknown otherwise. Returns how many were found.
    virtual QFuture<Result<int>> recoverInterrupted(Id accountId, bool idempotencyAvailable) = 0;
    /// The agent's decision about a failed or unknown reply: queue it again, or cancel it.
    virtual QFuture<Result<OutboxItem>> retry(Id outboxId) = 0;
    virtual QFuture<Result<OutboxItem>> cancel(Id outboxId) = 0;
};

/// Drafts per case and agent: saved within a second after the last keystroke, durable across a
/// crash, and never shown on another case.
class DraftRepository
{
public:
    virtual ~DraftRepository() = default;
    /// Saves (or, for empty text, removes) the agent's draft of a case.
    virtual QFuture<Result<Done>> save(const Draft &draft) = 0;
    /// The agent's draft of a case; a Draft with empty text when there is none.
    virtual QFuture<Result<Draft>> load(Id caseId, Id agentId) = 0;
};

/// Which scripts to list: those an agent sees (team scripts and their own), optionally one
/// category and matching a text (title, shortcut, category and texts; every word must occur).
struct ScriptQuery {
    Id agentId = 0;
    QString text;
    QString category; ///< empty: every category
    int limit = 0; ///< 0: no limit
};

/// What an import did; it is all or nothing.
struct ScriptImportResult {
    int added = 0;
    int updated = 0; ///< scripts with the same key (and owner) were replaced
    int links = 0;
};

/// The script library (canned responses): team scripts and agents' personal ones, with
/// variants per platform and language, named links for {link:NAME}, and usage counts.
class ScriptRepository
{
public:
    virtual ~ScriptRepository() = default;
    /// Matching scripts, most used first, then by title.
    virtual QFuture<Result<QList<Script>>> list(const ScriptQuery &query) = 0;
    /// The categories of the scripts the agent sees, sorted.
    virtual QFuture<Result<QStringList>> categories(Id agentId) = 0;
    /// Adds a script (id 0) or replaces one, with its variants.
    virtual QFuture<Result<Script>> save(const Script &script) = 0;
    virtual QFuture<Result<Done>> remove(Id scriptId) = 0;
    /// Stores many scripts and links in one transaction: all of them or, on any error, none.
    /// A script whose key (and owner) exists replaces it; links are merged by name.
    virtual QFuture<Result<ScriptImportResult>> import(
        const QList<Script> &scripts, const QHash<QString, QString> &links)
        = 0;
    /// Counts one use of a script by an agent (the composer counts an insertion).
    virtual QFuture<Result<Done>> recordUse(Id scriptId, Id agentId) = 0;
    /// The named links {link:NAME} expands to.
    virtual QFuture<Result<QHash<QString, QString>>> links() = 0;
};

} // namespace CareDesk
