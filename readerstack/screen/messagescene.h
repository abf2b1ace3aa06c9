// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/flowscene.h"

namespace ReaderStack {

// A screen that tells the patient something: work in progress (a turning
// spinner: 読み取り中), the end of the check (資格確認終了) or an error with
// its code (001, 002, …) in large type, so staff can read it out to support.
class MessageScene : public FlowScene
{
public:
    enum class Kind { Busy, Done, Notice, Error };

    MessageScene(Kind kind, QString title, QString headline, QString detail, QString code = {});

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    // 0..1 of one turn of the spinner (Busy only).
    QRect setSpinnerPhase(qreal phase);
    static QRect spinnerArea() { return QRect(452, 120, 120, 120); }

protected:
    void paintBody(ScreenCanvas &canvas) const override;

private:
    Kind m_kind;
    QString m_headline;
    QString m_detail;
    QString m_code;
    qreal m_phase = 0;
};

} // namespace ReaderStack
