// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reports' reading side (MetricsStore::compute): cases and their messages read in blocks of
// case ids, on one or two connections, handed in batches to the thread that analyses them.

#include "app/core/metrics.h"
#include "app/storage/database.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace CareDesk::MetricsReading {

/// Cases handed from a reading thread to the one analysing them, in batches, at most a few
/// batches ahead.
class CasePipe
{
public:
    /// False when the pipe was closed (the analyser stopped): the batch is dropped.
    bool push(std::vector<MetricsCase> &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < 8 || m_closed; });
        if (m_closed)
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    bool pop(std::vector<MetricsCase> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return false;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<MetricsCase>> m_queue;
    bool m_closed = false;
};

struct Survey {
    int sent = 0;
    int score = 0;
};

/// The reading plan shared by the readers: blocks of case ids from firstId on, block k read
/// by reader k % shards; events, surveys and tags (few) held by case id for the merge.
struct BlockPlan {
    /// Ids per block: 4096 for large workspaces; a sixteenth of the ids for small ones, so that
    /// every report (and test) takes the same two-reader path.
    Id blockIds = 4096;
    QString caseSql; ///< the period's cases with from <= id < to (the last two values)
    QVariantList values;
    QString messageSql; ///< their messages, for case ids from <= id < to
    Id firstId = 0;
    qint64 blocks = 0;
    int shards = 1;
    QHash<Id, QList<MetricsEvent>> events;
    QHash<Id, Survey> surveys;
    QHash<Id, QStringList> tags;
};

/// Reads the blocks k = shard, shard + shards, ... of the plan: each block's cases (in id
/// order), then its messages merged into them, pushed as one batch (empty ones too: the
/// analyser takes the blocks in id order from the readers' pipes in turn, so the cases reach
/// the accumulator in the same order as from a single reader). Stops when the pipe closes.
Result<Done> readBlocks(Database &db, const BlockPlan &plan, int shard, CasePipe &pipe);

/// A connection that only reads, and reads much: SQLite maps the file instead of copying
/// pages through read() into a small cache.
Result<Done> prepareForReading(Database &db);

} // namespace CareDesk::MetricsReading
