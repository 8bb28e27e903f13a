// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountsdialog.h"

#include "app/core/futures.h"
#include "ui/accounthealthmodel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    /// While the dialog is shown, the health is read again this often.
    constexpr int refreshIntervalMs = 5000;

    QLabel *plainLabel(const QString &objectName, QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setObjectName(objectName);
        // Errors quote platforms' words: never rich text.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }
} // namespace

AddAccountDialog::AddAccountDialog(AccountAdmin &admin, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
{
    setObjectName(u"addAccountDialog"_s);
    setWindowTitle(tr("Add account"));
    auto *form = new QFormLayout;
    m_platform = new QComboBox(this);
    m_platform->setObjectName(u"platformCombo"_s);
    m_platform->addItem(platformDisplayName(Platform::Mastodon), int(Platform::Mastodon));
    m_platform->addItem(platformDisplayName(Platform::Telegram), int(Platform::Telegram));
    m_platform->addItem(platformDisplayName(Platform::Vk), int(Platform::Vk));
    m_platform->addItem(platformDisplayName(Platform::X), int(Platform::X));
    m_platform->addItem(platformDisplayName(Platform::Facebook), int(Platform::Facebook));
    m_platform->addItem(platformDisplayName(Platform::Instagram), int(Platform::Instagram));
    form->addRow(tr("&Platform:"), m_platform);
    m_handle = new QLineEdit(this);
    m_handle->setObjectName(u"handleEdit"_s);
    form->addRow(tr("&Handle:"), m_handle);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("OAuth 2.0 client id of your X app (developer portal)"));
    form->addRow(tr("Client I&D:"), m_clientId);
    m_form = form;
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    m_signIn = new QPushButton(tr("Sign in with &browser"), this);
    m_signIn->setObjectName(u"signInButton"_s);
    tokenRow->addWidget(m_signIn);
    form->addRow(tr("&Token:"), tokenRow);
    m_message = plainLabel(u"errorLabel"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    m_ok->setObjectName(u"addAccountOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_platform, &QComboBox::currentIndexChanged, this, &AddAccountDialog::updateForPlatform);
    connect(m_signIn, &QPushButton::clicked, this, &AddAccountDialog::signIn);
    updateForPlatform();
}

AddAccountDialog::AddAccountDialog(AccountAdmin &admin, const Account &existing, QWidget *parent)
    : AddAccountDialog(admin, parent)
{
    m_existing = existing;
    setWindowTitle(tr("New token for %1").arg(existing.handle));
    m_platform->setCurrentIndex(m_platform->findData(int(existing.platform)));
    m_platform->setEnabled(false);
    m_handle->setText(existing.handle);
    m_handle->setReadOnly(true);
    m_baseUrl->setText(existing.baseUrl);
    m_baseUrl->setReadOnly(true);
    m_ok->setText(tr("&Save token"));
}

void AddAccountDialog::updateForPlatform()
{
    const Platform platform = Platform(m_platform->currentData().toInt());
    const bool mastodon = platform == Platform::Mastodon;
    m_signIn->setVisible(mastodon || platform == Platform::X);
    m_form->setRowVisible(m_clientId, platform == Platform::X);
    if (platform == Platform::X) {
        m_handle->setPlaceholderText(tr("@support"));
        m_baseUrl->setPlaceholderText(tr("https://api.x.com (when empty)"));
        m_token->setPlaceholderText(tr("Enter the client id, then sign in with the browser"));
        return;
    }
    if (platform == Platform::Facebook || platform == Platform::Instagram) {
        // One page access token serves the page and the Instagram account linked to it.
        const bool instagram = platform == Platform::Instagram;
        m_handle->setPlaceholderText(instagram ? tr("@brand (the Instagram business account)")
                                               : tr("the page's name, e.g. Brand Support"));
        m_baseUrl->setPlaceholderText(tr("https://graph.facebook.com/v25.0 (when empty)"));
        m_token->setPlaceholderText(instagram
                ? tr("Paste the access token of the Facebook page linked to this account")
                : tr("Paste the page access token (from a page admin)"));
        return;
    }
    if (platform == Platform::Vk) {
        m_handle->setPlaceholderText(tr("the community's short name, e.g. club_support"));
        m_baseUrl->setPlaceholderText(tr("https://api.vk.com/method/ (when empty)"));
        m_token->setPlaceholderText(
            tr("Paste the community token (community settings > API usage)"));
        return;
    }
    m_handle->setPlaceholderText(mastodon ? tr("@support@mastodon.example") : tr("@support_bot"));
    m_baseUrl->setPlaceholderText(mastodon
            ? tr("https://mastodon.example (from the handle when empty)")
            : tr("https://api.telegram.org (when empty)"));
    m_token->setPlaceholderText(mastodon ? tr("Paste an access token, or sign in with the browser")
                                         : tr("Paste the bot token from @BotFather"));
}

void AddAccountDialog::showError(const QString &message)
{
    m_message->setText(message);
}

void AddAccountDialog::signIn()
{
    if (Platform(m_platform->currentData().toInt()) == Platform::X) {
        signInX();
        return;
    }
    QString base = m_baseUrl->text().trimmed();
    if (base.isEmpty()) {
        // @name@instance: the instance is the handle's domain.
        QString handle = m_handle->text().trimmed();
        if (handle.startsWith(u'@'))
            handle.remove(0, 1);
        const qsizetype at = handle.indexOf(u'@');
        if (at > 0)
            base = u"https://"_s + handle.mid(at + 1);
    }
    if (base.isEmpty()) {
        showError(tr("Give the instance's address (Base URL) or a handle like "
                     "@name@mastodon.example first."));
        return;
    }
    signInWithBrowser(
        tr("Waiting for the browser: sign in there and allow CareDesk."),
        [this, base](std::function<void(const QUrl &)> openUrl) {
            return m_admin.signIn(base, std::move(openUrl));
        },
        tr("Signed in. Add the account to store its token in the system keychain."));
}

void AddAccountDialog::signInX()
{
    const QString clientId = m_clientId->text().trimmed();
    if (clientId.isEmpty() || clientId.contains(u' ')) {
        showError(tr("Enter the OAuth 2.0 client id of your X app first (developer portal > your app > "
                     "Keys and tokens). Its callback URL must allow http://127.0.0.1."));
        return;
    }
    const QString baseUrl = m_baseUrl->text().trimmed();
    signInWithBrowser(
        tr("Waiting for the browser: sign in to X there and authorize the app."),
        [this, clientId, baseUrl](std::function<void(const QUrl &)> openUrl) {
            return m_admin.signInX(clientId, baseUrl, std::move(openUrl));
        },
        tr("Connected. Add the account to store its tokens in the system keychain."));
}

void AddAccountDialog::signInWithBrowser(const QString &waiting,
    const std::function<QFuture<Result<QString>>(std::function<void(const QUrl &)>)> &start,
    const QString &signedIn)
{
    m_signIn->setEnabled(false);
    m_message->setText(waiting);
    QPointer<AddAccountDialog> self(this);
    start([self](const QUrl &url) {
        // The system browser, never an embedded view (RFC 8252).
        if (self && !QDesktopServices::openUrl(url))
            self->showError(tr("No browser could be started; open this address yourself: %1")
                                .arg(url.toString()));
    }).then(QtFuture::Launch::Sync, onContext(this, [this, signedIn](const Result<QString> &token) {
        m_signIn->setEnabled(true);
        if (!token.ok()) {
            showError(token.error().message);
            return;
        }
        m_token->setText(token.value());
        m_message->setText(signedIn);
    }));
}

void AddAccountDialog::submit()
{
    if (m_busy)
        return;
    if (m_existing.id != 0) {
        const QString token = m_token->text().trimmed();
        if (token.isEmpty() || token.contains(u' ')) {
            showError(tr("Paste the new token alone, or sign in with the browser."));
            return;
        }
        m_busy = true;
        m_ok->setEnabled(false);
        m_admin.setToken(m_existing, token)
            .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &stored) {
                m_busy = false;
                m_ok->setEnabled(true);
                if (!stored.ok()) {
                    showError(stored.error().message);
                    return;
                }
                m_token->clear();
                Q_EMIT added(m_existing);
                accept();
            }));
        return;
    }
    Account account;
    account.platform = Platform(m_platform->currentData().toInt());
    account.connector = ConnectorKind::Live;
    account.handle = m_handle->text().trimmed();
    if (account.handle.isEmpty()) {
        showError(tr("Give the account's handle."));
        return;
    }
    if (!m_baseUrl->text().trimmed().isEmpty()) {
        const Result<QString> base = m_admin.checkBaseUrl(m_baseUrl->text());
        if (!base.ok()) {
            showError(base.error().message);
            return;
        }
        account.baseUrl = base.value();
    } else if (account.platform == Platform::Mastodon
        && account.handle.count(u'@') < (account.handle.startsWith(u'@') ? 2 : 1)) {
        showError(tr("A Mastodon account needs its instance: a Base URL, or a handle like "
                     "@name@mastodon.example."));
        return;
    }
    const QString token = m_token->text().trimmed();
    for (const QChar ch : token) {
        if (ch.isSpace()) {
            showError(tr("The token has spaces or line breaks in it; paste the token alone."));
            return;
        }
    }
    m_busy = true;
    m_ok->setEnabled(false);
    m_admin.add(account, token)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Account> &added) {
            m_busy = false;
            m_ok->setEnabled(true);
            if (!added.ok()) {
                showError(added.error().message);
                return;
            }
            m_token->clear();
            Q_EMIT this->added(added.value());
            accept();
        }));
}

