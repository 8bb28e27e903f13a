// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/repositories.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace CareDesk {

class CaseRepository;
class Clock;
struct CaseDetail;
struct CaseExtras;

/// The messages of one case and the team's internal notes, oldest first (notes have negative
/// MessageIdRole values: minus the note's id). Loading the same case again inserts and updates
/// rows in place, so the view keeps its scroll position; another case replaces the rows.
///
/// A long thread is shown newest first: a case opens with its newest page of rows (pageSize)
/// and the earlier ones stay held back, unseen by views, until loadOlder() puts a page of them
/// in front (ThreadView asks as the agent scrolls up). A view so never lays out thousands of
/// rows before its first screen. Not canFetchMore/fetchMore: views call those whenever the
/// last row is visible, which in a thread scrolled to its newest message is always.
///
/// With a repository (setRepository) the database is asked only for what is shown: a case opens
/// with its newest messages (rangeFor(), CaseRepository::threadPage) and the model reads
/// older pages (CaseRepository::olderMessages) as loadOlder() runs short of held-back rows;
/// olderFetched() says when a page came in. Notes, read whole, join the rows as the messages
/// around them do.
class ThreadModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadModel)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        TextRole, ///< the platform's text, plain; also Qt::DisplayRole
        AuthorRole, ///< the author's display name, or a stand-in when the platform had none
        DirectionRole, ///< Direction as int
        VisibilityRole, ///< Visibility as int
        TimeRole, ///< created, Millis
        TimeTextRole, ///< created, as the thread shows it
        EditedRole, ///< bool
        IsNoteRole, ///< bool: an internal note of the team, never sent to the platform
        BadgeRole, ///< "Public", "Private message" or "Internal note"
        PermalinkRole, ///< the platform's address of the message; empty for notes
        AttachmentsTextRole, ///< the message's attachments, one a line, as plain text
    };

    explicit ThreadModel(const Clock &clock, QObject *parent = nullptr);

    /// Where older pages of a partial thread are read from; without one, threads are whole.
    void setRepository(CaseRepository *cases) { m_cases = cases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows the thread of a case: incrementally when it is the case already shown.
    void setDetail(const CaseDetail &detail);
    /// Attachments and note authors, read after the thread (CaseRepository::extras).
    void setExtras(const CaseExtras &extras);
    /// Shows nothing.
    void clear();

    /// Rows shown first when a case opens, and rows added by each loadOlder().
    static constexpr int pageSize = 50;
    /// Messages read from the database at a time: a page on screen and one held back.
    static constexpr int fetchSize = 2 * pageSize;
    /// How many earlier rows are held back (not yet rows of the model), those still in the
    /// database included.
    int olderCount() const { return totalCount() - rowCount(); }
    bool hasOlder() const { return !m_older.isEmpty() || (m_moreInDatabase && m_cases); }
    /// Puts up to count held-back rows in front of the first row, in order; returns how many
    /// (0 while the next page is still being read from the database).
    int loadOlder(int count = pageSize);
    /// Every message and note of the thread, the held-back ones and those not read yet included.
    int totalCount() const;
    /// What to read for a case (CaseRepository::threadPage): its newest messages when it is not
    /// the case shown, else every message from the oldest one loaded on (a refresh).
    ThreadRange rangeFor(Id caseId) const;
    /// The case shown, 0 for none.
    Id caseId() const { return m_caseId; }
    const Message &messageAt(int row) const { return m_messages.at(row); }

    /// "Public" / "Private message": the label the thread puts on a message.
    static QString visibilityText(Visibility visibility);
    static QString noteText();

Q_SIGNALS:
    /// A page of older messages came in from the database: loadOlder() has rows again.
    void olderFetched();
    /// Reading older messages failed; the next loadOlder() tries again.
    void olderFetchFailed(const QString &message);

private:
    QString timeText(Millis time) const;
    /// The thread's rows from a detail: its messages and the notes among them, oldest first;
    /// notes older than a partial read's first message wait in m_pendingNotes.
    QList<Message> rowsOf(const CaseDetail &detail);
    void fetchOlder();
    void olderArrived(const KeysetCursor &before, const QList<Message> &messages);

    const Clock &m_clock;
    Id m_caseId = 0;
    QList<Message> m_older; ///< held back: the thread's start, not rows yet
    QList<Message> m_messages; ///< the rows; notes as messages with id -note.id
    QHash<Id, QList<Attachment>> m_attachments; ///< by message id
    QHash<Id, QString> m_agentNames;

    CaseRepository *m_cases = nullptr;
    bool m_moreInDatabase = false; ///< messages before m_oldestRead are not read yet
    KeysetCursor m_oldestRead; ///< (time, id) of the oldest message read
    QList<Message> m_pendingNotes; ///< notes before m_oldestRead, as rows, oldest first
    int m_messageCount = 0; ///< every message of the case
    int m_noteCount = 0;
    bool m_fetching = false;
    quint64 m_generation = 0; ///< bumped when another case is shown: its pages are stale
};

} // namespace CareDesk
