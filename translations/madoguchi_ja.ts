<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DeviceLink::Error</name>
    <message>
        <source>The card reader sent more data than allowed. The connection was reset; if this repeats, collect logs and contact support.</source>
        <translation>カードリーダーから許容量を超えるデータを受信したため、接続をやり直しました。繰り返し発生する場合は、ログを収集してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The connection ended in the middle of a message. Check the USB cable.</source>
        <translation>通信の途中で接続が切れました。USBケーブルを確認してください。</translation>
    </message>
    <message>
        <source>The card reader sent data this console cannot read. The connection was reset; if this repeats, collect logs and contact support.</source>
        <translation>カードリーダーから読み取れないデータを受信したため、接続をやり直しました。繰り返し発生する場合は、ログを収集してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The card reader does not support this operation. Update the card reader software.</source>
        <translation>カードリーダーがこの操作に対応していません。カードリーダーソフトを更新してください。</translation>
    </message>
    <message>
        <source>The card reader software and this console are not compatible. Update both to the latest version.</source>
        <translation>カードリーダーソフトとこのコンソールの組み合わせに互換性がありません。両方を最新版に更新してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the card reader. Check that it is switched on and that the USB cable is connected.</source>
        <translation>カードリーダーに接続できません。カードリーダーの電源が入っていること、USBケーブルが接続されていることを確認してください。</translation>
    </message>
    <message>
        <source>A secure connection to the card reader could not be established.</source>
        <translation>カードリーダーとの暗号化通信を確立できませんでした。</translation>
    </message>
    <message>
        <source>The card reader&apos;s certificate does not match the one registered. If the reader was replaced or initialised, delete it from the list and register it again.</source>
        <translation>カードリーダーの証明書が登録時のものと一致しません。カードリーダーを交換または初期化した場合は、一覧から削除して登録し直してください。</translation>
    </message>
    <message>
        <source>This card reader is not registered to this console. Register it first.</source>
        <translation>このカードリーダーはこのコンソールに登録されていません。先に登録してください。</translation>
    </message>
    <message>
        <source>This card reader is registered to another console. Initialise its registration on the reader&apos;s admin screen before registering it here.</source>
        <translation>このカードリーダーは別のコンソールに登録されています。カードリーダーの管理者画面で登録を初期化してから、ここで登録してください。</translation>
    </message>
    <message>
        <source>The card reader stopped answering. Check the USB cable and that the reader is switched on.</source>
        <translation>カードリーダーから応答がなくなりました。USBケーブルとカードリーダーの電源を確認してください。</translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Try again.</source>
        <translation>カードリーダーから時間内に応答がありませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the card reader was lost. It reconnects by itself.</source>
        <translation>カードリーダーとの接続が切れました。自動的に再接続します。</translation>
    </message>
    <message>
        <source>The network port is already in use by another program. Close the other program or choose another port.</source>
        <translation>通信ポートが他のプログラムで使用されています。他のプログラムを終了するか、別のポートを指定してください。</translation>
    </message>
    <message>
        <source>The card reader at this address reports a different serial number than expected.</source>
        <translation>このアドレスのカードリーダーは、想定と異なるシリアル番号を報告しています。</translation>
    </message>
    <message>
        <source>The console presented no certificate, so the card reader cannot be registered to it.</source>
        <translation>コンソールが証明書を提示しなかったため、カードリーダーを登録できません。</translation>
    </message>
    <message>
        <source>Card readers cannot be searched for automatically because the discovery port is in use. Add readers by address instead.</source>
        <translation>検出用のポートが使用中のため、カードリーダーを自動で検出できません。アドレスを指定して追加してください。</translation>
    </message>
    <message>
        <source>This operation is not possible in the card reader&apos;s current state.</source>
        <translation>カードリーダーの現在の状態では、この操作はできません。</translation>
    </message>
    <message>
        <source>The card reader cannot write its settings. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>カードリーダーが設定を保存できません。ディスクの空き容量とフォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <source>The card reader&apos;s saved settings were damaged and have been reset. Check its settings and registration.</source>
        <translation>カードリーダーの保存済み設定が破損していたため、初期化しました。設定と登録を確認してください。</translation>
    </message>
    <message>
        <source>The stored certificate or key is damaged. A new one was created; the reader must be registered again.</source>
        <translation>保存されていた証明書または鍵が破損していたため、新しく作成しました。カードリーダーを登録し直す必要があります。</translation>
    </message>
    <message>
        <source>A value was out of range or malformed.</source>
        <translation>値が範囲外か、形式が正しくありません。</translation>
    </message>
    <message>
        <source>The console&apos;s settings database could not be read or written. Check the free disk space.</source>
        <translation>コンソールの設定データベースを読み書きできませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The emulated card reader component could not be loaded. Reinstall Madoguchi.</source>
        <translation>エミュレートしたカードリーダーの部品を読み込めませんでした。窓口を再インストールしてください。</translation>
    </message>
    <message>
        <source>No card reader with this serial number is known.</source>
        <translation>このシリアル番号のカードリーダーは登録されていません。</translation>
    </message>
    <message>
        <source>The card reader reported error %1. Collect logs and contact support.</source>
        <translation>カードリーダーがエラー(%1)を報告しました。ログを収集してサポートにお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>DeviceLink::ReaderCommand</name>
    <message>
        <source>Start</source>
        <comment>start the card reader (起動)</comment>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the card reader (終了)</comment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Close reception</source>
        <comment>stop accepting patients (受付終了)</comment>
        <translation>受付終了</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>refresh the information (更新)</comment>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>DeviceLink::ReaderRegistry</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日 %2時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間 %2分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分 %2秒</translation>
    </message>
    <message>
        <source>Registered to another console</source>
        <translation>他のコンソールに登録済み</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <comment>エラー(L203)</comment>
        <translation>エラー(%1)</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアルNo.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>カードリーダーソフト</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
