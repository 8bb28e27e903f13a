// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportswindow.h"

#include "app/core/clock.h"
#include "app/core/futures.h"
#include "ui/heatmapwidget.h"
#include "ui/reportpdf.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

MetricsTableModel::MetricsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricsTableModel::setTable(const MetricsTable &raw, const QList<QStringList> &display)
{
    beginResetModel();
    m_raw = raw;
    m_display = display;
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_display.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_raw.headers.size());
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_display.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.size() ? row.at(index.column()) : QString();
    case RawValueRole: {
        const QStringList &raw = m_raw.rows.value(index.row());
        return index.column() < raw.size() ? raw.at(index.column()) : QString();
    }
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_raw.headers.size())
        return {};
    return m_raw.headers.at(section);
}

namespace {

    QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
    {
        auto *view = new QTableView(parent);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        return view;
    }

    QChartView *makeChart(const QString &title, QWidget *parent)
    {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart, parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        return view;
    }

    void resetChart(QChart *chart)
    {
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    }

} // namespace

ReportsWindow::ReportsWindow(
    MetricsRepository &metrics, const Clock &clock, Id agentId, bool supervisor, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_metrics(metrics)
    , m_clock(clock)
    , m_agentId(agentId)
    , m_supervisor(supervisor || agentId == 0)
{
    setObjectName(u"reportsWindow"_s);
    setWindowTitle(tr("Reports"));
    createControls();
    loadChoices();
    refresh();
}

ReportsWindow::~ReportsWindow() = default;

void ReportsWindow::createControls()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const QDate today
        = QDateTime::fromMSecsSinceEpoch(m_clock.now(), QTimeZone::systemTimeZone()).date();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto combo = [this](const char *name, const QString &all) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->addItem(all, QVariant());
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    m_platform = combo("platformFilter", tr("All platforms"));
    for (Platform p : allPlatforms())
        m_platform->addItem(platformDisplayName(p), toString(p));
    m_account = combo("accountFilter", tr("All accounts"));
    m_queue = combo("queueFilter", tr("All queues"));
    m_agent = combo("agentFilter", tr("All agents"));
    m_language = combo("languageFilter", tr("All languages"));
    if (!m_supervisor) {
        // An agent sees their own figures; supervisors choose.
        m_agent->addItem(tr("My cases"), m_agentId);
        m_agent->setCurrentIndex(1);
        m_agent->setEnabled(false);
    }
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    for (QComboBox *box : { m_platform, m_account, m_queue, m_agent, m_language })
        bar->addWidget(box);
    bar->addStretch();
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_pdf = new QPushButton(tr("Export &PDF…"), this);
    m_pdf->setObjectName(u"exportPdfButton"_s);
    m_csv = new QPushButton(tr("Export &CSV…"), this);
    m_csv->setObjectName(u"exportCsvButton"_s);
    bar->addWidget(m_refresh);
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);
    layout->addLayout(bar);

    m_headline = new QLabel(this);
    m_headline->setObjectName(u"headline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    layout->addWidget(m_headline);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reportTabs"_s);
    layout->addWidget(m_tabs, 1);

    // Overview: the figures beside the volume chart and the heatmap.
    m_summary = new MetricsTableModel(this);
    m_summaryView = makeTable(m_summary, this);
    m_summaryView->setObjectName(u"summaryTable"_s);
    m_summaryView->setAccessibleName(tr("Summary"));
    auto *overview = new QSplitter(Qt::Horizontal, this);
    overview->addWidget(m_summaryView);
    auto *right = new QWidget(overview);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_volumeChart = makeChart(tr("Volume over time"), right);
    m_volumeChart->setObjectName(u"volumeChart"_s);
    m_volumeChart->setAccessibleName(tr("Volume over time"));
    m_heatmap = new HeatmapWidget(right);
    m_heatmap->setObjectName(u"heatmap"_s);
    m_heatmap->setAccessibleName(tr("Messages by weekday and hour"));
    rightLayout->addWidget(m_volumeChart, 3);
    rightLayout->addWidget(new QLabel(tr("Customer messages by weekday and hour"), right));
    rightLayout->addWidget(m_heatmap, 2);
    overview->addWidget(right);
    overview->setStretchFactor(1, 1);
    overview->setSizes({ 520, 680 });
    m_summaryView->setMinimumWidth(380);
    m_tabs->addTab(overview, tr("Overview"));

    // Speed: response time distribution and SLA attainment.
    auto *speed = new QWidget(this);
    auto *speedLayout = new QVBoxLayout(speed);
    m_responseChart = makeChart(tr("First response times"), speed);
    m_responseChart->setObjectName(u"responseChart"_s);
    m_responseChart->setAccessibleName(tr("First response times"));
    m_slaChart = makeChart(tr("Answered within SLA, by platform"), speed);
    m_slaChart->setObjectName(u"slaChart"_s);
    m_slaChart->setAccessibleName(tr("SLA attainment"));
    m_sla = new MetricsTableModel(this);
    m_slaView = makeTable(m_sla, speed);
    m_slaView->setObjectName(u"slaTable"_s);
    m_slaView->setAccessibleName(tr("SLA by platform and priority"));
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_responseChart);
    charts->addWidget(m_slaChart);
    speedLayout->addLayout(charts, 2);
    speedLayout->addWidget(m_slaView, 1);
    m_tabs->addTab(speed, tr("Speed"));

    // Sentiment: entry and exit per platform.
    m_sentimentChart = makeChart(tr("Sentiment at entry and exit, by platform"), this);
    m_sentimentChart->setObjectName(u"sentimentChart"_s);
    m_sentimentChart->setAccessibleName(tr("Sentiment at entry and exit"));
    m_tabs->addTab(m_sentimentChart, tr("Sentiment"));

    // Breakdown: any dimension, every figure.
    auto *breakdown = new QWidget(this);
    auto *breakdownLayout = new QVBoxLayout(breakdown);
    m_dimension = new QComboBox(breakdown);
    m_dimension->setObjectName(u"dimensionCombo"_s);
    m_dimension->setAccessibleName(tr("Break down by"));
    for (const QString &dimension : MetricsTables::dimensions())
        m_dimension->addItem(MetricsText::dimensionLabel(dimension), dimension);
    auto *dimensionRow = new QFormLayout;
    dimensionRow->addRow(tr("&Group by"), m_dimension);
    breakdownLayout->addLayout(dimensionRow);
    m_breakdown = new MetricsTableModel(this);
    m_breakdownView = makeTable(m_breakdown, breakdown);
    m_breakdownView->setObjectName(u"breakdownTable"_s);
    m_breakdownView->setAccessibleName(tr("Breakdown"));
    breakdownLayout->addWidget(m_breakdownView);
    m_tabs->addTab(breakdown, tr("Breakdown"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &ReportsWindow::refresh);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsWindow::exportPdfInteractive);
    connect(m_csv, &QPushButton::clicked, this, &ReportsWindow::exportCsvInteractive);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ReportsWindow::showBreakdown);
    for (QComboBox *box : { m_platform, m_account, m_queue, m_agent, m_language })
        connect(box, &QComboBox::activated, this, &ReportsWindow::refresh);
    // editingFinished also comes when the field merely loses focus: only a new period recomputes.
    auto periodEdited = [this] {
        if (m_from->date() != m_computedFrom || m_to->date() != m_computedTo)
            refresh();
    };
    connect(m_from, &QDateEdit::editingFinished, this, periodEdited);
    connect(m_to, &QDateEdit::editingFinished, this, periodEdited);
    resize(1200, 760);
}

