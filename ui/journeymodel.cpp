// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journeymodel.h"

#include "app/core/futures.h"
#include "ui/inboxmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

JourneyModel::JourneyModel(CustomerRepository &customers, QObject *parent)
    : QAbstractListModel(parent)
    , m_customers(customers)
{
}

int JourneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString JourneyModel::statusText(CaseStatus status)
{
    return InboxModel::statusText(status);
}

QString JourneyModel::kindText(JourneyKind kind)
{
    switch (kind) {
    case JourneyKind::Message:
        return tr("Message");
    case JourneyKind::CaseOpened:
        return tr("Case opened");
    case JourneyKind::Reply:
        return tr("Reply");
    case JourneyKind::StatusChange:
        return tr("Status change");
    case JourneyKind::Assignment:
        return tr("Assignment");
    case JourneyKind::Note:
        return tr("Note");
    case JourneyKind::Sentiment:
        return tr("Sentiment");
    case JourneyKind::Csat:
        return tr("CSAT");
    case JourneyKind::Contact:
        return tr("Contact");
    }
    return {};
}

QString JourneyModel::channelText(const QString &channel)
{
    if (const std::optional<Platform> platform = platformFromString(channel))
        return platformDisplayName(*platform);
    if (channel == "phone"_L1)
        return tr("Phone");
    if (channel == "email"_L1)
        return tr("E-mail");
    if (channel == "chat"_L1)
        return tr("Chat");
    if (channel == "shop"_L1)
        return tr("Shop");
    if (channel == "sms"_L1)
        return tr("SMS");
    if (channel.isEmpty())
        return {};
    return channel.left(1).toUpper() + channel.mid(1);
}

QString JourneyModel::labelFor(const JourneyEntry &e) const
{
    const bool isPrivate = e.visibility == Visibility::Private;
    switch (e.kind) {
    case JourneyKind::Message:
        return isPrivate ? tr("Private message") : tr("Public post");
    case JourneyKind::Reply:
        return isPrivate ? tr("Reply, private message") : tr("Reply, public");
    case JourneyKind::CaseOpened:
        return tr("Case opened");
    case JourneyKind::StatusChange: {
        if (e.data.value(u"type"_s).toString() == "reopened"_L1)
            return tr("Reopened");
        const std::optional<CaseStatus> from
            = caseStatusFromString(e.data.value(u"from"_s).toString());
        const std::optional<CaseStatus> to = caseStatusFromString(e.data.value(u"to"_s).toString());
        if (from && to)
            return tr("Status: %1 → %2").arg(statusText(*from), statusText(*to));
        return kindText(e.kind);
    }
    case JourneyKind::Assignment:
        return e.data.value(u"type"_s).toString() == "claimed"_L1 ? tr("Claimed") : tr("Assigned");
    case JourneyKind::Note:
        return tr("Internal note");
    case JourneyKind::Sentiment:
        return tr("Sentiment %1").arg(e.value);
    case JourneyKind::Csat:
        return tr("CSAT %1").arg(e.value);
    case JourneyKind::Contact:
        return e.direction == Direction::In
            ? tr("%1, from the customer").arg(channelText(e.channel))
            : tr("%1, to the customer").arg(channelText(e.channel));
    }
    return {};
}

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const JourneyEntry &e = m_entries.at(row.entry);
    if (row.header) {
        switch (role) {
        case Qt::DisplayRole:
            if (e.caseId == 0)
                return tr("Other channels");
            return tr("%1 · case %2 · %3")
                .arg(channelText(e.channel))
                .arg(e.caseId)
                .arg(statusText(e.caseStatus));
        case IsHeaderRole:
            return true;
        case CaseIdRole:
            return e.caseId;
        case ChannelRole:
            return e.caseId == 0 ? QString() : e.channel;
        case CaseStatusRole:
            return static_cast<int>(e.caseStatus);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return labelFor(e);
    case Qt::ToolTipRole:
        return e.summary;
    case IsHeaderRole:
        return false;
    case KindRole:
        return static_cast<int>(e.kind);
    case CaseIdRole:
        return e.caseId;
    case ChannelRole:
        return e.channel;
    case TimeRole:
        return e.at;
    case TimeTextRole: {
        // The locale's short date and time, without seconds: a timeline reads in minutes.
        const QLocale locale;
        static const QRegularExpression seconds(u"[:.]ss"_s);
        const QString format = locale.dateFormat(QLocale::ShortFormat) + u' '
            + locale.timeFormat(QLocale::ShortFormat).remove(seconds);
        return locale.toString(QDateTime::fromMSecsSinceEpoch(e.at).toLocalTime(), format);
    }
    case SummaryRole:
        switch (e.kind) {
        case JourneyKind::StatusChange:
        case JourneyKind::Assignment:
            return e.summary.isEmpty() ? QString() : tr("by %1").arg(e.summary);
        case JourneyKind::Note: {
            const QString author = e.data.value(u"author"_s).toString();
            return author.isEmpty() ? e.summary : tr("%1: %2").arg(author, e.summary);
        }
        case JourneyKind::CaseOpened:
            return QString(); // the first message says it, right above
        default:
            return e.summary;
        }
    case DirectionRole:
        return static_cast<int>(e.direction);
    case VisibilityRole:
        return static_cast<int>(e.visibility);
    case ValueRole:
        return e.value;
    case CaseStatusRole:
        return static_cast<int>(e.caseStatus);
    default:
        return {};
    }
}

