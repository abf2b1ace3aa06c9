<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Console::ErrorCatalogue</name>
    <message>
        <source>The reader could not recognise the My Number card&apos;s face.</source>
        <translation>カードリーダーがマイナンバーカードの券面を認識できませんでした。</translation>
    </message>
    <message>
        <source>Ask the patient to place the card face up in the tray again, out of its clear sleeve. If it keeps happening with several cards, clean the card camera.</source>
        <translation>透明な包装袋から出して、券面を上にしてもう一度置いていただいてください。複数のカードで続く場合は、券面読み取りカメラを清掃してください。</translation>
    </message>
    <message>
        <source>The card in the tray is not a My Number card.</source>
        <translation>置かれたカードはマイナンバーカードではありません。</translation>
    </message>
    <message>
        <source>Ask the patient for the My Number card.</source>
        <translation>マイナンバーカードを置いていただいてください。</translation>
    </message>
    <message>
        <source>The card&apos;s IC chip could not be read.</source>
        <translation>カードのICチップを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Have the card placed again. If other cards read, this card&apos;s chip may be damaged: the patient can ask the city office.</source>
        <translation>カードをもう一度置いていただいてください。ほかのカードは読める場合、このカードのICチップが傷んでいる可能性があります。患者様は市区町村の窓口にご相談いただけます。</translation>
    </message>
    <message>
        <source>The card is locked after too many failed reads.</source>
        <translation>読み取りの失敗が続いたため、カードがロックされています。</translation>
    </message>
    <message>
        <source>The card cannot be used here any more: the patient has it unlocked at the city office. Check eligibility another way for today.</source>
        <translation>このカードはここでは使用できません。患者様に市区町村の窓口でロックを解除していただきます。本日は別の方法で資格確認を行ってください。</translation>
    </message>
    <message>
        <source>The PIN is locked after three wrong entries.</source>
        <translation>暗証番号を3回間違えたため、ロックされています。</translation>
    </message>
    <message>
        <source>Face authentication still works. The PIN itself is reset at the city office.</source>
        <translation>顔認証は引き続き使用できます。暗証番号の再設定は市区町村の窓口で行います。</translation>
    </message>
    <message>
        <source>Time ran out on one of the screens.</source>
        <translation>画面の操作が時間内に終わりませんでした。</translation>
    </message>
    <message>
        <source>Ask the patient to take the card and start again. If the face check keeps timing out, see the face authentication flow (distance 30–50 cm, light, mask).</source>
        <translation>カードを取り、最初からやり直していただいてください。顔認証のタイムアウトが続く場合は、顔認証のトラブルシューティングをご覧ください（距離30～50cm、明るさ、マスク）。</translation>
    </message>
    <message>
        <source>Staff did not confirm the patient&apos;s identity by sight.</source>
        <translation>職員による目視確認で本人確認ができませんでした。</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity, then let them try again.</source>
        <translation>患者様の本人確認を行ってから、もう一度お試しいただいてください。</translation>
    </message>
    <message>
        <source>ネットワークエラー: the network beyond the PC is down.</source>
        <translation>ネットワークエラー：PCから先のネットワークにつながっていません。</translation>
    </message>
    <message>
        <source>Check the PC&apos;s connection to the online eligibility network (オンライン請求ネットワーク).</source>
        <translation>PCとオンライン請求ネットワークの接続を確認してください。</translation>
    </message>
</context>
<context>
    <name>Console::OnboardingChecks</name>
    <message>
        <source>Remote desktop</source>
        <translation>リモートデスクトップ</translation>
    </message>
    <message>
        <source>Other vendors&apos; card reader software</source>
        <translation>他社製カードリーダーのソフトウェア</translation>
    </message>
    <message>
        <source>PC sleep</source>
        <translation>PCのスリープ</translation>
    </message>
    <message>
        <source>Address overlap with other networks</source>
        <translation>他のネットワークとのアドレスの重なり</translation>
    </message>
    <message>
        <source>USB hub or always-powered port</source>
        <translation>USBハブ・常時給電ポート</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Work at the PC itself, not over remote desktop: the card readers and their USB network adapters are seen only on the PC they are plugged into.</source>
        <translation>リモートデスクトップではなく、資格確認端末（PC）の前で直接操作してください。カードリーダーとそのUSBネットワークアダプターは、接続されているPCでしか見えません。</translation>
    </message>
    <message>
        <source>Uninstall other vendors&apos; card reader software from this PC; it can take over the card reader&apos;s USB network link.</source>
        <translation>このPCから他社製カードリーダーのソフトウェアをアンインストールしてください。カードリーダーのUSBネットワーク接続を妨げることがあります。</translation>
    </message>
    <message>
        <source>Turn sleep off in the PC&apos;s power settings. While the PC sleeps the card readers lose their link and show 「接続を待っています」.</source>
        <translation>PCの電源設定でスリープを無効にしてください。PCがスリープするとカードリーダーの接続が切れ、「接続を待っています」と表示されます。</translation>
    </message>
    <message>
        <source>The card reader&apos;s network overlaps another network of the clinic. Ask your network administrator to change the other network&apos;s addresses.</source>
        <translation>カードリーダーのネットワークが院内の他のネットワークと重なっています。ネットワーク担当者に、他のネットワークのアドレスの変更を依頼してください。</translation>
    </message>
    <message>
        <source>Plug the card reader straight into a USB port of the PC, without a hub, USB repeater cable or powered hub, and not into a port that stays powered while the PC is off (電源連動 needs it).</source>
        <translation>カードリーダーはUSBハブ・USBリピーターケーブル・電源付きHUBを使わず、PCのUSBポートに直接接続してください。PCの電源が切れても給電が続くポートには接続しないでください（電源連動に必要です）。</translation>
    </message>
    <message>
        <source>Two or more card readers need a licence for each further reader. Add the licence file you received (設定 → ライセンス).</source>
        <translation>2台以上のカードリーダーを接続するには、追加する台数分のライセンスが必要です。受け取ったライセンスファイルを追加してください（設定 → ライセンス）。</translation>
    </message>
    <message>
        <source>Are you working at this PC itself (not over remote desktop)?</source>
        <translation>このPCの前で直接操作していますか（リモートデスクトップではない）？</translation>
    </message>
    <message>
        <source>Have you checked that no other vendor&apos;s card reader software is installed on this PC?</source>
        <translation>このPCに他社製のカードリーダーのソフトウェアが入っていないことを確認しましたか？</translation>
    </message>
    <message>
        <source>Is sleep turned off on the PC?</source>
        <translation>資格確認端末（PC）のスリープ機能は無効になっていますか？</translation>
    </message>
    <message>
        <source>Has your network administrator confirmed that the reader&apos;s IP address does not overlap another network of the clinic?</source>
        <translation>CaoraのIPアドレスは院内の他のネットワークと重なっていませんか（ネットワーク担当者に確認済み）？</translation>
    </message>
    <message>
        <source>Is the reader plugged straight into a USB port of the PC, without a hub?</source>
        <translation>CaoraはUSBハブを使わず、資格確認端末（PC）のUSBポートに直接接続されていますか？</translation>
    </message>
    <message>
        <source>Do you have licences for all connected readers? (Two or more readers need an additional licence.)</source>
        <translation>接続しているCaoraの台数分のライセンスがありますか？（2台以上の接続には追加のライセンスが必要です）</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>check passed</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>check failed</comment>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Cannot tell here</source>
        <comment>check the PC cannot make</comment>
        <translation>ここでは確認できません</translation>
    </message>
</context>
<context>
    <name>Console::OnboardingSummary</name>
    <message>
        <source>Madoguchi setup record</source>
        <translation>窓口 導入記録</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <source>Console: Madoguchi %1</source>
        <translation>コンソール: 窓口 %1</translation>
    </message>
    <message>
        <source>Environment checks</source>
        <translation>環境の確認</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>(answered by the user)</source>
        <translation>（利用者の回答）</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>No card reader was found.</source>
        <translation>カードリーダーは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>カードリーダーソフトのバージョン</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>ファームウェアのバージョン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Screen message</source>
        <translation>画面メッセージ</translation>
    </message>
    <message>
        <source>Power linking (電源連動)</source>
        <translation>電源連動</translation>
    </message>
    <message>
        <source>%1 (emulated)</source>
        <translation>%1（エミュレーター）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>(the message for all card readers)</source>
        <translation>（全カードリーダー共通のメッセージ）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Start-up delay (起動待ち時間)</source>
        <translation>起動待ち時間</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Screen message for all card readers</source>
        <translation>全カードリーダー共通の画面メッセージ</translation>
    </message>
    <message>
        <source>Licensed card readers</source>
        <translation>ライセンスのあるカードリーダーの台数</translation>
    </message>
    <message>
        <source>Test patient</source>
        <translation>テスト患者</translation>
    </message>
    <message>
        <source>completed (資格確認終了)</source>
        <translation>完了（資格確認終了）</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This record holds no personal data and no passwords: only whether each card reader has a login name.</source>
        <translation>この記録には個人情報もパスワードも含まれません。ログイン名は登録の有無だけを記載しています。</translation>
    </message>
