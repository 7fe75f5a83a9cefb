<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddEntriesCommand</name>
    <message numerus="yes">
        <source>Add %n paper(s)</source>
        <translation>
            <numerusform>Add %n paper</numerusform>
            <numerusform>Add %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddImagesCommand</name>
    <message numerus="yes">
        <source>Add %n figure(s)</source>
        <translation>
            <numerusform>Add %n figure</numerusform>
            <numerusform>Add %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::ActivityPanel</name>
    <message numerus="yes">
        <source>The team&apos;s latest %n event(s), newest first.</source>
        <translation>
            <numerusform>The team&apos;s latest event, newest first.</numerusform>
            <numerusform>The team&apos;s latest %n events, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::AssignmentController</name>
    <message numerus="yes">
        <source>%n new for me</source>
        <translation>
            <numerusform>%n new for me</numerusform>
            <numerusform>%n new for me</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::CommentsPanel</name>
    <message numerus="yes">
        <source>%n thread(s) not resolved.</source>
        <translation>
            <numerusform>%n thread not resolved.</numerusform>
            <numerusform>%n threads not resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::DraftingController</name>
    <message numerus="yes">
        <source>%n paper(s) could not be drafted; each says why in the editor.</source>
        <translation>
            <numerusform>%n paper could not be drafted; it says why in the editor.</numerusform>
            <numerusform>%n papers could not be drafted; each says why in the editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::EntryEditor</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::ExportService</name>
    <message numerus="yes">
        <source>%n comment thread(s) of the team are not resolved: resolve them, or force the export</source>
        <translation>
            <numerusform>%n comment thread of the team is not resolved: resolve it, or force the export</numerusform>
            <numerusform>%n comment threads of the team are not resolved: resolve them, or force the export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::FieldEdit</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::FigureCandidatesController</name>
    <message numerus="yes">
        <source>%n candidate(s) from the paper&apos;s %1.</source>
        <translation>
            <numerusform>%n candidate from the paper&apos;s %1.</numerusform>
            <numerusform>%n candidates from the paper&apos;s %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::HistoryPanel</name>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::ImportPostsDialog</name>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n file to import.</numerusform>
            <numerusform>%n files to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported as digest %1 (%n entries)</source>
        <translation>
            <numerusform>Imported as digest %1 (%n entry)</numerusform>
            <numerusform>Imported as digest %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>Imported %1 of %n file.</numerusform>
            <numerusform>Imported %1 of %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::IntakeController</name>
    <message numerus="yes">
        <source>Looking up %n paper(s) on arXiv…</source>
        <translation>
            <numerusform>Looking up %n paper on arXiv…</numerusform>
            <numerusform>Looking up %n papers on arXiv…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::IntakeReport</name>
    <message numerus="yes">
        <source>Added %n paper(s).</source>
        <translation>
            <numerusform>Added %n paper.</numerusform>
            <numerusform>Added %n papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked up %n paper(s).</source>
        <translation>
            <numerusform>Looked up %n paper.</numerusform>
            <numerusform>Looked up %n papers.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Suggestions: papers like your %n pick(s) so far (the model starts after a few days).</source>
        <translation>
            <numerusform>Suggestions: papers like your %n pick so far (the model starts after a few days).</numerusform>
            <numerusform>Suggestions: papers like your %n picks so far (the model starts after a few days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: learnt from %n pick(s) over the last %1 listing day(s).</source>
        <translation>
            <numerusform>Suggestions: learnt from %n pick over the last %1 listing days.</numerusform>
            <numerusform>Suggestions: learnt from %n picks over the last %1 listing days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n suggested paper(s).</source>
        <translation>
            <numerusform>Ticked %n suggested paper.</numerusform>
            <numerusform>Ticked %n suggested papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) not for us.</source>
        <translation>
            <numerusform>Marked %n paper not for us.</numerusform>
            <numerusform>Marked %n papers not for us.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::PrepareService</name>
    <message numerus="yes">
        <source>Ranking %n papers</source>
        <translation>
            <numerusform>Ranking %n paper</numerusform>
            <numerusform>Ranking %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafting %n papers</source>
        <translation>
            <numerusform>Drafting %n paper</numerusform>
            <numerusform>Drafting %n papers</numerusform>
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
    <message numerus="yes">
        <source>%n image(s), %1 px wide</source>
        <translation>
            <numerusform>%n image, %1 px wide</numerusform>
            <numerusform>%n images, %1 px wide</numerusform>
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
<context>
    <name>DigestStudio::ProposalsController</name>
    <message numerus="yes">
        <source>Drop %n proposal(s)</source>
        <translation>
            <numerusform>Drop %n proposal</numerusform>
            <numerusform>Drop %n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::WindowStatusBar</name>
    <message numerus="yes">
        <source>%n paper(s): %1 draft, %2 translated, %3 reviewed</source>
        <translation>
            <numerusform>%n paper: %1 draft, %2 translated, %3 reviewed</numerusform>
            <numerusform>%n papers: %1 draft, %2 translated, %3 reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafting: %1 of %n paper(s) done</source>
        <translation>
            <numerusform>Drafting: %1 of %n paper done</numerusform>
            <numerusform>Drafting: %1 of %n papers done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::Workspace</name>
    <message numerus="yes">
        <source>(%n paper(s))</source>
        <translation>
            <numerusform>(%n paper)</numerusform>
            <numerusform>(%n papers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepProposalsCommand</name>
    <message numerus="yes">
        <source>Keep %n proposal(s)</source>
        <translation>
            <numerusform>Keep %n proposal</numerusform>
            <numerusform>Keep %n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveEntryCommand</name>
    <message numerus="yes">
        <source>Move %n paper(s)</source>
        <translation>
            <numerusform>Move %n paper</numerusform>
            <numerusform>Move %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotForUsCommand</name>
    <message numerus="yes">
        <source>Mark %n paper(s) not for us</source>
        <translation>
            <numerusform>Mark %n paper not for us</numerusform>
            <numerusform>Mark %n papers not for us</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEntriesCommand</name>
    <message numerus="yes">
        <source>Remove %n paper(s)</source>
        <translation>
            <numerusform>Remove %n paper</numerusform>
            <numerusform>Remove %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveImagesCommand</name>
    <message numerus="yes">
        <source>Remove %n figure(s)</source>
        <translation>
            <numerusform>Remove %n figure</numerusform>
            <numerusform>Remove %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message numerus="yes">
        <source>Mark %n paper(s) %1</source>
        <translation>
            <numerusform>Mark %n paper %1</numerusform>
            <numerusform>Mark %n papers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetTagCommand</name>
    <message numerus="yes">
        <source>Tag %n paper(s) as %1</source>
        <translation>
            <numerusform>Tag %n paper as %1</numerusform>
            <numerusform>Tag %n papers as %1</numerusform>
        </translation>
    </message>
</context>
</TS>
