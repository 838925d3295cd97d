<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Change action</source>
        <translation>Newid gweithred</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Gweithred:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Perchennog y weithred</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>What happened (kept in the action&apos;s history)</source>
        <translation>Beth ddigwyddodd (caiff ei gadw yn hanes y weithred)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
</context>
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
    <message>
        <source>Language of the member&apos;s pack copies</source>
        <translation>Iaith copïau pecyn yr aelod</translation>
    </message>
    <message>
        <source>The member&apos;s copies of meeting packs are drawn in this language. Bilingual copies give Welsh first, then English; partners&apos; words stay as written.</source>
        <translation>Caiff copïau&apos;r aelod o becynnau cyfarfod eu llunio yn yr iaith hon. Mae copïau dwyieithog yn rhoi&apos;r Gymraeg yn gyntaf, yna&apos;r Saesneg; mae geiriau partneriaid yn aros fel y&apos;u hysgrifennwyd.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Bilingual: Welsh first, then English</source>
        <translation>Dwyieithog: Cymraeg yn gyntaf, yna Saesneg</translation>
    </message>
    <message>
        <source>Pack &amp;language:</source>
        <translation>&amp;Iaith y pecyn:</translation>
    </message>
</context>
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add backup recipient</source>
        <translation>Ychwanegu derbynnydd copïau wrth gefn</translation>
    </message>
    <message>
        <source>Age public key</source>
        <translation>Allwedd gyhoeddus age</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Every backup made from now on is encrypted to this key as well; whoever holds its secret half can read those backups. The label says whose key it is (a role, not a person&apos;s name).</source>
        <translation>Mae pob copi wrth gefn a wneir o hyn ymlaen yn cael ei amgryptio i&apos;r allwedd hon hefyd; gall pwy bynnag sy&apos;n dal ei hanner cyfrinachol ddarllen y copïau hynny. Mae&apos;r label yn dweud allwedd pwy ydyw (rôl, nid enw person).</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Allwedd &amp;gyhoeddus:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Ychwanegu derbynnydd</translation>
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
        <source>&amp;Users:</source>
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
        <source>Appl&amp;y policy</source>
        <translation>Cymh&amp;wyso&apos;r polisi</translation>
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
        <source>Minutes without a key press or mouse movement before the window locks.</source>
        <translation>Munudau heb wasgu bysell na symud y llygoden cyn i&apos;r ffenestr gloi.</translation>
    </message>
    <message>
        <source>The highest protective marking this vault may hold.</source>
        <translation>Y marc diogelu uchaf y caiff y gladdgell hon ei ddal.</translation>
    </message>
    <message>
        <source>The largest file that can be attached.</source>
        <translation>Y ffeil fwyaf y gladdgellir ei hatodi.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>Cloi ar ôl s&amp;egura am:</translation>
    </message>
    <message>
        <source>Classification c&amp;eiling:</source>
        <translation>Uchafswm dos&amp;barthiad:</translation>
    </message>
    <message>
        <source>Attachment li&amp;mit:</source>
        <translation>Terfyn &amp;maint atodiad:</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <source>Users and policy</source>
        <translation>Defnyddwyr a pholisi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Scroll the tabs</source>
        <translation>Sgrolio&apos;r tabiau</translation>
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
        <source>Find cases by reference or name and add them; the agenda is discussed in the order on the right. Children&apos;s cases are put first.</source>
        <translation>Canfod achosion yn ôl cyfeirnod neu enw a&apos;u hychwanegu; trafodir yr agenda yn y drefn ar y dde. Rhoddir achosion plant yn gyntaf.</translation>
    </message>
    <message>
        <source>Find cases for the agenda</source>
        <translation>Canfod achosion ar gyfer yr agenda</translation>
    </message>
    <message>
        <source>Reference or name…</source>
        <translation>Cyfeirnod neu enw…</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Achosion a ganfuwyd</translation>
    </message>
    <message>
        <source>Cases on the agenda, in order</source>
        <translation>Achosion ar yr agenda, mewn trefn</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Ychwanegu →</translation>
    </message>
    <message>
        <source>Add the chosen cases</source>
        <translation>Ychwanegu&apos;r achosion a ddewiswyd</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Tynnu oddi ar yr agenda</translation>
    </message>
    <message>
        <source>Move the case up</source>
        <translation>Symud yr achos i fyny</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i la&amp;wr</translation>
    </message>
    <message>
        <source>Move the case down</source>
        <translation>Symud yr achos i lawr</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>On the a&amp;genda:</source>
        <translation>Ar yr a&amp;genda:</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
</context>
<context>
    <name>AgreeActionDialog</name>
    <message>
        <source>Action agreed for %1</source>
        <translation>Gweithred y cytunwyd arni ar gyfer %1</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Gweithred y cytunwyd arni</translation>
    </message>
    <message>
        <source>Agency that will do it</source>
        <translation>Yr asiantaeth a fydd yn ei gwneud</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth berchen</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Perchennog y weithred</translation>
    </message>
    <message>
        <source>Who will do it (default: you)</source>
        <translation>Pwy fydd yn ei gwneud (rhagosodiad: chi)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
</context>
<context>
    <name>AssessmentReadingView</name>
    <message>
        <source>Factor</source>
        <translation>Ffactor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Scores and evidence of the latest assessment</source>
        <translation>Sgorau a thystiolaeth yr asesiad diweddaraf</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>(no evidence given)</source>
        <translation>(ni roddwyd tystiolaeth)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign case %1</source>
        <translation>Pennu achos %1</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Perchennog newydd</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>Dewiswch swyddog</translation>
    </message>
    <message>
        <source>Owned now by %1.</source>
        <translation>Yn eiddo i %1 ar hyn o bryd.</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>&amp;Perchennog newydd:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Pennu</translation>
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
    <name>AuditActions</name>
    <message>
        <source>vault created</source>
        <translation>claddgell wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>wedi mewngofnodi</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>wedi cloi</translation>
    </message>
    <message>
        <source>failed sign-ins reported</source>
        <translation>ymdrechion aflwyddiannus i fewngofnodi wedi&apos;u hadrodd</translation>
    </message>
    <message>
        <source>failed sign-ins by unknown users reported</source>
        <translation>ymdrechion aflwyddiannus i fewngofnodi gan ddefnyddwyr anhysbys wedi&apos;u hadrodd</translation>
    </message>
    <message>
        <source>sign-in failure record tampered</source>
        <translation>ymyrrwyd â&apos;r cofnod mewngofnodi aflwyddiannus</translation>
    </message>
    <message>
        <source>policy changed</source>
        <translation>polisi wedi&apos;i newid</translation>
    </message>
    <message>
        <source>vault integrity checked</source>
        <translation>cywirdeb y gladdgell wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>cyfrinymadrodd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>refused: no justification</source>
        <translation>gwrthodwyd: dim cyfiawnhad</translation>
    </message>
    <message>
        <source>refused: above clearance</source>
        <translation>gwrthodwyd: uwchlaw&apos;r cliriad</translation>
    </message>
    <message>
        <source>refused: above ceiling</source>
        <translation>gwrthodwyd: uwchlaw&apos;r uchafswm</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>defnyddiwr wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>rolau wedi&apos;u newid</translation>
    </message>
    <message>
        <source>clearance changed</source>
        <translation>cliriad wedi&apos;i newid</translation>
    </message>
    <message>
        <source>passphrase reset</source>
        <translation>cyfrinymadrodd wedi&apos;i ailosod</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>defnyddiwr wedi&apos;i analluogi</translation>
    </message>
    <message>
        <source>database key rotated</source>
        <translation>allwedd y gronfa ddata wedi&apos;i chylchdroi</translation>
    </message>
    <message>
        <source>case added</source>
        <translation>achos wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>cases searched</source>
        <translation>achosion wedi&apos;u chwilio</translation>
    </message>
    <message>
        <source>case viewed</source>
        <translation>achos wedi&apos;i weld</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>statws wedi&apos;i newid</translation>
    </message>
    <message>
        <source>item added</source>
        <translation>eitem wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>chronology entry added</source>
        <translation>cofnod cronoleg wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>action added</source>
        <translation>gweithred wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>action updated</source>
        <translation>gweithred wedi&apos;i diweddaru</translation>
    </message>
    <message>
        <source>assessment added</source>
        <translation>asesiad wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>atodiad wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>attachment viewed</source>
        <translation>atodiad wedi&apos;i weld</translation>
    </message>
    <message>
        <source>attachment saved to disk</source>
        <translation>atodiad wedi&apos;i gadw i&apos;r ddisg</translation>
    </message>
    <message>
        <source>meeting added</source>
        <translation>cyfarfod wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>meeting details changed</source>
        <translation>manylion y cyfarfod wedi&apos;u newid</translation>
    </message>
    <message>
        <source>meeting member added</source>
        <translation>aelod o&apos;r cyfarfod wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>attendance recorded</source>
        <translation>presenoldeb wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>agenda set</source>
        <translation>agenda wedi&apos;i gosod</translation>
    </message>
    <message>
        <source>agenda reordered</source>
        <translation>agenda wedi&apos;i haildrefnu</translation>
    </message>
    <message>
        <source>decision sought set</source>
        <translation>penderfyniad a geisir wedi&apos;i osod</translation>
    </message>
    <message>
        <source>meeting viewed</source>
        <translation>cyfarfod wedi&apos;i weld</translation>
    </message>
    <message>
        <source>minutes recorded</source>
        <translation>cofnodion wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>minutes amended</source>
        <translation>cofnodion wedi&apos;u diwygio</translation>
    </message>
    <message>
        <source>action agreed</source>
        <translation>gweithred wedi&apos;i chytuno</translation>
    </message>
    <message>
        <source>meeting pack previewed</source>
        <translation>rhagolwg o becyn cyfarfod wedi&apos;i weld</translation>
    </message>
    <message>
        <source>meeting pack copy issued</source>
        <translation>copi o becyn cyfarfod wedi&apos;i ddosbarthu</translation>
    </message>
    <message>
        <source>audit chain verified</source>
        <translation>cadwyn archwilio wedi&apos;i gwirio</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>log archwilio wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>audit key started</source>
        <translation>allwedd archwilio wedi&apos;i dechrau</translation>
    </message>
    <message>
        <source>audit checkpoint written</source>
        <translation>pwynt gwirio archwilio wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>terminal identity created</source>
        <translation>hunaniaeth y derfynell wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>contact card exported</source>
        <translation>cerdyn cyswllt wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>age identity exported</source>
        <translation>hunaniaeth age wedi&apos;i hallforio</translation>
    </message>
    <message>
        <source>trusted terminal added</source>
        <translation>terfynell ddibynadwy wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>trusted terminal renewed</source>
        <translation>terfynell ddibynadwy wedi&apos;i hadnewyddu</translation>
    </message>
    <message>
        <source>trusted terminal revoked</source>
        <translation>terfynell ddibynadwy wedi&apos;i dirymu</translation>
    </message>
    <message>
        <source>trust refused: own card</source>
        <translation>gwrthodwyd ymddiried: cerdyn y derfynell hon</translation>
    </message>
    <message>
        <source>trust refused: revoked</source>
        <translation>gwrthodwyd ymddiried: wedi&apos;i dirymu</translation>
    </message>
    <message>
        <source>trust refused: key reused</source>
        <translation>gwrthodwyd ymddiried: allwedd wedi&apos;i hailddefnyddio</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>bwndel wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>case exported in bundle</source>
        <translation>achos wedi&apos;i allforio mewn bwndel</translation>
    </message>
    <message>
        <source>item released under caveat override</source>
        <translation>eitem wedi&apos;i rhyddhau drwy ddiystyru cafeat</translation>
    </message>
    <message>
        <source>bundle file not written</source>
        <translation>ffeil bwndel heb ei hysgrifennu</translation>
    </message>
    <message>
        <source>receipt issued</source>
        <translation>derbynneb wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>receipt recorded</source>
        <translation>derbynneb wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>partner checkpoints written</source>
        <translation>pwyntiau gwirio partneriaid wedi&apos;u hysgrifennu</translation>
    </message>
    <message>
        <source>bundle refused</source>
        <translation>bwndel wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>bundle inspected</source>
        <translation>bwndel wedi&apos;i archwilio</translation>
    </message>
    <message>
        <source>bundle already imported</source>
        <translation>bwndel wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>bwndel wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>import conflict settled: local record kept</source>
        <translation>gwrthdaro mewnforio wedi&apos;i setlo: cadwyd y cofnod lleol</translation>
    </message>
    <message>
        <source>invented demo data added</source>
        <translation>data arddangos dychmygol wedi&apos;u hychwanegu</translation>
    </message>
    <message>
        <source>demo account ready</source>
        <translation>cyfrif arddangos yn barod</translation>
    </message>
    <message>
        <source>actions listed</source>
        <translation>gweithredoedd wedi&apos;u rhestru</translation>
    </message>
    <message>
        <source>action history viewed</source>
        <translation>hanes gweithred wedi&apos;i weld</translation>
    </message>
    <message>
        <source>minutes history viewed</source>
        <translation>hanes y cofnodion wedi&apos;i weld</translation>
    </message>
    <message>
        <source>backup recovery key written</source>
        <translation>allwedd adfer copïau wrth gefn wedi&apos;i hysgrifennu</translation>
    </message>
    <message>
        <source>backup recipient added</source>
        <translation>derbynnydd copïau wrth gefn wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>backup recipient removed</source>
        <translation>derbynnydd copïau wrth gefn wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>backup created</source>
        <translation>copi wrth gefn wedi&apos;i greu</translation>
    </message>
    <message>
        <source>backup verified</source>
        <translation>copi wrth gefn wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>retention reviews listed</source>
        <translation>adolygiadau cadw wedi&apos;u rhestru</translation>
    </message>
    <message>
        <source>case kept at retention review</source>
        <translation>achos wedi&apos;i gadw mewn adolygiad cadw</translation>
    </message>
    <message>
        <source>case destruction proposed</source>
        <translation>dinistrio achos wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>refused: own destruction proposal</source>
        <translation>gwrthodwyd: eich cynnig dinistrio eich hun</translation>
    </message>
    <message>
        <source>case destroyed</source>
        <translation>achos wedi&apos;i ddinistrio</translation>
    </message>
    <message>
        <source>freed space wiped</source>
        <translation>lle a ryddhawyd wedi&apos;i sychu</translation>
    </message>
    <message>
        <source>destruction register viewed</source>
        <translation>cofrestr dinistrio wedi&apos;i gweld</translation>
    </message>
    <message>
        <source>subject access report written</source>
        <translation>adroddiad mynediad at ddata&apos;r gwrthrych wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>case reporting categories set</source>
        <translation>categorïau adrodd yr achos wedi&apos;u gosod</translation>
    </message>
    <message>
        <source>closing outcome recorded</source>
        <translation>canlyniad cau wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>panel statistics viewed</source>
        <translation>ystadegau&apos;r panel wedi&apos;u gweld</translation>
    </message>
    <message>
        <source>panel report produced</source>
        <translation>adroddiad y panel wedi&apos;i lunio</translation>
    </message>
    <message>
        <source>people searched</source>
        <translation>pobl wedi&apos;u chwilio</translation>
    </message>
    <message>
        <source>person viewed</source>
        <translation>unigolyn wedi&apos;i weld</translation>
    </message>
    <message>
        <source>likely duplicates checked</source>
        <translation>dyblygion tebygol wedi&apos;u gwirio</translation>
    </message>
    <message>
        <source>person merged</source>
        <translation>unigolyn wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <source>case subject merged</source>
        <translation>gwrthrych achos wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <source>refused: person merge</source>
        <translation>gwrthodwyd: cyfuno unigolyn</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>achos wedi&apos;i bennu</translation>
    </message>
    <message>
        <source>refused: case assignment</source>
        <translation>gwrthodwyd: pennu achos</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>cydsyniad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>case record edited</source>
        <translation>cofnod achos wedi&apos;i olygu</translation>
    </message>
    <message>
        <source>refused: needs {permission}</source>
        <translation>gwrthodwyd: angen {permission}</translation>
    </message>
    <message>
        <source>refused: {purpose} case above clearance</source>
        <translation>gwrthodwyd: achos uwchlaw&apos;r cliriad ({purpose})</translation>
    </message>
    <message>
        <source>bundle export refused: {reason}</source>
        <translation>allforio bwndel wedi&apos;i wrthod: {reason}</translation>
    </message>
    <message>
        <source>contact card rejected: {reason}</source>
        <translation>cerdyn cyswllt wedi&apos;i wrthod: {reason}</translation>
    </message>
    <message>
        <source>meeting pack copy {status}</source>
        <translation>copi o becyn cyfarfod {status}</translation>
    </message>
    <message>
        <source>case {outcome} from bundle</source>
        <translation>achos o fwndel: {outcome}</translation>
    </message>
