// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/adminscene.h"

#include "readerstack/admin/adminpassword.h"
#include "readerstack/screen/screentext.h"

#include <QPainter>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

const QColor Accent(0x1a, 0x57, 0xa8);
const QColor Ink(0x20, 0x21, 0x24);
const QColor Muted(0x5f, 0x63, 0x68);

void paintButton(QPainter &p, const QRect &area, const QString &text, bool enabled = true)
{
    p.setPen(Qt::NoPen);
    p.setBrush(enabled ? Accent : QColor(0xda, 0xdc, 0xe0));
    p.drawRoundedRect(area, 10, 10);
    p.setPen(enabled ? Qt::white : Muted);
    p.setFont(screenFont(22, QFont::Bold));
    p.drawText(area, Qt::AlignCenter, text);
}

} // namespace

AdminScene::AdminScene(Info info, Actions actions)
    : m_info(std::move(info))
    , m_actions(std::move(actions))
{
}

QRect AdminScene::keyArea(int key)
{
    // 3 × 4 pad: 1-9, then 訂正 0 確定.
    int row = 0;
    int column = 0;
    if (key >= Key1 && key <= Key9) {
        row = (key - 1) / 3;
        column = (key - 1) % 3;
    } else if (key == KeyClear) {
        row = 3;
    } else if (key == Key0) {
        row = 3;
        column = 1;
    } else {
        row = 3;
        column = 2;
    }
    const QRect pad = padArea();
    const int width = (pad.width() - 2 * 12) / 3;
    const int height = 84;
    return QRect(pad.left() + column * (width + 12), pad.top() + 80 + row * (height + 10), width, height);
}

QRect AdminScene::showMenu()
{
    m_mode = Mode::Menu;
    m_entered.fill(u'0');
    m_entered.clear();
    m_problem.clear();
    return QRect(0, 0, 1024, 600);
}

QRect AdminScene::setProblem(const QString &problem)
{
    m_problem = problem;
    m_entered.fill(u'0');
    m_entered.clear();
    return QRect(0, 0, 1024, 600);
}

QRect AdminScene::setInfo(const Info &info)
{
    m_info = info;
    return QRect(0, 0, 1024, 600);
}

void AdminScene::press(const QPoint &position)
{
    if (closeArea().contains(position)) {
        if (m_actions.close)
            m_actions.close();
        return;
    }
    if (m_mode == Mode::Menu) {
        if (selfTestArea().contains(position) && m_actions.runSelfTest)
            m_actions.runSelfTest();
        else if (powerLinkArea().contains(position) && m_actions.togglePowerLink)
            m_actions.togglePowerLink();
        return;
    }
    for (int key = Key0; key <= KeyEnter; ++key) {
        if (!keyArea(key).contains(position))
            continue;
        if (key == KeyClear) {
            m_entered.fill(u'0');
            m_entered.clear();
        } else if (key == KeyEnter) {
            const QString password = m_entered;
            m_entered.fill(u'0');
            m_entered.clear();
            if (m_actions.submitPassword)
                m_actions.submitPassword(password);
        } else if (m_entered.size() < AdminPasswordRules::MaxLength) {
            m_entered.append(QChar(u'0' + key));
        }
        return;
    }
}

void AdminScene::paint(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRect(0, 0, 1024, 600), QColor(0xf6, 0xf8, 0xfa));
    p.fillRect(QRect(0, 0, 1024, 80), Accent);
    p.setPen(Qt::white);
    p.setFont(screenFont(30, QFont::Bold));
    p.drawText(QRect(32, 0, 760, 80), Qt::AlignVCenter | Qt::AlignLeft,
               m_mode == Mode::Password ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Admin password"))
                                        : screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Admin menu")));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0xff, 0xff, 60));
    p.drawRoundedRect(closeArea(), 10, 10);
    p.setPen(Qt::white);
    p.setFont(screenFont(22, QFont::Bold));
    p.drawText(closeArea(), Qt::AlignCenter, screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Close")));
    if (m_mode == Mode::Password)
        paintPassword(canvas);
    else
        paintMenu(p);
    p.restore();
}

void AdminScene::paintPassword(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    p.setPen(m_problem.isEmpty() ? Muted : QColor(0xb3, 0x26, 0x1e));
    p.setFont(screenFont(22));
    p.drawText(QRect(24, 96, 976, 40), Qt::AlignCenter,
               m_problem.isEmpty()
                   ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Enter the admin password and press OK."))
                   : m_problem);
    const QString digits = m_entered;
    canvas.paintPrivate(padArea(), [digits](QPainter &pp) {
        const QRect pad = padArea();
        pp.setPen(QPen(QColor(0xda, 0xdc, 0xe0), 2));
        pp.setBrush(Qt::white);
        pp.drawRoundedRect(QRect(pad.left(), pad.top(), pad.width(), 64), 10, 10);
        pp.setPen(Qt::NoPen);
        pp.setBrush(Ink);
        for (int i = 0; i < int(digits.size()); ++i)
            pp.drawEllipse(QPoint(pad.left() + 28 + i * 22, pad.top() + 32), 7, 7);
        for (int key = Key0; key <= KeyEnter; ++key) {
            QString label;
            if (key == KeyClear)
                label = screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Clear"));
            else if (key == KeyEnter)
                label = screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "OK"));
            else
                label = QString::number(key);
            paintButton(pp, keyArea(key), label);
        }
    });
}

void AdminScene::paintMenu(QPainter &p) const
{
    struct Row
    {
        QString label;
        QString value;
    };
    const QList<Row> rows = {
        {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Network")), m_info.address},
        {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Serial No.")), m_info.serial},
        {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Versions")),
         screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "software %1 / firmware %2"))
             .arg(m_info.software, m_info.firmware)},
        {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Authentication strength")),
         screenText(
             QT_TRANSLATE_NOOP("ReaderStack::Screen", "Standard (fixed by national policy; cannot be changed)"))},
        {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Self-test")),
         m_info.selfTest.isEmpty() ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "not run")) : m_info.selfTest},
        {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "System > Power > Power linking")),
         m_info.powerLink ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "On"))
                          : screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Off"))},
    };
    for (int i = 0; i < int(rows.size()); ++i) {
        const QRect row(32, 104 + i * 80, 680, 64);
        p.setPen(Muted);
        p.setFont(screenFont(18));
        p.drawText(row.adjusted(0, 0, 0, -32), Qt::AlignLeft | Qt::AlignVCenter, rows.at(i).label);
        p.setPen(i == 3 ? Muted : Ink);
        p.setFont(screenFont(24, QFont::Bold));
        p.drawText(row.adjusted(0, 28, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(rows.at(i).value, Qt::ElideRight, row.width()));
    }
    paintButton(p, selfTestArea(), screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Run self-test")));
    paintButton(p, powerLinkArea(),
                m_info.powerLink ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Turn power linking off"))
                                 : screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Turn power linking on")));
}

} // namespace ReaderStack
