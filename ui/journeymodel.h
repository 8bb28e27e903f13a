// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/journey.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace CareDesk {

/// A customer's journey as a list: a header row opens each case (and each run of contacts
/// from other channels), its entries follow newest first. Pages come from the repository as
/// the view scrolls (keyset, fetchMore); refresh() inserts what is new above the rows already
/// shown instead of resetting, so the agent keeps their place.
class JourneyModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyModel)

public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1, ///< bool: a case (or contacts) header
        KindRole, ///< JourneyKind as int (entries)
        CaseIdRole, ///< Id; 0 for imported contacts
        ChannelRole, ///< "x", "telegram", "phone" ...
        TimeRole, ///< Millis
        TimeTextRole, ///< the time as the timeline shows it
        LabelRole, ///< what happened: "Message", "Reply", "Status: Open → Resolved" ...
        SummaryRole, ///< the text (plain, untrusted for messages and contacts)
        DirectionRole, ///< Direction as int
        VisibilityRole, ///< Visibility as int
        ValueRole, ///< sentiment or CSAT score
        CaseStatusRole, ///< CaseStatus as int (headers and case entries)
    };

    /// Entries per page.
    static constexpr int pageSize = 50;

    explicit JourneyModel(CustomerRepository &customers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows a customer's journey (one channel, or all for an empty one); 0 shows nothing.
    void setCustomer(Id customerId, const QString &channel = {});
    /// Reads the journey again; new entries are inserted, the rest stays in place.
    void refresh();
    Id customerId() const { return m_customerId; }
    const QString &channel() const { return m_channel; }
    bool isLoading() const { return m_loading; }
    /// Entries loaded (headers not counted).
    int entryCount() const { return static_cast<int>(m_entries.size()); }

    /// "Message", "Case opened" ... for an entry kind.
    static QString kindText(JourneyKind kind);
    /// "X", "Telegram", "Phone", "E-mail" ... for a platform or contact channel.
    static QString channelText(const QString &channel);
    static QString statusText(CaseStatus status);

Q_SIGNALS:
    /// A page (or a refresh) arrived.
    void loaded();
    void errorOccurred(const QString &message);

private:
    struct Row {
        bool header = false;
        int entry = -1; ///< index into m_entries for entries
    };
    void request(bool refreshing);
    void apply(quint64 request, bool refreshing, bool appending, const Result<JourneyPage> &result);
    static QList<Row> rowsFor(const QList<JourneyEntry> &entries);
    QString labelFor(const JourneyEntry &entry) const;

    CustomerRepository &m_customers;
    Id m_customerId = 0;
    QString m_channel;
    QList<JourneyEntry> m_entries;
    QList<Row> m_rows;
    std::optional<JourneyCursor> m_next;
    bool m_loading = false;
    quint64 m_request = 0; ///< answers to older requests are stale
};

} // namespace CareDesk
