// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace CareDesk {

class CaseRepository;
class ChangeFeed;
class Clock;
class ThreadModel;
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
    /// A long thread shows its newest messages first; the agent asks for the earlier ones.
    CaseDetail newestPart(const CaseDetail &detail);

    CaseRepository &m_cases;
    Id m_caseId = 0;
    ThreadModel *m_thread = nullptr;
    QListView *m_threadView = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    QPushButton *m_earlierButton = nullptr;
    bool m_showAll = false;
    quint64 m_request = 0; ///< answers to older requests are stale
};

} // namespace CareDesk