</context>
<context>
    <name>Console::VersionReport</name>
    <message>
        <source>%1 (%2): software %3, firmware %4</source>
        <translation>%1 (%2): ソフトウェア %3、ファームウェア %4</translation>
    </message>
    <message>
        <source>Madoguchi console %1
Console certificate: %2

Card readers:
%3</source>
        <translation>Madoguchi コンソール %1
コンソールの証明書: %2

カードリーダー:
%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
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
    <message>
        <source>No patient is waiting for a visual check at this card reader any more: the card was removed or the time ran out.</source>
        <translation>このカードリーダーで目視確認を待っている患者さんはもういません（カードが取り外されたか、時間切れです）。</translation>
    </message>
    <message>
        <source>The card reader cannot open its log folder. Check the free space and permissions of the reader&apos;s state folder, then restart the reader.</source>
        <translation>カードリーダーがログのフォルダーを開けません。カードリーダーの状態フォルダーの空き容量と権限を確認してから、カードリーダーを再起動してください。</translation>
    </message>
    <message>
        <source>The card reader could not save a log record. Check the free space of the reader&apos;s state folder.</source>
        <translation>カードリーダーがログを保存できませんでした。カードリーダーの状態フォルダーの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The console received log records it cannot read from a card reader. Update the reader&apos;s software to the console&apos;s version; the records stay on the reader and are fetched again.</source>
        <translation>カードリーダーから読み取れないログを受信しました。カードリーダーのソフトウェアをコンソールと同じバージョンに更新してください。ログはカードリーダーに残り、あらためて取得されます。</translation>
    </message>
    <message>
        <source>A login name for face authentication starts with F0 (capital F and the digit zero). Enter the login name the clinic created.</source>
        <translation>顔認証用のログイン名は F0（大文字のエフと数字のゼロ）で始まります。医療機関で作成したログイン名を入力してください。</translation>
    </message>
    <message>
        <source>A login name has 6 to 20 characters, F0 included. Check the login name the clinic created.</source>
        <translation>ログイン名は F0 を含めて6〜20文字です。医療機関で作成したログイン名を確認してください。</translation>
    </message>
    <message>
        <source>A login name contains only half-width letters A-Z, a-z and digits 0-9, without spaces. Check the login name the clinic created.</source>
        <translation>ログイン名に使えるのは半角英字（A-Z、a-z）と数字（0-9）だけで、空白は使えません。医療機関で作成したログイン名を確認してください。</translation>
    </message>
    <message>
        <source>This login name is already registered to another card reader. Each card reader needs a login name of its own: create another one, or delete the other reader&apos;s registration first.</source>
        <translation>このログイン名はすでに別のカードリーダーに登録されています。カードリーダーごとに別のログイン名が必要です。別のログイン名を作成するか、先にもう一方のカードリーダーの登録を削除してください。</translation>
    </message>
    <message>
        <source>This card reader is already registered to a login name. To change it, delete its registration first, then register it again.</source>
        <translation>このカードリーダーはすでにログイン名に登録されています。変更するには、先に登録を削除してから、あらためて登録してください。</translation>
    </message>
    <message>
        <source>Enter the password of the login name: 1 to 128 characters, without line breaks or tabs.</source>
        <translation>ログイン名のパスワードを入力してください（1〜128文字、改行やタブは使えません）。</translation>
    </message>
    <message>
        <source>The password could not be stored securely. Check the free disk space and the permissions of the console&apos;s data folder, then try again.</source>
        <translation>パスワードを安全に保存できませんでした。ディスクの空き容量とコンソールのデータフォルダーの権限を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The stored passwords could not be decrypted (the key file is missing or was changed). Delete the registrations and register the card readers again.</source>
        <translation>保存されたパスワードを復号できませんでした（鍵ファイルがないか、変更されています）。登録を削除して、カードリーダーをあらためて登録してください。</translation>
    </message>
    <message>
        <source>A card reader&apos;s USB network connection is abnormal, so no reader can be added now. Connect the card reader to another USB port and press Refresh all. If that does not help, enable the USB network adapter (Remote NDIS) in Device Manager, or uninstall it and reconnect the USB cable, then press Refresh all again.</source>
        <translation>カードリーダーのUSBネットワーク接続が異常なため、今はカードリーダーを追加できません。カードリーダーを別のUSBポートへ挿し直して「最新の情報に更新」を押してください。改善しない場合は、デバイスマネージャーで「Remote NDIS based Internet Sharing Device」を有効にするか、アンインストールしてUSBケーブルを挿し直し、もう一度「最新の情報に更新」を押してください。</translation>
    </message>
    <message>
        <source>The card reader is not connected. Check its power and USB cable, press Refresh all and try again.</source>
        <translation>カードリーダーが接続されていません。電源とUSBケーブルを確認し、「最新の情報に更新」を押してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The start-up delay must be a whole number of seconds from 0 to 600.</source>
        <translation>起動待ち時間は0〜600の整数（秒）で指定してください。</translation>
    </message>
    <message>
        <source>The automatic start must wait a whole number of minutes from 1 to 5.</source>
        <translation>自動起動までの時間は1〜5の整数（分）で指定してください。</translation>
    </message>
    <message>
        <source>A line of the screen message has more than 20 characters. Shorten it or split it into two lines.</source>
        <translation>画面メッセージの1行が20文字を超えています。短くするか、2行に分けてください。</translation>
    </message>
    <message>
        <source>The screen message has more than 2 lines. Remove the extra lines.</source>
        <translation>画面メッセージが2行を超えています。余分な行を削除してください。</translation>
    </message>
    <message>
        <source>The screen message contains tabs or control characters. Use plain text only.</source>
        <translation>画面メッセージにタブや制御文字が含まれています。通常の文字だけを使ってください。</translation>
    </message>
    <message>
        <source>The card reader&apos;s USB port stays powered while the PC sleeps or is shut down, so with power linking the reader switches on unexpectedly. Connect it straight to a USB port of the PC that is not a charging port, without a powered hub or repeater cable.</source>
        <translation>PCのスリープ中や電源オフ中もカードリーダーのUSBポートに給電されているため、電源連動では意図せずカードリーダーが起動します。給電機能付きハブや延長ケーブルを使わず、充電用でないPCのUSBポートに直接接続してください。</translation>
    </message>
    <message>
        <source>The admin password must be 6 to 16 digits, as it is entered on the card reader&apos;s number pad.</source>
        <translation>管理者パスワードはカードリーダーのテンキーで入力するため、6〜16桁の数字にしてください。</translation>
    </message>
    <message>
        <source>The admin password is wrong. Check it with the clinic&apos;s manager.</source>
        <translation>管理者パスワードが違います。医療機関の管理者に確認してください。</translation>
    </message>
    <message>
        <source>Too many wrong admin passwords. Wait 5 minutes, then try again.</source>
        <translation>管理者パスワードを続けて間違えました。5分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No admin password is set on this card reader. Set one from the console first.</source>
        <translation>このカードリーダーには管理者パスワードが設定されていません。先にコンソールから設定してください。</translation>
    </message>
    <message>
        <source>The licence file is damaged or was not issued for Madoguchi. Use the licence file exactly as you received it from the vendor.</source>
        <translation>ライセンスファイルが壊れているか、Madoguchi用に発行されたものではありません。販売元から受け取ったライセンスファイルをそのまま使ってください。</translation>
    </message>
    <message>
        <source>More card readers are connected than the licence allows, so this one cannot be started. Add a licence for more card readers, or disconnect another one.</source>
        <translation>ライセンスで認められた台数より多くのカードリーダーが接続されているため、このカードリーダーは起動できません。台数を増やすライセンスを追加するか、ほかのカードリーダーを取り外してください。</translation>
    </message>
    <message>
        <source>This file is not a Madoguchi update bundle. Use the update file exactly as you received it from the vendor.</source>
        <translation>このファイルはMadoguchiの更新ファイルではありません。販売元から受け取った更新ファイルをそのまま使ってください。</translation>
    </message>
    <message>
        <source>The update bundle is incomplete. Download or copy it again.</source>
        <translation>更新ファイルが途中で切れています。もう一度ダウンロードまたはコピーしてください。</translation>
    </message>
    <message>
        <source>The update bundle is not signed by the vendor or was changed after signing, so it is not installed. Use the update file exactly as you received it from the vendor.</source>
        <translation>更新ファイルが販売元の署名を持たないか、署名後に変更されているため、インストールしません。販売元から受け取った更新ファイルをそのまま使ってください。</translation>
    </message>
    <message>
        <source>This update is for another card reader model. Use the update for this model.</source>
        <translation>この更新は別の機種のカードリーダー用です。この機種用の更新を使ってください。</translation>
    </message>
    <message>
        <source>The card reader already runs this version or a newer one, so the update is not installed.</source>
        <translation>カードリーダーはすでにこのバージョンかそれより新しいバージョンで動いているため、更新しません。</translation>
    </message>
    <message>
        <source>This update needs a newer version of the console. Update Madoguchi on this PC first.</source>
        <translation>この更新には新しいバージョンのコンソールが必要です。先にこのPCのMadoguchiを更新してください。</translation>
    </message>
    <message>
        <source>The update&apos;s contents do not match its checksum. Download or copy the update again.</source>
        <translation>更新ファイルの内容がチェックサムと一致しません。もう一度ダウンロードまたはコピーしてください。</translation>
    </message>
    <message>
        <source>The card reader cannot store the update. Check the free space of the reader&apos;s storage; the current software keeps running.</source>
        <translation>カードリーダーに更新を保存できません。カードリーダーの保存領域の空き容量を確認してください。現在のソフトウェアはそのまま動作します。</translation>
    </message>
    <message>
        <source>The card reader&apos;s update records were damaged. It started the factory software; install the latest update again.</source>
        <translation>カードリーダーの更新記録が壊れていたため、工場出荷時のソフトウェアで起動しました。最新の更新をもう一度インストールしてください。</translation>
    </message>
    <message>
        <source>The new card reader software did not start correctly, so the reader went back to the previous version. Collect logs and contact support.</source>
        <translation>新しいカードリーダーのソフトウェアが正しく起動しなかったため、以前のバージョンに戻しました。ログを収集してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Madoguchi could not be set to start with the PC: its autostart entry cannot be written. Check the permissions of the folder named in the details.</source>
        <translation>PCの起動時にMadoguchiを起動するよう設定できませんでした（自動起動の設定ファイルを書き込めません）。詳細に示されたフォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <source>This update step is not possible now: another update is being installed, waits for a restart or is being tried. Wait for it or restart the card reader, then try again.</source>
        <translation>別の更新をインストール中、再起動待ち、または試行中のため、今はこの操作ができません。終わるまで待つか、カードリーダーを再起動してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Part of the update arrived damaged or out of order at the card reader. It is sent again from the last good part.</source>
        <translation>更新の一部が壊れているか順番どおりに届きませんでした。最後に正しく届いた部分から送り直します。</translation>
    </message>
    <message>
        <source>The update has not been completely sent to the card reader yet. It continues from where it stopped when the reader is connected again.</source>
        <translation>更新はまだカードリーダーに送り終わっていません。カードリーダーが再び接続されると、止まったところから続けます。</translation>
    </message>
    <message>
        <source>The update was stopped before this card reader: updating it now would leave no card reader in service. Start another card reader, then update this one.</source>
        <translation>このカードリーダーの前で更新を止めました。今更新すると稼働中のカードリーダーがなくなります。別のカードリーダーを起動してから、このカードリーダーを更新してください。</translation>
    </message>
    <message>
        <source>The card reader did not come back in service on the new software after its update, so the update of the other card readers was stopped. Check the card reader and its connection, then start the update again.</source>
        <translation>更新後、カードリーダーが新しいソフトウェアで稼働に戻らなかったため、ほかのカードリーダーの更新を止めました。カードリーダーとその接続を確認してから、もう一度更新を始めてください。</translation>
    </message>
    <message>
        <source>The face check&apos;s model files are missing from the card reader&apos;s software, so faces cannot be checked: patients can use their PIN. Contact support to reinstall the software.</source>
        <translation>顔認証のモデルファイルがカードリーダーのソフトウェアにないため、顔認証ができません。患者様は暗証番号で確認できます。ソフトウェアの再インストールについてサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The face check&apos;s model files are damaged, so faces cannot be checked: patients can use their PIN. Contact support to reinstall the software.</source>
        <translation>顔認証のモデルファイルが壊れているため、顔認証ができません。患者様は暗証番号で確認できます。ソフトウェアの再インストールについてサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The face camera delivered an unusable picture. If this repeats, check the camera&apos;s cable, collect logs and contact support.</source>
        <translation>顔認証カメラの画像が使用できませんでした。繰り返す場合は、カメラのケーブルを確認し、ログを収集してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>No face was found in the picture.</source>
        <translation>画像から顔が見つかりませんでした。</translation>
    </message>
    <message>
        <source>A troubleshooting guide could not be read: the file is missing, too large or not JSON. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドを読み込めませんでした（ファイルがない、大きすぎる、またはJSONではありません）。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>A troubleshooting guide has a step of a form this console does not know. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドに、このコンソールが知らない形式の手順があります。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>A step of a troubleshooting guide has no text in Japanese or in English. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドに、日本語または英語の文がない手順があります。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>A step of a troubleshooting guide leads to a step that does not exist. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドに、存在しない手順へ進む手順があります。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>A troubleshooting guide has a step that can never be reached. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドに、たどり着けない手順があります。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>A troubleshooting guide has a loop of checks that never asks you anything. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドに、質問のないまま繰り返す確認があります。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>A troubleshooting guide uses a check or an action this console does not have. Update Madoguchi.</source>
        <translation>トラブルシューティングのガイドが、このコンソールにない確認または操作を使っています。Madoguchiを更新してください。</translation>
    </message>
    <message>
        <source>A troubleshooting guide has steps from which it never comes to an end. Reinstall Madoguchi.</source>
        <translation>トラブルシューティングのガイドに、終わりにたどり着かない手順があります。Madoguchiを再インストールしてください。</translation>
    </message>
    <message>
        <source>This step of the troubleshooting guide cannot be taken now.</source>
        <translation>トラブルシューティングのこの手順は、いまは実行できません。</translation>
    </message>
    <message>
        <source>Practice faults and test patients exist only on emulated card readers. Choose an emulated reader (EMU-…) in training mode.</source>
        <translation>練習用の故障とテスト患者は、エミュレートしたカードリーダーでのみ使えます。トレーニングモードでエミュレートしたリーダー（EMU-…）を選んでください。</translation>
    </message>
    <message>
        <source>The setup record could not be saved there. Choose another folder (for example Documents) and save it again.</source>
        <translation>導入記録をその場所に保存できませんでした。別のフォルダー（例: ドキュメント）を選んで、もう一度保存してください。</translation>
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
    <message>
        <source>No admin password is set. Set it from the PC.</source>
        <translation>管理者パスワードが設定されていません。PCから設定してください。</translation>
    </message>
    <message>
        <source>Too many wrong entries. Try again in 5 minutes.</source>
        <translation>入力を続けて間違えました。5分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>すべての検査に合格しました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>不合格: %1</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>管理者パスワード</translation>
    </message>
    <message>
        <source>Admin menu</source>
        <translation>管理者メニュー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Enter the admin password and press OK.</source>
        <translation>管理者パスワードを入力してOKを押してください。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>software %1 / firmware %2</source>
        <translation>ソフトウェア %1 / ファームウェア %2</translation>
    </message>
    <message>
        <source>Authentication strength</source>
        <translation>認証強度</translation>
    </message>
    <message>
        <source>Standard (fixed by national policy; cannot be changed)</source>
        <translation>標準（国の方針で固定、変更できません）</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>自己診断</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>System &gt; Power &gt; Power linking</source>
        <translation>システム &gt; 電源設定 &gt; 電源連動</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>自己診断を実行</translation>
    </message>
    <message>
        <source>Turn power linking off</source>
        <translation>電源連動をオフにする</translation>
    </message>
    <message>
        <source>Turn power linking on</source>
        <translation>電源連動をオンにする</translation>
    </message>
    <message>
        <source>Please come a little closer</source>
        <translation>もう少し近づいてください</translation>
    </message>
    <message>
        <source>Please move back a little</source>
        <translation>少し離れてください</translation>
    </message>
    <message>
        <source>Please bring your face into the frame</source>
        <translation>枠の中に顔を合わせてください</translation>
    </message>
    <message>
        <source>Please face the camera straight on</source>
        <translation>カメラに向かって正面を向いてください</translation>
    </message>
    <message>
        <source>Your face is too dark. Please face the light</source>
        <translation>顔が暗すぎます。明るい方を向いてください</translation>
    </message>
    <message>
        <source>Too bright. Please step out of direct light</source>
        <translation>明るすぎます。直射日光の当たらない位置に移動してください</translation>
    </message>
    <message>
        <source>Please hold still for a moment</source>
        <translation>そのまましばらく動かないでください</translation>
    </message>
    <message>
        <source>Please lower your mask</source>
        <translation>マスクを外してください</translation>
    </message>
    <message>
        <source>Please blink once</source>
        <translation>一度まばたきしてください</translation>
    </message>
    <message>
        <source>Timed out. Please use your PIN.</source>
        <translation>タイムアウトしました。暗証番号をご利用ください。</translation>
    </message>
