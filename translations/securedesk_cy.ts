<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Trust a partner terminal</source>
        <translation>Ymddiried mewn terfynell partner</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Yr ôl bys ar y cerdyn</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the partner by telephone or in person. Trust the card only if every digit matches.</source>
        <translation>Cymharwch yr ôl bys hwn â&apos;r partner dros y ffôn neu wyneb yn wyneb. Ymddiriedwch yn y cerdyn dim ond os yw pob digid yr un fath.</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Ymddiried tan</translation>
    </message>
    <message>
        <source>Highest marking to send to this terminal</source>
        <translation>Y marc diogelu uchaf i&apos;w anfon i&apos;r derfynell hon</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terfynell:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Ceiling on the card:</source>
        <translation>Uchafswm ar y cerdyn:</translation>
    </message>
    <message>
        <source>Card made on:</source>
        <translation>Gwnaed y cerdyn ar:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Ôl bys:</translation>
    </message>
    <message>
        <source>Trusted &amp;until:</source>
        <translation>Ymddiried &amp;tan:</translation>
    </message>
    <message>
        <source>&amp;Ceiling:</source>
        <translation>&amp;Uchafswm:</translation>
    </message>
    <message>
        <source>&amp;Trust this terminal</source>
        <translation>&amp;Ymddiried yn y derfynell hon</translation>
    </message>
    <message>
        <source>Trust this terminal</source>
        <translation>Ymddiried yn y derfynell hon</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Enw’r aelod</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
        <source>Member&apos;s agency</source>
        <translation>Asiantaeth yr aelod</translation>
    </message>
    <message>
        <source>Member&apos;s clearance</source>
        <translation>Cliriad yr aelod</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Cliriad:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Enw arddangos</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cliriad diogelwch</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Cyfrinymadrodd untro</translation>
    </message>
    <message>
        <source>One-time passphrase again</source>
        <translation>Cyfrinymadrodd untro eto</translation>
    </message>
    <message>
        <source>The new user signs in with this one-time passphrase and must choose their own straight away. Hand it over in person, never by email.</source>
        <translation>Bydd y defnyddiwr newydd yn mewngofnodi gyda&apos;r cyfrinymadrodd untro hwn, a rhaid iddyn nhw ddewis eu cyfrinymadrodd eu hunain ar unwaith. Rhowch ef iddyn nhw wyneb yn wyneb, byth drwy e-bost.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Enw &amp;arddangos:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Cliriad diogelwch:</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>C&amp;yfrinymadrodd untro:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Et&amp;o:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Ychwanegu &amp;defnyddiwr</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Case officer</source>
        <translation>Swyddog achos</translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation>Cadeirydd panel</translation>
    </message>
    <message>
        <source>Transfer officer</source>
        <translation>Swyddog trosglwyddo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Archwilydd</translation>
    </message>
    <message>
        <source>Case o&amp;fficer</source>
        <translation>&amp;Swyddog achos</translation>
    </message>
    <message>
        <source>Panel c&amp;hair</source>
        <translation>Cadeirydd &amp;panel</translation>
    </message>
    <message>
        <source>&amp;Transfer officer</source>
        <translation>Swyddog &amp;trosglwyddo</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator</source>
        <translation>&amp;Gweinyddwr</translation>
    </message>
    <message>
        <source>A&amp;uditor</source>
        <translation>Arch&amp;wilydd</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Enw arddangos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cliriad diogelwch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>U&amp;sers:</source>
        <translation>&amp;Defnyddwyr:</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ychwanegu defnyddiwr…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation>Ail&amp;osod cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s passphrase</source>
        <translation>Ailosod cyfrinymadrodd y defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Analluogi…</translation>
    </message>
    <message>
        <source>Disable the selected user</source>
        <translation>Analluogi&apos;r defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>&amp;Rolau…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles</source>
        <translation>Newid rolau&apos;r defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>&amp;Cliriad diogelwch…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s clearance</source>
        <translation>Newid cliriad diogelwch y defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>Cloi ar ôl segura, mewn munudau</translation>
    </message>
    <message>
        <source>Classification ceiling</source>
        <translation>Uchafswm dosbarthiad</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Attachment size limit in megabytes</source>
        <translation>Terfyn maint atodiadau, mewn megabeitiau</translation>
    </message>
    <message>
        <source>A&amp;pply policy</source>
        <translation>Cymhwyso&apos;r &amp;polisi</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Cymhwyso&apos;r polisi</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>Cloi ar ôl s&amp;egura am:</translation>
    </message>
    <message>
        <source>C&amp;lassification ceiling:</source>
        <translation>Uchafswm dos&amp;barthiad:</translation>
    </message>
    <message>
        <source>Attachment li&amp;mit:</source>
        <translation>Terfyn &amp;maint atodiad:</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wedi analluogi</translation>
    </message>
    <message>
        <source>Must change passphrase</source>
        <translation>Rhaid newid cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>User %s added. They must change the one-time passphrase when they first sign in.</source>
        <translation>Ychwanegwyd y defnyddiwr %s. Rhaid iddyn nhw newid y cyfrinymadrodd untro pan fyddan nhw&apos;n mewngofnodi am y tro cyntaf.</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Ailosod cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Give %s a new one-time passphrase? Their current passphrase stops working at once. The new one is shown to you only once; they must change it when they sign in.</source>
        <translation>Rhoi cyfrinymadrodd untro newydd i %s? Bydd eu cyfrinymadrodd presennol yn peidio â gweithio ar unwaith. Dim ond unwaith y dangosir yr un newydd i chi; rhaid iddyn nhw ei newid pan fyddan nhw&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase</source>
        <translation>&amp;Ailosod cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase of %s was reset.</source>
        <translation>Ailosodwyd cyfrinymadrodd %s.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Analluogi defnyddiwr</translation>
    </message>
    <message>
        <source>Disable %s? They will no longer be able to sign in. Their key slot is removed and the database key is rotated, so a copy of their passphrase or of their old key slot no longer opens the vault. Their cases and the audit log keep their name. This takes a moment.</source>
        <translation>Analluogi %s? Ni fyddan nhw&apos;n gallu mewngofnodi mwyach. Caiff eu slot allwedd ei ddileu a chaiff allwedd y gronfa ddata ei chylchdroi, felly ni fydd copi o&apos;u cyfrinymadrodd nac o&apos;u hen slot allwedd yn agor y gladdgell mwyach. Bydd eu henw&apos;n aros ar eu hachosion ac yn y log archwilio. Mae hyn yn cymryd ennyd.</translation>
    </message>
    <message>
        <source>&amp;Disable user</source>
        <translation>&amp;Analluogi defnyddiwr</translation>
    </message>
    <message>
        <source>%s is disabled; the database key was rotated.</source>
        <translation>Mae %s wedi&apos;i analluogi; cylchdrowyd allwedd y gronfa ddata.</translation>
    </message>
    <message>
        <source>The roles of %s were changed.</source>
        <translation>Newidiwyd rolau %s.</translation>
    </message>
    <message>
        <source>The clearance of %s was changed.</source>
        <translation>Newidiwyd cliriad diogelwch %s.</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>Cadwyd y polisi.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Case references, separated by commas. Children&apos;s cases are put first.</source>
        <translation>Cyfeirnodau achosion, wedi’u gwahanu gan atalnodau. Rhoddir achosion plant yn gyntaf.</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Achosion:</translation>
    </message>
    <message>
        <source>Case references on the agenda</source>
        <translation>Cyfeirnodau’r achosion ar yr agenda</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment text</source>
        <translation>Testun yr atodiad</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Seq</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Math o wrthrych</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Dynodydd y gwrthrych</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Collection</source>
        <translation>Casglu</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Ymgynghori</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Datgelu</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Llwyddiant</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Methwyd</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Hidlo yn ôl defnyddiwr</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Hidlo yn ôl categori</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Unrhyw gategori</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Hidlo yn ôl canlyniad</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Unrhyw ganlyniad</translation>
    </message>
    <message>
        <source>Filter by action text</source>
        <translation>Hidlo yn ôl testun y weithred</translation>
    </message>
    <message>
        <source>Clear the user filter</source>
        <translation>Clirio&apos;r hidlydd defnyddiwr</translation>
    </message>
    <message>
        <source>Clear the action filter</source>
        <translation>Clirio&apos;r hidlydd gweithred</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Digwyddiadau archwilio</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Llwytho &amp;rhagor</translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation>Llwytho digwyddiadau hŷn</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Gwirio&apos;r gadwyn</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Gwirio&apos;r gadwyn archwilio</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>Cat&amp;egori:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>&amp;Action contains:</source>
        <translation>Mae&apos;r &amp;weithred yn cynnwys:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s) shown</source>
        <translation>
            <numerusform>Dangosir y %n digwyddiad diweddaraf</numerusform>
            <numerusform>Dangosir y %n digwyddiad diweddaraf</numerusform>
            <numerusform>Dangosir y %n digwyddiad diweddaraf</numerusform>
            <numerusform>Dangosir y %n digwyddiad diweddaraf</numerusform>
            <numerusform>Dangosir y %n o ddigwyddiadau diweddaraf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n o ddigwyddiadau</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Wrthi&apos;n gwirio&apos;r gadwyn…</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s)</source>
        <translation>
            <numerusform>Mae&apos;r gadwyn yn gyfan: %n digwyddiad</numerusform>
            <numerusform>Mae&apos;r gadwyn yn gyfan: %n digwyddiad</numerusform>
            <numerusform>Mae&apos;r gadwyn yn gyfan: %n digwyddiad</numerusform>
            <numerusform>Mae&apos;r gadwyn yn gyfan: %n digwyddiad</numerusform>
            <numerusform>Mae&apos;r gadwyn yn gyfan: %n o ddigwyddiadau</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at event %1: %2</source>
        <translation>Wedi torri yn nigwyddiad %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Unigolion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Matched in: %s</source>
        <translation>Canfuwyd yn: %s</translation>
    </message>
    <message>
        <source>child</source>
        <translation>plentyn</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search names, references and information…</source>
        <translation>Chwilio enwau, cyfeirnodau a gwybodaeth…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Chwilio achosion</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>Filter by marking</source>
        <translation>Hidlo yn ôl marc diogelu</translation>
    </message>
    <message>
        <source>Any marking</source>
        <translation>Unrhyw farc diogelu</translation>
    </message>
    <message>
        <source>&amp;Review due within 30 days</source>
        <translation>&amp;Adolygiad yn ddyledus o fewn 30 diwrnod</translation>
    </message>
    <message>
        <source>Only cases with a review due within 30 days</source>
        <translation>Dim ond achosion ag adolygiad yn ddyledus o fewn 30 diwrnod</translation>
    </message>
    <message>
        <source>C&amp;hildren only</source>
        <translation>&amp;Plant yn unig</translation>
    </message>
    <message>
        <source>Only cases with a child subject</source>
        <translation>Dim ond achosion sy&apos;n ymwneud â phlentyn</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Achos &amp;newydd…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Agor achos newydd</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n o achosion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n o ganlyniadau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Case sections</source>
        <translation>Adrannau&apos;r achos</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Statws newydd</translation>
    </message>
    <message>
        <source>Reason (required to close)</source>
        <translation>Rheswm (yn ofynnol i gau)</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Rheswm dros newid y statws</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Ne&amp;wid y statws</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Newid y statws</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Trosolwg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronoleg</translation>
    </message>
    <message>
        <source>C&amp;hronology</source>
        <translation>C&amp;ronoleg</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Cafeatau</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>Eitemau gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;Record information…</source>
        <translation>Cofnodi gwy&amp;bodaeth…</translation>
    </message>
    <message>
        <source>Record information</source>
        <translation>Cofnodi gwybodaeth</translation>
    </message>
    <message>
        <source>Co&amp;rrect selected…</source>
        <translation>Cywiro&apos;r &amp;eitem a ddewiswyd…</translation>
    </message>
    <message>
        <source>Correct the selected item</source>
        <translation>Cywiro&apos;r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Cop&amp;y text</source>
        <translation>Copïo&apos;r test&amp;un</translation>
    </message>
    <message>
        <source>Copy the selected item&apos;s text</source>
        <translation>Copïo testun yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Asesiad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth gyfrifol</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Perchennog y cam gweithredu</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Ychwanegu ca&amp;m gweithredu</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>&amp;Plan &amp;&amp; actions</source>
        <translation>&amp;Cynllun a chamau gweithredu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>C&amp;yfarfodydd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atodiadau</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>Atodi &amp;ffeil…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Atodi ffeil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gwel&amp;d</translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation>Gweld yr atodiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Save &amp;as… (disclosure)</source>
        <translation>Cadw f&amp;el… (datgelu)</translation>
    </message>
    <message>
        <source>Save the selected attachment to disk</source>
        <translation>Cadw&apos;r atodiad a ddewiswyd i&apos;r ddisg</translation>
    </message>
    <message>
        <source>Attachme&amp;nts</source>
        <translation>At&amp;odiadau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Log mynediad</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>&amp;Log mynediad</translation>
    </message>
    <message>
        <source>Score: %s</source>
        <translation>Sgôr: %s</translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation>Tystiolaeth: %s</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Summary conclusion</source>
        <translation>Casgliad cryno</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Crynodeb:</translation>
    </message>
    <message>
        <source>Save assess&amp;ment</source>
        <translation>Cadw&apos;r asesia&amp;d</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Cadw&apos;r asesiad</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt; · Marking: &lt;b&gt;%2&lt;/b&gt; · Owner: %3 · Next review: %4</source>
        <translation>Statws: &lt;b&gt;%1&lt;/b&gt; · Marc diogelu: &lt;b&gt;%2&lt;/b&gt; · Perchennog: %3 · Adolygiad nesaf: %4</translation>
    </message>
    <message>
        <source>CHILD</source>
        <translation>PLENTYN</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation>Atgyfeiriwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <source>Consent: %s</source>
        <translation>Cydsyniad: %s</translation>
    </message>
    <message>
        <source>Closed: %s</source>
        <translation>Caewyd: %s</translation>
    </message>
    <message>
        <source>a terminal no longer in the trust store</source>
        <translation>derfynell nad yw yn y storfa ymddiriedaeth mwyach</translation>
    </message>
    <message>
        <source>Received from %1 (fingerprint %2) on %3, in bundle %4.</source>
        <translation>Daeth gan %1 (ôl bys %2) ar %3, ym mwndel %4.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation>Ganwyd %1 (oed %2)</translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation>Adwaenir hefyd fel: %s</translation>
    </message>
    <message>
        <source>[superseded] </source>
        <translation>[disodlwyd] </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld: above your clearance.</source>
        <translation>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad diogelwch.</numerusform>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad diogelwch.</numerusform>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad diogelwch.</numerusform>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad diogelwch.</numerusform>
            <numerusform>Ataliwyd %n o eitemau: uwchlaw eich cliriad diogelwch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest assessment %1 by %2: %3</source>
        <translation>Asesiad diweddaraf %1 gan %2: %3</translation>
    </message>
    <message>
        <source>Changed since the previous assessment:</source>
        <translation>Newidiadau ers yr asesiad blaenorol:</translation>
    </message>
    <message>
        <source>No change since the previous assessment.</source>
        <translation>Dim newid ers yr asesiad blaenorol.</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Dim asesiad eto.</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Wrthi&apos;n atodi…</translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation>Cadw y tu allan i&apos;r gladdgell?</translation>
    </message>
    <message>
        <source>Saving writes the attachment unencrypted to disk. It is recorded as a disclosure in the audit log. Continue?</source>
        <translation>Mae cadw yn ysgrifennu&apos;r atodiad i&apos;r ddisg heb ei amgryptio. Caiff ei gofnodi fel datgeliad yn y log archwilio. Parhau?</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Cadw atodiad</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Choose your passphrase</source>
        <translation>Dewiswch eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>You signed in with a one-time passphrase. Choose your own to continue.</source>
        <translation>Fe wnaethoch fewngofnodi gyda chyfrinymadrodd untro. Dewiswch eich un eich hun i barhau.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Ne&amp;wid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wrthi&apos;n newid y cyfrinymadrodd…</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of %s</source>
        <translation>Cliriad diogelwch %s</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cliriad diogelwch</translation>
    </message>
    <message>
        <source>&amp;Clearance of %s:</source>
        <translation>&amp;Cliriad diogelwch %s:</translation>
    </message>
    <message>
        <source>&amp;Save clearance</source>
        <translation>C&amp;adw&apos;r cliriad diogelwch</translation>
    </message>
    <message>
        <source>Save clearance</source>
        <translation>Cadw&apos;r cliriad diogelwch</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Creating the demo vault of invented people…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell arddangos o bobl ddychmygol…</translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation>Ymdrechion aflwyddiannus i fewngofnodi</translation>
    </message>
    <message>
        <source>There were %1 failed sign-in attempts for your account since you last signed in (the last at %2). If they were not yours, tell your administrator.</source>
        <translation>Bu %1 ymdrech aflwyddiannus i fewngofnodi i&apos;ch cyfrif ers i chi fewngofnodi ddiwethaf (yr olaf am %2). Os nad chi oedd yn gyfrifol, rhowch wybod i&apos;ch gweinyddwr.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>SecureDesk — create a vault</source>
        <translation>SecureDesk — creu claddgell</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell…</translation>
    </message>
