<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DigestStudio::LookupPanel</name>
    <message numerus="yes">
        <source>Looking up %n paper(s)...</source>
        <translation>
            <numerusform>Looking up %n paper...</numerusform>
            <numerusform>Looking up %n papers...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n paper(s).</source>
        <translation>
            <numerusform>Added %n paper.</numerusform>
            <numerusform>Added %n papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new paper(s) today.</source>
        <translation>
            <numerusform>%n new paper today.</numerusform>
            <numerusform>%n new papers today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) match.</source>
        <translation>
            <numerusform>%n paper matches.</numerusform>
            <numerusform>%n papers match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::PreviewDock</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::ProblemsDock</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