</context>
<context>
    <name>Views::ChartsPage</name>
    <message>
        <source>Export charts as PNG</source>
        <translation>チャートをPNGで書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1</source>
        <translation>チャートを %1 に保存できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) · success rate %1 % · face %2 · PIN %3</source>
        <translation>
            <numerusform>%n件 · 成功率 %1 % · 顔認証 %2 · 暗証番号 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks per hour of day</source>
        <translation>時間帯別の資格確認件数</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>顔認証</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Visual check</source>
        <translation>目視確認</translation>
    </message>
    <message>
        <source>%1:00–%1:59 · %2: %3</source>
        <translation>%1:00〜%1:59 · %2: %3</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時</translation>
    </message>
    <message>
        <source>Results: success rate %1 %</source>
        <translation>結果: 成功率 %1 %</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Face authentication to end of check: %1 of %2 over 5 s</source>
        <translation>顔認証から資格確認終了まで: %2件中 %1件が5秒超</translation>
    </message>
    <message>
        <source>Face checks</source>
        <translation>顔認証の件数</translation>
    </message>
    <message>
        <source>%1 s: %2 check(s)</source>
        <translation>%1 秒: %2件</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Requirement: 5 s</source>
        <translation>要件: 5秒</translation>
    </message>
    <message>
        <source>Checks per card reader</source>
        <translation>カードリーダー別の件数</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>%1 · %2: %3 · face %4 · PIN %5</source>
        <translation>%1 · %2: %3 · 顔認証 %4 · 暗証番号 %5</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 61 days</source>
        <translation>過去61日間</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNGで書き出す…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>時間切れ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>カード取り外し</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（コード %2）</translation>
    </message>
