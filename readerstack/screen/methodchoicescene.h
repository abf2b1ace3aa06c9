// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/flowscene.h"

#include <functional>
#include <optional>

namespace ReaderStack {

enum class VerificationMethod { Face, Pin };

// 本人確認の方法: the patient chooses 顔認証 (face) or 暗証番号 (PIN).
class MethodChoiceScene : public FlowScene
{
public:
    explicit MethodChoiceScene(std::function<void(VerificationMethod)> chosen = {});

    static QRect buttonArea(VerificationMethod method);
    // The button shown pressed (finger down), or none.
    QRect setPressed(std::optional<VerificationMethod> method);
    void press(const QPoint &position) override;

protected:
    void paintBody(ScreenCanvas &canvas) const override;

private:
    std::function<void(VerificationMethod)> m_chosen;
    std::optional<VerificationMethod> m_pressed;
};

} // namespace ReaderStack