</context>
<context>
    <name>ImportConfirmDialog</name>
    <message>
        <source>Import the bundle</source>
        <translation>Mewnforio&apos;r bwndel</translation>
    </message>
    <message>
        <source>I have confirmed with the sender: import &amp;anyway</source>
        <translation>Rwyf wedi cadarnhau gyda&apos;r anfonwr: mewnforio &amp;beth bynnag</translation>
    </message>
    <message>
        <source>Accept an older bundle</source>
        <translation>Derbyn bwndel hŷn</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>&amp;Dewis bwndel…</translation>
    </message>
    <message>
        <source>Choose a bundle file to check</source>
        <translation>Dewis ffeil bwndel i&apos;w gwirio</translation>
    </message>
    <message>
        <source>No bundle chosen.</source>
        <translation>Dim bwndel wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <source>Sender fingerprint</source>
        <translation>Ôl bys yr anfonwr</translation>
    </message>
    <message>
        <source>Sender and bundle (signatures checked)</source>
        <translation>Anfonwr a bwndel (llofnodion wedi&apos;u gwirio)</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Anfonwr:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Ôl bys:</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Bwndel:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Rhif:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Crëwyd:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Yn dod i ben:</translation>
    </message>
    <message>
        <source>Highest marking:</source>
        <translation>Marc diogelu uchaf:</translation>
    </message>
    <message>
        <source>Addressed:</source>
        <translation>Cyfeiriwyd:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Preview what the import would change</source>
        <translation>Rhagweld beth fyddai&apos;r mewnforio yn ei newid</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>Import the bundle</source>
        <translation>Mewnforio&apos;r bwndel</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>Newydd yma</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Wedi&apos;i ddiweddaru</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Heb newid</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>What the import would change, by kind of record</source>
        <translation>Beth fyddai&apos;r mewnforio yn ei newid, yn ôl math o gofnod</translation>
    </message>
    <message>
        <source>Case here</source>
        <translation>Achos yma</translation>
    </message>
    <message>
        <source>Sender&apos;s reference</source>
        <translation>Cyfeirnod yr anfonwr</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Achosion yn y bwndel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>&amp;Cofnodion:</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>&amp;Achosion:</translation>
    </message>
    <message>
        <source>Progress checking or importing the bundle</source>
        <translation>Cynnydd gwirio neu fewnforio&apos;r bwndel</translation>
    </message>
    <message>
        <source>The bundle was rejected: it failed a check. %s</source>
        <translation>Gwrthodwyd y bwndel: methodd wiriad. %s</translation>
    </message>
    <message>
        <source>The bundle was refused. %s</source>
        <translation>Gwrthodwyd y bwndel. %s</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Dewis bwndel</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Yn gwirio&apos;r llofnodion…</translation>
    </message>
    <message>
        <source>Checking signatures… %p%</source>
        <translation>Yn gwirio llofnodion… %p%</translation>
    </message>
    <message>
        <source>Checking cancelled.</source>
        <translation>Canslwyd y gwirio.</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>derbynneb</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>achosion</translation>
    </message>
    <message>
        <source>To this terminal (%s).</source>
        <translation>I&apos;r derfynell hon (%s).</translation>
    </message>
    <message>
        <source>Not to this terminal. Do not import it; return it to the transfer officer.</source>
        <translation>Nid i&apos;r derfynell hon. Peidiwch â&apos;i fewnforio; rhowch ef yn ôl i&apos;r swyddog trosglwyddo.</translation>
    </message>
    <message>
        <source>This bundle was already imported on %1 by %2; importing it again changes nothing.</source>
        <translation>Mewnforiwyd y bwndel hwn eisoes ar %1 gan %2; ni fydd ei fewnforio eto yn newid dim.</translation>
    </message>
    <message>
        <source>Older than a bundle already imported from this sender (number %1 is here): it may be an old bundle replayed. Confirm with the sender before importing it.</source>
        <translation>Yn hŷn na bwndel a fewnforiwyd eisoes gan yr anfonwr hwn (mae rhif %1 yma): gall fod yn hen fwndel wedi&apos;i ailchwarae. Cadarnhewch gyda&apos;r anfonwr cyn ei fewnforio.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the sender&apos;s administrator gave you; then preview the bundle.</source>
        <translation>Cymharwch yr ôl bys â&apos;r un a roddodd gweinyddwr yr anfonwr i chi; yna rhagweld y bwndel.</translation>
    </message>
    <message>
        <source>Decrypting and checking every record…</source>
        <translation>Yn dadgryptio ac yn gwirio pob cofnod…</translation>
    </message>
    <message>
        <source>Decrypting and checking… %p%</source>
        <translation>Yn dadgryptio ac yn gwirio… %p%</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was imported.</source>
        <translation>Canslwyd y rhagolwg; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Pob cofnod</translation>
    </message>
    <message numerus="yes">
        <source>and %n more case(s)</source>
        <translation>
            <numerusform>ac %n achos arall</numerusform>
            <numerusform>ac %n achos arall</numerusform>
            <numerusform>ac %n achos arall</numerusform>
            <numerusform>ac %n achos arall</numerusform>
            <numerusform>ac %n o achosion eraill</numerusform>
        </translation>
    </message>
    <message>
        <source>A receipt: importing it records it against the bundle sent.</source>
        <translation>Derbynneb: mae ei mewnforio yn ei chofnodi yn erbyn y bwndel a anfonwyd.</translation>
    </message>
    <message>
        <source>Everything in the bundle is here already as sent.</source>
        <translation>Mae popeth yn y bwndel yma eisoes fel y&apos;i hanfonwyd.</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Check the preview, then import.</source>
        <translation>Nid oes dim wedi&apos;i fewnforio eto. Gwiriwch y rhagolwg, yna mewnforio.</translation>
    </message>
    <message>
        <source>Import bundle %1 from %2 (%3)? %4 record(s) will be created, %5 updated and %6 kept as conflicts for review. The import is recorded in the audit log.</source>
        <translation>Mewnforio bwndel %1 gan %2 (%3)? Bydd %4 cofnod yn cael eu creu, %5 yn cael eu diweddaru a %6 yn cael eu cadw fel gwrthdaro i&apos;w hadolygu. Cofnodir y mewnforio yn y log archwilio.</translation>
    </message>
    <message>
        <source>This is number %1 from the sender, but number %2 has already been imported: it may be an old bundle replayed.</source>
        <translation>Hwn yw rhif %1 gan yr anfonwr, ond mae rhif %2 wedi&apos;i fewnforio eisoes: gall fod yn hen fwndel wedi&apos;i ailchwarae.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Yn mewnforio… %p%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; the vault is as it was.</source>
        <translation>Canslwyd y mewnforio. Ni fewnforiwyd dim; mae&apos;r gladdgell fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Correct an item</source>
        <translation>Cywiro eitem</translation>
    </message>
    <message>
        <source>Record information</source>
        <translation>Cofnodi gwybodaeth</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Date of the information</source>
        <translation>Dyddiad y wybodaeth</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Dibynadwyedd y ffynhonnell</translation>
    </message>
    <message>
        <source>Information reliability</source>
        <translation>Dibynadwyedd y wybodaeth</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Handling caveats</source>
        <translation>Cafeatau trin</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>Awd&amp;ur:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Source grade:</source>
        <translation>Gradd y &amp;ffynhonnell:</translation>
    </message>
    <message>
        <source>&amp;Information grade:</source>
        <translation>Gradd y &amp;wybodaeth:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marc diogelu:</translation>
    </message>
    <message>
        <source>&amp;Caveats:</source>
        <translation>&amp;Cafeatau:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testun:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Why do you need this case?</source>
        <translation>Pam mae angen yr achos hwn arnoch chi?</translation>
    </message>
    <message>
        <source>Case %s is outside your caseload. Say why you need it; your reason is recorded in the audit log with your name.</source>
        <translation>Mae achos %s y tu allan i&apos;ch llwyth achosion. Nodwch pam mae ei angen arnoch chi; caiff eich rheswm ei gofnodi yn y log archwilio gyda&apos;ch enw.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Agor achos</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;SecureDesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mae SecureDesk wedi&apos;i gloi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Locked for %s. Enter your passphrase to continue.</source>
        <translation>Wedi&apos;i gloi ar gyfer %s. Rhowch eich cyfrinymadrodd i barhau.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Bundle</source>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Derbynebau</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Bwndeli a anfonwyd</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Anfonwr</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Receipt sent</source>
        <translation>Derbynneb wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Bwndeli a dderbyniwyd</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Ysgrifennu derbynneb…</translation>
    </message>
    <message>
        <source>Write a receipt for the selected bundle received</source>
        <translation>Ysgrifennu derbynneb ar gyfer y bwndel a dderbyniwyd a ddewiswyd</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ad&amp;newyddu</translation>
    </message>
    <message>
        <source>Refresh the lists</source>
        <translation>Adnewyddu&apos;r rhestrau</translation>
    </message>
    <message>
        <source>Se&amp;nt:</source>
        <translation>A&amp;nfonwyd:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>&amp;Derbyniwyd:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Write the receipt to</source>
        <translation>Ysgrifennu&apos;r dderbynneb i</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2; take it back to the sender.</source>
        <translation>Ysgrifennwyd derbynneb %1 i %2; ewch â hi yn ôl i&apos;r anfonwr.</translation>
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
        <translation>&amp;Sesiwn</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Llywio</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Fy achosion</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trosglwyddiadau</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwilio</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Ctrl+L locks</source>
        <translation>Wedi mewngofnodi: %1 (%2) · Ctrl+L i gloi</translation>
    </message>
    <message>
        <source>This vault is not bound to this terminal (chosen when it was made).</source>
        <translation>Nid yw&apos;r gladdgell hon wedi&apos;i rhwymo i&apos;r derfynell hon (dewiswyd hyn pan gafodd ei chreu).</translation>
    </message>