</context>
<context>
    <name>AuditCodes</name>
    <message>
        <source>view cases</source>
        <translation>gweld achosion</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>golygu achosion</translation>
    </message>
    <message>
        <source>print</source>
        <translation>argraffu</translation>
    </message>
    <message>
        <source>manage meetings</source>
        <translation>rheoli cyfarfodydd</translation>
    </message>
    <message>
        <source>export</source>
        <translation>allforio</translation>
    </message>
    <message>
        <source>import</source>
        <translation>mewnforio</translation>
    </message>
    <message>
        <source>administer</source>
        <translation>gweinyddu</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>archwilio</translation>
    </message>
    <message>
        <source>auditor role</source>
        <translation>rôl archwilydd</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pecyn</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>pennu</translation>
    </message>
    <message>
        <source>minutes history</source>
        <translation>hanes y cofnodion</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>wedi&apos;i ddosbarthu</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>wedi&apos;i ddinistrio</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>wedi&apos;i golli</translation>
    </message>
    <message>
        <source>create</source>
        <translation>wedi&apos;i greu</translation>
    </message>
    <message>
        <source>update</source>
        <translation>wedi&apos;i ddiweddaru</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>heb ei newid</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>gwrthdaro</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} neu {second}</translation>
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
        <source>Object</source>
        <translation>Gwrthrych</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Wedi&apos;i gofnodi fel: %1</translation>
    </message>
    <message>
        <source>Case id %s</source>
        <translation>Dynodydd achos %s</translation>
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
    <name>AuditObjects</name>
    <message>
        <source>vault</source>
        <translation>claddgell</translation>
    </message>
    <message>
        <source>user</source>
        <translation>defnyddiwr</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>polisi</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>caniatâd</translation>
    </message>
    <message>
        <source>case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>search</source>
        <translation>chwiliad</translation>
    </message>
    <message>
        <source>item</source>
        <translation>eitem</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>atodiad</translation>
    </message>
    <message>
        <source>action</source>
        <translation>gweithred</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>gweithredoedd</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <source>chronology_entry</source>
        <translation>cofnod cronoleg</translation>
    </message>
    <message>
        <source>person</source>
        <translation>unigolyn</translation>
    </message>
    <message>
        <source>person_link</source>
        <translation>cysylltiad rhwng pobl</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <source>report</source>
        <translation>adroddiad</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>cadw</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>archwilio</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>terfynell</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cerdyn</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bwndel</translation>
    </message>
    <message>
        <source>import conflict</source>
        <translation>gwrthdaro mewnforio</translation>
    </message>
    <message>
        <source>import conflicts</source>
        <translation>gwrthdrawiadau mewnforio</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copi wrth gefn</translation>
    </message>
    <message>
        <source>backup recipient</source>
        <translation>derbynnydd copi wrth gefn</translation>
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
        <translation>Gwirio yn erbyn pwynt gwiri&amp;o…</translation>
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
    <name>BackupTab</name>
    <message>
        <source>Backup overdue: the vault was due a backup on %1. Administration → Backups → Back up now…</source>
        <translation>Copi wrth gefn yn hwyr: roedd copi wrth gefn o&apos;r gladdgell i fod ar %1. Gweinyddu → Copïau wrth gefn → Gwneud copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Backup overdue: the vault was due a backup on %1. Tell an administrator.</source>
        <translation>Copi wrth gefn yn hwyr: roedd copi wrth gefn o&apos;r gladdgell i fod ar %1. Rhowch wybod i weinyddwr.</translation>
    </message>
    <message>
        <source>Backups up to date</source>
        <translation>Copïau wrth gefn yn gyfredol</translation>
    </message>
    <message>
        <source>A backup written on this disk could not be made now. %1</source>
        <translation>Ni ellid gwneud copi wrth gefn ar y ddisg hon nawr. %1</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Copïau wrth gefn o&apos;r gladdgell hon</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Copi wrth gefn diwethaf:</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Nesaf i fod:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Gwneud copi wrth gefn &amp;nawr…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Choose a new file (on removable media) and write an encrypted, signed backup of the vault to it. The window stays usable meanwhile.</source>
        <translation>Dewiswch ffeil newydd (ar gyfryngau symudadwy) ac ysgrifennu copi wrth gefn o&apos;r gladdgell iddi, wedi&apos;i amgryptio a&apos;i lofnodi. Gallwch barhau i ddefnyddio&apos;r ffenestr yn y cyfamser.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Cynnydd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Allwedd gyhoeddus</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Backup recipients</source>
        <translation>Derbynwyr copïau wrth gefn</translation>
    </message>
    <message>
        <source>Backups are encrypted to every recipient below and can be opened only with one of their secret keys. Write the organisation&apos;s recovery key once: its secret half goes to a new file (owner-only) that you move to removable media for the safe and delete from this terminal; its public half becomes a recipient. A restore on a new terminal needs that file. Anyone holding it and a backup can read every case, so keep it locked away.</source>
        <translation>Mae copïau wrth gefn yn cael eu hamgryptio i bob derbynnydd isod a dim ond ag un o&apos;u hallweddi cyfrinachol y gellir eu hagor. Ysgrifennwch allwedd adfer y sefydliad unwaith: mae ei hanner cyfrinachol yn mynd i ffeil newydd (i&apos;r perchennog yn unig) yr ydych yn ei symud i gyfryngau symudadwy ar gyfer y sêff ac yn ei dileu o&apos;r derfynell hon; mae ei hanner cyhoeddus yn dod yn dderbynnydd. Mae adfer ar derfynell newydd angen y ffeil honno. Gall unrhyw un sy&apos;n ei dal hi a chopi wrth gefn ddarllen pob achos, felly cadwch hi dan glo.</translation>
    </message>
    <message>
        <source>Write &amp;recovery key…</source>
        <translation>Ysgrifennu allwedd &amp;adfer…</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s recovery key</source>
        <translation>Ysgrifennu allwedd adfer y sefydliad</translation>
    </message>
    <message>
        <source>&amp;Add recipient…</source>
        <translation>&amp;Ychwanegu derbynnydd…</translation>
    </message>
    <message>
        <source>Add backup recipient</source>
        <translation>Ychwanegu derbynnydd copïau wrth gefn</translation>
    </message>
    <message>
        <source>Re&amp;move recipient…</source>
        <translation>&amp;Tynnu derbynnydd…</translation>
    </message>
    <message>
        <source>Remove the selected backup recipient</source>
        <translation>Tynnu&apos;r derbynnydd copïau wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>None yet: this vault has never been backed up.</source>
        <translation>Dim eto: ni wnaed copi wrth gefn o&apos;r gladdgell hon erioed.</translation>
    </message>
    <message>
        <source>%1 (%2 made in all)</source>
        <translation>%1 (%2 wedi&apos;u gwneud i gyd)</translation>
    </message>
    <message>
        <source>%1 (every %2 days, by policy)</source>
        <translation>%1 (bob %2 diwrnod, yn ôl y polisi)</translation>
    </message>
    <message>
        <source>OVERDUE since %1: back up now.</source>
        <translation>HWYR ers %1: gwnewch gopi wrth gefn nawr.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Copi wrth gefn diwethaf: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Nesaf i fod: %1</translation>
    </message>
    <message>
        <source>Write the recovery key first: a backup needs a recipient.</source>
        <translation>Ysgrifennwch yr allwedd adfer yn gyntaf: mae copi wrth gefn angen derbynnydd.</translation>
    </message>
    <message>
        <source>%1 is now a backup recipient.</source>
        <translation>Mae %1 bellach yn dderbynnydd copïau wrth gefn.</translation>
    </message>
    <message>
        <source>Remove backup recipient</source>
        <translation>Tynnu derbynnydd copïau wrth gefn</translation>
    </message>
    <message>
        <source>Stop encrypting new backups to %1? Backups already made stay readable with its secret key.</source>
        <translation>Peidio ag amgryptio copïau wrth gefn newydd i %1? Bydd copïau a wnaed eisoes yn dal yn ddarllenadwy gyda&apos;i allwedd gyfrinachol.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Tynnu derbynnydd</translation>
    </message>
    <message>
        <source>%1 is no longer a backup recipient.</source>
        <translation>Nid yw %1 yn dderbynnydd copïau wrth gefn mwyach.</translation>
    </message>
    <message>
        <source>Write the recovery key to a new file</source>
        <translation>Ysgrifennu&apos;r allwedd adfer i ffeil newydd</translation>
    </message>
    <message>
        <source>Recovery key (*.txt)</source>
        <translation>Allwedd adfer (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key written to %1 (owner-only). Move it to removable media for the safe and delete it from this terminal. Its public key is now a recipient.</source>
        <translation>Ysgrifennwyd yr allwedd adfer i %1 (i&apos;r perchennog yn unig). Symudwch hi i gyfryngau symudadwy ar gyfer y sêff a&apos;i dileu o&apos;r derfynell hon. Mae ei hallwedd gyhoeddus bellach yn dderbynnydd.</translation>
    </message>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>Gwneud copi wrth gefn o&apos;r gladdgell mewn ffeil newydd</translation>
    </message>
    <message>
        <source>SecureDesk backups (*.sdbackup)</source>
        <translation>Copïau wrth gefn SecureDesk (*.sdbackup)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Yn gwneud copi wrth gefn i %1…</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB, %3 recipient(s)). Store it away from this terminal.</source>
        <translation>Ysgrifennwyd y copi wrth gefn i %1 (%2 MB, %3 derbynnydd). Cadwch ef i ffwrdd o&apos;r derfynell hon.</translation>
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
        <source>The review date has passed: the case is overdue for review.</source>
        <translation>Mae&apos;r dyddiad adolygu wedi mynd heibio: mae&apos;r achos yn hwyr i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>plentyn</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 hwyr</translation>
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
        <source>Search references, subjects&apos; names and, in your own cases, the text of information items (Ctrl+F). Every word must match; the last may be the start of a word.</source>
        <translation>Chwilio cyfeirnodau, enwau gwrthrychau ac, yn eich achosion eich hun, destun eitemau gwybodaeth (Ctrl+F). Rhaid i bob gair gyfateb; gall yr olaf fod yn ddechrau gair.</translation>
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
        <source>Which cases to list. &quot;Open cases&quot; leaves out closed ones, in a search too.</source>
        <translation>Pa achosion i&apos;w rhestru. Mae &quot;Achosion agored&quot; yn gadael y rhai caeedig allan, mewn chwiliad hefyd.</translation>
    </message>
    <message>
        <source>Only cases with this protective marking (you see none above your clearance).</source>
        <translation>Dim ond achosion â&apos;r marc diogelu hwn (ni welwch ddim uwchlaw eich cliriad).</translation>
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
        <source>Chil&amp;dren only</source>
        <translation>Plan&amp;t yn unig</translation>
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
        <source>Open a new case from a referral (Ctrl+N).</source>
        <translation>Agor achos newydd o atgyfeiriad (Ctrl+N).</translation>
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
    <message>
        <source>Not applied to a search: clear the search box to use this filter.</source>
        <translation>Heb ei gymhwyso i chwiliad: cliriwch y blwch chwilio i ddefnyddio&apos;r hidl hwn.</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Consent history:</source>
        <translation>Hanes y cydsyniad:</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <source>as opened</source>
        <translation>fel y&apos;i hagorwyd</translation>
    </message>
    <message>
        <source>recorded %1 (before history was kept, or from a bundle)</source>
        <translation>cofnodwyd %1 (cyn cadw hanes, neu o fwndel)</translation>
    </message>
    <message>
        <source>recorded by %1 on %2</source>
        <translation>cofnodwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>Case %1 is now owned by %2 and has left your caseload. Close it, or open it again with a justification.</source>
        <translation>Mae achos %1 bellach yn eiddo i %2 ac mae wedi gadael eich llwyth achosion. Caewch ef, neu agorwch ef eto gyda chyfiawnhad.</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>Pe&amp;nnu…</translation>
    </message>
    <message>
        <source>Assign the case to another officer</source>
        <translation>Pennu&apos;r achos i swyddog arall</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translation>Cydsynia&amp;d…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Cofnodi cydsyniad</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Golyg&amp;u…</translation>
    </message>
    <message>
        <source>Edit review dates or the marking</source>
        <translation>Golygu dyddiadau adolygu neu&apos;r marc</translation>
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
        <source>Change stat&amp;us</source>
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
        <source>Chronolog&amp;y</source>
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
        <source>Correct selecte&amp;d…</source>
        <translation>Cywiro&apos;r &amp;eitem a ddewiswyd…</translation>
    </message>
    <message>
        <source>Correct the selected item</source>
        <translation>Cywiro&apos;r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Copy te&amp;xt</source>
        <translation>Copïo&apos;r test&amp;un</translation>
    </message>
    <message>
        <source>Copy the selected item&apos;s text</source>
        <translation>Copïo testun yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Record what an agency told you, with its grade, marking and caveats.</source>
        <translation>Cofnodi&apos;r hyn a ddywedodd asiantaeth wrthych, gyda&apos;i gradd, ei marc a&apos;i chafeatau.</translation>
    </message>
    <message>
        <source>Record a correction: the item stays in the record, marked as superseded.</source>
        <translation>Cofnodi cywiriad: mae&apos;r eitem yn aros yn y cofnod, wedi&apos;i marcio fel un a ddisodlwyd.</translation>
    </message>
    <message>
        <source>Copy the item&apos;s text; the clipboard is cleared after a short time.</source>
        <translation>Copïo testun yr eitem; caiff y clipfwrdd ei glirio ar ôl ychydig.</translation>
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
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; a&amp;ctions</source>
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
        <source>Attach a &amp;file…</source>
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
        <source>Save as… (&amp;disclosure)</source>
        <translation>Cadw f&amp;el… (datgelu)</translation>
    </message>
    <message>
        <source>Save the selected attachment to disk</source>
        <translation>Cadw&apos;r atodiad a ddewiswyd i&apos;r ddisg</translation>
    </message>
    <message>
        <source>Attachmen&amp;ts</source>
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
        <source>Acc&amp;ess log</source>
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
        <source>Sa&amp;ve assessment</source>
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
        <source>First assessment: there is nothing earlier to compare with.</source>
        <translation>Asesiad cyntaf: does dim byd cynharach i&apos;w gymharu ag ef.</translation>
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
        <source>Double-click to see this person, their links and cases</source>
        <translation>Cliciwch ddwywaith i weld yr unigolyn hwn, ei gysylltiadau a&apos;i achosion</translation>
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
    <name>ChronologyText</name>
    <message>
        <source>Assessment by %1</source>
        <translation>Asesiad gan %1</translation>
    </message>
    <message>
        <source>Action agreed: %1</source>
        <translation>Gweithred y cytunwyd arni: %1</translation>
    </message>
    <message>
        <source>Discussed at %1</source>
        <translation>Trafodwyd yn %1</translation>
    </message>
    <message>
        <source>information</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>cofnod</translation>
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
        <source>meeting</source>
        <translation>cyfarfod</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Consent for case %1</source>
        <translation>Cydsyniad ar gyfer achos %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Dyddiad y cydsyniad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Cydsyniad:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Cofnodi cydsyniad</translation>
    </message>