</context>
<context>
    <name>Views::ChecksStep</name>
    <message>
        <source>Check this PC</source>
        <translation>このPCの確認</translation>
    </message>
    <message>
        <source>Madoguchi checks what often keeps card readers from working. A problem does not stop the setup, but fix it before the clinic opens.</source>
        <translation>カードリーダーが動かない原因になりやすい点を確認します。問題があっても導入は続けられますが、診療開始までに対処してください。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1（回答）</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention. You may go on and fix them later.</source>
        <translation>
            <numerusform>%n件の項目に対応が必要です。このまま進んで後で対処することもできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer the %n question(s) above if you can.</source>
        <translation>
            <numerusform>上の%n件の質問に、わかる範囲で答えてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::DetectStep</name>
    <message>
        <source>Connect the card readers</source>
        <translation>カードリーダーの接続</translation>
    </message>
    <message>
        <source>Turn each card reader on, then plug its USB cable straight into the PC. Madoguchi finds them by themselves.</source>
        <translation>カードリーダーの電源を入れてから、USBケーブルをPCに直接接続してください。接続されたカードリーダーは自動的に見つかります。</translation>
    </message>
    <message>
        <source>Open the 「接続を待っています」 &amp;guide</source>
        <translation>「接続を待っています」の手順を開く(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Wait again</source>
        <translation>もう一度待つ(&amp;W)</translation>
    </message>
    <message>
        <source>Waiting for card readers…</source>
        <translation>カードリーダーの接続を待っています…</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) found. Connect any other one now, or go on.</source>
        <translation>
            <numerusform>%n台のカードリーダーが見つかりました。他のカードリーダーもあれば今接続するか、次へ進んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — software %2, firmware %3</source>
        <translation>%1 — カードリーダーソフト %2、ファームウェア %3</translation>
    </message>
    <message>
        <source>No card reader has connected. If the card reader shows 「接続を待っています」 or nothing at all, the guide takes you through the usual causes step by step.</source>
        <translation>カードリーダーが接続されませんでした。カードリーダーに「接続を待っています」と表示されている、または何も表示されない場合は、手順に沿ってよくある原因を順に確認できます。</translation>
    </message>
</context>
<context>
    <name>Views::ErrorCatalogueModel</name>
    <message>
        <source>Card reader screen</source>
        <translation>カードリーダー画面</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Shown on</source>
        <translation>表示場所</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
