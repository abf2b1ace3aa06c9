// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/charts/demousage.h"

#include "app/charts/usagestatistics.h"
#include "app/logs/logstore.h"

#include <QRandomGenerator>

#include <cmath>

namespace Console {

using namespace Qt::StringLiterals;

int seedDemoLogs(LogStore &store, const QStringList &serials, int days, qint64 nowUtcMs)
{
    QRandomGenerator random(20261202);
    // Patients per hour of a clinic day (08:00–18:00), busiest mid-morning.
    static const int perHour[24] = {0, 0, 0, 0, 0, 0, 0, 0, 6, 11, 12, 9, 4, 3, 7, 8, 6, 4, 0, 0, 0, 0, 0, 0};
    const qint64 today = logDayNumber(nowUtcMs);
    QList<LogRecord> records;
    for (qint64 day = today - days + 1; day <= today; ++day) {
        for (qsizetype r = 0; r < serials.size(); ++r) {
            const QString &serial = serials.at(r);
            for (int hour = 0; hour < 24; ++hour) {
                const int count = perHour[hour] * (2 + int(r % 3)) / 3 + int(random.bounded(3)) - 1;
                for (int i = 0; i < count; ++i) {
                    UsageEvent event;
                    event.timeMs = logDayStartMs(day) + hour * 3600000LL + qint64(random.bounded(3600000));
                    if (event.timeMs > nowUtcMs)
                        continue;
                    event.serial = serial;
                    const int pick = int(random.bounded(100));
                    event.method = pick < 72 ? u"face"_s : pick < 96 ? u"pin"_s : u"visual"_s;
                    const int outcome = int(random.bounded(100));
                    event.result = outcome < 91 ? u"success"_s
                        : outcome < 94          ? u"failure"_s
                        : outcome < 97          ? u"timeout"_s
                                                : u"card-removed"_s;
                    if (event.result == u"failure"_s)
                        event.code = event.method == u"pin"_s ? u"005"_s : u"007"_s;
                    else if (event.result == u"timeout"_s)
                        event.code = u"006"_s;
                    if (event.method == u"face"_s && event.result == u"success"_s) {
                        // Mostly 2–4 s; a slow tail past the 5 s requirement.
                        const double u = random.generateDouble();
                        event.faceToEndMs = qint64(1800 + 1400 * u + (u > 0.93 ? 3000 * random.generateDouble() : 0));
                    }
                    records.append(event.toRecord());
                    if (event.result != u"success"_s) {
                        LogRecord line;
                        line.timeMs = event.timeMs - 200;
                        line.source = serial;
                        line.level = LogLevel::Warning;
                        line.category = event.method == u"pin"_s ? u"chip"_s : u"flow"_s;
                        line.code = event.code;
                        line.message = event.method == u"pin"_s ? u"暗証番号の照合に失敗しました (残り回数 %1)"_s.arg(2)
                                                               : u"顔認証に失敗しました。照合スコアが閾値未満です"_s;
                        records.append(line);
                    } else if (event.method == u"face"_s) {
                        LogRecord line;
                        line.timeMs = event.timeMs - 300;
                        line.source = serial;
                        line.category = u"flow"_s;
                        line.message = u"顔認証に成功しました (スコア 0.%1, %2 ms)"_s.arg(random.bounded(80, 99))
                                           .arg(random.bounded(400, 1400));
                        records.append(line);
                    }
                }
            }
            LogRecord timeout;
            timeout.timeMs = logDayStartMs(day) + 10 * 3600000LL + qint64(random.bounded(3600000));
            if (timeout.timeMs <= nowUtcMs) {
                timeout.source = serial;
                timeout.level = LogLevel::Error;
                timeout.category = u"online"_s;
                timeout.code = u"0x81000001"_s;
                timeout.message = u"オンライン資格確認サーバーへの接続がタイムアウトしました (%1 ms)"_s.arg(3000);
                records.append(timeout);
            }
        }
    }
    std::sort(records.begin(), records.end(), [](const LogRecord &a, const LogRecord &b) { return a.timeMs < b.timeMs; });
    const int appended = int(records.size());
    store.append(std::move(records));
    return appended;
}

} // namespace Console
