<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Change action</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Action owner</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What happened (kept in the action&apos;s history)</source>
        <translation>What happened (kept in the action&apos;s history)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Trust a partner terminal</source>
        <translation>Trust a partner terminal</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Fingerprint on the card</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the partner by telephone or in person. Trust the card only if every digit matches.</source>
        <translation>Compare this fingerprint with the partner by telephone or in person. Trust the card only if every digit matches.</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Trusted until</translation>
    </message>
    <message>
        <source>Highest marking to send to this terminal</source>
        <translation>Highest marking to send to this terminal</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Ceiling on the card:</source>
        <translation>Ceiling on the card:</translation>
    </message>
    <message>
        <source>Card made on:</source>
        <translation>Card made on:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Trusted &amp;until:</source>
        <translation>Trusted &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Ceiling:</source>
        <translation>&amp;Ceiling:</translation>
    </message>
    <message>
        <source>&amp;Trust this terminal</source>
        <translation>&amp;Trust this terminal</translation>
    </message>
    <message>
        <source>Trust this terminal</source>
        <translation>Trust this terminal</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Member&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Member&apos;s agency</source>
        <translation>Member&apos;s agency</translation>
    </message>
    <message>
        <source>Member&apos;s clearance</source>
        <translation>Member&apos;s clearance</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>Language of the member&apos;s pack copies</source>
        <translation>Language of the member&apos;s pack copies</translation>
    </message>
    <message>
        <source>The member&apos;s copies of meeting packs are drawn in this language. Bilingual copies give Welsh first, then English; partners&apos; words stay as written.</source>
        <translation>The member&apos;s copies of meeting packs are drawn in this language. Bilingual copies give Welsh first, then English; partners&apos; words stay as written.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Welsh (Cymraeg)</translation>
    </message>
    <message>
        <source>Bilingual: Welsh first, then English</source>
        <translation>Bilingual: Welsh first, then English</translation>
    </message>
    <message>
        <source>Pack &amp;language:</source>
        <translation>Pack &amp;language:</translation>
    </message>
</context>
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add backup recipient</source>
        <translation>Add backup recipient</translation>
    </message>
    <message>
        <source>Age public key</source>
        <translation>Age public key</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Every backup made from now on is encrypted to this key as well; whoever holds its secret half can read those backups. The label says whose key it is (a role, not a person&apos;s name).</source>
        <translation>Every backup made from now on is encrypted to this key as well; whoever holds its secret half can read those backups. The label says whose key it is (a role, not a person&apos;s name).</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Public key:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Add recipient</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>One-time passphrase</translation>
    </message>
    <message>
        <source>One-time passphrase again</source>
        <translation>One-time passphrase again</translation>
    </message>
    <message>
        <source>The new user signs in with this one-time passphrase and must choose their own straight away. Hand it over in person, never by email.</source>
        <translation>The new user signs in with this one-time passphrase and must choose their own straight away. Hand it over in person, never by email.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>One-time &amp;passphrase:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Case officer</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation>Panel chair</translation>
    </message>
    <message>
        <source>Transfer officer</source>
        <translation>Transfer officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Case o&amp;fficer</source>
        <translation>Case o&amp;fficer</translation>
    </message>
    <message>
        <source>Panel c&amp;hair</source>
        <translation>Panel c&amp;hair</translation>
    </message>
    <message>
        <source>&amp;Transfer officer</source>
        <translation>&amp;Transfer officer</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator</source>
        <translation>Ad&amp;ministrator</translation>
    </message>
    <message>
        <source>A&amp;uditor</source>
        <translation>A&amp;uditor</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Users:</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation>&amp;Reset passphrase…</translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s passphrase</source>
        <translation>Reset the selected user&apos;s passphrase</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>Disable the selected user</source>
        <translation>Disable the selected user</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>R&amp;oles…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles</source>
        <translation>Change the selected user&apos;s roles</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>&amp;Clearance…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s clearance</source>
        <translation>Change the selected user&apos;s clearance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>Idle lock in minutes</translation>
    </message>
    <message>
        <source>Classification ceiling</source>
        <translation>Classification ceiling</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Attachment size limit in megabytes</source>
        <translation>Attachment size limit in megabytes</translation>
    </message>
    <message>
        <source>Appl&amp;y policy</source>
        <translation>Appl&amp;y policy</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Apply policy</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse movement before the window locks.</source>
        <translation>Minutes without a key press or mouse movement before the window locks.</translation>
    </message>
    <message>
        <source>The highest protective marking this vault may hold.</source>
        <translation>The highest protective marking this vault may hold.</translation>
    </message>
    <message>
        <source>The largest file that can be attached.</source>
        <translation>The largest file that can be attached.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>&amp;Idle lock after:</translation>
    </message>
    <message>
        <source>Classification c&amp;eiling:</source>
        <translation>Classification c&amp;eiling:</translation>
    </message>
    <message>
        <source>Attachment li&amp;mit:</source>
        <translation>Attachment li&amp;mit:</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users and policy</source>
        <translation>Users and policy</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Scroll the tabs</source>
        <translation>Scroll the tabs</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Must change passphrase</source>
        <translation>Must change passphrase</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>User %s added. They must change the one-time passphrase when they first sign in.</source>
        <translation>User %s added. They must change the one-time passphrase when they first sign in.</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Reset passphrase</translation>
    </message>
    <message>
        <source>Give %s a new one-time passphrase? Their current passphrase stops working at once. The new one is shown to you only once; they must change it when they sign in.</source>
        <translation>Give %s a new one-time passphrase? Their current passphrase stops working at once. The new one is shown to you only once; they must change it when they sign in.</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase</source>
        <translation>&amp;Reset passphrase</translation>
    </message>
    <message>
        <source>The passphrase of %s was reset.</source>
        <translation>The passphrase of %s was reset.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %s? They will no longer be able to sign in. Their key slot is removed and the database key is rotated, so a copy of their passphrase or of their old key slot no longer opens the vault. Their cases and the audit log keep their name. This takes a moment.</source>
        <translation>Disable %s? They will no longer be able to sign in. Their key slot is removed and the database key is rotated, so a copy of their passphrase or of their old key slot no longer opens the vault. Their cases and the audit log keep their name. This takes a moment.</translation>
    </message>
    <message>
        <source>&amp;Disable user</source>
        <translation>&amp;Disable user</translation>
    </message>
    <message>
        <source>%s is disabled; the database key was rotated.</source>
        <translation>%s is disabled; the database key was rotated.</translation>
    </message>
    <message>
        <source>The roles of %s were changed.</source>
        <translation>The roles of %s were changed.</translation>
    </message>
    <message>
        <source>The clearance of %s was changed.</source>
        <translation>The clearance of %s was changed.</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>Policy saved.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Find cases by reference or name and add them; the agenda is discussed in the order on the right. Children&apos;s cases are put first.</source>
        <translation>Find cases by reference or name and add them; the agenda is discussed in the order on the right. Children&apos;s cases are put first.</translation>
    </message>
    <message>
        <source>Find cases for the agenda</source>
        <translation>Find cases for the agenda</translation>
    </message>
    <message>
        <source>Reference or name…</source>
        <translation>Reference or name…</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Cases found</translation>
    </message>
    <message>
        <source>Cases on the agenda, in order</source>
        <translation>Cases on the agenda, in order</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>Add the chosen cases</source>
        <translation>Add the chosen cases</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Remove from the agenda</translation>
    </message>
    <message>
        <source>Move the case up</source>
        <translation>Move the case up</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the case down</source>
        <translation>Move the case down</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>On the a&amp;genda:</source>
        <translation>On the a&amp;genda:</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>AgreeActionDialog</name>
    <message>
        <source>Action agreed for %1</source>
        <translation>Action agreed for %1</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Action agreed</translation>
    </message>
    <message>
        <source>Agency that will do it</source>
        <translation>Agency that will do it</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Owning agency</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Action owner</translation>
    </message>
    <message>
        <source>Who will do it (default: you)</source>
        <translation>Who will do it (default: you)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>AssessmentReadingView</name>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Scores and evidence of the latest assessment</source>
        <translation>Scores and evidence of the latest assessment</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>(no evidence given)</source>
        <translation>(no evidence given)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign case %1</source>
        <translation>Assign case %1</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>Choose an officer</translation>
    </message>
    <message>
        <source>Owned now by %1.</source>
        <translation>Owned now by %1.</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>New &amp;owner:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment text</source>
        <translation>Attachment text</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>vault created</source>
        <translation>vault created</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>failed sign-ins reported</source>
        <translation>failed sign-ins reported</translation>
    </message>
    <message>
        <source>failed sign-ins by unknown users reported</source>
        <translation>failed sign-ins by unknown users reported</translation>
    </message>
    <message>
        <source>sign-in failure record tampered</source>
        <translation>sign-in failure record tampered</translation>
    </message>
    <message>
        <source>policy changed</source>
        <translation>policy changed</translation>
    </message>
    <message>
        <source>vault integrity checked</source>
        <translation>vault integrity checked</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <source>refused: no justification</source>
        <translation>refused: no justification</translation>
    </message>
    <message>
        <source>refused: above clearance</source>
        <translation>refused: above clearance</translation>
    </message>
    <message>
        <source>refused: above ceiling</source>
        <translation>refused: above ceiling</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>user added</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>roles changed</translation>
    </message>
    <message>
        <source>clearance changed</source>
        <translation>clearance changed</translation>
    </message>
    <message>
        <source>passphrase reset</source>
        <translation>passphrase reset</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>user disabled</translation>
    </message>
    <message>
        <source>database key rotated</source>
        <translation>database key rotated</translation>
    </message>
    <message>
        <source>case added</source>
        <translation>case added</translation>
    </message>
    <message>
        <source>cases searched</source>
        <translation>cases searched</translation>
    </message>
    <message>
        <source>case viewed</source>
        <translation>case viewed</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>item added</source>
        <translation>item added</translation>
    </message>
    <message>
        <source>chronology entry added</source>
        <translation>chronology entry added</translation>
    </message>
    <message>
        <source>action added</source>
        <translation>action added</translation>
    </message>
    <message>
        <source>action updated</source>
        <translation>action updated</translation>
    </message>
    <message>
        <source>assessment added</source>
        <translation>assessment added</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>attachment added</translation>
    </message>
    <message>
        <source>attachment viewed</source>
        <translation>attachment viewed</translation>
    </message>
    <message>
        <source>attachment saved to disk</source>
        <translation>attachment saved to disk</translation>
    </message>
    <message>
        <source>meeting added</source>
        <translation>meeting added</translation>
    </message>
    <message>
        <source>meeting details changed</source>
        <translation>meeting details changed</translation>
    </message>
    <message>
        <source>meeting member added</source>
        <translation>meeting member added</translation>
    </message>
    <message>
        <source>attendance recorded</source>
        <translation>attendance recorded</translation>
    </message>
    <message>
        <source>agenda set</source>
        <translation>agenda set</translation>
    </message>
    <message>
        <source>agenda reordered</source>
        <translation>agenda reordered</translation>
    </message>
    <message>
        <source>decision sought set</source>
        <translation>decision sought set</translation>
    </message>
    <message>
        <source>meeting viewed</source>
        <translation>meeting viewed</translation>
    </message>
    <message>
        <source>minutes recorded</source>
        <translation>minutes recorded</translation>
    </message>
    <message>
        <source>minutes amended</source>
        <translation>minutes amended</translation>
    </message>
    <message>
        <source>action agreed</source>
        <translation>action agreed</translation>
    </message>
    <message>
        <source>meeting pack previewed</source>
        <translation>meeting pack previewed</translation>
    </message>
    <message>
        <source>meeting pack copy issued</source>
        <translation>meeting pack copy issued</translation>
    </message>
    <message>
        <source>audit chain verified</source>
        <translation>audit chain verified</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>audit log exported</translation>
    </message>
    <message>
        <source>audit key started</source>
        <translation>audit key started</translation>
    </message>
    <message>
        <source>audit checkpoint written</source>
        <translation>audit checkpoint written</translation>
    </message>
    <message>
        <source>terminal identity created</source>
        <translation>terminal identity created</translation>
    </message>
    <message>
        <source>contact card exported</source>
        <translation>contact card exported</translation>
    </message>
    <message>
        <source>age identity exported</source>
        <translation>age identity exported</translation>
    </message>
    <message>
        <source>trusted terminal added</source>
        <translation>trusted terminal added</translation>
    </message>
    <message>
        <source>trusted terminal renewed</source>
        <translation>trusted terminal renewed</translation>
    </message>
    <message>
        <source>trusted terminal revoked</source>
        <translation>trusted terminal revoked</translation>
    </message>
    <message>
        <source>trust refused: own card</source>
        <translation>trust refused: own card</translation>
    </message>
    <message>
        <source>trust refused: revoked</source>
        <translation>trust refused: revoked</translation>
    </message>
    <message>
        <source>trust refused: key reused</source>
        <translation>trust refused: key reused</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>bundle exported</translation>
    </message>
    <message>
        <source>case exported in bundle</source>
        <translation>case exported in bundle</translation>
    </message>
    <message>
        <source>item released under caveat override</source>
        <translation>item released under caveat override</translation>
    </message>
    <message>
        <source>bundle file not written</source>
        <translation>bundle file not written</translation>
    </message>
    <message>
        <source>receipt issued</source>
        <translation>receipt issued</translation>
    </message>
    <message>
        <source>receipt recorded</source>
        <translation>receipt recorded</translation>
    </message>
    <message>
        <source>partner checkpoints written</source>
        <translation>partner checkpoints written</translation>
    </message>
    <message>
        <source>bundle refused</source>
        <translation>bundle refused</translation>
    </message>
    <message>
        <source>bundle inspected</source>
        <translation>bundle inspected</translation>
    </message>
    <message>
        <source>bundle already imported</source>
        <translation>bundle already imported</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>bundle imported</translation>
    </message>
    <message>
        <source>import conflict settled: local record kept</source>
        <translation>import conflict settled: local record kept</translation>
    </message>
    <message>
        <source>invented demo data added</source>
        <translation>invented demo data added</translation>
    </message>
    <message>
        <source>demo account ready</source>
        <translation>demo account ready</translation>
    </message>
    <message>
        <source>actions listed</source>
        <translation>actions listed</translation>
    </message>
    <message>
        <source>action history viewed</source>
        <translation>action history viewed</translation>
    </message>
    <message>
        <source>minutes history viewed</source>
        <translation>minutes history viewed</translation>
    </message>
    <message>
        <source>backup recovery key written</source>
        <translation>backup recovery key written</translation>
    </message>
    <message>
        <source>backup recipient added</source>
        <translation>backup recipient added</translation>
    </message>
    <message>
        <source>backup recipient removed</source>
        <translation>backup recipient removed</translation>
    </message>
    <message>
        <source>backup created</source>
        <translation>backup created</translation>
    </message>
    <message>
        <source>backup verified</source>
        <translation>backup verified</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>retention reviews listed</source>
        <translation>retention reviews listed</translation>
    </message>
    <message>
        <source>case kept at retention review</source>
        <translation>case kept at retention review</translation>
    </message>
    <message>
        <source>case destruction proposed</source>
        <translation>case destruction proposed</translation>
    </message>
    <message>
        <source>refused: own destruction proposal</source>
        <translation>refused: own destruction proposal</translation>
    </message>
    <message>
        <source>case destroyed</source>
        <translation>case destroyed</translation>
    </message>
    <message>
        <source>freed space wiped</source>
        <translation>freed space wiped</translation>
    </message>
    <message>
        <source>destruction register viewed</source>
        <translation>destruction register viewed</translation>
    </message>
    <message>
        <source>subject access report written</source>
        <translation>subject access report written</translation>
    </message>
    <message>
        <source>case reporting categories set</source>
        <translation>case reporting categories set</translation>
    </message>
    <message>
        <source>closing outcome recorded</source>
        <translation>closing outcome recorded</translation>
    </message>
    <message>
        <source>panel statistics viewed</source>
        <translation>panel statistics viewed</translation>
    </message>
    <message>
        <source>panel report produced</source>
        <translation>panel report produced</translation>
    </message>
    <message>
        <source>people searched</source>
        <translation>people searched</translation>
    </message>
    <message>
        <source>person viewed</source>
        <translation>person viewed</translation>
    </message>
    <message>
        <source>likely duplicates checked</source>
        <translation>likely duplicates checked</translation>
    </message>
    <message>
        <source>person merged</source>
        <translation>person merged</translation>
    </message>
    <message>
        <source>case subject merged</source>
        <translation>case subject merged</translation>
    </message>
    <message>
        <source>refused: person merge</source>
        <translation>refused: person merge</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>case assigned</translation>
    </message>
    <message>
        <source>refused: case assignment</source>
        <translation>refused: case assignment</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <source>case record edited</source>
        <translation>case record edited</translation>
    </message>
    <message>
        <source>refused: needs {permission}</source>
        <translation>refused: needs {permission}</translation>
    </message>
    <message>
        <source>refused: {purpose} case above clearance</source>
        <translation>refused: {purpose} case above clearance</translation>
    </message>
    <message>
        <source>bundle export refused: {reason}</source>
        <translation>bundle export refused: {reason}</translation>
    </message>
    <message>
        <source>contact card rejected: {reason}</source>
        <translation>contact card rejected: {reason}</translation>
    </message>
    <message>
        <source>meeting pack copy {status}</source>
        <translation>meeting pack copy {status}</translation>
    </message>
    <message>
        <source>case {outcome} from bundle</source>
        <translation>case {outcome} from bundle</translation>
    </message>