AccountsDialog::AccountsDialog(AccountAdmin &admin, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Accounts"));
    m_model = new AccountHealthModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"accountsView"_s);
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_add = new QPushButton(tr("&Add..."), this);
    m_add->setObjectName(u"addButton"_s);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"testButton"_s);
    m_remove = new QPushButton(tr("&Remove..."), this);
    m_remove->setObjectName(u"removeButton"_s);
    m_token = new QPushButton(tr("New &token..."), this);
    m_token->setObjectName(u"tokenButton"_s);
    m_token->setToolTip(tr("Sign in again or paste a new token (a paused account resumes)"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(u"refreshButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_test);
    buttons->addWidget(m_token);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_status = plainLabel(u"statusLabel"_s, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(900, 360);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testAccount);
    connect(m_token, &QPushButton::clicked, this, &AccountsDialog::renewToken);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(refreshButton, &QPushButton::clicked, this, &AccountsDialog::refresh);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsDialog::updateButtons);
    m_refreshTimer.setInterval(refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AccountsDialog::refresh);
    updateButtons();
    refresh();
}

void AccountsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_refreshTimer.start();
}

void AccountsDialog::hideEvent(QHideEvent *event)
{
    m_refreshTimer.stop();
    QDialog::hideEvent(event);
}

