<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Views::ChartsPage</name>
    <message numerus="yes">
        <source>%n check(s) · success rate %1 % · face %2 · PIN %3</source>
        <translation>
            <numerusform>%n check · success rate %1 % · face %2 · PIN %3</numerusform>
            <numerusform>%n checks · success rate %1 % · face %2 · PIN %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ChecksStep</name>
    <message numerus="yes">
        <source>%n check(s) need attention. You may go on and fix them later.</source>
        <translation>
            <numerusform>%n check needs attention. You may go on and fix it later.</numerusform>
            <numerusform>%n checks need attention. You may go on and fix them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer the %n question(s) above if you can.</source>
        <translation>
            <numerusform>Answer the question above if you can.</numerusform>
            <numerusform>Answer the %n questions above if you can.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::DetectStep</name>
    <message numerus="yes">
        <source>%n card reader(s) found. Connect any other one now, or go on.</source>
        <translation>
            <numerusform>%n card reader found. Connect any other one now, or go on.</numerusform>
            <numerusform>%n card readers found. Connect any other one now, or go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::FirmwarePage</name>
    <message numerus="yes">
        <source>Install %1 on %n card reader(s): %2?</source>
        <translation>
            <numerusform>Install %1 on %n card reader: %2?</numerusform>
            <numerusform>Install %1 on %n card readers: %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::LicenceStep</name>
    <message numerus="yes">
        <source>Emulated card readers need no licence (%n connected).</source>
        <translation>
            <numerusform>Emulated card readers need no licence (%n connected).</numerusform>
            <numerusform>Emulated card readers need no licence (%n connected).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The licence files cover %n card reader(s) too few.</source>
        <translation>
            <numerusform>The licence files cover one card reader too few.</numerusform>
            <numerusform>The licence files cover %n card readers too few.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Licence %1 added: %n more card reader(s).</source>
        <translation>
            <numerusform>Licence %1 added: %n more card reader.</numerusform>
            <numerusform>Licence %1 added: %n more card readers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::LogCollectDialog</name>
    <message numerus="yes">
        <source>Saved %1 (%2, %n record(s)).
Send this file to support with the error code and the card reader&apos;s serial number. It holds no personal data.</source>
        <translation>
            <numerusform>Saved %1 (%2, %n record).
Send this file to support with the error code and the card reader&apos;s serial number. It holds no personal data.</numerusform>
            <numerusform>Saved %1 (%2, %n records).
Send this file to support with the error code and the card reader&apos;s serial number. It holds no personal data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::LogViewerPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>Copied %n record.</numerusform>
            <numerusform>Copied %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform>
            <numerusform>Exported %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message numerus="yes">
        <source>%n not registered</source>
        <translation>
            <numerusform>%n not registered</numerusform>
            <numerusform>%n not registered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::RegistrationPage</name>
    <message numerus="yes">
        <source>%n card reader(s) not registered to any login name are connected.</source>
        <translation>
            <numerusform>%n card reader not registered to any login name is connected.</numerusform>
            <numerusform>%n card readers not registered to any login name are connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::SettingsPage</name>
    <message numerus="yes">
        <source>Licensed card readers: %1 (one without a licence, plus %n from licence files).</source>
        <translation>
            <numerusform>Licensed card readers: %1 (one without a licence, plus %n from licence files).</numerusform>
            <numerusform>Licensed card readers: %1 (one without a licence, plus %n from licence files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Licence %1 added: %n more card reader(s).</source>
        <translation>
            <numerusform>Licence %1 added: %n more card reader.</numerusform>
            <numerusform>Licence %1 added: %n more card readers.</numerusform>
        </translation>
    </message>
</context>
</TS>
