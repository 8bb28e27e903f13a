// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threadmodel.h"

#include "app/core/clock.h"
#include "app/core/futures.h"
#include "app/core/repositories.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    bool sameContent(const Message &a, const Message &b)
    {
        return a.text == b.text && a.editedAt == b.editedAt && a.authorName == b.authorName
            && a.visibility == b.visibility && a.direction == b.direction
            && a.createdAt == b.createdAt;
    }

    /// A note as a row of the thread.
    Message noteRow(const Note &note)
    {
        Message m;
        m.id = -note.id;
        m.caseId = note.caseId;
        m.direction = Direction::Out;
        m.visibility = Visibility::Private;
        m.authorAgentId = note.authorAgentId;
        m.text = note.text;
        m.createdAt = note.createdAt;
        return m;
    }

    /// Oldest first; at the same time messages (in their (time, id) order) before notes.
    void sortRows(QList<Message> &rows)
    {
        std::stable_sort(rows.begin(), rows.end(),
            [](const Message &a, const Message &b) { return a.createdAt < b.createdAt; });
    }

    KeysetCursor keyOf(const Message &m)
    {
        return KeysetCursor { m.createdAt, m.id, 0 };
    }

    bool before(const KeysetCursor &a, const KeysetCursor &b)
    {
        return a.time < b.time || (a.time == b.time && a.id < b.id);
    }

} // namespace

