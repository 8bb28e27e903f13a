// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QList>
#include <QObject>

namespace CareDesk {

/// Tells views what changed in the workspace, whoever wrote it (this process, another
/// process, another desktop). Every write bumps change_seq in its own transaction and records
/// the cases it touched; a feed reports them in order. When a feed cannot be sure it saw
/// everything (a dropped listener connection, a pruned log) it asks for a resync instead.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /// Starts watching from the current change_seq.
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    /// Writes up to seq touched these cases (ids only; read the rows from the repositories).
    void changed(qint64 seq, const QList<CareDesk::Id> &caseIds);
    /// Something may have been missed: reload what is shown from the tables.
    void resyncNeeded();
    /// The feed lost its source (e.g. the database went away); it keeps retrying.
    void unavailable(const QString &reason);
};

} // namespace CareDesk