</context>
<context>
    <name>MarkingBanner</name>
    <message>
        <source>LOCKED — NO CASE CONTENT SHOWN</source>
        <translation>WEDI&apos;I GLOI — NI DDANGOSIR CYNNWYS ACHOSION</translation>
    </message>
    <message>
        <source>Protective marking: %s</source>
        <translation>Marc diogelu: %s</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Invited</source>
        <translation>Gwahoddwyd</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <source>Cases on agenda</source>
        <translation>Achosion ar yr agenda</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Cyfarfodydd:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cliriad diogelwch</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Meeting members</source>
        <translation>Aelodau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>&amp;Aelodau:</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Achosion ar yr agenda</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Issuing or printing a pack is recorded as a disclosure, with each copy in the copy register.</source>
        <translation>Cofnodir cyhoeddi neu argraffu pecyn fel datgeliad, gyda phob copi yn y gofrestr copïau.</translation>
    </message>
    <message>
        <source>Only a chair can plan meetings and issue their packs.</source>
        <translation>Dim ond cadeirydd all gynllunio cyfarfodydd a chyhoeddi eu pecynnau.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Copïau a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Progress issuing copies</source>
        <translation>Cynnydd cyhoeddi copïau</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Cyfarfod &amp;newydd…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>Yn &amp;bresennol</translation>
    </message>
    <message>
        <source>Mark the selected member as attended</source>
        <translation>Nodi bod yr aelod a ddewiswyd yn bresennol</translation>
    </message>
    <message>
        <source>A&amp;pologies</source>
        <translation>Ymddi&amp;heuriadau</translation>
    </message>
    <message>
        <source>Mark the selected member as sending apologies</source>
        <translation>Nodi bod yr aelod a ddewiswyd wedi anfon ymddiheuriadau</translation>
    </message>
    <message>
        <source>Agen&amp;da…</source>
        <translation>Agen&amp;da…</translation>
    </message>
    <message>
        <source>Set the agenda</source>
        <translation>Gosod yr agenda</translation>
    </message>
    <message>
        <source>Minutes of the selected case</source>
        <translation>Cofnodion yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>Pre&amp;view pack…</source>
        <translation>&amp;Rhagolwg o’r pecyn…</translation>
    </message>
    <message>
        <source>Preview the selected member&apos;s pack</source>
        <translation>Rhagolwg o becyn yr aelod a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Issue copies…</source>
        <translation>C&amp;yhoeddi copïau…</translation>
    </message>
    <message>
        <source>Issue numbered copies to a folder</source>
        <translation>Cyhoeddi copïau wedi’u rhifo i ffolder</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Dewiswch gyfarfod yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>Dewiswch aelod yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a case on the agenda first.</source>
        <translation>Dewiswch achos ar yr agenda yn gyntaf.</translation>
    </message>
    <message>
        <source>It failed.</source>
        <translation>Methodd.</translation>
    </message>
    <message>
        <source>Choose a member to preview their copy.</source>
        <translation>Dewiswch aelod i gael rhagolwg o’u copi.</translation>
    </message>
    <message>
        <source>Pack for %s</source>
        <translation>Pecyn ar gyfer %s</translation>
    </message>
    <message>
        <source>Folder for the issued copies</source>
        <translation>Ffolder ar gyfer y copïau a gyhoeddir</translation>
    </message>
    <message>
        <source>Add memb&amp;er…</source>
        <translation>Ychwanegu a&amp;elod…</translation>
    </message>
    <message>
        <source>Min&amp;utes…</source>
        <translation>Cofnod&amp;ion…</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Dim cyfarfodydd eto.</translation>
    </message>
    <message>
        <source>Choose a meeting to see its members and agenda.</source>
        <translation>Dewiswch gyfarfod i weld ei aelodau a&apos;i agenda.</translation>
    </message>
    <message>
        <source>%1 at %2, chaired by %3</source>
        <translation>%1, %2, dan gadeiryddiaeth %3</translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation>(dim lleoliad wedi&apos;i nodi)</translation>
    </message>
    <message>
        <source>Next meeting: %s</source>
        <translation>Cyfarfod nesaf: %s</translation>
    </message>
    <message>
        <source>(no cases on the agenda)</source>
        <translation>(dim achosion ar yr agenda)</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes of %s</source>
        <translation>Cofnodion %s</translation>
    </message>
    <message>
        <source>&amp;Discussion:</source>
        <translation>&amp;Trafodaeth:</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Trafodaeth</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>&amp;Penderfyniad:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Rhesymeg:</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Di&amp;ssent:</source>
        <translation>&amp;Anghytuno:</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Anghytuno</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open a new case</source>
        <translation>Agor achos newydd</translation>
    </message>
    <message>
        <source>Subject&apos;s given name</source>
        <translation>Enw cyntaf yr unigolyn</translation>
    </message>
    <message>
        <source>Subject&apos;s family name</source>
        <translation>Cyfenw&apos;r unigolyn</translation>
    </message>
    <message>
        <source>Date of birth &amp;known</source>
        <translation>Dyddiad geni&apos;n &amp;hysbys</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Dyddiad geni&apos;n hysbys</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ffynhonnell yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Cyfenw:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Dyddiad geni:</translation>
    </message>
    <message>
        <source>Referral &amp;source:</source>
        <translation>&amp;Ffynhonnell yr atgyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Referral date:</source>
        <translation>Dyddiad yr &amp;atgyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marc diogelu:</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Ag&amp;or achos</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Enter the subject&apos;s name.</source>
        <translation>Rhowch enw&apos;r unigolyn.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Teitl y cyfarfod</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Lleoliad y cyfarfod</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Cryfder:</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Rhy wan</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Cryf iawn</translation>
    </message>
    <message>
        <source>use at least 12 characters; several unrelated words work well.</source>
        <translation>defnyddiwch o leiaf 12 nod; mae sawl gair digyswllt yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
