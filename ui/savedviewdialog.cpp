// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/savedviewdialog.h"

#include "ui/inboxmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr int valueRole = Qt::UserRole + 1;

    QString statusName(CaseStatus status)
    {
        switch (status) {
        case CaseStatus::New:
            return SavedViewDialog::tr("New");
        case CaseStatus::Open:
            return SavedViewDialog::tr("Open");
        case CaseStatus::Pending:
            return SavedViewDialog::tr("Pending");
        case CaseStatus::Snoozed:
            return SavedViewDialog::tr("Snoozed");
        case CaseStatus::Resolved:
            return SavedViewDialog::tr("Resolved");
        }
        return {};
    }

    void addCheckItem(QListWidget *list, const QString &text, const QVariant &value, bool checked)
    {
        auto *item = new QListWidgetItem(text, list);
        item->setData(valueRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    /// The checked values; empty when all or none are checked (no filter).
    QVariantList checkedValues(const QListWidget *list)
    {
        QVariantList values;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                values.append(list->item(i)->data(valueRole));
        }
        if (values.size() == list->count())
            return {};
        return values;
    }

    void setChecked(QListWidget *list, const QVariantList &values)
    {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(values.isEmpty() || values.contains(item->data(valueRole))
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
    }

} // namespace

SavedViewDialog::SavedViewDialog(const InboxFacets &facets, Id me, QWidget *parent)
    : QDialog(parent)
    , m_me(me)
{
    setObjectName(u"savedViewDialog"_s);
    setWindowTitle(tr("Saved view"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"viewNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Urgent on X"));
    m_name->setMaxLength(80);
    form->addRow(tr("&Name:"), m_name);

    auto *lists = new QHBoxLayout;
    m_platforms = checkList(u"platformList"_s);
    m_platforms->setAccessibleName(tr("Platforms"));
    for (const Platform platform : facets.platforms)
        addCheckItem(m_platforms, platformDisplayName(platform), toString(platform), true);
    m_accounts = checkList(u"accountList"_s);
    m_accounts->setAccessibleName(tr("Accounts"));
    for (const Account &account : facets.accounts) {
        addCheckItem(m_accounts,
            tr("%1 (%2)").arg(account.handle, platformDisplayName(account.platform)),
            QString::number(account.id), true);
    }
    m_statuses = checkList(u"statusList"_s);
    m_statuses->setAccessibleName(tr("Statuses"));
    for (const CaseStatus status : { CaseStatus::New, CaseStatus::Open, CaseStatus::Pending,
             CaseStatus::Snoozed, CaseStatus::Resolved })
        addCheckItem(
            m_statuses, statusName(status), toString(status), status != CaseStatus::Resolved);
    m_priorities = checkList(u"priorityList"_s);
    m_priorities->setAccessibleName(tr("Priorities"));
    for (const Priority priority :
        { Priority::Urgent, Priority::High, Priority::Normal, Priority::Low })
        addCheckItem(m_priorities, InboxModel::priorityText(priority), toString(priority), true);
    const std::pair<QString, QListWidget *> columns[] { { tr("Platforms"), m_platforms },
        { tr("Accounts"), m_accounts }, { tr("Status"), m_statuses },
        { tr("Priority"), m_priorities } };
    for (const auto &[title, list] : columns) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(title, this);
        label->setBuddy(list);
        column->addWidget(label);
        column->addWidget(list);
        lists->addLayout(column);
    }
    form->addRow(lists);

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"assigneeCombo"_s);
    m_assignee->addItem(tr("Anyone"), u""_s);
    m_assignee->addItem(tr("Me"), u"me"_s);
    m_assignee->addItem(tr("Unassigned"), u"none"_s);
    form->addRow(tr("&Assignee:"), m_assignee);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"tagsEdit"_s);
    m_tags->setPlaceholderText(tr("Any of these tags, separated by commas"));
    form->addRow(tr("&Tags:"), m_tags);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("Any language"), u""_s);
    for (const QString &language : facets.languages) {
        const QLocale locale(language);
        m_language->addItem(locale.language() == QLocale::C
                ? language
                : QLocale::languageToString(locale.language()),
            language);
    }
    form->addRow(tr("&Language:"), m_language);

    m_negative = new QCheckBox(tr("Only negative sentiment"), this);
    m_negative->setObjectName(u"negativeCheck"_s);
    form->addRow(QString(), m_negative);

    auto *slaRow = new QHBoxLayout;
    m_sla = new QComboBox(this);
    m_sla->setObjectName(u"slaCombo"_s);
    m_sla->addItem(tr("Any"), static_cast<int>(SlaFilter::Any));
    m_sla->addItem(tr("At risk: due within"), static_cast<int>(SlaFilter::AtRisk));
    m_sla->addItem(tr("Breached"), static_cast<int>(SlaFilter::Breached));
    m_atRiskMinutes = new QSpinBox(this);
    m_atRiskMinutes->setObjectName(u"atRiskSpin"_s);
    m_atRiskMinutes->setRange(1, 24 * 60);
    m_atRiskMinutes->setValue(15);
    m_atRiskMinutes->setSuffix(tr(" min"));
    m_atRiskMinutes->setEnabled(false);
    connect(m_sla, &QComboBox::currentIndexChanged, this, [this] {
        m_atRiskMinutes->setEnabled(
            m_sla->currentData().toInt() == static_cast<int>(SlaFilter::AtRisk));
    });
    slaRow->addWidget(m_sla);
    slaRow->addWidget(m_atRiskMinutes);
    slaRow->addStretch(1);
    form->addRow(tr("&SLA:"), slaRow);

    m_unanswered = new QCheckBox(tr("Has an unanswered customer message"), this);
    m_unanswered->setObjectName(u"unansweredCheck"_s);
    form->addRow(QString(), m_unanswered);

    auto *dates = new QHBoxLayout;
    m_fromEnabled = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toEnabled = new QCheckBox(tr("to"), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    dates->addWidget(m_fromEnabled);
    dates->addWidget(m_from);
    dates->addWidget(m_toEnabled);
    dates->addWidget(m_to);
    dates->addStretch(1);
    form->addRow(tr("Last activity:"), dates);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(u"sortCombo"_s);
    m_sort->addItem(tr("Newest activity first"), static_cast<int>(InboxSort::Newest));
    m_sort->addItem(tr("SLA due first"), static_cast<int>(InboxSort::SlaDueFirst));
    m_sort->addItem(tr("Oldest waiting first"), static_cast<int>(InboxSort::OldestWaiting));
    m_sort->addItem(tr("Priority"), static_cast<int>(InboxSort::Priority));
    form->addRow(tr("S&ort:"), m_sort);

    m_error = new QLabel(this);
    m_error->setObjectName(u"savedViewError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x22, 0x22));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"savedViewButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SavedViewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QListWidget *SavedViewDialog::checkList(const QString &objectName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setUniformItemSizes(true);
    list->setMinimumWidth(120);
    list->setMaximumHeight(130);
    return list;
}

void SavedViewDialog::setView(const SavedView &view)
{
    m_view = view;
    setWindowTitle(tr("Edit saved view"));
    m_name->setText(view.name);
    const InboxQuery query = ViewDefinition::fromJson(view.definition, m_me);
    const auto names = [](const auto &values) {
        QVariantList list;
        for (const auto &value : values)
            list.append(toString(value));
        return list;
    };
    setChecked(m_platforms, names(query.platforms));
    QVariantList accounts;
    for (const Id id : query.accountIds)
        accounts.append(QString::number(id));
    setChecked(m_accounts, accounts);
    QList<CaseStatus> statuses = query.statuses;
    if (statuses.isEmpty() && query.openOnly)
        statuses = { CaseStatus::New, CaseStatus::Open, CaseStatus::Pending, CaseStatus::Snoozed };
    setChecked(m_statuses, names(statuses));
    setChecked(m_priorities, names(query.priorities));
    m_assignee->setCurrentIndex(query.mine ? 1 : query.unassigned ? 2 : 0);
    m_tags->setText(query.tags.join(", "_L1));
    m_language->setCurrentIndex(qMax(0, m_language->findData(query.language)));
    m_negative->setChecked(query.negativeSentiment);
    m_sla->setCurrentIndex(qMax(0, m_sla->findData(static_cast<int>(query.sla))));
    m_atRiskMinutes->setValue(query.atRiskMinutes);
    m_unanswered->setChecked(query.waitingOnly);
    m_fromEnabled->setChecked(query.activeFrom != 0);
    if (query.activeFrom != 0)
        m_from->setDate(QDateTime::fromMSecsSinceEpoch(query.activeFrom).date());
    m_toEnabled->setChecked(query.activeTo != 0);
    if (query.activeTo != 0)
        m_to->setDate(QDateTime::fromMSecsSinceEpoch(query.activeTo).date().addDays(-1));
    m_sort->setCurrentIndex(qMax(0, m_sort->findData(static_cast<int>(query.sort))));
}

InboxQuery SavedViewDialog::query() const
{
    InboxQuery query;
    for (const QVariant &value : checkedValues(m_platforms)) {
        if (const std::optional<Platform> platform = platformFromString(value.toString()))
            query.platforms.append(*platform);
    }
    for (const QVariant &value : checkedValues(m_accounts))
        query.accountIds.append(value.toString().toLongLong());
    for (const QVariant &value : checkedValues(m_statuses)) {
        if (const std::optional<CaseStatus> status = caseStatusFromString(value.toString()))
            query.statuses.append(*status);
    }
    for (const QVariant &value : checkedValues(m_priorities)) {
        if (const std::optional<Priority> priority = priorityFromString(value.toString()))
            query.priorities.append(*priority);
    }
    const QString assignee = m_assignee->currentData().toString();
    query.mine = assignee == "me"_L1;
    query.me = m_me;
    query.unassigned = assignee == "none"_L1;
    const QStringList tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty())
            query.tags.append(tag.trimmed());
    }
    query.language = m_language->currentData().toString();
    query.negativeSentiment = m_negative->isChecked();
    query.sla = static_cast<SlaFilter>(m_sla->currentData().toInt());
    query.atRiskMinutes = m_atRiskMinutes->value();
    query.waitingOnly = m_unanswered->isChecked();
    if (m_fromEnabled->isChecked())
        query.activeFrom = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    if (m_toEnabled->isChecked())
        query.activeTo = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    query.sort = static_cast<InboxSort>(m_sort->currentData().toInt());
    return query;
}

SavedView SavedViewDialog::view() const
{
    SavedView view = m_view;
    view.name = m_name->text().simplified();
    view.definition = ViewDefinition::toJson(query());
    return view;
}

void SavedViewDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SavedViewDialog::accept()
{
    if (m_name->text().simplified().isEmpty()) {
        showError(tr("Give the view a name."));
        m_name->setFocus();
        return;
    }
    m_error->hide();
    // Stays open until the view is stored: the panel closes it, or shows why it could not.
    Q_EMIT viewAccepted(view());
}

} // namespace CareDesk