ThreadModel::ThreadModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return message.text;
    case MessageIdRole:
        return QVariant::fromValue(message.id);
    case AuthorRole:
        if (message.id < 0) {
            const QString agent = m_agentNames.value(message.authorAgentId);
            return agent.isEmpty() ? tr("Team") : agent;
        }
        if (!message.authorName.isEmpty())
            return message.authorName;
        return message.direction == Direction::In ? tr("Customer") : tr("Agent");
    case DirectionRole:
        return static_cast<int>(message.direction);
    case VisibilityRole:
        return static_cast<int>(message.visibility);
    case TimeRole:
        return QVariant::fromValue(message.createdAt);
    case TimeTextRole:
        return message.editedAt != 0 ? tr("%1 (edited)").arg(timeText(message.createdAt))
                                     : timeText(message.createdAt);
    case EditedRole:
        return message.editedAt != 0;
    case IsNoteRole:
        return message.id < 0;
    case BadgeRole:
        return message.id < 0 ? noteText() : visibilityText(message.visibility);
    case PermalinkRole:
        return message.id < 0 ? QString() : message.permalink;
    case AttachmentsTextRole: {
        QStringList lines;
        for (const Attachment &a : m_attachments.value(message.id)) {
            const QString name = a.name.isEmpty() ? a.url : a.name;
            lines.append(tr("Attachment (%1): %2").arg(a.kind, name));
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(TextRole, "text");
    names.insert(AuthorRole, "author");
    names.insert(DirectionRole, "direction");
    names.insert(VisibilityRole, "visibility");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(EditedRole, "edited");
    names.insert(IsNoteRole, "isNote");
    names.insert(BadgeRole, "badge");
    names.insert(PermalinkRole, "permalink");
    names.insert(AttachmentsTextRole, "attachmentsText");
    return names;
}

QList<Message> ThreadModel::rowsOf(const CaseDetail &detail)
{
    m_moreInDatabase = detail.olderMessages && !detail.messages.isEmpty();
    m_oldestRead
        = detail.messages.isEmpty() ? KeysetCursor {} : keyOf(detail.messages.constFirst());
    m_messageCount = qMax(detail.messageCount, static_cast<int>(detail.messages.size()));
    m_noteCount = static_cast<int>(detail.notes.size());
    m_pendingNotes.clear();
    QList<Message> rows = detail.messages;
    for (const Note &note : detail.notes) {
        // A note joins the rows with the messages of its time: one before the first message
        // read waits for the page that reaches back to it.
        if (m_moreInDatabase && note.createdAt < m_oldestRead.time)
            m_pendingNotes.append(noteRow(note));
        else
            rows.append(noteRow(note));
    }
    sortRows(rows);
    sortRows(m_pendingNotes);
    return rows;
}

int ThreadModel::totalCount() const
{
    if (m_moreInDatabase)
        return m_messageCount + m_noteCount;
    return static_cast<int>(m_older.size() + m_messages.size());
}

ThreadRange ThreadModel::rangeFor(Id caseId) const
{
    ThreadRange range;
    if (caseId == m_caseId && m_oldestRead.id != 0)
        range.since = m_oldestRead;
    else
        range.newest = fetchSize;
    return range;
}

void ThreadModel::setDetail(const CaseDetail &detail)
{
    if (detail.summary.value.id != m_caseId) {
        // Another case: its newest page only; the rest waits for loadOlder().
        ++m_generation;
        m_fetching = false;
        QList<Message> incoming = rowsOf(detail);
        const qsizetype held = qMax<qsizetype>(0, incoming.size() - pageSize);
        beginResetModel();
        m_caseId = detail.summary.value.id;
        m_attachments.clear();
        m_agentNames.clear();
        m_older = incoming.mid(0, held);
        incoming.remove(0, held);
        m_messages = std::move(incoming);
        endResetModel();
        return;
    }

    // The same case again. A partial read that starts later than what was read before (it was
    // asked for before an older page came in) keeps the older messages already here.
    QList<Message> incoming;
    if (detail.olderMessages && !detail.messages.isEmpty()
        && before(m_oldestRead, keyOf(detail.messages.constFirst()))) {
        const KeysetCursor first = keyOf(detail.messages.constFirst());
        CaseDetail merged = detail;
        QList<Message> earlier;
        for (const QList<Message> *rows : { &m_older, &m_messages })
            for (const Message &m : *rows)
                if (m.id > 0 && before(keyOf(m), first))
                    earlier.append(m);
        merged.messages = earlier + detail.messages;
        merged.olderMessages = m_moreInDatabase; // as far back as this model had read
        incoming = rowsOf(merged);
    } else {
        incoming = rowsOf(detail);
    }

    // What is held back stays held back, the rows from the first one shown on are brought in
    // line. Where the first row shown has gone, as many rows as were shown.
    qsizetype split = -1;
    if (!m_messages.isEmpty()) {
        const Id firstShown = m_messages.constFirst().id;
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            if (incoming.at(i).id == firstShown) {
                split = i;
                break;
            }
        }
    }
    if (split < 0)
        split = qMax<qsizetype>(0, incoming.size() - qMax<qsizetype>(m_messages.size(), pageSize));
    m_older = incoming.mid(0, split);
    incoming.remove(0, split);

    // Messages the thread no longer has go, then row by row the list is brought in line with
    // the new one, inserting what is new and updating what changed.
    QSet<Id> incomingIds;
    incomingIds.reserve(incoming.size());
    for (const Message &message : std::as_const(incoming))
        incomingIds.insert(message.id);
    for (int row = static_cast<int>(m_messages.size()) - 1; row >= 0; --row) {
        if (!incomingIds.contains(m_messages.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_messages.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < incoming.size(); ++row) {
        const Message &message = incoming.at(row);
        if (row < m_messages.size() && m_messages.at(row).id == message.id) {
            if (!sameContent(m_messages.at(row), message)) {
                m_messages[row] = message;
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_messages.insert(row, message);
        endInsertRows();
    }
    // Only when the order itself changed do rows remain past the new end.
    if (m_messages.size() > incoming.size()) {
        beginRemoveRows(
            {}, static_cast<int>(incoming.size()), static_cast<int>(m_messages.size()) - 1);
        m_messages.resize(incoming.size());
        endRemoveRows();
    }
}

int ThreadModel::loadOlder(int count)
{
    const int n = static_cast<int>(qMin<qsizetype>(qMax(0, count), m_older.size()));
    if (n > 0) {
        const qsizetype from = m_older.size() - n;
        beginInsertRows({}, 0, n - 1);
        QList<Message> rows;
        rows.reserve(n + m_messages.size());
        rows.append(m_older.mid(from));
        rows.append(m_messages);
        m_messages = std::move(rows);
        m_older.resize(from);
        endInsertRows();
    }
    // Read ahead: the next page is on its way before the agent reaches it.
    if (m_older.size() < pageSize)
        fetchOlder();
    return n;
}

void ThreadModel::fetchOlder()
{
    if (!m_cases || !m_moreInDatabase || m_fetching)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const KeysetCursor from = m_oldestRead;
    // One more than a page tells whether the thread's start is reached.
    m_cases->olderMessages(m_caseId, from, fetchSize + 1)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, generation, from](const Result<QList<Message>> &result) {
                if (generation != m_generation)
                    return; // another case by now
                m_fetching = false;
                if (!result.ok()) {
                    Q_EMIT olderFetchFailed(result.error().message);
                    return;
                }
                olderArrived(from, result.value());
            }));
}

void ThreadModel::olderArrived(const KeysetCursor &from, const QList<Message> &messages)
{
    // A refresh moved the oldest message read meanwhile: ask again from there.
    if (from.time != m_oldestRead.time || from.id != m_oldestRead.id) {
        if (m_older.size() < pageSize)
            fetchOlder();
        return;
    }
    QList<Message> rows = messages;
    m_moreInDatabase = rows.size() > fetchSize;
    if (m_moreInDatabase)
        rows.remove(0, rows.size() - fetchSize);
    if (!rows.isEmpty())
        m_oldestRead = keyOf(rows.constFirst());
    // The notes of the page's time join it; all of them when the thread's start is read.
    qsizetype waiting = 0;
    if (m_moreInDatabase) {
        while (waiting < m_pendingNotes.size()
            && m_pendingNotes.at(waiting).createdAt < m_oldestRead.time)
            ++waiting;
    }
    rows.append(m_pendingNotes.mid(waiting));
    m_pendingNotes.resize(waiting);
    sortRows(rows);
    rows.append(m_older);
    m_older = std::move(rows);
    Q_EMIT olderFetched();
}

void ThreadModel::clear()
{
    ++m_generation;
    m_fetching = false;
    m_moreInDatabase = false;
    m_oldestRead = {};
    m_pendingNotes.clear();
    m_messageCount = 0;
    m_noteCount = 0;
    if (m_caseId == 0 && m_messages.isEmpty() && m_older.isEmpty())
        return;
    beginResetModel();
    m_caseId = 0;
    m_older.clear();
    m_messages.clear();
    m_attachments.clear();
    m_agentNames.clear();
    endResetModel();
}

void ThreadModel::setExtras(const CaseExtras &extras)
{
    if (extras.caseId != m_caseId)
        return;
    m_attachments.clear();
    for (const Attachment &a : extras.attachments)
        m_attachments[a.messageId].append(a);
    m_agentNames = extras.agentNames;
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { AuthorRole, AttachmentsTextRole });
}

QString ThreadModel::noteText()
{
    return tr("Internal note");
}

QString ThreadModel::visibilityText(Visibility visibility)
{
    return visibility == Visibility::Public ? tr("Public") : tr("Private message");
}

QString ThreadModel::timeText(Millis time) const
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(time).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.now()).toLocalTime();
    const QLocale locale;
    // The locale's short time, without seconds (the C locale's short format has them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    const QString clock = locale.toString(when.time(), format);
    if (when.date() == now.date())
        return clock;
    if (when.date() == now.date().addDays(-1))
        return tr("Yesterday %1").arg(clock);
    if (when.date().year() == now.date().year())
        return locale.toString(when.date(), u"d MMM"_s) + u' ' + clock;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + clock;
}

} // namespace CareDesk