</context>
<context>
    <name>OneTimePassphraseDialog</name>
    <message>
        <source>One-time passphrase for %s</source>
        <translation>Cyfrinymadrodd untro ar gyfer %s</translation>
    </message>
    <message>
        <source>This is the new one-time passphrase for %s. It is shown only this once. Hand it over in person (never by email or phone); they must choose their own passphrase when they sign in.</source>
        <translation>Dyma&apos;r cyfrinymadrodd untro newydd ar gyfer %s. Dim ond y tro hwn y caiff ei ddangos. Rhowch ef iddyn nhw wyneb yn wyneb (byth drwy e-bost na dros y ffôn); rhaid iddyn nhw ddewis eu cyfrinymadrodd eu hunain pan fyddan nhw&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Cyfrinymadrodd untro</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>C&amp;yfrinymadrodd untro:</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>Rwyf wedi&apos;i &amp;nodi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Search cases to send</source>
        <translation>Chwilio am achosion i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Search by reference, name or text</source>
        <translation>Chwilio yn ôl cyfeirnod, enw neu destun</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Cases to send (tick to choose)</source>
        <translation>Achosion i&apos;w hanfon (ticiwch i ddewis)</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Anfon at</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Uchafswm</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Ymddiried tan</translation>
    </message>
    <message>
        <source>Trusted recipients (tick to choose)</source>
        <translation>Derbynwyr dibynadwy (ticiwch i ddewis)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Bundle expires after, in days</source>
        <translation>Mae&apos;r bwndel yn dod i ben ar ôl, mewn diwrnodau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Export the chosen cases</source>
        <translation>Allforio&apos;r achosion a ddewiswyd</translation>
    </message>
    <message>
        <source>Progress writing the bundle</source>
        <translation>Cynnydd ysgrifennu&apos;r bwndel</translation>
    </message>
    <message>
        <source>&amp;Search cases:</source>
        <translation>&amp;Chwilio achosion:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Derbynwyr:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>Yn dod i &amp;ben ar ôl:</translation>
    </message>
    <message>
        <source>No partner terminal is trusted yet. An administrator adds partners&apos; contact cards on the Trust store tab.</source>
        <translation>Nid oes terfynell partner yn cael ei hymddiried eto. Mae gweinyddwr yn ychwanegu cardiau cyswllt partneriaid ar y tab Storfa ymddiriedaeth.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen: </source>
        <translation>
            <numerusform>%n achos wedi&apos;i ddewis: </numerusform>
            <numerusform>%n achos wedi&apos;u dewis: </numerusform>
            <numerusform>%n achos wedi&apos;u dewis: </numerusform>
            <numerusform>%n achos wedi&apos;u dewis: </numerusform>
            <numerusform>%n o achosion wedi&apos;u dewis: </numerusform>
        </translation>
    </message>
    <message>
        <source>No case chosen yet: tick the cases to send.</source>
        <translation>Dim achos wedi&apos;i ddewis eto: ticiwch yr achosion i&apos;w hanfon.</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Ysgrifennu&apos;r bwndel i</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Yn ysgrifennu&apos;r bwndel…</translation>
    </message>
    <message>
        <source>Writing cases… %p%</source>
        <translation>Yn ysgrifennu achosion… %p%</translation>
    </message>
    <message>
        <source>Writing attachments… %p%</source>
        <translation>Yn ysgrifennu atodiadau… %p%</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Canslwyd yr allforio; ni ysgrifennwyd bwndel.</translation>
    </message>
    <message>
        <source>Bundle written to %1.