QHash<int, QByteArray> JourneyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IsHeaderRole, "isHeader");
    names.insert(KindRole, "kind");
    names.insert(CaseIdRole, "caseId");
    names.insert(ChannelRole, "channel");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(LabelRole, "label");
    names.insert(SummaryRole, "summary");
    names.insert(DirectionRole, "direction");
    names.insert(VisibilityRole, "visibility");
    names.insert(ValueRole, "value");
    names.insert(CaseStatusRole, "caseStatus");
    return names;
}

bool JourneyModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_loading;
}

void JourneyModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(false);
}

void JourneyModel::setCustomer(Id customerId, const QString &channel)
{
    ++m_request; // whatever was on its way belongs to the previous customer
    beginResetModel();
    m_customerId = customerId;
    m_channel = channel;
    m_entries.clear();
    m_rows.clear();
    m_next.reset();
    m_loading = false;
    endResetModel();
    if (customerId != 0)
        request(false);
}

void JourneyModel::refresh()
{
    if (m_customerId != 0)
        request(true);
}

void JourneyModel::request(bool refreshing)
{
    JourneyQuery query;
    query.customerId = m_customerId;
    query.channel = m_channel;
    const bool appending = !refreshing && !m_entries.isEmpty();
    // A refresh reads as far as the agent has scrolled, so nothing shown disappears.
    query.limit
        = refreshing ? std::max<int>(pageSize, static_cast<int>(m_entries.size())) : pageSize;
    if (appending)
        query.after = m_next;
    const quint64 request = ++m_request;
    m_loading = true;
    m_customers.journey(query).then(QtFuture::Launch::Sync,
        onContext(this, [this, request, refreshing, appending](const Result<JourneyPage> &result) {
            // Applied from the event loop: never in the middle of a view's own signal handling.
            QMetaObject::invokeMethod(
                this,
                [this, request, refreshing, appending, result] {
                    apply(request, refreshing, appending, result);
                },
                Qt::QueuedConnection);
        }));
}

QList<JourneyModel::Row> JourneyModel::rowsFor(const QList<JourneyEntry> &entries)
{
    QList<Row> rows;
    rows.reserve(entries.size() + entries.size() / 4 + 1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i == 0 || entries.at(i).caseId != entries.at(i - 1).caseId)
            rows.append(Row { true, static_cast<int>(i) });
        rows.append(Row { false, static_cast<int>(i) });
    }
    return rows;
}

void JourneyModel::apply(
    quint64 request, bool refreshing, bool appending, const Result<JourneyPage> &result)
{
    if (request != m_request)
        return;
    m_loading = false;
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
    const JourneyPage &page = result.value();
    if (appending && !refreshing) {
        QList<JourneyEntry> entries = m_entries + page.entries;
        const QList<Row> rows = rowsFor(entries);
        if (rows.size() > m_rows.size()) {
            beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(rows.size()) - 1);
            m_entries = std::move(entries);
            m_rows = rows;
            endInsertRows();
        }
        m_next = page.next;
        Q_EMIT loaded();
        return;
    }
    // The first page, or a refresh: keep the rows both lists share, insert and remove the rest.
    const QList<JourneyEntry> &entries = page.entries;
    const QList<Row> rows = rowsFor(entries);
    const auto key = [](const QList<JourneyEntry> &list, const Row &row) {
        const JourneyEntry &e = list.at(row.entry);
        return row.header ? u"h%1"_s.arg(e.caseId == 0 ? -e.id : e.caseId)
                          : u"e%1:%2"_s.arg(static_cast<int>(e.kind)).arg(e.id);
    };
    const qsizetype oldSize = m_rows.size();
    const qsizetype newSize = rows.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize
        && key(m_entries, m_rows.at(prefix)) == key(entries, rows.at(prefix)))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
        && key(m_entries, m_rows.at(oldSize - 1 - suffix))
            == key(entries, rows.at(newSize - 1 - suffix)))
        ++suffix;
    if (oldSize - prefix - suffix > 0) {
        beginRemoveRows({}, static_cast<int>(prefix), static_cast<int>(oldSize - suffix - 1));
        m_rows.remove(prefix, oldSize - prefix - suffix);
        endRemoveRows();
    }
    // The rows left are the shared ones; point them at the new entries before inserting.
    m_entries = entries;
    m_rows = rows.mid(0, prefix) + rows.mid(newSize - suffix);
    if (newSize - prefix - suffix > 0) {
        beginInsertRows({}, static_cast<int>(prefix), static_cast<int>(newSize - suffix - 1));
        m_rows = rows;
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0), index(static_cast<int>(m_rows.size()) - 1)); // statuses may have moved on
    m_next = page.next;
    Q_EMIT loaded();
}

} // namespace CareDesk
