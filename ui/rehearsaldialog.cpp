// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rehearsaldialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    enum Column { TitleColumn, PlatformColumn, LanguageColumn, DifficultyColumn, PostsColumn };
}

RehearsalDialog::RehearsalDialog(
    const QList<Scenario> &scenarios, const QString &uiLanguage, QWidget *parent)
    : QDialog(parent)
    , m_language(uiLanguage)
{
    setObjectName(u"rehearsalDialog"_s);
    setWindowTitle(tr("Start rehearsal"));
    auto *intro = new QLabel(tr("Tick one scenario, or several to practise a busy hour. The "
                                "simulated customers write into the inbox; reply as you would."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"scenarioList"_s);
    m_list->setAccessibleName(tr("Scenarios"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        { tr("Scenario"), tr("Platform"), tr("Language"), tr("Difficulty"), tr("Opening posts") });
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (const Scenario &s : scenarios)
        addScenario(s, false);
    connect(m_list, &QTreeWidget::itemChanged, this, &RehearsalDialog::updateStart);
    connect(m_list, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        item->setCheckState(TitleColumn,
            item->checkState(TitleColumn) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("&Open scenario file..."), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openScenarioButton"_s);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startButton"_s);
    m_start->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open scenario file"), QString(), tr("Scenario files (*.json)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 460);
    updateStart();
}

QString RehearsalDialog::difficulty(const Scenario &s)
{
    int weight = 0;
    if (s.opening.size() > 2)
        weight += 2; // many posts at once
    if (s.customer.vip || s.customer.audience >= 10000)
        weight += 1;
    if (s.expectPrivate)
        weight += 1;
    const int escalations = static_cast<int>(std::count_if(s.rules.begin(), s.rules.end(),
        [](const ScenarioRule &r) { return r.response.outcome == ScenarioOutcome::Escalate; }));
    weight += escalations >= 2 ? 1 : 0;
    if (weight >= 3)
        return tr("Hard");
    return weight >= 1 ? tr("Medium") : tr("Easy");
}

void RehearsalDialog::addScenario(const Scenario &s, bool checked)
{
    m_scenarios.append(s);
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(TitleColumn, s.title(m_language));
    item->setToolTip(TitleColumn, s.notes);
    item->setData(TitleColumn, Qt::UserRole, s.id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(TitleColumn, checked ? Qt::Checked : Qt::Unchecked);
    item->setText(PlatformColumn, platformDisplayName(s.platform));
    item->setText(LanguageColumn, s.language == "ru"_L1 ? tr("Russian") : tr("English"));
    item->setText(DifficultyColumn, difficulty(s));
    item->setText(PostsColumn, QString::number(s.opening.size()));
}

bool RehearsalDialog::addFile(const QString &path)
{
    Result<Scenario> loaded = ScenarioLibrary::load(path);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Open scenario file"), loaded.error().message);
        return false;
    }
    addScenario(loaded.value(), true);
    m_list->scrollToItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateStart();
    return true;
}

bool RehearsalDialog::choose(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TitleColumn, Qt::UserRole).toString() == id) {
            item->setCheckState(TitleColumn, Qt::Checked);
            return true;
        }
    }
    return false;
}

QList<Scenario> RehearsalDialog::chosen() const
{
    QList<Scenario> out;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_scenarios.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(TitleColumn) == Qt::Checked)
            out.append(m_scenarios.at(i));
    }
    return out;
}

void RehearsalDialog::updateStart()
{
    const int n = static_cast<int>(chosen().size());
    m_start->setEnabled(n > 0);
    m_start->setText(n > 1 ? tr("&Start %n scenario(s)", nullptr, n) : tr("&Start"));
}

} // namespace CareDesk