</context>
<context>
    <name>Views::ErrorCataloguePage</name>
    <message>
        <source>Every code the card readers and this console show. Type a code (for example 006 or L203) or words from the screen to find it.</source>
        <translation>カードリーダーとこのコンソールが表示するすべてのコードです。コード（例：006、L203）や画面の文言を入力して検索できます。</translation>
    </message>
    <message>
        <source>Code or message, e.g. 006, 接続を待っています</source>
        <translation>コードまたはメッセージ（例：006、接続を待っています）</translation>
    </message>
    <message>
        <source>No code matches. Collect logs and contact support with the code and message on the screen.</source>
        <translation>該当するコードがありません。ログを収集し、画面のコードとメッセージを添えてサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Select a code to see what to do.</source>
        <translation>コードを選択すると対処方法が表示されます。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
    <message>
        <source>Troubleshooting: %1</source>
        <translation>トラブルシューティング：%1</translation>
    </message>
    <message>
        <source>&amp;Open this troubleshooting guide</source>
        <translation>このトラブルシューティングを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Views::FirmwareHistoryModel</name>
    <message>
        <source>Updated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>失敗（%1）：%2</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Serial number</source>
        <comment>製造番号</comment>
        <translation>製造番号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>更新後</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Views::FirmwarePage</name>
    <message>
        <source>The update stopped at %1 (%2): %3</source>
        <translation>%1 で更新を止めました（%2）：%3</translation>
    </message>
    <message>
        <source>The update was cancelled</source>
        <translation>更新を中止しました</translation>
    </message>
    <message>
        <source>Update file</source>
        <comment>更新ファイル</comment>
        <translation>更新ファイル</translation>
    </message>
    <message>
        <source>No update file chosen</source>
        <translation>更新ファイルが選択されていません</translation>
    </message>
    <message>
        <source>&amp;Choose update file…</source>
        <translation>更新ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>&amp;Update selected card readers</source>
        <translation>選択したカードリーダーを更新(&amp;U)</translation>
    </message>
    <message>
        <source>Update &amp;all, one after another</source>
        <translation>すべてを1台ずつ更新(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ancel update</source>
        <translation>更新を中止(&amp;A)</translation>
    </message>
    <message>
        <source>Update history</source>
        <translation>更新履歴</translation>
    </message>
    <message>
        <source>Choose update file</source>
        <translation>更新ファイルを選択</translation>
    </message>
    <message>
        <source>Madoguchi update bundles (*.mdgb);;All files (*)</source>
        <translation>Madoguchi 更新ファイル (*.mdgb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2): %3</source>
        <translation>%1 は使用できません（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>Install %1 on %n card reader(s): %2?</source>
        <translation>
            <numerusform>%1 を %n 台のカードリーダー（%2）に適用しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>The card readers are updated one at a time. Each one is ended (終了) while it installs and restarts, then started again if it was running.</source>
        <translation>カードリーダーは1台ずつ更新します。更新と再起動の間は「終了」になり、稼働中だったカードリーダーは更新後に再び起動します。</translation>
    </message>
    <message>
        <source>At least one card reader stays running throughout.</source>
        <translation>更新の間も、少なくとも1台は稼働中のままです。</translation>
    </message>
    <message>
        <source>This card reader cannot check patients until its update is done.</source>
        <translation>更新が終わるまで、このカードリーダーでは資格確認ができません。</translation>
    </message>
    <message>
        <source>Update card readers</source>
        <translation>カードリーダーの更新</translation>
    </message>
    <message>
        <source>The update could not start (%1): %2</source>
        <translation>更新を開始できませんでした（%1）：%2</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>更新の中止</translation>
    </message>
    <message>
        <source>Cancel the update? The card reader being updated goes back to its previous software; the others are left as they are.</source>
        <translation>更新を中止しますか？ 更新中のカードリーダーは元のソフトウェアに戻ります。ほかのカードリーダーはそのままです。</translation>
    </message>
    <message>
        <source>Version %1 for %2 · needs console %3 or later · signature checked</source>
        <translation>バージョン %1（対象機種 %2）・コンソール %3 以降が必要・署名確認済み</translation>
    </message>
    <message>
        <source>Choose the update file (.mdgb) from the vendor. Its signature is checked before any card reader receives it.</source>
        <translation>メーカーから提供された更新ファイル（.mdgb）を選択してください。カードリーダーに送る前に署名を確認します。</translation>
    </message>
    <message>
        <source>Readers below the supported version %1 are marked in red.</source>
        <translation>サポート対象のバージョン %1 より古いカードリーダーは赤で表示されます。</translation>
    </message>
    <message>
        <source>%1 of %2 updated</source>
        <translation>%2 台中 %1 台更新済み</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Updating %1…</source>
        <translation>%1 を更新中…</translation>
    </message>
    <message>
        <source>Every card reader was updated.</source>
        <translation>すべてのカードリーダーを更新しました。</translation>
    </message>
    <message>
        <source>%1 of %2 card readers were updated.</source>
        <translation>%2 台中 %1 台のカードリーダーを更新しました。</translation>
    </message>
</context>
<context>
    <name>Views::FirmwareReaderModel</name>
    <message>
        <source>Waiting for its turn</source>
        <translation>順番待ち</translation>
    </message>
    <message>
        <source>Installing and restarting…</source>
        <translation>インストールと再起動中…</translation>
    </message>
    <message>
        <source>Sending the update…</source>
        <translation>更新ファイルを送信中…</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>失敗（%1）：%2</translation>
    </message>
    <message>
        <source>Cancelled: back on its previous software</source>
        <translation>中止：元のソフトウェアに戻りました</translation>
    </message>
    <message>
        <source>Not updated: the update stopped before this card reader</source>
        <translation>未更新：このカードリーダーの前で更新が止まりました</translation>
    </message>
    <message>
        <source>Below the supported version %1: update it</source>
        <translation>サポート対象のバージョン %1 より古いため、更新してください</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>最新です</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Serial number</source>
        <comment>製造番号</comment>
        <translation>製造番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>現在のバージョン</translation>
    </message>
    <message>
        <source>Update to</source>
        <translation>更新後のバージョン</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>Views::FlowSettingsBox</name>
    <message>
        <source>Changes apply from the next patient.</source>
        <translation>次の患者さんから反映されます。</translation>
    </message>
    <message>
        <source>The settings could not be changed: %1 (%2)</source>
        <translation>設定を変更できませんでした: %1 (%2)</translation>
    </message>
    <message>
        <source>Sending to the card reader…</source>
        <translation>カードリーダーに送信しています…</translation>
    </message>
    <message>
        <source>The settings can be changed while the card reader is connected.</source>
        <translation>カードリーダーが接続されているときに変更できます。</translation>
    </message>
    <message>
        <source>Reading the settings of the card reader…</source>
        <translation>カードリーダーの設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reception settings</source>
        <translation>受付の設定</translation>
    </message>
    <message>
        <source>Consents asked at the card reader:</source>
        <translation>カードリーダーで確認する同意項目:</translation>
    </message>
    <message>
        <source>Medication information</source>
        <translation>薬剤情報</translation>
    </message>
    <message>
        <source>Specific health checkup information</source>
        <translation>特定健診情報</translation>
    </message>
    <message>
        <source>Surgery information</source>
        <translation>手術情報</translation>
    </message>
    <message>
        <source>Medical care information</source>
        <translation>診療情報</translation>
    </message>
    <message>
        <source>Ask for all of them on one screen</source>
        <translation>まとめて同意を確認する（一括同意）</translation>
    </message>
    <message>
        <source>High-cost medical care limit (限度額) information</source>
        <translation>高額療養費の限度額情報</translation>
    </message>
    <message>
        <source>Operating mode:</source>
        <translation>運転モード:</translation>
    </message>
    <message>
        <source>Unattended mode</source>
        <translation>無人運転モード</translation>
    </message>
    <message>
        <source>Visual check mode (staff confirm by sight)</source>
        <translation>目視確認モード（職員が目視で本人確認）</translation>
    </message>
    <message>
        <source>Face authentication time limit:</source>
        <translation>顔認証の制限時間:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>Views::LicenceStep</name>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>One card reader needs no licence. Each further card reader needs a licence, added as a licence file (*.lic).</source>
        <translation>1台目のカードリーダーにはライセンスは不要です。2台目以降は1台ごとにライセンスが必要で、ライセンスファイル（*.lic）を追加して登録します。</translation>
    </message>
    <message>
        <source>Add &amp;licence file…</source>
        <translation>ライセンスファイルを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the &amp;settings page</source>
        <translation>設定画面を開く(&amp;S)</translation>
    </message>
    <message>
        <source>Checking the licences…</source>
        <translation>ライセンスを確認しています…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Licensed card readers: %1. Connected card readers that need one: %2.</source>
        <translation>ライセンスのあるカードリーダー: %1台。ライセンスが必要な接続中のカードリーダー: %2台。</translation>
    </message>
    <message numerus="yes">
        <source>Emulated card readers need no licence (%n connected).</source>
        <translation>
            <numerusform>エミュレーターのカードリーダーにはライセンスは不要です（%n台接続中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The licence files cover the connected card readers.</source>
        <translation>ライセンスファイルは接続中のカードリーダーの台数分あります。</translation>
    </message>
    <message numerus="yes">
        <source>The licence files cover %n card reader(s) too few.</source>
        <translation>
            <numerusform>ライセンスファイルがカードリーダー%n台分足りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無効です: %1</translation>
    </message>
    <message>
        <source>Add licence file</source>
        <translation>ライセンスファイルの追加</translation>
    </message>
    <message>
        <source>Licence files (*.lic)</source>
        <translation>ライセンスファイル (*.lic)</translation>
    </message>
    <message numerus="yes">
        <source>Licence %1 added: %n more card reader(s).</source>
        <translation>
            <numerusform>ライセンス %1 を追加しました: カードリーダー%n台分。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Views::LogCollectDialog</name>
    <message>
        <source>Folder for the log archive</source>
        <translation>ログ収集ファイルの保存先フォルダー</translation>
    </message>
    <message>
        <source>Collecting logs… The card readers keep serving patients meanwhile.</source>
        <translation>ログを収集しています… その間もカードリーダーは受付を続けます。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2, %n record(s)).
Send this file to support with the error code and the card reader&apos;s serial number. It holds no personal data.</source>
        <translation>
            <numerusform>%1 を保存しました（%2、%n件）。
このファイルを、エラーコードとカードリーダーのシリアル番号とともにサポートへ送ってください。個人情報は含まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent error codes: %1</source>
        <translation>最近のエラーコード: %1</translation>
    </message>
    <message>
        <source>Log collection cancelled. No file was written.</source>
        <translation>ログ収集を中止しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>Logs could not be collected: %1 (%2)</source>
        <translation>ログを収集できませんでした: %1 (%2)</translation>
    </message>
    <message>
        <source>Collect logs for support</source>
        <translation>サポート用にログを収集</translation>
    </message>
    <message>
        <source>Card readers:</source>
        <translation>カードリーダー:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日数:</translation>
    </message>
    <message>
        <source>Save the zip file in:</source>
        <translation>zipファイルの保存先:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>収集</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
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
    <message>
        <source>Collect logs…</source>
        <translation>ログ収集…</translation>
    </message>
    <message>
        <source>Make a zip file of the logs to send to support</source>
        <translation>サポートに送るログのzipファイルを作成します</translation>
    </message>
