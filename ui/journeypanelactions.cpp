// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The journey panel's profile actions: edit, export (data portability) and erase.
#include "ui/journeypanel.h"

#include "ui/journeymodel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// Erasure is confirmed by typing the customer's name: no single keystroke or click erases.
    QDialog *eraseDialog(QWidget *parent, const QString &name, const QString &expected)
    {
        auto *dialog = new QDialog(parent);
        dialog->setObjectName(u"eraseDialog"_s);
        dialog->setWindowTitle(JourneyPanel::tr("Erase customer"));
        auto *layout = new QVBoxLayout(dialog);
        auto *explanation = JourneyPanel::plainLabel(dialog);
        explanation->setText(JourneyPanel::tr(
            "Erasing replaces every message, note, contact and profile field of %1 with "
            "\"%2\". Case statistics stay; nothing can bring the texts back.")
                                 .arg(name, JourneyText::redactionMarker()));
        layout->addWidget(explanation);
        auto *prompt = JourneyPanel::plainLabel(dialog);
        prompt->setText(JourneyPanel::tr("Type \"%1\" to confirm:").arg(expected));
        layout->addWidget(prompt);
        auto *typed = new QLineEdit(dialog);
        typed->setObjectName(u"eraseConfirmation"_s);
        layout->addWidget(typed);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
        auto *erase
            = buttons->addButton(JourneyPanel::tr("Erase"), QDialogButtonBox::DestructiveRole);
        erase->setObjectName(u"eraseButton"_s);
        erase->setEnabled(false);
        erase->setAutoDefault(false);
        erase->setDefault(false);
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
        layout->addWidget(buttons);
        QObject::connect(
            typed, &QLineEdit::textChanged, erase, [erase, expected](const QString &text) {
                erase->setEnabled(text.trimmed() == expected);
            });
        QObject::connect(erase, &QPushButton::clicked, dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        dialog->resize(460, dialog->sizeHint().height());
        return dialog;
    }

} // namespace

void JourneyPanel::editProfile()
{
    const Customer c = m_profile.customer;
    if (c.id == 0)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"profileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Customer profile"));
    auto *form = new QFormLayout(dialog);
    const auto field
        = [dialog, form](const QString &label, const QString &name, const QString &value) {
              auto *edit = new QLineEdit(value, dialog);
              edit->setObjectName(name);
              form->addRow(label, edit);
              return edit;
          };
    QLineEdit *name = field(tr("Name"), u"profileName"_s, c.name);
    QLineEdit *crm = field(tr("CRM id"), u"profileCrm"_s, c.crmRef);
    QLineEdit *email = field(tr("E-mail"), u"profileEmail"_s, c.email);
    QLineEdit *phone = field(tr("Phone"), u"profilePhone"_s, c.phone);
    QLineEdit *region = field(tr("Region"), u"profileRegion"_s, c.region);
    QLineEdit *language = field(tr("Language"), u"profileLanguage"_s, c.language);
    QLineEdit *tags = field(tr("Tags"), u"profileTags"_s, m_profile.tags.join(u", "_s));
    auto *vip = new QCheckBox(tr("VIP"), dialog);
    vip->setObjectName(u"profileVip"_s);
    vip->setChecked(c.vip);
    form->addRow(QString(), vip);
    auto *notes = new QPlainTextEdit(c.notes, dialog);
    notes->setObjectName(u"profileNotes"_s);
    notes->setTabChangesFocus(true);
    form->addRow(tr("Notes"), notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [=, this] {
        Customer edited = c;
        edited.name = name->text().trimmed();
        edited.crmRef = crm->text().trimmed();
        edited.email = email->text().trimmed();
        edited.phone = phone->text().trimmed();
        edited.region = region->text().trimmed();
        edited.language = language->text().trimmed();
        edited.vip = vip->isChecked();
        edited.notes = notes->toPlainText();
        QStringList tagList;
        for (const QString &tag : tags->text().split(u',', Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                tagList.append(tag.trimmed());
        }
        whenReady<CustomerProfile>(m_customers.updateProfile(edited, tagList, m_agentId),
            [this](const Result<CustomerProfile> &result) {
                if (!result.ok()) {
                    setMessage(tr("Could not save the profile: %1").arg(result.error().message));
                    return;
                }
                setMessage({});
                showProfile(result.value());
                changed();
                reload();
            });
    });
    dialog->open();
}

void JourneyPanel::exportCustomer()
{
    const Id customerId = m_customerId;
    if (customerId == 0)
        return;
    auto *dialog = new QFileDialog(this, tr("Export customer"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(u"customer-%1.json"_s.arg(customerId));
    connect(dialog, &QFileDialog::fileSelected, this, [this, customerId](const QString &file) {
        whenReady<QJsonObject>(m_customers.exportCustomer(customerId, m_agentId),
            [this, file](const Result<QJsonObject> &result) {
                if (!result.ok()) {
                    setMessage(tr("Could not export: %1").arg(result.error().message));
                    return;
                }
                QSaveFile out(file);
                const QByteArray bytes
                    = QJsonDocument(result.value()).toJson(QJsonDocument::Indented);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
                    || !out.commit()) {
                    setMessage(tr("Could not write %1: %2").arg(file, out.errorString()));
                    return;
                }
                setMessage(tr("Exported to %1.").arg(file));
            });
    });
    dialog->open();
}

void JourneyPanel::eraseCustomer()
{
    const Customer c = m_profile.customer;
    if (c.id == 0 || c.erasedAt != 0)
        return;
    const QString name = c.name.isEmpty() ? tr("customer %1").arg(c.id) : c.name;
    const QString expected = c.name.trimmed().isEmpty() ? QString::number(c.id) : c.name.trimmed();
    QDialog *dialog = eraseDialog(this, name, expected);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = c.id] {
        whenReady<Done>(m_customers.erase(id, m_agentId), [this](const Result<Done> &result) {
            if (!result.ok()) {
                setMessage(tr("Could not erase: %1").arg(result.error().message));
                return;
            }
            setMessage(tr("The customer was erased."));
            changed();
            m_model->refresh();
            reload();
        });
    });
    dialog->open();
}

} // namespace CareDesk