void ReportsWindow::loadChoices()
{
    m_metrics.choices().then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<MetricsChoices> &choices) {
            if (!choices.ok()) {
                m_status->setText(choices.error().message);
                return;
            }
            for (const Account &a : choices.value().accounts)
                m_account->addItem(
                    u"%1 (%2)"_s.arg(a.handle, platformDisplayName(a.platform)), a.id);
            for (const Queue &q : choices.value().queues)
                m_queue->addItem(q.name, q.id);
            if (m_supervisor) {
                for (const Agent &a : choices.value().agents)
                    m_agent->addItem(a.displayName.isEmpty() ? a.name : a.displayName, a.id);
            }
            for (const QString &language : choices.value().languages)
                m_language->addItem(language, language);
        }));
}

MetricsOptions ReportsWindow::options() const
{
    MetricsOptions o;
    o.timeZone = QTimeZone::systemTimeZone();
    std::tie(o.from, o.to) = metricsPeriod(m_from->date(), m_to->date(), o.timeZone);
    o.now = m_clock.now();
    if (const QVariant p = m_platform->currentData(); p.isValid())
        o.filter.platform = platformFromString(p.toString());
    o.filter.accountId = m_account->currentData().toLongLong();
    o.filter.queueId = m_queue->currentData().toLongLong();
    o.filter.agentId = m_supervisor ? m_agent->currentData().toLongLong() : m_agentId;
    o.filter.language = m_language->currentData().toString();
    return o;
}

void ReportsWindow::refresh()
{
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The period ends before it starts."));
        return;
    }
    m_computedFrom = m_from->date();
    m_computedTo = m_to->date();
    const quint64 request = ++m_request;
    m_computing = true;
    m_status->setText(tr("Computing…"));
    m_metrics.compute(options()).then(QtFuture::Launch::Sync,
        onContext(this, [this, request](const Result<MetricsReport> &result) {
            if (request != m_request)
                return; // a newer request is on its way
            m_computing = false;
            if (!result.ok()) {
                m_status->setText(result.error().message);
                Q_EMIT reportReady();
                return;
            }
            m_report = result.value();
            m_hasReport = true;
            showReport();
            m_status->setText(
                tr("Updated %1.").arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s)));
            Q_EMIT reportReady();
        }));
}