</context>
<context>
    <name>AuditCodes</name>
    <message>
        <source>view cases</source>
        <translation>view cases</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>edit cases</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>manage meetings</source>
        <translation>manage meetings</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>administer</source>
        <translation>administer</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>auditor role</source>
        <translation>auditor role</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pack</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>assignment</translation>
    </message>
    <message>
        <source>minutes history</source>
        <translation>minutes history</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} or {second}</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Object type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Recorded as: %1</translation>
    </message>
    <message>
        <source>Case id %s</source>
        <translation>Case id %s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>AuditObjects</name>
    <message>
        <source>vault</source>
        <translation>vault</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>chronology_entry</source>
        <translation>chronology_entry</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>person_link</source>
        <translation>person_link</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retention</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>import conflict</source>
        <translation>import conflict</translation>
    </message>
    <message>
        <source>import conflicts</source>
        <translation>import conflicts</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>backup recipient</source>
        <translation>backup recipient</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Alteration</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combination</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filter by outcome</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Filter by action text</source>
        <translation>Filter by action text</translation>
    </message>
    <message>
        <source>Clear the user filter</source>
        <translation>Clear the user filter</translation>
    </message>
    <message>
        <source>Clear the action filter</source>
        <translation>Clear the action filter</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation>Load older events</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verify the audit chain</translation>
    </message>
    <message>
        <source>Check against a &amp;checkpoint…</source>
        <translation>Check against a &amp;checkpoint…</translation>
    </message>
    <message>
        <source>Check that the chain reaches a signed checkpoint file</source>
        <translation>Check that the chain reaches a signed checkpoint file</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>Cat&amp;egory:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Action contains:</source>
        <translation>&amp;Action contains:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s) shown</source>
        <translation>
            <numerusform>Newest %n event shown</numerusform>
            <numerusform>Newest %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s)</source>
        <translation>
            <numerusform>Chain intact: %n event</numerusform>
            <numerusform>Chain intact: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at event %1: %2</source>
        <translation>Broken at event %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s), but roles or clearance changed with no event</source>
        <translation>
            <numerusform>Chain intact: %n event(s), but roles or clearance changed with no event</numerusform>
            <numerusform>Chain intact: %n event(s), but roles or clearance changed with no event</numerusform>
        </translation>
    </message>
    <message>
        <source>MACs: none yet (the MAC chain starts once the vault has an auditor); checked by hash only.</source>
        <translation>MACs: none yet (the MAC chain starts once the vault has an auditor); checked by hash only.</translation>
    </message>
    <message>
        <source>MACs were not checked: sign in as an auditor.</source>
        <translation>MACs were not checked: sign in as an auditor.</translation>
    </message>
    <message numerus="yes">
        <source>MACs checked: %n event(s).</source>
        <translation>
            <numerusform>MACs checked: %n event(s).</numerusform>
            <numerusform>MACs checked: %n event(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are in periods whose MAC key was not sealed to you: another auditor can check them.</source>
        <translation>
            <numerusform>%n event(s) are in periods whose MAC key was not sealed to you: another auditor can check them.</numerusform>
            <numerusform>%n event(s) are in periods whose MAC key was not sealed to you: another auditor can check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No auditor holds the current MAC key: grant the auditor role to someone so that new events can be checked.</source>
        <translation>No auditor holds the current MAC key: grant the auditor role to someone so that new events can be checked.</translation>
    </message>
    <message>
        <source>Users whose roles or clearance have no event: %1</source>
        <translation>Users whose roles or clearance have no event: %1</translation>
    </message>
    <message>
        <source>Every user&apos;s roles and clearance match the events that set them.</source>
        <translation>Every user&apos;s roles and clearance match the events that set them.</translation>
    </message>
    <message>
        <source>Choose a checkpoint</source>
        <translation>Choose a checkpoint</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.checkpoint);;All files (*)</source>
        <translation>Audit checkpoints (*.checkpoint);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the checkpoint…</source>
        <translation>Checking the checkpoint…</translation>
    </message>
    <message>
        <source>The chain reaches the checkpoint at event %1.</source>
        <translation>The chain reaches the checkpoint at event %1.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backup overdue: the vault was due a backup on %1. Administration → Backups → Back up now…</source>
        <translation>Backup overdue: the vault was due a backup on %1. Administration → Backups → Back up now…</translation>
    </message>
    <message>
        <source>Backup overdue: the vault was due a backup on %1. Tell an administrator.</source>
        <translation>Backup overdue: the vault was due a backup on %1. Tell an administrator.</translation>
    </message>
    <message>
        <source>Backups up to date</source>
        <translation>Backups up to date</translation>
    </message>
    <message>
        <source>A backup written on this disk could not be made now. %1</source>
        <translation>A backup written on this disk could not be made now. %1</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Backups of this vault</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Next due:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Choose a new file (on removable media) and write an encrypted, signed backup of the vault to it. The window stays usable meanwhile.</source>
        <translation>Choose a new file (on removable media) and write an encrypted, signed backup of the vault to it. The window stays usable meanwhile.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Backup recipients</source>
        <translation>Backup recipients</translation>
    </message>
    <message>
        <source>Backups are encrypted to every recipient below and can be opened only with one of their secret keys. Write the organisation&apos;s recovery key once: its secret half goes to a new file (owner-only) that you move to removable media for the safe and delete from this terminal; its public half becomes a recipient. A restore on a new terminal needs that file. Anyone holding it and a backup can read every case, so keep it locked away.</source>
        <translation>Backups are encrypted to every recipient below and can be opened only with one of their secret keys. Write the organisation&apos;s recovery key once: its secret half goes to a new file (owner-only) that you move to removable media for the safe and delete from this terminal; its public half becomes a recipient. A restore on a new terminal needs that file. Anyone holding it and a backup can read every case, so keep it locked away.</translation>
    </message>
    <message>
        <source>Write &amp;recovery key…</source>
        <translation>Write &amp;recovery key…</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s recovery key</source>
        <translation>Write the organisation&apos;s recovery key</translation>
    </message>
    <message>
        <source>&amp;Add recipient…</source>
        <translation>&amp;Add recipient…</translation>
    </message>
    <message>
        <source>Add backup recipient</source>
        <translation>Add backup recipient</translation>
    </message>
    <message>
        <source>Re&amp;move recipient…</source>
        <translation>Re&amp;move recipient…</translation>
    </message>
    <message>
        <source>Remove the selected backup recipient</source>
        <translation>Remove the selected backup recipient</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>None yet: this vault has never been backed up.</source>
        <translation>None yet: this vault has never been backed up.</translation>
    </message>
    <message>
        <source>%1 (%2 made in all)</source>
        <translation>%1 (%2 made in all)</translation>
    </message>
    <message>
        <source>%1 (every %2 days, by policy)</source>
        <translation>%1 (every %2 days, by policy)</translation>
    </message>
    <message>
        <source>OVERDUE since %1: back up now.</source>
        <translation>OVERDUE since %1: back up now.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Next due: %1</translation>
    </message>
    <message>
        <source>Write the recovery key first: a backup needs a recipient.</source>
        <translation>Write the recovery key first: a backup needs a recipient.</translation>
    </message>
    <message>
        <source>%1 is now a backup recipient.</source>
        <translation>%1 is now a backup recipient.</translation>
    </message>
    <message>
        <source>Remove backup recipient</source>
        <translation>Remove backup recipient</translation>
    </message>
    <message>
        <source>Stop encrypting new backups to %1? Backups already made stay readable with its secret key.</source>
        <translation>Stop encrypting new backups to %1? Backups already made stay readable with its secret key.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Remove recipient</translation>
    </message>
    <message>
        <source>%1 is no longer a backup recipient.</source>
        <translation>%1 is no longer a backup recipient.</translation>
    </message>
    <message>
        <source>Write the recovery key to a new file</source>
        <translation>Write the recovery key to a new file</translation>
    </message>
    <message>
        <source>Recovery key (*.txt)</source>
        <translation>Recovery key (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key written to %1 (owner-only). Move it to removable media for the safe and delete it from this terminal. Its public key is now a recipient.</source>
        <translation>Recovery key written to %1 (owner-only). Move it to removable media for the safe and delete it from this terminal. Its public key is now a recipient.</translation>
    </message>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>Back up the vault to a new file</translation>
    </message>
    <message>
        <source>SecureDesk backups (*.sdbackup)</source>
        <translation>SecureDesk backups (*.sdbackup)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB, %3 recipient(s)). Store it away from this terminal.</source>
        <translation>Backup written to %1 (%2 MB, %3 recipient(s)). Store it away from this terminal.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Matched in: %s</source>
        <translation>Matched in: %s</translation>
    </message>
    <message>
        <source>The review date has passed: the case is overdue for review.</source>
        <translation>The review date has passed: the case is overdue for review.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 overdue</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search names, references and information…</source>
        <translation>Search names, references and information…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Search references, subjects&apos; names and, in your own cases, the text of information items (Ctrl+F). Every word must match; the last may be the start of a word.</source>
        <translation>Search references, subjects&apos; names and, in your own cases, the text of information items (Ctrl+F). Every word must match; the last may be the start of a word.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Which cases to list. &quot;Open cases&quot; leaves out closed ones, in a search too.</source>
        <translation>Which cases to list. &quot;Open cases&quot; leaves out closed ones, in a search too.</translation>
    </message>
    <message>
        <source>Only cases with this protective marking (you see none above your clearance).</source>
        <translation>Only cases with this protective marking (you see none above your clearance).</translation>
    </message>
    <message>
        <source>Filter by marking</source>
        <translation>Filter by marking</translation>
    </message>
    <message>
        <source>Any marking</source>
        <translation>Any marking</translation>
    </message>
    <message>
        <source>&amp;Review due within 30 days</source>
        <translation>&amp;Review due within 30 days</translation>
    </message>
    <message>
        <source>Only cases with a review due within 30 days</source>
        <translation>Only cases with a review due within 30 days</translation>
    </message>
    <message>
        <source>Chil&amp;dren only</source>
        <translation>Chil&amp;dren only</translation>
    </message>
    <message>
        <source>Only cases with a child subject</source>
        <translation>Only cases with a child subject</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Open a new case</translation>
    </message>
    <message>
        <source>Open a new case from a referral (Ctrl+N).</source>
        <translation>Open a new case from a referral (Ctrl+N).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied to a search: clear the search box to use this filter.</source>
        <translation>Not applied to a search: clear the search box to use this filter.</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Consent history:</source>
        <translation>Consent history:</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date not recorded</translation>
    </message>
    <message>
        <source>as opened</source>
        <translation>as opened</translation>
    </message>
    <message>
        <source>recorded %1 (before history was kept, or from a bundle)</source>
        <translation>recorded %1 (before history was kept, or from a bundle)</translation>
    </message>
    <message>
        <source>recorded by %1 on %2</source>
        <translation>recorded by %1 on %2</translation>
    </message>
    <message>
        <source>Case %1 is now owned by %2 and has left your caseload. Close it, or open it again with a justification.</source>
        <translation>Case %1 is now owned by %2 and has left your caseload. Close it, or open it again with a justification.</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>Assi&amp;gn…</translation>
    </message>
    <message>
        <source>Assign the case to another officer</source>
        <translation>Assign the case to another officer</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translation>Co&amp;nsent…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Edit review dates or the marking</source>
        <translation>Edit review dates or the marking</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Case sections</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Reason (required to close)</source>
        <translation>Reason (required to close)</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Reason for the status change</translation>
    </message>
    <message>
        <source>Change stat&amp;us</source>
        <translation>Change stat&amp;us</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Chronolog&amp;y</source>
        <translation>Chronolog&amp;y</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Caveats</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>Information items</translation>
    </message>
    <message>
        <source>&amp;Record information…</source>
        <translation>&amp;Record information…</translation>
    </message>
    <message>
        <source>Record information</source>
        <translation>Record information</translation>
    </message>
    <message>
        <source>Correct selecte&amp;d…</source>
        <translation>Correct selecte&amp;d…</translation>
    </message>
    <message>
        <source>Correct the selected item</source>
        <translation>Correct the selected item</translation>
    </message>
    <message>
        <source>Copy te&amp;xt</source>
        <translation>Copy te&amp;xt</translation>
    </message>
    <message>
        <source>Copy the selected item&apos;s text</source>
        <translation>Copy the selected item&apos;s text</translation>
    </message>
    <message>
        <source>Record what an agency told you, with its grade, marking and caveats.</source>
        <translation>Record what an agency told you, with its grade, marking and caveats.</translation>
    </message>
    <message>
        <source>Record a correction: the item stays in the record, marked as superseded.</source>
        <translation>Record a correction: the item stays in the record, marked as superseded.</translation>
    </message>
    <message>
        <source>Copy the item&apos;s text; the clipboard is cleared after a short time.</source>
        <translation>Copy the item&apos;s text; the clipboard is cleared after a short time.</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; a&amp;ctions</source>
        <translation>Plan &amp;&amp; a&amp;ctions</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation>View the selected attachment</translation>
    </message>
    <message>
        <source>Save as… (&amp;disclosure)</source>
        <translation>Save as… (&amp;disclosure)</translation>
    </message>
    <message>
        <source>Save the selected attachment to disk</source>
        <translation>Save the selected attachment to disk</translation>
    </message>
    <message>
        <source>Attachmen&amp;ts</source>
        <translation>Attachmen&amp;ts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Acc&amp;ess log</source>
        <translation>Acc&amp;ess log</translation>
    </message>
    <message>
        <source>Score: %s</source>
        <translation>Score: %s</translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation>Evidence: %s</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Summary conclusion</source>
        <translation>Summary conclusion</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Sa&amp;ve assessment</source>
        <translation>Sa&amp;ve assessment</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>CHILD</source>
        <translation>CHILD</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation>Referred by %1 on %2.</translation>
    </message>
    <message>
        <source>Consent: %s</source>
        <translation>Consent: %s</translation>
    </message>
    <message>
        <source>Closed: %s</source>
        <translation>Closed: %s</translation>
    </message>
    <message>
        <source>a terminal no longer in the trust store</source>
        <translation>a terminal no longer in the trust store</translation>
    </message>
    <message>
        <source>Received from %1 (fingerprint %2) on %3, in bundle %4.</source>
        <translation>Received from %1 (fingerprint %2) on %3, in bundle %4.</translation>
    </message>
    <message>
        <source>First assessment: there is nothing earlier to compare with.</source>
        <translation>First assessment: there is nothing earlier to compare with.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation>Born %1 (age %2)</translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation>Also known as: %s</translation>
    </message>
    <message>
        <source>[superseded] </source>
        <translation>[superseded] </translation>
    </message>
    <message>
        <source>Status: %1 · Marking: %2 · Owner: %3 · Next review: %4</source>
        <translation>Status: %1 · Marking: %2 · Owner: %3 · Next review: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld: above your clearance.</source>
        <translation>
            <numerusform>%n item withheld: above your clearance.</numerusform>
            <numerusform>%n items withheld: above your clearance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest assessment %1 by %2: %3</source>
        <translation>Latest assessment %1 by %2: %3</translation>
    </message>
    <message>
        <source>Changed since the previous assessment:</source>
        <translation>Changed since the previous assessment:</translation>
    </message>
    <message>
        <source>No change since the previous assessment.</source>
        <translation>No change since the previous assessment.</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>No assessment yet.</translation>
    </message>
    <message>
        <source>Double-click to see this person, their links and cases</source>
        <translation>Double-click to see this person, their links and cases</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Attaching…</translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation>Save outside the vault?</translation>
    </message>
    <message>
        <source>Saving writes the attachment unencrypted to disk. It is recorded as a disclosure in the audit log. Continue?</source>
        <translation>Saving writes the attachment unencrypted to disk. It is recorded as a disclosure in the audit log. Continue?</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Choose your passphrase</source>
        <translation>Choose your passphrase</translation>
    </message>
    <message>
        <source>You signed in with a one-time passphrase. Choose your own to continue.</source>
        <translation>You signed in with a one-time passphrase. Choose your own to continue.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Choose a new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
</context>
<context>
    <name>ChronologyText</name>
    <message>
        <source>Assessment by %1</source>
        <translation>Assessment by %1</translation>
    </message>
    <message>
        <source>Action agreed: %1</source>
        <translation>Action agreed: %1</translation>
    </message>
    <message>
        <source>Discussed at %1</source>
        <translation>Discussed at %1</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of %s</source>
        <translation>Clearance of %s</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>&amp;Clearance of %s:</source>
        <translation>&amp;Clearance of %s:</translation>
    </message>
    <message>
        <source>&amp;Save clearance</source>
        <translation>&amp;Save clearance</translation>
    </message>
    <message>
        <source>Save clearance</source>
        <translation>Save clearance</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for case %1</source>
        <translation>Consent for case %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consent:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Record consent</translation>
    </message>
</context>
<context>
    <name>CopyRegister</name>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>CopyRegisterPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Copies issued</translation>
    </message>
    <message>
        <source>&amp;Copies issued:</source>
        <translation>&amp;Copies issued:</translation>
    </message>
    <message>
        <source>Ret&amp;urned</source>
        <translation>Ret&amp;urned</translation>
    </message>
    <message>
        <source>Record the selected copy as returned</source>
        <translation>Record the selected copy as returned</translation>
    </message>
    <message>
        <source>The recipient handed the copy back.</source>
        <translation>The recipient handed the copy back.</translation>
    </message>
    <message>
        <source>Destro&amp;yed</source>
        <translation>Destro&amp;yed</translation>
    </message>
    <message>
        <source>Record the selected copy as destroyed</source>
        <translation>Record the selected copy as destroyed</translation>
    </message>
    <message>
        <source>The copy was shredded or securely deleted; this is final.</source>
        <translation>The copy was shredded or securely deleted; this is final.</translation>
    </message>
    <message>
        <source>Lo&amp;st</source>
        <translation>Lo&amp;st</translation>
    </message>
    <message>
        <source>Record the selected copy as lost</source>
        <translation>Record the selected copy as lost</translation>
    </message>
    <message>
        <source>The copy cannot be found: report it as your policy for lost protectively marked material says. A lost copy that turns up can be recorded as returned.</source>
        <translation>The copy cannot be found: report it as your policy for lost protectively marked material says. A lost copy that turns up can be recorded as returned.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Creating the demo vault of invented people…</source>
        <translation>Creating the demo vault of invented people…</translation>
    </message>
    <message>
        <source>Sign-in record tampered with</source>
        <translation>Sign-in record tampered with</translation>
    </message>
    <message>
        <source>The record of failed sign-in attempts was deleted, edited or put back from an older copy since the last sign-in, so failed attempts may have been hidden. This is recorded in the audit log; tell your administrator.</source>
        <translation>The record of failed sign-in attempts was deleted, edited or put back from an older copy since the last sign-in, so failed attempts may have been hidden. This is recorded in the audit log; tell your administrator.</translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation>Failed sign-in attempts</translation>
    </message>
    <message>
        <source>There were %1 failed sign-in attempts for your account since you last signed in (the last at %2). If they were not yours, tell your administrator.</source>
        <translation>There were %1 failed sign-in attempts for your account since you last signed in (the last at %2). If they were not yours, tell your administrator.</translation>
    </message>
</context>
<context>
    <name>DuplicateChoice</name>
    <message>
        <source>This person may already be held here (same name and date of birth, or the same identifier). Choose the person to open the case for, or choose to record a new person.</source>
        <translation>This person may already be held here (same name and date of birth, or the same identifier). Choose the person to open the case for, or choose to record a new person.</translation>
    </message>
    <message>
        <source>People who may be the same person</source>
        <translation>People who may be the same person</translation>
    </message>
    <message>
        <source>born %s</source>
        <translation>born %s</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <source>linked to a case</source>
        <translation>linked to a case</translation>
    </message>
    <message>
        <source>same identifier</source>
        <translation>same identifier</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <source>Use %1, %2 (%3; %4)</source>
        <translation>Use %1, %2 (%3; %4)</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Record a new person</translation>
    </message>
