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
    <message>
        <source>The screen mirror of this card reader was interrupted. It restarts by itself; the card reader keeps working.</source>
        <translation>このカードリーダーの画面ミラーが中断しました。自動的に再開します。カードリーダーはそのまま使えます。</translation>
    </message>
    <message>
        <source>This card reader cannot show its screen on the console. Update the card reader software.</source>
        <translation>このカードリーダーは画面をコンソールに表示できません。カードリーダーのソフトウェアを更新してください。</translation>
    </message>
    <message>
        <source>The card in the tray is not a My Number card.</source>
        <translation>置かれたカードはマイナンバーカードではありません。</translation>
    </message>
    <message>
        <source>The card face could not be read. Place the card flat in the tray; if this repeats, clean the card camera&apos;s window.</source>
        <translation>カードの券面を読み取れませんでした。カードをトレイに平らに置いてください。繰り返す場合は、券面カメラの窓を清掃してください。</translation>
    </message>
    <message>
        <source>The card&apos;s chip did not answer as expected. Place the card again; if this repeats, collect logs and contact support.</source>
        <translation>カードのICチップが正しく応答しませんでした。カードを置き直してください。繰り返す場合は、ログを収集してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The card&apos;s chip did not accept the numbers read from the card face. Place the card again.</source>
        <translation>券面から読み取った番号をICチップが受け付けませんでした。カードを置き直してください。</translation>
    </message>
    <message>
        <source>The card&apos;s chip is locked after too many failed reads. The holder must have it unlocked at the municipal office.</source>
        <translation>照合に続けて失敗したため、カードのICチップがロックされました。ご本人がお住まいの市区町村の窓口でロックを解除する必要があります。</translation>
    </message>
    <message>
        <source>The PIN is incorrect.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong entries. The holder must have it reset at the municipal office.</source>
        <translation>暗証番号を続けて間違えたため、ロックされました。ご本人がお住まいの市区町村の窓口で再設定する必要があります。</translation>
    </message>
    <message>
        <source>The data on the card&apos;s chip could not be read. Place the card again.</source>
        <translation>カードのICチップの情報を読み取れませんでした。カードを置き直してください。</translation>
    </message>
    <message>
        <source>The numbers read from the card face are not valid. Place the card again.</source>
        <translation>券面から読み取った番号が正しくありません。カードを置き直してください。</translation>
    </message>
    <message>
        <source>The card-face reading component is missing or damaged. Reinstall the card reader software.</source>
        <translation>券面読み取りの部品が見つからないか壊れています。カードリーダーのソフトウェアを再インストールしてください。</translation>
    </message>
    <message>
        <source>The card camera delivered an unusable picture. If this repeats, collect logs and contact support.</source>
        <translation>券面カメラの画像を使用できませんでした。繰り返す場合は、ログを収集してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The log folder cannot be opened or written. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>ログのフォルダーを開けないか、書き込めません。ディスクの空き容量とフォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <source>The logs of one day are damaged or were written by a newer Madoguchi; they were set aside and are not shown.</source>
        <translation>ある日のログが壊れているか、新しいバージョンのMadoguchiで書かれています。別に保管し、表示していません。</translation>
    </message>
    <message>
        <source>Logs could not be saved. Check the free disk space.</source>
        <translation>ログを保存できませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The logs could not be searched. Try again; if this repeats, contact support.</source>
        <translation>ログを検索できませんでした。もう一度お試しください。繰り返す場合はサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The log search was cancelled.</source>
        <translation>ログの検索を取り消しました。</translation>
    </message>
    <message>
        <source>The logs could not be written to the archive. Check the free space at the destination.</source>
        <translation>ログを圧縮ファイルに書き込めませんでした。保存先の空き容量を確認してください。</translation>
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
    <message>
        <source>Reading your card</source>
        <translation>カードを読み取っています</translation>
    </message>
    <message>
        <source>Please do not remove the card.</source>
        <translation>カードを取らずにお待ちください。</translation>
    </message>
    <message>
        <source>Do you agree to share your medication information?</source>
        <translation>薬剤情報の提供に同意しますか？</translation>
    </message>
    <message>
        <source>Your doctor can then see the medicines you received in the last three years.</source>
        <translation>同意すると、過去3年間に処方されたお薬の情報を医師が確認できます。</translation>
    </message>
    <message>
        <source>The eligibility check is complete</source>
        <translation>資格確認が終了しました</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>カードをお取りください。</translation>
    </message>
    <message>
        <source>Please hold still</source>
        <translation>そのまま動かないでください</translation>
    </message>
    <message>
        <source>Consent to share information</source>
        <translation>情報提供の同意</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>同意しない</translation>
    </message>
    <message>
        <source>Face recognition</source>
        <translation>顔認証</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>カメラを見てください</translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation>カードの写真</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>エラーコード %1</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Please choose how to confirm your identity</source>
        <translation>本人確認の方法を選んでください</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>If face recognition does not work, you can always use your PIN.</source>
        <translation>顔認証ができない場合は、暗証番号でも確認できます。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>4桁の暗証番号を入力してください</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>残り回数：%1回</translation>
    </message>
    <message>
        <source>Cover the keypad with your hand so that nobody can see it.</source>
        <translation>周りの人に見えないよう、手で隠して入力してください。</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護されています</translation>
    </message>
    <message>
        <source>The My Number card could not be recognised</source>
        <translation>マイナンバーカードを認識できませんでした</translation>
    </message>
    <message>
        <source>Please place the card face up in the tray again.</source>
        <translation>カードの表面を上にして、もう一度置いてください。</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>マイナンバーカード以外のカードです</translation>
    </message>
    <message>
        <source>The card&apos;s IC chip could not be read</source>
        <translation>カードのICチップを読み取れませんでした</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>このカードはロックされています</translation>
    </message>
    <message>
        <source>Your PIN is locked</source>
        <translation>暗証番号がロックされています</translation>
    </message>
    <message>
        <source>The PIN can be reset at your city, town or village office.</source>
        <translation>暗証番号の再設定は、お住まいの市区町村の窓口で行えます。</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>時間切れです</translation>
    </message>
    <message>
        <source>Please take your card and try again.</source>
        <translation>カードを取り出して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your identity could not be confirmed</source>
        <translation>本人確認ができませんでした</translation>
    </message>
    <message>
        <source>Do you agree to share your health check results?</source>
        <translation>特定健診等の情報の提供に同意しますか？</translation>
    </message>
    <message>
        <source>Your doctor can then see the results of your specific health checkups.</source>
        <translation>同意すると、特定健診などの結果を医師が確認できます。</translation>
    </message>
    <message>
        <source>Do you agree to share your surgery information?</source>
        <translation>手術情報の提供に同意しますか？</translation>
    </message>
    <message>
        <source>Your doctor can then see the surgeries you had in the last five years.</source>
        <translation>同意すると、過去5年間の手術の情報を医師が確認できます。</translation>
    </message>
    <message>
        <source>Do you agree to share your medical care information?</source>
        <translation>診療情報の提供に同意しますか？</translation>
    </message>
    <message>
        <source>Your doctor can then see the care you received at other medical institutions.</source>
        <translation>同意すると、他の医療機関での診療の情報を医師が確認できます。</translation>
    </message>
    <message>
        <source>Do you agree to share all of this information?</source>
        <translation>これらの情報の提供にまとめて同意しますか？</translation>
    </message>
    <message>
        <source>Your doctor can then see your medication, health check and other care information.</source>
        <translation>同意すると、薬剤情報や特定健診などの情報を医師が確認できます。</translation>
    </message>
    <message>
        <source>Do you agree to share your high-cost medical care limit?</source>
        <translation>高額療養費制度の限度額情報の提供に同意しますか？</translation>
    </message>
    <message>
        <source>You then pay no more than your limit at the counter, without a limit certificate.</source>
        <translation>限度額適用認定証がなくても、窓口でのお支払いが限度額までになります。</translation>
    </message>
    <message>
        <source>The check was cancelled</source>
        <translation>資格確認を中止しました</translation>
    </message>
    <message>
        <source>Your card&apos;s electronic certificate has expired</source>
        <translation>電子証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>Your card&apos;s electronic certificate expires soon</source>
        <translation>電子証明書の有効期限が近づいています</translation>
    </message>
    <message>
        <source>Please renew it at your city, town or village office.</source>
        <translation>お住まいの市区町村の窓口で更新してください。</translation>
    </message>
    <message>
        <source>Face not recognised. Please use your PIN.</source>
        <translation>顔認証できませんでした。暗証番号をご利用ください。</translation>
    </message>
    <message>
        <source>A member of staff will check your identity</source>
        <translation>職員が本人確認を行います</translation>
    </message>
