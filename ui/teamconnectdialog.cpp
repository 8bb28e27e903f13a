// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/teamconnectdialog.h"

#include "app/core/futures.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

TeamConnectDialog::TeamConnectDialog(Check test, Check connector, QWidget *parent)
    : QDialog(parent)
    , m_test(std::move(test))
    , m_connect(std::move(connector))
{
    setObjectName(u"teamConnectDialog"_s);
    setWindowTitle(tr("Connect to Team Workspace"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A care team shares one PostgreSQL database. Ask your "
                                "administrator for the server, the database and your login."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto field = [this, form](QLineEdit *edit, const QString &name, const QString &label) {
        edit->setObjectName(name);
        edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(label, edit);
        QObject::connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::updateButtons);
    };
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(u"db.example.org"_s);
    field(m_host, u"hostEdit"_s, tr("&Server:"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(this);
    field(m_database, u"databaseEdit"_s, tr("&Database:"));
    m_user = new QLineEdit(this);
    field(m_user, u"userEdit"_s, tr("&User:"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    field(m_password, u"passwordEdit"_s, tr("&Password:"));
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember password in the keychain"), this);
    m_remember->setObjectName(u"rememberPasswordCheck"_s);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("The password is kept only in the system keychain, never in "
                              "CareDesk's settings or files."));
    layout->addWidget(m_remember);

    m_status = new QLabel(this);
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // server messages are shown as they are
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_testButton, &QPushButton::clicked, this, [this] { run(false); });
    // Accept only once the connection works: the button box's accepted() would close at once.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { run(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

TeamConnectDialog::~TeamConnectDialog() = default;

void TeamConnectDialog::setConnection(const TeamConnection &connection, const QString &message)
{
    m_host->setText(connection.host);
    m_port->setValue(connection.port);
    m_database->setText(connection.database);
    m_user->setText(connection.user);
    m_password->setText(connection.password);
    m_remember->setChecked(connection.rememberPassword);
    showStatus(message, !message.isEmpty());
    if (!connection.host.isEmpty() && connection.password.isEmpty())
        m_password->setFocus();
}

TeamConnection TeamConnectDialog::connection() const
{
    TeamConnection c;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    c.rememberPassword = m_remember->isChecked();
    return c;
}

void TeamConnectDialog::run(bool connecting)
{
    if (m_busy)
        return;
    const TeamConnection c = connection();
    if (c.host.isEmpty() || c.database.isEmpty() || c.user.isEmpty()) {
        showStatus(tr("Fill in the server, the database and the user."), true);
        return;
    }
    m_busy = true;
    updateButtons();
    showStatus(
        connecting ? tr("Connecting to %1…").arg(c.host) : tr("Testing %1…").arg(c.host), false);
    const Check &check = connecting ? m_connect : m_test;
    check(c).then(
        QtFuture::Launch::Sync, onContext(this, [this, connecting, c](const Result<Done> &result) {
            m_busy = false;
            updateButtons();
            if (!result.ok()) {
                showStatus(result.error().message, true);
                return;
            }
            if (!connecting) {
                showStatus(
                    tr("The connection works: %1 is a CareDesk team workspace.").arg(c.database),
                    false);
                return;
            }
            showStatus(tr("Connected."), false);
            Q_EMIT connected(c);
            accept();
        }));
}

void TeamConnectDialog::updateButtons()
{
    const bool filled = !m_host->text().trimmed().isEmpty()
        && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_testButton->setEnabled(filled && !m_busy);
    m_connectButton->setEnabled(filled && !m_busy);
}

void TeamConnectDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
}

} // namespace CareDesk
