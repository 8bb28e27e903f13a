// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/qualitydesk.h"

#include "app/core/futures.h"
#include "app/core/scenariofromcase.h"
#include "app/runtime/workspace.h"
#include "app/storage/agentstore.h"
#include "app/storage/databaseworker.h"
#include "app/storage/reviewstore.h"
#include "app/storage/trainingstore.h"
#include "ui/caseactions.h"
#include "ui/mainwindow.h"
#include "ui/presenterwindow.h"
#include "ui/qualityreviewwindow.h"
#include "ui/reviewdialog.h"
#include "ui/scenariofromcasedialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QualityDesk::QualityDesk(Workspace &workspace, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    // A database thread of its own: reading a quarter of reviews never holds up the inbox.
    , m_worker(std::make_unique<DatabaseWorker>(workspace.config()))
    , m_reviews(std::make_unique<SqlReplyReviewRepository>(*m_worker, workspace.clock()))
{
    m_presenterAction = new QAction(tr("&Presenter mode"), &window);
    m_presenterAction->setObjectName(u"presenterAction"_s);
    m_presenterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_presenterAction->setStatusTip(
        tr("Present a scenario or the current case at a projector: large type, "
           "one message at a time, personal data masked"));
    connect(m_presenterAction, &QAction::triggered, this, [this] { openPresenter(); });
    window.menu(MainWindow::Menu::View)->addAction(m_presenterAction);

    m_scenarioAction = new QAction(tr("Turn into &training scenario…"), &window);
    m_scenarioAction->setObjectName(u"scenarioFromCaseAction"_s);
    m_scenarioAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_scenarioAction->setStatusTip(
        tr("Make an anonymised training scenario of this resolved case"));
    connect(m_scenarioAction, &QAction::triggered, this, &QualityDesk::turnIntoScenario);
    window.menu(MainWindow::Menu::Case)->addAction(m_scenarioAction);

    m_reviewAction = new QAction(tr("Re&view reply…"), &window);
    m_reviewAction->setObjectName(u"reviewReplyAction"_s);
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_reviewAction->setStatusTip(tr("Score the selected sent reply with the training rubric"));
    connect(m_reviewAction, &QAction::triggered, this, &QualityDesk::reviewReply);
    window.menu(MainWindow::Menu::Case)->addAction(m_reviewAction);

    m_qualityAction = new QAction(tr("&Quality review"), &window);
    m_qualityAction->setObjectName(u"qualityReviewAction"_s);
    m_qualityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q));
    m_qualityAction->setStatusTip(
        tr("Review scores per agent and replies worth showing in training"));
    connect(m_qualityAction, &QAction::triggered, this, [this] { openQualityReview(); });
    window.menu(MainWindow::Menu::Tools)->addAction(m_qualityAction);

    if (CaseActions *actions = window.caseActions())
        connect(actions, &CaseActions::extrasLoaded, this,
            [this](const CaseExtras &) { updateActions(); });

    const bool team = workspace.config().isPostgres();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    workspace.team()
        .currentAgent(team ? QString() : AgentStore::agentNameFromSystemUser(user), !team)
        .then(QtFuture::Launch::Sync, onContext(this, [this, team](const Result<Agent> &agent) {
            if (agent.ok()) {
                m_agentId = agent.value().id;
                m_role = agent.value().role;
            } else if (team) {
                m_role = AgentRole::Agent; // a login we cannot place gets no supervisor tools
            }
            updateActions();
        }));
    updateActions();
}

QualityDesk::~QualityDesk()
{
    delete m_presenter.data();
    delete m_quality.data();
}

void QualityDesk::updateActions()
{
    const Id caseId = m_window.currentCaseId();
    m_reviewAction->setEnabled(mayReview() && caseId != 0);
    m_qualityAction->setEnabled(mayReview());
    m_scenarioAction->setEnabled(mayReview() && caseId != 0 && m_caseResolved);
    if (caseId == 0)
        return;
    const quint64 request = ++m_stateRequest;
    m_workspace.cases()
        .summaries({ caseId })
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, request, caseId](const Result<QList<CaseSummary>> &rows) {
                if (request != m_stateRequest || m_window.currentCaseId() != caseId)
                    return;
                m_caseResolved = rows.ok() && !rows.value().isEmpty()
                    && rows.value().first().value.status == CaseStatus::Resolved;
                m_scenarioAction->setEnabled(mayReview() && m_caseResolved);
            }));
}