</context>
<context>
    <name>Views::LogFilterBar</name>
    <message>
        <source>Reader:</source>
        <translation>カードリーダー：</translation>
    </message>
    <message>
        <source>All readers</source>
        <translation>すべてのカードリーダー</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>From (Japan time)</source>
        <translation>開始（日本時間）</translation>
    </message>
    <message>
        <source>Until (Japan time, not included)</source>
        <translation>終了（日本時間、この時刻を含まない）</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
</context>
<context>
    <name>Views::LogTableModel</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Views::LogViewerPage</name>
    <message>
        <source>No more hits</source>
        <translation>これ以上見つかりません</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>日時：%1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>カードリーダー：%1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>レベル：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分類：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ：%1</translation>
    </message>
    <message>
        <source>Export logs as CSV</source>
        <translation>ログをCSVで書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Select the records first.</source>
        <translation>先に記録を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>%n 件をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n 件を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete logs</source>
        <translation>ログの削除</translation>
    </message>
    <message>
        <source>Delete every log record of %1 (Japan time)? This cannot be undone.</source>
        <translation>%1（日本時間）のログをすべて削除しますか？ 元に戻せません。</translation>
    </message>
    <message>
        <source>Deleted the logs of %1.</source>
        <translation>%1 のログを削除しました。</translation>
    </message>
    <message>
        <source>Search logs (Japanese words, codes such as 0x81000001)</source>
        <translation>ログを検索（日本語の語句、0x81000001 などのコード）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Show only hits</source>
        <translation>一致した行だけ表示</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>リアルタイム表示</translation>
    </message>
    <message>
        <source>Follow new records as they arrive; turn off to pause.</source>
        <translation>新しい記録を表示し続けます。オフにすると一時停止します。</translation>
    </message>
    <message>
        <source>Time to jump to (Japan time)</source>
        <translation>移動先の日時（日本時間）</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>日時へ移動</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVで書き出す…</translation>
    </message>
    <message>
        <source>Day whose logs to delete (Japan time)</source>
        <translation>ログを削除する日（日本時間）</translation>
    </message>
    <message>
        <source>Delete this day&apos;s logs…</source>
        <translation>この日のログを削除…</translation>
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
    <message>
        <source>Screen mirror</source>
        <translation>画面ミラー</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
