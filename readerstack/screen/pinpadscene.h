// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/flowscene.h"

#include <functional>

namespace ReaderStack {

// 暗証番号 entry: four slots that fill as digits are entered (never the
// digits themselves), a keypad with 訂正 (clear) and 確定 (confirm), and the
// tries left. The slots and the keypad, with whichever key is pressed, are
// private: the mirror shows the protected block over them.
class PinPadScene : public FlowScene
{
public:
    enum Key { Key0 = 0, Key1, Key2, Key3, Key4, Key5, Key6, Key7, Key8, Key9, KeyClear, KeyConfirm, NoKey = -1 };
    static constexpr int PinLength = 4;

    explicit PinPadScene(std::function<void(int key)> keyPressed = {});

    QRect setEntered(int count);
    QRect setPressedKey(int key);
    QRect setTriesLeft(int tries);
    int entered() const { return m_entered; }

    bool hasPrivateContent() const override { return true; }
    void press(const QPoint &position) override;

    static QRect privateArea() { return QRect(300, 84, 424, 472); }
    static QRect keyArea(int key);

protected:
    void paintBody(ScreenCanvas &canvas) const override;

private:
    std::function<void(int)> m_keyPressed;
    int m_entered = 0;
    int m_pressed = NoKey;
    int m_tries = 3;
};

} // namespace ReaderStack
