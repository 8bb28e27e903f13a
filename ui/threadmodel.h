// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace CareDesk {

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
    /// How many earlier rows are held back (not yet rows of the model).
    int olderCount() const { return static_cast<int>(m_older.size()); }
    bool hasOlder() const { return !m_older.isEmpty(); }
    /// Puts up to count held-back rows in front of the first row, in order; returns how many.
    int loadOlder(int count = pageSize);
    /// Every message and note of the thread, the held-back ones included.
    int totalCount() const { return static_cast<int>(m_older.size() + m_messages.size()); }
    /// The case shown, 0 for none.
    Id caseId() const { return m_caseId; }
    const Message &messageAt(int row) const { return m_messages.at(row); }

    /// "Public" / "Private message": the label the thread puts on a message.
    static QString visibilityText(Visibility visibility);
    static QString noteText();

private:
    QString timeText(Millis time) const;

    const Clock &m_clock;
    Id m_caseId = 0;
    QList<Message> m_older; ///< held back: the thread's start, not rows yet
    QList<Message> m_messages; ///< the rows; notes as messages with id -note.id
    QHash<Id, QList<Attachment>> m_attachments; ///< by message id
    QHash<Id, QString> m_agentNames;
};

} // namespace CareDesk
