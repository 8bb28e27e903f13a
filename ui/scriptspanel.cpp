// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scriptspanel.h"

#include "app/core/scripts.h"
#include "ui/scriptlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

ScriptsPanel::ScriptsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"scriptsPanel"_s);
    setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"scriptCategoryBox"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"scriptSearchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_model = new ScriptListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"scriptList"_s);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"scriptPreviewLabel"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 4);
    m_insert = new QPushButton(this);
    m_insert->setObjectName(u"insertScriptButton"_s);
    layout->addWidget(m_category);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_insert);

    connect(m_category, &QComboBox::currentIndexChanged, this, &ScriptsPanel::filter);
    connect(m_search, &QLineEdit::textChanged, this, &ScriptsPanel::filter);
    connect(m_list, &QListView::doubleClicked, this, &ScriptsPanel::insertCurrent);
    connect(m_list, &QListView::activated, this, &ScriptsPanel::insertCurrent);
    connect(m_insert, &QPushButton::clicked, this, &ScriptsPanel::insertCurrent);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        insertCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
    });
    // The model is set once, so is its selection model.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_preview->setText(current.data(ScriptListModel::BodyRole).toString());
        });
    retranslate();
}

void ScriptsPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search scripts…"));
    m_insert->setText(tr("Insert at cursor"));
    m_insert->setToolTip(tr("Insert the script where the cursor is in the reply"));
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    QStringList categories;
    for (const Script &script : std::as_const(m_library)) {
        if (!script.category.isEmpty() && !categories.contains(script.category))
            categories.append(script.category);
    }
    categories.sort(Qt::CaseInsensitive);
    for (const QString &category : std::as_const(categories))
        m_category->addItem(category, category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void ScriptsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScriptsPanel::setLibrary(const QList<Script> &scripts, Platform platform,
    const QStringList &languages, const QString &uiLanguage)
{
    m_library = scripts;
    m_platform = platform;
    m_languages = languages;
    m_uiLanguage = uiLanguage;
    retranslate(); // the categories
    filter();
}

void ScriptsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ScriptsPanel::filter()
{
    const QString category = m_category->currentData().toString();
    QList<Script> inCategory;
    for (const Script &script : std::as_const(m_library)) {
        if (category.isEmpty() || script.category == category)
            inCategory.append(script);
    }
    m_model->setScripts(
        Scripts::rank(inCategory, m_search->text()), m_platform, m_languages, m_uiLanguage);
    m_insert->setEnabled(m_model->rowCount() > 0);
    m_preview->setText(m_model->rowCount() > 0
            ? m_model->index(0, 0).data(ScriptListModel::BodyRole).toString()
            : tr("No script matches."));
}

void ScriptsPanel::insertCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT insertRequested(m_model->scriptAt(current.row()));
}

} // namespace CareDesk
