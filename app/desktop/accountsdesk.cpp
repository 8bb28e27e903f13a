// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/accountsdesk.h"

#include "app/core/futures.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/accountadministration.h"
#include "app/runtime/connectors.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "app/storage/keychainsecretstore.h"
#include "ui/accounthealthmodel.h"
#include "ui/accountsdialog.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcAccounts, "caredesk.accounts")

namespace {
    /// The status bar's summary is read again this often (other programs write health too).
    constexpr int summaryIntervalMs = 30 * 1000;
} // namespace

AccountsDesk::AccountsDesk(Workspace &workspace, const WorkspaceInfo &info, MainWindow &window,
    Composer *composer, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_composer(composer)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    if (secrets) {
        m_secrets = secrets;
    } else {
        m_keychain = std::make_unique<KeychainSecretStore>(Connectors::secretService(info));
        m_secrets = m_keychain.get();
    }
    SyncEngine::Options options;
    options.reporter = u"desktop"_s;
    m_engine = std::make_unique<SyncEngine>(workspace, *m_network, *m_secrets, options);
    m_admin = std::make_unique<AccountAdministration>(
        workspace, *m_secrets, m_engine->http(), m_engine.get());

    auto *action = new QAction(tr("&Accounts..."), &window);
    action->setObjectName(u"accountsAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    action->setStatusTip(
        tr("Add, test and remove the platform accounts, and see how they are doing"));
    connect(action, &QAction::triggered, this, [this] { openDialog(); });
    window.menu(MainWindow::Menu::Tools)->addAction(action);

    m_label = new QLabel(&window);
    m_label->setObjectName(u"accountHealthLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    window.statusBar()->addPermanentWidget(m_label);

    connect(m_engine.get(), &SyncEngine::pausedChanged, this,
        [this](qint64 accountId, bool paused, const QString &reason) {
            if (paused) {
                // Told once, where the agent looks; the label stays until the account resumes.
                const Account account = m_engine->account(accountId);
                m_window.statusBar()->showMessage(
                    tr("%1 (%2) is paused: %3")
                        .arg(account.handle, platformDisplayName(account.platform), reason),
                    30000);
            }
        });
    connect(m_engine.get(), &SyncEngine::healthChanged, this,
        [this](const AccountHealthRecord &health) {
            // Only what the label shows; a poll's routine health changes wait for the timer.
            if (health.paused != m_shownPaused.contains(health.accountId))
                refreshSummary();
        });
    connect(m_engine.get(), &SyncEngine::problem, this,
        [](const QString &message) { qCWarning(lcAccounts) << message; });
    connect(&m_engine->sender(), &OutboxSender::replyFailed, this, [this] { refreshSummary(); });
    m_summaryTimer.setInterval(summaryIntervalMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &AccountsDesk::refreshSummary);
    m_summaryTimer.start();
    startAccounts();
}

AccountsDesk::~AccountsDesk()
{
    if (m_engine)
        m_engine->stop();
}

void AccountsDesk::startAccounts()
{
    m_workspace.accounts().list().then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<QList<Account>> &accounts) {
            if (!accounts.ok()) {
                qCWarning(lcAccounts) << accounts.error().message;
                return;
            }
            for (const Account &account : accounts.value()) {
                if (!account.enabled)
                    continue;
                if (Result<Done> added = m_engine->addAccount(account); !added.ok()) {
                    qCWarning(lcAccounts) << added.error().message;
                    continue;
                }
                configureComposer(account);
            }
            // Replies queued here or by caredesk-cli go out through the outbox; live accounts are
            // polled and streamed under their leases.
            m_engine->start();
            refreshSummary();
        }));
}

void AccountsDesk::configureComposer(const Account &account)
{
    Connector *connector = m_engine->connector(account.id);
    if (!m_composer || !connector)
        return;
    // The composer blocks what the platform would reject: private messages past its window.
    m_composer->setPrivateReplyWindow(
        account.platform, connector->capabilities().privateLimits.replyWindow);
    // The account's own reply limits (a Mastodon instance's max_characters, learnt by the
    // connector as it polls) instead of the platform's defaults, asked when a case shows.
    m_composer->setAccountCapabilities(
        account.id, [engine = QPointer<SyncEngine>(m_engine.get()), id = account.id] {
            Connector *live = engine ? engine->connector(id) : nullptr;
            return live ? live->capabilities() : ConnectorCapabilities {};
        });
}

AccountsDialog *AccountsDesk::openDialog()
{
    if (!m_dialog) {
        m_dialog = new AccountsDialog(*m_admin, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &AccountsDialog::accountsChanged, this, [this] {
            // Accounts added in the dialog are polled at once (AccountAdministration); the
            // composer learns their limits here.
            m_workspace.accounts().list().then(QtFuture::Launch::Sync,
                onContext(this, [this](const Result<QList<Account>> &accounts) {
                    if (accounts.ok()) {
                        for (const Account &account : accounts.value())
                            configureComposer(account);
                    }
                    refreshSummary();
                }));
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void AccountsDesk::refreshSummary()
{
    if (m_summaryPending) {
        m_summaryAgain = true;
        return;
    }
    m_summaryPending = true;
    m_admin->accounts().then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<QList<Account>> &accounts) {
            m_admin->health().then(QtFuture::Launch::Sync,
                onContext(this, [this, accounts](const Result<QList<AccountHealthRecord>> &health) {
                    m_summaryPending = false;
                    if (std::exchange(m_summaryAgain, false))
                        QTimer::singleShot(0, this, &AccountsDesk::refreshSummary);
                    if (!accounts.ok() || !health.ok())
                        return;
                    m_shownPaused.clear();
                    for (const AccountHealthRecord &h : health.value()) {
                        if (h.paused)
                            m_shownPaused.insert(h.accountId);
                    }
                    const QString text
                        = AccountHealthModel::summary(accounts.value(), health.value());
                    QStringList reasons;
                    for (const AccountHealthRecord &h : health.value()) {
                        if (!h.paused)
                            continue;
                        for (const Account &a : accounts.value()) {
                            if (a.id == h.accountId && a.enabled)
                                reasons.append(tr("%1: %2").arg(a.handle, h.pauseReason));
                        }
                    }
                    m_label->setText(text.isEmpty() ? QString() : u"\u26A0 "_s + text);
                    m_label->setToolTip(reasons.join(u'\n'));
                    m_label->setVisible(!text.isEmpty());
                }));
        }));
}

} // namespace CareDesk