QString ReportsWindow::scopeText() const
{
    QStringList parts;
    for (QComboBox *box : { m_platform, m_account, m_queue, m_agent, m_language }) {
        if (box->currentIndex() > 0)
            parts.append(box->currentText());
    }
    return parts.join(u", "_s);
}

void ReportsWindow::showReport()
{
    const MetricsReport &r = m_report;
    const QList<MetricField> now = MetricsText::fields(r.overall);
    const QList<MetricField> before = MetricsText::fields(r.previous);
    // Summary: this period, the previous one and the change.
    MetricsTable summary = MetricsTables::summary(r);
    summary.headers = { tr("Figure"), tr("This period"), tr("Previous period"), tr("Change") };
    QList<QStringList> display;
    for (qsizetype i = 0; i < now.size(); ++i) {
        display.append({ now[i].label, now[i].text, before[i].text,
            MetricsText::change(now[i].value.value_or(-1), before[i].value.value_or(-1)) });
    }
    display.append({ tr("First response, median"),
        MetricsText::duration(
            r.firstResponseMedian < 0 ? -1.0 : double(r.firstResponseMedian) / 60000.0),
        QString(), QString() });
    display.append(
        { tr("Cases without a reply"), QString::number(r.unanswered), QString(), QString() });
    m_summary->setTable(summary, display);
    m_summaryView->resizeColumnsToContents();

    auto field = [&](const char *key) {
        for (const MetricField &f : now) {
            if (f.key == QLatin1String(key))
                return f.text;
        }
        return MetricsText::noneLabel();
    };
    m_headline->setText(
        tr("%1 new cases · first response %2 · %3 within SLA · first contact resolution %4 · "
           "sentiment shift %5 · CSAT %6 (predicted %7)")
            .arg(field("new_cases"), field("first_response_minutes"), field("sla_attainment"),
                field("fcr_rate"), field("sentiment_shift"), field("csat_survey"),
                field("csat_predicted")));

    // Volume over time.
    QChart *volume = m_volumeChart->chart();
    resetChart(volume);
    auto *cases = new QLineSeries(volume);
    cases->setName(tr("New cases"));
    auto *messages = new QLineSeries(volume);
    messages->setName(tr("Customer messages"));
    qint64 maxVolume = 1;
    for (const DayVolume &d : r.days) {
        const qreal x = qreal(QDateTime(d.date, QTime(12, 0)).toMSecsSinceEpoch());
        cases->append(x, qreal(d.newCases));
        messages->append(x, qreal(d.messagesIn));
        maxVolume = std::max({ maxVolume, d.newCases, d.messagesIn });
    }
    volume->addSeries(messages);
    volume->addSeries(cases);
    auto *dates = new QDateTimeAxis;
    dates->setFormat(u"MM-dd"_s);
    dates->setTickCount(std::clamp(int(r.days.size()), 2, 8));
    volume->addAxis(dates, Qt::AlignBottom);
    auto *counts = new QValueAxis;
    counts->setRange(0, double(maxVolume) * 1.1);
    counts->setLabelFormat(u"%d"_s);
    volume->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *s : volume->series()) {
        s->attachAxis(dates);
        s->attachAxis(counts);
    }
    m_heatmap->setGrid(r.heatmap);

    // First response distribution.
    QChart *response = m_responseChart->chart();
    resetChart(response);
    auto *responseSet = new QBarSet(tr("Cases"));
    QStringList bucketLabels = MetricsTables::bucketLabels();
    qint64 maxBucket = 1;
    for (qint64 v : r.firstResponseBuckets) {
        *responseSet << qreal(v);
        maxBucket = std::max(maxBucket, v);
    }
    *responseSet << qreal(r.unanswered);
    maxBucket = std::max(maxBucket, r.unanswered);
    bucketLabels << tr("no reply");
    auto *responseSeries = new QBarSeries(response);
    responseSeries->append(responseSet);
    response->addSeries(responseSeries);
    auto *bucketAxis = new QBarCategoryAxis;
    bucketAxis->append(bucketLabels);
    response->addAxis(bucketAxis, Qt::AlignBottom);
    auto *bucketCounts = new QValueAxis;
    bucketCounts->setRange(0, double(maxBucket) * 1.1);
    bucketCounts->setLabelFormat(u"%d"_s);
    response->addAxis(bucketCounts, Qt::AlignLeft);
    responseSeries->attachAxis(bucketAxis);
    responseSeries->attachAxis(bucketCounts);
    response->legend()->hide();

    // SLA attainment per platform.
    QChart *sla = m_slaChart->chart();
    resetChart(sla);
    auto *slaSet = new QBarSet(tr("Answered within SLA, %"));
    QStringList platforms;
    for (const MetricsGroup &g : r.byPlatform) {
        platforms << g.label;
        *slaSet << std::max(0.0, g.metrics.slaAttainment() * 100.0);
    }
    auto *slaSeries = new QBarSeries(sla);
    slaSeries->append(slaSet);
    sla->addSeries(slaSeries);
    auto *platformAxis = new QBarCategoryAxis;
    platformAxis->append(platforms);
    sla->addAxis(platformAxis, Qt::AlignBottom);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(u"%d%%"_s);
    sla->addAxis(percentAxis, Qt::AlignLeft);
    slaSeries->attachAxis(platformAxis);
    slaSeries->attachAxis(percentAxis);
    sla->legend()->hide();

    MetricsTable slaTable = MetricsTables::sla(r);
    QList<QStringList> slaDisplay;
    for (const SlaRow &row : r.sla) {
        slaDisplay.append({ platformDisplayName(row.platform), toString(row.priority),
            MetricsText::duration(row.targetMinutes), QString::number(row.eligible),
            QString::number(row.met),
            MetricsText::percent(
                row.eligible == 0 ? -1.0 : double(row.met) / double(row.eligible)) });
    }
    m_sla->setTable(slaTable, slaDisplay);

    // Sentiment at entry and exit per platform.
    QChart *sentiment = m_sentimentChart->chart();
    resetChart(sentiment);
    auto *entry = new QBarSet(tr("At entry"));
    auto *exit = new QBarSet(tr("At exit"));
    for (const MetricsGroup &g : r.byPlatform) {
        *entry << g.metrics.meanEntry();
        *exit << g.metrics.meanExit();
    }
    auto *sentimentSeries = new QBarSeries(sentiment);
    sentimentSeries->append(entry);
    sentimentSeries->append(exit);
    sentiment->addSeries(sentimentSeries);
    auto *sentimentPlatforms = new QBarCategoryAxis;
    sentimentPlatforms->append(platforms);
    sentiment->addAxis(sentimentPlatforms, Qt::AlignBottom);
    auto *scale = new QValueAxis;
    scale->setRange(-100, 100);
    sentiment->addAxis(scale, Qt::AlignLeft);
    sentimentSeries->attachAxis(sentimentPlatforms);
    sentimentSeries->attachAxis(scale);
    sentiment->setTitle(
        tr("Sentiment at entry and exit, by platform: shift %1, %2 of negative arrivals recovered")
            .arg(field("sentiment_shift"), field("negative_recovered_rate")));

    showBreakdown();
}