</context>
<context>
    <name>EditRecordDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <source>Change the &amp;next review date</source>
        <translation>Change the &amp;next review date</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <source>Change the re&amp;tention review date</source>
        <translation>Change the re&amp;tention review date</translation>
    </message>
    <message>
        <source>Retention review date</source>
        <translation>Retention review date</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <source>Reason for the change of marking</source>
        <translation>Reason for the change of marking</translation>
    </message>
    <message>
        <source>Required to change the marking</source>
        <translation>Required to change the marking</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marking:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase for user &apos;{user}&apos; is not correct. Check it and try again; failed attempts are recorded and reported at the next sign-in.</source>
        <translation>The passphrase for user &apos;{user}&apos; is not correct. Check it and try again; failed attempts are recorded and reported at the next sign-in.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not correct. Check both and try again; failed attempts are recorded, reported at the next sign-in, and make the next attempt wait longer.</source>
        <translation>The user name or the passphrase is not correct. Check both and try again; failed attempts are recorded, reported at the next sign-in, and make the next attempt wait longer.</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos; in this vault. Check the name, or ask an administrator to add you.</source>
        <translation>There is no user &apos;{user}&apos; in this vault. Check the name, or ask an administrator to add you.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot sign in. Ask an administrator.</source>
        <translation>User &apos;{user}&apos; is disabled and cannot sign in. Ask an administrator.</translation>
    </message>
    <message>
        <source>This vault ({vault_id}) is bound to a terminal, and this terminal&apos;s keyring does not hold its binding secret. It can only be opened on the terminal that created it (or after restoring that terminal&apos;s keyring). Nothing was changed.</source>
        <translation>This vault ({vault_id}) is bound to a terminal, and this terminal&apos;s keyring does not hold its binding secret. It can only be opened on the terminal that created it (or after restoring that terminal&apos;s keyring). Nothing was changed.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring could not be used ({detail}). Unlock or start the keyring service and try again, or create the vault with --no-terminal-binding as an explicit choice.</source>
        <translation>The operating system&apos;s keyring could not be used ({detail}). Unlock or start the keyring service and try again, or create the vault with --no-terminal-binding as an explicit choice.</translation>
    </message>
    <message>
        <source>{path} is not a SecureDesk vault ({why}). Check the --vault folder; to make a new vault there use &apos;securedesk init&apos;.</source>
        <translation>{path} is not a SecureDesk vault ({why}). Check the --vault folder; to make a new vault there use &apos;securedesk init&apos;.</translation>
    </message>
    <message>
        <source>The key-slot file {path} is damaged ({why}). Nothing was changed; restore the vault folder from a backup.</source>
        <translation>The key-slot file {path} is damaged ({why}). Nothing was changed; restore the vault folder from a backup.</translation>
    </message>
    <message>
        <source>The vault database {path} is damaged: {why}. It was not modified, reset or recreated. Restore it from a backup and report the damage.</source>
        <translation>The vault database {path} is damaged: {why}. It was not modified, reset or recreated. Restore it from a backup and report the damage.</translation>
    </message>
    <message>
        <source>The audit chain is broken at event {seq}: {why}. Preserve the vault as it is and report it to the data protection officer.</source>
        <translation>The audit chain is broken at event {seq}: {why}. Preserve the vault as it is and report it to the data protection officer.</translation>
    </message>
    <message>
        <source>Users&apos; roles or clearance differ from what the audit chain records, with no event for the change: {users}. Preserve the vault as it is and report it to the data protection officer.</source>
        <translation>Users&apos; roles or clearance differ from what the audit chain records, with no event for the change: {users}. Preserve the vault as it is and report it to the data protection officer.</translation>
    </message>
    <message>
        <source>The checkpoint {path} cannot be used: {why}.</source>
        <translation>The checkpoint {path} cannot be used: {why}.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; does not have the &apos;{permission}&apos; permission. Ask an administrator if your role should include it.</source>
        <translation>User &apos;{user}&apos; does not have the &apos;{permission}&apos; permission. Ask an administrator if your role should include it.</translation>
    </message>
    <message>
        <source>Case {ref} is outside your caseload. Give the reason you need it (--justification TEXT); it is recorded in the audit log.</source>
        <translation>Case {ref} is outside your caseload. Give the reason you need it (--justification TEXT); it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This terminal holds nothing above {ceiling}; {marking} material is refused.</source>
        <translation>This terminal holds nothing above {ceiling}; {marking} material is refused.</translation>
    </message>
    <message>
        <source>Your clearance is {clearance}; {marking} material is not shown to you.</source>
        <translation>Your clearance is {clearance}; {marking} material is not shown to you.</translation>
    </message>
    <message>
        <source>Case {ref} cannot be shown to you at your clearance ({clearance}). Nothing was read or changed; if you need it, ask the case&apos;s owner or an administrator.</source>
        <translation>Case {ref} cannot be shown to you at your clearance ({clearance}). Nothing was read or changed; if you need it, ask the case&apos;s owner or an administrator.</translation>
    </message>
    <message>
        <source>Case {ref} is held above this terminal&apos;s ceiling ({ceiling}) and cannot be used here. Nothing was read or changed; ask an administrator.</source>
        <translation>Case {ref} is held above this terminal&apos;s ceiling ({ceiling}) and cannot be used here. Nothing was read or changed; ask an administrator.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; signed in with a one-time passphrase. Set your own first: securedesk user passwd {user}</source>
        <translation>User &apos;{user}&apos; signed in with a one-time passphrase. Set your own first: securedesk user passwd {user}</translation>
    </message>
    <message>
        <source>This vault has schema version {found}, but this program knows versions up to {known}. It was left untouched; open it with the newer SecureDesk that made it.</source>
        <translation>This vault has schema version {found}, but this program knows versions up to {known}. It was left untouched; open it with the newer SecureDesk that made it.</translation>
    </message>
    <message>
        <source>The vault {path} is open in another SecureDesk process. Close that one first; two processes never write the same vault.</source>
        <translation>The vault {path} is open in another SecureDesk process. Close that one first; two processes never write the same vault.</translation>
    </message>
    <message>
        <source>{path} already holds a vault; SecureDesk never overwrites one. Choose another folder with --vault.</source>
        <translation>{path} already holds a vault; SecureDesk never overwrites one. Choose another folder with --vault.</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again to continue.</source>
        <translation>The vault is locked. Sign in again to continue.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what} cannot be empty.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{what} ({day}) is in the future.</source>
        <translation>{what} ({day}) is in the future.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a protective marking; use one of {allowed}.</source>
        <translation>&apos;{text}&apos; is not a protective marking; use one of {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a case status; use one of {allowed}.</source>
        <translation>&apos;{text}&apos; is not a case status; use one of {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role; use one of {allowed}.</source>
        <translation>&apos;{text}&apos; is not a role; use one of {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a policy; use one of {allowed}.</source>
        <translation>&apos;{key}&apos; is not a policy; use one of {allowed}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}.</source>
        <translation>{key} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>{key} must be on or off.</source>
        <translation>{key} must be on or off.</translation>
    </message>
    <message>
        <source>{key} applies from the next sign-in. Once on in a running application, it stays on until the application is closed.</source>
        <translation>{key} applies from the next sign-in. Once on in a running application, it stays on until the application is closed.</translation>
    </message>
    <message>
        <source>Memory security is on, but this account may lock only {limit_mib} MiB of memory and the vault&apos;s page cache alone needs {cache_mib} MiB, so SQLCipher&apos;s memory locks fail ({failed} of {attempted} failed already at sign-in). Ask the system administrator to raise the lock limit (RLIMIT_MEMLOCK) for this account.</source>
        <translation>Memory security is on, but this account may lock only {limit_mib} MiB of memory and the vault&apos;s page cache alone needs {cache_mib} MiB, so SQLCipher&apos;s memory locks fail ({failed} of {attempted} failed already at sign-in). Ask the system administrator to raise the lock limit (RLIMIT_MEMLOCK) for this account.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write.</source>
        <translation>{path} is a folder; give a file name to write.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {os_error}. Choose a folder that exists and that you may write to.</source>
        <translation>Cannot write in {folder}: {os_error}. Choose a folder that exists and that you may write to.</translation>
    </message>
    <message>
        <source>There is no case {ref}. &apos;securedesk case list&apos; shows the cases.</source>
        <translation>There is no case {ref}. &apos;securedesk case list&apos; shows the cases.</translation>
    </message>
    <message>
        <source>There is no case with id {case_id}.</source>
        <translation>There is no case with id {case_id}.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>There is no person with id {person_id}.</translation>
    </message>
    <message>
        <source>There is no action with id {action_id}.</source>
        <translation>There is no action with id {action_id}.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;; use one of {allowed}.</source>
        <translation>Cannot sort by &apos;{sort}&apos;; use one of {allowed}.</translation>
    </message>
    <message>
        <source>A case needs at least one subject.</source>
        <translation>A case needs at least one subject.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot own cases.</source>
        <translation>User &apos;{user}&apos; is disabled and cannot own cases.</translation>
    </message>
    <message>
        <source>A case at &apos;{current}&apos; can move to: {allowed}; not &apos;{status}&apos;.</source>
        <translation>A case at &apos;{current}&apos; can move to: {allowed}; not &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Source grade must be one of {allowed}.</source>
        <translation>Source grade must be one of {allowed}.</translation>
    </message>
    <message>
        <source>Information grade must be one of {allowed}.</source>
        <translation>Information grade must be one of {allowed}.</translation>
    </message>
    <message>
        <source>Item {item_id} is not an item of case {ref}.</source>
        <translation>Item {item_id} is not an item of case {ref}.</translation>
    </message>
    <message>
        <source>Action {action_id} is not an action of case {ref}.</source>
        <translation>Action {action_id} is not an action of case {ref}.</translation>
    </message>
    <message>
        <source>{key} must be &apos;organisation = agency&apos; pairs separated by semicolons, each agency one of {allowed}.</source>
        <translation>{key} must be &apos;organisation = agency&apos; pairs separated by semicolons, each agency one of {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{factor}&apos; is not a factor of framework {framework}.</source>
        <translation>&apos;{factor}&apos; is not a factor of framework {framework}.</translation>
    </message>
    <message>
        <source>Factor &apos;{factor}&apos; is scored twice.</source>
        <translation>Factor &apos;{factor}&apos; is scored twice.</translation>
    </message>
    <message>
        <source>Score {score} for &apos;{factor}&apos; is outside {low}..{high}.</source>
        <translation>Score {score} for &apos;{factor}&apos; is outside {low}..{high}.</translation>
    </message>
    <message>
        <source>These factors have no score: {factors}.</source>
        <translation>These factors have no score: {factors}.</translation>
    </message>
    <message>
        <source>The assessment framework file is too large.</source>
        <translation>The assessment framework file is too large.</translation>
    </message>
    <message>
        <source>The assessment framework file is not valid: {why}</source>
        <translation>The assessment framework file is not valid: {why}</translation>
    </message>
    <message>
        <source>There is no attachment {attachment_id}.</source>
        <translation>There is no attachment {attachment_id}.</translation>
    </message>
    <message>
        <source>The attachment has no usable file name.</source>
        <translation>The attachment has no usable file name.</translation>
    </message>
    <message>
        <source>Files ending &apos;{ending}&apos; cannot be attached; use one of {allowed}.</source>
        <translation>Files ending &apos;{ending}&apos; cannot be attached; use one of {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is named as text but holds binary data.</source>
        <translation>&apos;{name}&apos; is named as text but holds binary data.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is named as text but is not UTF-8 text.</source>
        <translation>&apos;{name}&apos; is named as text but is not UTF-8 text.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not what its name says: it does not begin like a {file_type} file. Nothing was attached.</source>
        <translation>&apos;{name}&apos; is not what its name says: it does not begin like a {file_type} file. Nothing was attached.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file.</source>
        <translation>&apos;{name}&apos; is not a regular file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size_mb:.1f} MB; the policy limit for attachments is {limit_mb} MB. Nothing was attached.</source>
        <translation>&apos;{name}&apos; is {size_mb:.1f} MB; the policy limit for attachments is {limit_mb} MB. Nothing was attached.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {os_error}.</source>
        <translation>Cannot read &apos;{name}&apos;: {os_error}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; grew past the attachment limit while being read.</source>
        <translation>&apos;{name}&apos; grew past the attachment limit while being read.</translation>
    </message>
    <message>
        <source>There is no meeting {meeting_id}.</source>
        <translation>There is no meeting {meeting_id}.</translation>
    </message>
    <message>
        <source>The next meeting must come after this one.</source>
        <translation>The next meeting must come after this one.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot chair a meeting.</source>
        <translation>User &apos;{user}&apos; is disabled and cannot chair a meeting.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; does not have the {role} role, so cannot chair a meeting. Ask an administrator to add it, or name another chair.</source>
        <translation>User &apos;{user}&apos; does not have the {role} role, so cannot chair a meeting. Ask an administrator to add it, or name another chair.</translation>
    </message>
    <message>
        <source>Name a member by id or name.</source>
        <translation>Name a member by id or name.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} has no member &apos;{member}&apos;. &apos;securedesk meeting show {meeting_id}&apos; lists them.</source>
        <translation>Meeting {meeting_id} has no member &apos;{member}&apos;. &apos;securedesk meeting show {meeting_id}&apos; lists them.</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; names {count} members of meeting {meeting_id}; use a member id: {member_ids}</source>
        <translation>&apos;{member}&apos; names {count} members of meeting {meeting_id}; use a member id: {member_ids}</translation>
    </message>
    <message>
        <source>There is no meeting member {member_id}.</source>
        <translation>There is no meeting member {member_id}.</translation>
    </message>
    <message>
        <source>A member needs a clearance (OFFICIAL, OFFICIAL-SENSITIVE or SECRET): it decides what their copy shows. Give OFFICIAL for a member without security vetting.</source>
        <translation>A member needs a clearance (OFFICIAL, OFFICIAL-SENSITIVE or SECRET): it decides what their copy shows. Give OFFICIAL for a member without security vetting.</translation>
    </message>
    <message>
        <source>{name} ({agency}) is already a member of this meeting.</source>
        <translation>{name} ({agency}) is already a member of this meeting.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an attendance; use one of {allowed}.</source>
        <translation>&apos;{text}&apos; is not an attendance; use one of {allowed}.</translation>
    </message>
    <message>
        <source>An agenda holds at most {limit} cases.</source>
        <translation>An agenda holds at most {limit} cases.</translation>
    </message>
    <message>
        <source>Case {ref} is given twice.</source>
        <translation>Case {ref} is given twice.</translation>
    </message>
    <message>
        <source>The position is 1 to {count}.</source>
        <translation>The position is 1 to {count}.</translation>
    </message>
    <message>
        <source>Case {ref} is not on the agenda of meeting {meeting_id}; put it there first (&apos;securedesk meeting agenda&apos;).</source>
        <translation>Case {ref} is not on the agenda of meeting {meeting_id}; put it there first (&apos;securedesk meeting agenda&apos;).</translation>
    </message>
    <message>
        <source>Minutes need at least one of: discussion, decision, rationale, dissent.</source>
        <translation>Minutes need at least one of: discussion, decision, rationale, dissent.</translation>
    </message>
    <message>
        <source>The review interval is 1 to 120 months.</source>
        <translation>The review interval is 1 to 120 months.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} has no members to issue copies to; add them with &apos;securedesk meeting member&apos;.</source>
        <translation>Meeting {meeting_id} has no members to issue copies to; add them with &apos;securedesk meeting member&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a folder. Give a folder that exists for the copies.</source>
        <translation>{path} is not a folder. Give a folder that exists for the copies.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was issued. Choose another folder.</source>
        <translation>{path} already exists; nothing was issued. Choose another folder.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} has no copy {copy_number} in the register.</source>
        <translation>Meeting {meeting_id} has no copy {copy_number} in the register.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a copy status; use one of {allowed}.</source>
        <translation>&apos;{text}&apos; is not a copy status; use one of {allowed}.</translation>
    </message>
    <message>
        <source>Copy {copy_number} is {status}; it can become: {allowed}; not &apos;{new}&apos;.</source>
        <translation>Copy {copy_number} is {status}; it can become: {allowed}; not &apos;{new}&apos;.</translation>
    </message>
    <message>
        <source>Copy {copy_number} is {status}; it can become: nothing; not &apos;{new}&apos;.</source>
        <translation>Copy {copy_number} is {status}; it can become: nothing; not &apos;{new}&apos;.</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos;. &apos;securedesk user list&apos; shows them.</source>
        <translation>There is no user &apos;{user}&apos;. &apos;securedesk user list&apos; shows them.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;. Choose another name.</source>
        <translation>There is already a user &apos;{user}&apos;. Choose another name.</translation>
    </message>
    <message>
        <source>A user name is 1 to {max_chars} letters, digits, dots, hyphens or underscores.</source>
        <translation>A user name is 1 to {max_chars} letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {min_chars} characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>A passphrase needs at least {min_chars} characters; several unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>A reset is for someone else; change your own passphrase instead.</source>
        <translation>A reset is for someone else; change your own passphrase instead.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled; a disabled user gets no passphrase.</source>
        <translation>User &apos;{user}&apos; is disabled; a disabled user gets no passphrase.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; ask another administrator.</source>
        <translation>You cannot disable yourself; ask another administrator.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is already disabled.</source>
        <translation>User &apos;{user}&apos; is already disabled.</translation>
    </message>
    <message>
        <source>--cases is 1 to 1,000,000.</source>
        <translation>--cases is 1 to 1,000,000.</translation>
    </message>
    <message>
        <source>This vault already holds cases; invented data goes only into an empty vault.</source>
        <translation>This vault already holds cases; invented data goes only into an empty vault.</translation>
    </message>
    <message>
        <source>The demo vault could not be built in {path} (exit {exit_code}). Check that the folder is writable and empty.</source>
        <translation>The demo vault could not be built in {path} (exit {exit_code}). Check that the folder is writable and empty.</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation>The number of demo cases cannot be negative.</translation>
    </message>
    <message>
        <source>Demo cases need at least one owner.</source>
        <translation>Demo cases need at least one owner.</translation>
    </message>
    <message>
        <source>Items per case cannot be negative.</source>
        <translation>Items per case cannot be negative.</translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME.</source>
        <translation>Say who signs in with --user NAME.</translation>
    </message>
    <message>
        <source>A subject&apos;s name cannot be empty.</source>
        <translation>A subject&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <source>There are more --dob dates than --subject names.</source>
        <translation>There are more --dob dates than --subject names.</translation>
    </message>
    <message>
        <source>--limit is 1 to {max_limit} and --offset is not negative.</source>
        <translation>--limit is 1 to {max_limit} and --offset is not negative.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {os_error}.</source>
        <translation>Cannot read {path}: {os_error}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>{path} is longer than an item may be ({limit} characters).</source>
        <translation>{path} is longer than an item may be ({limit} characters).</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {os_error}.</source>
        <translation>Cannot read the passphrase file {path}: {os_error}.</translation>
    </message>
    <message>
        <source>The first line of {path} is too long to be a passphrase.</source>
        <translation>The first line of {path} is too long to be a passphrase.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>The passphrase file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The first line of {path} is empty; it should hold the passphrase.</source>
        <translation>The first line of {path} is empty; it should hold the passphrase.</translation>
    </message>
    <message>
        <source>{label} is needed, and there is no terminal to ask on; use --passphrase-file.</source>
        <translation>{label} is needed, and there is no terminal to ask on; use --passphrase-file.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label} cannot be empty.</translation>
    </message>
    <message>
        <source>The input ended (Ctrl-D) before {label} was typed; nothing was done. Run the command again and type it, or use --passphrase-file.</source>
        <translation>The input ended (Ctrl-D) before {label} was typed; nothing was done. Run the command again and type it, or use --passphrase-file.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>The meeting&apos;s title</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>The place</translation>
    </message>
    <message>
        <source>The confidentiality statement</source>
        <translation>The confidentiality statement</translation>
    </message>
    <message>
        <source>The member&apos;s name</source>
        <translation>The member&apos;s name</translation>
    </message>
    <message>
        <source>The member&apos;s agency</source>
        <translation>The member&apos;s agency</translation>
    </message>
    <message>
        <source>The decision sought</source>
        <translation>The decision sought</translation>
    </message>
    <message>
        <source>The discussion</source>
        <translation>The discussion</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>The rationale</source>
        <translation>The rationale</translation>
    </message>
    <message>
        <source>The dissent</source>
        <translation>The dissent</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for {user}</source>
        <translation>Passphrase for {user}</translation>
    </message>
    <message>
        <source>Passphrase for {user} (again)</source>
        <translation>Passphrase for {user} (again)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase (again)</source>
        <translation>New passphrase (again)</translation>
    </message>
    <message>
        <source>One-time passphrase for {user}</source>
        <translation>One-time passphrase for {user}</translation>
    </message>
    <message>
        <source>One-time passphrase for {user} (again)</source>
        <translation>One-time passphrase for {user} (again)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>it is not a folder</translation>
    </message>
    <message>
        <source>it holds no vault database or key-slot file</source>
        <translation>it holds no vault database or key-slot file</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>it is missing</translation>
    </message>
    <message>
        <source>the database file is missing</source>
        <translation>the database file is missing</translation>
    </message>
    <message>
        <source>the encrypted database failed its check</source>
        <translation>the encrypted database failed its check</translation>
    </message>
    <message>
        <source>its pages do not decrypt and authenticate</source>
        <translation>its pages do not decrypt and authenticate</translation>
    </message>
    <message>
        <source>the key that the passphrase opens in the key-slot file does not decrypt it. If keyslots.json was put back from an older copy, the database key has been rotated since that copy was made: use the vault&apos;s current keyslots.json</source>
        <translation>the key that the passphrase opens in the key-slot file does not decrypt it. If keyslots.json was put back from an older copy, the database key has been rotated since that copy was made: use the vault&apos;s current keyslots.json</translation>
    </message>
    <message>
        <source>its tables cannot be read</source>
        <translation>its tables cannot be read</translation>
    </message>
    <message>
        <source>it does not record its vault id</source>
        <translation>it does not record its vault id</translation>
    </message>
    <message>
        <source>pages fail their integrity check</source>
        <translation>pages fail their integrity check</translation>
    </message>
    <message>
        <source>{bad_pages} page(s) fail their check: {first_page}</source>
        <translation>{bad_pages} page(s) fail their check: {first_page}</translation>
    </message>
    <message>
        <source>its structure check failed</source>
        <translation>its structure check failed</translation>
    </message>
    <message>
        <source>it cannot be read: {os_error}</source>
        <translation>it cannot be read: {os_error}</translation>
    </message>
    <message>
        <source>it is larger than any key-slot file can be</source>
        <translation>it is larger than any key-slot file can be</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be truncated</source>
        <translation>it is not valid JSON; it may be truncated</translation>
    </message>
    <message>
        <source>it names another vault</source>
        <translation>it names another vault</translation>
    </message>
    <message>
        <source>it belongs to another vault, or the database header is damaged</source>
        <translation>it belongs to another vault, or the database header is damaged</translation>
    </message>
    <message>
        <source>its contents are malformed: {problem}</source>
        <translation>its contents are malformed: {problem}</translation>
    </message>
    <message>
        <source>a page failed its check</source>
        <translation>a page failed its check</translation>
    </message>
    <message>
        <source>attachment {attachment_id} no longer matches its SHA-256</source>
        <translation>attachment {attachment_id} no longer matches its SHA-256</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>it has no &apos;{field}&apos; field</source>
        <translation>it has no &apos;{field}&apos; field</translation>
    </message>
    <message>
        <source>scale and domains are required</source>
        <translation>scale and domains are required</translation>
    </message>
    <message>
        <source>domains must be {domains} in that order</source>
        <translation>domains must be {domains} in that order</translation>
    </message>
    <message>
        <source>factor ids must be unique</source>
        <translation>factor ids must be unique</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version must be a whole number</translation>
    </message>
    <message>
        <source>it is not a SecureDesk key-slot file</source>
        <translation>it is not a SecureDesk key-slot file</translation>
    </message>
    <message>
        <source>its format version {version} is not supported</source>
        <translation>its format version {version} is not supported</translation>
    </message>
    <message>
        <source>it has no valid vault id</source>
        <translation>it has no valid vault id</translation>
    </message>
    <message>
        <source>it does not say whether the vault is bound to a terminal</source>
        <translation>it does not say whether the vault is bound to a terminal</translation>
    </message>
    <message>
        <source>its list of slots is missing or too long</source>
        <translation>its list of slots is missing or too long</translation>
    </message>
    <message>
        <source>its list of disabled users is malformed</source>
        <translation>its list of disabled users is malformed</translation>
    </message>
    <message>
        <source>the slot for &apos;{user}&apos; belongs to another vault</source>
        <translation>the slot for &apos;{user}&apos; belongs to another vault</translation>
    </message>
    <message>
        <source>it has two slots for one user</source>
        <translation>it has two slots for one user</translation>
    </message>
    <message>
        <source>a slot is not an object</source>
        <translation>a slot is not an object</translation>
    </message>
    <message>
        <source>a slot has no valid user name</source>
        <translation>a slot has no valid user name</translation>
    </message>
    <message>
        <source>a slot has no valid vault id</source>
        <translation>a slot has no valid vault id</translation>
    </message>
    <message>
        <source>a re-sealed key is not an object</source>
        <translation>a re-sealed key is not an object</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not base64 text</source>
        <translation>&apos;{field}&apos; is not base64 text</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not valid base64</source>
        <translation>&apos;{field}&apos; is not valid base64</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has the wrong length</source>
        <translation>&apos;{field}&apos; has the wrong length</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a whole number of zero or more</source>
        <translation>&apos;{field}&apos; is not a whole number of zero or more</translation>
    </message>
    <message>
        <source>unknown key-derivation function</source>
        <translation>unknown key-derivation function</translation>
    </message>
    <message>
        <source>key-derivation parameters must be whole numbers</source>
        <translation>key-derivation parameters must be whole numbers</translation>
    </message>
    <message>
        <source>iterations {iterations} outside 1..{max_iterations}</source>
        <translation>iterations {iterations} outside 1..{max_iterations}</translation>
    </message>
    <message>
        <source>lanes {lanes} outside 1..{max_lanes}</source>
        <translation>lanes {lanes} outside 1..{max_lanes}</translation>
    </message>
    <message>
        <source>memory {memory_kib} KiB outside the allowed range</source>
        <translation>memory {memory_kib} KiB outside the allowed range</translation>
    </message>
    <message>
        <source>a binding secret for this vault id already exists</source>
        <translation>a binding secret for this vault id already exists</translation>
    </message>
    <message>
        <source>the keyring did not keep the secret</source>
        <translation>the keyring did not keep the secret</translation>
    </message>
    <message>
        <source>event {seq} is missing</source>
        <translation>event {seq} is missing</translation>
    </message>
    <message>
        <source>it does not point at its predecessor</source>
        <translation>it does not point at its predecessor</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>its content does not match its hash</translation>
    </message>
    <message>
        <source>it has no MAC though the MAC chain had started before it</source>
        <translation>it has no MAC though the MAC chain had started before it</translation>
    </message>
    <message>
        <source>its MAC does not match: the chain was rewritten or re-hashed from here on</source>
        <translation>its MAC does not match: the chain was rewritten or re-hashed from here on</translation>
    </message>
    <message>
        <source>it carries a MAC though no MAC key had been started</source>
        <translation>it carries a MAC though no MAC key had been started</translation>
    </message>
    <message>
        <source>it starts a MAC key out of order</source>
        <translation>it starts a MAC key out of order</translation>
    </message>
    <message>
        <source>the MAC key it started, sealed to you, was removed or replaced</source>
        <translation>the MAC key it started, sealed to you, was removed or replaced</translation>
    </message>
    <message>
        <source>the current MAC key was removed from the vault</source>
        <translation>the current MAC key was removed from the vault</translation>
    </message>
    <message>
        <source>the current MAC key has moved past the last event: events from {seq} on were deleted</source>
        <translation>the current MAC key has moved past the last event: events from {seq} on were deleted</translation>
    </message>
    <message>
        <source>a signed checkpoint reached this event but the chain now ends before it: events were deleted or the vault folder was replaced by an older copy</source>
        <translation>a signed checkpoint reached this event but the chain now ends before it: events were deleted or the vault folder was replaced by an older copy</translation>
    </message>
    <message>
        <source>it is not the event a signed checkpoint recorded here: the chain was rewritten or the vault folder replaced</source>
        <translation>it is not the event a signed checkpoint recorded here: the chain was rewritten or the vault folder replaced</translation>
    </message>
    <message>
        <source>it is not a SecureDesk audit checkpoint</source>
        <translation>it is not a SecureDesk audit checkpoint</translation>
    </message>
    <message>
        <source>its signature file {signature} cannot be read</source>
        <translation>its signature file {signature} cannot be read</translation>
    </message>
    <message>
        <source>its signature does not verify with this terminal&apos;s key</source>
        <translation>its signature does not verify with this terminal&apos;s key</translation>
    </message>
    <message>
        <source>this vault has no terminal key, so it cannot have signed it: the vault folder may have been replaced by a copy older than the checkpoint</source>
        <translation>this vault has no terminal key, so it cannot have signed it: the vault folder may have been replaced by a copy older than the checkpoint</translation>
    </message>
    <message>
        <source>it was made for another vault ({vault_id})</source>
        <translation>it was made for another vault ({vault_id})</translation>
    </message>
    <message>
        <source>The subject&apos;s name</source>
        <translation>The subject&apos;s name</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>The date of birth</translation>
    </message>
    <message>
        <source>The referral date</source>
        <translation>The referral date</translation>
    </message>
    <message>
        <source>The referral source</source>
        <translation>The referral source</translation>
    </message>
    <message>
        <source>The closing reason</source>
        <translation>The closing reason</translation>
    </message>
    <message>
        <source>The item&apos;s date</source>
        <translation>The item&apos;s date</translation>
    </message>
    <message>
        <source>The agency</source>
        <translation>The agency</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>The author</translation>
    </message>
    <message>
        <source>The item&apos;s text</source>
        <translation>The item&apos;s text</translation>
    </message>
    <message>
        <source>A caveat</source>
        <translation>A caveat</translation>
    </message>
    <message>
        <source>The event&apos;s date</source>
        <translation>The event&apos;s date</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>The summary</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>The action</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>The update</translation>
    </message>
    <message>
        <source>The assessment date</source>
        <translation>The assessment date</translation>
    </message>
    <message>
        <source>The summary conclusion</source>
        <translation>The summary conclusion</translation>
    </message>
    <message>
        <source>The pack font {file_name} in SecureDesk&apos;s resources ({folder}/) is missing. Reinstall SecureDesk; no pack was made and nothing was issued.</source>
        <translation>The pack font {file_name} in SecureDesk&apos;s resources ({folder}/) is missing. Reinstall SecureDesk; no pack was made and nothing was issued.</translation>
    </message>
    <message>
        <source>The pack font {file_name} in SecureDesk&apos;s resources ({folder}/) is damaged. Reinstall SecureDesk; no pack was made and nothing was issued.</source>
        <translation>The pack font {file_name} in SecureDesk&apos;s resources ({folder}/) is damaged. Reinstall SecureDesk; no pack was made and nothing was issued.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported and the vault is as it was.</source>
        <translation>Cancelled. Nothing was imported and the vault is as it was.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {os_error}. Check the media and name.</source>
        <translation>Cannot read {file}: {os_error}. Check the media and name.</translation>
    </message>
    <message>
        <source>Cannot read the card file {path}: {os_error}.</source>
        <translation>Cannot read the card file {path}: {os_error}.</translation>
    </message>
    <message>
        <source>The {where} ends too early: the file is truncated (copied incompletely, or the media was removed while writing). Copy it again from the sender&apos;s media.</source>
        <translation>The {where} ends too early: the file is truncated (copied incompletely, or the media was removed while writing). Copy it again from the sender&apos;s media.</translation>
    </message>
    <message>
        <source>The {where} has bytes where only zero padding belongs; it was altered. Do not import it.</source>
        <translation>The {where} has bytes where only zero padding belongs; it was altered. Do not import it.</translation>
    </message>
    <message>
        <source>The {where} is not a well-formed bundle archive ({problem}). The file was damaged, truncated or altered; ask the sender for a fresh copy.</source>
        <translation>The {where} is not a well-formed bundle archive ({problem}). The file was damaged, truncated or altered; ask the sender for a fresh copy.</translation>
    </message>
    <message>
        <source>The {where} contains {entry_type}; bundles hold regular files only. The bundle was not made by SecureDesk. Do not import it.</source>
        <translation>The {where} contains {entry_type}; bundles hold regular files only. The bundle was not made by SecureDesk. Do not import it.</translation>
    </message>
    <message>
        <source>The {where} contains an entry with a link target or a long name prefix; bundles never do. Do not import it.</source>
        <translation>The {where} contains an entry with a link target or a long name prefix; bundles never do. Do not import it.</translation>
    </message>
    <message>
        <source>The {where} names an entry with an absolute path; bundles never do. Do not import it.</source>
        <translation>The {where} names an entry with an absolute path; bundles never do. Do not import it.</translation>
    </message>
    <message>
        <source>The {where} names an entry that climbs out of its folder (&apos;..&apos;); bundles never do. Do not import it.</source>
        <translation>The {where} names an entry that climbs out of its folder (&apos;..&apos;); bundles never do. Do not import it.</translation>
    </message>
    <message>
        <source>The bundle file holds an entry where {expected} should be; it was not made by SecureDesk or was altered. Do not import it.</source>
        <translation>The bundle file holds an entry where {expected} should be; it was not made by SecureDesk or was altered. Do not import it.</translation>
    </message>
    <message>
        <source>{entry} in the bundle is larger than the {limit:,}-byte limit. Do not import it.</source>
        <translation>{entry} in the bundle is larger than the {limit:,}-byte limit. Do not import it.</translation>
    </message>
    <message>
        <source>The bundle file has data after its end; it was altered or two files were joined. Do not import it.</source>
        <translation>The bundle file has data after its end; it was altered or two files were joined. Do not import it.</translation>
    </message>
    <message>
        <source>The payload holds {what}; SecureDesk bundles never do. It was altered or not made by SecureDesk. Do not import it.</source>
        <translation>The payload holds {what}; SecureDesk bundles never do. It was altered or not made by SecureDesk. Do not import it.</translation>
    </message>
    <message>
        <source>The payload has data after its end. Do not import it.</source>
        <translation>The payload has data after its end. Do not import it.</translation>
    </message>
    <message>
        <source>An entry in the payload is {size:,} bytes, above the {limit:,}-byte limit for its kind. Do not import it.</source>
        <translation>An entry in the payload is {size:,} bytes, above the {limit:,}-byte limit for its kind. Do not import it.</translation>
    </message>
    <message>
        <source>An attachment&apos;s bytes do not match the SHA-256 it is named by; it was altered or damaged. Do not import it.</source>
        <translation>An attachment&apos;s bytes do not match the SHA-256 it is named by; it was altered or damaged. Do not import it.</translation>
    </message>
    <message>
        <source>The payload&apos;s SHA256SUMS does not list exactly the entries it holds, with their hashes; the payload was altered. Do not import it.</source>
        <translation>The payload&apos;s SHA256SUMS does not list exactly the entries it holds, with their hashes; the payload was altered. Do not import it.</translation>
    </message>
    <message>
        <source>{entry} does not end with a complete line. Do not import it.</source>
        <translation>{entry} does not end with a complete line. Do not import it.</translation>
    </message>
    <message>
        <source>{where} {problem}. The bundle was altered or not made by SecureDesk; do not import it.</source>
        <translation>{where} {problem}. The bundle was altered or not made by SecureDesk; do not import it.</translation>
    </message>
    <message>
        <source>The signature {member} is larger than any real signature.</source>
        <translation>The signature {member} is larger than any real signature.</translation>
    </message>
    <message>
        <source>The signature {member} is not a minisign signature ({error}); the bundle was damaged or altered. Ask the sender for a fresh copy.</source>
        <translation>The signature {member} is not a minisign signature ({error}); the bundle was damaged or altered. Ask the sender for a fresh copy.</translation>
    </message>
    <message>
        <source>The signature {member} has been altered (its comment line is not SecureDesk&apos;s). Ask the sender for a fresh copy.</source>
        <translation>The signature {member} has been altered (its comment line is not SecureDesk&apos;s). Ask the sender for a fresh copy.</translation>
    </message>
    <message>
        <source>The signature {member} has been altered (not in canonical form). Ask the sender for a fresh copy.</source>
        <translation>The signature {member} has been altered (not in canonical form). Ask the sender for a fresh copy.</translation>
    </message>
    <message>
        <source>The signature {member} is not in minisign&apos;s pre-hashed mode, which SecureDesk bundles always use. The bundle was not made by SecureDesk or was altered.</source>
        <translation>The signature {member} is not in minisign&apos;s pre-hashed mode, which SecureDesk bundles always use. The bundle was not made by SecureDesk or was altered.</translation>
    </message>
    <message>
        <source>The signature {member} was made with a different key than the sender&apos;s.</source>
        <translation>The signature {member} was made with a different key than the sender&apos;s.</translation>
    </message>
    <message>
        <source>The signature over {member} does not match: the bundle was altered or damaged after it was signed. Do not import it; ask the sender for a fresh copy.</source>
        <translation>The signature over {member} does not match: the bundle was altered or damaged after it was signed. Do not import it; ask the sender for a fresh copy.</translation>
    </message>
    <message>
        <source>The signature over {member} belongs to another bundle or member; the bundle was assembled from parts. Do not import it.</source>
        <translation>The signature over {member} belongs to another bundle or member; the bundle was assembled from parts. Do not import it.</translation>
    </message>
    <message>
        <source>{where}: the field &apos;{field}&apos; {problem}. The bundle was altered or not made by a compatible SecureDesk; do not import it.</source>
        <translation>{where}: the field &apos;{field}&apos; {problem}. The bundle was altered or not made by a compatible SecureDesk; do not import it.</translation>
    </message>
    <message>
        <source>{where} is format version {found}; this SecureDesk reads version {known}. Ask the sender which version made it.</source>
        <translation>{where} is format version {found}; this SecureDesk reads version {known}. Ask the sender which version made it.</translation>
    </message>
    <message>
        <source>The bundle is signed by a terminal that is not in the trust store (key {key_id}). An administrator must add that terminal&apos;s contact card, after checking its fingerprint with the sender, before its bundles are accepted.</source>
        <translation>The bundle is signed by a terminal that is not in the trust store (key {key_id}). An administrator must add that terminal&apos;s contact card, after checking its fingerprint with the sender, before its bundles are accepted.</translation>
    </message>
    <message>
        <source>The envelope names a different sender than the key that signed it. Do not import it.</source>
        <translation>The envelope names a different sender than the key that signed it. Do not import it.</translation>
    </message>
    <message>
        <source>The sending terminal ({fingerprint}) has been revoked in the trust store; its bundles are refused. Speak to your administrator.</source>
        <translation>The sending terminal ({fingerprint}) has been revoked in the trust store; its bundles are refused. Speak to your administrator.</translation>
    </message>
    <message>
        <source>The trust in the sending terminal ({fingerprint}) has expired. An administrator must renew it (securedesk trust add CARD --expires DATE) after checking the fingerprint again.</source>
        <translation>The trust in the sending terminal ({fingerprint}) has expired. An administrator must renew it (securedesk trust add CARD --expires DATE) after checking the fingerprint again.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} expired on {expires} UTC and is no longer accepted. Ask the sender to export a new one.</source>
        <translation>Bundle {bundle_id} expired on {expires} UTC and is no longer accepted. Ask the sender to export a new one.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is not an age-encrypted file; it was damaged or altered. Ask the sender for a fresh copy.</source>
        <translation>The bundle&apos;s payload is not an age-encrypted file; it was damaged or altered. Ask the sender for a fresh copy.</translation>
    </message>
    <message>
        <source>The payload&apos;s encryption header is longer than {limit_kib} KiB or unfinished; bundles never need that. Do not import it.</source>
        <translation>The payload&apos;s encryption header is longer than {limit_kib} KiB or unfinished; bundles never need that. Do not import it.</translation>
    </message>
    <message>
        <source>The payload is encrypted to more recipients than the {limit} a bundle may name, or with key types SecureDesk does not use. Do not import it.</source>
        <translation>The payload is encrypted to more recipients than the {limit} a bundle may name, or with key types SecureDesk does not use. Do not import it.</translation>
    </message>
    <message>
        <source>The payload is encrypted to {found} recipient(s) but its envelope names {expected}; it was re-encrypted or altered. Do not import it.</source>
        <translation>The payload is encrypted to {found} recipient(s) but its envelope names {expected}; it was re-encrypted or altered. Do not import it.</translation>
    </message>
    <message>
        <source>The payload is not the size its signed envelope states; it was altered or truncated. Do not import it.</source>
        <translation>The payload is not the size its signed envelope states; it was altered or truncated. Do not import it.</translation>
    </message>
    <message>
        <source>The payload does not match the SHA-256 in its signed envelope. Do not import it.</source>
        <translation>The payload does not match the SHA-256 in its signed envelope. Do not import it.</translation>
    </message>
    <message>
        <source>The encrypted payload failed its integrity check while being decrypted (damaged, truncated or altered). Nothing was imported.</source>
        <translation>The encrypted payload failed its integrity check while being decrypted (damaged, truncated or altered). Nothing was imported.</translation>
    </message>
    <message>
        <source>This terminal&apos;s key cannot open the payload: the bundle was encrypted for other terminals. Do not import it.</source>
        <translation>This terminal&apos;s key cannot open the payload: the bundle was encrypted for other terminals. Do not import it.</translation>
    </message>
    <message>
        <source>The {member} inside is signed by a different terminal than the one that signed the envelope: the content was forwarded by someone else as if it came from its author. Do not import it; report it to your administrator.</source>
        <translation>The {member} inside is signed by a different terminal than the one that signed the envelope: the content was forwarded by someone else as if it came from its author. Do not import it; report it to your administrator.</translation>
    </message>
    <message>
        <source>The signed manifest inside does not agree with the envelope outside (bundle, sender, recipients or dates differ); it was altered. Do not import it.</source>
        <translation>The signed manifest inside does not agree with the envelope outside (bundle, sender, recipients or dates differ); it was altered. Do not import it.</translation>
    </message>
    <message>
        <source>The signed manifest inside does not name this terminal as a recipient: the content was re-addressed after the sender signed it. Do not import it.</source>
        <translation>The signed manifest inside does not name this terminal as a recipient: the content was re-addressed after the sender signed it. Do not import it.</translation>
    </message>
    <message>
        <source>The bundle holds more than {limit:,} records. Do not import it.</source>
        <translation>The bundle holds more than {limit:,} records. Do not import it.</translation>
    </message>
    <message>
        <source>{where}: a record is marked above the {declared} that the signed envelope declares, so a checkpoint was misled about what the bundle holds. Do not import it; report it to your administrator.</source>
        <translation>{where}: a record is marked above the {declared} that the signed envelope declares, so a checkpoint was misled about what the bundle holds. Do not import it; report it to your administrator.</translation>
    </message>
    <message>
        <source>{where}: the record is not bytes</source>
        <translation>{where}: the record is not bytes</translation>
    </message>
    <message>
        <source>{where}: the record {problem}</source>
        <translation>{where}: the record {problem}</translation>
    </message>
    <message>
        <source>{where}: the record&apos;s type is missing or not one of: {types}</source>
        <translation>{where}: the record&apos;s type is missing or not one of: {types}</translation>
    </message>
    <message>
        <source>{where}: {record_type} record: field &apos;{field}&apos; {problem}</source>
        <translation>{where}: {record_type} record: field &apos;{field}&apos; {problem}</translation>
    </message>
    <message>
        <source>{where}: {record} {record_id}: a record or action update with this id came earlier in the bundle. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: {record} {record_id}: a record or action update with this id came earlier in the bundle. The bundle is malformed; ask the sender for a new one.</translation>
    </message>
    <message>
        <source>{where}: action {record_id}: its update {update_id} has the id of a record or action update earlier in the bundle. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: action {record_id}: its update {update_id} has the id of a record or action update earlier in the bundle. The bundle is malformed; ask the sender for a new one.</translation>
    </message>
    <message>
        <source>{where}: {record} {record_id}: this vault holds {a_holder} with this id. An id names one record only, so the bundle is malformed or forged. Nothing was imported; ask the sender for a new bundle and report it.</source>
        <translation>{where}: {record} {record_id}: this vault holds {a_holder} with this id. An id names one record only, so the bundle is malformed or forged. Nothing was imported; ask the sender for a new bundle and report it.</translation>
    </message>
    <message>
        <source>{where}: action {record_id}: its update {update_id} is held in this vault as {a_holder}. An id names one record only, so the bundle is malformed or forged. Nothing was imported; ask the sender for a new bundle and report it.</source>
        <translation>{where}: action {record_id}: its update {update_id} is held in this vault as {a_holder}. An id names one record only, so the bundle is malformed or forged. Nothing was imported; ask the sender for a new bundle and report it.</translation>
    </message>
    <message>
        <source>{where}: {record} {record_id} clashes with what this vault holds and cannot be stored. Nothing was imported; ask the sender for a new bundle and report it.</source>
        <translation>{where}: {record} {record_id} clashes with what this vault holds and cannot be stored. Nothing was imported; ask the sender for a new bundle and report it.</translation>
    </message>
    <message>
        <source>{where}: {a_record} marked {marking} is above this terminal&apos;s ceiling of {ceiling}. The bundle was refused; nothing was imported.</source>
        <translation>{where}: {a_record} marked {marking} is above this terminal&apos;s ceiling of {ceiling}. The bundle was refused; nothing was imported.</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}&apos; refers to {a_record} that is neither earlier in the bundle nor in this vault. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: field &apos;{field}&apos; refers to {a_record} that is neither earlier in the bundle nor in this vault. The bundle is malformed; ask the sender for a new one.</translation>
    </message>
    <message>
        <source>{where}: field &apos;supersedes&apos; refers to an item of another case. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: field &apos;supersedes&apos; refers to an item of another case. The bundle is malformed; ask the sender for a new one.</translation>
    </message>
    <message>
        <source>{where}: these attachment bytes arrived twice.</source>
        <translation>{where}: these attachment bytes arrived twice.</translation>
    </message>
    <message>
        <source>{where}: no attachment record earlier in the bundle has this SHA-256.</source>
        <translation>{where}: no attachment record earlier in the bundle has this SHA-256.</translation>
    </message>
    <message>
        <source>{where}: the attachment is {size} bytes; its record says {expected}.</source>
        <translation>{where}: the attachment is {size} bytes; its record says {expected}.</translation>
    </message>
    <message>
        <source>{where}: the attachment&apos;s content is not the {media_type} its record says.</source>
        <translation>{where}: the attachment&apos;s content is not the {media_type} its record says.</translation>
    </message>
    <message>
        <source>{where}: this attachment&apos;s bytes came before its record.</source>
        <translation>{where}: this attachment&apos;s bytes came before its record.</translation>
    </message>
    <message>
        <source>{where}: two attachment records with the same SHA-256 give different sizes.</source>
        <translation>{where}: two attachment records with the same SHA-256 give different sizes.</translation>
    </message>
    <message>
        <source>The bytes of {count} attachment(s) named in the records never arrived. The bundle is incomplete; ask the sender for a new one.</source>
        <translation>The bytes of {count} attachment(s) named in the records never arrived. The bundle is incomplete; ask the sender for a new one.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} is addressed to other terminals, not this one. Do not import it; return it to the transfer officer.</source>
        <translation>Bundle {bundle_id} is addressed to other terminals, not this one. Do not import it; return it to the transfer officer.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} holds {marking} material; this terminal holds nothing above {ceiling}. It was not opened.</source>
        <translation>Bundle {bundle_id} holds {marking} material; this terminal holds nothing above {ceiling}. It was not opened.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} is number {sequence} from {sender}, but number {older} has already been imported: it may be an old bundle replayed. If the sender confirms it is wanted, import it again with --accept-older.</source>
        <translation>Bundle {bundle_id} is number {sequence} from {sender}, but number {older} has already been imported: it may be an old bundle replayed. If the sender confirms it is wanted, import it again with --accept-older.</translation>
    </message>
    <message>
        <source>The bundle file changed since it was previewed. Preview it again before importing.</source>
        <translation>The bundle file changed since it was previewed. Preview it again before importing.</translation>
    </message>
    <message>
        <source>Name at least one recipient (--to FINGERPRINT from &apos;trust list&apos;).</source>
        <translation>Name at least one recipient (--to FINGERPRINT from &apos;trust list&apos;).</translation>
    </message>
    <message>
        <source>A bundle goes to at most {limit} recipients.</source>
        <translation>A bundle goes to at most {limit} recipients.</translation>
    </message>
    <message>
        <source>This terminal cannot send a bundle to itself.</source>
        <translation>This terminal cannot send a bundle to itself.</translation>
    </message>
    <message>
        <source>The recipient {recipient} ({fingerprint}) is expired in the trust store; nothing is sent to it. An administrator can renew a current contact card.</source>
        <translation>The recipient {recipient} ({fingerprint}) is expired in the trust store; nothing is sent to it. An administrator can renew a current contact card.</translation>
    </message>
    <message>
        <source>The recipient {recipient} ({fingerprint}) is revoked in the trust store; nothing is sent to it. An administrator can renew a current contact card.</source>
        <translation>The recipient {recipient} ({fingerprint}) is revoked in the trust store; nothing is sent to it. An administrator can renew a current contact card.</translation>
    </message>
    <message>
        <source>A bundle expires after 1 to {limit} days.</source>
        <translation>A bundle expires after 1 to {limit} days.</translation>
    </message>
    <message>
        <source>Choose at least one case (--case REF).</source>
        <translation>Choose at least one case (--case REF).</translation>
    </message>
    <message>
        <source>A bundle holds at most {limit:,} cases; split the export.</source>
        <translation>A bundle holds at most {limit:,} cases; split the export.</translation>
    </message>
    <message>
        <source>Case {ref} is {marking}; {recipient} ({fingerprint}) accepts at most {ceiling}. Nothing was written; leave the case out or choose another recipient.</source>
        <translation>Case {ref} is {marking}; {recipient} ({fingerprint}) accepts at most {ceiling}. Nothing was written; leave the case out or choose another recipient.</translation>
    </message>
    <message>
        <source>The bundle could not be moved into place ({os_error}); nothing was sent. Check the media and try again.</source>
        <translation>The bundle could not be moved into place ({os_error}); nothing was sent. Check the media and try again.</translation>
    </message>
    <message>
        <source>Case {ref} has {count} item(s) whose handling caveats keep them from these recipients, and strict mode sends no case with a gap. Nothing was written; leave the case out, or export without --strict to send it with the gap stated.</source>
        <translation>Case {ref} has {count} item(s) whose handling caveats keep them from these recipients, and strict mode sends no case with a gap. Nothing was written; leave the case out, or export without --strict to send it with the gap stated.</translation>
    </message>
    <message>
        <source>This terminal&apos;s policy does not allow handling caveats to be overridden (caveat_overrides is off). Nothing was written; item {item_id} stays withheld.</source>
        <translation>This terminal&apos;s policy does not allow handling caveats to be overridden (caveat_overrides is off). Nothing was written; item {item_id} stays withheld.</translation>
    </message>
    <message>
        <source>Item {item_id} carries a handling caveat this terminal does not know, which no override can release. Nothing was written; ask its originator to restate it.</source>
        <translation>Item {item_id} carries a handling caveat this terminal does not know, which no override can release. Nothing was written; ask its originator to restate it.</translation>
    </message>
    <message>
        <source>An override of item {item_id}&apos;s handling caveats needs a justification (who consented, or why the caveat does not apply). Nothing was written.</source>
        <translation>An override of item {item_id}&apos;s handling caveats needs a justification (who consented, or why the caveat does not apply). Nothing was written.</translation>
    </message>
    <message>
        <source>Item {item_id} is not an item that its caveats keep out of this bundle, so there is nothing to override. Nothing was written; check the item id.</source>
        <translation>Item {item_id} is not an item that its caveats keep out of this bundle, so there is nothing to override. Nothing was written; check the item id.</translation>
    </message>
    <message>
        <source>Give one --justification for each --override-caveat, or one for them all ({overrides} override(s), {justifications} justification(s) given). Nothing was written.</source>
        <translation>Give one --justification for each --override-caveat, or one for them all ({overrides} override(s), {justifications} justification(s) given). Nothing was written.</translation>
    </message>
    <message>
        <source>Item {item_id} corrects item {superseded}, which stays withheld; a correction cannot travel without what it corrects. Nothing was written; override both or neither.</source>
        <translation>Item {item_id} corrects item {superseded}, which stays withheld; a correction cannot travel without what it corrects. Nothing was written; override both or neither.</translation>
    </message>
    <message>
        <source>{path} already exists; SecureDesk never overwrites a file.</source>
        <translation>{path} already exists; SecureDesk never overwrites a file.</translation>
    </message>
    <message>
        <source>No bundle {bundle_id} has been imported here, so there is nothing to acknowledge. &apos;securedesk bundle import&apos; first.</source>
        <translation>No bundle {bundle_id} has been imported here, so there is nothing to acknowledge. &apos;securedesk bundle import&apos; first.</translation>
    </message>
    <message>
        <source>The sender {sender} is no longer trusted here; no receipt can be sent to it.</source>
        <translation>The sender {sender} is no longer trusted here; no receipt can be sent to it.</translation>
    </message>
    <message>
        <source>The receipt bundle holds no receipt.</source>
        <translation>The receipt bundle holds no receipt.</translation>
    </message>
    <message>
        <source>{where} does not have the receipt&apos;s fields.</source>
        <translation>{where} does not have the receipt&apos;s fields.</translation>
    </message>
    <message>
        <source>The receipt acknowledges a bundle this terminal did not send to that terminal.</source>
        <translation>The receipt acknowledges a bundle this terminal did not send to that terminal.</translation>
    </message>
    <message>
        <source>The receipt names a different bundle content than the one sent; it was not made for this transfer.</source>
        <translation>The receipt names a different bundle content than the one sent; it was not made for this transfer.</translation>
    </message>
    <message>
        <source>{where}: the counts are not numbers.</source>
        <translation>{where}: the counts are not numbers.</translation>
    </message>
    <message>
        <source>A receipt from that terminal is already recorded for it.</source>
        <translation>A receipt from that terminal is already recorded for it.</translation>
    </message>
    <message>
        <source>{where}: the audit checkpoint it carries is not in the checkpoint format.</source>
        <translation>{where}: the audit checkpoint it carries is not in the checkpoint format.</translation>
    </message>
    <message>
        <source>{where}: the audit checkpoint it carries is not signed by the sending terminal.</source>
        <translation>{where}: the audit checkpoint it carries is not signed by the sending terminal.</translation>
    </message>
    <message>
        <source>No receipt from the terminal {fingerprint} has carried an audit checkpoint.</source>
        <translation>No receipt from the terminal {fingerprint} has carried an audit checkpoint.</translation>
    </message>
    <message>
        <source>The contact card {problem}. Ask the partner for a fresh card.</source>
        <translation>The contact card {problem}. Ask the partner for a fresh card.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a terminal fingerprint: a fingerprint is {digits} digits, as shown by &apos;securedesk trust list&apos; or &apos;securedesk keys show&apos;.</source>
        <translation>&apos;{text}&apos; is not a terminal fingerprint: a fingerprint is {digits} digits, as shown by &apos;securedesk trust list&apos; or &apos;securedesk keys show&apos;.</translation>
    </message>
    <message>
        <source>The terminal name must be 1 to {limit} characters with no line breaks or control characters.</source>
        <translation>The terminal name must be 1 to {limit} characters with no line breaks or control characters.</translation>
    </message>
    <message>
        <source>The organisation must be 1 to {limit} characters with no line breaks or control characters.</source>
        <translation>The organisation must be 1 to {limit} characters with no line breaks or control characters.</translation>
    </message>
    <message>
        <source>{path} already exists; a secret key is never written over another file. Choose a new file name.</source>
        <translation>{path} already exists; a secret key is never written over another file. Choose a new file name.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {os_error}.</source>
        <translation>Cannot write {path}: {os_error}.</translation>
    </message>
    <message>
        <source>The expiry {expires} is not in the future; give a date after today (--expires YYYY-MM-DD).</source>
        <translation>The expiry {expires} is not in the future; give a date after today (--expires YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The expiry {expires} is more than {years} years ahead; trust a partner until {latest} at the latest and renew it with a fresh card.</source>
        <translation>The expiry {expires} is more than {years} years ahead; trust a partner until {latest} at the latest and renew it with a fresh card.</translation>
    </message>
    <message>
        <source>The card says its terminal accepts nothing above {card_ceiling}; a ceiling of {ceiling} cannot be set for it.</source>
        <translation>The card says its terminal accepts nothing above {card_ceiling}; a ceiling of {ceiling} cannot be set for it.</translation>
    </message>
    <message>
        <source>That is this terminal&apos;s own contact card; add the card of a partner terminal instead.</source>
        <translation>That is this terminal&apos;s own contact card; add the card of a partner terminal instead.</translation>
    </message>
    <message>
        <source>The terminal with fingerprint {fingerprint} was revoked on {revoked_on} by {revoked_by}; revoked keys are never trusted again. Ask the partner to make new keys and send a new card.</source>
        <translation>The terminal with fingerprint {fingerprint} was revoked on {revoked_on} by {revoked_by}; revoked keys are never trusted again. Ask the partner to make new keys and send a new card.</translation>
    </message>
    <message>
        <source>The card reuses a key of another entry in the trust store ({other}); a key belongs to one terminal only. Ask the partner for a card with new keys.</source>
        <translation>The card reuses a key of another entry in the trust store ({other}); a key belongs to one terminal only. Ask the partner for a card with new keys.</translation>
    </message>
    <message>
        <source>The terminal with fingerprint {fingerprint} was already revoked on {revoked_on}; nothing was changed.</source>
        <translation>The terminal with fingerprint {fingerprint} was already revoked on {revoked_on}; nothing was changed.</translation>
    </message>
    <message>
        <source>No terminal with fingerprint {fingerprint} is in the trust store. &apos;securedesk trust list&apos; shows those that are; add a partner&apos;s card with &apos;securedesk trust add CARD --expires YYYY-MM-DD&apos;.</source>
        <translation>No terminal with fingerprint {fingerprint} is in the trust store. &apos;securedesk trust list&apos; shows those that are; add a partner&apos;s card with &apos;securedesk trust add CARD --expires YYYY-MM-DD&apos;.</translation>
    </message>
    <message>
        <source>There is no open import conflict {conflict_id}. &apos;securedesk bundle conflicts&apos; lists them.</source>
        <translation>There is no open import conflict {conflict_id}. &apos;securedesk bundle conflicts&apos; lists them.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>bundle file</source>
        <translation>bundle file</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>payload</translation>
    </message>
    <message>
        <source>payload archive</source>
        <translation>payload archive</translation>
    </message>
    <message>
        <source>{entry} line {line}</source>
        <translation>{entry} line {line}</translation>
    </message>
    <message>
        <source>it ends in the middle of an entry</source>
        <translation>it ends in the middle of an entry</translation>
    </message>
    <message>
        <source>an entry&apos;s checksum is not a number</source>
        <translation>an entry&apos;s checksum is not a number</translation>
    </message>
    <message>
        <source>an entry&apos;s header checksum does not match</source>
        <translation>an entry&apos;s header checksum does not match</translation>
    </message>
    <message>
        <source>an entry is not in the ustar format</source>
        <translation>an entry is not in the ustar format</translation>
    </message>
    <message>
        <source>an entry&apos;s name is not plain ASCII</source>
        <translation>an entry&apos;s name is not plain ASCII</translation>
    </message>
    <message>
        <source>an entry&apos;s name holds unprintable characters</source>
        <translation>an entry&apos;s name holds unprintable characters</translation>
    </message>
    <message>
        <source>an entry&apos;s size is not a number</source>
        <translation>an entry&apos;s size is not a number</translation>
    </message>
    <message>
        <source>an entry&apos;s size is not written the standard way</source>
        <translation>an entry&apos;s size is not written the standard way</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>a hard link</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>a directory</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>a FIFO</translation>
    </message>
    <message>
        <source>an extended header</source>
        <translation>an extended header</translation>
    </message>
    <message>
        <source>a global extended header</source>
        <translation>a global extended header</translation>
    </message>
    <message>
        <source>a long-name extension</source>
        <translation>a long-name extension</translation>
    </message>
    <message>
        <source>a long-link extension</source>
        <translation>a long-link extension</translation>
    </message>
    <message>
        <source>an entry of an unknown type</source>
        <translation>an entry of an unknown type</translation>
    </message>
    <message>
        <source>an entry out of its place</source>
        <translation>an entry out of its place</translation>
    </message>
    <message>
        <source>extra entries</source>
        <translation>extra entries</translation>
    </message>
    <message>
        <source>an entry a receipt never holds</source>
        <translation>an entry a receipt never holds</translation>
    </message>
    <message>
        <source>record files out of order</source>
        <translation>record files out of order</translation>
    </message>
    <message>
        <source>more than {limit:,} record files</source>
        <translation>more than {limit:,} record files</translation>
    </message>
    <message>
        <source>more than {limit:,} attachments</source>
        <translation>more than {limit:,} attachments</translation>
    </message>
    <message>
        <source>an entry with a name bundles never use</source>
        <translation>an entry with a name bundles never use</translation>
    </message>
    <message>
        <source>the same attachment twice</source>
        <translation>the same attachment twice</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes</source>
        <translation>is longer than {limit} bytes</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>is not valid UTF-8</translation>
    </message>
    <message>
        <source>nests deeper than {max_depth} levels</source>
        <translation>nests deeper than {max_depth} levels</translation>
    </message>
    <message>
        <source>has the same key twice in one object</source>
        <translation>has the same key twice in one object</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>is not valid JSON</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>is not a JSON object</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>is not expected</source>
        <translation>is not expected</translation>
    </message>
    <message>
        <source>is not a short line of text</source>
        <translation>is not a short line of text</translation>
    </message>
    <message>
        <source>does not have the right form</source>
        <translation>does not have the right form</translation>
    </message>
    <message>
        <source>is not a whole number from {low} to {high}</source>
        <translation>is not a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>is not a UTC time such as 2026-01-31T09:00:00Z</source>
        <translation>is not a UTC time such as 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <source>is not a list of {low} to {high} entries</source>
        <translation>is not a list of {low} to {high} entries</translation>
    </message>
    <message>
        <source>holds something other than objects</source>
        <translation>holds something other than objects</translation>
    </message>
    <message>
        <source>is not records or receipt</source>
        <translation>is not records or receipt</translation>
    </message>
    <message>
        <source>is not a UUID</source>
        <translation>is not a UUID</translation>
    </message>
    <message>
        <source>is not a protective marking</source>
        <translation>is not a protective marking</translation>
    </message>
    <message>
        <source>is not after the creation time</source>
        <translation>is not after the creation time</translation>
    </message>
    <message>
        <source>is more than {days} days after the creation time</source>
        <translation>is more than {days} days after the creation time</translation>
    </message>
    <message>
        <source>names a terminal twice</source>
        <translation>names a terminal twice</translation>
    </message>
    <message>
        <source>is not {expected}</source>
        <translation>is not {expected}</translation>
    </message>
    <message>
        <source>is not a list of at most {limit} case ids</source>
        <translation>is not a list of at most {limit} case ids</translation>
    </message>
    <message>
        <source>holds something other than case ids</source>
        <translation>holds something other than case ids</translation>
    </message>
    <message>
        <source>names a case twice</source>
        <translation>names a case twice</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>is not a string</translation>
    </message>
    <message>
        <source>is not {low} to {high} characters long</source>
        <translation>is not {low} to {high} characters long</translation>
    </message>
    <message>
        <source>is not valid Unicode text</source>
        <translation>is not valid Unicode text</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contains a NUL character</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <source>is not one of: {allowed}</source>
        <translation>is not one of: {allowed}</translation>
    </message>
    <message>
        <source>is not a lowercase UUID</source>
        <translation>is not a lowercase UUID</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is not a UTC time (ISO 8601 with offset)</source>
        <translation>is not a UTC time (ISO 8601 with offset)</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <source>is outside {low}..{high}</source>
        <translation>is outside {low}..{high}</translation>
    </message>
    <message>
        <source>is not a SHA-256 (64 lowercase hexadecimal digits)</source>
        <translation>is not a SHA-256 (64 lowercase hexadecimal digits)</translation>
    </message>
    <message>
        <source>contains a path separator</source>
        <translation>contains a path separator</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;</source>
        <translation>contains &apos;..&apos;</translation>
    </message>
    <message>
        <source>begins with a dot or has surrounding spaces</source>
        <translation>begins with a dot or has surrounding spaces</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>is not a list</translation>
    </message>
    <message>
        <source>does not hold {low} to {high} entries</source>
        <translation>does not hold {low} to {high} entries</translation>
    </message>
    <message>
        <source>holds the same entry twice</source>
        <translation>holds the same entry twice</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>is not a field of this record</translation>
    </message>
    <message>
        <source>is required when the case is closed</source>
        <translation>is required when the case is closed</translation>
    </message>
    <message>
        <source>does not match the name&apos;s ending</source>
        <translation>does not match the name&apos;s ending</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes, the most a card can be: this file is not a contact card</source>
        <translation>is larger than {limit} bytes, the most a card can be: this file is not a contact card</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>is not UTF-8 text (bad byte at offset {offset})</translation>
    </message>
    <message>
        <source>has Windows line ends (CR LF) on line {line}; a card uses LF only</source>
        <translation>has Windows line ends (CR LF) on line {line}; a card uses LF only</translation>
    </message>
    <message>
        <source>has a control or invisible character (U+{character}) on line {line}</source>
        <translation>has a control or invisible character (U+{character}) on line {line}</translation>
    </message>
    <message>
        <source>is of a version this SecureDesk does not read (&apos;{first_line}&apos;)</source>
        <translation>is of a version this SecureDesk does not read (&apos;{first_line}&apos;)</translation>
    </message>
    <message>
        <source>does not start with the line &apos;{header}&apos;</source>
        <translation>does not start with the line &apos;{header}&apos;</translation>
    </message>
    <message>
        <source>has more than {limit} lines</source>
        <translation>has more than {limit} lines</translation>
    </message>
    <message>
        <source>has an unknown line {line} (&apos;{text}&apos;)</source>
        <translation>has an unknown line {line} (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <source>has the &apos;{key}&apos; line twice</source>
        <translation>has the &apos;{key}&apos; line twice</translation>
    </message>
    <message>
        <source>has &apos;{key}&apos; on line {line} where &apos;{expected}&apos; belongs</source>
        <translation>has &apos;{key}&apos; on line {line} where &apos;{expected}&apos; belongs</translation>
    </message>
    <message>
        <source>is incomplete: it stops at or before its &apos;{key}&apos; line (it may have been cut short when copied)</source>
        <translation>is incomplete: it stops at or before its &apos;{key}&apos; line (it may have been cut short when copied)</translation>
    </message>
    <message>
        <source>is incomplete: it stops at or before its &apos;first&apos; line (it may have been cut short when copied)</source>
        <translation>is incomplete: it stops at or before its &apos;first&apos; line (it may have been cut short when copied)</translation>
    </message>
    <message>
        <source>is incomplete: it stops at or before its &apos;last&apos; line (it may have been cut short when copied)</source>
        <translation>is incomplete: it stops at or before its &apos;last&apos; line (it may have been cut short when copied)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {field_problem}</source>
        <translation>&apos;{key}&apos; {field_problem}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is empty or has stray spaces</source>
        <translation>&apos;{key}&apos; is empty or has stray spaces</translation>
    </message>
    <message>
        <source>has an unknown ceiling (use one of {allowed})</source>
        <translation>has an unknown ceiling (use one of {allowed})</translation>
    </message>
    <message>
        <source>has a &apos;Created&apos; date that is not YYYY-MM-DD</source>
        <translation>has a &apos;Created&apos; date that is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>has an age recipient that is not a valid age1... key</source>
        <translation>has an age recipient that is not a valid age1... key</translation>
    </message>
    <message>
        <source>has a minisign public key that is not a valid Ed25519 key</source>
        <translation>has a minisign public key that is not a valid Ed25519 key</translation>
    </message>
    <message>
        <source>has a fingerprint that does not match its keys: it was altered or damaged</source>
        <translation>has a fingerprint that does not match its keys: it was altered or damaged</translation>
    </message>
    <message>
        <source>has a signature that does not verify: it was altered or damaged after signing</source>
        <translation>has a signature that does not verify: it was altered or damaged after signing</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>is longer than {limit} characters</translation>
    </message>
    <message>
        <source>has spaces at its start or end</source>
        <translation>has spaces at its start or end</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>holds a control character</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>person link</source>
        <translation>person link</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>chronology entry</source>
        <translation>chronology entry</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is too short to name a {what}: type at least {minimum} characters of its id, or the whole id. Nothing was changed.</source>
        <translation>&apos;{typed}&apos; is too short to name a {what}: type at least {minimum} characters of its id, or the whole id. Nothing was changed.</translation>
    </message>
    <message>
        <source>No {what} has an id beginning &apos;{typed}&apos;. Check the id (the list commands show it). Nothing was changed.</source>
        <translation>No {what} has an id beginning &apos;{typed}&apos;. Check the id (the list commands show it). Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is the beginning of {count} ids ({what}): {candidates}. Type more characters of the id to name just one. Nothing was changed.</source>
        <translation>&apos;{typed}&apos; is the beginning of {count} ids ({what}): {candidates}. Type more characters of the id to name just one. Nothing was changed.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>trusted terminal</source>
        <translation>trusted terminal</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>a person</translation>
    </message>
    <message>
        <source>a person link</source>
        <translation>a person link</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>a case</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>an item</translation>
    </message>
    <message>
        <source>a chronology entry</source>
        <translation>a chronology entry</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>an assessment</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>an action</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>an attachment</translation>
    </message>
    <message>
        <source>an action update</source>
        <translation>an action update</translation>
    </message>
    <message>
        <source>an update of another action</source>
        <translation>an update of another action</translation>
    </message>
    <message>
        <source>{path} already exists; a recovery key is never written over a file. Choose a new file name (on removable media for the safe).</source>
        <translation>{path} already exists; a recovery key is never written over a file. Choose a new file name (on removable media for the safe).</translation>
    </message>
    <message>
        <source>The recovery key could not be written to {path} ({os_error}). Nothing was recorded; choose a folder you may write to.</source>
        <translation>The recovery key could not be written to {path} ({os_error}). Nothing was recorded; choose a folder you may write to.</translation>
    </message>
    <message>
        <source>&apos;{recipient}&apos; is not an age public key. A recipient looks like age1… (62 characters), as `age-keygen -y` prints it.</source>
        <translation>&apos;{recipient}&apos; is not an age public key. A recipient looks like age1… (62 characters), as `age-keygen -y` prints it.</translation>
    </message>
    <message>
        <source>{recipient} is already a backup recipient; nothing was changed.</source>
        <translation>{recipient} is already a backup recipient; nothing was changed.</translation>
    </message>
    <message>
        <source>{recipient} is not a backup recipient; see `securedesk backup recipient list`.</source>
        <translation>{recipient} is not a backup recipient; see `securedesk backup recipient list`.</translation>
    </message>
    <message>
        <source>{recipient} is the only backup recipient; add another before removing it, or no backup could be made.</source>
        <translation>{recipient} is the only backup recipient; add another before removing it, or no backup could be made.</translation>
    </message>
    <message>
        <source>A backup can have at most {limit} recipients; remove one first.</source>
        <translation>A backup can have at most {limit} recipients; remove one first.</translation>
    </message>
    <message>
        <source>This vault has no backup recipient, so a backup could be opened by nobody. Write the recovery key first: securedesk backup recovery-key --out FILE.</source>
        <translation>This vault has no backup recipient, so a backup could be opened by nobody. Write the recovery key first: securedesk backup recovery-key --out FILE.</translation>
    </message>
    <message>
        <source>{path} already exists; a backup never replaces a file. Choose a new file name.</source>
        <translation>{path} already exists; a backup never replaces a file. Choose a new file name.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path} ({os_error}). Check the name and the media.</source>
        <translation>Cannot read the backup {path} ({os_error}). Check the name and the media.</translation>
    </message>
    <message>
        <source>{path} is not a SecureDesk backup, or it is truncated or damaged ({problem}). Nothing was created. Use another copy of the backup.</source>
        <translation>{path} is not a SecureDesk backup, or it is truncated or damaged ({problem}). Nothing was created. Use another copy of the backup.</translation>
    </message>
    <message>
        <source>The backup {path} was altered after it was made: the signature over {member} does not match. Nothing was created. Use another copy and report this one.</source>
        <translation>The backup {path} was altered after it was made: the signature over {member} does not match. Nothing was created. Use another copy and report this one.</translation>
    </message>
    <message>
        <source>The backup {path} was altered or truncated: {member} is not the one its signed description names. Nothing was created. Use another copy and report this one.</source>
        <translation>The backup {path} was altered or truncated: {member} is not the one its signed description names. Nothing was created. Use another copy and report this one.</translation>
    </message>
    <message>
        <source>The backup {path} was not signed by a terminal this recovery key belongs to (signed by key {key_id}). Nothing was created. Check that it is your organisation&apos;s backup.</source>
        <translation>The backup {path} was not signed by a terminal this recovery key belongs to (signed by key {key_id}). Nothing was created. Check that it is your organisation&apos;s backup.</translation>
    </message>
    <message>
        <source>The backup {path} was not encrypted to the recovery key in {identity}. Nothing was created. Use the recovery key that was in force when the backup was made.</source>
        <translation>The backup {path} was not encrypted to the recovery key in {identity}. Nothing was created. Use the recovery key that was in force when the backup was made.</translation>
    </message>
    <message>
        <source>{identity} does not hold an age identity (a line AGE-SECRET-KEY-1…). Give the recovery key file `backup recovery-key` wrote.</source>
        <translation>{identity} does not hold an age identity (a line AGE-SECRET-KEY-1…). Give the recovery key file `backup recovery-key` wrote.</translation>
    </message>
    <message>
        <source>The backup {path} decrypted, but what is inside is not a sound vault ({problem}). Nothing was created. Use another backup and report this one.</source>
        <translation>The backup {path} decrypted, but what is inside is not a sound vault ({problem}). Nothing was created. Use another backup and report this one.</translation>
    </message>
    <message>
        <source>{path} already exists; a restore makes a new vault and never writes into an existing folder. Name a folder that does not exist yet.</source>
        <translation>{path} already exists; a restore makes a new vault and never writes into an existing folder. Name a folder that does not exist yet.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another place.</source>
        <translation>The folder {folder} does not exist; create it or choose another place.</translation>
    </message>
    <message>
        <source>A restore needs --vault DIR: the new vault&apos;s folder, which must not exist yet. Nothing was created.</source>
        <translation>A restore needs --vault DIR: the new vault&apos;s folder, which must not exist yet. Nothing was created.</translation>
    </message>
    <message>
        <source>The backup has no enabled administrator &apos;{user}&apos;. Give the name of an administrator recorded in the backup. Nothing was created.</source>
        <translation>The backup has no enabled administrator &apos;{user}&apos;. Give the name of an administrator recorded in the backup. Nothing was created.</translation>
    </message>
    <message>
        <source>The backup was made by a newer SecureDesk (schema {found}; this one knows {known}). Install the newer version to restore it. Nothing was created.</source>
        <translation>The backup was made by a newer SecureDesk (schema {found}; this one knows {known}). Install the newer version to restore it. Nothing was created.</translation>
    </message>
    <message>
        <source>backup recipient</source>
        <translation>backup recipient</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an action status; use one of {allowed}. Nothing was changed.</source>
        <translation>&apos;{text}&apos; is not an action status; use one of {allowed}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The update of action {action_id} changes nothing: give a new status, due date, owner or a note.</source>
        <translation>The update of action {action_id} changes nothing: give a new status, due date, owner or a note.</translation>
    </message>
    <message>
        <source>Case {ref} is closed: reopen it before adding to its support plan. Nothing was changed.</source>
        <translation>Case {ref} is closed: reopen it before adding to its support plan. Nothing was changed.</translation>
    </message>
    <message>
        <source>The due date {due} is before the action was agreed ({agreed}); give a later date. Nothing was changed.</source>
        <translation>The due date {due} is before the action was agreed ({agreed}); give a later date. Nothing was changed.</translation>
    </message>
    <message>
        <source>The date {day} is not plausible for an action; give a date between {low} and {high}. Nothing was changed.</source>
        <translation>The date {day} is not plausible for an action; give a date between {low} and {high}. Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as YYYY-MM-DD. Nothing was changed.</source>
        <translation>&apos;{text}&apos; is not a date: type it as YYYY-MM-DD. Nothing was changed.</translation>
    </message>
    <message>
        <source>The minutes of case {ref} already say this: give the field you want to change (--discussion, --decision, --rationale or --dissent) with its new text.</source>
        <translation>The minutes of case {ref} already say this: give the field you want to change (--discussion, --decision, --rationale or --dissent) with its new text.</translation>
    </message>
    <message>
        <source>No minutes of case {ref} are recorded for meeting {meeting_id}: record them with &apos;meeting minutes&apos; first.</source>
        <translation>No minutes of case {ref} are recorded for meeting {meeting_id}: record them with &apos;meeting minutes&apos; first.</translation>
    </message>
    <message>
        <source>The date agreed</source>
        <translation>The date agreed</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner, a panel chair or an administrator may reassign case {ref}. Ask one of them; nothing was changed.</source>
        <translation>Only the case&apos;s owner, a panel chair or an administrator may reassign case {ref}. Ask one of them; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos; to own cases. Check the name (an administrator can list the users); nothing was changed.</source>
        <translation>There is no user &apos;{user}&apos; to own cases. Check the name (an administrator can list the users); nothing was changed.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot own cases. Choose an enabled officer; nothing was changed.</source>
        <translation>User &apos;{user}&apos; is disabled and cannot own cases. Choose an enabled officer; nothing was changed.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; does not hold the officer role, so cannot work on the cases they would own. Choose an officer, or ask an administrator to give &apos;{user}&apos; the officer role; nothing was changed.</source>
        <translation>User &apos;{user}&apos; does not hold the officer role, so cannot work on the cases they would own. Choose an officer, or ask an administrator to give &apos;{user}&apos; the officer role; nothing was changed.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is cleared to {clearance} and cannot own material marked {marking}. Choose an officer cleared to {marking}; nothing was changed.</source>
        <translation>User &apos;{user}&apos; is cleared to {clearance} and cannot own material marked {marking}. Choose an officer cleared to {marking}; nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} is already owned by &apos;{user}&apos;. Nothing was changed.</source>
        <translation>Case {ref} is already owned by &apos;{user}&apos;. Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a consent status. Use one of: {allowed}. Nothing was changed.</source>
        <translation>&apos;{text}&apos; is not a consent status. Use one of: {allowed}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The consent date {date} is before case {ref} was referred ({referral_date}). Check the date; nothing was changed.</source>
        <translation>The consent date {date} is before case {ref} was referred ({referral_date}). Check the date; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing to change: give what to change (see &apos;securedesk case edit --help&apos;). Nothing was changed.</source>
        <translation>Nothing to change: give what to change (see &apos;securedesk case edit --help&apos;). Nothing was changed.</translation>
    </message>
    <message>
        <source>{field} ({date}) has passed. Give today ({today}) or a later date; nothing was changed.</source>
        <translation>{field} ({date}) has passed. Give today ({today}) or a later date; nothing was changed.</translation>
    </message>
    <message>
        <source>A reason is required to change the marking of case {ref} (--reason TEXT): it is kept in the case&apos;s history. Nothing was changed.</source>
        <translation>A reason is required to change the marking of case {ref} (--reason TEXT): it is kept in the case&apos;s history. Nothing was changed.</translation>
    </message>
    <message>
        <source>A reason is recorded only with a change of marking (--marking). Nothing was changed.</source>
        <translation>A reason is recorded only with a change of marking (--marking). Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} is already marked {marking}. Nothing was changed.</source>
        <translation>Case {ref} is already marked {marking}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} holds material marked {highest}, so the case cannot be marked {marking}. Nothing was changed.</source>
        <translation>Case {ref} holds material marked {highest}, so the case cannot be marked {marking}. Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{caveat}&apos; is not a handling caveat this vault uses. Choose from: {allowed}; or write &apos;other: REASON&apos; for one that is not listed. Nothing was recorded.</source>
        <translation>&apos;{caveat}&apos; is not a handling caveat this vault uses. Choose from: {allowed}; or write &apos;other: REASON&apos; for one that is not listed. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The caveat &apos;other&apos; needs a reason: write it as &apos;other: REASON&apos; (for example &apos;other: sub judice until the trial ends&apos;). Nothing was recorded.</source>
        <translation>The caveat &apos;other&apos; needs a reason: write it as &apos;other: REASON&apos; (for example &apos;other: sub judice until the trial ends&apos;). Nothing was recorded.</translation>
    </message>
    <message>
        <source>The policy {key} is a list of caveats separated by semicolons (each at most 100 characters, at least one, &apos;other&apos; not among them: it is always offered). Nothing was changed.</source>
        <translation>The policy {key} is a list of caveats separated by semicolons (each at most 100 characters, at least one, &apos;other&apos; not among them: it is always offered). Nothing was changed.</translation>
    </message>
    <message>
        <source>A date of birth of {date} is more than {years} years ago (before {earliest}). Check the date; nothing was recorded.</source>
        <translation>A date of birth of {date} is more than {years} years ago (before {earliest}). Check the date; nothing was recorded.</translation>
    </message>
    <message>
        <source>The consent note</source>
        <translation>The consent note</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>The consent date</translation>
    </message>
    <message>
        <source>The reason for the change of marking</source>
        <translation>The reason for the change of marking</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>The next review date</translation>
    </message>
    <message>
        <source>The retention review date</source>
        <translation>The retention review date</translation>
    </message>
    <message>
        <source>The assessment file {path} {problem}. Nothing was recorded; see &apos;securedesk assessment add --help&apos; for the form it takes.</source>
        <translation>The assessment file {path} {problem}. Nothing was recorded; see &apos;securedesk assessment add --help&apos; for the form it takes.</translation>
    </message>
    <message>
        <source>The assessment file {path} cannot be read ({os_error}). Check the path; nothing was recorded.</source>
        <translation>The assessment file {path} cannot be read ({os_error}). Check the path; nothing was recorded.</translation>
    </message>
    <message>
        <source>{path} already exists and is not replaced. Give a new file name; nothing was written.</source>
        <translation>{path} already exists and is not replaced. Give a new file name; nothing was written.</translation>
    </message>
    <message>
        <source>Person {person_id} was merged into person {kept_id}: work with {kept_id} (securedesk person show {kept_id} explains the merge). Nothing was changed.</source>
        <translation>Person {person_id} was merged into person {kept_id}: work with {kept_id} (securedesk person show {kept_id} explains the merge). Nothing was changed.</translation>
    </message>
    <message>
        <source>Both ids name person {person_id}: give two different people to merge.</source>
        <translation>Both ids name person {person_id}: give two different people to merge.</translation>
    </message>
    <message>
        <source>You may not change every case these two people appear in, so they cannot be merged by you. Ask the owners of those cases (or give --justification TEXT for cases outside your caseload). Nothing was changed.</source>
        <translation>You may not change every case these two people appear in, so they cannot be merged by you. Ask the owners of those cases (or give --justification TEXT for cases outside your caseload). Nothing was changed.</translation>
    </message>
    <message>
        <source>{count} person record(s) here look like a subject you gave (same name and date of birth, or the same identifier): {matches}. Give --person ID to open the case for a person already held, or --new-person to record a new person anyway. Nothing was recorded.</source>
        <translation>{count} person record(s) here look like a subject you gave (same name and date of birth, or the same identifier): {matches}. Give --person ID to open the case for a person already held, or --new-person to record a new person anyway. Nothing was recorded.</translation>
    </message>
    <message>
        <source>case add needs a subject: --subject NAME for a new person, or --person PERSON_ID for one already held (see &apos;securedesk --help&apos;).</source>
        <translation>case add needs a subject: --subject NAME for a new person, or --person PERSON_ID for one already held (see &apos;securedesk --help&apos;).</translation>
    </message>
    <message>
        <source>--new-person confirms a new subject given with --subject; none was given.</source>
        <translation>--new-person confirms a new subject given with --subject; none was given.</translation>
    </message>
    <message>
        <source>Give at least {minimum} letters or digits to search for people.</source>
        <translation>Give at least {minimum} letters or digits to search for people.</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>is larger than {limit} bytes</translation>
    </message>
    <message>
        <source>has no &quot;scores&quot; object (each factor&apos;s id with its score and evidence)</source>
        <translation>has no &quot;scores&quot; object (each factor&apos;s id with its score and evidence)</translation>
    </message>
    <message>
        <source>has &apos;{key}&apos;, which is not part of the form (only scores and conclusion)</source>
        <translation>has &apos;{key}&apos;, which is not part of the form (only scores and conclusion)</translation>
    </message>
    <message>
        <source>scores &apos;{factor}&apos;, which is not a factor of the framework {framework}; its factors are: {factors}</source>
        <translation>scores &apos;{factor}&apos;, which is not a factor of the framework {framework}; its factors are: {factors}</translation>
    </message>
    <message>
        <source>gives factor &apos;{factor}&apos; something other than {{&quot;score&quot;: N, &quot;evidence&quot;: &quot;...&quot;}}</source>
        <translation>gives factor &apos;{factor}&apos; something other than {{&quot;score&quot;: N, &quot;evidence&quot;: &quot;...&quot;}}</translation>
    </message>
    <message>
        <source>gives factor &apos;{factor}&apos; a score that is not a whole number from {low} to {high}</source>
        <translation>gives factor &apos;{factor}&apos; a score that is not a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>gives factor &apos;{factor}&apos; evidence that is not text of at most {limit} characters</source>
        <translation>gives factor &apos;{factor}&apos; evidence that is not text of at most {limit} characters</translation>
    </message>
    <message>
        <source>has no &quot;conclusion&quot; text</source>
        <translation>has no &quot;conclusion&quot; text</translation>
    </message>
    <message>
        <source>A score&apos;s evidence</source>
        <translation>A score&apos;s evidence</translation>
    </message>
    <message>
        <source>The reason for the merge</source>
        <translation>The reason for the merge</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a pack language; use one of {allowed} (bilingual gives Welsh first, then English). Nothing was changed.</source>
        <translation>&apos;{text}&apos; is not a pack language; use one of {allowed} (bilingual gives Welsh first, then English). Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not on the list of genders. Choose one of: {allowed}.</source>
        <translation>&apos;{text}&apos; is not on the list of genders. Choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not on the list of types of concern. Choose one of: {allowed}.</source>
        <translation>&apos;{text}&apos; is not on the list of types of concern. Choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a closing outcome. Choose one of: {allowed}.</source>
        <translation>&apos;{text}&apos; is not a closing outcome. Choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>A case is closed with its outcome. Give one of: {allowed} (--outcome with the command); the case was not changed.</source>
        <translation>A case is closed with its outcome. Give one of: {allowed} (--outcome with the command); the case was not changed.</translation>
    </message>
    <message>
        <source>An outcome is recorded only when a case is closed. Leave it out, or close the case; nothing was changed.</source>
        <translation>An outcome is recorded only when a case is closed. Leave it out, or close the case; nothing was changed.</translation>
    </message>
    <message>
        <source>Give at least one of --gender and --concern; nothing was changed.</source>
        <translation>Give at least one of --gender and --concern; nothing was changed.</translation>
    </message>
    <message>
        <source>The reporting categories file {path} cannot be used ({why}). Restore the file shipped with SecureDesk or correct it.</source>
        <translation>The reporting categories file {path} cannot be used ({why}). Restore the file shipped with SecureDesk or correct it.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after it ends on {end}. Give a start on or before the end; no report was made.</source>
        <translation>The period starts on {start}, after it ends on {end}. Give a start on or before the end; no report was made.</translation>
    </message>
    <message>
        <source>A report is written as .pdf or .csv, and {path} is neither. Name the file with one of those endings; no report was made.</source>
        <translation>A report is written as .pdf or .csv, and {path} is neither. Name the file with one of those endings; no report was made.</translation>
    </message>
    <message>
        <source>{path} already exists and is not replaced. Choose another name or move that file first; no report was made.</source>
        <translation>{path} already exists and is not replaced. Choose another name or move that file first; no report was made.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; no report was made.</source>
        <translation>The folder {folder} does not exist. Choose an existing folder; no report was made.</translation>
    </message>
    <message>
        <source>Give the reason for this retention decision (--reason TEXT): it is kept in the destruction register or the case&apos;s review history. Nothing was changed.</source>
        <translation>Give the reason for this retention decision (--reason TEXT): it is kept in the destruction register or the case&apos;s review history. Nothing was changed.</translation>
    </message>
    <message>
        <source>The reason names one of the people in case {ref}. Reasons are kept after the case is destroyed, so they may hold no personal data: say why without names (for example &apos;recorded in error&apos;). Nothing was changed.</source>
        <translation>The reason names one of the people in case {ref}. Reasons are kept after the case is destroyed, so they may hold no personal data: say why without names (for example &apos;recorded in error&apos;). Nothing was changed.</translation>
    </message>
    <message>
        <source>The date to keep case {ref} until ({until}) must be after today ({today}). Nothing was changed.</source>
        <translation>The date to keep case {ref} until ({until}) must be after today ({today}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} may be kept for at most {years} years at one review (until {latest}); review it again then. Nothing was changed.</source>
        <translation>Case {ref} may be kept for at most {years} years at one review (until {latest}); review it again then. Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} is not due for a retention review (its review date is {review}). To destroy it before then, for example if it was recorded in error, use `securedesk retention propose {ref} --reason TEXT`. Nothing was changed.</source>
        <translation>Case {ref} is not due for a retention review (its review date is {review}). To destroy it before then, for example if it was recorded in error, use `securedesk retention propose {ref} --reason TEXT`. Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} has no retention review date (it is not closed), so it is not due for review. Nothing was changed.</source>
        <translation>Case {ref} has no retention review date (it is not closed), so it is not due for review. Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} is already proposed for destruction (by {user} on {day}). A different user holding the auditor role approves it with `securedesk retention approve {ref}`. Nothing was changed.</source>
        <translation>Case {ref} is already proposed for destruction (by {user} on {day}). A different user holding the auditor role approves it with `securedesk retention approve {ref}`. Nothing was changed.</translation>
    </message>
    <message>
        <source>Case {ref} has not been proposed for destruction. Propose it first with `securedesk retention propose {ref} --reason TEXT`; a different user holding the auditor role then approves it. Nothing was destroyed.</source>
        <translation>Case {ref} has not been proposed for destruction. Propose it first with `securedesk retention propose {ref} --reason TEXT`; a different user holding the auditor role then approves it. Nothing was destroyed.</translation>
    </message>
    <message>
        <source>You ({user}) proposed the destruction of case {ref}: a different user holding the auditor role must approve it. Nothing was destroyed.</source>
        <translation>You ({user}) proposed the destruction of case {ref}: a different user holding the auditor role must approve it. Nothing was destroyed.</translation>
    </message>
    <message>
        <source>This needs the auditor role, which user &apos;{user}&apos; does not hold. Ask your data protection officer. Nothing was changed.</source>
        <translation>This needs the auditor role, which user &apos;{user}&apos; does not hold. Ask your data protection officer. Nothing was changed.</translation>
    </message>
    <message>
        <source>The records were destroyed, but the space they used in the vault&apos;s files could not be wiped yet ({step}). Free disk space, then run `securedesk retention wipe`; until then deleted bytes may remain in the encrypted files.</source>
        <translation>The records were destroyed, but the space they used in the vault&apos;s files could not be wiped yet ({step}). Free disk space, then run `securedesk retention wipe`; until then deleted bytes may remain in the encrypted files.</translation>
    </message>
    <message>
        <source>Destroying case {ref} rewrites the vault&apos;s file to wipe the space it used, which needs {need_mb} MB free on {folder}; {free_mb} MB are free. Free at least {short_mb} MB on {folder} (move or delete other files), then approve again. Nothing was destroyed and the vault is intact.</source>
        <translation>Destroying case {ref} rewrites the vault&apos;s file to wipe the space it used, which needs {need_mb} MB free on {folder}; {free_mb} MB are free. Free at least {short_mb} MB on {folder} (move or delete other files), then approve again. Nothing was destroyed and the vault is intact.</translation>
    </message>
    <message>
        <source>Destroying case {ref} rewrites the vault in memory to wipe the space it used, which needs about {need_mb} MB of memory; {free_mb} MB are available. Close other programs, then approve again. Nothing was destroyed and the vault is intact.</source>
        <translation>Destroying case {ref} rewrites the vault in memory to wipe the space it used, which needs about {need_mb} MB of memory; {free_mb} MB are available. Close other programs, then approve again. Nothing was destroyed and the vault is intact.</translation>
    </message>
    <message>
        <source>The records of person {person_id} include material above your clearance ({clearance}), so you cannot produce a complete report. Ask an auditor cleared higher. Nothing was written.</source>
        <translation>The records of person {person_id} include material above your clearance ({clearance}), so you cannot produce a complete report. Ask an auditor cleared higher. Nothing was written.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a report format: use pdf or json. Nothing was written.</source>
        <translation>&apos;{format}&apos; is not a report format: use pdf or json. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another file name.</source>
        <translation>{path} already exists; nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>There is not enough free space on {folder}: this needs {need_mb} MB and {free_mb} MB are free. Free at least {short_mb} MB on {folder} (move or delete other files) and try again. Nothing was changed and the vault is intact.</source>
        <translation>There is not enough free space on {folder}: this needs {need_mb} MB and {free_mb} MB are free. Free at least {short_mb} MB on {folder} (move or delete other files) and try again. Nothing was changed and the vault is intact.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({free_mb} MB free). The step in progress was rolled back and the vault is intact. Free at least {need_mb} MB on {folder} and try again.</source>
        <translation>The disk holding {folder} is full ({free_mb} MB free). The step in progress was rolled back and the vault is intact. Free at least {need_mb} MB on {folder} and try again.</translation>
    </message>
    <message>
        <source>{folder} cannot be written to (a read-only disk or no permission). Nothing was changed and the vault is intact. Make {folder} writable (remount the disk read-write, or ask for permission) and try again.</source>
        <translation>{folder} cannot be written to (a read-only disk or no permission). Nothing was changed and the vault is intact. Make {folder} writable (remount the disk read-write, or ask for permission) and try again.</translation>
    </message>
    <message>
        <source>The vault&apos;s working file {file} is missing and cannot be made in {folder}. The vault is intact. Make {folder} writable and free a few MB on it, then open the vault again.</source>
        <translation>The vault&apos;s working file {file} is missing and cannot be made in {folder}. The vault is intact. Make {folder} writable and free a few MB on it, then open the vault again.</translation>
    </message>
    <message>
        <source>The vault folder {folder} is no longer there: the removable drive holding it was probably taken out. Nothing more was written. Put the drive back and open the vault again; it is checked as it opens.</source>
        <translation>The vault folder {folder} is no longer there: the removable drive holding it was probably taken out. Nothing more was written. Put the drive back and open the vault again; it is checked as it opens.</translation>
    </message>
    <message>
        <source>Keyring reachable ({backend}) and this vault&apos;s binding secret is in it.</source>
        <translation>Keyring reachable ({backend}) and this vault&apos;s binding secret is in it.</translation>
    </message>
    <message>
        <source>Keyring reachable ({backend}); there is no vault at {path} yet, so no binding secret to look for.</source>
        <translation>Keyring reachable ({backend}); there is no vault at {path} yet, so no binding secret to look for.</translation>
    </message>
    <message>
        <source>The keyring cannot be reached ({error}): start the desktop session&apos;s Secret Service (gnome-keyring) and unlock it, then run securedesk doctor again.</source>
        <translation>The keyring cannot be reached ({error}): start the desktop session&apos;s Secret Service (gnome-keyring) and unlock it, then run securedesk doctor again.</translation>
    </message>
    <message>
        <source>The keyring is reachable but holds no binding secret for vault {vault_id}: this vault will not open on this terminal. Sign in as the account that made the vault, or restore the keyring from its backup.</source>
        <translation>The keyring is reachable but holds no binding secret for vault {vault_id}: this vault will not open on this terminal. Sign in as the account that made the vault, or restore the keyring from its backup.</translation>
    </message>
    <message>
        <source>This is the demo vault (invented people only), not bound to this terminal. Keep real case data in a vault made with securedesk init.</source>
        <translation>This is the demo vault (invented people only), not bound to this terminal. Keep real case data in a vault made with securedesk init.</translation>
    </message>
    <message>
        <source>This vault was made with --no-terminal-binding: a copy of its folder opens anywhere with a passphrase alone. For real case data make a bound vault with securedesk init and move the cases into it.</source>
        <translation>This vault was made with --no-terminal-binding: a copy of its folder opens anywhere with a passphrase alone. For real case data make a bound vault with securedesk init and move the cases into it.</translation>
    </message>
    <message>
        <source>Swap is off.</source>
        <translation>Swap is off.</translation>
    </message>
    <message>
        <source>Swap is encrypted or in memory ({areas}).</source>
        <translation>Swap is encrypted or in memory ({areas}).</translation>
    </message>
    <message>
        <source>Swap is not encrypted ({areas}): memory may be written to disk in the clear. Turn it off (swapoff -a and remove it from /etc/fstab) or put it on dm-crypt (a random-key swap line in /etc/crypttab).</source>
        <translation>Swap is not encrypted ({areas}): memory may be written to disk in the clear. Turn it off (swapoff -a and remove it from /etc/fstab) or put it on dm-crypt (a random-key swap line in /etc/crypttab).</translation>
    </message>
    <message>
        <source>Whether swap is encrypted cannot be seen here ({areas}): check by hand that it is on dm-crypt, or turn it off.</source>
        <translation>Whether swap is encrypted cannot be seen here ({areas}): check by hand that it is on dm-crypt, or turn it off.</translation>
    </message>
    <message>
        <source>Hibernation is off: the kernel offers no way to hibernate.</source>
        <translation>Hibernation is off: the kernel offers no way to hibernate.</translation>
    </message>
    <message>
        <source>Hibernation is off: systemd&apos;s hibernation targets are masked.</source>
        <translation>Hibernation is off: systemd&apos;s hibernation targets are masked.</translation>
    </message>
    <message>
        <source>Hibernation is possible (resume device: {resume}), which writes all memory to disk. Run: systemctl mask {targets}; or boot with the kernel argument nohibernate.</source>
        <translation>Hibernation is possible (resume device: {resume}), which writes all memory to disk. Run: systemctl mask {targets}; or boot with the kernel argument nohibernate.</translation>
    </message>
    <message>
        <source>Core dumps are refused and other programs cannot read this one&apos;s memory.</source>
        <translation>Core dumps are refused and other programs cannot read this one&apos;s memory.</translation>
    </message>
    <message>
        <source>Core dumps are allowed (core size limit, soft/hard: {limit}): SecureDesk sets both to 0 at start and could not. Set &apos;* hard core 0&apos; in /etc/security/limits.conf.</source>
        <translation>Core dumps are allowed (core size limit, soft/hard: {limit}): SecureDesk sets both to 0 at start and could not. Set &apos;* hard core 0&apos; in /etc/security/limits.conf.</translation>
    </message>
    <message>
        <source>This process is still dumpable, so other programs of the same user may read its memory: the system refused prctl(PR_SET_DUMPABLE). Check the kernel&apos;s Yama and seccomp settings for this account.</source>
        <translation>This process is still dumpable, so other programs of the same user may read its memory: the system refused prctl(PR_SET_DUMPABLE). Check the kernel&apos;s Yama and seccomp settings for this account.</translation>
    </message>
    <message>
        <source>fs.suid_dumpable is {suid_dumpable}, so even a non-dumpable process is dumped (core pattern: {pattern}). Set fs.suid_dumpable=0 in /etc/sysctl.d/.</source>
        <translation>fs.suid_dumpable is {suid_dumpable}, so even a non-dumpable process is dumped (core pattern: {pattern}). Set fs.suid_dumpable=0 in /etc/sysctl.d/.</translation>
    </message>
    <message>
        <source>Memory can be locked against swap (lock limit {limit}).</source>
        <translation>Memory can be locked against swap (lock limit {limit}).</translation>
    </message>
    <message>
        <source>Memory cannot be locked against swap: the lock limit is {limit}. Add &apos;USER - memlock unlimited&apos; to /etc/security/limits.d/securedesk.conf and sign in again.</source>
        <translation>Memory cannot be locked against swap: the lock limit is {limit}. Add &apos;USER - memlock unlimited&apos; to /etc/security/limits.d/securedesk.conf and sign in again.</translation>
    </message>
    <message>
        <source>The vault folder is on an encrypted device ({device}, {fstype}).</source>
        <translation>The vault folder is on an encrypted device ({device}, {fstype}).</translation>
    </message>
    <message>
        <source>The vault folder is on a file system in memory ({fstype}): it is lost at power-off unless backed up.</source>
        <translation>The vault folder is on a file system in memory ({fstype}): it is lost at power-off unless backed up.</translation>
    </message>
    <message>
        <source>The vault folder is on {device} ({fstype}), which is not encrypted. Install the terminal with full-disk encryption (LUKS) or move the vault onto an encrypted volume.</source>
        <translation>The vault folder is on {device} ({fstype}), which is not encrypted. Install the terminal with full-disk encryption (LUKS) or move the vault onto an encrypted volume.</translation>
    </message>
    <message>
        <source>Whether the vault folder&apos;s disk is encrypted cannot be seen here ({fstype} on {device}): check by hand that the terminal uses full-disk encryption.</source>
        <translation>Whether the vault folder&apos;s disk is encrypted cannot be seen here ({fstype} on {device}): check by hand that the terminal uses full-disk encryption.</translation>
    </message>
    <message>
        <source>The clock ({now}) is not earlier than the newest audit event ({newest}).</source>
        <translation>The clock ({now}) is not earlier than the newest audit event ({newest}).</translation>
    </message>
    <message>
        <source>The clock ({now}) is earlier than the newest audit event ({newest}): set the date and time right before working, and tell an auditor.</source>
        <translation>The clock ({now}) is earlier than the newest audit event ({newest}): set the date and time right before working, and tell an auditor.</translation>
    </message>
    <message>
        <source>Clock not checked: sign in with --user to check it against the audit log.</source>
        <translation>Clock not checked: sign in with --user to check it against the audit log.</translation>
    </message>
    <message>
        <source>Free space {free_mib} MiB: enough for the vault ({vault_mib} MiB) to grow and for a backup if it is written on this disk.</source>
        <translation>Free space {free_mib} MiB: enough for the vault ({vault_mib} MiB) to grow and for a backup if it is written on this disk.</translation>
    </message>
    <message>
        <source>Free space {free_mib} MiB is less than the {needed_mib} MiB the vault ({vault_mib} MiB) needs to grow and a backup needs if it is written on this disk: free some space on that disk, or write backups to another.</source>
        <translation>Free space {free_mib} MiB is less than the {needed_mib} MiB the vault ({vault_mib} MiB) needs to grow and a backup needs if it is written on this disk: free some space on that disk, or write backups to another.</translation>
    </message>
    <message>
        <source>Last backup {last}; the next is due by {due} (every {days} day(s)).</source>
        <translation>Last backup {last}; the next is due by {due} (every {days} day(s)).</translation>
    </message>
    <message>
        <source>The backup is overdue (last: {last}; due {due}, every {days} day(s)): an administrator makes one with securedesk backup create --out FILE.</source>
        <translation>The backup is overdue (last: {last}; due {due}, every {days} day(s)): an administrator makes one with securedesk backup create --out FILE.</translation>
    </message>
    <message>
        <source>Backups not checked: sign in with --user to check them.</source>
        <translation>Backups not checked: sign in with --user to check them.</translation>
    </message>
    <message>
        <source>Not checked: there is no vault at {path}.</source>
        <translation>Not checked: there is no vault at {path}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not be used, so the vault cannot be bound to this terminal. Unlock or start the keyring (it may need you to sign in to the desktop again) and press Finish again, or tick the box below to create the vault unbound: anyone with a copy of the vault folder and a passphrase could then open it on another computer.</source>
        <translation>This computer&apos;s keyring could not be used, so the vault cannot be bound to this terminal. Unlock or start the keyring (it may need you to sign in to the desktop again) and press Finish again, or tick the box below to create the vault unbound: anyone with a copy of the vault folder and a passphrase could then open it on another computer.</translation>
    </message>
    <message>
        <source>Press Finish to create the vault and sign in.</source>
        <translation>Press Finish to create the vault and sign in.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>Source reliability, A to E: A always reliable, B mostly reliable, C sometimes reliable, D unreliable, E untested or cannot be judged.</source>
        <translation>Source reliability, A to E: A always reliable, B mostly reliable, C sometimes reliable, D unreliable, E untested or cannot be judged.</translation>
    </message>
    <message>
        <source>Information reliability, 1 to 5: 1 known to be true without reservation, 2 known personally to the source but not to the officer, 3 not known personally to the source but corroborated, 4 cannot be judged, 5 suspected to be false.</source>
        <translation>Information reliability, 1 to 5: 1 known to be true without reservation, 2 known personally to the source but not to the officer, 3 not known personally to the source but corroborated, 4 cannot be judged, 5 suspected to be false.</translation>
    </message>
    <message>
        <source>A grade such as B2 is the source&apos;s reliability (letter) and the information&apos;s (figure).</source>
        <translation>A grade such as B2 is the source&apos;s reliability (letter) and the information&apos;s (figure).</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdentifierLabels</name>
    <message>
        <source>police national computer number</source>
        <translation>police national computer number</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>NHS number</translation>
    </message>
    <message>
        <source>school reference</source>
        <translation>school reference</translation>
    </message>
    <message>
        <source>national insurance number</source>
        <translation>national insurance number</translation>
    </message>
    <message>
        <source>local authority reference</source>
        <translation>local authority reference</translation>
    </message>
    <message>
        <source>probation reference</source>
        <translation>probation reference</translation>
    </message>
