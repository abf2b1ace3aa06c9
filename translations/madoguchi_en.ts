<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