Bundle %2, number %3, %4; %5 case(s), %6 record(s), %7 attachment(s); highest marking %8; expires %9.</source>
        <translation>Ysgrifennwyd y bwndel i %1.
Bwndel %2, rhif %3, %4; %5 achos, %6 cofnod, %7 atodiad; marc diogelu uchaf %8; yn dod i ben %9.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Meeting pack preview</source>
        <translation>Rhagolwg o becyn y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>Argraffu’r pecyn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cau’r rhagolwg</translation>
    </message>
    <message>
        <source>Printed a numbered copy, entered in the copy register.</source>
        <translation>Argraffwyd copi wedi’i rifo, a gofnodwyd yn y gofrestr copïau.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Nid oedd modd cychwyn yr argraffydd.</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>Role: %s</source>
        <translation>Rôl: %s</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of %s</source>
        <translation>Rolau %s</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>&amp;Cadw&apos;r rolau</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Cadw&apos;r rolau</translation>
    </message>
    <message>
        <source>Roles of %s:</source>
        <translation>Rolau %s:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>SecureDesk — sign in</source>
        <translation>SecureDesk — mewngofnodi</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SecureDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SecureDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Vault: %s</source>
        <translation>Claddgell: %s</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Neges mewngofnodi</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Demo vault of invented people. Sign in as &lt;b&gt;%1&lt;/b&gt; with the passphrase &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Claddgell arddangos o bobl ddychmygol. Mewngofnodwch fel &lt;b&gt;%1&lt;/b&gt; gyda&apos;r cyfrinymadrodd &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Rhowch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Wrthi&apos;n mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Trusted</source>
        <translation>Dibynadwy</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Wedi&apos;i dirymu</translation>
    </message>
    <message>
        <source>SecureDesk bundles (*.sdbundle);;All files (*)</source>
        <translation>Bwndeli SecureDesk (*.sdbundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>SecureDesk contact cards (*.sdcard *.txt);;All files (*)</source>
        <translation>Cardiau cyswllt SecureDesk (*.sdcard *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Links between people</source>
        <translation>Cysylltiadau rhwng pobl</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Information items</source>
        <translation>Eitemau gwybodaeth</translation>
    </message>
    <message>
        <source>Chronology entries</source>
        <translation>Cofnodion cronoleg</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atodiadau</translation>
    </message>
    <message>
        <source>New here</source>
        <translation>Newydd yma</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Wedi&apos;i ddiweddaru</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Heb newid</translation>
    </message>
    <message>
        <source>Conflict kept for review</source>
        <translation>Gwrthdaro wedi&apos;i gadw i&apos;w adolygu</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trosglwyddiadau</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Mewnflwch</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Allflwch</translation>
    </message>
    <message>
        <source>Sent and &amp;received</source>
        <translation>Anfonwyd a &amp;derbyniwyd</translation>
    </message>
    <message>
        <source>&amp;Trust store</source>
        <translation>&amp;Storfa ymddiriedaeth</translation>
    </message>
    <message>
        <source>Transfers need the transfer officer&apos;s role.</source>
        <translation>Mae angen rôl y swyddog trosglwyddo ar gyfer trosglwyddiadau.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>This terminal&apos;s contact card</source>
        <translation>Cerdyn cyswllt y derfynell hon</translation>
    </message>
    <message>
        <source>This terminal&apos;s fingerprint</source>
        <translation>Ôl bys y derfynell hon</translation>
    </message>
    <message>
        <source>E&amp;xport my card…</source>
        <translation>&amp;Allforio fy ngherdyn…</translation>
    </message>
    <message>
        <source>Export this terminal&apos;s contact card</source>
        <translation>Allforio cerdyn cyswllt y derfynell hon</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terfynell:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Ceiling:</source>
        <translation>Uchafswm:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Ôl bys:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terfynell</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Uchafswm</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Ymddiried tan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ychwanegwyd gan</translation>
    </message>
    <message>
        <source>Trusted terminals</source>
        <translation>Terfynellau dibynadwy</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>&amp;Ychwanegu cerdyn…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s contact card</source>
        <translation>Ychwanegu cerdyn cyswllt partner</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Dirymu…</translation>
    </message>
    <message>
        <source>Revoke the selected terminal</source>
        <translation>Dirymu&apos;r derfynell a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Trusted terminals:</source>
        <translation>&amp;Terfynellau dibynadwy:</translation>
    </message>
    <message>
        <source>Export this terminal&apos;s card</source>
        <translation>Allforio cerdyn y derfynell hon</translation>
    </message>
    <message>
        <source>Card written to %s. Give it to the partner&apos;s administrator and read them the fingerprint by telephone or in person.</source>
        <translation>Ysgrifennwyd y cerdyn i %s. Rhowch ef i weinyddwr y partner a darllenwch yr ôl bys iddynt dros y ffôn neu wyneb yn wyneb.</translation>
    </message>
    <message>
        <source>Choose a partner&apos;s contact card</source>
        <translation>Dewis cerdyn cyswllt partner</translation>
    </message>
    <message>
        <source>Cannot read the card file %1: %2.</source>
        <translation>Methu darllen ffeil y cerdyn %1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is trusted until %3.</source>
        <translation>Ymddiriedir yn %1 (%2) tan %3.</translation>
    </message>
    <message>
        <source>Revoke a terminal</source>
        <translation>Dirymu terfynell</translation>
    </message>
    <message>
        <source>Revoke %1 (%2), fingerprint %3? Bundles from or to it are refused from now on, and its keys can never be trusted again.</source>
        <translation>Dirymu %1 (%2), ôl bys %3? Gwrthodir bwndeli ganddi neu iddi o hyn ymlaen, ac ni ellir byth ymddiried yn ei hallweddau eto.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Dirymu</translation>
    </message>
    <message>
        <source>Revoke the terminal</source>
        <translation>Dirymu&apos;r derfynell</translation>
    </message>
    <message>
        <source>%s is revoked.</source>
        <translation>Mae %s wedi&apos;i dirymu.</translation>
    </message>
</context>
<context>
    <name>WorkStrip</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Canslo&apos;r gwaith sydd ar y gweill</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Y gweinyddwr cyntaf</translation>
    </message>
    <message>
        <source>This account creates users and sets policy. Choose a passphrase you can remember: nobody can recover it.</source>
        <translation>Mae&apos;r cyfrif hwn yn creu defnyddwyr ac yn gosod polisi. Dewiswch gyfrinymadrodd y gallwch ei gofio: ni all neb ei adfer.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Enw defnyddiwr y gweinyddwr</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
</context>
<context>
    <name>_SaveDialog</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>_TerminalPage</name>
    <message>
        <source>This terminal</source>
        <translation>Y derfynell hon</translation>
    </message>
    <message>
        <source>&amp;Bind the vault to this terminal (recommended)</source>
        <translation>&amp;Rhwymo&apos;r gladdgell i&apos;r derfynell hon (argymhellir)</translation>
    </message>
    <message>
        <source>Bind the vault to this terminal</source>
        <translation>Rhwymo&apos;r gladdgell i&apos;r derfynell hon</translation>
    </message>
    <message>
        <source>When bound, a secret kept in this computer&apos;s keyring is needed as well as a passphrase, so a copy of the vault taken to another computer cannot be opened even by someone who knows a passphrase. Leave it unbound only if the vault must move between computers; SecureDesk will then say so on every sign-in.</source>
        <translation>Pan fydd wedi&apos;i rhwymo, mae angen cyfrinach a gedwir yng nghylch allweddi&apos;r cyfrifiadur hwn yn ogystal â chyfrinymadrodd, felly ni ellir agor copi o&apos;r gladdgell a aed ag ef i gyfrifiadur arall, hyd yn oed gan rywun sy&apos;n gwybod cyfrinymadrodd. Gadewch hi heb ei rhwymo dim ond os oes rhaid i&apos;r gladdgell symud rhwng cyfrifiaduron; bydd SecureDesk wedyn yn dweud hynny bob tro y bydd rhywun yn mewngofnodi.</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Enw&apos;r derfynell</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Enw&apos;r &amp;derfynell:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The vault database is damaged: a page failed its integrity check. It was not modified. Restore it from a backup and report the damage.</source>
        <translation>Mae cronfa ddata&apos;r gladdgell wedi&apos;i difrodi: methodd un o&apos;i thudalennau&apos;r gwiriad cywirdeb. Ni chafodd ei newid. Adferwch hi o gopi wrth gefn a rhowch wybod am y difrod.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%s). Nothing was half-saved; try again, and report it if it happens again.</source>
        <translation>Aeth rhywbeth annisgwyl o&apos;i le (%s). Ni chadwyd dim ar ei hanner; rhowch gynnig arall arni, a rhowch wybod os bydd yn digwydd eto.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>referral</source>
        <translation>atgyfeiriad</translation>
    </message>
    <message>
        <source>information gathering</source>
        <translation>casglu gwybodaeth</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>support plan</source>
        <translation>cynllun cymorth</translation>
    </message>
    <message>
        <source>review</source>
        <translation>adolygiad</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Penawdau colofnau</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Penawdau rhesi</translation>
    </message>
</context>
</TS>
