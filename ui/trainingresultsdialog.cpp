// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trainingresultsdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

TrainingResultsDialog::TrainingResultsDialog(const TrainingResult &result, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(u"trainingResultsDialog"_s);
    setWindowTitle(tr("Rehearsal results: %1").arg(result.scenarioTitle));

    auto *title = new QLabel(result.scenarioTitle, this);
    title->setObjectName(u"resultTitle"_s);
    title->setTextFormat(Qt::PlainText);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *score = new QLabel(
        tr("Score: %1 of %2 (%3%)").arg(result.score).arg(result.maximum).arg(result.percent()),
        this);
    score->setObjectName(u"scoreLabel"_s);
    score->setAccessibleName(tr("Score"));
    score->setTextFormat(Qt::PlainText);
    score->setFont(big);
    const QString outcome = result.outcome == "calm"_L1 ? tr("The customer calmed down.")
        : result.outcome == "close"_L1 ? tr("The customer closed the conversation.")
        : result.outcome == "ended"_L1 ? tr("You ended the scenario.")
                                       : tr("The customer was not satisfied.");
    auto *outcomeLabel = new QLabel(outcome, this);
    outcomeLabel->setObjectName(u"outcomeLabel"_s);
    outcomeLabel->setTextFormat(Qt::PlainText);

    // A QStandardItemModel rather than a QTreeWidget: only the first column holds children, as
    // QAbstractItemModelTester expects of a tree.
    auto *model = new QStandardItemModel(0, 4, this);
    model->setHorizontalHeaderLabels({ tr("Point"), tr("Result"), tr("Points"), tr("Why") });
    auto cell = [](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(text);
        return item;
    };
    for (qsizetype i = 0; i < result.replies.size(); ++i) {
        const TrainingReplyScore &reply = result.replies.at(i);
        const QString surface
            = reply.visibility == Visibility::Private ? tr("private") : tr("public");
        QStandardItem *top = cell(reply.text.isEmpty()
                ? tr("No reply")
                : tr("Reply %1 (%2): %3").arg(i + 1).arg(surface, reply.text));
        for (const CriterionScore &c : reply.score.criteria) {
            const QString verdict = !c.applicable ? tr("not counted")
                : c.points >= c.maxPoints         ? tr("earned")
                : c.points > 0                    ? tr("partly earned")
                                                  : tr("missed");
            QStandardItem *verdictItem = cell(verdict);
            if (c.applicable)
                verdictItem->setForeground(
                    c.points < c.maxPoints ? QColor(0xb0, 0x30, 0x20) : QColor(0x1b, 0x7a, 0x2e));
            top->appendRow({ cell(c.title), verdictItem,
                cell(c.applicable ? u"%1/%2"_s.arg(c.points).arg(c.maxPoints) : u"–"_s),
                cell(c.reason) });
        }
        model->appendRow({ top, cell(QString()),
            cell(u"%1/%2"_s.arg(reply.score.total).arg(reply.score.maximum)), cell(QString()) });
    }
    auto *points = new QTreeView(this);
    points->setObjectName(u"pointsTree"_s);
    points->setAccessibleName(tr("Rubric points"));
    points->setModel(model);
    points->setWordWrap(true);
    points->setUniformRowHeights(true);
    points->expandAll();
    points->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    points->setColumnWidth(0, 260);
    points->setColumnWidth(1, 100);
    points->setColumnWidth(2, 60);

    auto *exemplaryTitle = new QLabel(tr("An exemplary reply:"), this);
    auto *exemplary = new QPlainTextEdit(result.exemplaryReply, this);
    exemplary->setObjectName(u"exemplaryReply"_s);
    exemplary->setAccessibleName(tr("Exemplary reply"));
    exemplary->setReadOnly(true);
    exemplary->setMaximumHeight(90);
    exemplaryTitle->setBuddy(exemplary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export JSON..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"exportResultButton"_s);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export result"), m_result.scenarioId + u".json"_s, tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(score);
    layout->addWidget(outcomeLabel);
    layout->addWidget(points, 1);
    layout->addWidget(exemplaryTitle);
    layout->addWidget(exemplary);
    layout->addWidget(buttons);
    resize(900, 620);
}

bool TrainingResultsDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(m_result.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export result"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace CareDesk