</context>
<context>
    <name>DeviceLink::ReaderState</name>
    <message>
        <source>Waiting for connection</source>
        <translation>接続待ち</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Reception closed</source>
        <translation>受付終了</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>ReaderStack::Screen</name>
    <message>
        <source>Please place your My Number card</source>
        <translation>マイナンバーカードを置いてください</translation>
    </message>
    <message>
        <source>Place the card face up in the tray.</source>
        <translation>カードの表面を上にして、トレイに置いてください。</translation>
    </message>
    <message>
        <source>Reception has closed</source>
        <translation>受付を終了しました</translation>
    </message>
    <message>
        <source>Please ask at the reception desk.</source>
        <translation>窓口にお声がけください。</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>更新中です</translation>
    </message>
    <message>
        <source>Do not switch off the card reader.</source>
        <translation>カードリーダーの電源を切らないでください。</translation>
    </message>
    <message>
        <source>An error has occurred</source>
        <translation>エラーが発生しました</translation>
    </message>
    <message>
        <source>Error code: %1. Please ask at the reception desk.</source>
        <translation>エラーコード：%1&#x3000;窓口にお声がけください。</translation>
    </message>
    <message>
        <source>Waiting for connection</source>
        <translation>接続を待っています</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Health insurance check</source>
        <translation>保険資格の確認</translation>
    </message>
    <message>
        <source>Software %1</source>
        <translation>ソフトウェア %1</translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Madoguchi — card reader console</source>
        <translation>窓口 — カードリーダー管理</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Card &amp;readers</source>
        <translation>カードリーダー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <comment>最新の情報に更新</comment>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Add by &amp;address…</source>
        <translation>アドレスを指定して追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach &amp;emulated reader…</source>
        <translation>エミュレートしたリーダーを接続(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Madoguchi</source>
        <translation>窓口について(&amp;A)</translation>
    </message>
    <message>
        <source>Running %1 · Stopped %2 · Closed %3 · Waiting %4 · Error %5</source>
        <translation>稼働中 %1台 ・ 停止中 %2台 ・ 受付終了 %3台 ・ 接続待ち %4台 ・ エラー %5台</translation>
    </message>
    <message numerus="yes">
        <source>%n not registered</source>
        <translation>
            <numerusform>未登録 %n台</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach emulated reader</source>
        <translation>エミュレートしたリーダーを接続</translation>
    </message>
    <message>
        <source>The emulated card reader could not be attached: %1 (%2)</source>
        <translation>エミュレートしたカードリーダーを接続できませんでした：%1 (%2)</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>%1 を接続しました</translation>
    </message>
    <message>
        <source>Number of emulated card readers to attach:</source>
        <translation>接続するエミュレートしたカードリーダーの台数：</translation>
    </message>
    <message>
        <source>Add card reader by address</source>
        <translation>アドレスを指定してカードリーダーを追加</translation>
    </message>
    <message>
        <source>Address and port of the card reader (for example 192.168.250.2:45455):</source>
        <translation>カードリーダーのアドレスとポート（例：192.168.250.2:45455）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address and port. Write it like 192.168.250.2:45455.</source>
        <translation>「%1」はアドレスとポートの形式ではありません。192.168.250.2:45455 のように入力してください。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>About Madoguchi</source>
        <translation>窓口について</translation>
    </message>
    <message>
        <source>Madoguchi %1
Console for face-authentication My Number card readers.

Console certificate: %2

Card readers (software / firmware):
%3</source>
        <translation>窓口 %1
顔認証付きカードリーダーの管理コンソール

コンソール証明書：%2

カードリーダー（カードリーダーソフト / ファームウェア）：
%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Madoguchi keeps watching the card readers in the task tray. Use Quit in its menu to end it.</source>
        <translation>窓口はタスクトレイでカードリーダーの監視を続けます。終了するにはタスクトレイのメニューから「窓口を終了」を選んでください。</translation>
    </message>
</context>
<context>
    <name>Views::ReaderDetailPanel</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>カードリーダーソフト</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Select a card reader in the list.</source>
        <translation>一覧からカードリーダーを選択してください。</translation>
    </message>
    <message>
        <source>Serial No. %1</source>
        <translation>シリアルNo. %1</translation>
    </message>
    <message>
        <source>Registered to this console</source>
        <translation>このコンソールに登録済み</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>This card reader is not registered. Check that the serial number matches the sticker on the reader, then press Register.</source>
        <translation>このカードリーダーは登録されていません。シリアル番号が本体シールの番号と一致することを確認してから「登録」を押してください。</translation>
    </message>
    <message>
        <source>The console cannot reach this card reader. Check that it is switched on and its USB cable is connected. It reconnects by itself.</source>
        <translation>カードリーダーに接続できません。電源が入っていること、USBケーブルが接続されていることを確認してください。接続できしだい自動で再接続します。</translation>
    </message>
    <message>
        <source>The card reader is stopped. Press Start to accept patients.</source>
        <translation>カードリーダーは停止中です。受付を始めるには「起動」を押してください。</translation>
    </message>
</context>
<context>
    <name>Views::ReaderListPage</name>
    <message>
        <source>Refreshing the card reader information…</source>
        <translation>カードリーダーの情報を更新しています…</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <comment>最新の情報に更新</comment>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Look for card readers again and refresh their information.</source>
        <translation>カードリーダーを探し直し、情報を最新にします。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>起動</comment>
        <translation>起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected card reader so that it accepts patients.</source>
        <translation>選択したカードリーダーを起動し、受付を始めます。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>終了</comment>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the selected card reader.</source>
        <translation>選択したカードリーダーを終了します。</translation>
    </message>
    <message>
        <source>&amp;Close reception</source>
        <comment>受付終了</comment>
        <translation>受付終了(&amp;C)</translation>
    </message>
    <message>
        <source>Stop accepting patients on the selected card reader.</source>
        <translation>選択したカードリーダーの受付を終了します。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <comment>更新</comment>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the selected card reader&apos;s state and versions again.</source>
        <translation>選択したカードリーダーの状態とバージョンを読み直します。</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>登録(&amp;G)…</translation>
    </message>
    <message>
        <source>Register the selected card reader to this console.</source>
        <translation>選択したカードリーダーをこのコンソールに登録します。</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected card reader from this console.</source>
        <translation>選択したカードリーダーをこのコンソールから削除します。</translation>
    </message>
    <message>
        <source>No card reader found</source>
        <translation>カードリーダーが見つかりません</translation>
    </message>
    <message>
        <source>Check that the card reader is switched on and that its USB cable is connected to this PC. A reader that was just connected appears here within a few seconds.

Without a card reader you can attach an emulated one to try Madoguchi.</source>
        <translation>カードリーダーの電源が入っていること、USBケーブルがこのPCに接続されていることを確認してください。接続したカードリーダーは数秒でここに表示されます。

カードリーダーがない場合は、エミュレートしたリーダーを接続して窓口を試せます。</translation>
    </message>
    <message>
        <source>&amp;Attach emulated reader</source>
        <translation>エミュレートしたリーダーを接続(&amp;A)</translation>
    </message>
    <message>
        <source>Add by a&amp;ddress…</source>
        <translation>アドレスを指定して追加(&amp;D)…</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1：%2しています…</translation>
    </message>
    <message>
        <source>%1 could not be done on %2: %3 (%4)</source>
        <translation>%2 で「%1」を実行できませんでした：%3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1：%2に失敗しました (%3)</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1：%2しました</translation>
    </message>
    <message>
        <source>Register this card reader to this console?

Serial No.: %1
Address: %2

Check that the serial number matches the sticker on the card reader. From now on this console accepts this card reader only with its present certificate.</source>
        <translation>このカードリーダーをこのコンソールに登録しますか？

シリアルNo.：%1
アドレス：%2

シリアル番号がカードリーダー本体のシールと一致することを確認してください。登録後は、現在の証明書を持つこのカードリーダーだけを受け入れます。</translation>
    </message>
    <message>
        <source>Register card reader</source>
        <translation>カードリーダーの登録</translation>
    </message>
    <message>
        <source>%1 could not be registered: %2 (%3)</source>
        <translation>%1 を登録できませんでした：%2 (%3)</translation>
    </message>
    <message>
        <source>%1 is registered. Press Start to accept patients.</source>
        <translation>%1 を登録しました。受付を始めるには「起動」を押してください。</translation>
    </message>
    <message>
        <source>Remove card reader %1 from this console?

Its registration is cancelled. To use it again, it must be registered again.</source>
        <translation>カードリーダー %1 をこのコンソールから削除しますか？

登録が解除されます。再び使うには、登録し直す必要があります。</translation>
    </message>
    <message>
        <source>Remove card reader</source>
        <translation>カードリーダーの削除</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>Views::ReaderTrayIcon</name>
    <message>
        <source>Madoguchi</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>No card reader found</source>
        <translation>カードリーダーが見つかりません</translation>
    </message>
    <message>
        <source>&amp;Open console</source>
        <translation>窓口を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit Madoguchi</source>
        <translation>窓口を終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Madoguchi</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>The settings database cannot be used:
%1

Madoguchi can keep the damaged file aside and start with empty settings. Registered card readers must then be registered again.

Start with empty settings?</source>
        <translation>設定データベースを使用できません：
%1

破損したファイルを別名で保存し、空の設定で起動できます。その場合、カードリーダーは登録し直す必要があります。

空の設定で起動しますか？</translation>
    </message>
    <message>
        <source>Madoguchi cannot start: %1 (%2)

%3</source>
        <translation>窓口を起動できません：%1 (%2)

%3</translation>
    </message>
</context>
</TS>