</context>
<context>
    <name>CopyRegister</name>
    <message>
        <source>Issued</source>
        <translation>Dosbarthwyd</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dychwelwyd</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Dinistriwyd</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Collwyd</translation>
    </message>
</context>
<context>
    <name>CopyRegisterPanel</name>
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
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Copïau a ddosbarthwyd</translation>
    </message>
    <message>
        <source>&amp;Copies issued:</source>
        <translation>&amp;Copïau a ddosbarthwyd:</translation>
    </message>
    <message>
        <source>Ret&amp;urned</source>
        <translation>D&amp;ychwelwyd</translation>
    </message>
    <message>
        <source>Record the selected copy as returned</source>
        <translation>Cofnodi bod y copi a ddewiswyd wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <source>The recipient handed the copy back.</source>
        <translation>Rhoddodd y derbynnydd y copi yn ôl.</translation>
    </message>
    <message>
        <source>Destro&amp;yed</source>
        <translation>D&amp;inistriwyd</translation>
    </message>
    <message>
        <source>Record the selected copy as destroyed</source>
        <translation>Cofnodi bod y copi a ddewiswyd wedi&apos;i ddinistrio</translation>
    </message>
    <message>
        <source>The copy was shredded or securely deleted; this is final.</source>
        <translation>Cafodd y copi ei rwygo neu ei ddileu&apos;n ddiogel; mae hyn yn derfynol.</translation>
    </message>
    <message>
        <source>Lo&amp;st</source>
        <translation>C&amp;ollwyd</translation>
    </message>
    <message>
        <source>Record the selected copy as lost</source>
        <translation>Cofnodi bod y copi a ddewiswyd wedi&apos;i golli</translation>
    </message>
    <message>
        <source>The copy cannot be found: report it as your policy for lost protectively marked material says. A lost copy that turns up can be recorded as returned.</source>
        <translation>Ni ellir dod o hyd i&apos;r copi: rhowch wybod amdano fel y dywed eich polisi ar gyfer deunydd â marc diogelu a gollwyd. Gellir cofnodi bod copi coll sy&apos;n dod i&apos;r golwg wedi&apos;i ddychwelyd.</translation>
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
    <name>DuplicateChoice</name>
    <message>
        <source>This person may already be held here (same name and date of birth, or the same identifier). Choose the person to open the case for, or choose to record a new person.</source>
        <translation>Efallai fod yr unigolyn hwn eisoes wedi&apos;i gadw yma (yr un enw a dyddiad geni, neu&apos;r un dynodydd). Dewiswch yr unigolyn i agor yr achos ar ei gyfer, neu dewiswch gofnodi unigolyn newydd.</translation>
    </message>
    <message>
        <source>People who may be the same person</source>
        <translation>Pobl a allai fod yr un unigolyn</translation>
    </message>
    <message>
        <source>born %s</source>
        <translation>ganwyd %s</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>dyddiad geni yn anhysbys</translation>
    </message>
    <message>
        <source>linked to a case</source>
        <translation>yn gysylltiedig ag achos</translation>
    </message>
    <message>
        <source>same identifier</source>
        <translation>yr un dynodydd</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>yr un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>Use %1, %2 (%3; %4)</source>
        <translation>Defnyddio %1, %2 (%3; %4)</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Cofnodi unigolyn newydd</translation>
    </message>