void ReportsWindow::showBreakdown()
{
    if (!m_hasReport)
        return;
    const QString dimension = m_dimension->currentData().toString();
    const MetricsTable raw = MetricsTables::groups(m_report, dimension);
    QList<QStringList> display;
    if (const QList<MetricsGroup> *groups = m_report.groups(dimension)) {
        for (const MetricsGroup &g : *groups) {
            QStringList row { g.key.isEmpty() ? MetricsText::noneLabel() : g.key, g.label };
            for (const MetricField &f : MetricsText::fields(g.metrics))
                row.append(f.text);
            display.append(row);
        }
    }
    m_breakdown->setTable(raw, display);
    m_breakdownView->resizeColumnsToContents();
}

bool ReportsWindow::exportPdf(const QString &path, QString *error) const
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no report yet.");
        return false;
    }
    return ReportPdf::write(m_report, path, scopeText(), error);
}

QStringList ReportsWindow::exportCsv(const QString &folder, QString *error) const
{
    QStringList written;
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no report yet.");
        return written;
    }
    const QDir dir(folder);
    for (const MetricsTable &table : MetricsTables::all(m_report)) {
        QSaveFile file(dir.filePath(table.name + u".csv"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(MetricsTables::toCsv(table).toUtf8()) < 0
            || !file.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return written;
        }
        written.append(file.fileName());
    }
    return written;
}

void ReportsWindow::exportPdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the executive summary"),
        QDir::home().filePath(u"caredesk-summary.pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportPdf(path, &error) ? tr("Saved %1.").arg(path) : error);
}

void ReportsWindow::exportCsvInteractive()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export every table as CSV into"), QDir::homePath());
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList files = exportCsv(folder, &error);
    m_status->setText(error.isEmpty()
            ? tr("Saved %n table(s) in %1.", nullptr, int(files.size())).arg(folder)
            : error);
}

} // namespace CareDesk
