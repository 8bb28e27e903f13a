// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenariofromcasedialog.h"

#include "app/core/scenariofromcase.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

ScenarioFromCaseDialog::ScenarioFromCaseDialog(
    const Scenario &scenario, const CaseDetail &source, QWidget *parent)
    : QDialog(parent)
    , m_scenario(scenario)
    , m_source(source)
{
    setObjectName(u"scenarioFromCaseDialog"_s);
    setWindowTitle(tr("Turn into training scenario"));
    setAccessibleName(tr("Turn into training scenario"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Names, handles, ids, e-mails and phone numbers of the customer are replaced. "
           "The agent's actual reply is the exemplary reply: edit it as you see fit."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"scenarioTabs"_s);
    m_tabs->setAccessibleName(tr("Scenario"));
    auto *fields = new QWidget(m_tabs);
    auto *form = new QFormLayout(fields);
    auto line = [fields](const QString &name, const QString &value, const QString &accessible) {
        auto *edit = new QLineEdit(value, fields);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_id = line(u"scenarioId"_s, scenario.id, tr("Scenario id"));
    m_titleEn = line(u"scenarioTitleEn"_s, scenario.titleEn, tr("Title in English"));
    m_titleRu = line(u"scenarioTitleRu"_s, scenario.titleRu, tr("Title in Russian"));
    m_customerName = line(u"scenarioCustomerName"_s, scenario.customer.name, tr("Customer's name"));
    m_customerHandle
        = line(u"scenarioCustomerHandle"_s, scenario.customer.handle, tr("Customer's handle"));
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("Title (&English):"), m_titleEn);
    form->addRow(tr("Title (&Russian):"), m_titleRu);
    form->addRow(tr("Customer &name:"), m_customerName);
    form->addRow(tr("Customer &handle:"), m_customerHandle);
    m_opening = new QPlainTextEdit(fields);
    m_opening->setObjectName(u"scenarioOpening"_s);
    m_opening->setAccessibleName(tr("Opening posts"));
    m_opening->setReadOnly(true);
    QStringList posts;
    for (const ScenarioPost &post : scenario.opening)
        posts << post.text;
    m_opening->setPlainText(posts.join(u"\n\n"_s));
    form->addRow(tr("Opening posts:"), m_opening);
    m_exemplary = new QPlainTextEdit(scenario.exemplaryReply, fields);
    m_exemplary->setObjectName(u"scenarioExemplary"_s);
    m_exemplary->setAccessibleName(tr("Exemplary reply"));
    form->addRow(tr("E&xemplary reply:"), m_exemplary);
    m_tabs->addTab(fields, tr("Fields"));

    m_json = new QPlainTextEdit(m_tabs);
    m_json->setObjectName(u"scenarioJson"_s);
    m_json->setAccessibleName(tr("Scenario JSON"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_json->setFont(mono);
    m_tabs->addTab(m_json, tr("JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ScenarioFromCaseDialog::syncJson);
    layout->addWidget(m_tabs, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"scenarioError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScenarioFromCaseDialog::askAndSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(820, 640);
}

Scenario ScenarioFromCaseDialog::fromFields() const
{
    Scenario s = m_scenario;
    s.id = m_id->text().trimmed();
    s.titleEn = m_titleEn->text().trimmed();
    s.titleRu = m_titleRu->text().trimmed();
    s.customer.name = m_customerName->text().trimmed();
    s.customer.handle = m_customerHandle->text().trimmed();
    s.exemplaryReply = m_exemplary->toPlainText().trimmed();
    return s;
}

void ScenarioFromCaseDialog::syncJson(int tab)
{
    if (tab == 1) {
        // Fields to JSON.
        m_json->setPlainText(QString::fromUtf8(ScenarioFormat::toBytes(fromFields())));
        return;
    }
    // JSON to fields, when it parses; otherwise the JSON tab keeps the edit and Save reports it.
    const Result<Scenario> parsed = ScenarioFormat::parse(m_json->toPlainText().toUtf8());
    if (!parsed.ok())
        return;
    m_scenario = parsed.value();
    m_id->setText(m_scenario.id);
    m_titleEn->setText(m_scenario.titleEn);
    m_titleRu->setText(m_scenario.titleRu);
    m_customerName->setText(m_scenario.customer.name);
    m_customerHandle->setText(m_scenario.customer.handle);
    m_exemplary->setPlainText(m_scenario.exemplaryReply);
}

Result<Scenario> ScenarioFromCaseDialog::scenario() const
{
    if (m_tabs->currentIndex() == 1)
        return ScenarioFormat::parse(m_json->toPlainText().toUtf8());
    // Through the parser, so what is saved is what the scenario loader accepts.
    return ScenarioFormat::parse(ScenarioFormat::toBytes(fromFields()));
}

QString ScenarioFromCaseDialog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/scenarios"_s;
}

void ScenarioFromCaseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

Result<Done> ScenarioFromCaseDialog::saveTo(const QString &path)
{
    const Result<Scenario> edited = scenario();
    if (!edited.ok()) {
        showError(edited.error().message);
        return edited.error();
    }
    const QStringList left = ScenarioFromCase::leftovers(edited.value(), m_source);
    if (!left.isEmpty()) {
        const Error error { ErrorCode::Invalid,
            tr("The scenario still contains the customer's personal data (%1); replace it before "
               "saving.")
                .arg(left.join(u", "_s)) };
        showError(error.message);
        return error;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ScenarioFormat::toBytes(edited.value())) < 0
        || !file.commit()) {
        const Error error { ErrorCode::Unavailable,
            tr("Cannot write %1: %2").arg(path, file.errorString()) };
        showError(error.message);
        return error;
    }
    showError(QString());
    return Done {};
}

void ScenarioFromCaseDialog::askAndSave()
{
    const Result<Scenario> edited = scenario();
    if (!edited.ok()) {
        showError(edited.error().message);
        return;
    }
    const QString folder = defaultFolder();
    QDir().mkpath(folder);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save training scenario"),
        QDir(folder).filePath(edited.value().id + u".json"_s), tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    if (saveTo(path).ok())
        accept();
}

} // namespace CareDesk
