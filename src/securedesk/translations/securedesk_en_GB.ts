<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user signs in with this one-time passphrase and must choose their own straight away. Hand it over in person, never by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Case officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case o&amp;fficer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel c&amp;hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;ministrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;sers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected user&apos;s clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment size limit in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification ceiling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %s added. They must change the one-time passphrase when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %s a new one-time passphrase? Their current passphrase stops working at once. The new one is shown to you only once; they must change it when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %s was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %s? They will no longer be able to sign in. Their key slot is removed and the database key is rotated, so a copy of their passphrase or of their old key slot no longer opens the vault. Their cases and the audit log keep their name. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is disabled; the database key was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %s were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance of %s was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the user filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search names, references and information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with a review due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hildren only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with a child subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Case sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected item&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan &amp;&amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as… (disclosure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected attachment to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachme&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assess&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt; · Marking: &lt;b&gt;%2&lt;/b&gt; · Owner: %3 · Next review: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[superseded] </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld: above your clearance.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Latest assessment %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the previous assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change since the previous assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving writes the attachment unencrypted to disk. It is recorded as a disclosure in the audit log. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Choose your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a one-time passphrase. Choose your own to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance of %s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Creating the demo vault of invented people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were %1 failed sign-in attempts for your account since you last signed in (the last at %2). If they were not yours, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>SecureDesk — create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Correct an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caveats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Why do you need this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %s is outside your caseload. Say why you need it; your reason is recorded in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;SecureDesk is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for %s. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SecureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Ctrl+L locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not bound to this terminal (chosen when it was made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer bundles arrive with the transfer release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkingBanner</name>
    <message>
        <source>LOCKED — NO CASE CONTENT SHOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases on agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only for now: meeting packs and editing meetings come in a later version of SecureDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to see its members and agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, chaired by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no cases on the agenda)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject&apos;s given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject&apos;s family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subject&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least 12 characters; several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneTimePassphraseDialog</name>
    <message>
        <source>One-time passphrase for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new one-time passphrase for %s. It is shown only this once. Hand it over in person (never by email or phone); they must choose their own passphrase when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>Role: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %s:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>SecureDesk — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;SecureDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault of invented people. Sign in as &lt;b&gt;%1&lt;/b&gt; with the passphrase &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account creates users and sets policy. Choose a passphrase you can remember: nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TerminalPage</name>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind the vault to this terminal (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the vault to this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When bound, a secret kept in this computer&apos;s keyring is needed as well as a passphrase, so a copy of the vault taken to another computer cannot be opened even by someone who knows a passphrase. Leave it unbound only if the vault must move between computers; SecureDesk will then say so on every sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The vault database is damaged: a page failed its integrity check. It was not modified. Restore it from a backup and report the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%s). Nothing was half-saved; try again, and report it if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
