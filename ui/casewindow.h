// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QWidget>

class QLabel;

namespace CareDesk {

class CaseRepository;
class ChangeFeed;
class Clock;
class ThreadModel;
class ThreadView;
struct CaseDetail;

/// One case in a window of its own ("pop out"): its header and thread, kept current from the
/// change feed, so an agent can keep several cases in sight beside the inbox.
class CaseWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWindow)

public:
    CaseWindow(CaseRepository &cases, ChangeFeed &feed, const Clock &clock, Id caseId,
        QWidget *parent = nullptr);
    ~CaseWindow() override;

    Id caseId() const { return m_caseId; }

Q_SIGNALS:
    /// The case's thread has been shown (first load and every update).
    void detailShown();

private:
    void load(bool opening);
    void showDetail(const CaseDetail &detail, bool opening);

    CaseRepository &m_cases;
    Id m_caseId = 0;
    ThreadModel *m_thread = nullptr;
    ThreadView *m_threadView = nullptr; ///< newest messages first, older ones on scrolling up
    QLabel *m_customerLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    quint64 m_request = 0; ///< answers to older requests are stale
};

} // namespace CareDesk