</context>
<context>
    <name>Views::MirrorGridPage</name>
    <message>
        <source>Save screen snapshot</source>
        <translation>画面のスナップショットを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>The snapshot could not be saved: %1 (%2)</source>
        <translation>スナップショットを保存できませんでした：%1（%2）</translation>
    </message>
    <message>
        <source>Saved the screen of %1 to %2</source>
        <translation>%1 の画面を %2 に保存しました</translation>
    </message>
    <message>
        <source>Back to all readers</source>
        <translation>一覧に戻る</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>スナップショットを保存…</translation>
    </message>
    <message>
        <source>Show frame rate and delay</source>
        <translation>フレームレートと遅延を表示</translation>
    </message>
    <message>
        <source>No card reader is connected. Connect a card reader, or attach an emulated one from the Card readers menu.</source>
        <translation>カードリーダーが接続されていません。カードリーダーを接続するか、「カードリーダー」メニューからエミュレートしたリーダーを接続してください。</translation>
    </message>
    <message>
        <source>The card readers hide the PIN pad, the camera image and the card photo before sending their screen; the mirror only watches and cannot operate a reader.</source>
        <translation>カードリーダーは暗証番号の入力欄、カメラの映像、カードの写真を隠してから画面を送ります。画面ミラーは表示のみで、カードリーダーを操作することはできません。</translation>
    </message>
</context>
<context>
    <name>Views::MirrorView</name>
    <message>
        <source>Screen of card reader %1</source>
        <translation>カードリーダー %1 の画面</translation>
    </message>
    <message>
        <source>Waiting for the screen of %1…</source>
        <translation>%1 の画面を待っています…</translation>
    </message>
    <message>
        <source>%1 fps · %2 ms · paint %3 ms</source>
        <translation>%1 fps ・ 遅延 %2 ms ・ 描画 %3 ms</translation>
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