</context>
<context>
    <name>Views::LoginNameStep</name>
    <message>
        <source>Register the login names</source>
        <comment>ログイン名管理</comment>
        <translation>ログイン名の登録</translation>
    </message>
    <message>
        <source>Each card reader is registered to one face-authentication login name (starting with F0) and its password, created by the clinic on the portal.</source>
        <translation>カードリーダー1台ごとに、医療機関がポータルサイトで作成した顔認証用のログイン名（F0で始まる）とパスワードを1つ登録します。</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <comment>新規追加</comment>
        <translation>新規追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Add is unavailable: %1 (%2)</source>
        <translation>新規追加できません: %1 (%2)</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>%1 を登録しています…</translation>
    </message>
    <message>
        <source>%1 could not be registered: %2 (%3)</source>
        <translation>%1 を登録できませんでした: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 を登録しました。</translation>
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
    <message>
        <source>Login names</source>
        <comment>ログイン名管理</comment>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Screen message</source>
        <comment>画面メッセージ登録</comment>
        <translation>画面メッセージ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>&amp;Collect logs for support…</source>
        <translation>サポート用にログを収集(&amp;C)…</translation>
    </message>
    <message>
        <source>Console for face-authentication My Number card readers.</source>
        <translation>顔認証付きカードリーダーのためのコンソールです。</translation>
    </message>
    <message>
        <source>&amp;Copy for support</source>
        <translation>サポート用にコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Versions copied</source>
        <translation>バージョン情報をコピーしました</translation>
    </message>
    <message>
        <source>Software update</source>
        <comment>ソフトウェア更新</comment>
        <translation>ソフトウェア更新</translation>
    </message>
    <message>
        <source>Error codes</source>
        <comment>エラーコード一覧</comment>
        <translation>エラーコード一覧</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <comment>トラブルシューティング</comment>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>トレーニングモード</translation>
    </message>
    <message>
        <source>There is no guide &quot;%1&quot;.</source>
        <translation>ガイド「%1」はありません。</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>トレーニング</comment>
        <translation>トレーニング</translation>
    </message>
    <message>
        <source>&amp;Setup wizard…</source>
        <comment>導入ウィザード</comment>
        <translation>導入ウィザード(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <comment>トレーニングモード</comment>
        <translation>トレーニングモード(&amp;T)</translation>
    </message>
    <message>
        <source>Turn the training mode on?

Practice faults (a pulled cable, a frozen screen, an old version, …) will be played on the emulated card readers (%1) so that you can practise the troubleshooting guides. Real card readers are not touched. Do not use the console for real reception meanwhile.</source>
        <translation>トレーニングモードを開始しますか?

トラブルシューティングのガイドを練習できるよう、エミュレートしたカードリーダー(%1)で練習用の故障(ケーブルが抜けた、画面が反応しない、バージョンが古い など)を起こします。実際のカードリーダーには何もしません。その間は実際の受付に使わないでください。</translation>
    </message>
    <message>
        <source>Training mode off: the practice faults were cleared.</source>
        <translation>トレーニングモードを終了しました。練習用の故障はすべて元に戻しました。</translation>
    </message>
    <message>
        <source>Practice faults on the emulated card readers, to learn the troubleshooting guides</source>
        <translation>エミュレートしたカードリーダーで練習用の故障を起こし、トラブルシューティングのガイドを練習します</translation>
    </message>
    <message>
        <source>The training mode needs an emulated card reader: attach one first (Card readers ▸ Attach emulated reader…).</source>
        <translation>トレーニングモードにはエミュレートしたカードリーダーが必要です。先に接続してください(カードリーダー ▸ エミュレートしたリーダーを接続…)。</translation>
    </message>
    <message>
        <source>[Training]</source>
        <translation>[トレーニング]</translation>
    </message>
</context>
<context>
    <name>Views::MessageStep</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The message is saved on the card readers.</source>
        <translation>メッセージをカードリーダーに保存しました。</translation>
    </message>
    <message>
        <source>Not every card reader took the message:
%1</source>
        <translation>メッセージを保存できなかったカードリーダーがあります:
%1</translation>
    </message>
    <message>
        <source>Screen message</source>
        <comment>画面メッセージ登録</comment>
        <translation>画面メッセージ登録</translation>
    </message>
    <message>
        <source>A short message the card readers show while they wait for a patient, for example where to ask for help. You may leave it empty.</source>
        <translation>患者さんを待っている間にカードリーダーに表示する短いメッセージです（例: 困ったときの問い合わせ先）。空欄のままでもかまいません。</translation>
    </message>
    <message>
        <source>For example: お困りの際は受付へ</source>
        <translation>例: お困りの際は受付へ</translation>
    </message>
    <message>
        <source>&amp;Send to all card readers</source>
        <translation>すべてのカードリーダーに送信(&amp;S)</translation>
    </message>
    <message>
        <source>At most %1 lines of %2 characters.</source>
        <translation>最大%1行、1行%2文字までです。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending the screen message…</source>
        <translation>画面メッセージを送信しています…</translation>
    </message>
</context>
<context>
    <name>Views::MessagesPage</name>
    <message>
        <source>%1 did not take the message: %2 (%3)</source>
        <translation>%1 にメッセージを登録できませんでした: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: screen message saved</source>
        <translation>%1: 画面メッセージを登録しました</translation>
    </message>
    <message>
        <source>The message is saved on the card reader. A card reader that has not been started since its registration shows it once it is started (Start on the Card readers page).</source>
        <translation>メッセージはカードリーダーに保存されました。登録後まだ起動していないカードリーダーには、起動すると表示されます（「カードリーダー」ページの「起動」）。</translation>
    </message>
    <message>
        <source>Screen message</source>
        <comment>画面メッセージ登録</comment>
        <translation>画面メッセージ登録</translation>
    </message>
    <message>
        <source>Card reader:</source>
        <translation>カードリーダー:</translation>
    </message>
    <message>
        <source>All card readers</source>
        <translation>すべてのカードリーダー</translation>
    </message>
    <message>
        <source>Message shown at the top of the card reader&apos;s screen, for example the clinic&apos;s name</source>
        <translation>カードリーダーの画面上部に表示するメッセージ（例: 医療機関名）</translation>
    </message>
    <message>
        <source>&amp;Send to card reader</source>
        <translation>カードリーダーに登録(&amp;S)</translation>
    </message>
    <message>
        <source>line %1: %2/%3 characters</source>
        <translation>%1行目: %2/%3文字</translation>
    </message>
    <message>
        <source>At most %1 lines of %2 characters.</source>
        <translation>最大%1行、1行%2文字までです。</translation>
    </message>
    <message>
        <source>No preview: %1 (%2)</source>
        <translation>プレビューできません: %1 (%2)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>ここにプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Sending the screen message…</source>
        <translation>画面メッセージを送信しています…</translation>
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
    <name>Views::OnboardingWizard</name>
    <message>
        <source>Setup wizard</source>
        <comment>導入ウィザード</comment>
        <translation>導入ウィザード</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close (continue later)</source>
        <translation>閉じる（後で続ける）(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>最初からやり直す(&amp;O)</translation>
    </message>
    <message>
        <source>Go back to the first step. What was set up stays set.</source>
        <translation>最初の手順に戻ります。設定した内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>Views::PowerLinkTable</name>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Power linking</source>
        <translation>電源連動</translation>
    </message>
    <message>
        <source>USB power (VBUS)</source>
        <translation>USB給電（VBUS）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Views::PowerStep</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Power linking and start-up delay</source>
        <comment>電源連動・起動待ち時間</comment>
        <translation>電源連動・起動待ち時間</translation>
    </message>
    <message>
        <source>How the card readers start and stop with the PC.</source>
        <translation>PCの起動・終了に合わせたカードリーダーの動作を設定します。</translation>
    </message>
    <message>
        <source>With 電源連動 on, a card reader turns off when the PC turns off and on again with it. Turn it on only for a card reader plugged straight into a PC port (see the USB hub check).</source>
        <translation>電源連動をオンにすると、PCの電源を切るとカードリーダーも切れ、PCの起動とともに再び入ります。PCのUSBポートに直接接続したカードリーダーだけでオンにしてください（USBハブの確認を参照）。</translation>
    </message>
    <message>
        <source>Start-up &amp;delay (起動待ち時間):</source>
        <translation>起動待ち時間(&amp;D):</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long after the PC starts Madoguchi starts the card readers (default 40 s; a slow PC may need 300 s).</source>
        <translation>PCの起動からカードリーダーを起動するまでの待ち時間です（既定は40秒。動作の遅いPCでは300秒が必要なこともあります）。</translation>
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
    <message>
        <source>What does %1 mean? (error code list)</source>
        <translation>%1 の意味は？（エラーコード一覧）</translation>
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
    <message>
        <source>%1 starts automatically in %2:%3</source>
        <translation>%1 はあと %2:%3 で自動的に起動します</translation>
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
    <name>Views::RegistrationDialog</name>
    <message>
        <source>Add login name</source>
        <comment>新規追加</comment>
        <translation>ログイン名の新規追加</translation>
    </message>
    <message>
        <source>F0…</source>
        <translation>F0…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Card reader (serial No.):</source>
        <translation>カードリーダー（シリアル番号）:</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Use the face-authentication login name (starting with F0) and password that the clinic created on the portal. One login name per card reader.</source>
        <translation>医療機関がポータルサイトで作成した顔認証用のログイン名（F0で始まる）とパスワードを使ってください。カードリーダー1台につきログイン名は1つです。</translation>
    </message>
    <message>
        <source>Check that the serial number matches the sticker on the card reader.
Certificate: %1</source>
        <translation>シリアル番号がカードリーダーのラベルと一致することを確認してください。
証明書: %1</translation>
    </message>
</context>
<context>
    <name>Views::RegistrationPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refreshing the card reader information…</source>
        <translation>カードリーダーの情報を更新しています…</translation>
    </message>
    <message>
        <source>Login names</source>
        <comment>ログイン名管理</comment>
        <translation>ログイン名登録</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <comment>最新の情報に更新</comment>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <comment>新規追加</comment>
        <translation>新規追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Register a connected card reader to a login name.</source>
        <translation>接続されているカードリーダーをログイン名に登録します。</translation>
    </message>
    <message>
        <source>&amp;Delete registration…</source>
        <translation>登録を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected card reader&apos;s login name, certificate and connection information.</source>
        <translation>選択したカードリーダーのログイン名、証明書、接続情報を削除します。</translation>
    </message>
    <message>
        <source>When the institution code (医療機関コード) changes: delete each card reader&apos;s registration, then register it again with the new login name.</source>
        <translation>医療機関コードが変わったとき: 各カードリーダーの登録を削除してから、新しいログイン名であらためて登録してください。</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation>（未登録）</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) not registered to any login name are connected.</source>
        <translation>
            <numerusform>どのログイン名にも登録されていないカードリーダーが%n台接続されています</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connected card reader is registered to a login name.</source>
        <translation>接続されているカードリーダーはすべてログイン名に登録されています。</translation>
    </message>
    <message>
        <source>Add is unavailable: %1</source>
        <translation>新規追加できません: %1</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>%1 を登録しています…</translation>
    </message>
    <message>
        <source>Delete registration</source>
        <translation>登録の削除</translation>
    </message>
    <message>
        <source>Delete the registration of card reader %1?

Login name: %2

The login name, its password, the reader&apos;s certificate and its connection information are deleted from this console. The card reader then appears as not registered and can be registered again (for example with the login name of a new institution code).</source>
        <translation>カードリーダー %1 の登録を削除しますか？

ログイン名: %2

ログイン名、パスワード、カードリーダーの証明書と接続情報をこのコンソールから削除します。カードリーダーは未登録として表示され、あらためて登録できます（例: 新しい医療機関コードのログイン名で）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 could not be registered: %2</source>
        <translation>%1 を登録できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is registered to %2. Set the screen message if needed, then start the card reader once (Start on the Card readers page): until then it shows 接続を待っています.</source>
        <translation>%1 を %2 に登録しました。必要なら画面メッセージを登録してから、カードリーダーを一度起動してください（「カードリーダー」ページの「起動」）。起動するまでは「接続を待っています」と表示されます。</translation>
    </message>
    <message>
        <source>%1 is registered. Press Start to accept patients.</source>
        <translation>%1 は登録済みです。「起動」を押すと受付を始めます。</translation>
    </message>
    <message>
        <source>The registration of %1 could not be deleted: %2</source>
        <translation>%1 の登録を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The registration of %1 was deleted. Register it again with its new login name.</source>
        <translation>%1 の登録を削除しました。新しいログイン名であらためて登録してください。</translation>
    </message>
</context>
<context>
    <name>Views::SettingsPage</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: admin password set.</source>
        <translation>%1: 管理者パスワードを設定しました。</translation>
    </message>
    <message>
        <source>Start-up delay (seconds):</source>
        <translation>起動待ち時間（秒）:</translation>
    </message>
    <message>
        <source>How long after the PC starts Madoguchi starts the card readers (default 40 s; a slow PC may need 300 s). Kept in this one place; nothing needs to be copied by hand.</source>
        <translation>PCの起動からカードリーダーを起動するまでの待ち時間です（既定は40秒。動作の遅いPCでは300秒が必要なこともあります）。設定はここ1か所だけにあり、手作業でファイルをコピーする必要はありません。</translation>
    </message>
    <message>
        <source>Start a stopped card reader automatically after</source>
        <translation>停止中のカードリーダーに対し</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分後に自動的に起動を試みます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Power linking (電源連動)</source>
        <translation>電源連動</translation>
    </message>
    <message>
        <source>Login-name passwords are kept in the system keychain.</source>
        <translation>ログイン名のパスワードはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Login-name passwords are kept encrypted in the console&apos;s data folder (no system keychain is available).</source>
        <translation>ログイン名のパスワードはコンソールのデータフォルダーに暗号化して保存されます（システムのキーチェーンがありません）。</translation>
    </message>
    <message>
        <source>Add &amp;licence file…</source>
        <translation>ライセンスファイルを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Admin password of</source>
        <translation>管理者パスワードを設定するカードリーダー:</translation>
    </message>
    <message>
        <source>6 to 16 digits</source>
        <translation>6〜16桁の数字</translation>
    </message>
    <message>
        <source>Set &amp;admin password</source>
        <translation>管理者パスワードを設定(&amp;A)</translation>
    </message>
    <message>
        <source>Settings changes</source>
        <translation>設定の変更履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>設定を保存しました</translation>
    </message>
    <message numerus="yes">
        <source>Licensed card readers: %1 (one without a licence, plus %n from licence files).</source>
        <translation>
            <numerusform>利用できるカードリーダーの台数: %1台（ライセンスなしで1台、ライセンスファイルで%n台）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無効です: %1</translation>
    </message>
    <message>
        <source>Add licence file</source>
        <translation>ライセンスファイルの追加</translation>
    </message>
    <message>
        <source>Licence files (*.lic)</source>
        <translation>ライセンスファイル (*.lic)</translation>
    </message>
    <message numerus="yes">
        <source>Licence %1 added: %n more card reader(s).</source>
        <translation>
            <numerusform>ライセンス %1 を追加しました: カードリーダーが%n台増えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Madoguchi when the PC starts (the card readers follow after the start-up delay)</source>
        <translation>PCの起動時にMadoguchiを起動する（カードリーダーは起動待ち時間の後に起動します）</translation>
    </message>
</context>
<context>
    <name>Views::StartStep</name>
    <message>
        <source>%1 did not start: %2 (%3)</source>
        <translation>%1 を起動できませんでした: %2 (%3)</translation>
    </message>
    <message>
        <source>Start the card readers</source>
        <comment>起動</comment>
        <translation>カードリーダーの起動</translation>
    </message>
    <message>
        <source>A card reader accepts patients once it has been started (起動) after its registration. Until then it shows 「接続を待っています」.</source>
        <translation>カードリーダーは、登録後に一度「起動」すると受付を始めます。それまでは「接続を待っています」と表示されます。</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Start all card readers</source>
        <comment>起動</comment>
        <translation>すべてのカードリーダーを起動(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2 card readers 稼働中</source>
        <translation>%2台中%1台が稼働中</translation>
    </message>
</context>
<context>
    <name>Views::SummaryStep</name>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save for printing</source>
        <translation>印刷用に保存</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webページ (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Setup record</source>
        <translation>導入記録</translation>
    </message>
    <message>
        <source>What was set up, with serial numbers and versions, for the clinic&apos;s records. It holds no personal data and no passwords.</source>
        <translation>設定した内容を、シリアル番号とバージョンとともに医療機関の記録として残します。個人情報やパスワードは含まれません。</translation>
    </message>
    <message>
        <source>Save for printing (&amp;HTML)…</source>
        <comment>印刷用に保存</comment>
        <translation>印刷用に保存（HTML）(&amp;H)…</translation>
    </message>
    <message>
        <source>Save for printing (&amp;PDF)…</source>
        <comment>印刷用に保存</comment>
        <translation>印刷用に保存（PDF）(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Views::TestPatientStep</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A test patient</source>
        <translation>テスト患者</translation>
    </message>
    <message>
        <source>Try one check on a card reader and watch its screen here. You may skip this step.</source>
        <translation>カードリーダーで1回確認を試し、その画面をここで見ます。この手順は省略できます。</translation>
    </message>
    <message>
        <source>Card &amp;reader:</source>
        <translation>カードリーダー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Play a test patient</source>
        <comment>テスト患者を流す</comment>
        <translation>テスト患者を流す(&amp;P)</translation>
    </message>
    <message>
        <source>No card reader is 稼働中. Go back one step and start one.</source>
        <translation>稼働中のカードリーダーがありません。1つ前の手順に戻って起動してください。</translation>
    </message>
    <message>
        <source>The check ended with 資格確認終了: %1 works.</source>
        <translation>資格確認終了まで進みました: %1 は正常に動作しています。</translation>
    </message>
    <message>
        <source>The check ended (%1). Try again, or see the reader&apos;s screen for what happened.</source>
        <translation>確認が終了しました（%1）。もう一度試すか、カードリーダーの画面で状況を確認してください。</translation>
    </message>
    <message>
        <source>A made-up patient is at %1: watch the card reader&apos;s screen below.</source>
        <translation>%1 でテスト患者の確認が進んでいます。下のカードリーダーの画面をご覧ください。</translation>
    </message>
    <message>
        <source>%1 is an emulated card reader: it plays a made-up patient with a sample card.</source>
        <translation>%1 はエミュレーターのカードリーダーです。見本のカードでテスト患者の確認を再現します。</translation>
    </message>
    <message>
        <source>Put a My Number card on %1 and follow its screen. The check&apos;s result appears here.</source>
        <translation>%1 にマイナンバーカードを置き、画面の案内に従ってください。結果はここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Views::TrainingBanner</name>
    <message>
        <source>Training mode — you can cause practice faults. Do not use this console for real reception.</source>
        <translation>トレーニングモード — 練習用の故障を起こせます。実際の受付には使わないでください。</translation>
    </message>
    <message>
        <source>&amp;End training mode</source>
        <translation>トレーニングモードを終了(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Views::TrainingFaultModel</name>
    <message>
        <source>This PC (every card reader)</source>
        <translation>このパソコン(すべてのカードリーダー)</translation>
    </message>
    <message>
        <source>This happens once rather than staying: use Change USB port below.</source>
        <translation>一度だけ起きる故障です。下の「USBポートを変更する」を使ってください。</translation>
    </message>
    <message>
        <source>Practice fault (symptom)</source>
        <translation>練習用の故障(症状)</translation>
    </message>
    <message>
        <source>“Waiting for connection” (the USB cable came out)</source>
        <translation>「接続を待っています」(USBケーブルが抜けた)</translation>
    </message>
    <message>
        <source>USB network adapter disabled</source>
        <translation>USBネットワークアダプタが無効</translation>
    </message>
    <message>
        <source>Screen does not respond after static electricity</source>
        <translation>静電気で画面が反応しない</translation>
    </message>
    <message>
        <source>Moved to another USB port</source>
        <translation>USBポートを変更した</translation>
    </message>
    <message>
        <source>Software version too old</source>
        <translation>バージョンが古い</translation>
    </message>
    <message>
        <source>Not enough licences</source>
        <translation>ライセンスが足りない</translation>
    </message>
    <message>
        <source>Clock one day ahead (not restarted for 24 hours or more)</source>
        <translation>時計が1日進んでいる(24時間以上再起動していない)</translation>
    </message>
    <message>
        <source>No free space for logs</source>
        <translation>ログの空き容量がない</translation>
    </message>
    <message>
        <source>The reader&apos;s link is cut as if its USB cable were pulled: the console shows it waiting for connection until the fault is cleared or the cable is pulled and plugged.</source>
        <translation>USBケーブルを抜いたときのようにカードリーダーとの接続が切れます。故障を戻すか、ケーブルを抜き差しするまで「接続待ち」と表示されます。</translation>
    </message>
    <message>
        <source>The PC&apos;s USB network adapter for this reader is disabled: no link until the guide enables it again.</source>
        <translation>このカードリーダー用のパソコンのUSBネットワークアダプタが無効になります。ガイドで有効に戻すまで接続できません。</translation>
    </message>
    <message>
        <source>The reader&apos;s screen and taps freeze and it stops answering, as after static electricity.</source>
        <translation>静電気を受けたときのように、カードリーダーの画面とタッチが止まり、応答しなくなります。</translation>
    </message>
    <message>
        <source>The reader is moved to another USB port: its link drops and comes back on a new address.</source>
        <translation>カードリーダーを別のUSBポートに挿し替えます。接続がいったん切れ、新しいアドレスで戻ります。</translation>
    </message>
    <message>
        <source>The reader reports software below the supported minimum.</source>
        <translation>カードリーダーが、サポートする最低バージョンより古いソフトウェアを報告します。</translation>
    </message>
    <message>
        <source>The licence check finds more card readers than licences on this PC.</source>
        <translation>ライセンスの確認で、このパソコンのライセンス数よりカードリーダーが多いと判定されます。</translation>
    </message>
    <message>
        <source>The reader&apos;s clock runs a day ahead, so it looks as if it had not been restarted for more than 24 hours.</source>
        <translation>カードリーダーの時計が1日進み、24時間以上再起動していないように見えます。</translation>
    </message>
    <message>
        <source>The log check finds no room on this PC to collect logs.</source>
        <translation>ログの確認で、このパソコンにログを収集する空き容量がないと判定されます。</translation>
    </message>
</context>
<context>
    <name>Views::TrainingPage</name>
    <message>
        <source>Check a fault to cause it on an emulated card reader (EMU-…), then practise its guide as at the reception. Real card readers are never touched, and every fault ends when the training mode is turned off.</source>
        <translation>故障にチェックを入れると、エミュレートしたカードリーダー(EMU-…)でその故障が起きます。受付で起きたときと同じように、そのガイドで練習してください。実際のカードリーダーには何もせず、トレーニングモードを終了するとすべての故障が元に戻ります。</translation>
    </message>
    <message>
        <source>&amp;Practise with this guide</source>
        <translation>この手順で練習する(&amp;P)</translation>
    </message>
    <message>
        <source>At the card reader</source>
        <translation>カードリーダーで</translation>
    </message>
    <message>
        <source>&amp;Card reader:</source>
        <translation>カードリーダー(&amp;C):</translation>
    </message>
    <message>
        <source>Pull and plug the c&amp;able</source>
        <translation>ケーブルを抜き差しする(&amp;A)</translation>
    </message>
    <message>
        <source>Change USB p&amp;ort</source>
        <translation>USBポートを変更する(&amp;O)</translation>
    </message>
    <message>
        <source>Send a &amp;test patient</source>
        <translation>テスト患者を流す(&amp;T)</translation>
    </message>
    <message>
        <source>The emulated reader restarts as if its USB cable were pulled out and plugged in again. Its own faults end; a disabled adapter on the PC stays disabled.</source>
        <translation>USBケーブルを抜いて挿し直したときのように、エミュレートしたカードリーダーが再起動します。カードリーダー自身の故障は元に戻りますが、パソコンで無効にしたアダプタは無効のままです。</translation>
    </message>
    <message>
        <source>A made-up patient puts a sample card in the tray and passes the face check. The card reader must be running.</source>
        <translation>架空の患者がサンプルのカードを置き、顔認証を通ります。カードリーダーが稼働中である必要があります。</translation>
    </message>
    <message>
        <source>%1 was moved to another USB port: it comes back on a new address in a few seconds.</source>
        <translation>%1を別のUSBポートに挿し替えました。数秒で新しいアドレスで戻ります。</translation>
    </message>
    <message>
        <source>The cable of %1 was pulled and plugged in again: it connects again in a few seconds.</source>
        <translation>%1のケーブルを抜き差ししました。数秒で再び接続します。</translation>
    </message>
    <message>
        <source>A test patient is at %1.</source>
        <translation>%1にテスト患者が来ました。</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>トレーニングモード</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Views::TroubleshootingPage</name>
    <message>
        <source>Support summary copied: paste it into your message to support.</source>
        <translation>サポート用情報をコピーしました。サポートへの連絡に貼り付けてください。</translation>
    </message>
    <message>
        <source>Symptom or message, e.g. 接続を待っています</source>
        <translation>症状またはメッセージ（例：接続を待っています）</translation>
    </message>
    <message>
        <source>Card reader concerned:</source>
        <translation>対象のカードリーダー：</translation>
    </message>
    <message>
        <source>&amp;Start this guide</source>
        <translation>このガイドを始める(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>最初から(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy support summary</source>
        <translation>サポート用情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>これまでの手順</translation>
    </message>
    <message>
        <source>All card readers / not about one</source>
        <translation>すべてのカードリーダー／特定しない</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Choose the symptom on the left, then Start this guide. The guide checks what it can on this PC and the card readers by itself and asks you the rest.</source>
        <translation>左で症状を選び、「このガイドを始める」を押してください。PCとカードリーダーで確認できることはガイドが自動で確認し、それ以外をお尋ねします。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>実行しています…</translation>
    </message>
    <message>
        <source>This PC cannot check this by itself: please answer.</source>
        <translation>このPCでは自動で確認できません。お答えください。</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>実行する</translation>
    </message>
    <message>
        <source>Solved.</source>
        <translation>解決しました。</translation>
    </message>
    <message>
        <source>Please contact support: copy the support summary and collect logs (ログ収集) to send with it.</source>
        <translation>サポートにお問い合わせください。サポート用情報をコピーし、ログ収集を行って一緒にお送りください。</translation>
    </message>
    <message>
        <source>Go on with: %1</source>
        <translation>続けて：%1</translation>
    </message>
</context>
<context>
    <name>Views::VisualCheckPrompt</name>
    <message>
        <source>A patient is waiting for a visual check</source>
        <translation>目視確認を待っている患者さんがいます</translation>
    </message>
    <message>
        <source>Compare the patient with the photo on the My Number card, then answer.</source>
        <translation>マイナンバーカードの顔写真とご本人を見比べてから、確認結果を選んでください。</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>本人と確認できた</translation>
    </message>
    <message>
        <source>Cannot confirm</source>
        <translation>本人と確認できない</translation>
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
    <message>
        <source>Card readers start in %1 s (start-up delay).</source>
        <translation>起動待ち時間のため、カードリーダーは %1 秒後に起動します。</translation>
    </message>
</context>
</TS>
