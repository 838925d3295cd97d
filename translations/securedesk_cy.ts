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
        <translation>Cliriad</translation>
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
        <translation>&amp;Cliriad:</translation>
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
        <translation>Cliriad</translation>
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
        <translation>&amp;Cliriad…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s clearance</source>
        <translation>Newid cliriad y defnyddiwr a ddewiswyd</translation>
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
        <translation>Newidiwyd cliriad %s.</translation>
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
        <translation>Gweld</translation>
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
        <source>Check against a &amp;checkpoint…</source>
        <translation>Gwirio yn erbyn &amp;pwynt gwirio…</translation>
    </message>
    <message>
        <source>Check that the chain reaches a signed checkpoint file</source>
        <translation>Gwirio bod y gadwyn yn cyrraedd ffeil pwynt gwirio wedi&apos;i llofnodi</translation>
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
    <message numerus="yes">
        <source>Chain intact: %n event(s), but roles or clearance changed with no event</source>
        <translation>
            <numerusform>Cadwyn yn gyfan: %n digwyddiad, ond newidiwyd rolau neu gliriad heb ddigwyddiad</numerusform>
            <numerusform>Cadwyn yn gyfan: %n digwyddiad, ond newidiwyd rolau neu gliriad heb ddigwyddiad</numerusform>
            <numerusform>Cadwyn yn gyfan: %n digwyddiad, ond newidiwyd rolau neu gliriad heb ddigwyddiad</numerusform>
            <numerusform>Cadwyn yn gyfan: %n digwyddiad, ond newidiwyd rolau neu gliriad heb ddigwyddiad</numerusform>
            <numerusform>Cadwyn yn gyfan: %n digwyddiad, ond newidiwyd rolau neu gliriad heb ddigwyddiad</numerusform>
        </translation>
    </message>
    <message>
        <source>MACs: none yet (the MAC chain starts once the vault has an auditor); checked by hash only.</source>
        <translation>MACau: dim eto (mae&apos;r gadwyn MAC yn dechrau unwaith y bydd gan y gladdgell archwilydd); gwiriwyd drwy stwnsh yn unig.</translation>
    </message>
    <message>
        <source>MACs were not checked: sign in as an auditor.</source>
        <translation>Ni wiriwyd y MACau: mewngofnodwch fel archwilydd.</translation>
    </message>
    <message numerus="yes">
        <source>MACs checked: %n event(s).</source>
        <translation>
            <numerusform>MACau wedi&apos;u gwirio: %n digwyddiad.</numerusform>
            <numerusform>MACau wedi&apos;u gwirio: %n digwyddiad.</numerusform>
            <numerusform>MACau wedi&apos;u gwirio: %n digwyddiad.</numerusform>
            <numerusform>MACau wedi&apos;u gwirio: %n digwyddiad.</numerusform>
            <numerusform>MACau wedi&apos;u gwirio: %n digwyddiad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are in periods whose MAC key was not sealed to you: another auditor can check them.</source>
        <translation>
            <numerusform>Mae %n digwyddiad mewn cyfnodau na seliwyd eu hallwedd MAC i chi: gall archwilydd arall eu gwirio.</numerusform>
            <numerusform>Mae %n digwyddiad mewn cyfnodau na seliwyd eu hallwedd MAC i chi: gall archwilydd arall eu gwirio.</numerusform>
            <numerusform>Mae %n digwyddiad mewn cyfnodau na seliwyd eu hallwedd MAC i chi: gall archwilydd arall eu gwirio.</numerusform>
            <numerusform>Mae %n digwyddiad mewn cyfnodau na seliwyd eu hallwedd MAC i chi: gall archwilydd arall eu gwirio.</numerusform>
            <numerusform>Mae %n digwyddiad mewn cyfnodau na seliwyd eu hallwedd MAC i chi: gall archwilydd arall eu gwirio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No auditor holds the current MAC key: grant the auditor role to someone so that new events can be checked.</source>
        <translation>Nid oes archwilydd yn dal yr allwedd MAC gyfredol: rhowch rôl archwilydd i rywun fel y gellir gwirio digwyddiadau newydd.</translation>
    </message>
    <message>
        <source>Users whose roles or clearance have no event: %1</source>
        <translation>Defnyddwyr nad oes digwyddiad ar gyfer eu rolau na&apos;u cliriad: %1</translation>
    </message>
    <message>
        <source>Every user&apos;s roles and clearance match the events that set them.</source>
        <translation>Mae rolau a chliriad pob defnyddiwr yn cyfateb i&apos;r digwyddiadau a&apos;u gosododd.</translation>
    </message>
    <message>
        <source>Choose a checkpoint</source>
        <translation>Dewis pwynt gwirio</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.checkpoint);;All files (*)</source>
        <translation>Pwyntiau gwirio archwilio (*.checkpoint);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Checking the checkpoint…</source>
        <translation>Yn gwirio&apos;r pwynt gwirio…</translation>
    </message>
    <message>
        <source>The chain reaches the checkpoint at event %1.</source>
        <translation>Mae&apos;r gadwyn yn cyrraedd y pwynt gwirio yn nigwyddiad %1.</translation>
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
    <message>
        <source>Status: %1 · Marking: %2 · Owner: %3 · Next review: %4</source>
        <translation>Statws: %1 · Marc diogelu: %2 · Perchennog: %3 · Adolygiad nesaf: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld: above your clearance.</source>
        <translation>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad.</numerusform>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad.</numerusform>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad.</numerusform>
            <numerusform>Ataliwyd %n eitem: uwchlaw eich cliriad.</numerusform>
            <numerusform>Ataliwyd %n o eitemau: uwchlaw eich cliriad.</numerusform>
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
        <translation>Cliriad %s</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cliriad</translation>
    </message>
    <message>
        <source>&amp;Clearance of %s:</source>
        <translation>&amp;Cliriad %s:</translation>
    </message>
    <message>
        <source>&amp;Save clearance</source>
        <translation>C&amp;adw&apos;r cliriad</translation>
    </message>
    <message>
        <source>Save clearance</source>
        <translation>Cadw&apos;r cliriad</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Creating the demo vault of invented people…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell arddangos o bobl ddychmygol…</translation>
    </message>
    <message>
        <source>Sign-in record tampered with</source>
        <translation>Ymyrrwyd â&apos;r cofnod mewngofnodi</translation>
    </message>
    <message>
        <source>The record of failed sign-in attempts was deleted, edited or put back from an older copy since the last sign-in, so failed attempts may have been hidden. This is recorded in the audit log; tell your administrator.</source>
        <translation>Cafodd y cofnod o ymdrechion mewngofnodi aflwyddiannus ei ddileu, ei olygu neu ei roi&apos;n ôl o gopi hŷn ers y mewngofnodi diwethaf, felly mae&apos;n bosibl bod ymdrechion aflwyddiannus wedi&apos;u cuddio. Mae hyn wedi&apos;i gofnodi yn y log archwilio; rhowch wybod i&apos;ch gweinyddwr.</translation>
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
    <name>Errors</name>
    <message>
        <source>The passphrase for user &apos;{user}&apos; is not correct. Check it and try again; failed attempts are recorded and reported at the next sign-in.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd ar gyfer y defnyddiwr &apos;{user}&apos; yn gywir. Gwiriwch ef a rhowch gynnig arall arni; caiff ymdrechion aflwyddiannus eu cofnodi a&apos;u hadrodd wrth fewngofnodi nesaf.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not correct. Check both and try again; failed attempts are recorded, reported at the next sign-in, and make the next attempt wait longer.</source>
        <translation>Nid yw&apos;r enw defnyddiwr na&apos;r cyfrinymadrodd yn gywir. Gwiriwch y ddau a rhowch gynnig arall arni; caiff ymdrechion aflwyddiannus eu cofnodi, eu hadrodd wrth fewngofnodi nesaf, ac maen nhw&apos;n gwneud i&apos;r ymdrech nesaf aros yn hirach.</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos; in this vault. Check the name, or ask an administrator to add you.</source>
        <translation>Nid oes defnyddiwr &apos;{user}&apos; yn y gladdgell hon. Gwiriwch yr enw, neu gofynnwch i weinyddwr eich ychwanegu.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot sign in. Ask an administrator.</source>
        <translation>Mae&apos;r defnyddiwr &apos;{user}&apos; wedi&apos;i analluogi ac ni all fewngofnodi. Gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>This vault ({vault_id}) is bound to a terminal, and this terminal&apos;s keyring does not hold its binding secret. It can only be opened on the terminal that created it (or after restoring that terminal&apos;s keyring). Nothing was changed.</source>
        <translation>Mae&apos;r gladdgell hon ({vault_id}) wedi&apos;i rhwymo i derfynell, ac nid yw cylch allweddi&apos;r derfynell hon yn dal ei chyfrinach rwymo. Dim ond ar y derfynell a&apos;i creodd y gellir ei hagor (neu ar ôl adfer cylch allweddi&apos;r derfynell honno). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring could not be used ({detail}). Unlock or start the keyring service and try again, or create the vault with --no-terminal-binding as an explicit choice.</source>
        <translation>Nid oedd modd defnyddio cylch allweddi&apos;r system weithredu ({detail}). Datgloi neu gychwyn gwasanaeth y cylch allweddi a rhowch gynnig arall arni, neu crëwch y gladdgell gyda --no-terminal-binding fel dewis penodol.</translation>
    </message>
    <message>
        <source>{path} is not a SecureDesk vault ({why}). Check the --vault folder; to make a new vault there use &apos;securedesk init&apos;.</source>
        <translation>Nid yw {path} yn gladdgell SecureDesk ({why}). Gwiriwch y ffolder --vault; i wneud claddgell newydd yno defnyddiwch &apos;securedesk init&apos;.</translation>
    </message>
    <message>
        <source>The key-slot file {path} is damaged ({why}). Nothing was changed; restore the vault folder from a backup.</source>
        <translation>Mae&apos;r ffeil slotiau allwedd {path} wedi&apos;i difrodi ({why}). Ni newidiwyd dim; adferwch ffolder y gladdgell o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The vault database {path} is damaged: {why}. It was not modified, reset or recreated. Restore it from a backup and report the damage.</source>
        <translation>Mae cronfa ddata&apos;r gladdgell {path} wedi&apos;i difrodi: {why}. Ni chafodd ei haddasu, ei hailosod na&apos;i hail-greu. Adferwch hi o gopi wrth gefn a rhowch wybod am y difrod.</translation>
    </message>
    <message>
        <source>The audit chain is broken at event {seq}: {why}. Preserve the vault as it is and report it to the data protection officer.</source>
        <translation>Mae&apos;r gadwyn archwilio wedi torri wrth ddigwyddiad {seq}: {why}. Cadwch y gladdgell fel y mae a rhowch wybod i&apos;r swyddog diogelu data.</translation>
    </message>
    <message>
        <source>Users&apos; roles or clearance differ from what the audit chain records, with no event for the change: {users}. Preserve the vault as it is and report it to the data protection officer.</source>
        <translation>Mae rolau neu gliriad defnyddwyr yn wahanol i&apos;r hyn y mae&apos;r gadwyn archwilio&apos;n ei gofnodi, heb ddigwyddiad ar gyfer y newid: {users}. Cadwch y gladdgell fel y mae a rhowch wybod i&apos;r swyddog diogelu data.</translation>
    </message>
    <message>
        <source>The checkpoint {path} cannot be used: {why}.</source>
        <translation>Ni ellir defnyddio&apos;r pwynt gwirio {path}: {why}.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; does not have the &apos;{permission}&apos; permission. Ask an administrator if your role should include it.</source>
        <translation>Nid oes gan y defnyddiwr &apos;{user}&apos; y caniatâd &apos;{permission}&apos;. Gofynnwch i weinyddwr a ddylai eich rôl ei gynnwys.</translation>
    </message>
    <message>
        <source>Case {ref} is outside your caseload. Give the reason you need it (--justification TEXT); it is recorded in the audit log.</source>
        <translation>Mae achos {ref} y tu allan i&apos;ch llwyth achosion. Rhowch y rheswm y mae ei angen arnoch (--justification TEXT); caiff ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <source>This terminal holds nothing above {ceiling}; {marking} material is refused.</source>
        <translation>Nid yw&apos;r derfynell hon yn dal dim uwchlaw {ceiling}; gwrthodir deunydd {marking}.</translation>
    </message>
    <message>
        <source>Your clearance is {clearance}; {marking} material is not shown to you.</source>
        <translation>Eich cliriad yw {clearance}; ni ddangosir deunydd {marking} i chi.</translation>
    </message>
    <message>
        <source>Case {ref} cannot be shown to you at your clearance ({clearance}). Nothing was read or changed; if you need it, ask the case&apos;s owner or an administrator.</source>
        <translation>Ni ellir dangos achos {ref} i chi ar eich cliriad ({clearance}). Ni ddarllenwyd na newidiwyd dim; os oes ei angen arnoch, gofynnwch i berchennog yr achos neu i weinyddwr.</translation>
    </message>
    <message>
        <source>Case {ref} is held above this terminal&apos;s ceiling ({ceiling}) and cannot be used here. Nothing was read or changed; ask an administrator.</source>
        <translation>Mae achos {ref} wedi&apos;i ddal uwchlaw uchafswm y derfynell hon ({ceiling}) ac ni ellir ei ddefnyddio yma. Ni ddarllenwyd na newidiwyd dim; gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; signed in with a one-time passphrase. Set your own first: securedesk user passwd {user}</source>
        <translation>Mewngofnododd y defnyddiwr &apos;{user}&apos; gyda chyfrinymadrodd untro. Gosodwch eich un eich hun yn gyntaf: securedesk user passwd {user}</translation>
    </message>
    <message>
        <source>This vault has schema version {found}, but this program knows versions up to {known}. It was left untouched; open it with the newer SecureDesk that made it.</source>
        <translation>Mae gan y gladdgell hon fersiwn sgema {found}, ond mae&apos;r rhaglen hon yn adnabod fersiynau hyd at {known}. Fe&apos;i gadawyd heb ei chyffwrdd; agorwch hi gyda&apos;r SecureDesk mwy newydd a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>The vault {path} is open in another SecureDesk process. Close that one first; two processes never write the same vault.</source>
        <translation>Mae&apos;r gladdgell {path} ar agor mewn proses SecureDesk arall. Caewch honno yn gyntaf; nid yw dwy broses byth yn ysgrifennu&apos;r un gladdgell.</translation>
    </message>
    <message>
        <source>{path} already holds a vault; SecureDesk never overwrites one. Choose another folder with --vault.</source>
        <translation>Mae {path} eisoes yn dal claddgell; nid yw SecureDesk byth yn trosysgrifo un. Dewiswch ffolder arall gyda --vault.</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again to continue.</source>
        <translation>Mae&apos;r gladdgell wedi&apos;i chloi. Mewngofnodwch eto i barhau.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>Ni chaiff {what} fod yn wag.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>Ni chaiff {what} fod yn hwy na {limit} nod.</translation>
    </message>
    <message>
        <source>{what} ({day}) is in the future.</source>
        <translation>Ni chaiff {what} ({day}) fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a protective marking; use one of {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; yn farc diogelu; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a case status; use one of {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; yn statws achos; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role; use one of {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; yn rôl; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a policy; use one of {allowed}.</source>
        <translation>Nid yw &apos;{key}&apos; yn bolisi; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}.</source>
        <translation>Rhaid i {key} fod yn rhif cyfan o {low} i {high}.</translation>
    </message>
    <message>
        <source>{key} must be on or off.</source>
        <translation>Rhaid i {key} fod yn on neu&apos;n off.</translation>
    </message>
    <message>
        <source>{key} applies from the next sign-in. Once on in a running application, it stays on until the application is closed.</source>
        <translation>Mae {key} yn gymwys o&apos;r mewngofnodi nesaf. Unwaith y mae ymlaen mewn rhaglen sy&apos;n rhedeg, mae&apos;n aros ymlaen nes cau&apos;r rhaglen.</translation>
    </message>
    <message>
        <source>Memory security is on, but this account may lock only {limit_mib} MiB of memory and the vault&apos;s page cache alone needs {cache_mib} MiB, so SQLCipher&apos;s memory locks fail ({failed} of {attempted} failed already at sign-in). Ask the system administrator to raise the lock limit (RLIMIT_MEMLOCK) for this account.</source>
        <translation>Mae diogelwch cof ymlaen, ond dim ond {limit_mib} MiB o gof y caiff y cyfrif hwn ei gloi, ac mae storfa dudalennau&apos;r gladdgell ar ei phen ei hun angen {cache_mib} MiB, felly mae cloeon cof SQLCipher yn methu (methodd {failed} o {attempted} eisoes wrth fewngofnodi). Gofynnwch i weinyddwr y system godi&apos;r terfyn cloi (RLIMIT_MEMLOCK) ar gyfer y cyfrif hwn.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write.</source>
        <translation>Ffolder yw {path}; rhowch enw ffeil i ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {os_error}. Choose a folder that exists and that you may write to.</source>
        <translation>Ni ellir ysgrifennu yn {folder}: {os_error}. Dewiswch ffolder sy&apos;n bodoli ac y cewch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>There is no case {ref}. &apos;securedesk case list&apos; shows the cases.</source>
        <translation>Nid oes achos {ref}. Mae &apos;securedesk case list&apos; yn dangos yr achosion.</translation>
    </message>
    <message>
        <source>There is no case with id {case_id}.</source>
        <translation>Nid oes achos â&apos;r dynodydd {case_id}.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Nid oes unigolyn â&apos;r dynodydd {person_id}.</translation>
    </message>
    <message>
        <source>There is no action with id {action_id}.</source>
        <translation>Nid oes cam gweithredu â&apos;r dynodydd {action_id}.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;; use one of {allowed}.</source>
        <translation>Ni ellir trefnu yn ôl &apos;{sort}&apos;; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>A case needs at least one subject.</source>
        <translation>Mae angen o leiaf un unigolyn ar achos.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot own cases.</source>
        <translation>Mae&apos;r defnyddiwr &apos;{user}&apos; wedi&apos;i analluogi ac ni all fod yn berchen ar achosion.</translation>
    </message>
    <message>
        <source>A case at &apos;{current}&apos; can move to: {allowed}; not &apos;{status}&apos;.</source>
        <translation>Gall achos sydd yn y cam &apos;{current}&apos; symud i: {allowed}; nid i &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Source grade must be one of {allowed}.</source>
        <translation>Rhaid i radd y ffynhonnell fod yn un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>Information grade must be one of {allowed}.</source>
        <translation>Rhaid i radd y wybodaeth fod yn un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>Item {item_id} is not an item of case {ref}.</source>
        <translation>Nid yw eitem {item_id} yn un o eitemau achos {ref}.</translation>
    </message>
    <message>
        <source>Action {action_id} is not an action of case {ref}.</source>
        <translation>Nid yw cam gweithredu {action_id} yn un o gamau gweithredu achos {ref}.</translation>
    </message>
    <message>
        <source>{key} must be &apos;organisation = agency&apos; pairs separated by semicolons, each agency one of {allowed}.</source>
        <translation>Rhaid i {key} fod yn barau &apos;sefydliad = asiantaeth&apos; wedi&apos;u gwahanu gan hanner colonau, a phob asiantaeth yn un o {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{factor}&apos; is not a factor of framework {framework}.</source>
        <translation>Nid yw &apos;{factor}&apos; yn un o ffactorau fframwaith {framework}.</translation>
    </message>
    <message>
        <source>Factor &apos;{factor}&apos; is scored twice.</source>
        <translation>Mae&apos;r ffactor &apos;{factor}&apos; wedi&apos;i sgorio ddwywaith.</translation>
    </message>
    <message>
        <source>Score {score} for &apos;{factor}&apos; is outside {low}..{high}.</source>
        <translation>Mae&apos;r sgôr {score} ar gyfer &apos;{factor}&apos; y tu allan i {low}..{high}.</translation>
    </message>
    <message>
        <source>These factors have no score: {factors}.</source>
        <translation>Nid oes sgôr gan y ffactorau hyn: {factors}.</translation>
    </message>
    <message>
        <source>The assessment framework file is too large.</source>
        <translation>Mae ffeil y fframwaith asesu yn rhy fawr.</translation>
    </message>
    <message>
        <source>The assessment framework file is not valid: {why}</source>
        <translation>Nid yw ffeil y fframwaith asesu yn ddilys: {why}</translation>
    </message>
    <message>
        <source>There is no attachment {attachment_id}.</source>
        <translation>Nid oes atodiad {attachment_id}.</translation>
    </message>
    <message>
        <source>The attachment has no usable file name.</source>
        <translation>Nid oes gan yr atodiad enw ffeil y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Files ending &apos;{ending}&apos; cannot be attached; use one of {allowed}.</source>
        <translation>Ni ellir atodi ffeiliau sy&apos;n gorffen â &apos;{ending}&apos;; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is named as text but holds binary data.</source>
        <translation>Mae enw &apos;{name}&apos; yn dweud mai testun ydyw, ond mae&apos;n cynnwys data deuaidd.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is named as text but is not UTF-8 text.</source>
        <translation>Mae enw &apos;{name}&apos; yn dweud mai testun ydyw, ond nid yw&apos;n destun UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not what its name says: it does not begin like a {file_type} file. Nothing was attached.</source>
        <translation>Nid yw &apos;{name}&apos; yr hyn y mae ei enw&apos;n ei ddweud: nid yw&apos;n dechrau fel ffeil {file_type}. Ni atodwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file.</source>
        <translation>Nid yw &apos;{name}&apos; yn ffeil gyffredin.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size_mb:.1f} MB; the policy limit for attachments is {limit_mb} MB. Nothing was attached.</source>
        <translation>Mae &apos;{name}&apos; yn {size_mb:.1f} MB; terfyn y polisi ar gyfer atodiadau yw {limit_mb} MB. Ni atodwyd dim.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {os_error}.</source>
        <translation>Ni ellir darllen &apos;{name}&apos;: {os_error}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; grew past the attachment limit while being read.</source>
        <translation>Aeth &apos;{name}&apos; yn fwy na&apos;r terfyn ar gyfer atodiadau tra oedd yn cael ei ddarllen.</translation>
    </message>
    <message>
        <source>There is no meeting {meeting_id}.</source>
        <translation>Nid oes cyfarfod {meeting_id}.</translation>
    </message>
    <message>
        <source>The next meeting must come after this one.</source>
        <translation>Rhaid i&apos;r cyfarfod nesaf fod ar ôl yr un hwn.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot chair a meeting.</source>
        <translation>Mae&apos;r defnyddiwr &apos;{user}&apos; wedi&apos;i analluogi ac ni all gadeirio cyfarfod.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; does not have the {role} role, so cannot chair a meeting. Ask an administrator to add it, or name another chair.</source>
        <translation>Nid oes gan y defnyddiwr &apos;{user}&apos; y rôl {role}, felly ni all gadeirio cyfarfod. Gofynnwch i weinyddwr ei hychwanegu, neu enwch gadeirydd arall.</translation>
    </message>
    <message>
        <source>Name a member by id or name.</source>
        <translation>Nodwch aelod yn ôl ei ddynodydd neu ei enw.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} has no member &apos;{member}&apos;. &apos;securedesk meeting show {meeting_id}&apos; lists them.</source>
        <translation>Nid oes gan gyfarfod {meeting_id} aelod &apos;{member}&apos;. Mae &apos;securedesk meeting show {meeting_id}&apos; yn eu rhestru.</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; names {count} members of meeting {meeting_id}; use a member id: {member_ids}</source>
        <translation>Mae &apos;{member}&apos; yn enwi {count} o aelodau cyfarfod {meeting_id}; defnyddiwch ddynodydd aelod: {member_ids}</translation>
    </message>
    <message>
        <source>There is no meeting member {member_id}.</source>
        <translation>Nid oes aelod cyfarfod {member_id}.</translation>
    </message>
    <message>
        <source>A member needs a clearance (OFFICIAL, OFFICIAL-SENSITIVE or SECRET): it decides what their copy shows. Give OFFICIAL for a member without security vetting.</source>
        <translation>Mae angen cliriad ar aelod (OFFICIAL, OFFICIAL-SENSITIVE neu SECRET): dyma sy&apos;n penderfynu beth a ddangosir yn eu copi. Rhowch OFFICIAL i aelod heb fetio diogelwch.</translation>
    </message>
    <message>
        <source>{name} ({agency}) is already a member of this meeting.</source>
        <translation>Mae {name} ({agency}) eisoes yn aelod o&apos;r cyfarfod hwn.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an attendance; use one of {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; yn werth presenoldeb; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>An agenda holds at most {limit} cases.</source>
        <translation>Gall agenda gynnwys {limit} o achosion ar y mwyaf.</translation>
    </message>
    <message>
        <source>Case {ref} is given twice.</source>
        <translation>Rhoddwyd achos {ref} ddwywaith.</translation>
    </message>
    <message>
        <source>The position is 1 to {count}.</source>
        <translation>Rhaid i&apos;r safle fod o 1 i {count}.</translation>
    </message>
    <message>
        <source>Case {ref} is not on the agenda of meeting {meeting_id}; put it there first (&apos;securedesk meeting agenda&apos;).</source>
        <translation>Nid yw achos {ref} ar agenda cyfarfod {meeting_id}; rhowch ef arni yn gyntaf (&apos;securedesk meeting agenda&apos;).</translation>
    </message>
    <message>
        <source>Minutes need at least one of: discussion, decision, rationale, dissent.</source>
        <translation>Mae angen o leiaf un o&apos;r canlynol yn y cofnodion: trafodaeth, penderfyniad, rhesymeg, anghytuno.</translation>
    </message>
    <message>
        <source>The review interval is 1 to 120 months.</source>
        <translation>Rhaid i&apos;r cyfnod adolygu fod o 1 i 120 mis.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} has no members to issue copies to; add them with &apos;securedesk meeting member&apos;.</source>
        <translation>Nid oes gan gyfarfod {meeting_id} aelodau i gyhoeddi copïau iddynt; ychwanegwch nhw gyda &apos;securedesk meeting member&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a folder. Give a folder that exists for the copies.</source>
        <translation>Nid yw {path} yn ffolder. Rhowch ffolder sy&apos;n bodoli ar gyfer y copïau.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was issued. Choose another folder.</source>
        <translation>Mae {path} yn bodoli eisoes; ni chyhoeddwyd dim. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} has no copy {copy_number} in the register.</source>
        <translation>Nid oes copi {copy_number} o gyfarfod {meeting_id} yn y gofrestr.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a copy status; use one of {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; yn statws copi; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>Copy {copy_number} is {status}; it can become: {allowed}; not &apos;{new}&apos;.</source>
        <translation>Statws copi {copy_number} yw {status}; gall newid i: {allowed}; nid i &apos;{new}&apos;.</translation>
    </message>
    <message>
        <source>Copy {copy_number} is {status}; it can become: nothing; not &apos;{new}&apos;.</source>
        <translation>Statws copi {copy_number} yw {status}; ni all newid i ddim byd arall, felly nid i &apos;{new}&apos;.</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos;. &apos;securedesk user list&apos; shows them.</source>
        <translation>Nid oes defnyddiwr &apos;{user}&apos;. Mae &apos;securedesk user list&apos; yn eu dangos.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;. Choose another name.</source>
        <translation>Mae defnyddiwr &apos;{user}&apos; yn bodoli eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>A user name is 1 to {max_chars} letters, digits, dots, hyphens or underscores.</source>
        <translation>Mae enw defnyddiwr yn cynnwys rhwng 1 a {max_chars} o lythrennau, digidau, atalnodau llawn, cysylltnodau neu danlinellau.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Mae angen o leiaf un rôl ar ddefnyddiwr.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {min_chars} characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>Mae angen o leiaf {min_chars} nod ar gyfrinymadrodd; mae sawl gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <source>A reset is for someone else; change your own passphrase instead.</source>
        <translation>Mae ailosod ar gyfer rhywun arall; newidiwch eich cyfrinymadrodd eich hun yn lle hynny.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled; a disabled user gets no passphrase.</source>
        <translation>Mae&apos;r defnyddiwr &apos;{user}&apos; wedi&apos;i analluogi; nid yw defnyddiwr sydd wedi&apos;i analluogi yn cael cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; ask another administrator.</source>
        <translation>Ni allwch analluogi eich hun; gofynnwch i weinyddwr arall.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is already disabled.</source>
        <translation>Mae&apos;r defnyddiwr &apos;{user}&apos; wedi&apos;i analluogi eisoes.</translation>
    </message>
    <message>
        <source>--cases is 1 to 1,000,000.</source>
        <translation>Rhaid i --cases fod o 1 i 1,000,000.</translation>
    </message>
    <message>
        <source>This vault already holds cases; invented data goes only into an empty vault.</source>
        <translation>Mae achosion yn y gladdgell hon eisoes; dim ond i gladdgell wag yr aiff data dychmygol.</translation>
    </message>
    <message>
        <source>The demo vault could not be built in {path} (exit {exit_code}). Check that the folder is writable and empty.</source>
        <translation>Nid oedd modd creu&apos;r gladdgell arddangos yn {path} (cod gadael {exit_code}). Gwiriwch fod modd ysgrifennu i&apos;r ffolder a&apos;i fod yn wag.</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation>Ni chaiff nifer yr achosion arddangos fod yn negatif.</translation>
    </message>
    <message>
        <source>Demo cases need at least one owner.</source>
        <translation>Mae angen o leiaf un perchennog ar achosion arddangos.</translation>
    </message>
    <message>
        <source>Items per case cannot be negative.</source>
        <translation>Ni chaiff nifer yr eitemau fesul achos fod yn negatif.</translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME.</source>
        <translation>Nodwch pwy sy&apos;n mewngofnodi gyda --user NAME.</translation>
    </message>
    <message>
        <source>A subject&apos;s name cannot be empty.</source>
        <translation>Ni chaiff enw&apos;r unigolyn fod yn wag.</translation>
    </message>
    <message>
        <source>There are more --dob dates than --subject names.</source>
        <translation>Mae mwy o ddyddiadau --dob nag o enwau --subject.</translation>
    </message>
    <message>
        <source>--limit is 1 to {max_limit} and --offset is not negative.</source>
        <translation>Rhaid i --limit fod o 1 i {max_limit}, ac ni chaiff --offset fod yn negatif.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {os_error}.</source>
        <translation>Nid oes modd darllen {path}: {os_error}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>Nid yw {path} yn destun UTF-8.</translation>
    </message>
    <message>
        <source>{path} is longer than an item may be ({limit} characters).</source>
        <translation>Mae {path} yn hwy nag y caiff eitem fod ({limit} nod).</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {os_error}.</source>
        <translation>Nid oes modd darllen y ffeil cyfrinymadrodd {path}: {os_error}.</translation>
    </message>
    <message>
        <source>The first line of {path} is too long to be a passphrase.</source>
        <translation>Mae llinell gyntaf {path} yn rhy hir i fod yn gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>Nid yw&apos;r ffeil cyfrinymadrodd {path} yn destun UTF-8.</translation>
    </message>
    <message>
        <source>The first line of {path} is empty; it should hold the passphrase.</source>
        <translation>Mae llinell gyntaf {path} yn wag; dylai gynnwys y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>{label} is needed, and there is no terminal to ask on; use --passphrase-file.</source>
        <translation>Mae angen {label}, ac nid oes terfynell i ofyn amdano; defnyddiwch --passphrase-file.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>Ni chaiff {label} fod yn wag.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>teitl y cyfarfod</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>y lleoliad</translation>
    </message>
    <message>
        <source>The confidentiality statement</source>
        <translation>y datganiad cyfrinachedd</translation>
    </message>
    <message>
        <source>The member&apos;s name</source>
        <translation>enw&apos;r aelod</translation>
    </message>
    <message>
        <source>The member&apos;s agency</source>
        <translation>asiantaeth yr aelod</translation>
    </message>
    <message>
        <source>The decision sought</source>
        <translation>y penderfyniad a geisir</translation>
    </message>
    <message>
        <source>The discussion</source>
        <translation>y drafodaeth</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>y penderfyniad</translation>
    </message>
    <message>
        <source>The rationale</source>
        <translation>y rhesymeg</translation>
    </message>
    <message>
        <source>The dissent</source>
        <translation>yr anghytuno</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>y nodyn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase for {user}</source>
        <translation>y cyfrinymadrodd ar gyfer {user}</translation>
    </message>
    <message>
        <source>Passphrase for {user} (again)</source>
        <translation>y cyfrinymadrodd ar gyfer {user} (eto)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>y cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase (again)</source>
        <translation>y cyfrinymadrodd newydd (eto)</translation>
    </message>
    <message>
        <source>One-time passphrase for {user}</source>
        <translation>y cyfrinymadrodd untro ar gyfer {user}</translation>
    </message>
    <message>
        <source>One-time passphrase for {user} (again)</source>
        <translation>y cyfrinymadrodd untro ar gyfer {user} (eto)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>nid yw&apos;r ffolder yn bodoli</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>nid yw&apos;n ffolder</translation>
    </message>
    <message>
        <source>it holds no vault database or key-slot file</source>
        <translation>nid yw&apos;n dal cronfa ddata claddgell na ffeil slotiau allwedd</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>mae ar goll</translation>
    </message>
    <message>
        <source>the database file is missing</source>
        <translation>mae ffeil y gronfa ddata ar goll</translation>
    </message>
    <message>
        <source>the encrypted database failed its check</source>
        <translation>methodd y gronfa ddata wedi&apos;i hamgryptio ei gwiriad</translation>
    </message>
    <message>
        <source>its pages do not decrypt and authenticate</source>
        <translation>nid yw ei thudalennau&apos;n dadgryptio ac yn dilysu</translation>
    </message>
    <message>
        <source>the key that the passphrase opens in the key-slot file does not decrypt it. If keyslots.json was put back from an older copy, the database key has been rotated since that copy was made: use the vault&apos;s current keyslots.json</source>
        <translation>nid yw&apos;r allwedd y mae&apos;r cyfrinymadrodd yn ei hagor yn y ffeil slotiau allwedd yn ei dadgryptio. Os cafodd keyslots.json ei rhoi&apos;n ôl o gopi hŷn, mae allwedd y gronfa ddata wedi&apos;i newid ers gwneud y copi hwnnw: defnyddiwch keyslots.json gyfredol y gladdgell</translation>
    </message>
    <message>
        <source>its tables cannot be read</source>
        <translation>ni ellir darllen ei thablau</translation>
    </message>
    <message>
        <source>it does not record its vault id</source>
        <translation>nid yw&apos;n cofnodi dynodydd ei chladdgell</translation>
    </message>
    <message>
        <source>pages fail their integrity check</source>
        <translation>mae tudalennau&apos;n methu eu gwiriad cywirdeb</translation>
    </message>
    <message>
        <source>{bad_pages} page(s) fail their check: {first_page}</source>
        <translation>mae {bad_pages} tudalen yn methu eu gwiriad: {first_page}</translation>
    </message>
    <message>
        <source>its structure check failed</source>
        <translation>methodd gwiriad ei strwythur</translation>
    </message>
    <message>
        <source>it cannot be read: {os_error}</source>
        <translation>ni ellir ei darllen: {os_error}</translation>
    </message>
    <message>
        <source>it is larger than any key-slot file can be</source>
        <translation>mae&apos;n fwy nag y gall unrhyw ffeil slotiau allwedd fod</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be truncated</source>
        <translation>nid yw&apos;n JSON dilys; efallai ei bod wedi&apos;i thorri&apos;n fyr</translation>
    </message>
    <message>
        <source>it names another vault</source>
        <translation>mae&apos;n enwi claddgell arall</translation>
    </message>
    <message>
        <source>it belongs to another vault, or the database header is damaged</source>
        <translation>mae&apos;n perthyn i gladdgell arall, neu mae pennyn y gronfa ddata wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>its contents are malformed: {problem}</source>
        <translation>mae ei chynnwys wedi&apos;i gamffurfio: {problem}</translation>
    </message>
    <message>
        <source>a page failed its check</source>
        <translation>methodd tudalen ei gwiriad</translation>
    </message>
    <message>
        <source>attachment {attachment_id} no longer matches its SHA-256</source>
        <translation>nid yw atodiad {attachment_id} yn cyfateb i&apos;w SHA-256 mwyach</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>it has no &apos;{field}&apos; field</source>
        <translation>nid oes ganddi faes &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>scale and domains are required</source>
        <translation>mae angen y raddfa a&apos;r parthau</translation>
    </message>
    <message>
        <source>domains must be {domains} in that order</source>
        <translation>rhaid i&apos;r parthau fod yn {domains}, yn y drefn honno</translation>
    </message>
    <message>
        <source>factor ids must be unique</source>
        <translation>rhaid i ddynodwyr y ffactorau fod yn unigryw</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>rhaid i&apos;r fersiwn fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>it is not a SecureDesk key-slot file</source>
        <translation>nid yw&apos;n ffeil slotiau allwedd SecureDesk</translation>
    </message>
    <message>
        <source>its format version {version} is not supported</source>
        <translation>ni chefnogir fersiwn {version} o&apos;i fformat</translation>
    </message>
    <message>
        <source>it has no valid vault id</source>
        <translation>nid oes ganddi ddynodydd claddgell dilys</translation>
    </message>
    <message>
        <source>it does not say whether the vault is bound to a terminal</source>
        <translation>nid yw&apos;n dweud a yw&apos;r gladdgell wedi&apos;i rhwymo i derfynell</translation>
    </message>
    <message>
        <source>its list of slots is missing or too long</source>
        <translation>mae ei rhestr o slotiau ar goll neu&apos;n rhy hir</translation>
    </message>
    <message>
        <source>its list of disabled users is malformed</source>
        <translation>mae ei rhestr o ddefnyddwyr wedi&apos;u hanalluogi yn annilys</translation>
    </message>
    <message>
        <source>the slot for &apos;{user}&apos; belongs to another vault</source>
        <translation>mae&apos;r slot ar gyfer &apos;{user}&apos; yn perthyn i gladdgell arall</translation>
    </message>
    <message>
        <source>it has two slots for one user</source>
        <translation>mae ganddi ddau slot ar gyfer un defnyddiwr</translation>
    </message>
    <message>
        <source>a slot is not an object</source>
        <translation>nid yw slot yn wrthrych</translation>
    </message>
    <message>
        <source>a slot has no valid user name</source>
        <translation>nid oes gan slot enw defnyddiwr dilys</translation>
    </message>
    <message>
        <source>a slot has no valid vault id</source>
        <translation>nid oes gan slot ddynodydd claddgell dilys</translation>
    </message>
    <message>
        <source>a re-sealed key is not an object</source>
        <translation>nid yw allwedd a ail-seliwyd yn wrthrych</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not base64 text</source>
        <translation>nid yw &apos;{field}&apos; yn destun base64</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not valid base64</source>
        <translation>nid yw &apos;{field}&apos; yn base64 dilys</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has the wrong length</source>
        <translation>mae hyd &apos;{field}&apos; yn anghywir</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a whole number of zero or more</source>
        <translation>Nid yw &apos;{field}&apos; yn rhif cyfan o sero neu fwy</translation>
    </message>
    <message>
        <source>unknown key-derivation function</source>
        <translation>swyddogaeth deillio allwedd anhysbys</translation>
    </message>
    <message>
        <source>key-derivation parameters must be whole numbers</source>
        <translation>rhaid i&apos;r paramedrau deillio allwedd fod yn rhifau cyfan</translation>
    </message>
    <message>
        <source>iterations {iterations} outside 1..{max_iterations}</source>
        <translation>mae&apos;r iteriadau, {iterations}, y tu allan i 1..{max_iterations}</translation>
    </message>
    <message>
        <source>lanes {lanes} outside 1..{max_lanes}</source>
        <translation>mae&apos;r lonydd, {lanes}, y tu allan i 1..{max_lanes}</translation>
    </message>
    <message>
        <source>memory {memory_kib} KiB outside the allowed range</source>
        <translation>mae&apos;r cof, {memory_kib} KiB, y tu allan i&apos;r ystod a ganiateir</translation>
    </message>
    <message>
        <source>a binding secret for this vault id already exists</source>
        <translation>mae cyfrinach rwymo ar gyfer dynodydd y gladdgell hon yn bodoli eisoes</translation>
    </message>
    <message>
        <source>the keyring did not keep the secret</source>
        <translation>ni chadwodd y cylch allweddi y gyfrinach</translation>
    </message>
    <message>
        <source>event {seq} is missing</source>
        <translation>mae digwyddiad {seq} ar goll</translation>
    </message>
    <message>
        <source>it does not point at its predecessor</source>
        <translation>nid yw&apos;n pwyntio at y digwyddiad o&apos;i flaen</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>nid yw ei gynnwys yn cyfateb i&apos;w stwnsh</translation>
    </message>
    <message>
        <source>it has no MAC though the MAC chain had started before it</source>
        <translation>nid oes MAC arno er bod y gadwyn MAC wedi dechrau cyn hynny</translation>
    </message>
    <message>
        <source>its MAC does not match: the chain was rewritten or re-hashed from here on</source>
        <translation>nid yw ei MAC yn cyfateb: ailysgrifennwyd neu ail-stwnshiwyd y gadwyn o&apos;r fan hon ymlaen</translation>
    </message>
    <message>
        <source>it carries a MAC though no MAC key had been started</source>
        <translation>mae MAC arno er nad oedd allwedd MAC wedi&apos;i dechrau</translation>
    </message>
    <message>
        <source>it starts a MAC key out of order</source>
        <translation>mae&apos;n dechrau allwedd MAC allan o drefn</translation>
    </message>
    <message>
        <source>the MAC key it started, sealed to you, was removed or replaced</source>
        <translation>cafodd yr allwedd MAC a ddechreuodd, a seliwyd i chi, ei thynnu neu ei disodli</translation>
    </message>
    <message>
        <source>the current MAC key was removed from the vault</source>
        <translation>tynnwyd yr allwedd MAC gyfredol o&apos;r gladdgell</translation>
    </message>
    <message>
        <source>the current MAC key has moved past the last event: events from {seq} on were deleted</source>
        <translation>mae&apos;r allwedd MAC gyfredol wedi symud heibio&apos;r digwyddiad olaf: dilëwyd digwyddiadau o {seq} ymlaen</translation>
    </message>
    <message>
        <source>a signed checkpoint reached this event but the chain now ends before it: events were deleted or the vault folder was replaced by an older copy</source>
        <translation>roedd pwynt gwirio wedi&apos;i lofnodi yn cyrraedd y digwyddiad hwn ond mae&apos;r gadwyn bellach yn gorffen cyn hynny: dilëwyd digwyddiadau neu disodlwyd ffolder y gladdgell gan gopi hŷn</translation>
    </message>
    <message>
        <source>it is not the event a signed checkpoint recorded here: the chain was rewritten or the vault folder replaced</source>
        <translation>nid dyma&apos;r digwyddiad a gofnododd pwynt gwirio wedi&apos;i lofnodi yma: ailysgrifennwyd y gadwyn neu disodlwyd ffolder y gladdgell</translation>
    </message>
    <message>
        <source>it is not a SecureDesk audit checkpoint</source>
        <translation>nid yw&apos;n bwynt gwirio archwilio SecureDesk</translation>
    </message>
    <message>
        <source>its signature file {signature} cannot be read</source>
        <translation>ni ellir darllen ei ffeil llofnod {signature}</translation>
    </message>
    <message>
        <source>its signature does not verify with this terminal&apos;s key</source>
        <translation>nid yw ei lofnod yn cael ei ddilysu ag allwedd y derfynell hon</translation>
    </message>
    <message>
        <source>this vault has no terminal key, so it cannot have signed it: the vault folder may have been replaced by a copy older than the checkpoint</source>
        <translation>nid oes gan y gladdgell hon allwedd terfynell, felly ni allai fod wedi&apos;i lofnodi: efallai bod ffolder y gladdgell wedi&apos;i disodli gan gopi sy&apos;n hŷn na&apos;r pwynt gwirio</translation>
    </message>
    <message>
        <source>it was made for another vault ({vault_id})</source>
        <translation>fe&apos;i gwnaed ar gyfer claddgell arall ({vault_id})</translation>
    </message>
    <message>
        <source>The subject&apos;s name</source>
        <translation>enw&apos;r unigolyn</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>y dyddiad geni</translation>
    </message>
    <message>
        <source>The referral date</source>
        <translation>dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>The referral source</source>
        <translation>ffynhonnell yr atgyfeiriad</translation>
    </message>
    <message>
        <source>The closing reason</source>
        <translation>y rheswm dros gau</translation>
    </message>
    <message>
        <source>The item&apos;s date</source>
        <translation>dyddiad yr eitem</translation>
    </message>
    <message>
        <source>The agency</source>
        <translation>yr asiantaeth</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>yr awdur</translation>
    </message>
    <message>
        <source>The item&apos;s text</source>
        <translation>testun yr eitem</translation>
    </message>
    <message>
        <source>A caveat</source>
        <translation>cafeat</translation>
    </message>
    <message>
        <source>The event&apos;s date</source>
        <translation>dyddiad y digwyddiad</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>y crynodeb</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>y cam gweithredu</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>y perchennog</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>y diweddariad</translation>
    </message>
    <message>
        <source>The assessment date</source>
        <translation>dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>The summary conclusion</source>
        <translation>y casgliad cryno</translation>
    </message>
    <message>
        <source>The pack font {file_name} in SecureDesk&apos;s resources ({folder}/) is missing. Reinstall SecureDesk; no pack was made and nothing was issued.</source>
        <translation>Mae ffont y pecyn {file_name} yn adnoddau SecureDesk ({folder}/) ar goll. Ailosodwch SecureDesk; ni wnaed pecyn ac ni ddosbarthwyd dim.</translation>
    </message>
    <message>
        <source>The pack font {file_name} in SecureDesk&apos;s resources ({folder}/) is damaged. Reinstall SecureDesk; no pack was made and nothing was issued.</source>
        <translation>Mae ffont y pecyn {file_name} yn adnoddau SecureDesk ({folder}/) wedi&apos;i ddifrodi. Ailosodwch SecureDesk; ni wnaed pecyn ac ni ddosbarthwyd dim.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported and the vault is as it was.</source>
        <translation>Canslwyd. Ni fewnforiwyd dim ac mae&apos;r gladdgell fel yr oedd.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {os_error}. Check the media and name.</source>
        <translation>Ni ellir darllen {file}: {os_error}. Gwiriwch y cyfrwng a&apos;r enw.</translation>
    </message>
    <message>
        <source>Cannot read the card file {path}: {os_error}.</source>
        <translation>Ni ellir darllen y ffeil cerdyn {path}: {os_error}.</translation>
    </message>
    <message>
        <source>The {where} ends too early: the file is truncated (copied incompletely, or the media was removed while writing). Copy it again from the sender&apos;s media.</source>
        <translation>Mae&apos;r {where} yn dod i ben yn rhy gynnar: mae&apos;r ffeil wedi&apos;i thorri&apos;n fyr (cafodd ei chopïo&apos;n anghyflawn, neu tynnwyd y cyfrwng allan wrth ysgrifennu). Copïwch hi eto o gyfrwng yr anfonwr.</translation>
    </message>
    <message>
        <source>The {where} has bytes where only zero padding belongs; it was altered. Do not import it.</source>
        <translation>Mae beitiau yn y {where} lle dylai fod padin sero yn unig; cafodd ei newid. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The {where} is not a well-formed bundle archive ({problem}). The file was damaged, truncated or altered; ask the sender for a fresh copy.</source>
        <translation>Nid yw&apos;r {where} wedi&apos;i ffurfio&apos;n gywir fel archif bwndel ({problem}). Cafodd y ffeil ei difrodi, ei thorri&apos;n fyr neu ei newid; gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>The {where} contains {entry_type}; bundles hold regular files only. The bundle was not made by SecureDesk. Do not import it.</source>
        <translation>Mae&apos;r {where} yn cynnwys {entry_type}; ffeiliau cyffredin yn unig sydd mewn bwndeli. Nid SecureDesk a wnaeth y bwndel. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The {where} contains an entry with a link target or a long name prefix; bundles never do. Do not import it.</source>
        <translation>Mae&apos;r {where} yn cynnwys elfen sydd â tharged cyswllt neu ragddodiad enw hir; nid oes gan fwndeli byth y rhain. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The {where} names an entry with an absolute path; bundles never do. Do not import it.</source>
        <translation>Mae&apos;r {where} yn enwi elfen â llwybr absoliwt; nid yw bwndeli byth yn gwneud hynny. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The {where} names an entry that climbs out of its folder (&apos;..&apos;); bundles never do. Do not import it.</source>
        <translation>Mae&apos;r {where} yn enwi elfen sy&apos;n dringo allan o&apos;i ffolder (&apos;..&apos;); nid yw bwndeli byth yn gwneud hynny. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The bundle file holds an entry where {expected} should be; it was not made by SecureDesk or was altered. Do not import it.</source>
        <translation>Mae&apos;r ffeil bwndel yn cynnwys elfen lle dylai {expected} fod; nid SecureDesk a&apos;i gwnaeth, neu cafodd ei newid. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>{entry} in the bundle is larger than the {limit:,}-byte limit. Do not import it.</source>
        <translation>Mae {entry} yn y bwndel yn fwy na&apos;r terfyn o {limit:,} beit. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The bundle file has data after its end; it was altered or two files were joined. Do not import it.</source>
        <translation>Mae data yn y ffeil bwndel ar ôl ei diwedd; cafodd ei newid neu cafodd dwy ffeil eu cydio. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload holds {what}; SecureDesk bundles never do. It was altered or not made by SecureDesk. Do not import it.</source>
        <translation>Mae&apos;r llwyth yn cynnwys {what}; nid yw bwndeli SecureDesk byth yn gwneud hynny. Cafodd ei newid neu nid SecureDesk a&apos;i gwnaeth. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload has data after its end. Do not import it.</source>
        <translation>Mae data yn y llwyth ar ôl ei ddiwedd. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>An entry in the payload is {size:,} bytes, above the {limit:,}-byte limit for its kind. Do not import it.</source>
        <translation>Mae elfen yn y llwyth yn {size:,} beit, sy&apos;n uwch na&apos;r terfyn o {limit:,} beit ar gyfer ei math. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>An attachment&apos;s bytes do not match the SHA-256 it is named by; it was altered or damaged. Do not import it.</source>
        <translation>Nid yw beitiau atodiad yn cyfateb i&apos;r SHA-256 a ddefnyddir yn enw iddo; cafodd ei newid neu ei ddifrodi. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload&apos;s SHA256SUMS does not list exactly the entries it holds, with their hashes; the payload was altered. Do not import it.</source>
        <translation>Nid yw SHA256SUMS y llwyth yn rhestru&apos;n union yr elfennau sydd ynddo, gyda&apos;u stwnshiau; cafodd y llwyth ei newid. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>{entry} does not end with a complete line. Do not import it.</source>
        <translation>Nid yw {entry} yn gorffen â llinell gyflawn. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>{where} {problem}. The bundle was altered or not made by SecureDesk; do not import it.</source>
        <translation>{where}: {problem}. Cafodd y bwndel ei newid neu nid SecureDesk a&apos;i gwnaeth; peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The signature {member} is larger than any real signature.</source>
        <translation>Mae&apos;r llofnod {member} yn fwy nag unrhyw lofnod go iawn.</translation>
    </message>
    <message>
        <source>The signature {member} is not a minisign signature ({error}); the bundle was damaged or altered. Ask the sender for a fresh copy.</source>
        <translation>Nid yw&apos;r llofnod {member} yn llofnod minisign ({error}); cafodd y bwndel ei ddifrodi neu ei newid. Gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>The signature {member} has been altered (its comment line is not SecureDesk&apos;s). Ask the sender for a fresh copy.</source>
        <translation>Cafodd y llofnod {member} ei newid (nid llinell sylw SecureDesk yw ei linell sylw). Gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>The signature {member} has been altered (not in canonical form). Ask the sender for a fresh copy.</source>
        <translation>Cafodd y llofnod {member} ei newid (nid yw ar y ffurf ganonaidd). Gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>The signature {member} is not in minisign&apos;s pre-hashed mode, which SecureDesk bundles always use. The bundle was not made by SecureDesk or was altered.</source>
        <translation>Nid yw&apos;r llofnod {member} ym modd rhag-stwnsio minisign, a ddefnyddir bob amser gan fwndeli SecureDesk. Nid SecureDesk a wnaeth y bwndel, neu cafodd ei newid.</translation>
    </message>
    <message>
        <source>The signature {member} was made with a different key than the sender&apos;s.</source>
        <translation>Gwnaed y llofnod {member} ag allwedd wahanol i un yr anfonwr.</translation>
    </message>
    <message>
        <source>The signature over {member} does not match: the bundle was altered or damaged after it was signed. Do not import it; ask the sender for a fresh copy.</source>
        <translation>Nid yw&apos;r llofnod dros {member} yn cyfateb: cafodd y bwndel ei newid neu ei ddifrodi ar ôl ei lofnodi. Peidiwch â&apos;i fewnforio; gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>The signature over {member} belongs to another bundle or member; the bundle was assembled from parts. Do not import it.</source>
        <translation>Mae&apos;r llofnod dros {member} yn perthyn i fwndel neu elfen arall; cafodd y bwndel ei roi at ei gilydd o rannau. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>{where}: the field &apos;{field}&apos; {problem}. The bundle was altered or not made by a compatible SecureDesk; do not import it.</source>
        <translation>{where}: y maes &apos;{field}&apos;: {problem}. Cafodd y bwndel ei newid neu nid fersiwn gydnaws o SecureDesk a&apos;i gwnaeth; peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>{where} is format version {found}; this SecureDesk reads version {known}. Ask the sender which version made it.</source>
        <translation>Mae {where} yn fersiwn fformat {found}; mae&apos;r SecureDesk hwn yn darllen fersiwn {known}. Gofynnwch i&apos;r anfonwr pa fersiwn a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>The bundle is signed by a terminal that is not in the trust store (key {key_id}). An administrator must add that terminal&apos;s contact card, after checking its fingerprint with the sender, before its bundles are accepted.</source>
        <translation>Mae&apos;r bwndel wedi&apos;i lofnodi gan derfynell nad yw yn y storfa ymddiriedaeth (allwedd {key_id}). Rhaid i weinyddwr ychwanegu cerdyn cyswllt y derfynell honno, ar ôl gwirio ei hôl bys gyda&apos;r anfonwr, cyn y caiff ei bwndeli eu derbyn.</translation>
    </message>
    <message>
        <source>The envelope names a different sender than the key that signed it. Do not import it.</source>
        <translation>Mae&apos;r amlen yn enwi anfonwr gwahanol i&apos;r allwedd a&apos;i llofnododd. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The sending terminal ({fingerprint}) has been revoked in the trust store; its bundles are refused. Speak to your administrator.</source>
        <translation>Mae&apos;r derfynell anfon ({fingerprint}) wedi&apos;i dirymu yn y storfa ymddiriedaeth; caiff ei bwndeli eu gwrthod. Siaradwch â&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The trust in the sending terminal ({fingerprint}) has expired. An administrator must renew it (securedesk trust add CARD --expires DATE) after checking the fingerprint again.</source>
        <translation>Mae&apos;r ymddiriedaeth yn y derfynell anfon ({fingerprint}) wedi dod i ben. Rhaid i weinyddwr ei hadnewyddu (securedesk trust add CARD --expires DATE) ar ôl gwirio&apos;r ôl bys eto.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} expired on {expires} UTC and is no longer accepted. Ask the sender to export a new one.</source>
        <translation>Daeth bwndel {bundle_id} i ben ar {expires} UTC ac ni chaiff ei dderbyn mwyach. Gofynnwch i&apos;r anfonwr allforio un newydd.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is not an age-encrypted file; it was damaged or altered. Ask the sender for a fresh copy.</source>
        <translation>Nid yw llwyth y bwndel yn ffeil wedi&apos;i hamgryptio ag age; cafodd ei ddifrodi neu ei newid. Gofynnwch i&apos;r anfonwr am gopi newydd.</translation>
    </message>
    <message>
        <source>The payload&apos;s encryption header is longer than {limit_kib} KiB or unfinished; bundles never need that. Do not import it.</source>
        <translation>Mae pennyn amgryptio&apos;r llwyth yn hwy na {limit_kib} KiB neu heb ei orffen; nid oes angen hynny ar fwndeli byth. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload is encrypted to more recipients than the {limit} a bundle may name, or with key types SecureDesk does not use. Do not import it.</source>
        <translation>Mae&apos;r llwyth wedi&apos;i amgryptio i fwy o dderbynwyr na&apos;r {limit} y caiff bwndel eu henwi, neu gyda mathau o allweddi nad yw SecureDesk yn eu defnyddio. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload is encrypted to {found} recipient(s) but its envelope names {expected}; it was re-encrypted or altered. Do not import it.</source>
        <translation>Mae&apos;r llwyth wedi&apos;i amgryptio i {found} derbynnydd ond mae ei amlen yn enwi {expected}; cafodd ei ail-amgryptio neu ei newid. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload is not the size its signed envelope states; it was altered or truncated. Do not import it.</source>
        <translation>Nid yw&apos;r llwyth o&apos;r maint a nodir yn ei amlen wedi&apos;i llofnodi; cafodd ei newid neu ei dorri&apos;n fyr. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The payload does not match the SHA-256 in its signed envelope. Do not import it.</source>
        <translation>Nid yw&apos;r llwyth yn cyfateb i&apos;r SHA-256 yn ei amlen wedi&apos;i llofnodi. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The encrypted payload failed its integrity check while being decrypted (damaged, truncated or altered). Nothing was imported.</source>
        <translation>Methodd y llwyth wedi&apos;i amgryptio ei wiriad cywirdeb wrth gael ei ddadgryptio (wedi&apos;i ddifrodi, ei dorri&apos;n fyr neu ei newid). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>This terminal&apos;s key cannot open the payload: the bundle was encrypted for other terminals. Do not import it.</source>
        <translation>Ni all allwedd y derfynell hon agor y llwyth: cafodd y bwndel ei amgryptio ar gyfer terfynellau eraill. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The {member} inside is signed by a different terminal than the one that signed the envelope: the content was forwarded by someone else as if it came from its author. Do not import it; report it to your administrator.</source>
        <translation>Mae&apos;r {member} y tu mewn wedi&apos;i lofnodi gan derfynell wahanol i&apos;r un a lofnododd yr amlen: cafodd y cynnwys ei anfon ymlaen gan rywun arall fel pe bai wedi dod gan ei awdur. Peidiwch â&apos;i fewnforio; rhowch wybod i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The signed manifest inside does not agree with the envelope outside (bundle, sender, recipients or dates differ); it was altered. Do not import it.</source>
        <translation>Nid yw&apos;r maniffest wedi&apos;i lofnodi y tu mewn yn cytuno â&apos;r amlen y tu allan (mae&apos;r bwndel, yr anfonwr, y derbynwyr neu&apos;r dyddiadau&apos;n wahanol); cafodd ei newid. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The signed manifest inside does not name this terminal as a recipient: the content was re-addressed after the sender signed it. Do not import it.</source>
        <translation>Nid yw&apos;r maniffest wedi&apos;i lofnodi y tu mewn yn enwi&apos;r derfynell hon fel derbynnydd: cafodd y cynnwys ei ailgyfeirio ar ôl i&apos;r anfonwr ei lofnodi. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>The bundle holds more than {limit:,} records. Do not import it.</source>
        <translation>Mae&apos;r bwndel yn cynnwys mwy na {limit:,} o gofnodion. Peidiwch â&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>{where}: a record is marked above the {declared} that the signed envelope declares, so a checkpoint was misled about what the bundle holds. Do not import it; report it to your administrator.</source>
        <translation>{where}: mae cofnod wedi&apos;i farcio&apos;n uwch na&apos;r {declared} a ddatganwyd yn yr amlen wedi&apos;i llofnodi, felly cafodd man gwirio ei gamarwain ynghylch cynnwys y bwndel. Peidiwch â&apos;i fewnforio; rhowch wybod i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>{where}: the record is not bytes</source>
        <translation>{where}: nid beitiau yw&apos;r cofnod</translation>
    </message>
    <message>
        <source>{where}: the record {problem}</source>
        <translation>{where}: y cofnod: {problem}</translation>
    </message>
    <message>
        <source>{where}: the record&apos;s type is missing or not one of: {types}</source>
        <translation>{where}: mae math y cofnod ar goll neu nid yw&apos;n un o&apos;r rhain: {types}</translation>
    </message>
    <message>
        <source>{where}: {record_type} record: field &apos;{field}&apos; {problem}</source>
        <translation>{where}: cofnod {record_type}: maes &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{where}: {record} {record_id}: a record or action update with this id came earlier in the bundle. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: {record} {record_id}: daeth cofnod neu ddiweddariad gweithred gyda&apos;r id hwn yn gynharach yn y bwndel. Mae&apos;r bwndel wedi&apos;i ffurfio&apos;n anghywir; gofynnwch i&apos;r anfonwr am un newydd.</translation>
    </message>
    <message>
        <source>{where}: action {record_id}: its update {update_id} has the id of a record or action update earlier in the bundle. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: gweithred {record_id}: mae gan ei diweddariad {update_id} id cofnod neu ddiweddariad gweithred cynharach yn y bwndel. Mae&apos;r bwndel wedi&apos;i ffurfio&apos;n anghywir; gofynnwch i&apos;r anfonwr am un newydd.</translation>
    </message>
    <message>
        <source>{where}: {record} {record_id}: this vault holds {a_holder} with this id. An id names one record only, so the bundle is malformed or forged. Nothing was imported; ask the sender for a new bundle and report it.</source>
        <translation>{where}: {record} {record_id}: mae gan y gladdgell hon gofnod arall ({a_holder}) gyda&apos;r id hwn. Un cofnod yn unig y mae id yn ei enwi, felly mae&apos;r bwndel wedi&apos;i ffurfio&apos;n anghywir neu wedi&apos;i ffugio. Ni fewnforiwyd dim; gofynnwch i&apos;r anfonwr am fwndel newydd a rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>{where}: action {record_id}: its update {update_id} is held in this vault as {a_holder}. An id names one record only, so the bundle is malformed or forged. Nothing was imported; ask the sender for a new bundle and report it.</source>
        <translation>{where}: gweithred {record_id}: mae ei diweddariad {update_id} eisoes yn y gladdgell hon fel cofnod arall ({a_holder}). Un cofnod yn unig y mae id yn ei enwi, felly mae&apos;r bwndel wedi&apos;i ffurfio&apos;n anghywir neu wedi&apos;i ffugio. Ni fewnforiwyd dim; gofynnwch i&apos;r anfonwr am fwndel newydd a rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>{where}: {record} {record_id} clashes with what this vault holds and cannot be stored. Nothing was imported; ask the sender for a new bundle and report it.</source>
        <translation>{where}: mae {record} {record_id} yn gwrthdaro â&apos;r hyn sydd yn y gladdgell hon ac ni ellir ei gadw. Ni fewnforiwyd dim; gofynnwch i&apos;r anfonwr am fwndel newydd a rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>{where}: {a_record} marked {marking} is above this terminal&apos;s ceiling of {ceiling}. The bundle was refused; nothing was imported.</source>
        <translation>{where}: mae {a_record} â&apos;r marc {marking} yn uwch nag uchafswm y derfynell hon, sef {ceiling}. Gwrthodwyd y bwndel; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}&apos; refers to {a_record} that is neither earlier in the bundle nor in this vault. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: mae&apos;r maes &apos;{field}&apos; yn cyfeirio at gofnod ({a_record}) nad yw&apos;n gynharach yn y bwndel nac yn y gladdgell hon. Mae&apos;r bwndel wedi&apos;i ffurfio&apos;n anghywir; gofynnwch i&apos;r anfonwr am un newydd.</translation>
    </message>
    <message>
        <source>{where}: field &apos;supersedes&apos; refers to an item of another case. The bundle is malformed; ask the sender for a new one.</source>
        <translation>{where}: mae&apos;r maes &apos;supersedes&apos; yn cyfeirio at eitem mewn achos arall. Mae&apos;r bwndel wedi&apos;i ffurfio&apos;n anghywir; gofynnwch i&apos;r anfonwr am un newydd.</translation>
    </message>
    <message>
        <source>{where}: these attachment bytes arrived twice.</source>
        <translation>{where}: cyrhaeddodd beitiau&apos;r atodiad hwn ddwywaith.</translation>
    </message>
    <message>
        <source>{where}: no attachment record earlier in the bundle has this SHA-256.</source>
        <translation>{where}: nid oes gan unrhyw gofnod atodiad cynharach yn y bwndel y SHA-256 hwn.</translation>
    </message>
    <message>
        <source>{where}: the attachment is {size} bytes; its record says {expected}.</source>
        <translation>{where}: mae&apos;r atodiad yn {size} beit; mae ei gofnod yn dweud {expected}.</translation>
    </message>
    <message>
        <source>{where}: the attachment&apos;s content is not the {media_type} its record says.</source>
        <translation>{where}: nid yw cynnwys yr atodiad o&apos;r math {media_type} y mae ei gofnod yn ei nodi.</translation>
    </message>
    <message>
        <source>{where}: this attachment&apos;s bytes came before its record.</source>
        <translation>{where}: daeth beitiau&apos;r atodiad hwn cyn ei gofnod.</translation>
    </message>
    <message>
        <source>{where}: two attachment records with the same SHA-256 give different sizes.</source>
        <translation>{where}: mae dau gofnod atodiad gyda&apos;r un SHA-256 yn rhoi meintiau gwahanol.</translation>
    </message>
    <message>
        <source>The bytes of {count} attachment(s) named in the records never arrived. The bundle is incomplete; ask the sender for a new one.</source>
        <translation>Ni chyrhaeddodd beitiau {count} atodiad a enwir yn y cofnodion. Mae&apos;r bwndel yn anghyflawn; gofynnwch i&apos;r anfonwr am un newydd.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} is addressed to other terminals, not this one. Do not import it; return it to the transfer officer.</source>
        <translation>Mae bwndel {bundle_id} wedi&apos;i gyfeirio at derfynellau eraill, nid at yr un hon. Peidiwch â&apos;i fewnforio; dychwelwch ef i&apos;r swyddog trosglwyddo.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} holds {marking} material; this terminal holds nothing above {ceiling}. It was not opened.</source>
        <translation>Mae bwndel {bundle_id} yn cynnwys deunydd {marking}; nid yw&apos;r derfynell hon yn cadw dim uwchlaw {ceiling}. Ni chafodd ei agor.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} is number {sequence} from {sender}, but number {older} has already been imported: it may be an old bundle replayed. If the sender confirms it is wanted, import it again with --accept-older.</source>
        <translation>Bwndel {bundle_id} yw rhif {sequence} oddi wrth {sender}, ond mae rhif {older} eisoes wedi&apos;i fewnforio: gall fod yn hen fwndel sy&apos;n cael ei ailchwarae. Os yw&apos;r anfonwr yn cadarnhau bod ei angen, mewnforiwch ef eto gyda --accept-older.</translation>
    </message>
    <message>
        <source>The bundle file changed since it was previewed. Preview it again before importing.</source>
        <translation>Mae&apos;r ffeil bwndel wedi newid ers ei rhagweld. Rhagwelwch hi eto cyn mewnforio.</translation>
    </message>
    <message>
        <source>Name at least one recipient (--to FINGERPRINT from &apos;trust list&apos;).</source>
        <translation>Enwch o leiaf un derbynnydd (--to FINGERPRINT o &apos;trust list&apos;).</translation>
    </message>
    <message>
        <source>A bundle goes to at most {limit} recipients.</source>
        <translation>Mae bwndel yn mynd i {limit} derbynnydd ar y mwyaf.</translation>
    </message>
    <message>
        <source>This terminal cannot send a bundle to itself.</source>
        <translation>Ni all y derfynell hon anfon bwndel ati hi ei hun.</translation>
    </message>
    <message>
        <source>The recipient {recipient} ({fingerprint}) is expired in the trust store; nothing is sent to it. An administrator can renew a current contact card.</source>
        <translation>Mae&apos;r derbynnydd {recipient} ({fingerprint}) wedi dod i ben yn y storfa ymddiriedaeth; ni chaiff dim ei anfon ato. Gall gweinyddwr ei adnewyddu o gerdyn cyswllt cyfredol.</translation>
    </message>
    <message>
        <source>The recipient {recipient} ({fingerprint}) is revoked in the trust store; nothing is sent to it. An administrator can renew a current contact card.</source>
        <translation>Mae&apos;r derbynnydd {recipient} ({fingerprint}) wedi&apos;i ddirymu yn y storfa ymddiriedaeth; ni chaiff dim ei anfon ato. Gall gweinyddwr ei adnewyddu o gerdyn cyswllt cyfredol.</translation>
    </message>
    <message>
        <source>A bundle expires after 1 to {limit} days.</source>
        <translation>Mae bwndel yn dod i ben ar ôl rhwng 1 a {limit} diwrnod.</translation>
    </message>
    <message>
        <source>Choose at least one case (--case REF).</source>
        <translation>Dewiswch o leiaf un achos (--case REF).</translation>
    </message>
    <message>
        <source>A bundle holds at most {limit:,} cases; split the export.</source>
        <translation>Mae bwndel yn cynnwys {limit:,} achos ar y mwyaf; rhannwch yr allforio.</translation>
    </message>
    <message>
        <source>Case {ref} is {marking}; {recipient} ({fingerprint}) accepts at most {ceiling}. Nothing was written; leave the case out or choose another recipient.</source>
        <translation>Mae achos {ref} yn {marking}; mae {recipient} ({fingerprint}) yn derbyn {ceiling} ar y mwyaf. Ni ysgrifennwyd dim; gadewch yr achos allan neu dewiswch dderbynnydd arall.</translation>
    </message>
    <message>
        <source>The bundle could not be moved into place ({os_error}); nothing was sent. Check the media and try again.</source>
        <translation>Nid oedd modd symud y bwndel i&apos;w le ({os_error}); ni anfonwyd dim. Gwiriwch y cyfrwng a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Case {ref} has {count} item(s) whose handling caveats keep them from these recipients, and strict mode sends no case with a gap. Nothing was written; leave the case out, or export without --strict to send it with the gap stated.</source>
        <translation>Mae gan achos {ref} {count} eitem y mae eu cafeatau trin yn eu cadw rhag y derbynwyr hyn, ac nid yw&apos;r modd caeth yn anfon unrhyw achos â bwlch. Ni ysgrifennwyd dim; gadewch yr achos allan, neu allforiwch heb --strict i&apos;w anfon gyda&apos;r bwlch wedi&apos;i nodi.</translation>
    </message>
    <message>
        <source>This terminal&apos;s policy does not allow handling caveats to be overridden (caveat_overrides is off). Nothing was written; item {item_id} stays withheld.</source>
        <translation>Nid yw polisi&apos;r derfynell hon yn caniatáu diystyru cafeatau trin (mae caveat_overrides i ffwrdd). Ni ysgrifennwyd dim; mae eitem {item_id} yn dal wedi&apos;i hatal.</translation>
    </message>
    <message>
        <source>Item {item_id} carries a handling caveat this terminal does not know, which no override can release. Nothing was written; ask its originator to restate it.</source>
        <translation>Mae eitem {item_id} yn dwyn cafeat trin nad yw&apos;r derfynell hon yn ei adnabod, ac ni all unrhyw ddiystyru ei ryddhau. Ni ysgrifennwyd dim; gofynnwch i&apos;w tharddiad ei ailddatgan.</translation>
    </message>
    <message>
        <source>An override of item {item_id}&apos;s handling caveats needs a justification (who consented, or why the caveat does not apply). Nothing was written.</source>
        <translation>Mae diystyru cafeatau trin eitem {item_id} yn gofyn am gyfiawnhad (pwy a gydsyniodd, neu pam nad yw&apos;r cafeat yn berthnasol). Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Item {item_id} is not an item that its caveats keep out of this bundle, so there is nothing to override. Nothing was written; check the item id.</source>
        <translation>Nid yw eitem {item_id} yn eitem y mae ei chafeatau yn ei chadw allan o&apos;r bwndel hwn, felly nid oes dim i&apos;w ddiystyru. Ni ysgrifennwyd dim; gwiriwch ddynodydd yr eitem.</translation>
    </message>
    <message>
        <source>Give one --justification for each --override-caveat, or one for them all ({overrides} override(s), {justifications} justification(s) given). Nothing was written.</source>
        <translation>Rhowch un --justification ar gyfer pob --override-caveat, neu un ar gyfer pob un ({overrides} diystyriad, {justifications} cyfiawnhad wedi&apos;u rhoi). Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Item {item_id} corrects item {superseded}, which stays withheld; a correction cannot travel without what it corrects. Nothing was written; override both or neither.</source>
        <translation>Mae eitem {item_id} yn cywiro eitem {superseded}, sy&apos;n dal wedi&apos;i hatal; ni all cywiriad deithio heb yr hyn y mae&apos;n ei gywiro. Ni ysgrifennwyd dim; diystyrwch y ddwy neu&apos;r un ohonynt.</translation>
    </message>
    <message>
        <source>{path} already exists; SecureDesk never overwrites a file.</source>
        <translation>Mae {path} eisoes yn bodoli; nid yw SecureDesk byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>No bundle {bundle_id} has been imported here, so there is nothing to acknowledge. &apos;securedesk bundle import&apos; first.</source>
        <translation>Nid oes bwndel {bundle_id} wedi&apos;i fewnforio yma, felly nid oes dim i&apos;w gydnabod. Rhedwch &apos;securedesk bundle import&apos; yn gyntaf.</translation>
    </message>
    <message>
        <source>The sender {sender} is no longer trusted here; no receipt can be sent to it.</source>
        <translation>Nid oes ymddiriedaeth yn yr anfonwr {sender} yma mwyach; ni ellir anfon derbynneb ato.</translation>
    </message>
    <message>
        <source>The receipt bundle holds no receipt.</source>
        <translation>Nid oes derbynneb yn y bwndel derbynneb.</translation>
    </message>
    <message>
        <source>{where} does not have the receipt&apos;s fields.</source>
        <translation>Nid oes gan {where} feysydd y dderbynneb.</translation>
    </message>
    <message>
        <source>The receipt acknowledges a bundle this terminal did not send to that terminal.</source>
        <translation>Mae&apos;r dderbynneb yn cydnabod bwndel nad anfonodd y derfynell hon at y derfynell honno.</translation>
    </message>
    <message>
        <source>The receipt names a different bundle content than the one sent; it was not made for this transfer.</source>
        <translation>Mae&apos;r dderbynneb yn enwi cynnwys bwndel gwahanol i&apos;r un a anfonwyd; ni chafodd ei gwneud ar gyfer y trosglwyddiad hwn.</translation>
    </message>
    <message>
        <source>{where}: the counts are not numbers.</source>
        <translation>{where}: nid rhifau yw&apos;r cyfrifon.</translation>
    </message>
    <message>
        <source>A receipt from that terminal is already recorded for it.</source>
        <translation>Mae derbynneb gan y derfynell honno eisoes wedi&apos;i chofnodi ar ei gyfer.</translation>
    </message>
    <message>
        <source>{where}: the audit checkpoint it carries is not in the checkpoint format.</source>
        <translation>{where}: nid yw&apos;r pwynt gwirio archwilio y mae&apos;n ei gario yn fformat pwynt gwirio.</translation>
    </message>
    <message>
        <source>{where}: the audit checkpoint it carries is not signed by the sending terminal.</source>
        <translation>{where}: nid yw&apos;r pwynt gwirio archwilio y mae&apos;n ei gario wedi&apos;i lofnodi gan y derfynell a&apos;i hanfonodd.</translation>
    </message>
    <message>
        <source>No receipt from the terminal {fingerprint} has carried an audit checkpoint.</source>
        <translation>Nid oes unrhyw dderbynneb gan y derfynell {fingerprint} wedi cario pwynt gwirio archwilio.</translation>
    </message>
    <message>
        <source>The contact card {problem}. Ask the partner for a fresh card.</source>
        <translation>Mae problem gyda&apos;r cerdyn cyswllt: {problem}. Gofynnwch i&apos;r partner am gerdyn newydd.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a terminal fingerprint: a fingerprint is {digits} digits, as shown by &apos;securedesk trust list&apos; or &apos;securedesk keys show&apos;.</source>
        <translation>Nid yw &apos;{text}&apos; yn ôl bys terfynell: mae ôl bys yn {digits} digid, fel y&apos;i dangosir gan &apos;securedesk trust list&apos; neu &apos;securedesk keys show&apos;.</translation>
    </message>
    <message>
        <source>The terminal name must be 1 to {limit} characters with no line breaks or control characters.</source>
        <translation>Rhaid i enw&apos;r derfynell fod rhwng 1 a {limit} nod heb doriadau llinell na nodau rheoli.</translation>
    </message>
    <message>
        <source>The organisation must be 1 to {limit} characters with no line breaks or control characters.</source>
        <translation>Rhaid i enw&apos;r sefydliad fod rhwng 1 a {limit} nod heb doriadau llinell na nodau rheoli.</translation>
    </message>
    <message>
        <source>{path} already exists; a secret key is never written over another file. Choose a new file name.</source>
        <translation>Mae {path} eisoes yn bodoli; nid yw allwedd gyfrinachol byth yn cael ei hysgrifennu dros ffeil arall. Dewiswch enw ffeil newydd.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {os_error}.</source>
        <translation>Ni ellir ysgrifennu {path}: {os_error}.</translation>
    </message>
    <message>
        <source>The expiry {expires} is not in the future; give a date after today (--expires YYYY-MM-DD).</source>
        <translation>Nid yw&apos;r dyddiad dod i ben {expires} yn y dyfodol; rhowch ddyddiad ar ôl heddiw (--expires YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The expiry {expires} is more than {years} years ahead; trust a partner until {latest} at the latest and renew it with a fresh card.</source>
        <translation>Mae&apos;r dyddiad dod i ben {expires} yn fwy na {years} blynedd ymlaen; ymddiriedwch mewn partner tan {latest} fan bellaf a&apos;i adnewyddu gyda cherdyn newydd.</translation>
    </message>
    <message>
        <source>The card says its terminal accepts nothing above {card_ceiling}; a ceiling of {ceiling} cannot be set for it.</source>
        <translation>Mae&apos;r cerdyn yn dweud nad yw ei derfynell yn derbyn dim uwchlaw {card_ceiling}; ni ellir gosod uchafswm o {ceiling} ar ei chyfer.</translation>
    </message>
    <message>
        <source>That is this terminal&apos;s own contact card; add the card of a partner terminal instead.</source>
        <translation>Cerdyn cyswllt y derfynell hon ei hun yw hwnnw; ychwanegwch gerdyn terfynell partner yn lle hynny.</translation>
    </message>
    <message>
        <source>The terminal with fingerprint {fingerprint} was revoked on {revoked_on} by {revoked_by}; revoked keys are never trusted again. Ask the partner to make new keys and send a new card.</source>
        <translation>Cafodd y derfynell ag ôl bys {fingerprint} ei dirymu ar {revoked_on} gan {revoked_by}; ni chaiff allweddi sydd wedi&apos;u dirymu byth eu hymddiried eto. Gofynnwch i&apos;r partner wneud allweddi newydd ac anfon cerdyn newydd.</translation>
    </message>
    <message>
        <source>The card reuses a key of another entry in the trust store ({other}); a key belongs to one terminal only. Ask the partner for a card with new keys.</source>
        <translation>Mae&apos;r cerdyn yn ailddefnyddio allwedd sy&apos;n perthyn i gofnod arall yn y storfa ymddiriedaeth ({other}); dim ond i un derfynell y mae allwedd yn perthyn. Gofynnwch i&apos;r partner am gerdyn ag allweddi newydd.</translation>
    </message>
    <message>
        <source>The terminal with fingerprint {fingerprint} was already revoked on {revoked_on}; nothing was changed.</source>
        <translation>Cafodd y derfynell ag ôl bys {fingerprint} ei dirymu eisoes ar {revoked_on}; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>No terminal with fingerprint {fingerprint} is in the trust store. &apos;securedesk trust list&apos; shows those that are; add a partner&apos;s card with &apos;securedesk trust add CARD --expires YYYY-MM-DD&apos;.</source>
        <translation>Nid oes terfynell ag ôl bys {fingerprint} yn y storfa ymddiriedaeth. Mae &apos;securedesk trust list&apos; yn dangos y rhai sydd ynddi; ychwanegwch gerdyn partner gyda &apos;securedesk trust add CARD --expires YYYY-MM-DD&apos;.</translation>
    </message>
    <message>
        <source>There is no open import conflict {conflict_id}. &apos;securedesk bundle conflicts&apos; lists them.</source>
        <translation>Nid oes gwrthdaro mewnforio agored {conflict_id}. Mae &apos;securedesk bundle conflicts&apos; yn eu rhestru.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bwndel</translation>
    </message>
    <message>
        <source>bundle file</source>
        <translation>ffeil bwndel</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>llwyth</translation>
    </message>
    <message>
        <source>payload archive</source>
        <translation>archif llwyth</translation>
    </message>
    <message>
        <source>{entry} line {line}</source>
        <translation>{entry} llinell {line}</translation>
    </message>
    <message>
        <source>it ends in the middle of an entry</source>
        <translation>mae&apos;n dod i ben yng nghanol elfen</translation>
    </message>
    <message>
        <source>an entry&apos;s checksum is not a number</source>
        <translation>nid yw swm gwirio elfen yn rhif</translation>
    </message>
    <message>
        <source>an entry&apos;s header checksum does not match</source>
        <translation>nid yw swm gwirio pennyn elfen yn cyfateb</translation>
    </message>
    <message>
        <source>an entry is not in the ustar format</source>
        <translation>nid yw elfen yn y fformat ustar</translation>
    </message>
    <message>
        <source>an entry&apos;s name is not plain ASCII</source>
        <translation>nid yw enw elfen yn ASCII plaen</translation>
    </message>
    <message>
        <source>an entry&apos;s name holds unprintable characters</source>
        <translation>mae nodau na ellir eu hargraffu yn enw elfen</translation>
    </message>
    <message>
        <source>an entry&apos;s size is not a number</source>
        <translation>nid yw maint elfen yn rhif</translation>
    </message>
    <message>
        <source>an entry&apos;s size is not written the standard way</source>
        <translation>nid yw maint elfen wedi&apos;i ysgrifennu yn y ffordd safonol</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>cyswllt caled</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>cyswllt symbolaidd</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>dyfais nodau</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>dyfais bloc</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>cyfeiriadur</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>an extended header</source>
        <translation>pennyn estynedig</translation>
    </message>
    <message>
        <source>a global extended header</source>
        <translation>pennyn estynedig byd-eang</translation>
    </message>
    <message>
        <source>a long-name extension</source>
        <translation>estyniad enw hir</translation>
    </message>
    <message>
        <source>a long-link extension</source>
        <translation>estyniad cyswllt hir</translation>
    </message>
    <message>
        <source>an entry of an unknown type</source>
        <translation>elfen o fath anhysbys</translation>
    </message>
    <message>
        <source>an entry out of its place</source>
        <translation>elfen allan o&apos;i lle</translation>
    </message>
    <message>
        <source>extra entries</source>
        <translation>elfennau ychwanegol</translation>
    </message>
    <message>
        <source>an entry a receipt never holds</source>
        <translation>elfen nad yw derbynneb byth yn ei chynnwys</translation>
    </message>
    <message>
        <source>record files out of order</source>
        <translation>ffeiliau cofnodion allan o drefn</translation>
    </message>
    <message>
        <source>more than {limit:,} record files</source>
        <translation>mwy na {limit:,} o ffeiliau cofnodion</translation>
    </message>
    <message>
        <source>more than {limit:,} attachments</source>
        <translation>mwy na {limit:,} o atodiadau</translation>
    </message>
    <message>
        <source>an entry with a name bundles never use</source>
        <translation>elfen ag enw nad yw bwndeli byth yn ei ddefnyddio</translation>
    </message>
    <message>
        <source>the same attachment twice</source>
        <translation>yr un atodiad ddwywaith</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes</source>
        <translation>mae&apos;n hwy na {limit} beit</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>nid yw&apos;n UTF-8 dilys</translation>
    </message>
    <message>
        <source>nests deeper than {max_depth} levels</source>
        <translation>mae&apos;n nythu&apos;n ddyfnach na {max_depth} lefel</translation>
    </message>
    <message>
        <source>has the same key twice in one object</source>
        <translation>mae ganddo&apos;r un allwedd ddwywaith mewn un gwrthrych</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>nid yw&apos;n JSON dilys</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>nid yw&apos;n wrthrych JSON</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mae ar goll</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>mae&apos;n wag</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>nid yw&apos;n wrthrych</translation>
    </message>
    <message>
        <source>is not expected</source>
        <translation>nid oes disgwyl iddo fod yno</translation>
    </message>
    <message>
        <source>is not a short line of text</source>
        <translation>nid yw&apos;n llinell fer o destun</translation>
    </message>
    <message>
        <source>does not have the right form</source>
        <translation>nid yw ar y ffurf gywir</translation>
    </message>
    <message>
        <source>is not a whole number from {low} to {high}</source>
        <translation>nid yw&apos;n rhif cyfan o {low} i {high}</translation>
    </message>
    <message>
        <source>is not a UTC time such as 2026-01-31T09:00:00Z</source>
        <translation>nid yw&apos;n amser UTC fel 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <source>is not a list of {low} to {high} entries</source>
        <translation>nid yw&apos;n rhestr sy&apos;n cynnwys rhwng {low} a {high} elfen</translation>
    </message>
    <message>
        <source>holds something other than objects</source>
        <translation>mae&apos;n cynnwys rhywbeth heblaw gwrthrychau</translation>
    </message>
    <message>
        <source>is not records or receipt</source>
        <translation>nid yw&apos;n records nac yn receipt</translation>
    </message>
    <message>
        <source>is not a UUID</source>
        <translation>nid yw&apos;n UUID</translation>
    </message>
    <message>
        <source>is not a protective marking</source>
        <translation>nid yw&apos;n farc diogelu</translation>
    </message>
    <message>
        <source>is not after the creation time</source>
        <translation>nid yw ar ôl yr amser creu</translation>
    </message>
    <message>
        <source>is more than {days} days after the creation time</source>
        <translation>mae&apos;n fwy na {days} diwrnod ar ôl yr amser creu</translation>
    </message>
    <message>
        <source>names a terminal twice</source>
        <translation>mae&apos;n enwi terfynell ddwywaith</translation>
    </message>
    <message>
        <source>is not {expected}</source>
        <translation>nid yw&apos;n {expected}</translation>
    </message>
    <message>
        <source>is not a list of at most {limit} case ids</source>
        <translation>nid yw&apos;n rhestr o {limit} id achos ar y mwyaf</translation>
    </message>
    <message>
        <source>holds something other than case ids</source>
        <translation>mae&apos;n cynnwys rhywbeth heblaw ids achosion</translation>
    </message>
    <message>
        <source>names a case twice</source>
        <translation>mae&apos;n enwi achos ddwywaith</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>nid yw&apos;n llinyn</translation>
    </message>
    <message>
        <source>is not {low} to {high} characters long</source>
        <translation>nid yw rhwng {low} a {high} nod o hyd</translation>
    </message>
    <message>
        <source>is not valid Unicode text</source>
        <translation>nid yw&apos;n destun Unicode dilys</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>mae&apos;n cynnwys nod NUL</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>mae&apos;n cynnwys nodau rheoli</translation>
    </message>
    <message>
        <source>is not one of: {allowed}</source>
        <translation>nid yw&apos;n un o&apos;r rhain: {allowed}</translation>
    </message>
    <message>
        <source>is not a lowercase UUID</source>
        <translation>nid yw&apos;n UUID mewn llythrennau bach</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>nid yw&apos;n ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is not a UTC time (ISO 8601 with offset)</source>
        <translation>nid yw&apos;n amser UTC (ISO 8601 gyda gwrthbwyso)</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>nid yw&apos;n rhif cyfan</translation>
    </message>
    <message>
        <source>is outside {low}..{high}</source>
        <translation>mae y tu allan i {low}..{high}</translation>
    </message>
    <message>
        <source>is not a SHA-256 (64 lowercase hexadecimal digits)</source>
        <translation>nid yw&apos;n SHA-256 (64 digid hecsadegol mewn llythrennau bach)</translation>
    </message>
    <message>
        <source>contains a path separator</source>
        <translation>mae&apos;n cynnwys gwahanydd llwybr</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;</source>
        <translation>mae&apos;n cynnwys &apos;..&apos;</translation>
    </message>
    <message>
        <source>begins with a dot or has surrounding spaces</source>
        <translation>mae&apos;n dechrau â dot neu mae bylchau o&apos;i gwmpas</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>nid yw&apos;n rhestr</translation>
    </message>
    <message>
        <source>does not hold {low} to {high} entries</source>
        <translation>nid yw&apos;n cynnwys rhwng {low} a {high} elfen</translation>
    </message>
    <message>
        <source>holds the same entry twice</source>
        <translation>mae&apos;n cynnwys yr un elfen ddwywaith</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>nid yw&apos;n un o feysydd y cofnod hwn</translation>
    </message>
    <message>
        <source>is required when the case is closed</source>
        <translation>mae ei angen pan fydd yr achos ar gau</translation>
    </message>
    <message>
        <source>does not match the name&apos;s ending</source>
        <translation>nid yw&apos;n cyfateb i derfyniad yr enw</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes, the most a card can be: this file is not a contact card</source>
        <translation>mae&apos;n fwy na {limit} beit, sef y mwyaf y gall cerdyn fod: nid cerdyn cyswllt yw&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>nid yw&apos;n destun UTF-8 (beit gwallus ar wrthbwyso {offset})</translation>
    </message>
    <message>
        <source>has Windows line ends (CR LF) on line {line}; a card uses LF only</source>
        <translation>mae ganddo derfyniadau llinell Windows (CR LF) ar linell {line}; LF yn unig a ddefnyddir mewn cerdyn</translation>
    </message>
    <message>
        <source>has a control or invisible character (U+{character}) on line {line}</source>
        <translation>mae ganddo nod rheoli neu nod anweledig (U+{character}) ar linell {line}</translation>
    </message>
    <message>
        <source>is of a version this SecureDesk does not read (&apos;{first_line}&apos;)</source>
        <translation>mae o fersiwn nad yw&apos;r SecureDesk hwn yn ei darllen (&apos;{first_line}&apos;)</translation>
    </message>
    <message>
        <source>does not start with the line &apos;{header}&apos;</source>
        <translation>nid yw&apos;n dechrau gyda&apos;r llinell &apos;{header}&apos;</translation>
    </message>
    <message>
        <source>has more than {limit} lines</source>
        <translation>mae ganddo fwy na {limit} llinell</translation>
    </message>
    <message>
        <source>has an unknown line {line} (&apos;{text}&apos;)</source>
        <translation>mae ganddo linell anhysbys, llinell {line} (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <source>has the &apos;{key}&apos; line twice</source>
        <translation>mae ganddo&apos;r llinell &apos;{key}&apos; ddwywaith</translation>
    </message>
    <message>
        <source>has &apos;{key}&apos; on line {line} where &apos;{expected}&apos; belongs</source>
        <translation>mae &apos;{key}&apos; ar linell {line} lle dylai &apos;{expected}&apos; fod</translation>
    </message>
    <message>
        <source>is incomplete: it stops at or before its &apos;{key}&apos; line (it may have been cut short when copied)</source>
        <translation>mae&apos;n anghyflawn: mae&apos;n dod i ben wrth ei linell &apos;{key}&apos; neu cyn hynny (efallai iddo gael ei dorri&apos;n fyr wrth ei gopïo)</translation>
    </message>
    <message>
        <source>is incomplete: it stops at or before its &apos;first&apos; line (it may have been cut short when copied)</source>
        <translation>mae&apos;n anghyflawn: mae&apos;n dod i ben wrth ei linell gyntaf neu cyn hynny (efallai iddo gael ei dorri&apos;n fyr wrth ei gopïo)</translation>
    </message>
    <message>
        <source>is incomplete: it stops at or before its &apos;last&apos; line (it may have been cut short when copied)</source>
        <translation>mae&apos;n anghyflawn: mae&apos;n dod i ben wrth ei linell olaf neu cyn hynny (efallai iddo gael ei dorri&apos;n fyr wrth ei gopïo)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {field_problem}</source>
        <translation>&apos;{key}&apos;: {field_problem}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is empty or has stray spaces</source>
        <translation>mae &apos;{key}&apos; yn wag neu mae bylchau crwydr ynddo</translation>
    </message>
    <message>
        <source>has an unknown ceiling (use one of {allowed})</source>
        <translation>mae ganddo uchafswm anhysbys (defnyddiwch un o {allowed})</translation>
    </message>
    <message>
        <source>has a &apos;Created&apos; date that is not YYYY-MM-DD</source>
        <translation>mae ganddo ddyddiad &apos;Created&apos; nad yw ar ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>has an age recipient that is not a valid age1... key</source>
        <translation>mae ganddo dderbynnydd age nad yw&apos;n allwedd age1... ddilys</translation>
    </message>
    <message>
        <source>has a minisign public key that is not a valid Ed25519 key</source>
        <translation>mae ganddo allwedd gyhoeddus minisign nad yw&apos;n allwedd Ed25519 ddilys</translation>
    </message>
    <message>
        <source>has a fingerprint that does not match its keys: it was altered or damaged</source>
        <translation>mae ganddo ôl bys nad yw&apos;n cyfateb i&apos;w allweddi: cafodd ei newid neu ei ddifrodi</translation>
    </message>
    <message>
        <source>has a signature that does not verify: it was altered or damaged after signing</source>
        <translation>mae ganddo lofnod nad yw&apos;n dilysu: cafodd ei newid neu ei ddifrodi ar ôl ei lofnodi</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>mae&apos;n hwy na {limit} nod</translation>
    </message>
    <message>
        <source>has spaces at its start or end</source>
        <translation>mae bylchau ar ei ddechrau neu ar ei ddiwedd</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>mae&apos;n cynnwys nod rheoli</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>person link</source>
        <translation>cysylltiad person</translation>
    </message>
    <message>
        <source>case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>item</source>
        <translation>eitem</translation>
    </message>
    <message>
        <source>chronology entry</source>
        <translation>cofnod cronoleg</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <source>action</source>
        <translation>gweithred</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>atodiad</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>a person link</source>
        <translation>cysylltiad person</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>eitem</translation>
    </message>
    <message>
        <source>a chronology entry</source>
        <translation>cofnod cronoleg</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>gweithred</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>atodiad</translation>
    </message>
    <message>
        <source>an action update</source>
        <translation>diweddariad gweithred</translation>
    </message>
    <message>
        <source>an update of another action</source>
        <translation>diweddariad gweithred arall</translation>
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
        <source>Sent by</source>
        <translation>Anfonwyd gan</translation>
    </message>
    <message>
        <source>Origin here</source>
        <translation>Tarddiad yma</translation>
    </message>
    <message>
        <source>Conflicts (why)</source>
        <translation>Gwrthdaro (pam)</translation>
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
        <translation>Yn hŷn na bwndel a fewnforiwyd eisoes oddi wrth yr anfonwr hwn (mae rhif %1 yma): gall fod yn hen fwndel wedi&apos;i ailchwarae. Cadarnhewch gyda&apos;r anfonwr cyn ei fewnforio.</translation>
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
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ac %n arall</numerusform>
            <numerusform>ac %n arall</numerusform>
            <numerusform>ac %n arall</numerusform>
            <numerusform>ac %n arall</numerusform>
            <numerusform>ac %n o rai eraill</numerusform>
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
        <translation>Nid oes dim wedi&apos;i fewnforio eto. Gwiriwch y rhagolwg, yna mewnforiwch.</translation>
    </message>
    <message>
        <source>Import bundle %1 from %2 (%3)? %4 record(s) will be created, %5 updated and %6 kept as conflicts for review. The import is recorded in the audit log.</source>
        <translation>Mewnforio bwndel %1 gan %2 (%3)? Bydd %4 cofnod yn cael eu creu, %5 yn cael eu diweddaru a %6 yn cael eu cadw fel gwrthdaro i&apos;w hadolygu. Cofnodir y mewnforio yn y log archwilio.</translation>
    </message>
    <message>
        <source>This is number %1 from the sender, but number %2 has already been imported: it may be an old bundle replayed.</source>
        <translation>Hwn yw rhif %1 oddi wrth yr anfonwr, ond mae rhif %2 wedi&apos;i fewnforio eisoes: gall fod yn hen fwndel wedi&apos;i ailchwarae.</translation>
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
        <source>&amp;About SecureDesk</source>
        <translation>&amp;Ynghylch SecureDesk</translation>
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
    <message>
        <source>yes</source>
        <translation>ydy</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nac ydy</translation>
    </message>
    <message>
        <source>the lock limit is below 1 GiB</source>
        <translation>mae&apos;r terfyn cloi yn is nag 1 GiB</translation>
    </message>
    <message>
        <source>the system refused to lock it</source>
        <translation>gwrthododd y system ei gloi</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>nid yw ar gael ar y system hon</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>ni cheisiwyd</translation>
    </message>
    <message>
        <source>SecureDesk %1</source>
        <translation>SecureDesk %1</translation>
    </message>
    <message>
        <source>Core dumps off: %1</source>
        <translation>Tomenni craidd i ffwrdd: %1</translation>
    </message>
    <message>
        <source>Other programs refused access to this one&apos;s memory: %1</source>
        <translation>Rhaglenni eraill wedi&apos;u gwrthod rhag cyrchu cof yr un hon: %1</translation>
    </message>
    <message>
        <source>Memory locked against swap: %1</source>
        <translation>Cof wedi&apos;i gloi rhag cyfnewid: %1</translation>
    </message>
    <message>
        <source>SQLCipher memory security: %1 (policy: %2)</source>
        <translation>Diogelwch cof SQLCipher: %1 (polisi: %2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ymlaen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>i ffwrdd</translation>
    </message>
    <message>
        <source>About SecureDesk</source>
        <translation>Ynghylch SecureDesk</translation>
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
        <translation>Cliriad</translation>
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
        <translation>&amp;Dosbarthu copïau…</translation>
    </message>
    <message>
        <source>Issue numbered copies to a folder</source>
        <translation>Dosbarthu copïau wedi’u rhifo i ffolder</translation>
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
        <translation>&amp;Lleoliad:</translation>
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
            <numerusform>%n achos wedi&apos;u dewis: </numerusform>
            <numerusform>%n achos wedi&apos;i ddewis: </numerusform>
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
    <message numerus="yes">
        <source>%n item(s) kept out under their handling caveats (police only, health only, not for panel, originator consent, or a caveat this terminal does not know): </source>
        <translation>
            <numerusform>%n eitem wedi&apos;u cadw allan o dan eu cafeatau trin (yr heddlu yn unig, iechyd yn unig, nid ar gyfer y panel, caniatâd y tarddwr, neu gafeat nad yw&apos;r derfynell hon yn ei adnabod): </numerusform>
            <numerusform>%n eitem wedi&apos;i chadw allan o dan ei chafeatau trin (yr heddlu yn unig, iechyd yn unig, nid ar gyfer y panel, caniatâd y tarddwr, neu gafeat nad yw&apos;r derfynell hon yn ei adnabod): </numerusform>
            <numerusform>%n eitem wedi&apos;u cadw allan o dan eu cafeatau trin (yr heddlu yn unig, iechyd yn unig, nid ar gyfer y panel, caniatâd y tarddwr, neu gafeat nad yw&apos;r derfynell hon yn ei adnabod): </numerusform>
            <numerusform>%n eitem wedi&apos;u cadw allan o dan eu cafeatau trin (yr heddlu yn unig, iechyd yn unig, nid ar gyfer y panel, caniatâd y tarddwr, neu gafeat nad yw&apos;r derfynell hon yn ei adnabod): </numerusform>
            <numerusform>%n eitem wedi&apos;u cadw allan o dan eu cafeatau trin (yr heddlu yn unig, iechyd yn unig, nid ar gyfer y panel, caniatâd y tarddwr, neu gafeat nad yw&apos;r derfynell hon yn ei adnabod): </numerusform>
        </translation>
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
    <message>
        <source>Waiting %1 s before checking the passphrase, because of earlier failed sign-in attempts with this user name…</source>
        <translation>Yn aros %1 eiliad cyn gwirio&apos;r cyfrinymadrodd, oherwydd ymdrechion mewngofnodi aflwyddiannus cynharach gyda&apos;r enw defnyddiwr hwn…</translation>
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
        <source>Another terminal&apos;s record</source>
        <translation>Cofnod terfynell arall</translation>
    </message>
    <message>
        <source>A record of this terminal</source>
        <translation>Cofnod o&apos;r derfynell hon</translation>
    </message>
    <message>
        <source>Lowers the marking</source>
        <translation>Yn gostwng y marc</translation>
    </message>
    <message>
        <source>Edited here since imported</source>
        <translation>Wedi&apos;i olygu yma ers ei fewnforio</translation>
    </message>
    <message>
        <source>Never updated in place</source>
        <translation>Byth yn cael ei ddiweddaru yn ei le</translation>
    </message>
    <message>
        <source>%1 — not this sender</source>
        <translation>%1 — nid yr anfonwr hwn</translation>
    </message>
    <message>
        <source>This sender</source>
        <translation>Yr anfonwr hwn</translation>
    </message>
    <message>
        <source>Created on this terminal — not this sender</source>
        <translation>Wedi&apos;i greu ar y derfynell hon — nid yr anfonwr hwn</translation>
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
