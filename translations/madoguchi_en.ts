<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
