// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/scene.h"

#include <QRect>
#include <QString>
#include <functional>

namespace ReaderStack {

// The reader's admin screen, opened by the corner taps: first the admin
// password on a number pad (dots only; the pad is private, so the mirror
// shows the protected block), then the menu: network information,
// versions, self-test, 認証強度 (shown, fixed by policy, not changeable) and
// システム → 電源設定 → 電源連動.
class AdminScene : public Scene
{
public:
    enum class Mode { Password, Menu };
    enum Key { Key0 = 0, Key1, Key2, Key3, Key4, Key5, Key6, Key7, Key8, Key9, KeyClear, KeyEnter };

    struct Info
    {
        QString serial;
        QString address;
        QString software;
        QString firmware;
        bool powerLink = false;
        QString selfTest; // empty until run
    };

    struct Actions
    {
        std::function<void(const QString &password)> submitPassword;
        std::function<void()> close;
        std::function<void()> runSelfTest;
        std::function<void()> togglePowerLink;
    };

    AdminScene(Info info, Actions actions);

    Mode mode() const { return m_mode; }
    // Returns the area to repaint.
    QRect showMenu();
    QRect setProblem(const QString &problem);
    QRect setInfo(const Info &info);
    int entered() const { return int(m_entered.size()); }

    void paint(ScreenCanvas &canvas) const override;
    bool hasPrivateContent() const override { return m_mode == Mode::Password; }
    void press(const QPoint &position) override;

    static QRect keyArea(int key);
    static QRect closeArea() { return QRect(824, 12, 180, 56); }
    static QRect selfTestArea() { return QRect(744, 330, 240, 56); }
    static QRect powerLinkArea() { return QRect(744, 410, 240, 56); }
    static QRect padArea() { return QRect(312, 150, 400, 420); }

private:
    void paintPassword(ScreenCanvas &canvas) const;
    void paintMenu(QPainter &p) const;

    Info m_info;
    Actions m_actions;
    Mode m_mode = Mode::Password;
    QString m_entered;
    QString m_problem;
};

} // namespace ReaderStack
