// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/flowscene.h"

#include <functional>
#include <optional>

namespace ReaderStack {

// One consent question (薬剤情報, 特定健診, 手術, 診療, all at once, or
// 高額療養費 限度額): what is asked, and 同意する / 同意しない.
class ConsentScene : public FlowScene
{
public:
    ConsentScene(QString question, QString explanation, std::function<void(bool agreed)> answered = {});

    static QRect buttonArea(bool agree);
    QRect setPressed(std::optional<bool> agree);
    void press(const QPoint &position) override;

protected:
    void paintBody(ScreenCanvas &canvas) const override;

private:
    QString m_question;
    QString m_explanation;
    std::function<void(bool)> m_answered;
    std::optional<bool> m_pressed;
};

} // namespace ReaderStack
