// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threadmodel.h"

#include "app/core/clock.h"
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

    /// The thread's rows: messages and notes together, oldest first.
    QList<Message> threadRows(const CaseDetail &detail)
    {
        QList<Message> rows = detail.messages;
        for (const Note &note : detail.notes) {
            Message m;
            m.id = -note.id;
            m.caseId = note.caseId;
            m.direction = Direction::Out;
            m.visibility = Visibility::Private;
            m.authorAgentId = note.authorAgentId;
            m.text = note.text;
            m.createdAt = note.createdAt;
            rows.append(m);
        }
        std::stable_sort(rows.begin(), rows.end(),
            [](const Message &a, const Message &b) { return a.createdAt < b.createdAt; });
        return rows;
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

void ThreadModel::setDetail(const CaseDetail &detail)
{
    QList<Message> incoming = threadRows(detail);
    if (detail.summary.value.id != m_caseId) {
        // Another case: its newest page only; the rest waits for loadOlder().
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

    // The same case again: what is held back stays held back, the rows from the first one shown
    // on are brought in line. Where the first row shown has gone, as many rows as were shown.
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
    if (n == 0)
        return 0;
    const qsizetype from = m_older.size() - n;
    beginInsertRows({}, 0, n - 1);
    QList<Message> rows;
    rows.reserve(n + m_messages.size());
    rows.append(m_older.mid(from));
    rows.append(m_messages);
    m_messages = std::move(rows);
    m_older.resize(from);
    endInsertRows();
    return n;
}

void ThreadModel::clear()
{
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
