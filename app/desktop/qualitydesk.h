// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/replyreview.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace CareDesk {

class DatabaseWorker;
class MainWindow;
class PresenterWindow;
class QualityReviewWindow;
class Workspace;

/// Wires the trainer's and the supervisor's tools of issue 9 into the desktop:
/// View > Presenter mode (objectName "presenterAction", Ctrl+F5), Case > Turn into training
/// scenario… ("scenarioFromCaseAction", Ctrl+Alt+T; resolved cases), Case > Review reply…
/// ("reviewReplyAction", Ctrl+Alt+R; the selected sent reply, else the case's latest) and
/// Tools > Quality review ("qualityReviewAction", Ctrl+Alt+Q). Where roles apply (a team
/// workspace) the last three are for supervisors, trainers and administrators.
class QualityDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityDesk)

public:
    QualityDesk(Workspace &workspace, MainWindow &window, QObject *parent = nullptr);
    ~QualityDesk() override;

    PresenterWindow *openPresenter();
    QualityReviewWindow *openQualityReview();
    ReplyReviewRepository &reviews() { return *m_reviews; }

private:
    void turnIntoScenario();
    void reviewReply();
    void updateActions();
    bool mayReview() const { return m_role != AgentRole::Agent; }

    Workspace &m_workspace;
    MainWindow &m_window;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<ReplyReviewRepository> m_reviews;
    QPointer<PresenterWindow> m_presenter;
    QPointer<QualityReviewWindow> m_quality;
    QAction *m_presenterAction = nullptr;
    QAction *m_scenarioAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_qualityAction = nullptr;
    Id m_agentId = 0;
    /// The local single user (no agent row) may do everything, as on SQLite without sign-in.
    AgentRole m_role = AgentRole::Admin;
    bool m_caseResolved = false;
    quint64 m_stateRequest = 0;
};

} // namespace CareDesk