</context>
<context>
    <name>EditRecordDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Golygu achos %1</translation>
    </message>
    <message>
        <source>Change the &amp;next review date</source>
        <translation>Newid dyddiad yr adolygiad &amp;nesaf</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>Change the re&amp;tention review date</source>
        <translation>Newid dyddiad yr adolygiad &amp;cadw</translation>
    </message>
    <message>
        <source>Retention review date</source>
        <translation>Dyddiad yr adolygiad cadw</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Reason for the change of marking</source>
        <translation>Rheswm dros newid y marc</translation>
    </message>
    <message>
        <source>Required to change the marking</source>
        <translation>Yn ofynnol i newid y marc</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marc:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
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
        <source>The input ended (Ctrl-D) before {label} was typed; nothing was done. Run the command again and type it, or use --passphrase-file.</source>
        <translation>Daeth y mewnbwn i ben (Ctrl-D) cyn i {label} gael ei deipio; ni wnaed dim. Rhedwch y gorchymyn eto a&apos;i deipio, neu defnyddiwch --passphrase-file.</translation>
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
        <source>&apos;{typed}&apos; is too short to name a {what}: type at least {minimum} characters of its id, or the whole id. Nothing was changed.</source>
        <translation>Mae &apos;{typed}&apos; yn rhy fyr i enwi {what}: teipiwch o leiaf {minimum} nod o&apos;i ddynodydd, neu&apos;r dynodydd cyfan. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>No {what} has an id beginning &apos;{typed}&apos;. Check the id (the list commands show it). Nothing was changed.</source>
        <translation>Nid oes dynodydd {what} sy&apos;n dechrau gyda &apos;{typed}&apos;. Gwiriwch y dynodydd (mae&apos;r gorchmynion rhestru yn ei ddangos). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is the beginning of {count} ids ({what}): {candidates}. Type more characters of the id to name just one. Nothing was changed.</source>
        <translation>Mae &apos;{typed}&apos; yn ddechrau {count} dynodydd ({what}): {candidates}. Teipiwch ragor o nodau&apos;r dynodydd i enwi un yn unig. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <source>trusted terminal</source>
        <translation>terfynell ddibynadwy</translation>
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
        <source>conflict</source>
        <translation>gwrthdaro</translation>
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
    <message>
        <source>{path} already exists; a recovery key is never written over a file. Choose a new file name (on removable media for the safe).</source>
        <translation>Mae {path} yn bodoli eisoes; nid yw allwedd adfer byth yn cael ei hysgrifennu dros ffeil. Dewiswch enw ffeil newydd (ar gyfryngau symudadwy ar gyfer y sêff).</translation>
    </message>
    <message>
        <source>The recovery key could not be written to {path} ({os_error}). Nothing was recorded; choose a folder you may write to.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r allwedd adfer i {path} ({os_error}). Ni chofnodwyd dim; dewiswch ffolder y cewch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>&apos;{recipient}&apos; is not an age public key. A recipient looks like age1… (62 characters), as `age-keygen -y` prints it.</source>
        <translation>Nid yw &apos;{recipient}&apos; yn allwedd gyhoeddus age. Mae derbynnydd yn edrych fel age1… (62 nod), fel y mae `age-keygen -y` yn ei argraffu.</translation>
    </message>
    <message>
        <source>{recipient} is already a backup recipient; nothing was changed.</source>
        <translation>Mae {recipient} eisoes yn dderbynnydd copïau wrth gefn; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{recipient} is not a backup recipient; see `securedesk backup recipient list`.</source>
        <translation>Nid yw {recipient} yn dderbynnydd copïau wrth gefn; gweler `securedesk backup recipient list`.</translation>
    </message>
    <message>
        <source>{recipient} is the only backup recipient; add another before removing it, or no backup could be made.</source>
        <translation>{recipient} yw&apos;r unig dderbynnydd copïau wrth gefn; ychwanegwch un arall cyn ei dynnu, neu ni ellid gwneud copi wrth gefn.</translation>
    </message>
    <message>
        <source>A backup can have at most {limit} recipients; remove one first.</source>
        <translation>Gall copi wrth gefn fod ag uchafswm o {limit} derbynnydd; tynnwch un yn gyntaf.</translation>
    </message>
    <message>
        <source>This vault has no backup recipient, so a backup could be opened by nobody. Write the recovery key first: securedesk backup recovery-key --out FILE.</source>
        <translation>Nid oes gan y gladdgell hon dderbynnydd copïau wrth gefn, felly ni allai neb agor copi wrth gefn. Ysgrifennwch yr allwedd adfer yn gyntaf: securedesk backup recovery-key --out FILE.</translation>
    </message>
    <message>
        <source>{path} already exists; a backup never replaces a file. Choose a new file name.</source>
        <translation>Mae {path} yn bodoli eisoes; nid yw copi wrth gefn byth yn disodli ffeil. Dewiswch enw ffeil newydd.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path} ({os_error}). Check the name and the media.</source>
        <translation>Methu darllen y copi wrth gefn {path} ({os_error}). Gwiriwch yr enw a&apos;r cyfryngau.</translation>
    </message>
    <message>
        <source>{path} is not a SecureDesk backup, or it is truncated or damaged ({problem}). Nothing was created. Use another copy of the backup.</source>
        <translation>Nid yw {path} yn gopi wrth gefn SecureDesk, neu mae wedi&apos;i gwtogi neu ei ddifrodi ({problem}). Ni chrëwyd dim. Defnyddiwch gopi arall o&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>The backup {path} was altered after it was made: the signature over {member} does not match. Nothing was created. Use another copy and report this one.</source>
        <translation>Cafodd y copi wrth gefn {path} ei newid ar ôl ei wneud: nid yw&apos;r llofnod dros {member} yn cyfateb. Ni chrëwyd dim. Defnyddiwch gopi arall a rhowch wybod am hwn.</translation>
    </message>
    <message>
        <source>The backup {path} was altered or truncated: {member} is not the one its signed description names. Nothing was created. Use another copy and report this one.</source>
        <translation>Cafodd y copi wrth gefn {path} ei newid neu ei gwtogi: nid {member} yw&apos;r un y mae ei ddisgrifiad wedi&apos;i lofnodi yn ei enwi. Ni chrëwyd dim. Defnyddiwch gopi arall a rhowch wybod am hwn.</translation>
    </message>
    <message>
        <source>The backup {path} was not signed by a terminal this recovery key belongs to (signed by key {key_id}). Nothing was created. Check that it is your organisation&apos;s backup.</source>
        <translation>Ni lofnodwyd y copi wrth gefn {path} gan derfynell y mae&apos;r allwedd adfer hon yn perthyn iddi (wedi&apos;i lofnodi gan allwedd {key_id}). Ni chrëwyd dim. Gwiriwch mai copi wrth gefn eich sefydliad chi ydyw.</translation>
    </message>
    <message>
        <source>The backup {path} was not encrypted to the recovery key in {identity}. Nothing was created. Use the recovery key that was in force when the backup was made.</source>
        <translation>Ni amgryptiwyd y copi wrth gefn {path} i&apos;r allwedd adfer yn {identity}. Ni chrëwyd dim. Defnyddiwch yr allwedd adfer a oedd mewn grym pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>{identity} does not hold an age identity (a line AGE-SECRET-KEY-1…). Give the recovery key file `backup recovery-key` wrote.</source>
        <translation>Nid yw {identity} yn dal hunaniaeth age (llinell AGE-SECRET-KEY-1…). Rhowch y ffeil allwedd adfer a ysgrifennodd `backup recovery-key`.</translation>
    </message>
    <message>
        <source>The backup {path} decrypted, but what is inside is not a sound vault ({problem}). Nothing was created. Use another backup and report this one.</source>
        <translation>Cafodd y copi wrth gefn {path} ei ddadgryptio, ond nid yw&apos;r hyn sydd ynddo yn gladdgell gadarn ({problem}). Ni chrëwyd dim. Defnyddiwch gopi wrth gefn arall a rhowch wybod am hwn.</translation>
    </message>
    <message>
        <source>{path} already exists; a restore makes a new vault and never writes into an existing folder. Name a folder that does not exist yet.</source>
        <translation>Mae {path} yn bodoli eisoes; mae adfer yn gwneud claddgell newydd a byth yn ysgrifennu i ffolder sy&apos;n bodoli. Enwch ffolder nad yw&apos;n bodoli eto.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another place.</source>
        <translation>Nid yw&apos;r ffolder {folder} yn bodoli; crëwch ef neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>A restore needs --vault DIR: the new vault&apos;s folder, which must not exist yet. Nothing was created.</source>
        <translation>Mae adfer yn gofyn am --vault DIR: ffolder y gladdgell newydd, na ddylai fodoli eto. Ni chrëwyd dim.</translation>
    </message>
    <message>
        <source>The backup has no enabled administrator &apos;{user}&apos;. Give the name of an administrator recorded in the backup. Nothing was created.</source>
        <translation>Nid oes gweinyddwr galluogedig &apos;{user}&apos; yn y copi wrth gefn. Rhowch enw gweinyddwr a gofnodwyd yn y copi wrth gefn. Ni chrëwyd dim.</translation>
    </message>
    <message>
        <source>The backup was made by a newer SecureDesk (schema {found}; this one knows {known}). Install the newer version to restore it. Nothing was created.</source>
        <translation>Gwnaed y copi wrth gefn gan SecureDesk mwy newydd (sgema {found}; mae hwn yn gwybod {known}). Gosodwch y fersiwn mwy newydd i&apos;w adfer. Ni chrëwyd dim.</translation>
    </message>
    <message>
        <source>backup recipient</source>
        <translation>derbynnydd copi wrth gefn</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an action status; use one of {allowed}. Nothing was changed.</source>
        <translation>Nid yw &apos;{text}&apos; yn statws gweithred; defnyddiwch un o {allowed}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The update of action {action_id} changes nothing: give a new status, due date, owner or a note.</source>
        <translation>Nid yw&apos;r diweddariad i weithred {action_id} yn newid dim: rhowch statws, dyddiad erbyn, perchennog neu nodyn newydd.</translation>
    </message>
    <message>
        <source>Case {ref} is closed: reopen it before adding to its support plan. Nothing was changed.</source>
        <translation>Mae achos {ref} ar gau: ailagorwch ef cyn ychwanegu at ei gynllun cymorth. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The due date {due} is before the action was agreed ({agreed}); give a later date. Nothing was changed.</source>
        <translation>Mae&apos;r dyddiad erbyn {due} cyn i&apos;r weithred gael ei chytuno ({agreed}); rhowch ddyddiad diweddarach. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The date {day} is not plausible for an action; give a date between {low} and {high}. Nothing was changed.</source>
        <translation>Nid yw&apos;r dyddiad {day} yn gredadwy ar gyfer gweithred; rhowch ddyddiad rhwng {low} a {high}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as YYYY-MM-DD. Nothing was changed.</source>
        <translation>Nid yw &apos;{text}&apos; yn ddyddiad: teipiwch ef fel YYYY-MM-DD. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The minutes of case {ref} already say this: give the field you want to change (--discussion, --decision, --rationale or --dissent) with its new text.</source>
        <translation>Mae cofnodion achos {ref} yn dweud hyn eisoes: rhowch y maes rydych am ei newid (--discussion, --decision, --rationale neu --dissent) gyda&apos;i destun newydd.</translation>
    </message>
    <message>
        <source>No minutes of case {ref} are recorded for meeting {meeting_id}: record them with &apos;meeting minutes&apos; first.</source>
        <translation>Nid oes cofnodion o achos {ref} wedi&apos;u cofnodi ar gyfer cyfarfod {meeting_id}: cofnodwch nhw gyda &apos;meeting minutes&apos; yn gyntaf.</translation>
    </message>
    <message>
        <source>The date agreed</source>
        <translation>Y dyddiad y cytunwyd arno</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner, a panel chair or an administrator may reassign case {ref}. Ask one of them; nothing was changed.</source>
        <translation>Dim ond perchennog yr achos, cadeirydd panel neu weinyddwr all ailbennu achos {ref}. Gofynnwch i un ohonynt; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos; to own cases. Check the name (an administrator can list the users); nothing was changed.</source>
        <translation>Nid oes defnyddiwr &apos;{user}&apos; i fod yn berchen ar achosion. Gwiriwch yr enw (gall gweinyddwr restru&apos;r defnyddwyr); ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is disabled and cannot own cases. Choose an enabled officer; nothing was changed.</source>
        <translation>Mae&apos;r defnyddiwr &apos;{user}&apos; wedi&apos;i analluogi ac ni all fod yn berchen ar achosion. Dewiswch swyddog sydd wedi&apos;i alluogi; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; does not hold the officer role, so cannot work on the cases they would own. Choose an officer, or ask an administrator to give &apos;{user}&apos; the officer role; nothing was changed.</source>
        <translation>Nid oes gan y defnyddiwr &apos;{user}&apos; rôl swyddog, felly ni all weithio ar yr achosion a fyddai&apos;n eiddo iddo. Dewiswch swyddog, neu gofynnwch i weinyddwr roi rôl swyddog i &apos;{user}&apos;; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>User &apos;{user}&apos; is cleared to {clearance} and cannot own material marked {marking}. Choose an officer cleared to {marking}; nothing was changed.</source>
        <translation>Mae gan y defnyddiwr &apos;{user}&apos; gliriad {clearance} ac ni all fod yn berchen ar ddeunydd wedi&apos;i farcio&apos;n {marking}. Dewiswch swyddog â chliriad {marking}; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} is already owned by &apos;{user}&apos;. Nothing was changed.</source>
        <translation>Mae achos {ref} eisoes yn eiddo i &apos;{user}&apos;. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a consent status. Use one of: {allowed}. Nothing was changed.</source>
        <translation>Nid yw &apos;{text}&apos; yn statws cydsyniad. Defnyddiwch un o: {allowed}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The consent date {date} is before case {ref} was referred ({referral_date}). Check the date; nothing was changed.</source>
        <translation>Mae dyddiad y cydsyniad {date} cyn i achos {ref} gael ei atgyfeirio ({referral_date}). Gwiriwch y dyddiad; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Nothing to change: give what to change (see &apos;securedesk case edit --help&apos;). Nothing was changed.</source>
        <translation>Dim i&apos;w newid: rhowch yr hyn i&apos;w newid (gweler &apos;securedesk case edit --help&apos;). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{field} ({date}) has passed. Give today ({today}) or a later date; nothing was changed.</source>
        <translation>{field} ({date}): mae&apos;r dyddiad wedi mynd heibio. Rhowch heddiw ({today}) neu ddyddiad diweddarach; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>A reason is required to change the marking of case {ref} (--reason TEXT): it is kept in the case&apos;s history. Nothing was changed.</source>
        <translation>Mae angen rheswm i newid marc achos {ref} (--reason TEXT): caiff ei gadw yn hanes yr achos. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>A reason is recorded only with a change of marking (--marking). Nothing was changed.</source>
        <translation>Dim ond gyda newid marc (--marking) y cofnodir rheswm. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} is already marked {marking}. Nothing was changed.</source>
        <translation>Mae achos {ref} eisoes wedi&apos;i farcio&apos;n {marking}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} holds material marked {highest}, so the case cannot be marked {marking}. Nothing was changed.</source>
        <translation>Mae achos {ref} yn dal deunydd wedi&apos;i farcio&apos;n {highest}, felly ni ellir marcio&apos;r achos yn {marking}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{caveat}&apos; is not a handling caveat this vault uses. Choose from: {allowed}; or write &apos;other: REASON&apos; for one that is not listed. Nothing was recorded.</source>
        <translation>Nid yw &apos;{caveat}&apos; yn gafeat trin y mae&apos;r gladdgell hon yn ei ddefnyddio. Dewiswch o: {allowed}; neu ysgrifennwch &apos;other: REASON&apos; ar gyfer un nad yw wedi&apos;i restru. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>The caveat &apos;other&apos; needs a reason: write it as &apos;other: REASON&apos; (for example &apos;other: sub judice until the trial ends&apos;). Nothing was recorded.</source>
        <translation>Mae angen rheswm ar y cafeat &apos;other&apos;: ysgrifennwch ef fel &apos;other: REASON&apos; (er enghraifft &apos;other: sub judice nes i&apos;r treial ddod i ben&apos;). Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>The policy {key} is a list of caveats separated by semicolons (each at most 100 characters, at least one, &apos;other&apos; not among them: it is always offered). Nothing was changed.</source>
        <translation>Mae&apos;r polisi {key} yn rhestr o gafeatau wedi&apos;u gwahanu gan hanner colonau (pob un yn 100 nod ar y mwyaf, o leiaf un, heb &apos;other&apos; yn eu plith: caiff ei gynnig bob amser). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>A date of birth of {date} is more than {years} years ago (before {earliest}). Check the date; nothing was recorded.</source>
        <translation>Mae dyddiad geni o {date} fwy na {years} o flynyddoedd yn ôl (cyn {earliest}). Gwiriwch y dyddiad; ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>The consent note</source>
        <translation>Nodyn y cydsyniad</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>Dyddiad y cydsyniad</translation>
    </message>
    <message>
        <source>The reason for the change of marking</source>
        <translation>Y rheswm dros newid y marc</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>The retention review date</source>
        <translation>Dyddiad yr adolygiad cadw</translation>
    </message>
    <message>
        <source>The assessment file {path} {problem}. Nothing was recorded; see &apos;securedesk assessment add --help&apos; for the form it takes.</source>
        <translation>Y ffeil asesu {path}: {problem}. Ni chofnodwyd dim; gweler &apos;securedesk assessment add --help&apos; am y ffurf sydd ei hangen.</translation>
    </message>
    <message>
        <source>The assessment file {path} cannot be read ({os_error}). Check the path; nothing was recorded.</source>
        <translation>Ni ellir darllen y ffeil asesu {path} ({os_error}). Gwiriwch y llwybr; ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>{path} already exists and is not replaced. Give a new file name; nothing was written.</source>
        <translation>Mae {path} yn bodoli eisoes ac ni chaiff ei disodli. Rhowch enw ffeil newydd; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Person {person_id} was merged into person {kept_id}: work with {kept_id} (securedesk person show {kept_id} explains the merge). Nothing was changed.</source>
        <translation>Cyfunwyd unigolyn {person_id} ag unigolyn {kept_id}: gweithiwch gyda {kept_id} (mae securedesk person show {kept_id} yn egluro&apos;r cyfuno). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Both ids name person {person_id}: give two different people to merge.</source>
        <translation>Mae&apos;r ddau ddynodydd yn enwi unigolyn {person_id}: rhowch ddau unigolyn gwahanol i&apos;w cyfuno.</translation>
    </message>
    <message>
        <source>You may not change every case these two people appear in, so they cannot be merged by you. Ask the owners of those cases (or give --justification TEXT for cases outside your caseload). Nothing was changed.</source>
        <translation>Ni chewch newid pob achos y mae&apos;r ddau unigolyn hyn yn ymddangos ynddo, felly ni allwch chi eu cyfuno. Gofynnwch i berchnogion yr achosion hynny (neu rhowch --justification TEXT ar gyfer achosion y tu allan i&apos;ch llwyth achosion). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{count} person record(s) here look like a subject you gave (same name and date of birth, or the same identifier): {matches}. Give --person ID to open the case for a person already held, or --new-person to record a new person anyway. Nothing was recorded.</source>
        <translation>Mae {count} cofnod unigolyn yma yn edrych fel gwrthrych a roesoch (yr un enw a dyddiad geni, neu&apos;r un dynodydd): {matches}. Rhowch --person ID i agor yr achos ar gyfer unigolyn sydd eisoes wedi&apos;i gadw, neu --new-person i gofnodi unigolyn newydd beth bynnag. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>case add needs a subject: --subject NAME for a new person, or --person PERSON_ID for one already held (see &apos;securedesk --help&apos;).</source>
        <translation>Mae angen gwrthrych ar case add: --subject NAME ar gyfer unigolyn newydd, neu --person PERSON_ID ar gyfer un sydd eisoes wedi&apos;i gadw (gweler &apos;securedesk --help&apos;).</translation>
    </message>
    <message>
        <source>--new-person confirms a new subject given with --subject; none was given.</source>
        <translation>Mae --new-person yn cadarnhau gwrthrych newydd a roddwyd gyda --subject; ni roddwyd un.</translation>
    </message>
    <message>
        <source>Give at least {minimum} letters or digits to search for people.</source>
        <translation>Rhowch o leiaf {minimum} llythyren neu ddigid i chwilio am bobl.</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>mae&apos;n fwy na {limit} beit</translation>
    </message>
    <message>
        <source>has no &quot;scores&quot; object (each factor&apos;s id with its score and evidence)</source>
        <translation>nid oes ganddi wrthrych &quot;scores&quot; (dynodydd pob ffactor gyda&apos;i sgôr a&apos;i dystiolaeth)</translation>
    </message>
    <message>
        <source>has &apos;{key}&apos;, which is not part of the form (only scores and conclusion)</source>
        <translation>mae ganddi &apos;{key}&apos;, nad yw&apos;n rhan o&apos;r ffurf (dim ond scores a conclusion)</translation>
    </message>
    <message>
        <source>scores &apos;{factor}&apos;, which is not a factor of the framework {framework}; its factors are: {factors}</source>
        <translation>mae&apos;n sgorio &apos;{factor}&apos;, nad yw&apos;n ffactor yn y fframwaith {framework}; ei ffactorau yw: {factors}</translation>
    </message>
    <message>
        <source>gives factor &apos;{factor}&apos; something other than {{&quot;score&quot;: N, &quot;evidence&quot;: &quot;...&quot;}}</source>
        <translation>mae&apos;n rhoi i ffactor &apos;{factor}&apos; rywbeth heblaw {{&quot;score&quot;: N, &quot;evidence&quot;: &quot;...&quot;}}</translation>
    </message>
    <message>
        <source>gives factor &apos;{factor}&apos; a score that is not a whole number from {low} to {high}</source>
        <translation>mae&apos;n rhoi i ffactor &apos;{factor}&apos; sgôr nad yw&apos;n rhif cyfan o {low} i {high}</translation>
    </message>
    <message>
        <source>gives factor &apos;{factor}&apos; evidence that is not text of at most {limit} characters</source>
        <translation>mae&apos;n rhoi i ffactor &apos;{factor}&apos; dystiolaeth nad yw&apos;n destun o {limit} nod ar y mwyaf</translation>
    </message>
    <message>
        <source>has no &quot;conclusion&quot; text</source>
        <translation>nid oes ganddi destun &quot;conclusion&quot;</translation>
    </message>
    <message>
        <source>A score&apos;s evidence</source>
        <translation>Tystiolaeth sgôr</translation>
    </message>
    <message>
        <source>The reason for the merge</source>
        <translation>Y rheswm dros gyfuno</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a pack language; use one of {allowed} (bilingual gives Welsh first, then English). Nothing was changed.</source>
        <translation>Nid yw &apos;{text}&apos; yn iaith pecyn; defnyddiwch un o {allowed} (mae bilingual yn rhoi&apos;r Gymraeg yn gyntaf, yna&apos;r Saesneg). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not on the list of genders. Choose one of: {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; ar y rhestr rhyweddau. Dewiswch un o: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not on the list of types of concern. Choose one of: {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; ar y rhestr mathau o bryder. Dewiswch un o: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a closing outcome. Choose one of: {allowed}.</source>
        <translation>Nid yw &apos;{text}&apos; yn ganlyniad cau. Dewiswch un o: {allowed}.</translation>
    </message>
    <message>
        <source>A case is closed with its outcome. Give one of: {allowed} (--outcome with the command); the case was not changed.</source>
        <translation>Caiff achos ei gau gyda&apos;i ganlyniad. Rhowch un o: {allowed} (--outcome gyda&apos;r gorchymyn); ni newidiwyd yr achos.</translation>
    </message>
    <message>
        <source>An outcome is recorded only when a case is closed. Leave it out, or close the case; nothing was changed.</source>
        <translation>Dim ond pan gaiff achos ei gau y cofnodir canlyniad. Gadewch ef allan, neu caewch yr achos; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Give at least one of --gender and --concern; nothing was changed.</source>
        <translation>Rhowch o leiaf un o --gender a --concern; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The reporting categories file {path} cannot be used ({why}). Restore the file shipped with SecureDesk or correct it.</source>
        <translation>Ni ellir defnyddio&apos;r ffeil categorïau adrodd {path} ({why}). Adferwch y ffeil a ddaeth gyda SecureDesk neu cywirwch hi.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after it ends on {end}. Give a start on or before the end; no report was made.</source>
        <translation>Mae&apos;r cyfnod yn dechrau ar {start}, ar ôl iddo ddod i ben ar {end}. Rhowch ddechrau ar y diwedd neu cyn hynny; ni wnaed adroddiad.</translation>
    </message>
    <message>
        <source>A report is written as .pdf or .csv, and {path} is neither. Name the file with one of those endings; no report was made.</source>
        <translation>Caiff adroddiad ei ysgrifennu fel .pdf neu .csv, ac nid yw {path} yn un o&apos;r rheini. Enwch y ffeil gydag un o&apos;r terfyniadau hynny; ni wnaed adroddiad.</translation>
    </message>
    <message>
        <source>{path} already exists and is not replaced. Choose another name or move that file first; no report was made.</source>
        <translation>Mae {path} yn bodoli eisoes ac ni chaiff ei disodli. Dewiswch enw arall neu symudwch y ffeil honno yn gyntaf; ni wnaed adroddiad.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; no report was made.</source>
        <translation>Nid yw&apos;r ffolder {folder} yn bodoli. Dewiswch ffolder sy&apos;n bodoli; ni wnaed adroddiad.</translation>
    </message>
    <message>
        <source>Give the reason for this retention decision (--reason TEXT): it is kept in the destruction register or the case&apos;s review history. Nothing was changed.</source>
        <translation>Rhowch y rheswm dros y penderfyniad cadw hwn (--reason TEXT): caiff ei gadw yn y gofrestr dinistrio neu yn hanes adolygu&apos;r achos. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The reason names one of the people in case {ref}. Reasons are kept after the case is destroyed, so they may hold no personal data: say why without names (for example &apos;recorded in error&apos;). Nothing was changed.</source>
        <translation>Mae&apos;r rheswm yn enwi un o&apos;r bobl yn achos {ref}. Caiff rhesymau eu cadw ar ôl i&apos;r achos gael ei ddinistrio, felly ni chânt gynnwys data personol: dywedwch pam heb enwau (er enghraifft &apos;cofnodwyd mewn camgymeriad&apos;). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The date to keep case {ref} until ({until}) must be after today ({today}). Nothing was changed.</source>
        <translation>Rhaid i&apos;r dyddiad cadw achos {ref} tan ({until}) fod ar ôl heddiw ({today}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} may be kept for at most {years} years at one review (until {latest}); review it again then. Nothing was changed.</source>
        <translation>Gellir cadw achos {ref} am {years} mlynedd ar y mwyaf mewn un adolygiad (tan {latest}); adolygwch ef eto bryd hynny. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} is not due for a retention review (its review date is {review}). To destroy it before then, for example if it was recorded in error, use `securedesk retention propose {ref} --reason TEXT`. Nothing was changed.</source>
        <translation>Nid yw achos {ref} i&apos;w adolygu ar gyfer cadw eto (ei ddyddiad adolygu yw {review}). I&apos;w ddinistrio cyn hynny, er enghraifft os cafodd ei gofnodi mewn camgymeriad, defnyddiwch `securedesk retention propose {ref} --reason TEXT`. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} has no retention review date (it is not closed), so it is not due for review. Nothing was changed.</source>
        <translation>Nid oes gan achos {ref} ddyddiad adolygu cadw (nid yw ar gau), felly nid yw i&apos;w adolygu. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} is already proposed for destruction (by {user} on {day}). A different user holding the auditor role approves it with `securedesk retention approve {ref}`. Nothing was changed.</source>
        <translation>Mae cynnig eisoes i ddinistrio achos {ref} (gan {user} ar {day}). Mae defnyddiwr gwahanol sydd â rôl archwilydd yn ei gymeradwyo gyda `securedesk retention approve {ref}`. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Case {ref} has not been proposed for destruction. Propose it first with `securedesk retention propose {ref} --reason TEXT`; a different user holding the auditor role then approves it. Nothing was destroyed.</source>
        <translation>Nid oes cynnig i ddinistrio achos {ref}. Cynigiwch ef yn gyntaf gyda `securedesk retention propose {ref} --reason TEXT`; yna mae defnyddiwr gwahanol sydd â rôl archwilydd yn ei gymeradwyo. Ni ddinistriwyd dim.</translation>
    </message>
    <message>
        <source>You ({user}) proposed the destruction of case {ref}: a different user holding the auditor role must approve it. Nothing was destroyed.</source>
        <translation>Chi ({user}) a gynigiodd ddinistrio achos {ref}: rhaid i ddefnyddiwr gwahanol sydd â rôl archwilydd ei gymeradwyo. Ni ddinistriwyd dim.</translation>
    </message>
    <message>
        <source>This needs the auditor role, which user &apos;{user}&apos; does not hold. Ask your data protection officer. Nothing was changed.</source>
        <translation>Mae angen rôl archwilydd ar gyfer hyn, ac nid oes gan y defnyddiwr &apos;{user}&apos; y rôl honno. Gofynnwch i&apos;ch swyddog diogelu data. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The records were destroyed, but the space they used in the vault&apos;s files could not be wiped yet ({step}). Free disk space, then run `securedesk retention wipe`; until then deleted bytes may remain in the encrypted files.</source>
        <translation>Dinistriwyd y cofnodion, ond nid oedd modd sychu&apos;r lle a ddefnyddiwyd ganddynt yn ffeiliau&apos;r gladdgell eto ({step}). Rhyddhewch le ar y ddisg, yna rhedwch `securedesk retention wipe`; tan hynny gall beitiau a ddilëwyd aros yn y ffeiliau wedi&apos;u hamgryptio.</translation>
    </message>
    <message>
        <source>Destroying case {ref} rewrites the vault&apos;s file to wipe the space it used, which needs {need_mb} MB free on {folder}; {free_mb} MB are free. Free at least {short_mb} MB on {folder} (move or delete other files), then approve again. Nothing was destroyed and the vault is intact.</source>
        <translation>Mae dinistrio achos {ref} yn ailysgrifennu ffeil y gladdgell i sychu&apos;r lle yr oedd yn ei ddefnyddio, ac mae angen {need_mb} MB yn rhydd ar {folder} i wneud hynny; mae {free_mb} MB yn rhydd. Rhyddhewch o leiaf {short_mb} MB ar {folder} (symudwch neu ddileu ffeiliau eraill), yna cymeradwywch eto. Ni ddinistriwyd dim ac mae&apos;r gladdgell yn gyfan.</translation>
    </message>
    <message>
        <source>Destroying case {ref} rewrites the vault in memory to wipe the space it used, which needs about {need_mb} MB of memory; {free_mb} MB are available. Close other programs, then approve again. Nothing was destroyed and the vault is intact.</source>
        <translation>Mae dinistrio achos {ref} yn ailysgrifennu&apos;r gladdgell yn y cof i sychu&apos;r lle yr oedd yn ei ddefnyddio, ac mae angen tua {need_mb} MB o gof i wneud hynny; mae {free_mb} MB ar gael. Caewch raglenni eraill, yna cymeradwywch eto. Ni ddinistriwyd dim ac mae&apos;r gladdgell yn gyfan.</translation>
    </message>
    <message>
        <source>The records of person {person_id} include material above your clearance ({clearance}), so you cannot produce a complete report. Ask an auditor cleared higher. Nothing was written.</source>
        <translation>Mae cofnodion person {person_id} yn cynnwys deunydd uwchlaw eich cliriad ({clearance}), felly ni allwch gynhyrchu adroddiad cyflawn. Gofynnwch i archwilydd â chliriad uwch. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a report format: use pdf or json. Nothing was written.</source>
        <translation>Nid yw &apos;{format}&apos; yn fformat adroddiad: defnyddiwch pdf neu json. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another file name.</source>
        <translation>Mae {path} yn bodoli eisoes; ni ysgrifennwyd dim. Dewiswch enw ffeil arall.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Y rheswm</translation>
    </message>
    <message>
        <source>There is not enough free space on {folder}: this needs {need_mb} MB and {free_mb} MB are free. Free at least {short_mb} MB on {folder} (move or delete other files) and try again. Nothing was changed and the vault is intact.</source>
        <translation>Nid oes digon o le rhydd ar {folder}: mae angen {need_mb} MB ar hyn ac mae {free_mb} MB yn rhydd. Rhyddhewch o leiaf {short_mb} MB ar {folder} (symudwch neu ddileu ffeiliau eraill) a rhowch gynnig arall arni. Ni newidiwyd dim ac mae&apos;r gladdgell yn gyfan.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({free_mb} MB free). The step in progress was rolled back and the vault is intact. Free at least {need_mb} MB on {folder} and try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {folder} yn llawn ({free_mb} MB yn rhydd). Cafodd y cam a oedd ar waith ei ddadwneud ac mae&apos;r gladdgell yn gyfan. Rhyddhewch o leiaf {need_mb} MB ar {folder} a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{folder} cannot be written to (a read-only disk or no permission). Nothing was changed and the vault is intact. Make {folder} writable (remount the disk read-write, or ask for permission) and try again.</source>
        <translation>Nid oes modd ysgrifennu i {folder} (disg darllen-yn-unig neu dim caniatâd). Ni newidiwyd dim ac mae&apos;r gladdgell yn gyfan. Gwnewch {folder} yn ysgrifenadwy (ail-osodwch y ddisg i ddarllen-ac-ysgrifennu, neu gofynnwch am ganiatâd) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The vault&apos;s working file {file} is missing and cannot be made in {folder}. The vault is intact. Make {folder} writable and free a few MB on it, then open the vault again.</source>
        <translation>Mae ffeil waith y gladdgell {file} ar goll ac nid oes modd ei gwneud yn {folder}. Mae&apos;r gladdgell yn gyfan. Gwnewch {folder} yn ysgrifenadwy a rhyddhewch ychydig MB arni, yna agorwch y gladdgell eto.</translation>
    </message>
    <message>
        <source>The vault folder {folder} is no longer there: the removable drive holding it was probably taken out. Nothing more was written. Put the drive back and open the vault again; it is checked as it opens.</source>
        <translation>Nid yw ffolder y gladdgell {folder} yno mwyach: mae&apos;n debyg bod y gyriant symudadwy sy&apos;n ei dal wedi&apos;i dynnu allan. Ni ysgrifennwyd dim mwy. Rhowch y gyriant yn ôl ac agorwch y gladdgell eto; caiff ei gwirio wrth iddi agor.</translation>
    </message>
    <message>
        <source>Keyring reachable ({backend}) and this vault&apos;s binding secret is in it.</source>
        <translation>Mae modd cyrraedd y cylch allweddi ({backend}) ac mae cyfrinach rwymo&apos;r gell hon ynddo.</translation>
    </message>
    <message>
        <source>Keyring reachable ({backend}); there is no vault at {path} yet, so no binding secret to look for.</source>
        <translation>Mae modd cyrraedd y cylch allweddi ({backend}); nid oes cell yn {path} eto, felly nid oes cyfrinach rwymo i chwilio amdani.</translation>
    </message>
    <message>
        <source>The keyring cannot be reached ({error}): start the desktop session&apos;s Secret Service (gnome-keyring) and unlock it, then run securedesk doctor again.</source>
        <translation>Nid oes modd cyrraedd y cylch allweddi ({error}): dechreuwch Secret Service sesiwn y bwrdd gwaith (gnome-keyring) a&apos;i ddatgloi, yna rhedwch securedesk doctor eto.</translation>
    </message>
    <message>
        <source>The keyring is reachable but holds no binding secret for vault {vault_id}: this vault will not open on this terminal. Sign in as the account that made the vault, or restore the keyring from its backup.</source>
        <translation>Mae modd cyrraedd y cylch allweddi ond nid oes ganddo gyfrinach rwymo ar gyfer cell {vault_id}: ni fydd y gell hon yn agor ar y derfynell hon. Mewngofnodwch fel y cyfrif a wnaeth y gell, neu adferwch y cylch allweddi o&apos;i gopi wrth gefn.</translation>
    </message>
    <message>
        <source>This is the demo vault (invented people only), not bound to this terminal. Keep real case data in a vault made with securedesk init.</source>
        <translation>Dyma&apos;r gell arddangos (pobl ddychmygol yn unig), heb ei rhwymo i&apos;r derfynell hon. Cadwch ddata achosion go iawn mewn cell a wnaed gyda securedesk init.</translation>
    </message>
    <message>
        <source>This vault was made with --no-terminal-binding: a copy of its folder opens anywhere with a passphrase alone. For real case data make a bound vault with securedesk init and move the cases into it.</source>
        <translation>Gwnaed y gell hon gyda --no-terminal-binding: mae copi o&apos;i ffolder yn agor yn unrhyw le gydag ymadrodd cyfrin yn unig. Ar gyfer data achosion go iawn, gwnewch gell wedi&apos;i rhwymo gyda securedesk init a symud yr achosion iddi.</translation>
    </message>
    <message>
        <source>Swap is off.</source>
        <translation>Mae&apos;r cyfnewid (swap) i ffwrdd.</translation>
    </message>
    <message>
        <source>Swap is encrypted or in memory ({areas}).</source>
        <translation>Mae&apos;r cyfnewid (swap) wedi&apos;i amgryptio neu yn y cof ({areas}).</translation>
    </message>
    <message>
        <source>Swap is not encrypted ({areas}): memory may be written to disk in the clear. Turn it off (swapoff -a and remove it from /etc/fstab) or put it on dm-crypt (a random-key swap line in /etc/crypttab).</source>
        <translation>Nid yw&apos;r cyfnewid (swap) wedi&apos;i amgryptio ({areas}): gall y cof gael ei ysgrifennu i&apos;r ddisg heb ei amgryptio. Diffoddwch ef (swapoff -a a&apos;i dynnu o /etc/fstab) neu ei roi ar dm-crypt (llinell swap ag allwedd ar hap yn /etc/crypttab).</translation>
    </message>
    <message>
        <source>Whether swap is encrypted cannot be seen here ({areas}): check by hand that it is on dm-crypt, or turn it off.</source>
        <translation>Nid oes modd gweld yma a yw&apos;r cyfnewid (swap) wedi&apos;i amgryptio ({areas}): gwiriwch â llaw ei fod ar dm-crypt, neu diffoddwch ef.</translation>
    </message>
    <message>
        <source>Hibernation is off: the kernel offers no way to hibernate.</source>
        <translation>Mae gaeafgysgu i ffwrdd: nid yw&apos;r cnewyllyn yn cynnig ffordd i aeafgysgu.</translation>
    </message>
    <message>
        <source>Hibernation is off: systemd&apos;s hibernation targets are masked.</source>
        <translation>Mae gaeafgysgu i ffwrdd: mae targedau gaeafgysgu systemd wedi&apos;u cuddio (masked).</translation>
    </message>
    <message>
        <source>Hibernation is possible (resume device: {resume}), which writes all memory to disk. Run: systemctl mask {targets}; or boot with the kernel argument nohibernate.</source>
        <translation>Mae gaeafgysgu yn bosibl (dyfais ailgychwyn: {resume}), sy&apos;n ysgrifennu&apos;r cof i gyd i&apos;r ddisg. Rhedwch: systemctl mask {targets}; neu cychwynnwch gyda&apos;r ddadl cnewyllyn nohibernate.</translation>
    </message>
    <message>
        <source>Core dumps are refused and other programs cannot read this one&apos;s memory.</source>
        <translation>Gwrthodir tomenni craidd (core dumps) ac ni all rhaglenni eraill ddarllen cof y rhaglen hon.</translation>
    </message>
    <message>
        <source>Core dumps are allowed (core size limit, soft/hard: {limit}): SecureDesk sets both to 0 at start and could not. Set &apos;* hard core 0&apos; in /etc/security/limits.conf.</source>
        <translation>Caniateir tomenni craidd (core dumps) (terfyn maint craidd, meddal/caled: {limit}): mae SecureDesk yn gosod y ddau i 0 wrth ddechrau ac ni lwyddodd. Gosodwch &apos;* hard core 0&apos; yn /etc/security/limits.conf.</translation>
    </message>
    <message>
        <source>This process is still dumpable, so other programs of the same user may read its memory: the system refused prctl(PR_SET_DUMPABLE). Check the kernel&apos;s Yama and seccomp settings for this account.</source>
        <translation>Mae modd dympio&apos;r broses hon o hyd, felly gall rhaglenni eraill yr un defnyddiwr ddarllen ei chof: gwrthododd y system prctl(PR_SET_DUMPABLE). Gwiriwch osodiadau Yama a seccomp y cnewyllyn ar gyfer y cyfrif hwn.</translation>
    </message>
    <message>
        <source>fs.suid_dumpable is {suid_dumpable}, so even a non-dumpable process is dumped (core pattern: {pattern}). Set fs.suid_dumpable=0 in /etc/sysctl.d/.</source>
        <translation>Mae fs.suid_dumpable yn {suid_dumpable}, felly caiff hyd yn oed broses na ellir ei dympio ei dympio (patrwm craidd: {pattern}). Gosodwch fs.suid_dumpable=0 yn /etc/sysctl.d/.</translation>
    </message>
    <message>
        <source>Memory can be locked against swap (lock limit {limit}).</source>
        <translation>Gellir cloi&apos;r cof rhag y cyfnewid (swap) (terfyn cloi {limit}).</translation>
    </message>
    <message>
        <source>Memory cannot be locked against swap: the lock limit is {limit}. Add &apos;USER - memlock unlimited&apos; to /etc/security/limits.d/securedesk.conf and sign in again.</source>
        <translation>Ni ellir cloi&apos;r cof rhag y cyfnewid (swap): y terfyn cloi yw {limit}. Ychwanegwch &apos;USER - memlock unlimited&apos; at /etc/security/limits.d/securedesk.conf a mewngofnodi eto.</translation>
    </message>
    <message>
        <source>The vault folder is on an encrypted device ({device}, {fstype}).</source>
        <translation>Mae ffolder y gell ar ddyfais wedi&apos;i hamgryptio ({device}, {fstype}).</translation>
    </message>
    <message>
        <source>The vault folder is on a file system in memory ({fstype}): it is lost at power-off unless backed up.</source>
        <translation>Mae ffolder y gell ar system ffeiliau yn y cof ({fstype}): caiff ei cholli wrth ddiffodd oni bai bod copi wrth gefn.</translation>
    </message>
    <message>
        <source>The vault folder is on {device} ({fstype}), which is not encrypted. Install the terminal with full-disk encryption (LUKS) or move the vault onto an encrypted volume.</source>
        <translation>Mae ffolder y gell ar {device} ({fstype}), nad yw wedi&apos;i hamgryptio. Gosodwch y derfynell gydag amgryptio disg llawn (LUKS) neu symudwch y gell i gyfrol wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>Whether the vault folder&apos;s disk is encrypted cannot be seen here ({fstype} on {device}): check by hand that the terminal uses full-disk encryption.</source>
        <translation>Nid oes modd gweld yma a yw disg ffolder y gell wedi&apos;i hamgryptio ({fstype} ar {device}): gwiriwch â llaw fod y derfynell yn defnyddio amgryptio disg llawn.</translation>
    </message>
    <message>
        <source>The clock ({now}) is not earlier than the newest audit event ({newest}).</source>
        <translation>Nid yw&apos;r cloc ({now}) yn gynharach na&apos;r digwyddiad archwilio diweddaraf ({newest}).</translation>
    </message>
    <message>
        <source>The clock ({now}) is earlier than the newest audit event ({newest}): set the date and time right before working, and tell an auditor.</source>
        <translation>Mae&apos;r cloc ({now}) yn gynharach na&apos;r digwyddiad archwilio diweddaraf ({newest}): cywirwch y dyddiad a&apos;r amser cyn gweithio, a rhowch wybod i archwilydd.</translation>
    </message>
    <message>
        <source>Clock not checked: sign in with --user to check it against the audit log.</source>
        <translation>Heb wirio&apos;r cloc: mewngofnodwch gyda --user i&apos;w wirio yn erbyn y log archwilio.</translation>
    </message>
    <message>
        <source>Free space {free_mib} MiB: enough for the vault ({vault_mib} MiB) to grow and for a backup if it is written on this disk.</source>
        <translation>Lle rhydd {free_mib} MiB: digon i&apos;r gell ({vault_mib} MiB) dyfu ac i gopi wrth gefn os caiff ei ysgrifennu ar y ddisg hon.</translation>
    </message>
    <message>
        <source>Free space {free_mib} MiB is less than the {needed_mib} MiB the vault ({vault_mib} MiB) needs to grow and a backup needs if it is written on this disk: free some space on that disk, or write backups to another.</source>
        <translation>Mae&apos;r lle rhydd {free_mib} MiB yn llai na&apos;r {needed_mib} MiB sydd eu hangen i&apos;r gell ({vault_mib} MiB) dyfu ac i gopi wrth gefn os caiff ei ysgrifennu ar y ddisg hon: rhyddhewch le ar y ddisg honno, neu ysgrifennwch gopïau wrth gefn i un arall.</translation>
    </message>
    <message>
        <source>Last backup {last}; the next is due by {due} (every {days} day(s)).</source>
        <translation>Copi wrth gefn diwethaf {last}; mae&apos;r nesaf yn ddyledus erbyn {due} (bob {days} diwrnod).</translation>
    </message>
    <message>
        <source>The backup is overdue (last: {last}; due {due}, every {days} day(s)): an administrator makes one with securedesk backup create --out FILE.</source>
        <translation>Mae&apos;r copi wrth gefn yn hwyr (diwethaf: {last}; dyledus {due}, bob {days} diwrnod): mae gweinyddwr yn gwneud un gyda securedesk backup create --out FILE.</translation>
    </message>
    <message>
        <source>Backups not checked: sign in with --user to check them.</source>
        <translation>Heb wirio&apos;r copïau wrth gefn: mewngofnodwch gyda --user i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>Not checked: there is no vault at {path}.</source>
        <translation>Heb wirio: nid oes cell yn {path}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>diderfyn</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create a vault</source>
        <translation>Creu claddgell</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell…</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not be used, so the vault cannot be bound to this terminal. Unlock or start the keyring (it may need you to sign in to the desktop again) and press Finish again, or tick the box below to create the vault unbound: anyone with a copy of the vault folder and a passphrase could then open it on another computer.</source>
        <translation>Nid oedd modd defnyddio cylch allweddi&apos;r cyfrifiadur hwn, felly ni ellir rhwymo&apos;r gladdgell i&apos;r derfynell hon. Datgloi neu gychwyn y cylch allweddi (efallai y bydd angen i chi fewngofnodi i&apos;r bwrdd gwaith eto) a gwasgu Gorffen eto, neu dicio&apos;r blwch isod i greu&apos;r gladdgell heb ei rhwymo: gallai unrhyw un sydd â chopi o ffolder y gladdgell a chyfrinymadrodd ei hagor wedyn ar gyfrifiadur arall.</translation>
    </message>
    <message>
        <source>Press Finish to create the vault and sign in.</source>
        <translation>Gwasgwch Gorffen i greu&apos;r gladdgell a mewngofnodi.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>Source reliability, A to E: A always reliable, B mostly reliable, C sometimes reliable, D unreliable, E untested or cannot be judged.</source>
        <translation>Dibynadwyedd y ffynhonnell, A i E: A bob amser yn ddibynadwy, B yn ddibynadwy gan amlaf, C yn ddibynadwy weithiau, D annibynadwy, E heb ei phrofi neu ni ellir barnu.</translation>
    </message>
    <message>
        <source>Information reliability, 1 to 5: 1 known to be true without reservation, 2 known personally to the source but not to the officer, 3 not known personally to the source but corroborated, 4 cannot be judged, 5 suspected to be false.</source>
        <translation>Dibynadwyedd y wybodaeth, 1 i 5: 1 yn hysbys ei bod yn wir heb amheuaeth, 2 yn hysbys yn bersonol i&apos;r ffynhonnell ond nid i&apos;r swyddog, 3 heb fod yn hysbys yn bersonol i&apos;r ffynhonnell ond wedi&apos;i chadarnhau, 4 ni ellir barnu, 5 amheuir ei bod yn anwir.</translation>
    </message>
    <message>
        <source>A grade such as B2 is the source&apos;s reliability (letter) and the information&apos;s (figure).</source>
        <translation>Mae gradd fel B2 yn ddibynadwyedd y ffynhonnell (llythyren) a dibynadwyedd y wybodaeth (ffigur).</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>IdentifierLabels</name>
    <message>
        <source>police national computer number</source>
        <translation>rhif Cyfrifiadur Cenedlaethol yr Heddlu</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>rhif GIG</translation>
    </message>
    <message>
        <source>school reference</source>
        <translation>cyfeirnod ysgol</translation>
    </message>
    <message>
        <source>national insurance number</source>
        <translation>rhif yswiriant gwladol</translation>
    </message>
    <message>
        <source>local authority reference</source>
        <translation>cyfeirnod awdurdod lleol</translation>
    </message>
    <message>
        <source>probation reference</source>
        <translation>cyfeirnod y gwasanaeth prawf</translation>
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
        <translation>Dewis b&amp;wndel…</translation>
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
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Preview what the import would change</source>
        <translation>Rhagweld beth fyddai&apos;r mewnforio yn ei newid</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Mewn&amp;forio…</translation>
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
    <message numerus="yes">
        <source>%n incoming person(s) look like people held here (same name and date of birth, or the same identifier). After the import, open the person held and use Merge… to make one record:</source>
        <translation>
            <numerusform>Nid oes %n unigolyn sy&apos;n dod i mewn yn edrych fel pobl sydd eisoes wedi&apos;u cadw yma (yr un enw a dyddiad geni, neu&apos;r un dynodydd). Ar ôl mewnforio, agorwch yr unigolyn sydd wedi&apos;i gadw a defnyddiwch Cyfuno… i wneud un cofnod:</numerusform>
            <numerusform>Mae %n unigolyn sy&apos;n dod i mewn yn edrych fel rhywun sydd eisoes wedi&apos;i gadw yma (yr un enw a dyddiad geni, neu&apos;r un dynodydd). Ar ôl mewnforio, agorwch yr unigolyn sydd wedi&apos;i gadw a defnyddiwch Cyfuno… i wneud un cofnod:</numerusform>
            <numerusform>Mae %n unigolyn sy&apos;n dod i mewn yn edrych fel pobl sydd eisoes wedi&apos;u cadw yma (yr un enw a dyddiad geni, neu&apos;r un dynodydd). Ar ôl mewnforio, agorwch yr unigolyn sydd wedi&apos;i gadw a defnyddiwch Cyfuno… i wneud un cofnod:</numerusform>
            <numerusform>Mae %n unigolyn sy&apos;n dod i mewn yn edrych fel pobl sydd eisoes wedi&apos;u cadw yma (yr un enw a dyddiad geni, neu&apos;r un dynodydd). Ar ôl mewnforio, agorwch yr unigolyn sydd wedi&apos;i gadw a defnyddiwch Cyfuno… i wneud un cofnod:</numerusform>
            <numerusform>Mae %n unigolyn sy&apos;n dod i mewn yn edrych fel pobl sydd eisoes wedi&apos;u cadw yma (yr un enw a dyddiad geni, neu&apos;r un dynodydd). Ar ôl mewnforio, agorwch yr unigolyn sydd wedi&apos;i gadw a defnyddiwch Cyfuno… i wneud un cofnod:</numerusform>
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
        <source>New cases will be owned by %1.</source>
        <translation>Bydd yr achosion newydd yn eiddo i %1.</translation>
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
        <source>Other caveat: the reason</source>
        <translation>Cafeat arall: y rheswm</translation>
    </message>
    <message>
        <source>Another caveat: say why (optional)</source>
        <translation>Cafeat arall: dywedwch pam (dewisol)</translation>
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
        <source>&amp;Other caveat:</source>
        <translation>Cafeat &amp;arall:</translation>
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
        <source>Case %s is outside your caseload. Say why you need it; your reason is recorded in the audit log with your name, and kept there for good, even after the case is destroyed: name no one in it.</source>
        <translation>Mae achos %s y tu allan i&apos;ch llwyth achosion. Dywedwch pam mae ei angen arnoch; cofnodir eich rheswm yn y log archwilio gyda&apos;ch enw, a&apos;i gadw yno am byth, hyd yn oed ar ôl dinistrio&apos;r achos: peidiwch ag enwi neb ynddo.</translation>
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
        <translation>Anfon&amp;wyd:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>De&amp;rbyniwyd:</translation>
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
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwilio</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cadw</translation>
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
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>&amp;Find a person…</source>
        <translation>&amp;Chwilio am unigolyn…</translation>
    </message>
    <message>
        <source>Lock the window now (Ctrl+L)</source>
        <translation>Cloi&apos;r ffenestr nawr (Ctrl+L)</translation>
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
        <source>Vault: %1</source>
        <translation>Claddgell: %1</translation>
    </message>
    <message>
        <source>Bound to this terminal: %1</source>
        <translation>Wedi&apos;i rhwymo i&apos;r derfynell hon: %1</translation>
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
        <source>This terminal, as securedesk doctor checks it:</source>
        <translation>Y derfynell hon, fel y mae securedesk doctor yn ei gwirio:</translation>
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
        <source>Mee&amp;tings:</source>
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
        <translation>Cofnodir dosbarthu neu argraffu pecyn fel datgeliad, gyda phob copi yn y gofrestr copïau.</translation>
    </message>
    <message>
        <source>Only a chair can plan meetings and issue their packs.</source>
        <translation>Dim ond cadeirydd all gynllunio cyfarfodydd a chyhoeddi eu pecynnau.</translation>
    </message>
    <message>
        <source>M&amp;ove up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Progress issuing copies</source>
        <translation>Cynnydd dosbarthu copïau</translation>
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
        <source>Attende&amp;d</source>
        <translation>Yn &amp;bresennol</translation>
    </message>
    <message>
        <source>Mark the selected member as attended</source>
        <translation>Nodi bod yr aelod a ddewiswyd yn bresennol</translation>
    </message>
    <message>
        <source>Apologi&amp;es</source>
        <translation>Y&amp;mddiheuriadau</translation>
    </message>
    <message>
        <source>Mark the selected member as sending apologies</source>
        <translation>Nodi bod yr aelod a ddewiswyd wedi anfon ymddiheuriadau</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>Ag&amp;enda…</translation>
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
        <source>An action agreed for the selected case</source>
        <translation>Gweithred y cytunwyd arni ar gyfer yr achos a ddewiswyd</translation>
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
        <source>Action agreed: it is on the support plan of %1.</source>
        <translation>Cytunwyd ar y weithred: mae ar gynllun cymorth %1.</translation>
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
        <source>Add &amp;member…</source>
        <translation>Ychwanegu ae&amp;lod…</translation>
    </message>
    <message>
        <source>Min&amp;utes…</source>
        <translation>C&amp;ofnodion…</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Dim cyfarfodydd eto.</translation>
    </message>
    <message>
        <source>Move the chosen case up the agenda</source>
        <translation>Symud yr achos a ddewiswyd i fyny&apos;r agenda</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i la&amp;wr</translation>
    </message>
    <message>
        <source>Move the chosen case down the agenda</source>
        <translation>Symud yr achos a ddewiswyd i lawr yr agenda</translation>
    </message>
    <message>
        <source>Agree a&amp;ction…</source>
        <translation>Cy&amp;tuno ar weithred…</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge another record into this person</source>
        <translation>Cyfuno cofnod arall â&apos;r unigolyn hwn</translation>
    </message>
    <message>
        <source>The other record&apos;s cases and links move to this person, who also gains its names, identifiers and addresses. The other record is kept, marked as merged, so the merge can be explained. The merge is recorded in the audit log and on every case concerned.</source>
        <translation>Mae achosion a chysylltiadau&apos;r cofnod arall yn symud i&apos;r unigolyn hwn, sydd hefyd yn ennill ei enwau, ei ddynodwyr a&apos;i gyfeiriadau. Cedwir y cofnod arall, wedi&apos;i nodi fel un a gyfunwyd, fel y gellir egluro&apos;r cyfuno. Cofnodir y cyfuno yn y log archwilio ac ar bob achos dan sylw.</translation>
    </message>
    <message>
        <source>The other record&apos;s id</source>
        <translation>Dynodydd y cofnod arall</translation>
    </message>
    <message>
        <source>Its id, or the first 8 characters of it</source>
        <translation>Ei ddynodydd, neu ei 8 nod cyntaf</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Rheswm dros gyfuno</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>Needed where a case concerned is outside your caseload</source>
        <translation>Ei angen lle mae achos dan sylw y tu allan i&apos;ch llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Other record:</source>
        <translation>Y cofnod &amp;arall:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Cyfiawnhad:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes of %s</source>
        <translation>Cofnodion %s</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Hanes…</translation>
    </message>
    <message>
        <source>Minutes history</source>
        <translation>Hanes y cofnodion</translation>
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
    <name>MinutesHistoryDialog</name>
    <message>
        <source>Minutes history of %1</source>
        <translation>Hanes cofnodion %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Trafodaeth</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>Now (recorded by %1, %2)</source>
        <translation>Nawr (cofnodwyd gan %1, %2)</translation>
    </message>
    <message>
        <source>Never amended.</source>
        <translation>Heb ei ddiwygio erioed.</translation>
    </message>
    <message>
        <source>Before %1 changed %2 (%3); recorded by %4, %5</source>
        <translation>Cyn i %1 newid %2 (%3); cofnodwyd gan %4, %5</translation>
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
        <source>Choose who referred the case</source>
        <translation>Dewiswch pwy a atgyfeiriodd yr achos</translation>
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
    <message>
        <source>Choose who referred the case.</source>
        <translation>Dewiswch pwy a atgyfeiriodd yr achos.</translation>
    </message>
    <message>
        <source>Choose a person from the list, or Record a new person.</source>
        <translation>Dewiswch unigolyn o&apos;r rhestr, neu Cofnodi unigolyn newydd.</translation>
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
        <translation>Allf&amp;orio…</translation>
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
        <source>Sear&amp;ch cases:</source>
        <translation>&amp;Chwilio achosion:</translation>
    </message>
    <message>
        <source>Recipie&amp;nts:</source>
        <translation>Derbyn&amp;wyr:</translation>
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
    <name>OwnerChoice</name>
    <message>
        <source>Owner of the new cases</source>
        <translation>Perchennog yr achosion newydd</translation>
    </message>
    <message>
        <source>New cases &amp;owned by:</source>
        <translation>Achosion newydd yn &amp;eiddo i:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (chi)</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>Dewiswch swyddog</translation>
    </message>
    <message>
        <source>You cannot work on cases yourself: choose the officer who will own the new cases, or they will be yours until someone assigns them.</source>
        <translation>Ni allwch weithio ar achosion eich hun: dewiswch y swyddog a fydd yn berchen ar yr achosion newydd, neu byddant yn eiddo i chi nes i rywun eu pennu.</translation>
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
    <name>PersonSearchDialog</name>
    <message>
        <source>Find a person</source>
        <translation>Chwilio am unigolyn</translation>
    </message>
    <message>
        <source>Name, alias or identifier</source>
        <translation>Enw, enw arall neu ddynodydd</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pobl a ganfuwyd</translation>
    </message>
    <message>
        <source>merged into %s</source>
        <translation>wedi&apos;i gyfuno â %s</translation>
    </message>
    <message>
        <source>linked: %s</source>
        <translation>cysylltiedig: %s</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Person</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Linked people</source>
        <translation>Pobl gysylltiedig</translation>
    </message>
    <message>
        <source>Double-click a person to see them</source>
        <translation>Cliciwch ddwywaith ar unigolyn i&apos;w weld</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marc diogelwch</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Double-click a case to open it</source>
        <translation>Cliciwch ddwywaith ar achos i&apos;w agor</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>Why you need this person (recorded in the audit log with your name)</source>
        <translation>Pam mae angen yr unigolyn hwn arnoch (cofnodir yn y log archwilio gyda&apos;ch enw)</translation>
    </message>
    <message>
        <source>S&amp;how person</source>
        <translation>&amp;Dangos yr unigolyn</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Cyfuno…</translation>
    </message>
    <message>
        <source>Merge another record into this person</source>
        <translation>Cyfuno cofnod arall â&apos;r unigolyn hwn</translation>
    </message>
    <message>
        <source>&amp;Subject access report…</source>
        <translation>Adroddiad &amp;mynediad at ddata&apos;r gwrthrych…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>This person appears only in cases outside your caseload. Say why you need to see them; your reason is recorded in the audit log.</source>
        <translation>Dim ond mewn achosion y tu allan i&apos;ch llwyth achosion y mae&apos;r unigolyn hwn yn ymddangos. Dywedwch pam mae angen i chi ei weld; cofnodir eich rheswm yn y log archwilio.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Born: %s</source>
        <translation>Ganwyd: %s</translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation>Adwaenir hefyd fel: %s</translation>
    </message>
    <message>
        <source>Address: %s</source>
        <translation>Cyfeiriad: %s</translation>
    </message>
    <message>
        <source>Record id: %s</source>
        <translation>Dynodydd y cofnod: %s</translation>
    </message>
    <message>
        <source>Merged into %1 on %2 by %3: %4. Its cases and links now belong to that person; this record is kept to explain the merge.</source>
        <translation>Cyfunwyd â %1 ar %2 gan %3: %4. Mae ei achosion a&apos;i gysylltiadau bellach yn perthyn i&apos;r unigolyn hwnnw; cedwir y cofnod hwn i egluro&apos;r cyfuno.</translation>
    </message>
    <message>
        <source>Record %1 was merged into this one on %2 by %3: %4. Moved: %5.</source>
        <translation>Cyfunwyd cofnod %1 â&apos;r un hwn ar %2 gan %3: %4. Symudwyd: %5.</translation>
    </message>
    <message>
        <source>%s (a linked person&apos;s case)</source>
        <translation>%s (achos unigolyn cysylltiedig)</translation>
    </message>
    <message>
        <source>%s of this person</source>
        <translation>%s yr unigolyn hwn</translation>
    </message>
    <message>
        <source>this person is their %s</source>
        <translation>yr unigolyn hwn yw eu %s</translation>
    </message>
    <message>
        <source>%1 case(s), %2 link(s); gained %3 name(s), %4 identifier(s)</source>
        <translation>%1 achos, %2 cysylltiad; enillwyd %3 enw, %4 dynodydd</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i chanslo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Double-click an action to change it</source>
        <translation>Cliciwch ddwywaith ar weithred i&apos;w newid</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Gweithred newydd</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth berchen</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Perchennog y weithred</translation>
    </message>
    <message>
        <source>Owner (default: you)</source>
        <translation>Perchennog (rhagosodiad: chi)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Erbyn YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Ychwanegu g&amp;weithred</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ychwanegu gweithred</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Nodi&apos;n gy&amp;flawn</translation>
    </message>
    <message>
        <source>Mark the chosen action done</source>
        <translation>Nodi bod y weithred a ddewiswyd wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <source>Ca&amp;ncel action</source>
        <translation>Canslo&apos;r weithred (&amp;n)</translation>
    </message>
    <message>
        <source>Cancel the chosen action</source>
        <translation>Canslo&apos;r weithred a ddewiswyd</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Newi&amp;d…</translation>
    </message>
    <message>
        <source>Change the chosen action</source>
        <translation>Newid y weithred a ddewiswyd</translation>
    </message>
    <message>
        <source>%1 — OVERDUE</source>
        <translation>%1 — HWYR</translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue.</source>
        <translation>%1 heb eu cwblhau, %2 yn hwyr.</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Dewiswch weithred yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Keep until</source>
        <translation>Cadw tan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Why, without naming anyone</source>
        <translation>Pam, heb enwi neb</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Achos %1</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <source>Gender, for returns</source>
        <translation>Rhywedd, ar gyfer ffurflenni</translation>
    </message>
    <message>
        <source>Type of concern, for returns</source>
        <translation>Math o bryder, ar gyfer ffurflenni</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Rhywedd:</translation>
    </message>
    <message>
        <source>Type of c&amp;oncern:</source>
        <translation>Math o &amp;bryder:</translation>
    </message>
    <message>
        <source>Gender and type of concern not recorded</source>
        <translation>Ni chofnodwyd y rhywedd na&apos;r math o bryder</translation>
    </message>
    <message>
        <source>Case %1 was opened, but its gender and type of concern were not recorded: %2</source>
        <translation>Agorwyd achos %1, ond ni chofnodwyd ei rywedd na&apos;i fath o bryder: %2</translation>
    </message>
    <message>
        <source>Outcome at closing</source>
        <translation>Canlyniad wrth gau</translation>
    </message>
    <message>
        <source>Outcome (required to close)…</source>
        <translation>Canlyniad (yn ofynnol i gau)…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Panel statistics</source>
        <translation>Ystadegau&apos;r panel</translation>
    </message>
    <message>
        <source>Counts without names for the period, for returns and freedom-of-information answers. Counts from 1 to 4 show as “fewer than 5”; missing values count as “Not recorded”.</source>
        <translation>Cyfrifon heb enwau ar gyfer y cyfnod, ar gyfer ffurflenni ac atebion rhyddid gwybodaeth. Dangosir cyfrifon o 1 i 4 fel “llai na 5”; cyfrifir gwerthoedd coll fel “Heb ei gofnodi”.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>Count cases marked up to</source>
        <translation>Cyfrif achosion wedi&apos;u marcio hyd at</translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation>Dangos ystadegau</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Cadw fel CSV…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wrthi&apos;n cyfrif…</translation>
    </message>
    <message>
        <source>%1 to %2 · marked %3 · counts cases marked up to %4</source>
        <translation>%1 i %2 · wedi&apos;i farcio %3 · yn cyfrif achosion wedi&apos;u marcio hyd at %4</translation>
    </message>
    <message>
        <source>Save the panel report</source>
        <translation>Cadw adroddiad y panel</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Ffeil CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Cadwyd yr adroddiad yn %1.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention review</source>
        <translation>Adolygiad cadw</translation>
    </message>
    <message>
        <source>Cases past their retention review date, and cases proposed for destruction. A different auditor approves each destruction.</source>
        <translation>Achosion sydd wedi pasio eu dyddiad adolygu cadw, ac achosion y cynigiwyd eu dinistrio. Mae archwilydd gwahanol yn cymeradwyo pob dinistrio.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marc diogelwch</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Cynigiwyd gan</translation>
    </message>
    <message>
        <source>Cases for retention review</source>
        <translation>Achosion i&apos;w hadolygu ar gyfer cadw</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Cadw…</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Cynnig…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Cymeradwyo…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Destruction progress</source>
        <translation>Cynnydd y dinistrio</translation>
    </message>
    <message>
        <source>Destruction register (no personal data)</source>
        <translation>Cofrestr dinistrio (dim data personol)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Caewyd</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Dinistriwyd</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Destruction register</source>
        <translation>Cofrestr dinistrio</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Keep case</source>
        <translation>Cadw achos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Case %1 kept.</source>
        <translation>Cadwyd achos %1.</translation>
    </message>
    <message>
        <source>Propose destruction</source>
        <translation>Cynnig dinistrio</translation>
    </message>
    <message>
        <source>Destruction of %1 proposed: a different auditor approves it.</source>
        <translation>Cynigiwyd dinistrio %1: mae archwilydd gwahanol yn ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Approve destruction</source>
        <translation>Cymeradwyo dinistrio</translation>
    </message>
    <message>
        <source>Destroy case %1 and everything held only for it? This cannot be undone: its items, people in no other case, assessments, actions, attachments and minutes are removed from the vault&apos;s files. The register keeps its reference, dates, reason and counts.</source>
        <translation>Dinistrio achos %1 a phopeth a gedwir ar ei gyfer yn unig? Ni ellir dadwneud hyn: caiff ei eitemau, pobl nad ydynt mewn unrhyw achos arall, asesiadau, camau gweithredu, atodiadau a chofnodion cyfarfod eu tynnu o ffeiliau&apos;r gladdgell. Mae&apos;r gofrestr yn cadw ei gyfeirnod, dyddiadau, rheswm a chyfrifon.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Dinistrio</translation>
    </message>
    <message>
        <source>Destroying case %1 and wiping the space it used…</source>
        <translation>Wrthi&apos;n dinistrio achos %1 ac yn sychu&apos;r lle yr oedd yn ei ddefnyddio…</translation>
    </message>
    <message>
        <source>Destroyed; wiping the freed space from the vault&apos;s files…</source>
        <translation>Wedi&apos;i ddinistrio; wrthi&apos;n sychu&apos;r lle a ryddhawyd o ffeiliau&apos;r gladdgell…</translation>
    </message>
    <message>
        <source>Case %1 destroyed.</source>
        <translation>Dinistriwyd achos %1.</translation>
    </message>
    <message>
        <source>Backups made before this destruction still hold case %1 (%2 made on this vault). Under the backup retention rule, make and verify a new backup, then destroy every backup made before this destruction.</source>
        <translation>Mae copïau wrth gefn a wnaed cyn y dinistrio hwn yn dal i gynnwys achos %1 (%2 wedi&apos;u gwneud ar y gladdgell hon). O dan y rheol cadw copïau wrth gefn, gwnewch a dilyswch gopi wrth gefn newydd, yna dinistriwch bob copi wrth gefn a wnaed cyn y dinistrio hwn.</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Yn gwneud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
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
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access report</source>
        <translation>Adroddiad mynediad at ddata gan y testun</translation>
    </message>
    <message>
        <source>Everything held on this person, with what is withheld stated for the data protection officer to review. Saving it is a disclosure recorded in the audit log, and needs the auditor role.</source>
        <translation>Popeth a gedwir am y person hwn, gyda&apos;r hyn a ddaliwyd yn ôl wedi&apos;i nodi i&apos;r swyddog diogelu data ei adolygu. Mae ei gadw yn ddatgeliad a gofnodir yn y log archwilio, ac mae angen rôl archwilydd.</translation>
    </message>
    <message>
        <source>Save to file</source>
        <translation>Cadw i ffeil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>PDF (marked, page-numbered)</source>
        <translation>PDF (wedi&apos;i farcio, â rhifau tudalen)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Bilingual (Welsh first)</source>
        <translation>Dwyieithog (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>The language of the PDF&apos;s headings, labels and notices; what people wrote is printed as written.</source>
        <translation>Iaith penawdau, labeli a hysbysiadau&apos;r PDF; caiff yr hyn a ysgrifennodd pobl ei argraffu fel y&apos;i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Cadw&apos;r adroddiad</translation>
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
        <translation>S&amp;torfa ymddiriedaeth</translation>
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
        <translation>Allforio fy &amp;ngherdyn…</translation>
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
        <source>Re&amp;voke…</source>
        <translation>Di&amp;rymu…</translation>
    </message>
    <message>
        <source>Revoke the selected terminal</source>
        <translation>Dirymu&apos;r derfynell a ddewiswyd</translation>
    </message>
    <message>
        <source>Trusted ter&amp;minals:</source>
        <translation>Terfynellau di&amp;bynadwy:</translation>
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
    <name>WindowChrome</name>
    <message>
        <source>Search the case list</source>
        <translation>Chwilio&apos;r rhestr achosion</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Agor achos newydd</translation>
    </message>
    <message>
        <source>Close the case tab in front</source>
        <translation>Cau&apos;r tab achos sydd o&apos;ch blaen</translation>
    </message>
    <message>
        <source>Refresh the page in front</source>
        <translation>Adnewyddu&apos;r dudalen sydd o&apos;ch blaen</translation>
    </message>
    <message>
        <source>Print: preview the chosen member&apos;s meeting pack</source>
        <translation>Argraffu: rhagolwg o becyn cyfarfod yr aelod a ddewiswyd</translation>
    </message>
    <message>
        <source>Lock the window now</source>
        <translation>Cloi&apos;r ffenestr nawr</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Open the chosen case (in a list); sign in (at sign-in)</source>
        <translation>Agor yr achos a ddewiswyd (mewn rhestr); mewngofnodi (wrth fewngofnodi)</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>llythyren wedi&apos;i thanlinellu</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Y botwm neu&apos;r maes â&apos;r llythyren honno</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Achos &amp;newydd</translation>
    </message>
    <message>
        <source>Open a new case from a referral (Ctrl+N)</source>
        <translation>Agor achos newydd o atgyfeiriad (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Search the case list (Ctrl+F)</source>
        <translation>Chwilio&apos;r rhestr achosion (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read the page in front again (F5)</source>
        <translation>Darllen y dudalen sydd o&apos;ch blaen eto (F5)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Argra&amp;ffu</translation>
    </message>
    <message>
        <source>Preview and print the chosen member&apos;s meeting pack (Ctrl+P)</source>
        <translation>Rhagolwg ac argraffu pecyn cyfarfod yr aelod a ddewiswyd (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>Ca&amp;u&apos;r achos</translation>
    </message>
    <message>
        <source>Close the case tab in front (Ctrl+W)</source>
        <translation>Cau&apos;r tab achos sydd o&apos;ch blaen (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Canllaw &amp;defnyddiwr</translation>
    </message>
    <message>
        <source>The user guide (F1)</source>
        <translation>Y canllaw defnyddiwr (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Pob llwybr byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Bar offer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cymort&amp;h</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
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
    <name>_NextStepsPage</name>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>Press Finish to create the vault and sign in.</source>
        <translation>Gwasgwch Gorffen i greu&apos;r gladdgell a mewngofnodi.</translation>
    </message>
    <message>
        <source>1. Administration: add the people who will use SecureDesk and give them roles (case officer, chair, transfer officer, auditor) and a clearance. Each chooses their own passphrase at first sign-in.</source>
        <translation>1. Gweinyddu: ychwanegu&apos;r bobl a fydd yn defnyddio SecureDesk a rhoi rolau iddynt (swyddog achos, cadeirydd, swyddog trosglwyddo, archwilydd) a chliriad. Mae pob un yn dewis ei gyfrinymadrodd ei hun wrth fewngofnodi gyntaf.</translation>
    </message>
    <message>
        <source>2. Administration: check the policy (idle lock, classification ceiling, attachment limit).</source>
        <translation>2. Gweinyddu: gwirio&apos;r polisi (cloi segur, nenfwd dosbarthu, terfyn atodiadau).</translation>
    </message>
    <message>
        <source>3. Transfers &gt; Trust store: add the cards of partner terminals, checking each fingerprint with the partner by telephone.</source>
        <translation>3. Trosglwyddiadau &gt; Storfa ymddiriedaeth: ychwanegu cardiau terfynellau partner, gan wirio pob ôl bys gyda&apos;r partner dros y ffôn.</translation>
    </message>
    <message>
        <source>4. Help &gt; User guide explains each role&apos;s work; Ctrl+L locks the window whenever you leave it.</source>
        <translation>4. Mae Cymorth &gt; Canllaw defnyddiwr yn esbonio gwaith pob rôl; mae Ctrl+L yn cloi&apos;r ffenestr pryd bynnag y byddwch yn ei gadael.</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
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
        <source>The names appear on meeting packs, in bundles sent to partners and in the About box; they can be changed later with the command.</source>
        <translation>Mae&apos;r enwau&apos;n ymddangos ar becynnau cyfarfod, mewn bwndeli a anfonir at bartneriaid ac yn y blwch Ynghylch; gellir eu newid yn nes ymlaen â&apos;r gorchymyn.</translation>
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
        <source>e.g. Secure room 2, County Hall</source>
        <translation>e.e. Ystafell ddiogel 2, Neuadd y Sir</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>e.g. Example County Council</source>
        <translation>e.e. Cyngor Sir Enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Enw&apos;r &amp;derfynell:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Create the vault &amp;without binding it to this terminal</source>
        <translation>Creu&apos;r gladdgell &amp;heb ei rhwymo i&apos;r derfynell hon</translation>
    </message>
    <message>
        <source>Create the vault without binding it</source>
        <translation>Creu&apos;r gladdgell heb ei rhwymo</translation>
    </message>
    <message>
        <source>Anyone with a copy of the vault folder and a passphrase could then open it on another computer. Every sign-in will say the vault is unbound.</source>
        <translation>Gallai unrhyw un sydd â chopi o ffolder y gladdgell a chyfrinymadrodd ei hagor wedyn ar gyfrifiadur arall. Bydd pob mewngofnodi&apos;n dweud nad yw&apos;r gladdgell wedi&apos;i rhwymo.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to SecureDesk</source>
        <translation>Croeso i SecureDesk</translation>
    </message>
    <message>
        <source>There is no vault on this terminal yet: these steps create one.</source>
        <translation>Nid oes claddgell ar y derfynell hon eto: mae&apos;r camau hyn yn creu un.</translation>
    </message>
    <message>
        <source>SecureDesk keeps a safeguarding panel&apos;s cases in an encrypted vault on this terminal and records everything done with them. You will choose the first administrator and their passphrase, then name this terminal and your organisation. It takes a minute.</source>
        <translation>Mae SecureDesk yn cadw achosion panel diogelu mewn claddgell wedi&apos;i hamgryptio ar y derfynell hon ac yn cofnodi popeth a wneir â nhw. Byddwch yn dewis y gweinyddwr cyntaf a&apos;i gyfrinymadrodd, yna&apos;n enwi&apos;r derfynell hon a&apos;ch sefydliad. Mae&apos;n cymryd munud.</translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
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
        <source>not sought</source>
        <translation>heb ei geisio</translation>
    </message>
    <message>
        <source>given</source>
        <translation>wedi&apos;i roi</translation>
    </message>
    <message>
        <source>parental consent given</source>
        <translation>cydsyniad rhiant wedi&apos;i roi</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>case officer</source>
        <translation>swyddog achos</translation>
    </message>
    <message>
        <source>panel chair</source>
        <translation>cadeirydd panel</translation>
    </message>
    <message>
        <source>transfer officer</source>
        <translation>swyddog trosglwyddo</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>archwilydd</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>gwahoddwyd</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>yn bresennol</translation>
    </message>
    <message>
        <source>apologies</source>
        <translation>ymddiheuriadau</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>wedi&apos;i ddosbarthu</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>wedi&apos;i ddinistrio</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>wedi&apos;i golli</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>dibynadwy</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wedi dod i ben</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>wedi&apos;i ddirymu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>bilingual (Welsh first)</source>
        <translation>dwyieithog (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation>Gofal cymdeithasol i blant</translation>
    </message>
    <message>
        <source>Adult social care</source>
        <translation>Gofal cymdeithasol i oedolion</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Gwasanaeth prawf</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Security service</source>
        <translation>Gwasanaeth diogelwch</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>not for panel</source>
        <translation>nid ar gyfer y panel</translation>
    </message>
    <message>
        <source>originator consent before onward disclosure</source>
        <translation>cydsyniad y tarddwr cyn datgelu ymhellach</translation>
    </message>
    <message>
        <source>not for disclosure to subject</source>
        <translation>nid i&apos;w ddatgelu i&apos;r unigolyn</translation>
    </message>
    <message>
        <source>police only</source>
        <translation>yr heddlu yn unig</translation>
    </message>
    <message>
        <source>health only</source>
        <translation>iechyd yn unig</translation>
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
<context>
    <name>reports</name>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Dim camau pellach</translation>
    </message>
    <message>
        <source>Signposted to other services</source>
        <translation>Cyfeirio at wasanaethau eraill</translation>
    </message>
    <message>
        <source>Support completed: no further concern</source>
        <translation>Cymorth wedi&apos;i gwblhau: dim pryder pellach</translation>
    </message>
    <message>
        <source>Further concern: returned to police-led management</source>
        <translation>Pryder pellach: wedi&apos;i ddychwelyd i reolaeth dan arweiniad yr heddlu</translation>
    </message>
    <message>
        <source>Consent withdrawn while the concern remained</source>
        <translation>Cydsyniad wedi&apos;i dynnu&apos;n ôl tra oedd y pryder yn parhau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Diwrnodau cymedrig</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Diwrnodau canolrifol</translation>
    </message>
    <message>
        <source>Not sought</source>
        <translation>Heb ei geisio</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Parental consent given</source>
        <translation>Cydsyniad rhiant wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Cases referred in the period.</source>
        <translation>Achosion a atgyfeiriwyd yn ystod y cyfnod.</translation>
    </message>
    <message>
        <source>Caseload by status</source>
        <translation>Llwyth achosion yn ôl statws</translation>
    </message>
    <message>
        <source>Every case referred up to the end of the period, at its status today.</source>
        <translation>Pob achos a atgyfeiriwyd hyd at ddiwedd y cyfnod, yn ôl ei statws heddiw.</translation>
    </message>
    <message>
        <source>Referrals by source (sector)</source>
        <translation>Atgyfeiriadau yn ôl ffynhonnell (sector)</translation>
    </message>
    <message>
        <source>Referrals by age band</source>
        <translation>Atgyfeiriadau yn ôl band oedran</translation>
    </message>
    <message>
        <source>Age on the referral date of the case&apos;s first subject.</source>
        <translation>Oedran gwrthrych cyntaf yr achos ar ddyddiad yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Referrals by gender</source>
        <translation>Atgyfeiriadau yn ôl rhywedd</translation>
    </message>
    <message>
        <source>Referrals by type of concern</source>
        <translation>Atgyfeiriadau yn ôl math o bryder</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Open cases with a child subject</source>
        <translation>Achosion agored â gwrthrych sy&apos;n blentyn</translation>
    </message>
    <message>
        <source>Today, of the cases referred up to the end of the period.</source>
        <translation>Heddiw, o&apos;r achosion a atgyfeiriwyd hyd at ddiwedd y cyfnod.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>Cases referred in the period, by their consent today.</source>
        <translation>Achosion a atgyfeiriwyd yn ystod y cyfnod, yn ôl eu cydsyniad heddiw.</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Cam a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Cases referred in the period, by the furthest stage each reached (a case is counted at every stage it passed).</source>
        <translation>Achosion a atgyfeiriwyd yn ystod y cyfnod, yn ôl y cam pellaf a gyrhaeddodd pob un (caiff achos ei gyfrif ym mhob cam yr aeth drwyddo).</translation>
    </message>
    <message>
        <source>Time spent in each stage</source>
        <translation>Amser a dreuliwyd ym mhob cam</translation>
    </message>
    <message>
        <source>Stays in a stage that ended in the period: how many, and their mean and median length in days.</source>
        <translation>Cyfnodau mewn cam a ddaeth i ben yn ystod y cyfnod: faint, a&apos;u hyd cymedrig a chanolrifol mewn diwrnodau.</translation>
    </message>
    <message>
        <source>Outcomes at closing</source>
        <translation>Canlyniadau wrth gau</translation>
    </message>
    <message>
        <source>Cases closed in the period.</source>
        <translation>Achosion a gaewyd yn ystod y cyfnod.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Gweithredoedd hwyr</translation>
    </message>
    <message>
        <source>Open or in-progress actions whose due date had passed on the day of the report.</source>
        <translation>Gweithredoedd agored neu ar y gweill yr oedd eu dyddiad erbyn wedi mynd heibio ar ddiwrnod yr adroddiad.</translation>
    </message>
    <message>
        <source>1 to 30 days overdue</source>
        <translation>1 i 30 diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>31 to 90 days overdue</source>
        <translation>31 i 90 diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>More than 90 days overdue</source>
        <translation>Mwy na 90 diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>Under 18 on the referral date</source>
        <translation>O dan 18 ar ddyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>18 or over on the referral date</source>
        <translation>18 neu&apos;n hŷn ar ddyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Discussed at panel</source>
        <translation>Trafodwyd yn y panel</translation>
    </message>
    <message>
        <source>Adopted as a case (support plan)</source>
        <translation>Mabwysiadwyd fel achos (cynllun cymorth)</translation>
    </message>
    <message>
        <source>Closed with no further concern</source>
        <translation>Caewyd heb bryder pellach</translation>
    </message>
    <message>
        <source>Closed with further concern</source>
        <translation>Caewyd gyda phryder pellach</translation>
    </message>
    <message>
        <source>Closed, outcome not recorded</source>
        <translation>Caewyd, canlyniad heb ei gofnodi</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Yn dal ar agor</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>llai na 5</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
</TS>
