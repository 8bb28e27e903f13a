// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/reportsdesk.h"

#include "app/core/futures.h"
#include "app/runtime/workspace.h"
#include "app/storage/agentstore.h"
#include "app/storage/metricsstore.h"
#include "ui/mainwindow.h"
#include "ui/reportswindow.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

ReportsDesk::ReportsDesk(Workspace &workspace, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    // A database thread of its own: a long report never holds up the inbox.
    , m_metrics(std::make_unique<SqlMetricsRepository>(workspace.config(), workspace.clock()))
{
    auto *reports = new QAction(tr("&Reports"), &window);
    reports->setObjectName(u"reportsAction"_s);
    reports->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    reports->setStatusTip(tr("Volume, speed, resolution, sentiment and satisfaction for a period"));
    connect(reports, &QAction::triggered, this, [this] { openReports(); });
    window.menu(MainWindow::Menu::Tools)->addAction(reports);

    auto *survey = new QAction(tr("Send CSAT &survey"), &window);
    survey->setObjectName(u"sendCsatAction"_s);
    survey->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    survey->setStatusTip(tr("Ask the customer how satisfied they are (best sent at resolution)"));
    connect(survey, &QAction::triggered, this, &ReportsDesk::sendSurvey);
    window.menu(MainWindow::Menu::Case)->addAction(survey);

    // Who looks decides what they see: agents get their own figures.
    const bool team = workspace.config().isPostgres();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    workspace.team()
        .currentAgent(team ? QString() : AgentStore::agentNameFromSystemUser(user), !team)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Agent> &agent) {
            if (!agent.ok())
                return; // the local single user: everything
            m_agentId = agent.value().id;
            m_supervisor = agent.value().role != AgentRole::Agent;
        }));
}

ReportsDesk::~ReportsDesk()
{
    delete m_reports.data();
}

ReportsWindow *ReportsDesk::openReports()
{
    if (!m_reports)
        m_reports = new ReportsWindow(*m_metrics, m_workspace.clock(), m_agentId, m_supervisor);
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
    return m_reports;
}

QString ReportsDesk::surveyText(Platform platform)
{
    // Per-platform wording will come from the scripts; until then one question fits every
    // platform's limits (the shortest, X, allows 280 characters).
    Q_UNUSED(platform)
    return tr("Thank you for contacting us! How satisfied are you with our help? Reply with a "
              "number from 1 "
              "(not at all) to 5 (very satisfied).");
}

void ReportsDesk::sendSurvey()
{
    const Id caseId = m_window.currentCaseId();
    if (caseId == 0) {
        m_window.statusBar()->showMessage(tr("Select a case to send the survey to."), 5000);
        return;
    }
    m_metrics->sendCsatSurvey(caseId, surveyText(Platform::X), m_agentId)
        .then(QtFuture::Launch::Sync, onContext(this, [this, caseId](const Result<Id> &sent) {
            m_window.statusBar()->showMessage(sent.ok()
                    ? tr("The CSAT survey for case %1 is in the outbox.").arg(caseId)
                    : sent.error().message,
                8000);
        }));
}

} // namespace CareDesk
