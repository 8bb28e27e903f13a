// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inbox views: live counts, the values the views panel lists (platforms, accounts, languages),
// and the agent's saved views. Implementations run on database worker threads like every
// repository (repositories.h).

#include "app/core/repositories.h"

#include <QJsonObject>

namespace CareDesk {

/// What the workspace's open cases have, for the views panel's per-platform, per-account and
/// per-language entries.
struct InboxFacets {
    QList<Platform> platforms;
    QList<Account> accounts; ///< id, platform and handle set
    QStringList languages; ///< non-empty language codes, sorted
};

/// A view an agent built and named: a filter and a sort, stored in the workspace per agent.
struct SavedView {
    Id id = 0;
    Id agentId = 0; ///< 0: the local agent of a single-user workspace
    QString name;
    QJsonObject definition; ///< InboxQuery as ViewDefinition writes it
    int position = 0; ///< order in the panel
    Millis updatedAt = 0;
};

/// InboxQuery to and from the JSON a saved view stores. "Mine" stays "me", so a view means the
/// same to whoever opens it; paging fields and `now` are not stored.
namespace ViewDefinition {
    QJsonObject toJson(const InboxQuery &query);
    InboxQuery fromJson(const QJsonObject &json, Id me);

    /// Whether a case matches the query's filters at `now`, as the storage would answer; nullopt
    /// when the case alone cannot tell (tags). For live updates of a loaded list.
    std::optional<bool> matches(const InboxQuery &query, const Case &value, Millis now);
    /// The case's position key under the query's sort (what CasePage::next holds for it).
    KeysetCursor sortKey(InboxSort sort, const Case &value);
    /// Whether a comes before b in the sort's order.
    bool comesBefore(InboxSort sort, const KeysetCursor &a, const KeysetCursor &b);
} // namespace ViewDefinition

class ViewRepository
{
public:
    virtual ~ViewRepository() = default;
    /// How many cases each query matches (limit and cursor ignored), in the queries' order.
    virtual QFuture<Result<QList<qint64>>> counts(const QList<InboxQuery> &queries) = 0;
    /// Platforms, accounts and languages of the workspace.
    virtual QFuture<Result<InboxFacets>> facets() = 0;
    /// The agent's saved views in panel order.
    virtual QFuture<Result<QList<SavedView>>> savedViews(Id agentId) = 0;
    /// Adds a view (id 0) or replaces one; a Conflict when the agent has a view of that name.
    virtual QFuture<Result<SavedView>> saveView(const SavedView &view) = 0;
    /// Removes the agent's view; NotFound when there is none.
    virtual QFuture<Result<Done>> removeView(Id viewId, Id agentId) = 0;
};

} // namespace CareDesk