void AccountsDialog::refresh()
{
    if (m_refreshing) {
        // After an add or a remove the list must show it: read again once this one is done.
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_admin.accounts().then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<QList<Account>> &accounts) {
            if (!accounts.ok()) {
                m_refreshing = false;
                setStatus(accounts.error().message);
                Q_EMIT refreshed();
                if (std::exchange(m_refreshAgain, false))
                    refresh();
                return;
            }
            m_admin.health().then(QtFuture::Launch::Sync,
                onContext(this,
                    [this, list = accounts.value()](
                        const Result<QList<AccountHealthRecord>> &health) {
                        m_refreshing = false;
                        if (!health.ok())
                            setStatus(health.error().message);
                        m_model->setAccounts(
                            list, health.ok() ? health.value() : QList<AccountHealthRecord> {});
                        m_view->resizeColumnsToContents();
                        updateButtons();
                        Q_EMIT refreshed();
                        if (std::exchange(m_refreshAgain, false))
                            refresh();
                    }));
        }));
}

Account AccountsDialog::selectedAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Account {} : m_model->account(rows.first().row());
}

void AccountsDialog::updateButtons()
{
    const Account account = selectedAccount();
    m_test->setEnabled(account.id != 0 && account.connector == ConnectorKind::Live);
    m_token->setEnabled(account.id != 0 && account.connector == ConnectorKind::Live);
    m_remove->setEnabled(account.id != 0);
}

void AccountsDialog::setStatus(const QString &message)
{
    m_status->setText(message);
}

void AccountsDialog::addAccount()
{
    // Window-modal and not exec(): the GUI thread never waits in a nested loop.
    auto *dialog = new AddAccountDialog(m_admin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddAccountDialog::added, this, [this](const Account &account) {
        setStatus(
            tr("Account %1 is added; its token is in the system keychain.").arg(account.handle));
        Q_EMIT accountsChanged();
        refresh();
    });
    dialog->open();
}

void AccountsDialog::renewToken()
{
    const Account account = selectedAccount();
    if (account.id == 0)
        return;
    auto *dialog = new AddAccountDialog(m_admin, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddAccountDialog::added, this, [this](const Account &renewed) {
        setStatus(tr("The new token of %1 is in the system keychain.").arg(renewed.handle));
        refresh();
    });
    dialog->open();
}

void AccountsDialog::testAccount()
{
    const Account account = selectedAccount();
    if (account.id == 0)
        return;
    setStatus(tr("Testing %1...").arg(account.handle));
    m_test->setEnabled(false);
    m_admin.test(account).then(
        QtFuture::Launch::Sync, onContext(this, [this, account](const Result<QString> &result) {
            updateButtons();
            if (result.ok())
                setStatus(tr("%1: %2").arg(account.handle, result.value()));
            else
                setStatus(
                    tr("%1 could not be verified: %2").arg(account.handle, result.error().message));
        }));
}

void AccountsDialog::removeAccount()
{
    const Account account = selectedAccount();
    if (account.id == 0)
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove account"),
        tr("Remove %1 (%2)? Its token is deleted from the system keychain; its cases stay in the "
           "workspace.")
            .arg(account.handle, platformDisplayName(account.platform)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(u"removeConfirm"_s);
    confirm->setTextFormat(Qt::PlainText);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, account](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_admin.remove(account).then(
            QtFuture::Launch::Sync, onContext(this, [this, account](const Result<Done> &removed) {
                if (!removed.ok()) {
                    setStatus(removed.error().message);
                } else {
                    setStatus(tr("Account %1 is removed.").arg(account.handle));
                    Q_EMIT accountsChanged();
                }
                refresh();
            }));
    });
    confirm->open();
}

} // namespace CareDesk
