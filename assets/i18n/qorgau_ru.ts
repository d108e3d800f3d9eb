<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner-module pairs assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs completed (finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by region (share of assigned modules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate by module (passed / completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution (best score per learner and module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerWidgets</name>
    <message>
        <source>Victim safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim-centred practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-agency work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options, choose all that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item and press Alt+Up or Alt+Down to move it, or drag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, position {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the match for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 24, 2.5 or 60 852</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 24 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the best path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path scores as well as the best path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Cannot create the data folder {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qorgau cannot write to the data folder {0}. Ask IT staff to make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qorgau is already open with the data folder {0}. Switch to the open window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed the full curriculum for their role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed the module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training content based on {0}, used under CC BY 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>To receive the track certificate, first pass: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is issued once the module&apos;s quiz is passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be saved to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved to {0}.
Verification code: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Enter the verification code printed on a certificate. Case, spaces and dashes do not matter. Only certificates issued on this computer (this data folder) can be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid certificate has the code {0} on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code. A certificate issued on another computer can only be verified there; one whose record was changed after issue no longer verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full curriculum for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate {0} is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It certifies that this learner completed {0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate by module (C core, P police, J justice, S social work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution (best score per learner and module, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} learners ({1} active) · {2} of {3} assigned modules started, {4} completed, {5} passed · {6} attempts · mean score {7} · {8} certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link points to a web page. Qorgau works offline and does not open it; copy the address to open it later on a computer with internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct ({0}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of legal terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that use this term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save c&amp;ertificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;track certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review ({0} due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Pass this first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemAnalysisTab</name>
    <message>
        <source>Show only &amp;flagged questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: share answered correctly. Discrimination: facility among the top 27% of attempts minus the bottom 27%. Flags (from {0} answers): ⚑ too easy (facility above 90%), ⚑ too hard (below 20%), ⚑ negative discrimination (weaker learners do better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} questions answered, {1} flagged for review by content authors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abai Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akmola Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktobe Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almaty Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atyrau Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East Kazakhstan Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jambyl Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jetisu Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karaganda Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kostanay Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyzylorda Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangystau Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Kazakhstan Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pavlodar Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkistan Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulytau Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West Kazakhstan Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judges and prosecutors track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social work track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim-centred practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-agency work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <source>Edit learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Find a learner by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} learners: {1} active, {2} inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a learner to see every attempt, answer and certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {0}? They disappear from the profile list on this computer; their attempts and certificates are kept and they can be reactivated at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} for good? This also deletes {1} attempt(s) with {2} answer(s) and {3} certificate(s); certificates already printed will no longer verify. This cannot be undone.

To keep the record but hide the profile, choose Deactivate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: not in the learner&apos;s curriculum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>← &amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons in this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified legal translator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lesson is not installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is disabled for safety: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} modules could not be loaded because of problems in their files; see Help → Content problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything on screen at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit my profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qorgau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module opens once you have passed the modules before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used every attempt at this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review finished. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All training modules loaded without problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(portable mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qorgau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qorgau {0}
Offline training for the response to violence against women in Kazakhstan.

Data folder: {1}

Training content is built from Turarbekova A and others, &apos;Legal Frameworks for Combating Violence Against Women in Kazakhstan: Analysing Effectiveness and Implementation Gaps&apos; (2025) 8(1) Access to Justice in Eastern Europe 264-84, CC BY 4.0.

Built with Qt for Python (PySide6, LGPLv3), sqlite-utils (Apache 2.0), Python-Markdown (BSD), PyYAML (MIT) and pydantic (MIT).

Modules:
{2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Set the trainer password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the trainer password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer mode shows every learner&apos;s results. Choose a password of at least {0} characters that learners do not know. If it is forgotten, an administrator can reset it from the data folder without losing learners&apos; data (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current password, then the new one (at least {0} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Trainer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the trainer password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} file(s) can be imported. New learners: {1}. New attempts: {2}. Records completed by these files: {3}. Already present: {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} looks like {1}: merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates: the same name, role and region registered on two computers. Tick those that are the same person; a merge can be undone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused files and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused files and notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Who is learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (PIN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Create your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: district police department, court, social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 6 digits, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit or department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>← Back to the &amp;lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV — one row per learner and module (opens in Excel, Cyrillic intact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel workbook — Summary, Learners, Modules, Items, Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF cohort report — filters, summary tables, charts, per-module figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise: replace names with stable pseudonyms (Learner 3F2A91BC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report covers: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {0} a new PIN of 4 to 6 digits, or leave it empty to remove the PIN; they can then set a new one under Profile → Edit my profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You scored {0:.0f}% and passed (pass mark {1:.0f}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You scored {0:.0f}%. The pass mark is {1:.0f}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again ({0} left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lessons found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening Qorgau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Qorgau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>E&amp;xport my progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo a learner merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile first, then export its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qorgau progress bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress saved to {0}: {1} learner(s), {2} attempt(s).
Signing key fingerprint: {3}. Give the file to your trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} file(s): {1} new learner(s), {2} new attempt(s); {3} record(s) were already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {0} duplicate profile(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner profiles are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count {0} and {1} as two different people again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerGate</name>
    <message>
        <source>%n second(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Trainer mode is locked; try again in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That password is not correct. %n more tries before trainer mode locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not set: it needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct; the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>Open trainer &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change trainer password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock trainer mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerWorkspace</name>
    <message>
        <source>{0} — trainer workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything on screen at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock trainer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Qorgau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qorgau trains police officers, judges, prosecutors and social workers to respond to violence against women under Kazakhstan&apos;s law. It works without internet; your answers are saved on this computer as you go.

To begin, create your profile. If several people share this computer, each creates their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
