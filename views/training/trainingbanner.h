// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Views {

// The strip across the top of the main window while the training mode is
// on, in a colour no reader state uses, so nobody takes a console full of
// practice faults for the real reception. It only says so and offers the
// way out; the window decides when it shows.
class TrainingBanner : public QWidget {
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget *parent = nullptr);

    // The banner's colours, for the window's other training marks.
    static void applyColours(QWidget *widget);

Q_SIGNALS:
    void endRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_end;
};

} // namespace Views