</context>
<context>
    <name>ImportConfirmDialog</name>
    <message>
        <source>Import the bundle</source>
        <translation>Import the bundle</translation>
    </message>
    <message>
        <source>I have confirmed with the sender: import &amp;anyway</source>
        <translation>I have confirmed with the sender: import &amp;anyway</translation>
    </message>
    <message>
        <source>Accept an older bundle</source>
        <translation>Accept an older bundle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>&amp;Choose bundle…</translation>
    </message>
    <message>
        <source>Choose a bundle file to check</source>
        <translation>Choose a bundle file to check</translation>
    </message>
    <message>
        <source>No bundle chosen.</source>
        <translation>No bundle chosen.</translation>
    </message>
    <message>
        <source>Sender fingerprint</source>
        <translation>Sender fingerprint</translation>
    </message>
    <message>
        <source>Sender and bundle (signatures checked)</source>
        <translation>Sender and bundle (signatures checked)</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Bundle:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <source>Highest marking:</source>
        <translation>Highest marking:</translation>
    </message>
    <message>
        <source>Addressed:</source>
        <translation>Addressed:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Preview what the import would change</source>
        <translation>Preview what the import would change</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Import the bundle</source>
        <translation>Import the bundle</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>New here</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>What the import would change, by kind of record</source>
        <translation>What the import would change, by kind of record</translation>
    </message>
    <message>
        <source>Case here</source>
        <translation>Case here</translation>
    </message>
    <message>
        <source>Sender&apos;s reference</source>
        <translation>Sender&apos;s reference</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Origin here</source>
        <translation>Origin here</translation>
    </message>
    <message>
        <source>Conflicts (why)</source>
        <translation>Conflicts (why)</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Cases in the bundle</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>Re&amp;cords:</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>C&amp;ases:</translation>
    </message>
    <message>
        <source>Progress checking or importing the bundle</source>
        <translation>Progress checking or importing the bundle</translation>
    </message>
    <message>
        <source>The bundle was rejected: it failed a check. %s</source>
        <translation>The bundle was rejected: it failed a check. %s</translation>
    </message>
    <message>
        <source>The bundle was refused. %s</source>
        <translation>The bundle was refused. %s</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>Checking signatures… %p%</source>
        <translation>Checking signatures… %p%</translation>
    </message>
    <message>
        <source>Checking cancelled.</source>
        <translation>Checking cancelled.</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>a receipt</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>To this terminal (%s).</source>
        <translation>To this terminal (%s).</translation>
    </message>
    <message>
        <source>Not to this terminal. Do not import it; return it to the transfer officer.</source>
        <translation>Not to this terminal. Do not import it; return it to the transfer officer.</translation>
    </message>
    <message>
        <source>This bundle was already imported on %1 by %2; importing it again changes nothing.</source>
        <translation>This bundle was already imported on %1 by %2; importing it again changes nothing.</translation>
    </message>
    <message>
        <source>Older than a bundle already imported from this sender (number %1 is here): it may be an old bundle replayed. Confirm with the sender before importing it.</source>
        <translation>Older than a bundle already imported from this sender (number %1 is here): it may be an old bundle replayed. Confirm with the sender before importing it.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the sender&apos;s administrator gave you; then preview the bundle.</source>
        <translation>Compare the fingerprint with the one the sender&apos;s administrator gave you; then preview the bundle.</translation>
    </message>
    <message>
        <source>Decrypting and checking every record…</source>
        <translation>Decrypting and checking every record…</translation>
    </message>
    <message>
        <source>Decrypting and checking… %p%</source>
        <translation>Decrypting and checking… %p%</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was imported.</source>
        <translation>Preview cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message numerus="yes">
        <source>and %n more case(s)</source>
        <translation>
            <numerusform>and %n more case</numerusform>
            <numerusform>and %n more cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming person(s) look like people held here (same name and date of birth, or the same identifier). After the import, open the person held and use Merge… to make one record:</source>
        <translation>
            <numerusform>%n incoming person looks like someone held here (same name and date of birth, or the same identifier). After the import, open the person held and use Merge… to make one record:</numerusform>
            <numerusform>%n incoming people look like people held here (same name and date of birth, or the same identifier). After the import, open the person held and use Merge… to make one record:</numerusform>
        </translation>
    </message>
    <message>
        <source>A receipt: importing it records it against the bundle sent.</source>
        <translation>A receipt: importing it records it against the bundle sent.</translation>
    </message>
    <message>
        <source>Everything in the bundle is here already as sent.</source>
        <translation>Everything in the bundle is here already as sent.</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Check the preview, then import.</source>
        <translation>Nothing has been imported yet. Check the preview, then import.</translation>
    </message>
    <message>
        <source>Import bundle %1 from %2 (%3)? %4 record(s) will be created, %5 updated and %6 kept as conflicts for review. The import is recorded in the audit log.</source>
        <translation>Import bundle %1 from %2 (%3)? %4 record(s) will be created, %5 updated and %6 kept as conflicts for review. The import is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This is number %1 from the sender, but number %2 has already been imported: it may be an old bundle replayed.</source>
        <translation>This is number %1 from the sender, but number %2 has already been imported: it may be an old bundle replayed.</translation>
    </message>
    <message>
        <source>New cases will be owned by %1.</source>
        <translation>New cases will be owned by %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Importing… %p%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; the vault is as it was.</source>
        <translation>Import cancelled. Nothing was imported; the vault is as it was.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Correct an item</source>
        <translation>Correct an item</translation>
    </message>
    <message>
        <source>Record information</source>
        <translation>Record information</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Date of the information</source>
        <translation>Date of the information</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Source reliability</translation>
    </message>
    <message>
        <source>Information reliability</source>
        <translation>Information reliability</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <source>Handling caveats</source>
        <translation>Handling caveats</translation>
    </message>
    <message>
        <source>Other caveat: the reason</source>
        <translation>Other caveat: the reason</translation>
    </message>
    <message>
        <source>Another caveat: say why (optional)</source>
        <translation>Another caveat: say why (optional)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Source grade:</source>
        <translation>&amp;Source grade:</translation>
    </message>
    <message>
        <source>&amp;Information grade:</source>
        <translation>&amp;Information grade:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marking:</translation>
    </message>
    <message>
        <source>&amp;Caveats:</source>
        <translation>&amp;Caveats:</translation>
    </message>
    <message>
        <source>&amp;Other caveat:</source>
        <translation>&amp;Other caveat:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Why do you need this case?</source>
        <translation>Why do you need this case?</translation>
    </message>
    <message>
        <source>Case %s is outside your caseload. Say why you need it; your reason is recorded in the audit log with your name, and kept there for good, even after the case is destroyed: name no one in it.</source>
        <translation>Case %s is outside your caseload. Say why you need it; your reason is recorded in the audit log with your name, and kept there for good, even after the case is destroyed: name no one in it.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;SecureDesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SecureDesk is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Locked for %s. Enter your passphrase to continue.</source>
        <translation>Locked for %s. Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Bundles sent</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Receipt sent</source>
        <translation>Receipt sent</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Write receipt…</translation>
    </message>
    <message>
        <source>Write a receipt for the selected bundle received</source>
        <translation>Write a receipt for the selected bundle received</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh the lists</source>
        <translation>Refresh the lists</translation>
    </message>
    <message>
        <source>Se&amp;nt:</source>
        <translation>Se&amp;nt:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Write the receipt to</source>
        <translation>Write the receipt to</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2; take it back to the sender.</source>
        <translation>Receipt %1 written to %2; take it back to the sender.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SecureDesk</source>
        <translation>SecureDesk</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;About SecureDesk</source>
        <translation>&amp;About SecureDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Ctrl+L locks</source>
        <translation>Signed in: %1 (%2) · Ctrl+L locks</translation>
    </message>
    <message>
        <source>This vault is not bound to this terminal (chosen when it was made).</source>
        <translation>This vault is not bound to this terminal (chosen when it was made).</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Find a person…</source>
        <translation>&amp;Find a person…</translation>
    </message>
    <message>
        <source>Lock the window now (Ctrl+L)</source>
        <translation>Lock the window now (Ctrl+L)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the lock limit is below 1 GiB</source>
        <translation>the lock limit is below 1 GiB</translation>
    </message>
    <message>
        <source>the system refused to lock it</source>
        <translation>the system refused to lock it</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>not available on this system</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>not attempted</translation>
    </message>
    <message>
        <source>SecureDesk %1</source>
        <translation>SecureDesk %1</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Bound to this terminal: %1</source>
        <translation>Bound to this terminal: %1</translation>
    </message>
    <message>
        <source>Core dumps off: %1</source>
        <translation>Core dumps off: %1</translation>
    </message>
    <message>
        <source>Other programs refused access to this one&apos;s memory: %1</source>
        <translation>Other programs refused access to this one&apos;s memory: %1</translation>
    </message>
    <message>
        <source>Memory locked against swap: %1</source>
        <translation>Memory locked against swap: %1</translation>
    </message>
    <message>
        <source>SQLCipher memory security: %1 (policy: %2)</source>
        <translation>SQLCipher memory security: %1 (policy: %2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>This terminal, as securedesk doctor checks it:</source>
        <translation>This terminal, as securedesk doctor checks it:</translation>
    </message>
    <message>
        <source>About SecureDesk</source>
        <translation>About SecureDesk</translation>
    </message>
</context>
<context>
    <name>MarkingBanner</name>
    <message>
        <source>LOCKED — NO CASE CONTENT SHOWN</source>
        <translation>LOCKED — NO CASE CONTENT SHOWN</translation>
    </message>
    <message>
        <source>Protective marking: %s</source>
        <translation>Protective marking: %s</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Cases on agenda</source>
        <translation>Cases on agenda</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Mee&amp;tings:</source>
        <translation>Mee&amp;tings:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Meeting members</source>
        <translation>Meeting members</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Mem&amp;bers:</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Cases on the agenda</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Issuing or printing a pack is recorded as a disclosure, with each copy in the copy register.</source>
        <translation>Issuing or printing a pack is recorded as a disclosure, with each copy in the copy register.</translation>
    </message>
    <message>
        <source>Only a chair can plan meetings and issue their packs.</source>
        <translation>Only a chair can plan meetings and issue their packs.</translation>
    </message>
    <message>
        <source>M&amp;ove up</source>
        <translation>M&amp;ove up</translation>
    </message>
    <message>
        <source>Progress issuing copies</source>
        <translation>Progress issuing copies</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Attende&amp;d</source>
        <translation>Attende&amp;d</translation>
    </message>
    <message>
        <source>Mark the selected member as attended</source>
        <translation>Mark the selected member as attended</translation>
    </message>
    <message>
        <source>Apologi&amp;es</source>
        <translation>Apologi&amp;es</translation>
    </message>
    <message>
        <source>Mark the selected member as sending apologies</source>
        <translation>Mark the selected member as sending apologies</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <source>Set the agenda</source>
        <translation>Set the agenda</translation>
    </message>
    <message>
        <source>Minutes of the selected case</source>
        <translation>Minutes of the selected case</translation>
    </message>
    <message>
        <source>An action agreed for the selected case</source>
        <translation>An action agreed for the selected case</translation>
    </message>
    <message>
        <source>Pre&amp;view pack…</source>
        <translation>Pre&amp;view pack…</translation>
    </message>
    <message>
        <source>Preview the selected member&apos;s pack</source>
        <translation>Preview the selected member&apos;s pack</translation>
    </message>
    <message>
        <source>&amp;Issue copies…</source>
        <translation>&amp;Issue copies…</translation>
    </message>
    <message>
        <source>Issue numbered copies to a folder</source>
        <translation>Issue numbered copies to a folder</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <source>Choose a case on the agenda first.</source>
        <translation>Choose a case on the agenda first.</translation>
    </message>
    <message>
        <source>Action agreed: it is on the support plan of %1.</source>
        <translation>Action agreed: it is on the support plan of %1.</translation>
    </message>
    <message>
        <source>It failed.</source>
        <translation>It failed.</translation>
    </message>
    <message>
        <source>Choose a member to preview their copy.</source>
        <translation>Choose a member to preview their copy.</translation>
    </message>
    <message>
        <source>Pack for %s</source>
        <translation>Pack for %s</translation>
    </message>
    <message>
        <source>Folder for the issued copies</source>
        <translation>Folder for the issued copies</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <source>Min&amp;utes…</source>
        <translation>Min&amp;utes…</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <source>Move the chosen case up the agenda</source>
        <translation>Move the chosen case up the agenda</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the chosen case down the agenda</source>
        <translation>Move the chosen case down the agenda</translation>
    </message>
    <message>
        <source>Agree a&amp;ction…</source>
        <translation>Agree a&amp;ction…</translation>
    </message>
    <message>
        <source>Choose a meeting to see its members and agenda.</source>
        <translation>Choose a meeting to see its members and agenda.</translation>
    </message>
    <message>
        <source>%1 at %2, chaired by %3</source>
        <translation>%1 at %2, chaired by %3</translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation>(no place given)</translation>
    </message>
    <message>
        <source>Next meeting: %s</source>
        <translation>Next meeting: %s</translation>
    </message>
    <message>
        <source>(no cases on the agenda)</source>
        <translation>(no cases on the agenda)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another record into this person</source>
        <translation>Merge another record into this person</translation>
    </message>
    <message>
        <source>The other record&apos;s cases and links move to this person, who also gains its names, identifiers and addresses. The other record is kept, marked as merged, so the merge can be explained. The merge is recorded in the audit log and on every case concerned.</source>
        <translation>The other record&apos;s cases and links move to this person, who also gains its names, identifiers and addresses. The other record is kept, marked as merged, so the merge can be explained. The merge is recorded in the audit log and on every case concerned.</translation>
    </message>
    <message>
        <source>The other record&apos;s id</source>
        <translation>The other record&apos;s id</translation>
    </message>
    <message>
        <source>Its id, or the first 8 characters of it</source>
        <translation>Its id, or the first 8 characters of it</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Reason for the merge</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Needed where a case concerned is outside your caseload</source>
        <translation>Needed where a case concerned is outside your caseload</translation>
    </message>
    <message>
        <source>&amp;Other record:</source>
        <translation>&amp;Other record:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes of %s</source>
        <translation>Minutes of %s</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Minutes history</source>
        <translation>Minutes history</translation>
    </message>
    <message>
        <source>&amp;Discussion:</source>
        <translation>&amp;Discussion:</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Rationale:</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Di&amp;ssent:</source>
        <translation>Di&amp;ssent:</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissent</translation>
    </message>
</context>
<context>
    <name>MinutesHistoryDialog</name>
    <message>
        <source>Minutes history of %1</source>
        <translation>Minutes history of %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <source>Now (recorded by %1, %2)</source>
        <translation>Now (recorded by %1, %2)</translation>
    </message>
    <message>
        <source>Never amended.</source>
        <translation>Never amended.</translation>
    </message>
    <message>
        <source>Before %1 changed %2 (%3); recorded by %4, %5</source>
        <translation>Before %1 changed %2 (%3); recorded by %4, %5</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open a new case</source>
        <translation>Open a new case</translation>
    </message>
    <message>
        <source>Subject&apos;s given name</source>
        <translation>Subject&apos;s given name</translation>
    </message>
    <message>
        <source>Subject&apos;s family name</source>
        <translation>Subject&apos;s family name</translation>
    </message>
    <message>
        <source>Date of birth &amp;known</source>
        <translation>Date of birth &amp;known</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Date of birth known</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Choose who referred the case</source>
        <translation>Choose who referred the case</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>Referral &amp;source:</source>
        <translation>Referral &amp;source:</translation>
    </message>
    <message>
        <source>&amp;Referral date:</source>
        <translation>&amp;Referral date:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marking:</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the subject&apos;s name.</source>
        <translation>Enter the subject&apos;s name.</translation>
    </message>
    <message>
        <source>Choose who referred the case.</source>
        <translation>Choose who referred the case.</translation>
    </message>
    <message>
        <source>Choose a person from the list, or Record a new person.</source>
        <translation>Choose a person from the list, or Record a new person.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Meeting place</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Too weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>use at least 12 characters; several unrelated words work well.</source>
        <translation>use at least 12 characters; several unrelated words work well.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>OneTimePassphraseDialog</name>
    <message>
        <source>One-time passphrase for %s</source>
        <translation>One-time passphrase for %s</translation>
    </message>
    <message>
        <source>This is the new one-time passphrase for %s. It is shown only this once. Hand it over in person (never by email or phone); they must choose their own passphrase when they sign in.</source>
        <translation>This is the new one-time passphrase for %s. It is shown only this once. Hand it over in person (never by email or phone); they must choose their own passphrase when they sign in.</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>One-time passphrase</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>One-time &amp;passphrase:</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>I have &amp;noted it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Search cases to send</source>
        <translation>Search cases to send</translation>
    </message>
    <message>
        <source>Search by reference, name or text</source>
        <translation>Search by reference, name or text</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Cases to send (tick to choose)</source>
        <translation>Cases to send (tick to choose)</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Trusted until</translation>
    </message>
    <message>
        <source>Trusted recipients (tick to choose)</source>
        <translation>Trusted recipients (tick to choose)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Bundle expires after, in days</source>
        <translation>Bundle expires after, in days</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the chosen cases</source>
        <translation>Export the chosen cases</translation>
    </message>
    <message>
        <source>Progress writing the bundle</source>
        <translation>Progress writing the bundle</translation>
    </message>
    <message>
        <source>Sear&amp;ch cases:</source>
        <translation>Sear&amp;ch cases:</translation>
    </message>
    <message>
        <source>Recipie&amp;nts:</source>
        <translation>Recipie&amp;nts:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>E&amp;xpires after:</translation>
    </message>
    <message>
        <source>No partner terminal is trusted yet. An administrator adds partners&apos; contact cards on the Trust store tab.</source>
        <translation>No partner terminal is trusted yet. An administrator adds partners&apos; contact cards on the Trust store tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen: </source>
        <translation>
            <numerusform>%n case chosen: </numerusform>
            <numerusform>%n cases chosen: </numerusform>
        </translation>
    </message>
    <message>
        <source>No case chosen yet: tick the cases to send.</source>
        <translation>No case chosen yet: tick the cases to send.</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Write the bundle to</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Writing cases… %p%</source>
        <translation>Writing cases… %p%</translation>
    </message>
    <message>
        <source>Writing attachments… %p%</source>
        <translation>Writing attachments… %p%</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Export cancelled; no bundle was written.</translation>
    </message>
    <message>
        <source>Bundle written to %1.
Bundle %2, number %3, %4; %5 case(s), %6 record(s), %7 attachment(s); highest marking %8; expires %9.</source>
        <translation>Bundle written to %1.
Bundle %2, number %3, %4; %5 case(s), %6 record(s), %7 attachment(s); highest marking %8; expires %9.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept out under their handling caveats (police only, health only, not for panel, originator consent, or a caveat this terminal does not know): </source>
        <translation>
            <numerusform>%n item(s) kept out under their handling caveats (police only, health only, not for panel, originator consent, or a caveat this terminal does not know): </numerusform>
            <numerusform>%n item(s) kept out under their handling caveats (police only, health only, not for panel, originator consent, or a caveat this terminal does not know): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerChoice</name>
    <message>
        <source>Owner of the new cases</source>
        <translation>Owner of the new cases</translation>
    </message>
    <message>
        <source>New cases &amp;owned by:</source>
        <translation>New cases &amp;owned by:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>Choose an officer</translation>
    </message>
    <message>
        <source>You cannot work on cases yourself: choose the officer who will own the new cases, or they will be yours until someone assigns them.</source>
        <translation>You cannot work on cases yourself: choose the officer who will own the new cases, or they will be yours until someone assigns them.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Meeting pack preview</source>
        <translation>Meeting pack preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>Print the pack</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>Printed a numbered copy, entered in the copy register.</source>
        <translation>Printed a numbered copy, entered in the copy register.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>PersonSearchDialog</name>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Name, alias or identifier</source>
        <translation>Name, alias or identifier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>merged into %s</source>
        <translation>merged into %s</translation>
    </message>
    <message>
        <source>linked: %s</source>
        <translation>linked: %s</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Linked people</source>
        <translation>Linked people</translation>
    </message>
    <message>
        <source>Double-click a person to see them</source>
        <translation>Double-click a person to see them</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Double-click a case to open it</source>
        <translation>Double-click a case to open it</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why you need this person (recorded in the audit log with your name)</source>
        <translation>Why you need this person (recorded in the audit log with your name)</translation>
    </message>
    <message>
        <source>S&amp;how person</source>
        <translation>S&amp;how person</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Merge another record into this person</source>
        <translation>Merge another record into this person</translation>
    </message>
    <message>
        <source>&amp;Subject access report…</source>
        <translation>&amp;Subject access report…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>This person appears only in cases outside your caseload. Say why you need to see them; your reason is recorded in the audit log.</source>
        <translation>This person appears only in cases outside your caseload. Say why you need to see them; your reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Born: %s</source>
        <translation>Born: %s</translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation>Also known as: %s</translation>
    </message>
    <message>
        <source>Address: %s</source>
        <translation>Address: %s</translation>
    </message>
    <message>
        <source>Record id: %s</source>
        <translation>Record id: %s</translation>
    </message>
    <message>
        <source>Merged into %1 on %2 by %3: %4. Its cases and links now belong to that person; this record is kept to explain the merge.</source>
        <translation>Merged into %1 on %2 by %3: %4. Its cases and links now belong to that person; this record is kept to explain the merge.</translation>
    </message>
    <message>
        <source>Record %1 was merged into this one on %2 by %3: %4. Moved: %5.</source>
        <translation>Record %1 was merged into this one on %2 by %3: %4. Moved: %5.</translation>
    </message>
    <message>
        <source>%s (a linked person&apos;s case)</source>
        <translation>%s (a linked person&apos;s case)</translation>
    </message>
    <message>
        <source>%s of this person</source>
        <translation>%s of this person</translation>
    </message>
    <message>
        <source>this person is their %s</source>
        <translation>this person is their %s</translation>
    </message>
    <message>
        <source>%1 case(s), %2 link(s); gained %3 name(s), %4 identifier(s)</source>
        <translation>%1 case(s), %2 link(s); gained %3 name(s), %4 identifier(s)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Double-click an action to change it</source>
        <translation>Double-click an action to change it</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Owning agency</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Action owner</translation>
    </message>
    <message>
        <source>Owner (default: you)</source>
        <translation>Owner (default: you)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Due YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>A&amp;dd action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Mar&amp;k done</translation>
    </message>
    <message>
        <source>Mark the chosen action done</source>
        <translation>Mark the chosen action done</translation>
    </message>
    <message>
        <source>Ca&amp;ncel action</source>
        <translation>Ca&amp;ncel action</translation>
    </message>
    <message>
        <source>Cancel the chosen action</source>
        <translation>Cancel the chosen action</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Change the chosen action</source>
        <translation>Change the chosen action</translation>
    </message>
    <message>
        <source>%1 — OVERDUE</source>
        <translation>%1 — OVERDUE</translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue.</source>
        <translation>%1 outstanding, %2 overdue.</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Choose an action in the list first.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why, without naming anyone</source>
        <translation>Why, without naming anyone</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <source>Gender, for returns</source>
        <translation>Gender, for returns</translation>
    </message>
    <message>
        <source>Type of concern, for returns</source>
        <translation>Type of concern, for returns</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Gen&amp;der:</translation>
    </message>
    <message>
        <source>Type of c&amp;oncern:</source>
        <translation>Type of c&amp;oncern:</translation>
    </message>
    <message>
        <source>Gender and type of concern not recorded</source>
        <translation>Gender and type of concern not recorded</translation>
    </message>
    <message>
        <source>Case %1 was opened, but its gender and type of concern were not recorded: %2</source>
        <translation>Case %1 was opened, but its gender and type of concern were not recorded: %2</translation>
    </message>
    <message>
        <source>Outcome at closing</source>
        <translation>Outcome at closing</translation>
    </message>
    <message>
        <source>Outcome (required to close)…</source>
        <translation>Outcome (required to close)…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Panel statistics</source>
        <translation>Panel statistics</translation>
    </message>
    <message>
        <source>Counts without names for the period, for returns and freedom-of-information answers. Counts from 1 to 4 show as “fewer than 5”; missing values count as “Not recorded”.</source>
        <translation>Counts without names for the period, for returns and freedom-of-information answers. Counts from 1 to 4 show as “fewer than 5”; missing values count as “Not recorded”.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Count cases marked up to</source>
        <translation>Count cases marked up to</translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation>Show statistics</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 to %2 · marked %3 · counts cases marked up to %4</source>
        <translation>%1 to %2 · marked %3 · counts cases marked up to %4</translation>
    </message>
    <message>
        <source>Save the panel report</source>
        <translation>Save the panel report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Saved the report to %1.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention review</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <source>Cases past their retention review date, and cases proposed for destruction. A different auditor approves each destruction.</source>
        <translation>Cases past their retention review date, and cases proposed for destruction. A different auditor approves each destruction.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Cases for retention review</source>
        <translation>Cases for retention review</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Keep…</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Propose…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Destruction progress</source>
        <translation>Destruction progress</translation>
    </message>
    <message>
        <source>Destruction register (no personal data)</source>
        <translation>Destruction register (no personal data)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Destruction register</source>
        <translation>Destruction register</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Keep case</source>
        <translation>Keep case</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Case %1 kept.</source>
        <translation>Case %1 kept.</translation>
    </message>
    <message>
        <source>Propose destruction</source>
        <translation>Propose destruction</translation>
    </message>
    <message>
        <source>Destruction of %1 proposed: a different auditor approves it.</source>
        <translation>Destruction of %1 proposed: a different auditor approves it.</translation>
    </message>
    <message>
        <source>Approve destruction</source>
        <translation>Approve destruction</translation>
    </message>
    <message>
        <source>Destroy case %1 and everything held only for it? This cannot be undone: its items, people in no other case, assessments, actions, attachments and minutes are removed from the vault&apos;s files. The register keeps its reference, dates, reason and counts.</source>
        <translation>Destroy case %1 and everything held only for it? This cannot be undone: its items, people in no other case, assessments, actions, attachments and minutes are removed from the vault&apos;s files. The register keeps its reference, dates, reason and counts.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Destroying case %1 and wiping the space it used…</source>
        <translation>Destroying case %1 and wiping the space it used…</translation>
    </message>
    <message>
        <source>Destroyed; wiping the freed space from the vault&apos;s files…</source>
        <translation>Destroyed; wiping the freed space from the vault&apos;s files…</translation>
    </message>
    <message>
        <source>Case %1 destroyed.</source>
        <translation>Case %1 destroyed.</translation>
    </message>
    <message>
        <source>Backups made before this destruction still hold case %1 (%2 made on this vault). Under the backup retention rule, make and verify a new backup, then destroy every backup made before this destruction.</source>
        <translation>Backups made before this destruction still hold case %1 (%2 made on this vault). Under the backup retention rule, make and verify a new backup, then destroy every backup made before this destruction.</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>Role: %s</source>
        <translation>Role: %s</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of %s</source>
        <translation>Roles of %s</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>&amp;Save roles</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <source>Roles of %s:</source>
        <translation>Roles of %s:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Does</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&lt;h2&gt;SecureDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SecureDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Vault: %s</source>
        <translation>Vault: %s</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Demo vault of invented people. Sign in as &lt;b&gt;%1&lt;/b&gt; with the passphrase &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Demo vault of invented people. Sign in as &lt;b&gt;%1&lt;/b&gt; with the passphrase &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Waiting %1 s before checking the passphrase, because of earlier failed sign-in attempts with this user name…</source>
        <translation>Waiting %1 s before checking the passphrase, because of earlier failed sign-in attempts with this user name…</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access report</source>
        <translation>Subject access report</translation>
    </message>
    <message>
        <source>Everything held on this person, with what is withheld stated for the data protection officer to review. Saving it is a disclosure recorded in the audit log, and needs the auditor role.</source>
        <translation>Everything held on this person, with what is withheld stated for the data protection officer to review. Saving it is a disclosure recorded in the audit log, and needs the auditor role.</translation>
    </message>
    <message>
        <source>Save to file</source>
        <translation>Save to file</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF (marked, page-numbered)</source>
        <translation>PDF (marked, page-numbered)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Welsh</translation>
    </message>
    <message>
        <source>Bilingual (Welsh first)</source>
        <translation>Bilingual (Welsh first)</translation>
    </message>
    <message>
        <source>The language of the PDF&apos;s headings, labels and notices; what people wrote is printed as written.</source>
        <translation>The language of the PDF&apos;s headings, labels and notices; what people wrote is printed as written.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>SecureDesk bundles (*.sdbundle);;All files (*)</source>
        <translation>SecureDesk bundles (*.sdbundle);;All files (*)</translation>
    </message>
    <message>
        <source>SecureDesk contact cards (*.sdcard *.txt);;All files (*)</source>
        <translation>SecureDesk contact cards (*.sdcard *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Links between people</source>
        <translation>Links between people</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>Information items</translation>
    </message>
    <message>
        <source>Chronology entries</source>
        <translation>Chronology entries</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>New here</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflict kept for review</source>
        <translation>Conflict kept for review</translation>
    </message>
    <message>
        <source>Another terminal&apos;s record</source>
        <translation>Another terminal&apos;s record</translation>
    </message>
    <message>
        <source>A record of this terminal</source>
        <translation>A record of this terminal</translation>
    </message>
    <message>
        <source>Lowers the marking</source>
        <translation>Lowers the marking</translation>
    </message>
    <message>
        <source>Edited here since imported</source>
        <translation>Edited here since imported</translation>
    </message>
    <message>
        <source>Never updated in place</source>
        <translation>Never updated in place</translation>
    </message>
    <message>
        <source>%1 — not this sender</source>
        <translation>%1 — not this sender</translation>
    </message>
    <message>
        <source>This sender</source>
        <translation>This sender</translation>
    </message>
    <message>
        <source>Created on this terminal — not this sender</source>
        <translation>Created on this terminal — not this sender</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <source>Sent and &amp;received</source>
        <translation>Sent and &amp;received</translation>
    </message>
    <message>
        <source>&amp;Trust store</source>
        <translation>&amp;Trust store</translation>
    </message>
    <message>
        <source>Transfers need the transfer officer&apos;s role.</source>
        <translation>Transfers need the transfer officer&apos;s role.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>This terminal&apos;s contact card</source>
        <translation>This terminal&apos;s contact card</translation>
    </message>
    <message>
        <source>This terminal&apos;s fingerprint</source>
        <translation>This terminal&apos;s fingerprint</translation>
    </message>
    <message>
        <source>E&amp;xport my card…</source>
        <translation>E&amp;xport my card…</translation>
    </message>
    <message>
        <source>Export this terminal&apos;s contact card</source>
        <translation>Export this terminal&apos;s contact card</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Ceiling:</source>
        <translation>Ceiling:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Trusted until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Trusted terminals</source>
        <translation>Trusted terminals</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>&amp;Add card…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s contact card</source>
        <translation>Add a partner&apos;s contact card</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Revoke the selected terminal</source>
        <translation>Revoke the selected terminal</translation>
    </message>
    <message>
        <source>Trusted ter&amp;minals:</source>
        <translation>Trusted ter&amp;minals:</translation>
    </message>
    <message>
        <source>Export this terminal&apos;s card</source>
        <translation>Export this terminal&apos;s card</translation>
    </message>
    <message>
        <source>Card written to %s. Give it to the partner&apos;s administrator and read them the fingerprint by telephone or in person.</source>
        <translation>Card written to %s. Give it to the partner&apos;s administrator and read them the fingerprint by telephone or in person.</translation>
    </message>
    <message>
        <source>Choose a partner&apos;s contact card</source>
        <translation>Choose a partner&apos;s contact card</translation>
    </message>
    <message>
        <source>Cannot read the card file %1: %2.</source>
        <translation>Cannot read the card file %1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is trusted until %3.</source>
        <translation>%1 (%2) is trusted until %3.</translation>
    </message>
    <message>
        <source>Revoke a terminal</source>
        <translation>Revoke a terminal</translation>
    </message>
    <message>
        <source>Revoke %1 (%2), fingerprint %3? Bundles from or to it are refused from now on, and its keys can never be trusted again.</source>
        <translation>Revoke %1 (%2), fingerprint %3? Bundles from or to it are refused from now on, and its keys can never be trusted again.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Revoke the terminal</source>
        <translation>Revoke the terminal</translation>
    </message>
    <message>
        <source>%s is revoked.</source>
        <translation>%s is revoked.</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <source>Search the case list</source>
        <translation>Search the case list</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Open a new case</translation>
    </message>
    <message>
        <source>Close the case tab in front</source>
        <translation>Close the case tab in front</translation>
    </message>
    <message>
        <source>Refresh the page in front</source>
        <translation>Refresh the page in front</translation>
    </message>
    <message>
        <source>Print: preview the chosen member&apos;s meeting pack</source>
        <translation>Print: preview the chosen member&apos;s meeting pack</translation>
    </message>
    <message>
        <source>Lock the window now</source>
        <translation>Lock the window now</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Open the chosen case (in a list); sign in (at sign-in)</source>
        <translation>Open the chosen case (in a list); sign in (at sign-in)</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>underlined letter</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>The button or field with that letter</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Open a new case from a referral (Ctrl+N)</source>
        <translation>Open a new case from a referral (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search the case list (Ctrl+F)</source>
        <translation>Search the case list (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the page in front again (F5)</source>
        <translation>Read the page in front again (F5)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Preview and print the chosen member&apos;s meeting pack (Ctrl+P)</source>
        <translation>Preview and print the chosen member&apos;s meeting pack (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>Close the case tab in front (Ctrl+W)</source>
        <translation>Close the case tab in front (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>The user guide (F1)</source>
        <translation>The user guide (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Every keyboard shortcut</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>WorkStrip</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Cancel the work in progress</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This account creates users and sets policy. Choose a passphrase you can remember: nobody can recover it.</source>
        <translation>This account creates users and sets policy. Choose a passphrase you can remember: nobody can recover it.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
</context>
<context>
    <name>_NextStepsPage</name>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Press Finish to create the vault and sign in.</source>
        <translation>Press Finish to create the vault and sign in.</translation>
    </message>
    <message>
        <source>1. Administration: add the people who will use SecureDesk and give them roles (case officer, chair, transfer officer, auditor) and a clearance. Each chooses their own passphrase at first sign-in.</source>
        <translation>1. Administration: add the people who will use SecureDesk and give them roles (case officer, chair, transfer officer, auditor) and a clearance. Each chooses their own passphrase at first sign-in.</translation>
    </message>
    <message>
        <source>2. Administration: check the policy (idle lock, classification ceiling, attachment limit).</source>
        <translation>2. Administration: check the policy (idle lock, classification ceiling, attachment limit).</translation>
    </message>
    <message>
        <source>3. Transfers &gt; Trust store: add the cards of partner terminals, checking each fingerprint with the partner by telephone.</source>
        <translation>3. Transfers &gt; Trust store: add the cards of partner terminals, checking each fingerprint with the partner by telephone.</translation>
    </message>
    <message>
        <source>4. Help &gt; User guide explains each role&apos;s work; Ctrl+L locks the window whenever you leave it.</source>
        <translation>4. Help &gt; User guide explains each role&apos;s work; Ctrl+L locks the window whenever you leave it.</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SaveDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_TerminalPage</name>
    <message>
        <source>This terminal</source>
        <translation>This terminal</translation>
    </message>
    <message>
        <source>The names appear on meeting packs, in bundles sent to partners and in the About box; they can be changed later with the command.</source>
        <translation>The names appear on meeting packs, in bundles sent to partners and in the About box; they can be changed later with the command.</translation>
    </message>
    <message>
        <source>&amp;Bind the vault to this terminal (recommended)</source>
        <translation>&amp;Bind the vault to this terminal (recommended)</translation>
    </message>
    <message>
        <source>Bind the vault to this terminal</source>
        <translation>Bind the vault to this terminal</translation>
    </message>
    <message>
        <source>When bound, a secret kept in this computer&apos;s keyring is needed as well as a passphrase, so a copy of the vault taken to another computer cannot be opened even by someone who knows a passphrase. Leave it unbound only if the vault must move between computers; SecureDesk will then say so on every sign-in.</source>
        <translation>When bound, a secret kept in this computer&apos;s keyring is needed as well as a passphrase, so a copy of the vault taken to another computer cannot be opened even by someone who knows a passphrase. Leave it unbound only if the vault must move between computers; SecureDesk will then say so on every sign-in.</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Terminal name</translation>
    </message>
    <message>
        <source>e.g. Secure room 2, County Hall</source>
        <translation>e.g. Secure room 2, County Hall</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Example County Council</source>
        <translation>e.g. Example County Council</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>&amp;Terminal name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Create the vault &amp;without binding it to this terminal</source>
        <translation>Create the vault &amp;without binding it to this terminal</translation>
    </message>
    <message>
        <source>Create the vault without binding it</source>
        <translation>Create the vault without binding it</translation>
    </message>
    <message>
        <source>Anyone with a copy of the vault folder and a passphrase could then open it on another computer. Every sign-in will say the vault is unbound.</source>
        <translation>Anyone with a copy of the vault folder and a passphrase could then open it on another computer. Every sign-in will say the vault is unbound.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to SecureDesk</source>
        <translation>Welcome to SecureDesk</translation>
    </message>
    <message>
        <source>There is no vault on this terminal yet: these steps create one.</source>
        <translation>There is no vault on this terminal yet: these steps create one.</translation>
    </message>
    <message>
        <source>SecureDesk keeps a safeguarding panel&apos;s cases in an encrypted vault on this terminal and records everything done with them. You will choose the first administrator and their passphrase, then name this terminal and your organisation. It takes a minute.</source>
        <translation>SecureDesk keeps a safeguarding panel&apos;s cases in an encrypted vault on this terminal and records everything done with them. You will choose the first administrator and their passphrase, then name this terminal and your organisation. It takes a minute.</translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Language / Iaith:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The vault database is damaged: a page failed its integrity check. It was not modified. Restore it from a backup and report the damage.</source>
        <translation>The vault database is damaged: a page failed its integrity check. It was not modified. Restore it from a backup and report the damage.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%s). Nothing was half-saved; try again, and report it if it happens again.</source>
        <translation>Something unexpected went wrong (%s). Nothing was half-saved; try again, and report it if it happens again.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>information gathering</source>
        <translation>information gathering</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>support plan</source>
        <translation>support plan</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>not sought</source>
        <translation>not sought</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>parental consent given</source>
        <translation>parental consent given</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>case officer</source>
        <translation>case officer</translation>
    </message>
    <message>
        <source>panel chair</source>
        <translation>panel chair</translation>
    </message>
    <message>
        <source>transfer officer</source>
        <translation>transfer officer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>apologies</source>
        <translation>apologies</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Welsh</translation>
    </message>
    <message>
        <source>bilingual (Welsh first)</source>
        <translation>bilingual (Welsh first)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation>Children&apos;s social care</translation>
    </message>
    <message>
        <source>Adult social care</source>
        <translation>Adult social care</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Probation</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Security service</source>
        <translation>Security service</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>not for panel</source>
        <translation>not for panel</translation>
    </message>
    <message>
        <source>originator consent before onward disclosure</source>
        <translation>originator consent before onward disclosure</translation>
    </message>
    <message>
        <source>not for disclosure to subject</source>
        <translation>not for disclosure to subject</translation>
    </message>
    <message>
        <source>police only</source>
        <translation>police only</translation>
    </message>
    <message>
        <source>health only</source>
        <translation>health only</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Column headings</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Row headings</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>No further action</translation>
    </message>
    <message>
        <source>Signposted to other services</source>
        <translation>Signposted to other services</translation>
    </message>
    <message>
        <source>Support completed: no further concern</source>
        <translation>Support completed: no further concern</translation>
    </message>
    <message>
        <source>Further concern: returned to police-led management</source>
        <translation>Further concern: returned to police-led management</translation>
    </message>
    <message>
        <source>Consent withdrawn while the concern remained</source>
        <translation>Consent withdrawn while the concern remained</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Mean days</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median days</translation>
    </message>
    <message>
        <source>Not sought</source>
        <translation>Not sought</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Parental consent given</source>
        <translation>Parental consent given</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Cases referred in the period.</source>
        <translation>Cases referred in the period.</translation>
    </message>
    <message>
        <source>Caseload by status</source>
        <translation>Caseload by status</translation>
    </message>
    <message>
        <source>Every case referred up to the end of the period, at its status today.</source>
        <translation>Every case referred up to the end of the period, at its status today.</translation>
    </message>
    <message>
        <source>Referrals by source (sector)</source>
        <translation>Referrals by source (sector)</translation>
    </message>
    <message>
        <source>Referrals by age band</source>
        <translation>Referrals by age band</translation>
    </message>
    <message>
        <source>Age on the referral date of the case&apos;s first subject.</source>
        <translation>Age on the referral date of the case&apos;s first subject.</translation>
    </message>
    <message>
        <source>Referrals by gender</source>
        <translation>Referrals by gender</translation>
    </message>
    <message>
        <source>Referrals by type of concern</source>
        <translation>Referrals by type of concern</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Open cases with a child subject</source>
        <translation>Open cases with a child subject</translation>
    </message>
    <message>
        <source>Today, of the cases referred up to the end of the period.</source>
        <translation>Today, of the cases referred up to the end of the period.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Cases referred in the period, by their consent today.</source>
        <translation>Cases referred in the period, by their consent today.</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Stage reached</translation>
    </message>
    <message>
        <source>Cases referred in the period, by the furthest stage each reached (a case is counted at every stage it passed).</source>
        <translation>Cases referred in the period, by the furthest stage each reached (a case is counted at every stage it passed).</translation>
    </message>
    <message>
        <source>Time spent in each stage</source>
        <translation>Time spent in each stage</translation>
    </message>
    <message>
        <source>Stays in a stage that ended in the period: how many, and their mean and median length in days.</source>
        <translation>Stays in a stage that ended in the period: how many, and their mean and median length in days.</translation>
    </message>
    <message>
        <source>Outcomes at closing</source>
        <translation>Outcomes at closing</translation>
    </message>
    <message>
        <source>Cases closed in the period.</source>
        <translation>Cases closed in the period.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Open or in-progress actions whose due date had passed on the day of the report.</source>
        <translation>Open or in-progress actions whose due date had passed on the day of the report.</translation>
    </message>
    <message>
        <source>1 to 30 days overdue</source>
        <translation>1 to 30 days overdue</translation>
    </message>
    <message>
        <source>31 to 90 days overdue</source>
        <translation>31 to 90 days overdue</translation>
    </message>
    <message>
        <source>More than 90 days overdue</source>
        <translation>More than 90 days overdue</translation>
    </message>
    <message>
        <source>Under 18 on the referral date</source>
        <translation>Under 18 on the referral date</translation>
    </message>
    <message>
        <source>18 or over on the referral date</source>
        <translation>18 or over on the referral date</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Discussed at panel</source>
        <translation>Discussed at panel</translation>
    </message>
    <message>
        <source>Adopted as a case (support plan)</source>
        <translation>Adopted as a case (support plan)</translation>
    </message>
    <message>
        <source>Closed with no further concern</source>
        <translation>Closed with no further concern</translation>
    </message>
    <message>
        <source>Closed with further concern</source>
        <translation>Closed with further concern</translation>
    </message>
    <message>
        <source>Closed, outcome not recorded</source>
        <translation>Closed, outcome not recorded</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>fewer than 5</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
