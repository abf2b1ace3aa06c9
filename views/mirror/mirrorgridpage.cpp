// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/mirror/mirrorgridpage.h"

#include "devicelink/readerregistry.h"
#include "views/mirror/mirrorview.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

MirrorGridPage::MirrorGridPage(Console::MirrorHub *hub, ReaderRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_registry(registry)
    , m_stack(new QStackedWidget(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_empty(new QLabel(this))
    , m_single(new QWidget(this))
    , m_back(new QPushButton(this))
    , m_snapshot(new QPushButton(this))
    , m_overlay(new QCheckBox(this))
    , m_privacyNote(new QLabel(this))
{
    setObjectName(u"mirrorGridPage"_s);
    m_back->setObjectName(u"mirrorBack"_s);
    m_snapshot->setObjectName(u"mirrorSnapshot"_s);
    m_overlay->setObjectName(u"mirrorOverlay"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_privacyNote->setWordWrap(true);
    m_gridLayout->setSpacing(6);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);

    auto *singleLayout = new QVBoxLayout(m_single);
    singleLayout->setContentsMargins(0, 0, 0, 0);

    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_single);
    m_stack->addWidget(m_empty);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_back);
    toolbar->addWidget(m_snapshot);
    toolbar->addWidget(m_overlay);
    toolbar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_privacyNote);

    connect(m_back, &QPushButton::clicked, this, &MirrorGridPage::showGrid);
    connect(m_snapshot, &QPushButton::clicked, this, &MirrorGridPage::askSnapshot);
    connect(m_overlay, &QCheckBox::toggled, this, &MirrorGridPage::setOverlay);
    connect(m_registry, &ReaderRegistry::rowsInserted, this, &MirrorGridPage::rebuild);
    connect(m_registry, &ReaderRegistry::rowsRemoved, this, &MirrorGridPage::rebuild);
    connect(m_registry, &ReaderRegistry::modelReset, this, &MirrorGridPage::rebuild);

    retranslate();
    rebuild();
}

MirrorGridPage::~MirrorGridPage() = default;

MirrorView *MirrorGridPage::view(const QString &serial) const
{
    for (MirrorView *v : m_views) {
        if (v->serial() == serial)
            return v;
    }
    return nullptr;
}

void MirrorGridPage::rebuild()
{
    const QStringList serials = m_registry->serials();
    QStringList shown;
    for (MirrorView *v : std::as_const(m_views))
        shown << v->serial();
    if (shown == serials && !m_views.isEmpty())
        return;

    qDeleteAll(m_views);
    m_views.clear();
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(serials.size())))));
    for (int i = 0; i < serials.size(); ++i) {
        auto *v = new MirrorView(m_hub, m_registry, serials.at(i), m_grid);
        v->setOverlayVisible(m_overlay->isChecked());
        connect(v, &MirrorView::activated, this, &MirrorGridPage::enlarge);
        m_gridLayout->addWidget(v, i / columns, i % columns);
        m_views << v;
    }
    if (m_enlarged && !serials.contains(m_enlarged->serial()))
        showGrid();
    else if (!m_enlarged)
        m_stack->setCurrentWidget(m_views.isEmpty() ? static_cast<QWidget *>(m_empty) : m_grid);
    m_snapshot->setEnabled(!m_views.isEmpty());
}

void MirrorGridPage::enlarge(const QString &serial)
{
    if (!m_registry->entry(serial))
        return;
    delete m_enlarged;
    m_enlarged = new MirrorView(m_hub, m_registry, serial, m_single);
    m_enlarged->setOverlayVisible(m_overlay->isChecked());
    m_single->layout()->addWidget(m_enlarged);
    m_stack->setCurrentWidget(m_single);
    m_back->setVisible(true);
    m_enlarged->setFocus();
}

void MirrorGridPage::showGrid()
{
    const QString was = enlargedSerial();
    delete m_enlarged;
    m_enlarged = nullptr;
    m_back->setVisible(false);
    m_stack->setCurrentWidget(m_views.isEmpty() ? static_cast<QWidget *>(m_empty) : m_grid);
    if (MirrorView *v = view(was))
        v->setFocus();
}

QString MirrorGridPage::enlargedSerial() const
{
    return m_enlarged ? m_enlarged->serial() : QString();
}

QString MirrorGridPage::currentSerial() const
{
    if (m_enlarged)
        return m_enlarged->serial();
    for (MirrorView *v : m_views) {
        if (v->hasFocus())
            return v->serial();
    }
    return m_views.isEmpty() ? QString() : m_views.first()->serial();
}

Result<void> MirrorGridPage::saveSnapshot(const QString &serial, const QString &path) const
{
    MirrorView *source = m_enlarged && m_enlarged->serial() == serial ? m_enlarged : view(serial);
    if (!source)
        return Error(ErrorCode::UnknownReader, serial);
    return source->saveSnapshot(path);
}

void MirrorGridPage::askSnapshot()
{
    const QString serial = currentSerial();
    if (serial.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = serial + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".png"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save screen snapshot"), QDir(folder).filePath(name),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (Result<void> saved = saveSnapshot(serial, path); !saved) {
        QMessageBox::warning(this, tr("Save screen snapshot"),
                             tr("The snapshot could not be saved: %1 (%2)")
                                 .arg(saved.error().message(), saved.error().codeString()));
        return;
    }
    Q_EMIT statusMessage(tr("Saved the screen of %1 to %2").arg(serial, QDir::toNativeSeparators(path)));
}

void MirrorGridPage::setOverlay(bool visible)
{
    for (MirrorView *v : std::as_const(m_views))
        v->setOverlayVisible(visible);
    if (m_enlarged)
        m_enlarged->setOverlayVisible(visible);
}

void MirrorGridPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_enlarged) {
        showGrid();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MirrorGridPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MirrorGridPage::retranslate()
{
    m_back->setText(tr("Back to all readers"));
    m_back->setVisible(m_enlarged != nullptr);
    m_snapshot->setText(tr("Save snapshot…"));
    m_overlay->setText(tr("Show frame rate and delay"));
    m_empty->setText(tr("No card reader is connected. Connect a card reader, or attach an emulated one from the "
                        "Card readers menu."));
    m_privacyNote->setText(tr("The card readers hide the PIN pad, the camera image and the card photo before "
                              "sending their screen; the mirror only watches and cannot operate a reader."));
}

} // namespace Views
