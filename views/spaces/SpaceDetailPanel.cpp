// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpaceDetailPanel.h"

#include "DisplayFormat.h"
#include "HubCredentials.h"
#include "InlineError.h"
#include "PrintableText.h"
#include "SpacesController.h"
#include "SpacesTableModel.h"
#include "StageBadgeDelegate.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hubdeck {

bool SpaceDetailPanel::canPause(const QString &stage)
{
    return !stage.isEmpty() && stage != u"PAUSED" && stage != u"STOPPED" && stage != u"DELETING";
}

bool SpaceDetailPanel::canRestart(const QString &stage)
{
    // A build in progress is restarted by the build itself; a paused Space restarts to resume.
    return !stage.isEmpty() && stage != u"DELETING" && stage != u"BUILDING" && stage != u"RUNNING_BUILDING";
}

bool SpaceDetailPanel::canFactoryRebuild(const QString &stage)
{
    return !stage.isEmpty() && stage != u"DELETING";
}

bool SpaceDetailPanel::canToggleDevMode(const QString &stage, const QString &sdk)
{
    return !stage.isEmpty() && stage != u"DELETING" && sdk != u"static";
}

SpaceDetailPanel::SpaceDetailPanel(SpacesController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_seen(new QLabel(this))
    , m_stuck(new QLabel(this))
    , m_details(new QLabel(this))
    , m_links(new QLabel(this))
    , m_error(new InlineError(this))
    , m_busy(new QProgressBar(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_restart(new QPushButton(tr("Restart"), this))
    , m_factory(new QPushButton(tr("Factory rebuild"), this))
    , m_devMode(new QPushButton(tr("Start dev mode"), this))
    , m_applied(new QLabel(this))
{
    setObjectName(QStringLiteral("spaceDetailPanel"));
    m_confirm = [this](const QString &question) {
        // Plain text: the question names the Space and its hardware as the Hub sent them.
        QMessageBox box(QMessageBox::Question, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    buildSummary(layout);
    buildActions(layout);
    buildSettingsButtons(layout);
    buildStatus(layout);
    connect(m_pause, &QPushButton::clicked, this, &SpaceDetailPanel::pauseSpace);
    connect(m_restart, &QPushButton::clicked, this, &SpaceDetailPanel::restartSpace);
    connect(m_factory, &QPushButton::clicked, this, &SpaceDetailPanel::rebuildSpace);
    connect(m_devMode, &QPushButton::clicked, this, &SpaceDetailPanel::toggleDevMode);
    setSpace(std::nullopt, {});
}

void SpaceDetailPanel::buildSummary(QVBoxLayout *layout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText); // the Space's id as the Hub sent it
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_stage->setTextFormat(Qt::RichText);
    m_stage->setWordWrap(true); // the Hub's reason for an error can be a long line
    layout->addWidget(m_stage);
    m_seen->setObjectName(QStringLiteral("stageHistory"));
    m_seen->setTextFormat(Qt::PlainText);
    m_seen->setWordWrap(true);
    m_seen->setForegroundRole(QPalette::PlaceholderText); // secondary to the badge above it
    layout->addWidget(m_seen);
    m_stuck->setObjectName(QStringLiteral("spaceStuck"));
    m_stuck->setTextFormat(Qt::PlainText); // the Space's stage as the Hub sent it
    m_stuck->setWordWrap(true);
    m_stuck->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_stuck->hide();
    layout->addWidget(m_stuck);
    // The Hub's flavour names as it sent them: plain text.
    m_applied->setObjectName(QStringLiteral("appliedNote"));
    m_applied->setTextFormat(Qt::PlainText);
    m_applied->setWordWrap(true);
    m_applied->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_applied->hide();
    layout->addWidget(m_applied);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_links->setOpenExternalLinks(true);
    layout->addWidget(m_links);
}

void SpaceDetailPanel::buildActions(QVBoxLayout *layout)
{
    // Two by two, as the settings buttons below: a narrow panel leaves the Spaces table the
    // room for all its columns on a 1280-pixel window.
    auto *actions = new QGridLayout;
    int position = 0;
    for (QPushButton *button : {m_pause, m_restart, m_factory, m_devMode}) {
        actions->addWidget(button, position / 2, position % 2);
        ++position;
    }
    m_devMode->setObjectName(QStringLiteral("devModeButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_factory->setObjectName(QStringLiteral("factoryButton"));
    m_factory->setToolTip(tr("Rebuild the Space from scratch, without the build cache"));
    m_pause->setToolTip(tr("Stop the Space; paused hardware is not billed"));
    m_restart->setToolTip(tr("Restart the Space on its current hardware"));
    layout->addLayout(actions);
}

void SpaceDetailPanel::buildSettingsButtons(QVBoxLayout *layout)
{
    auto *settings = new QGridLayout;
    const QList<std::pair<QString, void (SpaceDetailPanel::*)()>> entries = {
        {tr("Upload Folder…"), &SpaceDetailPanel::uploadFolderRequested},
        {tr("Hardware…"), &SpaceDetailPanel::hardwareRequested},
        {tr("Sleep time…"), &SpaceDetailPanel::sleepTimeRequested},
        {tr("Storage…"), &SpaceDetailPanel::storageRequested},
        {tr("Secrets…"), &SpaceDetailPanel::secretsRequested},
        {tr("Variables…"), &SpaceDetailPanel::variablesRequested},
        {tr("Logs…"), &SpaceDetailPanel::logsRequested},
        {tr("Duplicate…"), &SpaceDetailPanel::duplicateRequested},
    };
    const QStringList tips = {tr("Send a folder's files to the Space in one commit (Ctrl+U), or drop a folder here"),
                              tr("Change the hardware tier"),
                              tr("Change how long the Space waits before sleeping"),
                              tr("Request or delete persistent storage"),
                              tr("Manage the Space's secrets"),
                              tr("Manage the Space's variables"),
                              tr("Follow the build and run logs"),
                              tr("Copy the Space under a new name")};
    for (int i = 0; i < entries.size(); ++i) {
        auto *button = new QPushButton(entries[i].first, this);
        button->setToolTip(tips[i]);
        connect(button, &QPushButton::clicked, this, entries[i].second);
        settings->addWidget(button, i / 2, i % 2);
        m_settingsButtons.append(button);
    }
    m_settingsButtons.first()->setObjectName(QStringLiteral("uploadFolderButton"));
    layout->addLayout(settings);
}

void SpaceDetailPanel::buildStatus(QVBoxLayout *layout)
{
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_error->setObjectName(QStringLiteral("spaceError"));
    layout->addWidget(m_error);
    layout->addStretch(1);
}

bool SpaceDetailPanel::confirmed(const QString &question) const
{
    return !m_confirmCostly || m_confirm(question);
}

void SpaceDetailPanel::pauseSpace()
{
    // Pausing takes the Space offline for its visitors until someone restarts it.
    if (m_space &&
        confirmed(tr("Pause %1? This stops the Space and its billing; it stays offline until it is restarted.").arg(m_space->id)))
        m_controller->pause(m_space->id);
}

void SpaceDetailPanel::restartSpace()
{
    if (!m_space)
        return;
    const SpaceRuntime runtime = m_space->runtime.value_or(SpaceRuntime{});
    // Restarting a paused Space on paid hardware starts the meter again.
    if (runtime.stage == u"PAUSED" && runtime.requestedHardware != u"cpu-basic" && !runtime.requestedHardware.isEmpty() &&
        !confirmed(tr("Restart %1 on %2? Upgraded hardware is billed while the Space runs.").arg(m_space->id, runtime.requestedHardware)))
        return;
    m_controller->restart(m_space->id, false);
}

void SpaceDetailPanel::rebuildSpace()
{
    if (m_space &&
        confirmed(tr("Rebuild %1 from scratch? The build cache is dropped and the Space is down until the build ends.").arg(m_space->id)))
        m_controller->restart(m_space->id, true);
}

void SpaceDetailPanel::toggleDevMode()
{
    if (!m_space)
        return;
    const bool on = m_space->runtime && m_space->runtime->devMode;
    const QString question =
        on ? tr("Stop dev mode on %1? The Space restarts from its repository; changes not committed from the dev container are lost.")
                 .arg(m_space->id)
           : tr("Start dev mode on %1? The Space's container restarts so that you can connect to it (a PRO or Team & Enterprise "
                "feature); dev mode stops after 48 hours of inactivity.")
                 .arg(m_space->id);
    if (confirmed(question))
        m_controller->setDevMode(m_space->id, !on);
}

void SpaceDetailPanel::setAsked(const QString &id, const AppliedSettings::Asked &asked)
{
    AppliedSettings::Asked &kept = m_asked[id];
    if (!asked.hardware.isEmpty())
        kept.hardware = asked.hardware;
    if (asked.sleepTime)
        kept.sleepTime = asked.sleepTime;
    if (m_space && m_space->id == id)
        setSpace(m_space, m_history);
}

QString SpaceDetailPanel::appliedText() const
{
    return m_applied->isHidden() ? QString() : m_applied->text();
}

namespace {
// The time alone today, as a clock shows it; the date too once the session has crossed midnight.
QString seenAt(const QDateTime &when, const QDate &today)
{
    return when.toLocalTime().date() == today ? QLocale().toString(when.toLocalTime(), QStringLiteral("HH:mm"))
                                              : DisplayFormat::dateTime(when);
}
} // namespace

QString SpaceDetailPanel::historyText(const QList<SpacesTableModel::StageSeen> &history, const QDate &today)
{
    if (history.isEmpty())
        return {};
    const SpacesTableModel::StageSeen &now = history.constLast();
    const QString stage = SpacesTableModel::stageText(now.stage);
    // The first stage seen may have begun long before: "at least". A later one began between
    // the read before it and this time: "about".
    if (history.size() == 1)
        return tr("%1 since at least %2 (first seen by HubDeck)").arg(stage, seenAt(now.seen, today));
    // The last few stages before it: the tooltip has them all.
    constexpr qsizetype kShownBefore = 3;
    QStringList before;
    for (qsizetype i = std::max<qsizetype>(0, history.size() - 1 - kShownBefore); i < history.size() - 1; ++i)
        before.append(tr("%1 at %2").arg(SpacesTableModel::stageText(history[i].stage), seenAt(history[i].seen, today)));
    if (history.size() - 1 > kShownBefore)
        before.prepend(QStringLiteral("…"));
    return tr("%1 since about %2; seen before: %3").arg(stage, seenAt(now.seen, today), before.join(QStringLiteral(", ")));
}

QString SpaceDetailPanel::historyToolTip(const QList<SpacesTableModel::StageSeen> &history, const QDate &today)
{
    if (history.isEmpty())
        return {};
    QStringList lines{tr("The stages HubDeck saw this Space in since HubDeck started, each with the time it first saw it. "
                         "The Hub does not say when a stage began: the first may have begun earlier, and each change "
                         "happened between that time and the read before it.")};
    for (const SpacesTableModel::StageSeen &entry : history)
        lines.append(tr("%1  %2").arg(seenAt(entry.seen, today), SpacesTableModel::stageText(entry.stage)));
    return PrintableText::plainToolTip(lines.join(u'\n'));
}

QString SpaceDetailPanel::replicasText(const SpaceRuntime &runtime)
{
    // Only what the Hub said: it often leaves the running count out, and "0 running" would
    // then tell the owner of a running Space that it is down.
    const auto &requested = runtime.replicasRequested;
    const auto &current = runtime.replicasCurrent;
    if (requested && current)
        return tr("%1 requested, %2 running").arg(*requested).arg(*current);
    if (requested)
        return tr("%1 requested").arg(*requested);
    if (current)
        return tr("%1 running").arg(*current);
    return QStringLiteral("—");
}

QString SpaceDetailPanel::detailsText() const
{
    return m_details->text();
}

QString SpaceDetailPanel::errorText() const
{
    return m_error->message();
}

void SpaceDetailPanel::showError(const QString &message)
{
    m_error->showMessage(message);
}

void SpaceDetailPanel::setDropHighlight(bool on)
{
    // A dashed frame in the highlight colour, as file managers mark a drop target.
    setAttribute(Qt::WA_StyledBackground, on);
    setStyleSheet(on ? QStringLiteral("hubdeck--SpaceDetailPanel { border: 2px dashed palette(highlight); border-radius: 6px; }")
                     : QString());
    setProperty("dropTarget", on);
}

void SpaceDetailPanel::setStuckNote(const QString &text)
{
    m_stuck->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_stuck->setVisible(!text.isEmpty());
}

QString SpaceDetailPanel::stuckNote() const
{
    return m_stuck->isHidden() ? QString() : m_stuck->text();
}

void SpaceDetailPanel::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_busy->setToolTip(what);
}

void SpaceDetailPanel::setSpace(const std::optional<SpaceInfo> &space, const QList<SpacesTableModel::StageSeen> &history)
{
    const bool changed = !space || !m_space || space->id != m_space->id;
    m_space = space;
    m_history = history;
    if (changed)
        showError({});
    const bool has = space.has_value();
    for (QPushButton *button : m_settingsButtons)
        button->setEnabled(has);
    if (!has) {
        m_title->setText(tr("No Space selected"));
        m_stage->clear();
        m_seen->clear();
        m_seen->setToolTip({});
        m_details->setText(tr("Select a Space to see its runtime and change its settings."));
        m_links->clear();
        for (QPushButton *button : {m_pause, m_restart, m_factory, m_devMode})
            button->setEnabled(false);
        m_applied->hide();
        return;
    }
    const SpaceRuntime runtime = space->runtime.value_or(SpaceRuntime{});
    m_title->setText(space->id);
    const QString color = StageBadgeDelegate::colorFor(runtime.stage).name();
    // The Hub's reason stands beside the stage it explains, as plain text.
    const QString reason = runtime.errorMessage.isEmpty() ? QString()
                                                          : QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                                                                .arg(color, PrintableText::line(runtime.errorMessage).toHtmlEscaped());
    m_stage->setText(QStringLiteral("<span style=\"background:%1; color:white; font-weight:bold;\">&nbsp;%2&nbsp;</span>%3")
                         .arg(color, SpacesTableModel::stageText(runtime.stage).toHtmlEscaped(), reason));
    m_seen->setText(historyText(history));
    m_seen->setToolTip(historyToolTip(history));
    m_seen->setVisible(!history.isEmpty());
    QStringList domains;
    for (const SpaceRuntime::Domain &domain : runtime.domains)
        domains.append(QStringLiteral("%1 (%2)").arg(domain.domain, domain.stage).toHtmlEscaped());
    auto dash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped(); };
    m_details->setText(QStringLiteral("<table cellspacing=\"3\">"
                                      "<tr><td>%1</td><td><b>%2</b></td></tr><tr><td>%3</td><td><b>%4</b></td></tr>"
                                      "<tr><td>%5</td><td><b>%6</b></td></tr><tr><td>%7</td><td><b>%8</b></td></tr>"
                                      "<tr><td>%9</td><td><b>%10</b></td></tr><tr><td>%11</td><td><b>%12</b></td></tr>"
                                      "<tr><td>%13</td><td><b>%14</b></td></tr><tr><td>%15</td><td><b>%16</b></td></tr></table>")
                           .arg(tr("Hardware now"), dash(runtime.hardware), tr("Requested"), dash(runtime.requestedHardware), tr("Storage"),
                                dash(runtime.storage), tr("Sleeps after"),
                                SpacesTableModel::sleepText(runtime.sleepTime, runtime.requestedHardware).toHtmlEscaped(), tr("Replicas"),
                                replicasText(runtime).toHtmlEscaped(), tr("Domains"),
                                domains.isEmpty() ? QStringLiteral("—") : domains.join(QStringLiteral("<br>")), tr("Dev mode"),
                                runtime.devMode ? tr("on") : tr("off"), tr("SDK"), dash(space->sdk)));
    const QString hub = HubCredentials::endpoint();
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(space->id, "/"));
    m_links->setText(QStringLiteral("<a href=\"%1/spaces/%2\">%3</a> &nbsp; <a href=\"%1/spaces/%2/settings\">%4</a>")
                         .arg(hub.toHtmlEscaped(), path, tr("Open the Space"), tr("Settings on the Hub")));
    m_pause->setEnabled(canPause(runtime.stage));
    m_restart->setEnabled(canRestart(runtime.stage));
    m_factory->setEnabled(canFactoryRebuild(runtime.stage));
    m_devMode->setEnabled(canToggleDevMode(runtime.stage, space->sdk));
    m_devMode->setText(runtime.devMode ? tr("Stop dev mode") : tr("Start dev mode"));
    m_devMode->setToolTip(runtime.devMode ? tr("Restart the Space from its repository, without the dev container")
                                          : tr("Restart the Space's container so that you can connect to it with VS Code or SSH"));
    const QString mismatch = m_asked.contains(space->id) ? AppliedSettings::mismatch(m_asked.value(space->id), runtime) : QString();
    m_applied->setText(mismatch);
    m_applied->setVisible(!mismatch.isEmpty());
}

void SpaceDetailPanel::changeEvent(QEvent *event)
{
    // A label lays its links out in the palette's link colour once; after a theme change
    // they would stay dark blue on a dark window.
    if (event->type() == QEvent::PaletteChange) {
        const QString links = m_links->text();
        m_links->clear();
        m_links->setText(links);
    }
    QWidget::changeEvent(event);
}

} // namespace hubdeck
