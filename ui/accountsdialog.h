// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accountadmin.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class QFormLayout;

namespace CareDesk {

class AccountHealthModel;

/// Adding one account: the platform, the handle, the API base URL (any instance, proxy or test
/// server), and the token, pasted or (Mastodon) got through "Sign in with browser". The token is
/// handed to AccountAdmin, which puts it in the keychain; this form never stores it.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountDialog)

public:
    AddAccountDialog(AccountAdmin &admin, QWidget *parent = nullptr);
    /// A new token for an existing account (its old one expired or was revoked): the platform,
    /// handle and base URL are shown, not edited.
    AddAccountDialog(AccountAdmin &admin, const Account &existing, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The account is added (and its token stored), or its new token is stored.
    void added(const CareDesk::Account &account);

private:
    void updateForPlatform();
    void signIn();
    void signInX();
    /// A sign-in in the system browser: start begins it with the function that opens a page;
    /// waiting shows meanwhile, signedIn once the token is in the token field.
    void signInWithBrowser(const QString &waiting,
        const std::function<QFuture<Result<QString>>(std::function<void(const QUrl &)>)> &start,
        const QString &signedIn);
    void submit();
    void showError(const QString &message);

    AccountAdmin &m_admin;
    Account m_existing; ///< id 0: a new account
    QComboBox *m_platform = nullptr;
    QLineEdit *m_handle = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_clientId = nullptr; ///< X: the customer's own app's OAuth 2.0 client id
    QFormLayout *m_form = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

/// Settings > Accounts (Tools > Accounts...): every account with its platform, handle, base URL
/// and health (last sync, next poll, rate-limit budget, last error, paused and why, the outbox's
/// queued, failed and unknown replies); Add, Test and Remove. Works without a network: the list
/// comes from the workspace, and Test and Sign in say clearly why they could not reach the
/// platform.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    /// admin is not owned and must outlive the dialog.
    explicit AccountsDialog(AccountAdmin &admin, QWidget *parent = nullptr);

    /// Reads the accounts and their health again (also every few seconds while shown).
    void refresh();
    AccountHealthModel *model() const { return m_model; }

Q_SIGNALS:
    /// A refresh finished (for tests and the status bar).
    void refreshed();
    /// Accounts were added or removed.
    void accountsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addAccount();
    void renewToken();
    void testAccount();
    void removeAccount();
    void updateButtons();
    void setStatus(const QString &message);
    Account selectedAccount() const;

    AccountAdmin &m_admin;
    AccountHealthModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_token = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace CareDesk