PresenterWindow *QualityDesk::openPresenter()
{
    if (!m_presenter) {
        m_presenter = new PresenterWindow;
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presenter, &PresenterWindow::currentCaseRequested, this, [this] {
            const Id caseId = m_window.currentCaseId();
            if (caseId == 0) {
                m_window.statusBar()->showMessage(
                    tr("Select a case in the main window to present it."), 5000);
                return;
            }
            m_workspace.cases().detail(caseId).then(QtFuture::Launch::Sync,
                onContext(m_presenter.data(), [this](const Result<CaseDetail> &detail) {
                    if (detail.ok() && m_presenter)
                        m_presenter->showCase(detail.value());
                }));
        });
        const Result<QList<Scenario>> shipped = ScenarioLibrary::shipped();
        if (shipped.ok() && !shipped.value().isEmpty())
            m_presenter->showScenario(shipped.value().first());
    }
    m_presenter->show();
    m_presenter->raise();
    m_presenter->activateWindow();
    return m_presenter;
}

QualityReviewWindow *QualityDesk::openQualityReview()
{
    if (!m_quality) {
        m_quality = new QualityReviewWindow(*m_reviews, m_workspace.clock());
        m_quality->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_quality, &QualityReviewWindow::openCaseRequested, this, [this](Id caseId) {
            m_window.openCase(caseId);
            m_window.raise();
            m_window.activateWindow();
        });
    } else {
        m_quality->refresh();
    }
    m_quality->show();
    m_quality->raise();
    m_quality->activateWindow();
    return m_quality;
}

void QualityDesk::turnIntoScenario()
{
    const Id caseId = m_window.currentCaseId();
    if (caseId == 0 || !mayReview())
        return;
    m_workspace.cases().detail(caseId).then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<CaseDetail> &detail) {
            if (!detail.ok()) {
                m_window.statusBar()->showMessage(detail.error().message, 8000);
                return;
            }
            if (detail.value().summary.value.status != CaseStatus::Resolved) {
                m_window.statusBar()->showMessage(
                    tr("Only resolved cases become training scenarios."), 5000);
                return;
            }
            const Scenario scenario = ScenarioFromCase::build(
                detail.value(), ScenarioFromCase::newId(m_workspace.clock().now()));
            auto *dialog = new ScenarioFromCaseDialog(scenario, detail.value(), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this] {
                m_window.statusBar()->showMessage(tr("The training scenario is saved."), 5000);
            });
            dialog->open();
        }));
}

void QualityDesk::reviewReply()
{
    const Id caseId = m_window.currentCaseId();
    if (caseId == 0 || !mayReview())
        return;
    const Id selected = m_window.caseActions() ? m_window.caseActions()->currentMessageId() : 0;
    auto rubric
        = m_worker->run<RubricConfig>([](Database &db) { return TrainingStore::rubric(db); });
    m_workspace.cases().detail(caseId).then(QtFuture::Launch::Sync,
        onContext(this, [this, selected, rubric](const Result<CaseDetail> &detail) mutable {
            if (!detail.ok()) {
                m_window.statusBar()->showMessage(detail.error().message, 8000);
                return;
            }
            // The selected message when it is a sent reply, else the case's latest sent reply.
            const Message *reply = nullptr;
            for (const Message &m : detail.value().messages) {
                if (m.direction != Direction::Out)
                    continue;
                reply = &m;
                if (m.id == selected)
                    break;
            }
            if (!reply) {
                m_window.statusBar()->showMessage(
                    tr("This case has no sent reply to review."), 5000);
                return;
            }
            const Message message = *reply;
            const CaseDetail d = detail.value();
            rubric.then(QtFuture::Launch::Sync,
                onContext(this, [this, message, d](const Result<RubricConfig> &config) {
                    const RubricConfig rubricConfig
                        = config.ok() ? config.value() : RubricConfig::defaults();
                    ReplyReview review;
                    review.messageId = message.id;
                    review.reviewerId = m_workspace.config().isPostgres() ? 0 : m_agentId;
                    review.points = ReplyReviews::pointsFrom(
                        Rubric::score(rubricConfig, ReplyReviews::inputFor(d, message.id)));
                    auto *dialog = new ReviewDialog(
                        *m_reviews, review, message.text, message.authorName, &m_window);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &ReviewDialog::saved, this, [this](const ReplyReview &stored) {
                        m_window.statusBar()->showMessage(
                            tr("Review saved: %1 of %2.").arg(stored.total).arg(stored.maximum),
                            5000);
                        if (m_quality)
                            m_quality->refresh();
                    });
                    dialog->open();
                }));
        }));
}

} // namespace CareDesk
