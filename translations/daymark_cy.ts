<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>Cli</name>
    <message>
        <source>Say what kind of export FILE is with --format (%1).</source>
        <translation>Dywedwch pa fath o allforiad yw FILE gyda --format (%1).</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a format Daymark knows. Use one of: %2.</source>
        <translation>--format: nid yw &apos;%1&apos; yn fformat y mae Daymark yn ei adnabod. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>Warning signs in what you recorded, up to %1:</source>
        <translation>Arwyddion rhybudd yn yr hyn a gofnodwyd gennych, hyd at %1:</translation>
    </message>
    <message>
        <source>None of the signs Daymark looks for is in this diary.</source>
        <translation>Nid oes dim un o&apos;r arwyddion y mae Daymark yn chwilio amdanynt yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>Incidents: %1 and %2 more.</source>
        <translation>Digwyddiadau: %1 a %2 arall.</translation>
    </message>
    <message>
        <source>Incidents: %1.</source>
        <translation>Digwyddiadau: %1.</translation>
    </message>
    <message>
        <source>--columns names %1 columns, but the file has %2.</source>
        <translation>Mae --columns yn enwi %1 colofn, ond mae gan y ffeil %2.</translation>
    </message>
    <message>
        <source>--columns: &apos;%1&apos; is not a field; use %2 (or leave a place empty).</source>
        <translation>--columns: nid yw &apos;%1&apos; yn faes; defnyddiwch %2 (neu gadewch le yn wag).</translation>
    </message>
    <message>
        <source>--column: &apos;%1&apos; should be FIELD=COLUMN, with FIELD one of %2 (such as --column number=&quot;Phone number&quot;).</source>
        <translation>--column: dylai &apos;%1&apos; fod ar ffurf FIELD=COLUMN, gyda FIELD yn un o %2 (er enghraifft --column number=&quot;Rhif ffôn&quot;).</translation>
    </message>
    <message>
        <source>Columns guessed from the header of %1: %2 (give --column FIELD=COLUMN to choose others).</source>
        <translation>Colofnau wedi&apos;u dyfalu o bennawd %1: %2 (rhowch --column FIELD=COLUMN i ddewis rhai eraill).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>%1 %2 Give it with --column %3=COLUMN.</source>
        <translation>%1 %2 Nodwch hyn gyda --column %3=COLUMN.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>%1 am %2 (%3)</translation>
    </message>
    <message>
        <source>written down before the time given for it</source>
        <translation>wedi&apos;i ysgrifennu cyn yr amser a roddwyd ar ei gyfer</translation>
    </message>
    <message>
        <source>within a minute of it happening</source>
        <translation>o fewn munud iddo ddigwydd</translation>
    </message>
    <message>
        <source>a minute after it happened</source>
        <translation>funud ar ôl iddo ddigwydd</translation>
    </message>
    <message>
        <source>%1 minutes after it happened</source>
        <translation>%1 munud ar ôl iddo ddigwydd</translation>
    </message>
    <message>
        <source>an hour after it happened</source>
        <translation>awr ar ôl iddo ddigwydd</translation>
    </message>
    <message>
        <source>%1 hours after it happened</source>
        <translation>%1 awr ar ôl iddo ddigwydd</translation>
    </message>
    <message>
        <source>%1 days after it happened</source>
        <translation>%1 diwrnod ar ôl iddo ddigwydd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(person nad yw yn y dyddiadur mwyach)</translation>
    </message>
    <message>
        <source>an order no longer in the diary</source>
        <translation>gorchymyn nad yw yn y dyddiadur mwyach</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, amod %2</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1, amod %2: %3</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>The password file %1 could not be read: %2.</source>
        <translation>Nid oedd modd darllen y ffeil cyfrinair %1: %2.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <source>The two passwords are different. Nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinair yn wahanol. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>No password given: use --password-file FILE or set %1, or run in a terminal to be asked.</source>
        <translation>Ni roddwyd cyfrinair: defnyddiwch --password-file FILE neu gosodwch %1, neu rhedwch y gorchymyn mewn terfynell i gael eich holi amdano.</translation>
    </message>
    <message>
        <source>The password is empty. Nothing was changed.</source>
        <translation>Mae&apos;r cyfrinair yn wag. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>daymark::cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Dangos help ar gyfer y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &apos;%1&apos;.</source>
        <translation>Nifer anghywir o ddadleuon ar gyfer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Darllen y cyfrinair o linell gyntaf FILE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Cyfrinair ar gyfer %1: </translation>
    </message>
    <message>
        <source>Print JSON (the stable schema in docs/cli-json.md).</source>
        <translation>Argraffu JSON (y sgema sefydlog yn docs/cli-json.md).</translation>
    </message>
    <message>
        <source>Record a new incident. Prints its id, or with --json the incident as a JSON object.
Exit codes: 0 recorded, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Cofnodi digwyddiad newydd. Mae&apos;n argraffu ei id, neu gyda --json y digwyddiad fel gwrthrych JSON.
Codau gadael: 0 wedi&apos;i gofnodi, 2 mewnbwn gwael (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>The diary file.</source>
        <translation>Ffeil y dyddiadur.</translation>
    </message>
    <message>
        <source>Amend an incident: only the fields given change, and the earlier version is kept in its history.
Clear a text field with an empty value (--details &quot;&quot;), a list with one empty value (--tag &quot;&quot;), the end with --clear-end, the coordinates with --clear-coordinates. --person, --witness, --tag and --breach replace the whole list.
Exit codes: 0 amended, 2 bad input or nothing changed (nothing written), 3 wrong password.</source>
        <translation>Diwygio digwyddiad: dim ond y meysydd a roddir sy&apos;n newid, a chedwir y fersiwn gynharach yn ei hanes.
Cliriwch faes testun gyda gwerth gwag (--details &quot;&quot;), rhestr gydag un gwerth gwag (--tag &quot;&quot;), yr amser gorffen gyda --clear-end, a&apos;r cyfesurynnau gyda --clear-coordinates. Mae --person, --witness, --tag a --breach yn disodli&apos;r rhestr gyfan.
Codau gadael: 0 wedi&apos;i ddiwygio, 2 mewnbwn gwael neu ddim wedi newid (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>The incident: its number from &apos;list&apos; (12 or #12), id, or id prefix.</source>
        <translation>Y digwyddiad: ei rif o &apos;list&apos; (12 neu #12), ei id, neu ddechrau ei id.</translation>
    </message>
    <message>
        <source>Why it is amended (required); kept with the new version.</source>
        <translation>Pam mae&apos;n cael ei ddiwygio (gofynnol); fe&apos;i cedwir gyda&apos;r fersiwn newydd.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the entry is being amended; the earlier version is kept beside it.</source>
        <translation>Mae --reason ar goll. Dywedwch pam mae&apos;r cofnod yn cael ei ddiwygio; cedwir y fersiwn gynharach wrth ei ochr.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --summary TEXT or --at TIME.</source>
        <translation>Dim i&apos;w ddiwygio: rhowch o leiaf un maes i&apos;w newid, e.e. --summary TEXT neu --at TIME.</translation>
    </message>
    <message>
        <source>Incident #%1 amended; this is version %2. The earlier version is kept in its history.</source>
        <translation>Diwygiwyd digwyddiad #%1; dyma fersiwn %2. Cedwir y fersiwn gynharach yn ei hanes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>--how: &apos;%1&apos; is not a way of obtaining evidence that Daymark knows. Use one of: %2.</source>
        <translation>--how: nid yw &apos;%1&apos; yn ffordd o gael tystiolaeth y mae Daymark yn ei hadnabod. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>Keep evidence files (screenshots, photos, recordings, exports, ...) inside the diary, byte for byte, as exhibits of an incident. Prints each file&apos;s exhibit number and SHA-256. A file whose content is already an exhibit is not stored twice: that exhibit is linked to the incident as well.
Each file is saved on its own: if one cannot be attached, the message says which and why, the others are kept, and the exit code is not 0. Ctrl-C cancels the file being read; nothing of it is kept, and the files after it are not tried.
Exit codes: 0 all attached, 1 cancelled, 2 bad input (such as a folder or an unknown --how), 3 wrong password, 5 a file that is missing, unreadable or changed while it was read, or a full disk.</source>
        <translation>Cadw ffeiliau tystiolaeth (sgrinluniau, lluniau, recordiadau, allforion, ...) y tu mewn i&apos;r dyddiadur, beit am feit, fel arddangosion digwyddiad. Mae&apos;n argraffu rhif arddangosyn a SHA-256 pob ffeil. Ni chaiff ffeil y mae ei chynnwys eisoes yn arddangosyn ei storio ddwywaith: caiff yr arddangosyn hwnnw ei gysylltu â&apos;r digwyddiad hefyd.
Caiff pob ffeil ei chadw ar ei phen ei hun: os na ellir atodi un, mae&apos;r neges yn dweud pa un a pham, cedwir y lleill, ac nid 0 yw&apos;r cod gadael. Mae Ctrl-C yn canslo&apos;r ffeil sy&apos;n cael ei darllen; ni chedwir dim ohoni, ac ni roddir cynnig ar y ffeiliau sy&apos;n dod ar ei hôl.
Codau gadael: 0 pob un wedi&apos;i atodi, 1 wedi&apos;i ganslo, 2 mewnbwn gwael (fel ffolder neu --how anhysbys), 3 cyfrinair anghywir, 5 ffeil sydd ar goll, na ellir ei darllen neu a newidiodd tra oedd yn cael ei darllen, neu ddisg lawn.</translation>
    </message>
    <message>
        <source>One or more files to attach.</source>
        <translation>Un ffeil neu fwy i&apos;w hatodi.</translation>
    </message>
    <message>
        <source>How the files were obtained: %1 (default: other).</source>
        <translation>Sut y cafwyd y ffeiliau: %1 (rhagosodiad: other).</translation>
    </message>
    <message>
        <source>What the files show, in a few words.</source>
        <translation>Beth mae&apos;r ffeiliau&apos;n ei ddangos, mewn ychydig eiriau.</translation>
    </message>
    <message>
        <source>Incident #%1 is deleted. Restore it with &apos;daymark-cli restore DIARY %1&apos; before attaching files to it.</source>
        <translation>Mae digwyddiad #%1 wedi&apos;i ddileu. Adferwch ef gyda &apos;daymark-cli restore DIARY %1&apos; cyn atodi ffeiliau iddo.</translation>
    </message>
    <message>
        <source>Attaching %1: %2% (%3 of %4)</source>
        <translation>Yn atodi %1: %2% (%3 o %4)</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Already exhibit %1, now also linked to incident #%2.</source>
        <translation>Eisoes yn arddangosyn %1, bellach wedi&apos;i gysylltu â digwyddiad #%2 hefyd.</translation>
    </message>
    <message>
        <source>Already exhibit %1 of incident #%2; nothing changed.</source>
        <translation>Eisoes yn arddangosyn %1 o ddigwyddiad #%2; dim wedi newid.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); it was recorded all the same.</source>
        <translation>Mae&apos;r ffeil yn wag (0 beit); cafodd ei chofnodi serch hynny.</translation>
    </message>
    <message>
        <source>%1 was not attached. %2</source>
        <translation>Ni atodwyd %1. %2</translation>
    </message>
    <message>
        <source>File %1 of %2 (%3) was not attached. %4</source>
        <translation>Ni atodwyd ffeil %1 o %2 (%3). %4</translation>
    </message>
    <message>
        <source>Attached %1 of %2 files. Not attached: %3.</source>
        <translation>Atodwyd %1 o %2 ffeil. Heb eu hatodi: %3.</translation>
    </message>
    <message>
        <source>Make an encrypted backup of a diary now: a complete copy that opens with the same password, checked like &apos;check&apos; does, in a folder beside the diary (DIARY.backups) unless --to names another. The newest backups are kept (7 unless --keep says otherwise), older ones removed. Never writes to the diary.
Exit codes: 0 made, 2 bad input, 3 wrong password, 4 the diary is damaged (no backup kept), 5 file or disk problem.</source>
        <translation>Gwneud copi wrth gefn wedi&apos;i amgryptio o ddyddiadur nawr: copi cyflawn sy&apos;n agor gyda&apos;r un cyfrinair, wedi&apos;i wirio fel y mae &apos;check&apos; yn ei wneud, mewn ffolder wrth ymyl y dyddiadur (DIARY.backups) oni bai bod --to yn enwi un arall. Cedwir y copïau diweddaraf (7 oni bai bod --keep yn dweud fel arall), a dilëir rhai hŷn. Nid yw byth yn ysgrifennu i&apos;r dyddiadur.
Codau gadael: 0 wedi&apos;i wneud, 2 mewnbwn gwael, 3 cyfrinair anghywir, 4 mae&apos;r dyddiadur wedi&apos;i ddifrodi (dim copi wedi&apos;i gadw), 5 problem ffeil neu ddisg.</translation>
    </message>
    <message>
        <source>Keep the backup in FOLDER (made if missing).</source>
        <translation>Cadw&apos;r copi wrth gefn yn FOLDER (caiff ei greu os nad yw&apos;n bodoli).</translation>
    </message>
    <message>
        <source>How many backups to keep, newest first (1-%1; 7 if not given).</source>
        <translation>Faint o gopïau wrth gefn i&apos;w cadw, y diweddaraf yn gyntaf (1-%1; 7 os na roddir rhif).</translation>
    </message>
    <message>
        <source>Backup made and checked (%1). It opens with the diary&apos;s password.</source>
        <translation>Gwnaed a gwiriwyd y copi wrth gefn (%1). Mae&apos;n agor gyda chyfrinair y dyddiadur.</translation>
    </message>
    <message>
        <source>Older backups removed to keep the newest %1: %2.</source>
        <translation>Dilëwyd copïau wrth gefn hŷn er mwyn cadw&apos;r %1 diweddaraf: %2.</translation>
    </message>
    <message>
        <source>Check a diary&apos;s integrity. Exit code 0 when sound, 4 when damaged. Never writes.</source>
        <translation>Gwirio cywirdeb dyddiadur. Cod gadael 0 pan fo&apos;n iach, 4 pan fo wedi&apos;i ddifrodi. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>The diary file to check.</source>
        <translation>Ffeil y dyddiadur i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>%1: sound. Pages checked: %2; journal records: %3; schema version: %4.</source>
        <translation>%1: iach. Tudalennau a wiriwyd: %2; cofnodion y cyfnodolyn: %3; fersiwn y sgema: %4.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Ôl bys: %1</translation>
    </message>
    <message>
        <source>%1: damaged. Problems found: %2</source>
        <translation>%1: wedi&apos;i ddifrodi. Problemau a gafwyd: %2</translation>
    </message>
    <message>
        <source>Do not write to this diary; restore it from a backup copy.</source>
        <translation>Peidiwch ag ysgrifennu i&apos;r dyddiadur hwn; adferwch ef o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>To put back its newest good backup (this file is kept aside), run: daymark-cli restore %1</source>
        <translation>I roi ei gopi wrth gefn da diweddaraf yn ôl (cedwir y ffeil hon o&apos;r neilltu), rhedwch: daymark-cli restore %1</translation>
    </message>
    <message>
        <source>Save a complete copy of a diary that opens with a different password, to give to someone you trust or keep in a safe place: if you ever forget the diary&apos;s password, the copy still opens. The diary is not changed; the copy is checked with its new password before it is kept. Never overwrites a file.
Exit codes: 0 saved, 2 bad input, 3 wrong password, 4 diary damaged, 5 file or disk problem.</source>
        <translation>Cadw copi cyflawn o ddyddiadur sy&apos;n agor gyda chyfrinair gwahanol, i&apos;w roi i rywun rydych yn ymddiried ynddo neu i&apos;w gadw mewn lle diogel: os byddwch byth yn anghofio cyfrinair y dyddiadur, bydd y copi&apos;n dal i agor. Nid yw&apos;r dyddiadur yn newid; caiff y copi ei wirio gyda&apos;i gyfrinair newydd cyn ei gadw. Nid yw byth yn trosysgrifo ffeil.
Codau gadael: 0 wedi&apos;i gadw, 2 mewnbwn gwael, 3 cyfrinair anghywir, 4 dyddiadur wedi&apos;i ddifrodi, 5 problem ffeil neu ddisg.</translation>
    </message>
    <message>
        <source>Where to save the copy (a new file).</source>
        <translation>Ble i gadw&apos;r copi (ffeil newydd).</translation>
    </message>
    <message>
        <source>Read the copy&apos;s password from the first line of FILE.</source>
        <translation>Darllen cyfrinair y copi o linell gyntaf FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the copy; Daymark never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw ffeil newydd ar gyfer y copi; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>Password for the copy %1: </source>
        <translation>Cyfrinair ar gyfer y copi %1: </translation>
    </message>
    <message>
        <source>The copy&apos;s password is the diary&apos;s own. Choose a different one: the copy is there in case the diary&apos;s password is forgotten.</source>
        <translation>Cyfrinair y dyddiadur ei hun yw cyfrinair y copi. Dewiswch un gwahanol: mae&apos;r copi yno rhag ofn i gyfrinair y dyddiadur fynd yn angof.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2. It opens only with the new password; the diary&apos;s own password does not open it. Checked: %3 journal records; fingerprint %4.</source>
        <translation>Cadwyd copi o %1 fel %2. Dim ond gyda&apos;r cyfrinair newydd y mae&apos;n agor; nid yw cyfrinair y dyddiadur ei hun yn ei agor. Wedi&apos;i wirio: %3 cofnod cyfnodolyn; ôl bys %4.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from this computer. It does not change when the diary does: make a new copy from time to time.</source>
        <translation>Cadwch ef rywle diogel, ymhell o&apos;r cyfrifiadur hwn. Nid yw&apos;n newid pan fydd y dyddiadur yn newid: gwnewch gopi newydd o bryd i&apos;w gilydd.</translation>
    </message>
    <message>
        <source>Create a new encrypted diary. It never overwrites a file.</source>
        <translation>Creu dyddiadur newydd wedi&apos;i amgryptio. Nid yw byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>The new diary file (.daymark).</source>
        <translation>Ffeil y dyddiadur newydd (.daymark).</translation>
    </message>
    <message>
        <source>The initials in exhibit numbers, such as JS for JS/1, JS/2 (default: EX). &apos;daymark-cli initials&apos; changes them later.</source>
        <translation>Y llythrennau blaen mewn rhifau arddangosion, fel JS ar gyfer JS/1, JS/2 (rhagosodiad: EX). Mae &apos;daymark-cli initials&apos; yn eu newid yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Created %1 (key derivation: Argon2id, memory %2, passes: %3). Keep the password safe: it cannot be recovered.</source>
        <translation>Crëwyd %1 (deillio allwedd: Argon2id, cof %2, pasiau: %3). Cadwch y cyfrinair yn ddiogel: nid oes modd ei adfer.</translation>
    </message>
    <message>
        <source>Exhibits will be numbered %1/1, %1/2 and so on.</source>
        <translation>Bydd arddangosion yn cael eu rhifo %1/1, %1/2 ac ati.</translation>
    </message>
    <message>
        <source>Delete an incident, with a reason. Nothing is erased: it stays in the history and &apos;restore&apos; brings it back.
Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Dileu digwyddiad, gyda rheswm. Nid oes dim yn cael ei ddileu&apos;n llwyr: mae&apos;n aros yn yr hanes ac mae &apos;restore&apos; yn dod ag ef yn ôl.
Codau gadael: 0 wedi&apos;i ddileu, 2 mewnbwn gwael (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>Why it is deleted (required).</source>
        <translation>Pam mae&apos;n cael ei ddileu (gofynnol).</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the entry is being deleted; it can be restored later.</source>
        <translation>Mae --reason ar goll. Dywedwch pam mae&apos;r cofnod yn cael ei ddileu; gellir ei adfer yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Incident #%1 deleted. It stays in the history; &apos;restore&apos; brings it back.</source>
        <translation>Dilëwyd digwyddiad #%1. Mae&apos;n aros yn yr hanes; mae &apos;restore&apos; yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation>--%1: nid yw &apos;%2&apos; yn rhif cyfan o %3 i %4.</translation>
    </message>
    <message>
        <source>Create a new diary filled with realistic, entirely fictional data: people, protection orders with conditions, and months of escalating incidents of every type, some amended or deleted. For trying Daymark and for benchmarks. The same seed and number of incidents give the same content. It never overwrites a file.</source>
        <translation>Creu dyddiadur newydd yn llawn data realistig, cwbl ffuglennol: pobl, gorchmynion amddiffyn gydag amodau, a misoedd o ddigwyddiadau o bob math sy&apos;n gwaethygu, rhai wedi&apos;u diwygio neu eu dileu. Ar gyfer rhoi cynnig ar Daymark ac ar gyfer meincnodau. Mae&apos;r un hedyn a&apos;r un nifer o ddigwyddiadau yn rhoi&apos;r un cynnwys. Nid yw byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>How many incidents (default: 300).</source>
        <translation>Faint o ddigwyddiadau (rhagosodiad: 300).</translation>
    </message>
    <message>
        <source>Which fictional story (default: 1).</source>
        <translation>Pa stori ffuglennol (rhagosodiad: 1).</translation>
    </message>
    <message>
        <source>Created the demo diary %1. Everything in it is fictional.</source>
        <translation>Crëwyd y dyddiadur enghreifftiol %1. Mae popeth ynddo yn ffuglen.</translation>
    </message>
    <message>
        <source>People: %1. Protection orders: %2. Incidents: %3. Amendments: %4. Deletions: %5.</source>
        <translation>Pobl: %1. Gorchmynion amddiffyn: %2. Digwyddiadau: %3. Diwygiadau: %4. Dileadau: %5.</translation>
    </message>
    <message>
        <source>Detach an exhibit from an incident, with a reason. The exhibit keeps its number and contents and may belong to other incidents; &apos;exhibit-delete&apos; removes it once it belongs to none.
Exit codes: 0 detached, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Datgysylltu arddangosyn oddi wrth ddigwyddiad, gyda rheswm. Mae&apos;r arddangosyn yn cadw ei rif a&apos;i gynnwys a gall berthyn i ddigwyddiadau eraill; mae &apos;exhibit-delete&apos; yn ei ddileu unwaith nad yw&apos;n perthyn i&apos;r un.
Codau gadael: 0 wedi&apos;i ddatgysylltu, 2 mewnbwn gwael (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>The exhibit: its number (JS/3 or 3), id, or id prefix.</source>
        <translation>Yr arddangosyn: ei rif (JS/3 neu 3), ei id, neu ddechrau ei id.</translation>
    </message>
    <message>
        <source>Why it is detached (required).</source>
        <translation>Pam mae&apos;n cael ei ddatgysylltu (gofynnol).</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the exhibit no longer belongs to this incident.</source>
        <translation>Mae --reason ar goll. Dywedwch pam nad yw&apos;r arddangosyn yn perthyn i&apos;r digwyddiad hwn mwyach.</translation>
    </message>
    <message>
        <source>Exhibit %1 detached from incident %2.</source>
        <translation>Datgysylltwyd arddangosyn %1 oddi wrth ddigwyddiad %2.</translation>
    </message>
    <message>
        <source>It belongs to no incident now. It stays in the diary until it is deleted with &apos;daymark-cli exhibit-delete DIARY %1 --reason TEXT&apos;.</source>
        <translation>Nid yw&apos;n perthyn i unrhyw ddigwyddiad nawr. Mae&apos;n aros yn y dyddiadur nes iddo gael ei ddileu gyda &apos;daymark-cli exhibit-delete DIARY %1 --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>It still belongs to %1.</source>
        <translation>Mae&apos;n dal i berthyn i %1.</translation>
    </message>
    <message>
        <source>Show one exhibit: its number, original name, size, media type, SHA-256, how it was obtained, what was read from the file (capture time, camera, position, duration), the incidents it belongs to and its history. Deleted exhibits too. Never writes.</source>
        <translation>Dangos un arddangosyn: ei rif, ei enw gwreiddiol, ei faint, y math o gyfrwng, SHA-256, sut y&apos;i cafwyd, yr hyn a ddarllenwyd o&apos;r ffeil (amser ei dal, camera, lleoliad, hyd), y digwyddiadau y mae&apos;n perthyn iddynt a&apos;i hanes. Arddangosion wedi&apos;u dileu hefyd. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Delete an exhibit, with a reason, once it belongs to no incident (&apos;detach&apos; first). Its contents are removed from the diary and cannot be brought back; its number is never used again, and the history keeps when it was added, its SHA-256 and why it was deleted.
Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Dileu arddangosyn, gyda rheswm, unwaith nad yw&apos;n perthyn i unrhyw ddigwyddiad (&apos;detach&apos; yn gyntaf). Caiff ei gynnwys ei dynnu o&apos;r dyddiadur ac nid oes modd dod ag ef yn ôl; ni ddefnyddir ei rif byth eto, ac mae&apos;r hanes yn cadw pryd y&apos;i hychwanegwyd, ei SHA-256 a pham y&apos;i dilëwyd.
Codau gadael: 0 wedi&apos;i ddileu, 2 mewnbwn gwael (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the exhibit is being deleted; its contents cannot be brought back.</source>
        <translation>Mae --reason ar goll. Dywedwch pam mae&apos;r arddangosyn yn cael ei ddileu; nid oes modd dod â&apos;i gynnwys yn ôl.</translation>
    </message>
    <message>
        <source>Exhibit %1 still belongs to %2. Detach it from each first with &apos;daymark-cli detach DIARY %1 INCIDENT --reason TEXT&apos;.</source>
        <translation>Mae arddangosyn %1 yn dal i berthyn i %2. Datgysylltwch ef oddi wrth bob un yn gyntaf gyda &apos;daymark-cli detach DIARY %1 INCIDENT --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>Exhibit %1 deleted. Its contents are gone from the diary; its number will not be used again and its history is kept.</source>
        <translation>Dilëwyd arddangosyn %1. Mae ei gynnwys wedi mynd o&apos;r dyddiadur; ni ddefnyddir ei rif eto a chedwir ei hanes.</translation>
    </message>
    <message>
        <source>List the diary&apos;s exhibits in the order they were added: number, size, media type, original file name and the incidents each belongs to. Never writes.</source>
        <translation>Rhestru arddangosion y dyddiadur yn y drefn y&apos;u hychwanegwyd: rhif, maint, math o gyfrwng, enw&apos;r ffeil wreiddiol a&apos;r digwyddiadau y mae pob un yn perthyn iddynt. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Only the exhibits of this incident (a number, id or id prefix).</source>
        <translation>Dim ond arddangosion y digwyddiad hwn (rhif, id neu ddechrau id).</translation>
    </message>
    <message>
        <source>Deleted exhibits as well (numbers only).</source>
        <translation>Arddangosion wedi&apos;u dileu hefyd (rhifau yn unig).</translation>
    </message>
    <message>
        <source>Only deleted exhibits.</source>
        <translation>Dim ond arddangosion wedi&apos;u dileu.</translation>
    </message>
    <message>
        <source>Give --deleted or --include-deleted, not both.</source>
        <translation>Rhowch --deleted neu --include-deleted, nid y ddau.</translation>
    </message>
    <message>
        <source>No deleted exhibits.</source>
        <translation>Dim arddangosion wedi&apos;u dileu.</translation>
    </message>
    <message>
        <source>This incident has no exhibits. Attach files with &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</source>
        <translation>Nid oes gan y digwyddiad hwn arddangosion. Atodwch ffeiliau gyda &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</translation>
    </message>
    <message>
        <source>No exhibits yet. Attach files with &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</source>
        <translation>Dim arddangosion eto. Atodwch ffeiliau gyda &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</translation>
    </message>
    <message>
        <source>Exhibits: %1 (%2).</source>
        <translation>Arddangosion: %1 (%2).</translation>
    </message>
    <message>
        <source>Filters combine: an incident must match all of them; with --incident, exactly the incidents given. Private notes are left out unless --include-notes is given; --redact and --redact-text hide details as [redacted] in the text (exhibit files stay original). The file is written under a temporary name and appears only when complete: it never overwrites a file and leaves nothing behind when it fails or is cancelled (Ctrl-C). The export is recorded in the diary&apos;s journal.
Exit codes: 0 written, 1 cancelled, 2 bad options or no such incident, person or order, 3 wrong password, 4 the diary is damaged (an exhibit does not match its SHA-256), 5 OUT exists or cannot be written.</source>
        <translation>Mae hidlwyr yn cyfuno: rhaid i ddigwyddiad gyfateb i bob un ohonynt; gyda --incident, yr union ddigwyddiadau a roddir. Gadewir nodiadau preifat allan oni roddir --include-notes; mae --redact a --redact-text yn cuddio manylion fel [wedi&apos;i guddio] yn y testun (mae ffeiliau arddangosion yn aros yn wreiddiol). Caiff y ffeil ei hysgrifennu dan enw dros dro ac nid yw&apos;n ymddangos nes ei bod yn gyflawn: nid yw byth yn trosysgrifo ffeil ac nid yw&apos;n gadael dim ar ôl pan fydd yn methu neu&apos;n cael ei chanslo (Ctrl-C). Cofnodir yr allforiad yng nghyfnodolyn y dyddiadur.
Codau gadael: 0 wedi&apos;i ysgrifennu, 1 wedi&apos;i ganslo, 2 opsiynau gwael neu nid oes digwyddiad, person neu orchymyn o&apos;r fath, 3 cyfrinair anghywir, 4 mae&apos;r dyddiadur wedi&apos;i ddifrodi (nid yw arddangosyn yn cyfateb i&apos;w SHA-256), 5 mae OUT yn bodoli neu ni ellir ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Write the PDF timeline of the chosen incidents.</source>
        <translation>Ysgrifennu llinell amser PDF y digwyddiadau a ddewiswyd.</translation>
    </message>
    <message>
        <source>Write an evidence bundle for police: one zip with the PDF timeline, the original exhibit files named by exhibit number, incidents.csv and incidents.json, SHA256SUMS, manifest.json signed with the diary&apos;s key (manifest.sig, signing-key.pem) and a README saying how to check it. Check a bundle with &apos;daymark-cli verify&apos;; docs/bundle.md describes the files.</source>
        <translation>Ysgrifennu bwndel tystiolaeth i&apos;r heddlu: un ffeil zip gyda&apos;r llinell amser PDF, ffeiliau gwreiddiol yr arddangosion wedi&apos;u henwi yn ôl rhif arddangosyn, incidents.csv ac incidents.json, SHA256SUMS, manifest.json wedi&apos;i lofnodi ag allwedd y dyddiadur (manifest.sig, signing-key.pem) a README sy&apos;n dweud sut i&apos;w wirio. Gwiriwch fwndel gyda &apos;daymark-cli verify&apos;; mae docs/bundle.md yn disgrifio&apos;r ffeiliau.</translation>
    </message>
    <message>
        <source>The new PDF file.</source>
        <translation>Y ffeil PDF newydd.</translation>
    </message>
    <message>
        <source>The new zip file.</source>
        <translation>Y ffeil zip newydd.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw ffeil newydd; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>Exporting %1: %2% (%3 of %4)</source>
        <translation>Yn allforio %1: %2% (%3 o %4)</translation>
    </message>
    <message>
        <source>Cancelled. %1 was not written.</source>
        <translation>Wedi canslo. Ni ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>PDF timeline written to %1 (%2). Incidents: %3.</source>
        <translation>Ysgrifennwyd y llinell amser PDF i %1 (%2). Digwyddiadau: %3.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Evidence bundle written to %1 (%2). Incidents: %3. Exhibits: %4.</source>
        <translation>Ysgrifennwyd y bwndel tystiolaeth i %1 (%2). Digwyddiadau: %3. Arddangosion: %4.</translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>SHA-256 manifest.json: %1</translation>
    </message>
    <message>
        <source>Check it with: daymark-cli verify %1</source>
        <translation>Gwiriwch ef gyda: daymark-cli verify %1</translation>
    </message>
    <message>
        <source>Diary fingerprint named in the export: %1</source>
        <translation>Ôl bys y dyddiadur a enwir yn yr allforiad: %1</translation>
    </message>
    <message>
        <source>Write an exhibit&apos;s original file, byte for byte, to a new file, checking its SHA-256 on the way. It never overwrites a file, and leaves no partial file when it fails or is cancelled (Ctrl-C). The diary is not changed.
Exit codes: 0 written and verified, 1 cancelled, 2 no such exhibit or a deleted one, 3 wrong password, 4 the stored bytes do not match their SHA-256, 5 OUTFILE exists or cannot be written.</source>
        <translation>Ysgrifennu ffeil wreiddiol arddangosyn, beit am feit, i ffeil newydd, gan wirio ei SHA-256 ar y ffordd. Nid yw byth yn trosysgrifo ffeil, ac nid yw&apos;n gadael ffeil rannol pan fydd yn methu neu&apos;n cael ei ganslo (Ctrl-C). Nid yw&apos;r dyddiadur yn newid.
Codau gadael: 0 wedi&apos;i ysgrifennu a&apos;i wirio, 1 wedi&apos;i ganslo, 2 dim arddangosyn o&apos;r fath neu un wedi&apos;i ddileu, 3 cyfrinair anghywir, 4 nid yw&apos;r beitiau a storiwyd yn cyfateb i&apos;w SHA-256, 5 mae OUTFILE yn bodoli neu ni ellir ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The new file to write.</source>
        <translation>Y ffeil newydd i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Exhibit %1 was deleted (reason: %2). Its contents are no longer in the diary.</source>
        <translation>Dilëwyd arddangosyn %1 (rheswm: %2). Nid yw ei gynnwys yn y dyddiadur mwyach.</translation>
    </message>
    <message>
        <source>Extracting %1: %2% (%3 of %4)</source>
        <translation>Yn echdynnu %1: %2% (%3 o %4)</translation>
    </message>
    <message>
        <source>Exhibit %1 (%2, %3) written to %4.</source>
        <translation>Ysgrifennwyd arddangosyn %1 (%2, %3) i %4.</translation>
    </message>
    <message>
        <source>SHA-256 verified: %1</source>
        <translation>SHA-256 wedi&apos;i wirio: %1</translation>
    </message>
    <message>
        <source>Print the diary&apos;s fingerprint: a short code that changes with every change to the diary. Send it to someone you trust from time to time; it shows the diary existed in that state then. Never writes.</source>
        <translation>Argraffu ôl bys y dyddiadur: cod byr sy&apos;n newid gyda phob newid i&apos;r dyddiadur. Anfonwch ef at rywun rydych yn ymddiried ynddo o bryd i&apos;w gilydd; mae&apos;n dangos bod y dyddiadur yn bodoli yn y cyflwr hwnnw bryd hynny. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Show every version of an incident: when it was recorded, each amendment with its reason and what changed, deletions and restorations. Never writes.</source>
        <translation>Dangos pob fersiwn o ddigwyddiad: pryd y&apos;i cofnodwyd, pob diwygiad gyda&apos;i reswm a&apos;r hyn a newidiodd, dileadau ac adferiadau. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>Y ffeil allforio.</translation>
    </message>
    <message>
        <source>What FILE is: %1.</source>
        <translation>Beth yw FILE: %1.</translation>
    </message>
    <message>
        <source>Keep only the messages and calls of this participant: a name as the export shows it, a phone number in any spelling (07700 900123 matches +44 7700 900123), or a person in the diary (matched by their names and numbers).</source>
        <translation>Cadw negeseuon a galwadau&apos;r cyfranogwr hwn yn unig: enw fel y mae&apos;r allforiad yn ei ddangos, rhif ffôn wedi&apos;i ysgrifennu mewn unrhyw ffordd (mae 07700 900123 yn cyfateb i +44 7700 900123), neu berson yn y dyddiadur (wedi&apos;i gyfateb yn ôl ei enwau a&apos;i rifau).</translation>
    </message>
    <message>
        <source>&apos;day&apos;: one incident per day instead of one per message.</source>
        <translation>&apos;day&apos;: un digwyddiad y dydd yn lle un i bob neges.</translation>
    </message>
    <message>
        <source>WhatsApp: how the phone writes dates, when the file cannot tell: dmy (day first), mdy (month first) or ymd.</source>
        <translation>WhatsApp: sut mae&apos;r ffôn yn ysgrifennu dyddiadau, pan na all y ffeil ddweud: dmy (diwrnod yn gyntaf), mdy (mis yn gyntaf) neu ymd.</translation>
    </message>
    <message>
        <source>Where the phone&apos;s clock was, for WhatsApp&apos;s and Signal&apos;s times and for days (an IANA name such as Europe/London; default: this computer&apos;s).</source>
        <translation>Ble&apos;r oedd cloc y ffôn, ar gyfer amseroedd WhatsApp a Signal ac ar gyfer diwrnodau (enw IANA fel Europe/London; rhagosodiad: un y cyfrifiadur hwn).</translation>
    </message>
    <message>
        <source>Do not attach the photos and files the export holds.</source>
        <translation>Peidio ag atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad.</translation>
    </message>
    <message>
        <source>Read the export and say what would be added; change nothing.</source>
        <translation>Darllen yr allforiad a dweud beth fyddai&apos;n cael ei ychwanegu; peidio â newid dim.</translation>
    </message>
    <message>
        <source>--group: only &apos;day&apos; is available.</source>
        <translation>--group: dim ond &apos;day&apos; sydd ar gael.</translation>
    </message>
    <message>
        <source>--date-order: use dmy (day first), mdy (month first) or ymd.</source>
        <translation>--date-order: defnyddiwch dmy (diwrnod yn gyntaf), mdy (mis yn gyntaf) neu ymd.</translation>
    </message>
    <message>
        <source>--time-zone: &apos;%1&apos; is not a time zone this computer knows (try Europe/London).</source>
        <translation>--time-zone: nid yw &apos;%1&apos; yn gylchfa amser y mae&apos;r cyfrifiadur hwn yn ei hadnabod (rhowch gynnig ar Europe/London).</translation>
    </message>
    <message>
        <source>The export %1 was not imported. %2</source>
        <translation>Ni fewnforiwyd yr allforiad %1. %2</translation>
    </message>
    <message>
        <source>Importing %1: %2% (%3 of %4)</source>
        <translation>Yn mewnforio %1: %2% (%3 o %4)</translation>
    </message>
    <message>
        <source>The export %1 was not imported. %2 Use --date-order dmy or --date-order mdy.</source>
        <translation>Ni fewnforiwyd yr allforiad %1. %2 Defnyddiwch --date-order dmy neu --date-order mdy.</translation>
    </message>
    <message>
        <source>The dates in %1 read both as day/month and as month/day (such as &quot;%2&quot;). Say which the phone uses with --date-order dmy or --date-order mdy.</source>
        <translation>Mae&apos;r dyddiadau yn %1 yn gwneud synnwyr fel diwrnod/mis ac fel mis/diwrnod (fel &quot;%2&quot;). Dywedwch pa un mae&apos;r ffôn yn ei ddefnyddio gyda --date-order dmy neu --date-order mdy.</translation>
    </message>
    <message>
        <source>Show the initials used in exhibit numbers (JS in JS/1), or change them. A change applies to new exhibits only: existing exhibits keep their numbers for life, and running numbers carry on.</source>
        <translation>Dangos y llythrennau blaen a ddefnyddir mewn rhifau arddangosion (JS yn JS/1), neu eu newid. Mae newid yn berthnasol i arddangosion newydd yn unig: mae arddangosion presennol yn cadw eu rhifau am byth, ac mae&apos;r rhifo&apos;n parhau.</translation>
    </message>
    <message>
        <source>New initials: 1 to 4 letters.</source>
        <translation>Llythrennau blaen newydd: 1 i 4 llythyren.</translation>
    </message>
    <message>
        <source>Exhibit numbers already use the initials %1; nothing changed.</source>
        <translation>Mae rhifau arddangosion eisoes yn defnyddio&apos;r llythrennau blaen %1; dim wedi newid.</translation>
    </message>
    <message>
        <source>New exhibits will be numbered %1/N. Existing exhibits keep their numbers.</source>
        <translation>Bydd arddangosion newydd yn cael eu rhifo %1/N. Mae arddangosion presennol yn cadw eu rhifau.</translation>
    </message>
    <message>
        <source>Incidents per week (week, first day, count, %1-week average, most frequent types):</source>
        <translation>Digwyddiadau yr wythnos (wythnos, diwrnod cyntaf, nifer, cyfartaledd %1 wythnos, mathau amlaf):</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Dim digwyddiadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Incidents by hour of day (columns 00 to 23) and day of week:</source>
        <translation>Digwyddiadau yn ôl awr y dydd (colofnau 00 i 23) a diwrnod yr wythnos:</translation>
    </message>
    <message>
        <source>Show warning signs in what the diary records (incidents recorded more often, a first contact in person, threats, contact at home or work, possible breaches of an order, other people drawn in), each with the incidents behind it, and the number of incidents per week and by time of day. With --json, the JSON described in docs/insights.md. Never writes.</source>
        <translation>Dangos arwyddion rhybudd yn yr hyn y mae&apos;r dyddiadur yn ei gofnodi (digwyddiadau&apos;n cael eu cofnodi&apos;n amlach, cyswllt cyntaf wyneb yn wyneb, bygythiadau, cyswllt yn y cartref neu&apos;r gwaith, achosion posibl o dorri gorchymyn, pobl eraill yn cael eu tynnu i mewn), pob un gyda&apos;r digwyddiadau y tu ôl iddo, a nifer y digwyddiadau yr wythnos ac yn ôl adeg y dydd. Gyda --json, y JSON a ddisgrifir yn docs/insights.md. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Count weeks from this day (default: the first incident).</source>
        <translation>Cyfrif wythnosau o&apos;r diwrnod hwn (rhagosodiad: y digwyddiad cyntaf).</translation>
    </message>
    <message>
        <source>Count weeks up to this day, and look for warning signs up to its end (default: today).</source>
        <translation>Cyfrif wythnosau hyd at y diwrnod hwn, a chwilio am arwyddion rhybudd hyd at ei ddiwedd (rhagosodiad: heddiw).</translation>
    </message>
    <message>
        <source>--to is before --from. Give the first day with --from and the last with --to.</source>
        <translation>Mae --to cyn --from. Rhowch y diwrnod cyntaf gyda --from a&apos;r olaf gyda --to.</translation>
    </message>
    <message>
        <source>Link an exhibit that is already in the diary to another incident as well (the same photo can show two incidents). The exhibit keeps its number.
Exit codes: 0 linked, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Cysylltu arddangosyn sydd eisoes yn y dyddiadur â digwyddiad arall hefyd (gall yr un llun ddangos dau ddigwyddiad). Mae&apos;r arddangosyn yn cadw ei rif.
Codau gadael: 0 wedi&apos;i gysylltu, 2 mewnbwn gwael (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>Exhibit %1 now belongs to %2.</source>
        <translation>Mae arddangosyn %1 bellach yn perthyn i %2.</translation>
    </message>
    <message>
        <source>List incidents, newest first (by when they happened). Filters combine: an incident must match all of them. With --json, a JSON array. Never writes.</source>
        <translation>Rhestru digwyddiadau, y diweddaraf yn gyntaf (yn ôl pryd y digwyddon nhw). Mae hidlwyr yn cyfuno: rhaid i ddigwyddiad gyfateb i bob un ohonynt. Gyda --json, arae JSON. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Deleted orders as well.</source>
        <translation>Gorchmynion wedi&apos;u dileu hefyd.</translation>
    </message>
    <message>
        <source>add an order with its conditions; prints the id</source>
        <translation>ychwanegu gorchymyn gyda&apos;i amodau; mae&apos;n argraffu&apos;r id</translation>
    </message>
    <message>
        <source>list the orders</source>
        <translation>rhestru&apos;r gorchmynion</translation>
    </message>
    <message>
        <source>show an order, its conditions and the possible breaches of each</source>
        <translation>dangos gorchymyn, ei amodau a&apos;r achosion posibl o dorri pob un</translation>
    </message>
    <message>
        <source>change an order (e.g. varied by the court): ID, options and --reason</source>
        <translation>newid gorchymyn (e.e. wedi&apos;i amrywio gan y llys): ID, opsiynau a --reason</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Yr is-orchymyn.</translation>
    </message>
    <message>
        <source>The order: its id or the first 6+ characters.</source>
        <translation>Y gorchymyn: ei id neu&apos;r 6+ nod cyntaf.</translation>
    </message>
    <message>
        <source>Protection orders, their conditions and recorded breaches.</source>
        <translation>Gorchmynion amddiffyn, eu hamodau a&apos;r achosion o&apos;u torri a gofnodwyd.</translation>
    </message>
    <message>
        <source>Add a protection order. Prints the new id, or with --json the order as JSON.</source>
        <translation>Ychwanegu gorchymyn amddiffyn. Mae&apos;n argraffu&apos;r id newydd, neu gyda --json y gorchymyn fel JSON.</translation>
    </message>
    <message>
        <source>List the protection orders, oldest recorded first. Never writes.</source>
        <translation>Rhestru&apos;r gorchmynion amddiffyn, yr hynaf a gofnodwyd yn gyntaf. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>No protection orders yet.</source>
        <translation>Dim gorchmynion amddiffyn eto.</translation>
    </message>
    <message>
        <source>Show an order with its conditions and, under each, the incidents recorded as possible breaches of it. Never writes.</source>
        <translation>Dangos gorchymyn gyda&apos;i amodau ac, o dan bob un, y digwyddiadau a gofnodwyd fel achosion posibl o&apos;i dorri. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Amend an order; the earlier version is kept. An empty value clears a field.</source>
        <translation>Diwygio gorchymyn; cedwir y fersiwn gynharach. Mae gwerth gwag yn clirio maes.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the order is being amended, e.g. varied by the court.</source>
        <translation>Mae --reason ar goll. Dywedwch pam mae&apos;r gorchymyn yn cael ei ddiwygio, e.e. wedi&apos;i amrywio gan y llys.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --expires DATE.</source>
        <translation>Dim i&apos;w ddiwygio: rhowch o leiaf un maes i&apos;w newid, e.e. --expires DATE.</translation>
    </message>
    <message>
        <source>Change a diary&apos;s password. If interrupted, the old password still works.</source>
        <translation>Newid cyfrinair dyddiadur. Os caiff ei dorri ar draws, mae&apos;r hen gyfrinair yn dal i weithio.</translation>
    </message>
    <message>
        <source>The diary.</source>
        <translation>Y dyddiadur.</translation>
    </message>
    <message>
        <source>Read the new password from the first line of FILE.</source>
        <translation>Darllen y cyfrinair newydd o linell gyntaf FILE.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Cyfrinair newydd ar gyfer %1: </translation>
    </message>
    <message>
        <source>The password of %1 is changed. The old one no longer opens it.</source>
        <translation>Mae cyfrinair %1 wedi newid. Nid yw&apos;r hen un yn ei agor mwyach.</translation>
    </message>
    <message>
        <source>Why the details change (required).</source>
        <translation>Pam mae&apos;r manylion yn newid (gofynnol).</translation>
    </message>
    <message>
        <source>Deleted people as well.</source>
        <translation>Pobl wedi&apos;u dileu hefyd.</translation>
    </message>
    <message>
        <source>add a person (--name required); prints the id</source>
        <translation>ychwanegu person (mae --name yn ofynnol); mae&apos;n argraffu&apos;r id</translation>
    </message>
    <message>
        <source>list people, stalkers first</source>
        <translation>rhestru pobl, stelcwyr yn gyntaf</translation>
    </message>
    <message>
        <source>show one person: ID is a name, id or id prefix</source>
        <translation>dangos un person: ID yw enw, id neu ddechrau id</translation>
    </message>
    <message>
        <source>change a person&apos;s details: ID, field options and --reason</source>
        <translation>newid manylion person: ID, opsiynau meysydd a --reason</translation>
    </message>
    <message>
        <source>The person: a name, id or id prefix.</source>
        <translation>Y person: enw, id neu ddechrau id.</translation>
    </message>
    <message>
        <source>The people in the diary: the stalker(s) first, witnesses, police officers and support workers.</source>
        <translation>Y bobl yn y dyddiadur: y stelciwr neu&apos;r stelcwyr yn gyntaf, tystion, swyddogion heddlu a gweithwyr cymorth.</translation>
    </message>
    <message>
        <source>Add a person. Prints the new id, or with --json the person as a JSON object.</source>
        <translation>Ychwanegu person. Mae&apos;n argraffu&apos;r id newydd, neu gyda --json y person fel gwrthrych JSON.</translation>
    </message>
    <message>
        <source>--name is missing. Give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>Mae --name ar goll. Rhowch enw, neu ddisgrifiad fel &quot;dyn anhysbys yn y car glas&quot;.</translation>
    </message>
    <message>
        <source>List the people in the diary, stalkers first, then by name. Never writes.</source>
        <translation>Rhestru&apos;r bobl yn y dyddiadur, stelcwyr yn gyntaf, yna yn ôl enw. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>No people yet. Add one with &apos;daymark-cli people DIARY add --name NAME&apos;.</source>
        <translation>Dim pobl eto. Ychwanegwch un gyda &apos;daymark-cli people DIARY add --name NAME&apos;.</translation>
    </message>
    <message>
        <source>Show one person in full. Never writes.</source>
        <translation>Dangos un person yn llawn. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Incidents involving or witnessed by them: %1 (see &apos;list --person&apos;).</source>
        <translation>Digwyddiadau sy&apos;n eu cynnwys neu a welwyd ganddynt: %1 (gweler &apos;list --person&apos;).</translation>
    </message>
    <message>
        <source>Amend a person&apos;s details; the earlier version is kept. A list option (--alias, --phone, ...) replaces the whole list; one empty value clears it. An empty text value clears that field.</source>
        <translation>Diwygio manylion person; cedwir y fersiwn gynharach. Mae opsiwn rhestr (--alias, --phone, ...) yn disodli&apos;r rhestr gyfan; mae un gwerth gwag yn ei chlirio. Mae gwerth testun gwag yn clirio&apos;r maes hwnnw.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why this person&apos;s details are being amended.</source>
        <translation>Mae --reason ar goll. Dywedwch pam mae manylion y person hwn yn cael eu diwygio.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --phone NUMBER.</source>
        <translation>Dim i&apos;w ddiwygio: rhowch o leiaf un maes i&apos;w newid, e.e. --phone NUMBER.</translation>
    </message>
    <message>
        <source>Restore a deleted incident.
(restore DIARY alone, or with a backup FILE, puts back a backup: &apos;daymark-cli restore DIARY --help&apos;.)
Exit codes: 0 restored, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Adfer digwyddiad sydd wedi&apos;i ddileu.
(mae restore DIARY ar ei ben ei hun, neu gyda FILE copi wrth gefn, yn rhoi copi wrth gefn yn ôl: &apos;daymark-cli restore DIARY --help&apos;.)
Codau gadael: 0 wedi&apos;i adfer, 2 mewnbwn gwael (dim wedi&apos;i ysgrifennu), 3 cyfrinair anghywir.</translation>
    </message>
    <message>
        <source>The incident: its number from &apos;list --deleted&apos; (12 or #12), id, or id prefix.</source>
        <translation>Y digwyddiad: ei rif o &apos;list --deleted&apos; (12 neu #12), ei id, neu ddechrau ei id.</translation>
    </message>
    <message>
        <source>Why it is restored (optional).</source>
        <translation>Pam mae&apos;n cael ei adfer (dewisol).</translation>
    </message>
    <message>
        <source>Incident #%1 restored.</source>
        <translation>Adferwyd digwyddiad #%1.</translation>
    </message>
    <message>
        <source>Put back a backup of a diary: BACKUP, or else the newest backup in DIARY.backups (or --from FOLDER) that opens with the password and passes the full check. The backup is copied and checked before anything is replaced; the diary it replaces is kept beside it as DIARY.damaged-&lt;time&gt;, never deleted. The restored diary opens with the password the backup was made under.
(restore DIARY ID, with an incident&apos;s number or id, undoes the deletion of an incident instead.)
Exit codes: 0 restored, 2 bad input, 3 wrong password, 4 no good backup (nothing changed), 5 file or disk problem.</source>
        <translation>Rhoi copi wrth gefn o ddyddiadur yn ôl: BACKUP, neu fel arall y copi wrth gefn diweddaraf yn DIARY.backups (neu --from FOLDER) sy&apos;n agor gyda&apos;r cyfrinair ac yn pasio&apos;r gwiriad llawn. Caiff y copi wrth gefn ei gopïo a&apos;i wirio cyn i ddim gael ei ddisodli; cedwir y dyddiadur y mae&apos;n ei ddisodli wrth ei ymyl fel DIARY.damaged-&lt;time&gt;, ac ni chaiff byth ei ddileu. Mae&apos;r dyddiadur a adferwyd yn agor gyda&apos;r cyfrinair a oedd ganddo pan wnaed y copi wrth gefn.
(mae restore DIARY ID, gyda rhif neu id digwyddiad, yn dadwneud dileu digwyddiad yn lle hynny.)
Codau gadael: 0 wedi&apos;i adfer, 2 mewnbwn gwael, 3 cyfrinair anghywir, 4 dim copi wrth gefn da (dim wedi newid), 5 problem ffeil neu ddisg.</translation>
    </message>
    <message>
        <source>The diary file to put back (it may be missing).</source>
        <translation>Ffeil y dyddiadur i&apos;w rhoi yn ôl (gall fod ar goll).</translation>
    </message>
    <message>
        <source>The backup file to restore (a .daymark file or a path).</source>
        <translation>Y ffeil copi wrth gefn i&apos;w hadfer (ffeil .daymark neu lwybr).</translation>
    </message>
    <message>
        <source>Look for backups in FOLDER instead of DIARY.backups.</source>
        <translation>Chwilio am gopïau wrth gefn yn FOLDER yn lle DIARY.backups.</translation>
    </message>
    <message>
        <source>%1 is a folder. Name the diary file to put back.</source>
        <translation>Ffolder yw %1. Enwch ffeil y dyddiadur i&apos;w rhoi yn ôl.</translation>
    </message>
    <message>
        <source>Name a backup file or a folder to look in (--from), not both.</source>
        <translation>Enwch ffeil copi wrth gefn neu ffolder i chwilio ynddo (--from), nid y ddau.</translation>
    </message>
    <message>
        <source>There are no backups of this diary in %1. Name a backup file, or the folder that holds them with --from.</source>
        <translation>Nid oes copïau wrth gefn o&apos;r dyddiadur hwn yn %1. Enwch ffeil copi wrth gefn, neu&apos;r ffolder sy&apos;n eu dal gyda --from.</translation>
    </message>
    <message>
        <source>No backup in %1 opens with this password and passes the check:</source>
        <translation>Nid oes copi wrth gefn yn %1 sy&apos;n agor gyda&apos;r cyfrinair hwn ac yn pasio&apos;r gwiriad:</translation>
    </message>
    <message>
        <source>Nothing was changed. If you changed the password, try the old one.</source>
        <translation>Ni newidiwyd dim. Os gwnaethoch newid y cyfrinair, rhowch gynnig ar yr hen un.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Hepgorwyd %1: %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2 (checked: %3 journal records; fingerprint %4).</source>
        <translation>Adferwyd %1 o&apos;r copi wrth gefn %2 (wedi&apos;i wirio: %3 cofnod cyfnodolyn; ôl bys %4).</translation>
    </message>
    <message>
        <source>There was no diary file to replace.</source>
        <translation>Nid oedd ffeil dyddiadur i&apos;w disodli.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1; delete it only once you are sure you do not need it.</source>
        <translation>Cedwir y ffeil a ddisodlwyd fel %1; dilëwch hi dim ond pan fyddwch yn siŵr nad oes ei hangen arnoch.</translation>
    </message>
    <message>
        <source>Anything written after the backup was made is not in the restored diary.</source>
        <translation>Nid yw unrhyw beth a ysgrifennwyd ar ôl gwneud y copi wrth gefn yn y dyddiadur a adferwyd.</translation>
    </message>
    <message>
        <source>--note belongs to one answer: give exactly one --answer with it.</source>
        <translation>Mae --note yn perthyn i un ateb: rhowch union un --answer gydag ef.</translation>
    </message>
    <message>
        <source>--answer: &apos;%1&apos; is not QUESTION=yes, QUESTION=no or QUESTION=dont-know.</source>
        <translation>--answer: nid yw &apos;%1&apos; ar ffurf QUESTION=yes, QUESTION=no neu QUESTION=dont-know.</translation>
    </message>
    <message>
        <source>There is no screening question &apos;%1&apos;. &apos;daymark-cli screening DIARY&apos; lists the codes.</source>
        <translation>Nid oes cwestiwn sgrinio &apos;%1&apos;. Mae &apos;daymark-cli screening DIARY&apos; yn rhestru&apos;r codau.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Heb ei ateb eto.</translation>
    </message>
    <message>
        <source>The stalking risk screening questions (on the themes police and support services in the UK ask about) with your latest answers, when you gave them, and the incidents in the diary that bear on each. --answer saves answers; earlier answers are kept. Talking the questions through with the police or the National Stalking Helpline (0808 802 0300) helps; in danger, call 999.</source>
        <translation>Y cwestiynau sgrinio risg stelcian (ar y themâu y mae&apos;r heddlu a gwasanaethau cymorth yn y DU yn holi amdanynt) gyda&apos;ch atebion diweddaraf, pryd y&apos;u rhoddwyd, a&apos;r digwyddiadau yn y dyddiadur sy&apos;n berthnasol i bob un. Mae --answer yn cadw atebion; cedwir atebion cynharach. Mae&apos;n help trafod y cwestiynau gyda&apos;r heddlu neu&apos;r National Stalking Helpline (0808 802 0300); os ydych mewn perygl, ffoniwch 999.</translation>
    </message>
    <message>
        <source>Answer a question: CODE=yes, CODE=no or CODE=dont-know. Repeatable.</source>
        <translation>Ateb cwestiwn: CODE=yes, CODE=no neu CODE=dont-know. Gellir ei ailadrodd.</translation>
    </message>
    <message>
        <source>A note kept with the answer.</source>
        <translation>Nodyn a gedwir gyda&apos;r ateb.</translation>
    </message>
    <message>
        <source>Why an answer changed (optional).</source>
        <translation>Pam y newidiodd ateb (dewisol).</translation>
    </message>
    <message>
        <source>Every answer given to one question.</source>
        <translation>Pob ateb a roddwyd i un cwestiwn.</translation>
    </message>
    <message>
        <source>Saved 1 answer.</source>
        <translation>Cadwyd 1 ateb.</translation>
    </message>
    <message>
        <source>Saved %1 answers (unchanged answers are not saved again).</source>
        <translation>Cadwyd %1 ateb (ni chaiff atebion heb eu newid eu cadw eto).</translation>
    </message>
    <message>
        <source>%1, answered %2</source>
        <translation>%1, atebwyd %2</translation>
    </message>
    <message>
        <source>In the diary: %1 incidents, the latest #%2.</source>
        <translation>Yn y dyddiadur: %1 digwyddiad, y diweddaraf #%2.</translation>
    </message>
    <message>
        <source>Search what happened, notes, places, people&apos;s names and tags. Every word must match, as a word or the start of one (&quot;thr&quot; finds &quot;threatened&quot;). Newest first; the filters of &apos;list&apos; apply. Never writes.</source>
        <translation>Chwilio&apos;r hyn a ddigwyddodd, nodiadau, lleoedd, enwau pobl a thagiau. Rhaid i bob gair gyfateb, fel gair neu ddechrau gair (&quot;bygy&quot; yn canfod &quot;bygythiodd&quot;). Y diweddaraf yn gyntaf; mae hidlwyr &apos;list&apos; yn berthnasol. Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Y geiriau i&apos;w canfod.</translation>
    </message>
    <message>
        <source>The search has no words to look for. Give at least one word or the start of one.</source>
        <translation>Nid oes gan y chwiliad eiriau i chwilio amdanynt. Rhowch o leiaf un gair neu ddechrau gair.</translation>
    </message>
    <message>
        <source>Show one incident in full (deleted ones too). Never writes.</source>
        <translation>Dangos un digwyddiad yn llawn (rhai wedi&apos;u dileu hefyd). Nid yw byth yn ysgrifennu.</translation>
    </message>
    <message>
        <source>Check an evidence bundle made by export-bundle: every file against SHA256SUMS and manifest.json (size and SHA-256), that no file was added or removed, and the Ed25519 signature of manifest.json with signing-key.pem. Names each file that fails. Needs no diary and no password; never writes.
The signature shows which diary made the bundle only when its fingerprint or key matches one its owner gave you separately.
Exit codes: 0 every check holds, 1 cancelled, 4 a check failed, 5 the file is missing or not a zip.</source>
        <translation>Gwirio bwndel tystiolaeth a wnaed gan export-bundle: pob ffeil yn erbyn SHA256SUMS a manifest.json (maint a SHA-256), na ychwanegwyd nac na thynnwyd unrhyw ffeil, a llofnod Ed25519 manifest.json gyda signing-key.pem. Mae&apos;n enwi pob ffeil sy&apos;n methu. Nid oes angen dyddiadur na chyfrinair; nid yw byth yn ysgrifennu.
Mae&apos;r llofnod yn dangos pa ddyddiadur a wnaeth y bwndel dim ond pan fydd ei ôl bys neu ei allwedd yn cyfateb i un a roddodd ei berchennog i chi ar wahân.
Codau gadael: 0 mae pob gwiriad yn dal, 1 wedi&apos;i ganslo, 4 methodd gwiriad, 5 mae&apos;r ffeil ar goll neu nid yw&apos;n zip.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip file.</source>
        <translation>Ffeil zip y bwndel.</translation>
    </message>
    <message>
        <source>Checking %1: %2% (%3 of %4)</source>
        <translation>Yn gwirio %1: %2% (%3 o %4)</translation>
    </message>
    <message>
        <source>%1: verified. Files: %2. Every file matches SHA256SUMS and manifest.json, none was added or removed, and the signature of manifest.json is valid.</source>
        <translation>%1: wedi&apos;i wirio. Ffeiliau: %2. Mae pob ffeil yn cyfateb i SHA256SUMS a manifest.json, ni ychwanegwyd nac ni thynnwyd dim, ac mae llofnod manifest.json yn ddilys.</translation>
    </message>
    <message>
        <source>Diary fingerprint at export: %1</source>
        <translation>Ôl bys y dyddiadur adeg yr allforio: %1</translation>
    </message>
    <message>
        <source>Signing key (Ed25519): %1</source>
        <translation>Allwedd lofnodi (Ed25519): %1</translation>
    </message>
    <message>
        <source>Exported: %1 UTC</source>
        <translation>Allforiwyd: %1 UTC</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one the diary&apos;s owner gave you separately to know which diary made it.</source>
        <translation>Cymharwch yr ôl bys ag un a roddodd perchennog y dyddiadur i chi ar wahân i wybod pa ddyddiadur a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>%1: NOT verified. Problems found: %2</source>
        <translation>%1: HEB ei wirio. Problemau a gafwyd: %2</translation>
    </message>
    <message>
        <source>The signature of manifest.json could not be checked.</source>
        <translation>Nid oedd modd gwirio llofnod manifest.json.</translation>
    </message>
    <message>
        <source>Do not rely on this bundle; ask for it to be exported and sent again.</source>
        <translation>Peidiwch â dibynnu ar y bwndel hwn; gofynnwch iddo gael ei allforio a&apos;i anfon eto.</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 awr %2 mun %3 eil</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mun %2 eil</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 eil</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Math o gyfrwng</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Enw gwreiddiol</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>wedi&apos;u dileu: %1</translation>
    </message>
    <message>
        <source>Exhibit %1 (deleted)</source>
        <translation>Arddangosyn %1 (wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Arddangosyn %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Enw gwreiddiol: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Maint: %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 beit)</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Math o gyfrwng: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ychwanegwyd: %1</translation>
    </message>
    <message>
        <source>File last modified: %1</source>
        <translation>Addaswyd y ffeil ddiwethaf: %1</translation>
    </message>
    <message>
        <source>File created: %1</source>
        <translation>Crëwyd y ffeil: %1</translation>
    </message>
    <message>
        <source>How obtained: %1</source>
        <translation>Sut y&apos;i cafwyd: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Disgrifiad: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Tynnwyd: %1</translation>
    </message>
    <message>
        <source>%1 by the camera&apos;s clock (its time zone is not recorded)</source>
        <translation>%1 yn ôl cloc y camera (ni chofnodir ei gylchfa amser)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Lleoliad: %1</translation>
    </message>
    <message>
        <source>%1 (altitude %2 m)</source>
        <translation>%1 (uchder %2 m)</translation>
    </message>
    <message>
        <source>Image size: %1</source>
        <translation>Maint y ddelwedd: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 picsel</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Hyd: %1</translation>
    </message>
    <message>
        <source>#%1 %2  %3</source>
        <translation>#%1 %2  %3</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Digwyddiadau: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Dilëwyd: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Its number and history are kept; its contents are no longer in the diary.</source>
        <translation>Rheswm: %1. Cedwir ei rif a&apos;i hanes; nid yw ei gynnwys yn y dyddiadur mwyach.</translation>
    </message>
    <message>
        <source>%1: added to %2 (journal record %3).</source>
        <translation>%1: ychwanegwyd at %2 (cofnod cyfnodolyn %3).</translation>
    </message>
    <message>
        <source>%1: linked to %2 (journal record %3).</source>
        <translation>%1: cysylltwyd â %2 (cofnod cyfnodolyn %3).</translation>
    </message>
    <message>
        <source>%1: detached from %2 (journal record %3). Reason: %4</source>
        <translation>%1: datgysylltwyd oddi wrth %2 (cofnod cyfnodolyn %3). Rheswm: %4</translation>
    </message>
    <message>
        <source>%1: deleted (journal record %2). Reason: %3</source>
        <translation>%1: dilëwyd (cofnod cyfnodolyn %2). Rheswm: %3</translation>
    </message>
    <message>
        <source>%1: %2 (journal record %3).</source>
        <translation>%1: %2 (cofnod cyfnodolyn %3).</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Hanes: %1</translation>
    </message>
    <message>
        <source>Only incidents starting at or after this date (2026-03-01) or time (2026-03-01T21:15).</source>
        <translation>Dim ond digwyddiadau sy&apos;n dechrau ar y dyddiad hwn neu wedyn (2026-03-01) neu&apos;r amser hwn neu wedyn (2026-03-01T21:15).</translation>
    </message>
    <message>
        <source>Only incidents starting before this time, or on or before this date (the whole day is included).</source>
        <translation>Dim ond digwyddiadau sy&apos;n dechrau cyn yr amser hwn, neu ar y dyddiad hwn neu cyn hynny (mae&apos;r diwrnod cyfan wedi&apos;i gynnwys).</translation>
    </message>
    <message>
        <source>The time zone of --from and --to (default: the system&apos;s).</source>
        <translation>Cylchfa amser --from a --to (rhagosodiad: un y system).</translation>
    </message>
    <message>
        <source>Only this type (repeatable, or comma-separated: call,text).</source>
        <translation>Dim ond y math hwn (gellir ei ailadrodd, neu wedi&apos;u gwahanu gan goma: call,text).</translation>
    </message>
    <message>
        <source>Only incidents involving or witnessed by this person (name or id; repeatable).</source>
        <translation>Dim ond digwyddiadau sy&apos;n cynnwys y person hwn neu a welwyd ganddo (enw neu id; gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Only incidents marked as possible breaches of this order (repeatable).</source>
        <translation>Dim ond digwyddiadau a farciwyd fel achosion posibl o dorri&apos;r gorchymyn hwn (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Exactly these incidents, by number or id (repeatable); the filters above are then ignored.</source>
        <translation>Yn union y digwyddiadau hyn, yn ôl rhif neu id (gellir ei ailadrodd); anwybyddir yr hidlwyr uchod wedyn.</translation>
    </message>
    <message>
        <source>Include private notes (left out unless this is given).</source>
        <translation>Cynnwys nodiadau preifat (gadewir hwy allan oni roddir hyn).</translation>
    </message>
    <message>
        <source>Show this kind of detail as [redacted] (repeatable): %1.</source>
        <translation>Dangos y math hwn o fanylion fel [wedi&apos;i guddio] (gellir ei ailadrodd): %1.</translation>
    </message>
    <message>
        <source>Hide these exact words wherever they appear in the text, ignoring case (repeatable), e.g. your own address.</source>
        <translation>Cuddio&apos;r union eiriau hyn lle bynnag y maent yn ymddangos yn y testun, heb ystyried priflythrennau (gellir ei ailadrodd), e.e. eich cyfeiriad eich hun.</translation>
    </message>
    <message>
        <source>Leave the original exhibit files out of the bundle.</source>
        <translation>Gadael ffeiliau gwreiddiol yr arddangosion allan o&apos;r bwndel.</translation>
    </message>
    <message>
        <source>Leave out earlier versions of amended incidents.</source>
        <translation>Gadael fersiynau cynharach o ddigwyddiadau a ddiwygiwyd allan.</translation>
    </message>
    <message>
        <source>End the PDF with an annex of your latest risk screening answers (left out unless this is given).</source>
        <translation>Gorffen y PDF gydag atodiad o&apos;ch atebion sgrinio risg diweddaraf (gadewir allan oni roddir hyn).</translation>
    </message>
    <message>
        <source>Whose diary, for the cover page (optional).</source>
        <translation>Dyddiadur pwy, ar gyfer y dudalen flaen (dewisol).</translation>
    </message>
    <message>
        <source>Text at the top of every page, e.g. RESTRICTED.</source>
        <translation>Testun ar frig pob tudalen, e.e. CYFYNGEDIG.</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Maint papur: a4 (rhagosodiad) neu letter.</translation>
    </message>
    <message>
        <source>--to is not after --from, so nothing could match. Give a --to later than --from.</source>
        <translation>Nid yw --to ar ôl --from, felly ni allai dim gyfateb. Rhowch --to sy&apos;n hwyrach na --from.</translation>
    </message>
    <message>
        <source>--type: &apos;%1&apos; is not an incident type. Use one of: %2.</source>
        <translation>--type: nid yw &apos;%1&apos; yn fath o ddigwyddiad. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>--redact: &apos;%1&apos; is not a detail that can be redacted. Use one of: %2.</source>
        <translation>--redact: nid yw &apos;%1&apos; yn fanylyn y gellir ei guddio. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>--redact-text: give the words to hide; empty text hides nothing.</source>
        <translation>--redact-text: rhowch y geiriau i&apos;w cuddio; nid yw testun gwag yn cuddio dim.</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a paper size. Use a4 or letter.</source>
        <translation>--paper: nid yw &apos;%1&apos; yn faint papur. Defnyddiwch a4 neu letter.</translation>
    </message>
    <message>
        <source>--incident: incident #%1 is deleted. Restore it first, or leave it out.</source>
        <translation>--incident: mae digwyddiad #%1 wedi&apos;i ddileu. Adferwch ef yn gyntaf, neu gadewch ef allan.</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other. Give one of them.</source>
        <translation>Mae --%1 a --%2 yn gwrth-ddweud ei gilydd. Rhowch un ohonynt.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more.</source>
        <translation>--%1: nid yw &apos;%2&apos; yn rhif cyfan o 0 neu fwy.</translation>
    </message>
    <message>
        <source>Only incidents involving or witnessed by this person (name or id).</source>
        <translation>Dim ond digwyddiadau sy&apos;n cynnwys y person hwn neu a welwyd ganddo (enw neu id).</translation>
    </message>
    <message>
        <source>Only incidents marked as possible breaches of this order.</source>
        <translation>Dim ond digwyddiadau a farciwyd fel achosion posibl o dorri&apos;r gorchymyn hwn.</translation>
    </message>
    <message>
        <source>Only possible breaches of an order.</source>
        <translation>Dim ond achosion posibl o dorri gorchymyn.</translation>
    </message>
    <message>
        <source>Only incidents not marked as a breach.</source>
        <translation>Dim ond digwyddiadau heb eu marcio fel achos o dorri gorchymyn.</translation>
    </message>
    <message>
        <source>Only incidents reported to the police.</source>
        <translation>Dim ond digwyddiadau a adroddwyd i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>Only incidents not reported to the police.</source>
        <translation>Dim ond digwyddiadau na adroddwyd i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>Only deleted incidents.</source>
        <translation>Dim ond digwyddiadau wedi&apos;u dileu.</translation>
    </message>
    <message>
        <source>Deleted incidents as well.</source>
        <translation>Digwyddiadau wedi&apos;u dileu hefyd.</translation>
    </message>
    <message>
        <source>At most N incidents (default: all).</source>
        <translation>Uchafswm o N digwyddiad (rhagosodiad: y cyfan).</translation>
    </message>
    <message>
        <source>Skip the first N (with --limit, for pages).</source>
        <translation>Hepgor yr N cyntaf (gyda --limit, ar gyfer tudalennau).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Messages and calls: %1</source>
        <translation>Negeseuon a galwadau: %1</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(%1 i %2)</translation>
    </message>
    <message>
        <source>Lines written by the app itself, not messages: %1</source>
        <translation>Llinellau a ysgrifennwyd gan yr ap ei hun, nid negeseuon: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Cyfranogwyr: %1</translation>
    </message>
    <message>
        <source>Left out, from other participants (--from): %1</source>
        <translation>Wedi&apos;u gadael allan, gan gyfranogwyr eraill (--from): %1</translation>
    </message>
    <message>
        <source>Already in the diary from an earlier import: %1</source>
        <translation>Eisoes yn y dyddiadur o fewnforio cynharach: %1</translation>
    </message>
    <message>
        <source>New messages and calls that would be added: %1. Nothing was written (dry run).</source>
        <translation>Negeseuon a galwadau newydd a fyddai&apos;n cael eu hychwanegu: %1. Ni ysgrifennwyd dim (rhediad prawf).</translation>
    </message>
    <message>
        <source>Nothing new to add; the diary is unchanged.</source>
        <translation>Dim byd newydd i&apos;w ychwanegu; nid yw&apos;r dyddiadur wedi newid.</translation>
    </message>
    <message>
        <source>Incidents added: %1 (#%2 to #%3). The export file is exhibit %4.</source>
        <translation>Digwyddiadau a ychwanegwyd: %1 (#%2 i #%3). Y ffeil allforio yw arddangosyn %4.</translation>
    </message>
    <message>
        <source>Photos and files attached: %1; named in messages but not in the export: %2.</source>
        <translation>Lluniau a ffeiliau a atodwyd: %1; wedi&apos;u henwi mewn negeseuon ond nid yn yr allforiad: %2.</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Nid oes digwyddiadau&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>Incidents: %1 shown of %2.</source>
        <translation>Digwyddiadau: dangosir %1 o %2.</translation>
    </message>
    <message>
        <source>Incidents: %1.</source>
        <translation>Digwyddiadau: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other. Give one of them.</source>
        <translation>Mae %1 a %2 yn gwrth-ddweud ei gilydd. Rhowch un ohonynt.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number. Give degrees as a decimal number, e.g. 51.5074 or -0.1278.</source>
        <translation>%1: nid yw &apos;%2&apos; yn rhif. Rhowch raddau fel rhif degol, e.e. 51.5074 neu -0.1278.</translation>
    </message>
    <message>
        <source>--type is missing. Say what kind of incident it was, one of: %1.</source>
        <translation>Mae --type ar goll. Dywedwch pa fath o ddigwyddiad ydoedd, un o: %1.</translation>
    </message>
    <message>
        <source>--at is missing. Say when it happened, e.g. --at 2026-03-01T21:15 or --at now.</source>
        <translation>Mae --at ar goll. Dywedwch pryd y digwyddodd, e.e. --at 2026-03-01T21:15 neu --at now.</translation>
    </message>
    <message>
        <source>--summary is missing. Say in a few words what happened.</source>
        <translation>Mae --summary ar goll. Dywedwch mewn ychydig eiriau beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>--summary cannot be empty. Say in a few words what happened.</source>
        <translation>Ni all --summary fod yn wag. Dywedwch mewn ychydig eiriau beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>--breach: &apos;%1&apos; is not ORDER:CONDITION. Give the order&apos;s id (or its first 6 characters) and the condition&apos;s number, e.g. 3f2a9c:2.</source>
        <translation>--breach: nid yw &apos;%1&apos; ar ffurf ORDER:CONDITION. Rhowch id y gorchymyn (neu ei 6 nod cyntaf) a rhif yr amod, e.e. 3f2a9c:2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>condition %1 of %2</source>
        <translation>amod %1 o %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <translation>%1, yn fras</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>cofnodwyd %1</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>diwygiwyd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dilëwyd</translation>
    </message>
    <message>
        <source>Incident #%1 (version %2, amended)</source>
        <translation>Digwyddiad #%1 (fersiwn %2, wedi&apos;i ddiwygio)</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Digwyddiad #%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Math: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Pryd: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Cofnodwyd: %1</translation>
    </message>
    <message>
        <source>%1 (before the time given for the incident)</source>
        <translation>%1 (cyn yr amser a roddwyd ar gyfer y digwyddiad)</translation>
    </message>
    <message>
        <source>%1 (%2 after it happened)</source>
        <translation>%1 (%2 ar ôl iddo ddigwydd)</translation>
    </message>
    <message>
        <source>Last amended: %1</source>
        <translation>Diwygiwyd ddiwethaf: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Crynodeb: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Beth ddigwyddodd: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Sianel: %1</translation>
    </message>
    <message>
        <source>Account used: %1</source>
        <translation>Cyfrif a ddefnyddiwyd: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lle: %1</translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translation>Cyfesurynnau: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Effaith: %1</translation>
    </message>
    <message>
        <source>People involved: %1</source>
        <translation>Pobl dan sylw: %1</translation>
    </message>
    <message>
        <source>Witnesses: %1</source>
        <translation>Tystion: %1</translation>
    </message>
    <message>
        <source>Other witnesses: %1</source>
        <translation>Tystion eraill: %1</translation>
    </message>
    <message>
        <source>Children present: %1</source>
        <translation>Plant yn bresennol: %1</translation>
    </message>
    <message>
        <source>Reported to police: %1</source>
        <translation>Wedi&apos;i adrodd i&apos;r heddlu: %1</translation>
    </message>
    <message>
        <source>Police reference: %1</source>
        <translation>Cyfeirnod yr heddlu: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Swyddog: %1</translation>
    </message>
    <message>
        <source>Possible breaches: %1</source>
        <translation>Achosion posibl o dorri gorchymyn: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tagiau: %1</translation>
    </message>
    <message>
        <source>Private notes: %1</source>
        <translation>Nodiadau preifat: %1</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <translation>Arddangosion: %1</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Rheswm: %2</translation>
    </message>
    <message>
        <source>Version %1: recorded %2 (journal record %3).</source>
        <translation>Fersiwn %1: cofnodwyd %2 (cofnod cyfnodolyn %3).</translation>
    </message>
    <message>
        <source>Version %1: amended %2 (journal record %3). Reason: %4</source>
        <translation>Fersiwn %1: diwygiwyd %2 (cofnod cyfnodolyn %3). Rheswm: %4</translation>
    </message>
    <message>
        <source>Deleted %1 (journal record %2). Reason: %3</source>
        <translation>Dilëwyd %1 (cofnod cyfnodolyn %2). Rheswm: %3</translation>
    </message>
    <message>
        <source>Restored %1 (journal record %2).</source>
        <translation>Adferwyd %1 (cofnod cyfnodolyn %2).</translation>
    </message>
    <message>
        <source>Restored %1 (journal record %2). Reason: %3</source>
        <translation>Adferwyd %1 (cofnod cyfnodolyn %2). Rheswm: %3</translation>
    </message>
    <message>
        <source>%1 at %2 (journal record %3).</source>
        <translation>%1 am %2 (cofnod cyfnodolyn %3).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; became &quot;%3&quot;</source>
        <translation>%1: daeth &quot;%2&quot; yn &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not 1 to 4 letters. Give the initials of the person producing the exhibits, such as JS for exhibit numbers like JS/1.</source>
        <translation>%1: nid yw &apos;%2&apos; yn 1 i 4 llythyren. Rhowch lythrennau blaen y person sy&apos;n cyflwyno&apos;r arddangosion, fel JS ar gyfer rhifau arddangosion fel JS/1.</translation>
    </message>
    <message>
        <source>Usage: daymark-cli COMMAND [OPTIONS] ARGUMENTS

Commands:
  create DIARY [--initials JS] create a new encrypted diary
  check DIARY                  check the file, the journal chain and the data (exit 0 when sound)
  passwd DIARY                 change a diary&apos;s password
  add DIARY --type CODE --at TIME --summary TEXT [...]   record an incident; prints its id
  amend DIARY ID [field options] --reason TEXT           save a new version of an incident
  delete DIARY ID --reason TEXT                          delete an incident (it can be restored)
  restore DIARY ID [--reason TEXT]                       undo a deletion
  show DIARY ID                show one incident in full
  history DIARY ID             every version of an incident, with reasons
  list DIARY [filters]         incidents, newest first
  search DIARY QUERY [filters] full-text search, newest first
  people DIARY add|list|show|amend   the stalker(s), witnesses, officers, support workers
  orders DIARY add|list|show|amend   protection orders, conditions and recorded breaches
  fingerprint DIARY            the diary&apos;s fingerprint, to write down or send to someone
  backup DIARY [--to FOLDER]   an encrypted backup now (same password), checked; keeps the newest 7
  restore DIARY [BACKUP]       put back the newest good backup (or BACKUP); the replaced file is kept aside
  copy DIARY NEWFILE           a copy under a different password, for someone you trust or a safe place
  demo DIARY [--incidents N] [--seed S]   a new diary full of fictional data, for trying things

Evidence files (exhibits, numbered like JS/1):
  attach DIARY ID FILE... [--how KIND] [--description TEXT]   keep files as exhibits of an incident
  exhibits DIARY [--incident ID] [--include-deleted]          the exhibits: number, size, type, name, incidents
  exhibit DIARY EXHIBIT                                       one exhibit in full: SHA-256, camera data, incidents
  extract DIARY EXHIBIT OUTFILE                               write its original bytes to a new file, verified
  link DIARY EXHIBIT ID                                       an exhibit also belongs to another incident
  detach DIARY EXHIBIT ID --reason TEXT                       it no longer belongs to that incident
  exhibit-delete DIARY EXHIBIT --reason TEXT                  delete an exhibit that belongs to no incident
  initials DIARY [NEW]                                        show or change the initials of new exhibit numbers

Seeing the pattern:
  insights DIARY [--from DATE] [--to DATE]   warning signs with their incidents, incidents per week and by hour
  screening DIARY [--answer CODE=yes|no|dont-know] [--note TEXT] [--history CODE]   the risk screening questions

Evidence for police:
  export-pdf DIARY OUT.pdf [filters]      the PDF timeline of the chosen incidents
  export-bundle DIARY OUT.zip [filters]   a signed zip: PDF, original exhibits, CSV, JSON, SHA256SUMS, README
  verify BUNDLE.zip                       check a bundle&apos;s hashes, signature and file list (exit 0 when all hold)

Messages and calls from phone exports (the export file is kept as an exhibit):
  import DIARY --format FORMAT FILE [--from WHO] [--group day] [--dry-run]   a WhatsApp chat (whatsapp), SMS
      Backup &amp; Restore messages (sms-backup) or calls (calls): one incident per message or call

ID is an incident&apos;s number from &apos;list&apos; (12 or #12), its id, or the first 6+ characters of the id.
EXHIBIT is an exhibit&apos;s number (JS/3 or 3), its id, or an id prefix.
--json on commands that print records gives the stable JSON described in docs/cli-json.md.

Passwords come from --password-file FILE (first line), else DAYMARK_PASSWORD, else a prompt.
passwd takes the new one from --new-password-file FILE, else DAYMARK_NEW_PASSWORD, else a prompt.
&apos;daymark-cli COMMAND --help&apos; describes a command.

Exit codes: 0 success, 1 failure, 2 wrong usage or bad input (including a record that does not exist;
nothing is written), 3 wrong password or not a diary, 4 diary damaged or bundle not verified, 5 file or
disk problem, 6 crypto self-test failed.
</source>
        <translation>Defnydd: daymark-cli COMMAND [OPTIONS] ARGUMENTS

Gorchmynion:
  create DIARY [--initials JS] creu dyddiadur newydd wedi&apos;i amgryptio
  check DIARY                  gwirio&apos;r ffeil, cadwyn y cyfnodolyn a&apos;r data (gadael 0 pan fo&apos;n iach)
  passwd DIARY                 newid cyfrinair dyddiadur
  add DIARY --type CODE --at TIME --summary TEXT [...]   cofnodi digwyddiad; mae&apos;n argraffu ei id
  amend DIARY ID [field options] --reason TEXT           cadw fersiwn newydd o ddigwyddiad
  delete DIARY ID --reason TEXT                          dileu digwyddiad (gellir ei adfer)
  restore DIARY ID [--reason TEXT]                       dadwneud dileu
  show DIARY ID                dangos un digwyddiad yn llawn
  history DIARY ID             pob fersiwn o ddigwyddiad, gyda rhesymau
  list DIARY [filters]         digwyddiadau, y diweddaraf yn gyntaf
  search DIARY QUERY [filters] chwilio&apos;r testun llawn, y diweddaraf yn gyntaf
  people DIARY add|list|show|amend   y stelciwr/stelcwyr, tystion, swyddogion, gweithwyr cymorth
  orders DIARY add|list|show|amend   gorchmynion amddiffyn, amodau ac achosion a gofnodwyd o&apos;u torri
  fingerprint DIARY            ôl bys y dyddiadur, i&apos;w ysgrifennu neu ei anfon at rywun
  backup DIARY [--to FOLDER]   copi wrth gefn wedi&apos;i amgryptio nawr (yr un cyfrinair), wedi&apos;i wirio; yn cadw&apos;r 7 diweddaraf
  restore DIARY [BACKUP]       rhoi&apos;r copi wrth gefn da diweddaraf (neu BACKUP) yn ôl; cedwir y ffeil a ddisodlwyd o&apos;r neilltu
  copy DIARY NEWFILE           copi dan gyfrinair gwahanol, i rywun rydych yn ymddiried ynddo neu i le diogel
  demo DIARY [--incidents N] [--seed S]   dyddiadur newydd yn llawn data ffuglennol, i roi cynnig ar bethau

Ffeiliau tystiolaeth (arddangosion, wedi&apos;u rhifo fel JS/1):
  attach DIARY ID FILE... [--how KIND] [--description TEXT]   cadw ffeiliau fel arddangosion digwyddiad
  exhibits DIARY [--incident ID] [--include-deleted]          yr arddangosion: rhif, maint, math, enw, digwyddiadau
  exhibit DIARY EXHIBIT                                       un arddangosyn yn llawn: SHA-256, data camera, digwyddiadau
  extract DIARY EXHIBIT OUTFILE                               ysgrifennu ei feitiau gwreiddiol i ffeil newydd, wedi&apos;u gwirio
  link DIARY EXHIBIT ID                                       mae arddangosyn yn perthyn i ddigwyddiad arall hefyd
  detach DIARY EXHIBIT ID --reason TEXT                       nid yw&apos;n perthyn i&apos;r digwyddiad hwnnw mwyach
  exhibit-delete DIARY EXHIBIT --reason TEXT                  dileu arddangosyn nad yw&apos;n perthyn i unrhyw ddigwyddiad
  initials DIARY [NEW]                                        dangos neu newid llythrennau blaen rhifau arddangosion newydd

Gweld y patrwm:
  insights DIARY [--from DATE] [--to DATE]   arwyddion rhybudd gyda&apos;u digwyddiadau, digwyddiadau yr wythnos ac yn ôl yr awr
  screening DIARY [--answer CODE=yes|no|dont-know] [--note TEXT] [--history CODE]   y cwestiynau sgrinio risg

Tystiolaeth i&apos;r heddlu:
  export-pdf DIARY OUT.pdf [filters]      llinell amser PDF y digwyddiadau a ddewiswyd
  export-bundle DIARY OUT.zip [filters]   zip wedi&apos;i lofnodi: PDF, arddangosion gwreiddiol, CSV, JSON, SHA256SUMS, README
  verify BUNDLE.zip                       gwirio stwnshau, llofnod a rhestr ffeiliau bwndel (gadael 0 pan fo&apos;r cyfan yn dal)

Negeseuon a galwadau o allforion ffôn (cedwir y ffeil allforio fel arddangosyn):
  import DIARY --format FORMAT FILE [--from WHO] [--group day] [--dry-run]   sgwrs WhatsApp (whatsapp), negeseuon
      SMS Backup &amp; Restore (sms-backup) neu alwadau (calls): un digwyddiad i bob neges neu alwad

ID yw rhif digwyddiad o &apos;list&apos; (12 neu #12), ei id, neu 6+ nod cyntaf yr id.
EXHIBIT yw rhif arddangosyn (JS/3 neu 3), ei id, neu ddechrau id.
Mae --json ar orchmynion sy&apos;n argraffu cofnodion yn rhoi&apos;r JSON sefydlog a ddisgrifir yn docs/cli-json.md.

Daw cyfrineiriau o --password-file FILE (y llinell gyntaf), fel arall DAYMARK_PASSWORD, fel arall cais.
Mae passwd yn cymryd yr un newydd o --new-password-file FILE, fel arall DAYMARK_NEW_PASSWORD, fel arall cais.
Mae &apos;daymark-cli COMMAND --help&apos; yn disgrifio gorchymyn.

Codau gadael: 0 llwyddiant, 1 methiant, 2 defnydd anghywir neu fewnbwn gwael (gan gynnwys cofnod nad yw&apos;n bodoli;
ni ysgrifennir dim), 3 cyfrinair anghywir neu nid yw&apos;n ddyddiadur, 4 dyddiadur wedi&apos;i ddifrodi neu fwndel heb ei wirio,
5 problem ffeil neu ddisg, 6 methodd hunan-brawf y cryptograffeg.
</translation>
    </message>
    <message>
        <source>daymark-cli: no command given.</source>
        <translation>daymark-cli: ni roddwyd gorchymyn.</translation>
    </message>
    <message>
        <source>daymark-cli: unknown command &apos;%1&apos;.</source>
        <translation>daymark-cli: gorchymyn anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;daymark-cli %1 --help&apos; for usage.</source>
        <translation>Rhedwch &apos;daymark-cli %1 --help&apos; i weld sut i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>spo (default), interim-spo, restraining, non-molestation or other.</source>
        <translation>spo (rhagosodiad), interim-spo, restraining, non-molestation neu other.</translation>
    </message>
    <message>
        <source>The court that made it.</source>
        <translation>Y llys a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>Rhif yr achos.</translation>
    </message>
    <message>
        <source>The person it is against: a name, id or id prefix.</source>
        <translation>Y person y mae yn ei erbyn: enw, id neu ddechrau id.</translation>
    </message>
    <message>
        <source>The date it was made (2026-03-31).</source>
        <translation>Y dyddiad y&apos;i gwnaed (2026-03-31).</translation>
    </message>
    <message>
        <source>The date it was served.</source>
        <translation>Y dyddiad y&apos;i cyflwynwyd.</translation>
    </message>
    <message>
        <source>The date it expires.</source>
        <translation>Y dyddiad y daw i ben.</translation>
    </message>
    <message>
        <source>Notes about the order.</source>
        <translation>Nodiadau am y gorchymyn.</translation>
    </message>
    <message>
        <source>A new condition, numbered after the others (repeatable).</source>
        <translation>Amod newydd, wedi&apos;i rifo ar ôl y lleill (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Remove the condition with this number; refused while it has recorded breaches (repeatable).</source>
        <translation>Tynnu&apos;r amod sydd â&apos;r rhif hwn; gwrthodir tra bo achosion o&apos;i dorri wedi&apos;u cofnodi (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Why it is amended, e.g. varied by the court (required).</source>
        <translation>Pam mae&apos;n cael ei ddiwygio, e.e. wedi&apos;i amrywio gan y llys (gofynnol).</translation>
    </message>
    <message>
        <source>A condition, in the order&apos;s words; numbered 1, 2, ... as given (repeatable).</source>
        <translation>Amod, yng ngeiriau&apos;r gorchymyn; wedi&apos;u rhifo 1, 2, ... yn y drefn a roddir (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of order. Use one of: %2.</source>
        <translation>--kind: nid yw &apos;%1&apos; yn fath o orchymyn. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>--remove-condition: the order has no condition number &apos;%1&apos;. See &apos;orders DIARY show ID&apos; for the numbers.</source>
        <translation>--remove-condition: nid oes gan y gorchymyn amod rhif &apos;%1&apos;. Gweler &apos;orders DIARY show ID&apos; am y rhifau.</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, cyfeirnod %2</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(yn dod i ben %1)</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>Llys: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>Atebydd: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Gwnaed: %1</translation>
    </message>
    <message>
        <source>Served: %1</source>
        <translation>Cyflwynwyd: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Yn dod i ben: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <source>No conditions recorded.</source>
        <translation>Dim amodau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Amodau:</translation>
    </message>
    <message>
        <source>No possible breaches recorded.</source>
        <translation>Dim achosion posibl o dorri wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Possible breaches recorded: %1.</source>
        <translation>Achosion posibl o dorri a gofnodwyd: %1.</translation>
    </message>
    <message>
        <source>%1, registration %2</source>
        <translation>%1, rhif cofrestru %2</translation>
    </message>
    <message>
        <source>stalker (default), witness, police, support or other.</source>
        <translation>stalker (rhagosodiad), witness, police, support neu other.</translation>
    </message>
    <message>
        <source>Their name, or a description such as &quot;man in the blue car&quot;.</source>
        <translation>Eu henw, neu ddisgrifiad fel &quot;dyn yn y car glas&quot;.</translation>
    </message>
    <message>
        <source>Another name they use (repeatable).</source>
        <translation>Enw arall y maent yn ei ddefnyddio (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>How you know them: ex-partner, neighbour, unknown...</source>
        <translation>Sut rydych yn eu hadnabod: cyn-bartner, cymydog, anhysbys...</translation>
    </message>
    <message>
        <source>What they look like.</source>
        <translation>Sut maent yn edrych.</translation>
    </message>
    <message>
        <source>A vehicle as make|model|colour|REGISTRATION; leave parts empty when unknown (repeatable).</source>
        <translation>Cerbyd ar ffurf make|model|colour|REGISTRATION; gadewch rannau&apos;n wag pan nad ydynt yn hysbys (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>A phone number (repeatable).</source>
        <translation>Rhif ffôn (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>An e-mail address (repeatable).</source>
        <translation>Cyfeiriad e-bost (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>A social-media handle as platform:@name (repeatable).</source>
        <translation>Enw defnyddiwr cyfryngau cymdeithasol ar ffurf platform:@name (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>A postal address (repeatable).</source>
        <translation>Cyfeiriad post (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Police force, charity or employer.</source>
        <translation>Heddlu, elusen neu gyflogwr.</translation>
    </message>
    <message>
        <source>Notes about them.</source>
        <translation>Nodiadau amdanynt.</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not a role. Use one of: %2.</source>
        <translation>--role: nid yw &apos;%1&apos; yn rôl. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>--name cannot be empty. Give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>Ni all --name fod yn wag. Rhowch enw, neu ddisgrifiad fel &quot;dyn anhysbys yn y car glas&quot;.</translation>
    </message>
    <message>
        <source>--vehicle: &apos;%1&apos; has more than four parts. Give make|model|colour|REGISTRATION, e.g. &quot;Ford|Focus|blue|AB12 CDE&quot;.</source>
        <translation>--vehicle: mae gan &apos;%1&apos; fwy na phedair rhan. Rhowch make|model|colour|REGISTRATION, e.e. &quot;Ford|Focus|glas|AB12 CDE&quot;.</translation>
    </message>
    <message>
        <source>--handle: &apos;%1&apos; has no handle. Give platform:@name, e.g. Instagram:@name.</source>
        <translation>--handle: nid oes enw defnyddiwr yn &apos;%1&apos;. Rhowch platform:@name, e.e. Instagram:@enw.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôl: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Hefyd yn cael ei adnabod fel: %1</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Perthynas: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Cerbyd: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Ffôn: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-bost: %1</translation>
    </message>
    <message>
        <source>Handle: %1</source>
        <translation>Enw defnyddiwr: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Cyfeiriad: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Sefydliad: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Fersiwn: %1</translation>
    </message>
    <message>
        <source>%1 &apos;daymark-cli exhibits DIARY&apos; lists the exhibits.</source>
        <translation>%1 Mae &apos;daymark-cli exhibits DIARY&apos; yn rhestru&apos;r arddangosion.</translation>
    </message>
    <message>
        <source>%1: no person in this diary is called &apos;%2&apos; or has an id starting with it. Add the person first with &apos;daymark-cli people DIARY add&apos;, or check &apos;people DIARY list&apos;.</source>
        <translation>%1: nid oes neb yn y dyddiadur hwn o&apos;r enw &apos;%2&apos; nac ag id sy&apos;n dechrau felly. Ychwanegwch y person yn gyntaf gyda &apos;daymark-cli people DIARY add&apos;, neu gwiriwch &apos;people DIARY list&apos;.</translation>
    </message>
    <message>
        <source>%1: no protection order in this diary has an id starting &apos;%2&apos;. See &apos;daymark-cli orders DIARY list&apos;.</source>
        <translation>%1: nid oes gorchymyn amddiffyn yn y dyddiadur hwn ag id sy&apos;n dechrau &apos;%2&apos;. Gweler &apos;daymark-cli orders DIARY list&apos;.</translation>
    </message>
    <message>
        <source>%1 To put back its newest good backup (the damaged file is kept aside), run: daymark-cli restore %2</source>
        <translation>%1 I roi ei gopi wrth gefn da diweddaraf yn ôl (cedwir y ffeil sydd wedi&apos;i difrodi o&apos;r neilltu), rhedwch: daymark-cli restore %2</translation>
    </message>
    <message>
        <source>&apos;daymark-cli %1 DIARY SUBCOMMAND --help&apos; describes a subcommand.</source>
        <translation>Mae &apos;daymark-cli %1 DIARY SUBCOMMAND --help&apos; yn disgrifio is-orchymyn.</translation>
    </message>
    <message>
        <source>Say what to do after the diary: %1.</source>
        <translation>Dywedwch beth i&apos;w wneud ar ôl y dyddiadur: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something &apos;%2&apos; can do. Use one of: %3.</source>
        <translation>Nid yw &apos;%1&apos; yn rhywbeth y gall &apos;%2&apos; ei wneud. Defnyddiwch un o: %3.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>llai na munud</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 awr</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date and time. Give it as 2026-03-01T21:15 (in the time zone), as 2026-03-01T21:15:00+01:00, or as now.</source>
        <translation>%1: nid yw &apos;%2&apos; yn ddyddiad ac amser. Rhowch ef fel 2026-03-01T21:15 (yn y gylchfa amser), fel 2026-03-01T21:15:00+01:00, neu fel now.</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist in the time zone %4 (the clocks went forward). Give a time outside the gap.</source>
        <translation>%1: nid yw %2 %3 yn bodoli yn y gylchfa amser %4 (aeth y clociau ymlaen). Rhowch amser y tu allan i&apos;r bwlch.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known time zone. Give an IANA name such as Europe/London or America/New_York.</source>
        <translation>%1: nid yw &apos;%2&apos; yn gylchfa amser hysbys. Rhowch enw IANA fel Europe/London neu America/New_York.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date or a date and time. Give it as 2026-03-01 or as 2026-03-01T21:15.</source>
        <translation>%1: nid yw &apos;%2&apos; yn ddyddiad nac yn ddyddiad ac amser. Rhowch ef fel 2026-03-01 neu fel 2026-03-01T21:15.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date. Give it as 2026-03-31 (year, month, day).</source>
        <translation>%1: nid yw &apos;%2&apos; yn ddyddiad. Rhowch ef fel 2026-03-31 (blwyddyn, mis, diwrnod).</translation>
    </message>
    <message>
        <source>The number of backups to keep (--keep) must be a whole number from 1 to %1.</source>
        <translation>Rhaid i nifer y copïau wrth gefn i&apos;w cadw (--keep) fod yn rhif cyfan o 1 i %1.</translation>
    </message>
    <message>
        <source>Bring messages and calls from a phone or app export into the diary: each message or call becomes an incident (or one per day with --group day) with its exact text and time, and the export file itself is kept as an exhibit that every one of them links to, tagged with the line or element it came from. Media in a WhatsApp zip or an MMS are attached to their messages. Importing the same or an overlapping export again adds only what is new. Everything is saved in one go: on any problem, or Ctrl-C, nothing is kept.
Formats: whatsapp (the .txt or .zip of WhatsApp&apos;s Export chat), sms-backup and calls (the XML files of SMS Backup &amp; Restore), telegram (result.json of Telegram Desktop&apos;s JSON export of a chat or of all data), instagram (a conversation&apos;s message_1.json from Instagram&apos;s Download your information, JSON), signal (a Signal chat exported as text, &quot;[2019-12-24, 12:23] Name: text&quot;).
Exit codes: 0 imported (or nothing new), 1 cancelled, 2 bad input (an export Daymark cannot read, with the line or element named; dates that could be day/month or month/day without --date-order), 3 wrong password, 5 missing or unreadable file.</source>
        <translation>Dod â negeseuon a galwadau o allforiad ffôn neu ap i mewn i&apos;r dyddiadur: daw pob neges neu alwad yn ddigwyddiad (neu un y dydd gyda --group day) gyda&apos;i union destun a&apos;i hamser, a chedwir y ffeil allforio ei hun fel arddangosyn y mae pob un ohonynt yn cysylltu ag ef, wedi&apos;i dagio â&apos;r llinell neu&apos;r elfen y daeth ohoni. Caiff cyfryngau mewn zip WhatsApp neu MMS eu hatodi i&apos;w negeseuon. Mae mewnforio&apos;r un allforiad, neu un sy&apos;n gorgyffwrdd, eto yn ychwanegu dim ond yr hyn sy&apos;n newydd. Caiff popeth ei gadw ar unwaith: os oes unrhyw broblem, neu Ctrl-C, ni chedwir dim.
Fformatau: whatsapp (y .txt neu&apos;r .zip o Export chat WhatsApp), sms-backup a calls (ffeiliau XML SMS Backup &amp; Restore), telegram (result.json allforiad JSON Telegram Desktop o sgwrs neu o&apos;r holl ddata), instagram (message_1.json sgwrs o Download your information Instagram, JSON), signal (sgwrs Signal wedi&apos;i hallforio fel testun, &quot;[2019-12-24, 12:23] Enw: testun&quot;).
Codau gadael: 0 wedi&apos;i fewnforio (neu dim byd newydd), 1 wedi&apos;i ganslo, 2 mewnbwn gwael (allforiad na all Daymark ei ddarllen, gyda&apos;r llinell neu&apos;r elfen wedi&apos;i henwi; dyddiadau a allai fod yn ddiwrnod/mis neu&apos;n fis/diwrnod heb --date-order), 3 cyfrinair anghywir, 5 ffeil ar goll neu na ellir ei darllen.</translation>
    </message>
    <message>
        <source>E-mail and call logs: eml (one .eml file, or a folder of them), mbox (a mailbox file, or a folder of them such as Thunderbird&apos;s profile folder): each e-mail becomes an incident with its text, its headers as received and its attachments as exhibits. csv (a call log from any tool): say which column holds what with --column or --columns, or take the guess printed from the header.</source>
        <translation>E-byst a logiau galwadau: eml (un ffeil .eml, neu ffolder ohonynt), mbox (ffeil blwch post, neu ffolder ohonynt fel ffolder proffil Thunderbird): daw pob e-bost yn ddigwyddiad gyda&apos;i destun, ei benawdau fel y&apos;u derbyniwyd a&apos;i atodiadau fel arddangosion. csv (log galwadau o unrhyw offeryn): dywedwch pa golofn sy&apos;n dal beth gyda --column neu --columns, neu derbyniwch y dyfaliad a argreffir o&apos;r pennawd.</translation>
    </message>
    <message>
        <source>csv: the column for a field, by its header name: date, time (when apart from the date), number, name, direction, duration (repeat for each field).</source>
        <translation>csv: y golofn ar gyfer maes, yn ôl enw ei phennawd: date, time (pan fo ar wahân i&apos;r dyddiad), number, name, direction, duration (ailadroddwch ar gyfer pob maes).</translation>
    </message>
    <message>
        <source>csv: the fields of the columns in order, such as date,number,,direction,duration (an empty place leaves a column out).</source>
        <translation>csv: meysydd y colofnau yn eu trefn, fel date,number,,direction,duration (mae lle gwag yn gadael colofn allan).</translation>
    </message>
    <message>
        <source>csv: how dates are written: auto (default), dmy, mdy, ymd, unix, unix-ms, or a pattern such as &quot;dd.MM.yyyy HH:mm&quot;.</source>
        <translation>csv: sut mae dyddiadau&apos;n cael eu hysgrifennu: auto (rhagosodiad), dmy, mdy, ymd, unix, unix-ms, neu batrwm fel &quot;dd.MM.yyyy HH:mm&quot;.</translation>
    </message>
    <message>
        <source>What kind of incident: call, text, voicemail, email, social-media, online, sighting, following, visit, loitering, item-left, damage, third-party, threat, violence, breach, other.</source>
        <translation>Pa fath o ddigwyddiad: call, text, voicemail, email, social-media, online, sighting, following, visit, loitering, item-left, damage, third-party, threat, violence, breach, other.</translation>
    </message>
    <message>
        <source>When it happened: 2026-03-01T21:15 (in --zone), 2026-03-01T21:15:00+01:00, or now.</source>
        <translation>Pryd y digwyddodd: 2026-03-01T21:15 (yn --zone), 2026-03-01T21:15:00+01:00, neu now.</translation>
    </message>
    <message>
        <source>When it ended: a date and time, or a time of day (21:45) on the start&apos;s date.</source>
        <translation>Pryd y daeth i ben: dyddiad ac amser, neu amser o&apos;r dydd (21:45) ar ddyddiad y dechrau.</translation>
    </message>
    <message>
        <source>The time is a best guess.</source>
        <translation>Amcangyfrif gorau yw&apos;r amser.</translation>
    </message>
    <message>
        <source>The time is not a guess (undoes --approximate).</source>
        <translation>Nid amcangyfrif yw&apos;r amser (yn dadwneud --approximate).</translation>
    </message>
    <message>
        <source>The time zone of --at and --end, e.g. Europe/London (default: the system&apos;s; when amending: the incident&apos;s). Given alone to amend, keeps the clock times in the new zone.</source>
        <translation>Cylchfa amser --at a --end, e.e. Europe/London (rhagosodiad: un y system; wrth ddiwygio: un y digwyddiad). O&apos;i roi ar ei ben ei hun wrth ddiwygio, mae&apos;n cadw amseroedd y cloc yn y gylchfa newydd.</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>Un llinell yn dweud beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>What happened in full, the exact words where known.</source>
        <translation>Beth ddigwyddodd yn llawn, yr union eiriau lle maent yn hysbys.</translation>
    </message>
    <message>
        <source>Platform or channel: phone, WhatsApp, Instagram...</source>
        <translation>Platfform neu sianel: ffôn, WhatsApp, Instagram...</translation>
    </message>
    <message>
        <source>The number, address or handle used.</source>
        <translation>Y rhif, y cyfeiriad neu&apos;r enw defnyddiwr a ddefnyddiwyd.</translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation>Ble y digwyddodd.</translation>
    </message>
    <message>
        <source>Latitude of the place (with --lon).</source>
        <translation>Lledred y lle (gyda --lon).</translation>
    </message>
    <message>
        <source>Longitude of the place (with --lat).</source>
        <translation>Hydred y lle (gyda --lat).</translation>
    </message>
    <message>
        <source>Remove the latitude and longitude.</source>
        <translation>Tynnu&apos;r lledred a&apos;r hydred.</translation>
    </message>
    <message>
        <source>The effect on you: fear, distress, changes to daily life.</source>
        <translation>Yr effaith arnoch: ofn, gofid, newidiadau i fywyd bob dydd.</translation>
    </message>
    <message>
        <source>Someone involved: a name, id or id prefix (repeatable).</source>
        <translation>Rhywun dan sylw: enw, id neu ddechrau id (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Someone who saw it: a name, id or id prefix (repeatable).</source>
        <translation>Rhywun a&apos;i gwelodd: enw, id neu ddechrau id (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Witnesses who are not in the diary&apos;s people.</source>
        <translation>Tystion nad ydynt ymhlith pobl y dyddiadur.</translation>
    </message>
    <message>
        <source>Children were present.</source>
        <translation>Roedd plant yn bresennol.</translation>
    </message>
    <message>
        <source>No children were present.</source>
        <translation>Nid oedd plant yn bresennol.</translation>
    </message>
    <message>
        <source>It was reported to the police.</source>
        <translation>Fe&apos;i hadroddwyd i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>It was not reported to the police.</source>
        <translation>Ni chafodd ei adrodd i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>The police reference number (implies --reported).</source>
        <translation>Rhif cyfeirnod yr heddlu (yn awgrymu --reported).</translation>
    </message>
    <message>
        <source>The officer dealing with it.</source>
        <translation>Y swyddog sy&apos;n delio ag ef.</translation>
    </message>
    <message>
        <source>Private notes, never exported unless asked.</source>
        <translation>Nodiadau preifat, byth yn cael eu hallforio oni ofynnir.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Tag (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>A possible breach of a protection order&apos;s condition, e.g. 3f2a9c:2 (repeatable).</source>
        <translation>Achos posibl o dorri amod gorchymyn amddiffyn, e.e. 3f2a9c:2 (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Remove the end time.</source>
        <translation>Tynnu&apos;r amser gorffen.</translation>
    </message>
    <message>
        <source>Incidents added: %1 (#%2 to #%3). The files are exhibits %4 to %5.</source>
        <translation>Digwyddiadau a ychwanegwyd: %1 (#%2 i #%3). Y ffeiliau yw arddangosion %4 i %5.</translation>
    </message>
</context>
<context>
    <name>daymark::crypto</name>
    <message>
        <source>The key-derivation settings are out of range.</source>
        <translation>Mae&apos;r gosodiadau deillio allwedd y tu allan i&apos;r ystod.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the diary. Close other programs and try again.</source>
        <translation>Nid oes digon o gof rhydd i ddatgloi&apos;r dyddiadur. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The encryption library on this computer gave a wrong answer in its self-test (%1), so Daymark will not run. Reinstall Daymark and its libraries, or ask for help.</source>
        <translation>Rhoddodd y llyfrgell amgryptio ar y cyfrifiadur hwn ateb anghywir yn ei hunan-brawf (%1), felly ni fydd Daymark yn rhedeg. Ailosodwch Daymark a&apos;i lyfrgelloedd, neu gofynnwch am help.</translation>
    </message>
</context>
<context>
    <name>daymark::diary</name>
    <message>
        <source>The backup folder&apos;s name is taken by a file. Choose another folder for backups.</source>
        <translation>Mae ffeil yn defnyddio enw&apos;r ffolder copïau wrth gefn. Dewiswch ffolder arall ar gyfer copïau wrth gefn.</translation>
    </message>
    <message>
        <source>The backup folder could not be made. Choose a folder you can write to for backups.</source>
        <translation>Nid oedd modd creu&apos;r ffolder copïau wrth gefn. Dewiswch ffolder y gallwch ysgrifennu iddo ar gyfer copïau wrth gefn.</translation>
    </message>
    <message>
        <source>The demo data can only go into a new, empty diary. Create a new diary for it.</source>
        <translation>Dim ond mewn dyddiadur newydd, gwag y gall y data enghreifftiol fynd. Crëwch ddyddiadur newydd ar ei gyfer.</translation>
    </message>
    <message>
        <source>The demo diary was created after the time its data starts. Create it with the clock set to the demo&apos;s start time.</source>
        <translation>Crëwyd y dyddiadur enghreifftiol ar ôl yr amser y mae ei ddata&apos;n dechrau. Crëwch ef gyda&apos;r cloc wedi&apos;i osod i amser dechrau&apos;r data enghreifftiol.</translation>
    </message>
    <message>
        <source>The time zone Europe/London is not available. Install the time zone data (tzdata).</source>
        <translation>Nid yw&apos;r gylchfa amser Europe/London ar gael. Gosodwch y data cylchfaoedd amser (tzdata).</translation>
    </message>
    <message>
        <source>The diary&apos;s signing key is missing.</source>
        <translation>Mae allwedd lofnodi&apos;r dyddiadur ar goll.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Canslwyd y copi wrth gefn; ni chedwir dim.</translation>
    </message>
    <message>
        <source>The disk holding the backups is full, so no backup was made. Free some space or choose another folder for backups.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal y copïau wrth gefn yn llawn, felly ni wnaed copi wrth gefn. Rhyddhewch ychydig o le neu dewiswch ffolder arall ar gyfer copïau wrth gefn.</translation>
    </message>
    <message>
        <source>The backup could not be written. Check the backup folder and its disk.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn. Gwiriwch y ffolder copïau wrth gefn a&apos;i ddisg.</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Arddangosyn %1</translation>
    </message>
    <message>
        <source>%1 has no record in the journal: it was added outside Daymark.</source>
        <translation>Nid oes cofnod o %1 yn y cyfnodolyn: fe&apos;i ychwanegwyd y tu allan i Daymark.</translation>
    </message>
    <message>
        <source>its contents</source>
        <translation>ei gynnwys</translation>
    </message>
    <message>
        <source>its number, hash, time or deletion</source>
        <translation>ei rif, ei stwnsh, ei amser neu ei ddileu</translation>
    </message>
    <message>
        <source>the incidents it belongs to</source>
        <translation>y digwyddiadau y mae&apos;n perthyn iddynt</translation>
    </message>
    <message>
        <source>%1: the stored bytes no longer match the SHA-256 taken when it was added.</source>
        <translation>%1: nid yw&apos;r beitiau a storiwyd yn cyfateb mwyach i&apos;r SHA-256 a gymerwyd pan gafodd ei ychwanegu.</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is not valid: %2.</source>
        <translation>Nid yw&apos;r maes &apos;%1&apos; yn ddilys: %2.</translation>
    </message>
    <message>
        <source>A stored record could not be read.</source>
        <translation>Nid oedd modd darllen cofnod a storiwyd.</translation>
    </message>
    <message>
        <source>Person stalking or harassing</source>
        <translation>Person sy&apos;n stelcian neu&apos;n aflonyddu</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Swyddog heddlu</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Gweithiwr cymorth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Name: give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>Enw: rhowch enw, neu ddisgrifiad fel &quot;dyn anhysbys yn y car glas&quot;.</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>Gorchymyn Amddiffyn rhag Stelcian</translation>
    </message>
    <message>
        <source>Interim Stalking Protection Order</source>
        <translation>Gorchymyn Amddiffyn rhag Stelcian Interim</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Gorchymyn atal</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Gorchymyn rhag molestu</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Gorchymyn arall</translation>
    </message>
</context>
<context>
    <name>daymark::diary::DiaryBackup</name>
    <message>
        <source>The diary file could not be read for a backup.</source>
        <translation>Nid oedd modd darllen ffeil y dyddiadur ar gyfer copi wrth gefn.</translation>
    </message>
    <message>
        <source>The diary file is damaged: its length does not match its pages, so no backup was made and older backups were left as they are. Restore the newest good backup.</source>
        <translation>Mae ffeil y dyddiadur wedi&apos;i difrodi: nid yw ei hyd yn cyfateb i&apos;w thudalennau, felly ni wnaed copi wrth gefn a gadawyd copïau hŷn fel y maent. Adferwch y copi wrth gefn da diweddaraf.</translation>
    </message>
    <message>
        <source>Reading the diary file failed, so no backup was made. Check the disk.</source>
        <translation>Methodd darllen ffeil y dyddiadur, felly ni wnaed copi wrth gefn. Gwiriwch y ddisg.</translation>
    </message>
    <message>
        <source>The backup did not pass the diary check, so it was not kept and older backups were left as they are. The diary itself may be damaged: check it, and restore the newest good backup if it is.</source>
        <translation>Ni basiodd y copi wrth gefn wiriad y dyddiadur, felly ni chafodd ei gadw a gadawyd copïau hŷn fel y maent. Gall y dyddiadur ei hun fod wedi&apos;i ddifrodi: gwiriwch ef, ac adferwch y copi wrth gefn da diweddaraf os felly.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::DiaryChecker</name>
    <message>
        <source>%1 does not match journal record %2 (%3): it was changed outside Daymark.</source>
        <translation>Nid yw %1 yn cyfateb i gofnod cyfnodolyn %2 (%3): cafodd ei newid y tu allan i Daymark.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Digwyddiad %1</translation>
    </message>
    <message>
        <source>%1 has no record in the journal: it was added outside Daymark.</source>
        <translation>Nid oes cofnod o %1 yn y cyfnodolyn: fe&apos;i ychwanegwyd y tu allan i Daymark.</translation>
    </message>
    <message>
        <source>its contents</source>
        <translation>ei gynnwys</translation>
    </message>
    <message>
        <source>its type, time or flags</source>
        <translation>ei fath, ei amser neu ei fflagiau</translation>
    </message>
    <message>
        <source>when it was recorded or amended</source>
        <translation>pryd y&apos;i cofnodwyd neu y&apos;i diwygiwyd</translation>
    </message>
    <message>
        <source>whether it is deleted</source>
        <translation>a yw wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>the people linked to it</source>
        <translation>y bobl sy&apos;n gysylltiedig ag ef</translation>
    </message>
    <message>
        <source>the orders it may breach</source>
        <translation>y gorchmynion y gallai ei dorri</translation>
    </message>
    <message>
        <source>The %1 %2</source>
        <translation>Cofnod %1 %2</translation>
    </message>
    <message>
        <source>its version or deletion</source>
        <translation>ei fersiwn neu ei ddileu</translation>
    </message>
    <message>
        <source>its name, role or kind</source>
        <translation>ei enw, ei rôl neu ei fath</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>order</source>
        <translation>gorchymyn</translation>
    </message>
    <message>
        <source>screening answer</source>
        <translation>ateb sgrinio</translation>
    </message>
    <message>
        <source>The %1 written in journal record %2 is missing from the diary: it was removed outside Daymark.</source>
        <translation>Mae cofnod %1 a ysgrifennwyd yng nghofnod cyfnodolyn %2 ar goll o&apos;r dyddiadur: cafodd ei dynnu y tu allan i Daymark.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::EmergencyCopy</name>
    <message>
        <source>The new password is empty. Choose a password for the copy.</source>
        <translation>Mae&apos;r cyfrinair newydd yn wag. Dewiswch gyfrinair ar gyfer y copi.</translation>
    </message>
    <message>
        <source>These password-protection settings are weaker than Daymark allows, so no copy was made.</source>
        <translation>Mae&apos;r gosodiadau diogelu cyfrinair hyn yn wannach nag y mae Daymark yn ei ganiatáu, felly ni wnaed copi.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw&apos;n bodoli eisoes. Dewiswch enw arall; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>The copy is not of this diary.</source>
        <translation>Nid copi o&apos;r dyddiadur hwn yw&apos;r copi.</translation>
    </message>
    <message>
        <source>The copy did not pass the diary check, so it was not kept. The diary itself is unchanged; check it, then try again.</source>
        <translation>Ni basiodd y copi wiriad y dyddiadur, felly ni chafodd ei gadw. Nid yw&apos;r dyddiadur ei hun wedi newid; gwiriwch ef, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A file with that name appeared meanwhile. Choose another name; Daymark never overwrites a file.</source>
        <translation>Ymddangosodd ffeil gyda&apos;r enw hwnnw yn y cyfamser. Dewiswch enw arall; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::ExhibitRepository</name>
    <message>
        <source>Initials: give 1 to 4 letters, such as JS, for exhibit numbers like JS/1.</source>
        <translation>Llythrennau blaen: rhowch 1 i 4 llythyren, fel JS, ar gyfer rhifau arddangosion fel JS/1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1 in this diary.</source>
        <translation>Nid oes digwyddiad ag id %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>This incident is deleted. Restore it before attaching files to it.</source>
        <translation>Mae&apos;r digwyddiad hwn wedi&apos;i ddileu. Adferwch ef cyn atodi ffeiliau iddo.</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more). Nothing was added.</source>
        <translation>Nid yw&apos;r ffeil %1 yn bodoli (mwyach). Ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a file to attach.</source>
        <translation>Nid ffeil yw %1. Dewiswch ffeil i&apos;w hatodi.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2. Nothing was added.</source>
        <translation>Nid oedd modd darllen y ffeil %1: %2. Ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>The file changed while it was being read. Nothing was added; wait until nothing is writing to it and try again.</source>
        <translation>Newidiodd y ffeil tra oedd yn cael ei darllen. Ni ychwanegwyd dim; arhoswch nes nad oes dim yn ysgrifennu iddi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>How obtained: &apos;%1&apos; is not one of %2.</source>
        <translation>Sut y&apos;i cafwyd: nid yw &apos;%1&apos; yn un o %2.</translation>
    </message>
    <message>
        <source>Exhibit %1 is deleted; its contents are no longer in the diary.</source>
        <translation>Mae arddangosyn %1 wedi&apos;i ddileu; nid yw ei gynnwys yn y dyddiadur mwyach.</translation>
    </message>
    <message>
        <source>Exhibit %1 already belongs to this incident.</source>
        <translation>Mae arddangosyn %1 eisoes yn perthyn i&apos;r digwyddiad hwn.</translation>
    </message>
    <message>
        <source>Reason: say why the exhibit is being detached from this incident.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r arddangosyn yn cael ei ddatgysylltu oddi wrth y digwyddiad hwn.</translation>
    </message>
    <message>
        <source>Exhibit %1 does not belong to this incident.</source>
        <translation>Nid yw arddangosyn %1 yn perthyn i&apos;r digwyddiad hwn.</translation>
    </message>
    <message>
        <source>Reason: say why the exhibit is being deleted. Its number and history are kept; its contents are removed.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r arddangosyn yn cael ei ddileu. Cedwir ei rif a&apos;i hanes; caiff ei gynnwys ei dynnu.</translation>
    </message>
    <message>
        <source>Exhibit %1 is already deleted.</source>
        <translation>Mae arddangosyn %1 wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>Exhibit %1 still belongs to at least one incident. Detach it from each first.</source>
        <translation>Mae arddangosyn %1 yn dal i berthyn i o leiaf un digwyddiad. Datgysylltwch ef oddi wrth bob un yn gyntaf.</translation>
    </message>
    <message>
        <source>There is no exhibit with id %1 in this diary.</source>
        <translation>Nid oes arddangosyn ag id %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>There is no exhibit %1 in this diary.</source>
        <translation>Nid oes arddangosyn %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>No exhibit in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Nid oes arddangosyn yn y dyddiadur hwn ag id sy&apos;n dechrau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one exhibit has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Mae gan fwy nag un arddangosyn id sy&apos;n dechrau &apos;%1&apos;. Rhowch fwy o&apos;r id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exhibit number (such as JS/3) or id.</source>
        <translation>Nid yw &apos;%1&apos; yn rhif arddangosyn (fel JS/3) nac yn id.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s contents are no longer in the diary (it was deleted).</source>
        <translation>Nid yw cynnwys yr arddangosyn yn y dyddiadur mwyach (cafodd ei ddileu).</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw ffeil newydd; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::IncidentRepository</name>
    <message>
        <source>Summary: say in a few words what happened.</source>
        <translation>Crynodeb: dywedwch mewn ychydig eiriau beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Start: the time it happened is missing or not a valid date and time.</source>
        <translation>Dechrau: mae&apos;r amser y digwyddodd ar goll neu nid yw&apos;n ddyddiad ac amser dilys.</translation>
    </message>
    <message>
        <source>End: not a valid date and time. Leave it out if you do not know it.</source>
        <translation>Diwedd: nid yw&apos;n ddyddiad ac amser dilys. Gadewch ef allan os nad ydych yn ei wybod.</translation>
    </message>
    <message>
        <source>End: the end is before the start. Give an end after the start, or none.</source>
        <translation>Diwedd: mae&apos;r diwedd cyn y dechrau. Rhowch ddiwedd ar ôl y dechrau, neu ddim diwedd.</translation>
    </message>
    <message>
        <source>Coordinates: give both latitude and longitude, or neither.</source>
        <translation>Cyfesurynnau: rhowch y lledred a&apos;r hydred, neu&apos;r un o&apos;r ddau.</translation>
    </message>
    <message>
        <source>Coordinates: latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>Cyfesurynnau: rhaid i&apos;r lledred fod rhwng -90 a 90 a&apos;r hydred rhwng -180 a 180.</translation>
    </message>
    <message>
        <source>People: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>Pobl: nid oes person ag id %1 yn y dyddiadur hwn. Ychwanegwch y person yn gyntaf.</translation>
    </message>
    <message>
        <source>People: the person with id %1 is deleted. Restore them first.</source>
        <translation>Pobl: mae&apos;r person ag id %1 wedi&apos;i ddileu. Adferwch y person yn gyntaf.</translation>
    </message>
    <message>
        <source>Witnesses: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>Tystion: nid oes person ag id %1 yn y dyddiadur hwn. Ychwanegwch y person yn gyntaf.</translation>
    </message>
    <message>
        <source>Witnesses: the person with id %1 is deleted. Restore them first.</source>
        <translation>Tystion: mae&apos;r person ag id %1 wedi&apos;i ddileu. Adferwch y person yn gyntaf.</translation>
    </message>
    <message>
        <source>Breaches: there is no protection order with id %1 in this diary.</source>
        <translation>Achosion o dorri: nid oes gorchymyn amddiffyn ag id %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>Breaches: the order has no condition number %1.</source>
        <translation>Achosion o dorri: nid oes gan y gorchymyn amod rhif %1.</translation>
    </message>
    <message>
        <source>An incident with this id already exists.</source>
        <translation>Mae digwyddiad gyda&apos;r id hwn yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Reason: say why the entry is being amended; the earlier version is kept beside it.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r cofnod yn cael ei ddiwygio; cedwir y fersiwn gynharach wrth ei ochr.</translation>
    </message>
    <message>
        <source>This incident is deleted. Restore it before amending it.</source>
        <translation>Mae&apos;r digwyddiad hwn wedi&apos;i ddileu. Adferwch ef cyn ei ddiwygio.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>Ni newidiwyd dim, felly nid oes dim i&apos;w ddiwygio.</translation>
    </message>
    <message>
        <source>Reason: say why the entry is being deleted. It can be restored later.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r cofnod yn cael ei ddileu. Gellir ei adfer yn nes ymlaen.</translation>
    </message>
    <message>
        <source>This incident is already deleted.</source>
        <translation>Mae&apos;r digwyddiad hwn wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>This incident is not deleted, so there is nothing to restore.</source>
        <translation>Nid yw&apos;r digwyddiad hwn wedi&apos;i ddileu, felly nid oes dim i&apos;w adfer.</translation>
    </message>
    <message>
        <source>There is no incident with id %1 in this diary.</source>
        <translation>Nid oes digwyddiad ag id %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>There is no incident number %1 in this diary.</source>
        <translation>Nid oes digwyddiad rhif %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>No incident in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Nid oes digwyddiad yn y dyddiadur hwn ag id sy&apos;n dechrau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one incident has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Mae gan fwy nag un digwyddiad id sy&apos;n dechrau &apos;%1&apos;. Rhowch fwy o&apos;r id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident number or id. Use the number shown by &apos;list&apos; (e.g. 12) or the id.</source>
        <translation>Nid yw &apos;%1&apos; yn rhif digwyddiad nac yn id. Defnyddiwch y rhif a ddangosir gan &apos;list&apos; (e.e. 12) neu&apos;r id.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::IncidentType</name>
    <message>
        <source>Call</source>
        <translation>Galwad</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Text or chat message</source>
        <translation>Neges destun neu sgwrs</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Neges llais</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>Social media message, post or comment</source>
        <translation>Neges, post neu sylw ar gyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>Other online contact</source>
        <translation>Cyswllt arall ar-lein</translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <source>Seen nearby</source>
        <translation>Wedi&apos;i weld gerllaw</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Dilyn</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Turned up at home, work or school</source>
        <translation>Troi i fyny yn y cartref, y gwaith neu&apos;r ysgol</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Sefyllian</translation>
    </message>
    <message>
        <source>Item left</source>
        <translation>Eitem wedi&apos;i gadael</translation>
    </message>
    <message>
        <source>Gift or item left</source>
        <translation>Anrheg neu eitem wedi&apos;i gadael</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Difrod</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>Difrod i eiddo</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Trydydd parti</translation>
    </message>
    <message>
        <source>Contact through other people</source>
        <translation>Cyswllt drwy bobl eraill</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bygythiad</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Trais</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>Trais corfforol neu rywiol</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Torri gorchymyn</translation>
    </message>
    <message>
        <source>Breach of an order</source>
        <translation>Achos o dorri gorchymyn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>daymark::diary::OrderRepository</name>
    <message>
        <source>Conditions: condition %1 has no text. Copy its wording from the order.</source>
        <translation>Amodau: nid oes testun gan amod %1. Copïwch ei eiriad o&apos;r gorchymyn.</translation>
    </message>
    <message>
        <source>Conditions: the number %1 is used twice.</source>
        <translation>Amodau: defnyddir y rhif %1 ddwywaith.</translation>
    </message>
    <message>
        <source>Expires: the expiry date is before the date the order was made.</source>
        <translation>Yn dod i ben: mae&apos;r dyddiad dod i ben cyn y dyddiad y gwnaed y gorchymyn.</translation>
    </message>
    <message>
        <source>Served: the date served is before the date the order was made.</source>
        <translation>Cyflwynwyd: mae&apos;r dyddiad cyflwyno cyn y dyddiad y gwnaed y gorchymyn.</translation>
    </message>
    <message>
        <source>Respondent: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>Atebydd: nid oes person ag id %1 yn y dyddiadur hwn. Ychwanegwch y person yn gyntaf.</translation>
    </message>
    <message>
        <source>An order with this id already exists.</source>
        <translation>Mae gorchymyn gyda&apos;r id hwn yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Reason: say why the order is being amended (for example, varied by the court).</source>
        <translation>Rheswm: dywedwch pam mae&apos;r gorchymyn yn cael ei ddiwygio (er enghraifft, wedi&apos;i amrywio gan y llys).</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>Ni newidiwyd dim, felly nid oes dim i&apos;w ddiwygio.</translation>
    </message>
    <message>
        <source>Conditions: condition %1 has recorded breaches (incident %2), so it cannot be removed.</source>
        <translation>Amodau: mae achosion o dorri amod %1 wedi&apos;u cofnodi (digwyddiad %2), felly ni ellir ei dynnu.</translation>
    </message>
    <message>
        <source>Reason: say why the order is being deleted. It can be restored later.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r gorchymyn yn cael ei ddileu. Gellir ei adfer yn nes ymlaen.</translation>
    </message>
    <message>
        <source>This order is already deleted.</source>
        <translation>Mae&apos;r gorchymyn hwn wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>This order is not deleted, so there is nothing to restore.</source>
        <translation>Nid yw&apos;r gorchymyn hwn wedi&apos;i ddileu, felly nid oes dim i&apos;w adfer.</translation>
    </message>
    <message>
        <source>There is no protection order with id %1 in this diary.</source>
        <translation>Nid oes gorchymyn amddiffyn ag id %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>No protection order in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Nid oes gorchymyn amddiffyn yn y dyddiadur hwn ag id sy&apos;n dechrau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one protection order has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Mae gan fwy nag un gorchymyn amddiffyn id sy&apos;n dechrau &apos;%1&apos;. Rhowch fwy o&apos;r id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protection order id.</source>
        <translation>Nid yw &apos;%1&apos; yn id gorchymyn amddiffyn.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::PersonRepository</name>
    <message>
        <source>A person with this id already exists.</source>
        <translation>Mae person gyda&apos;r id hwn yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Reason: say why this person&apos;s details are being amended.</source>
        <translation>Rheswm: dywedwch pam mae manylion y person hwn yn cael eu diwygio.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>Ni newidiwyd dim, felly nid oes dim i&apos;w ddiwygio.</translation>
    </message>
    <message>
        <source>Reason: say why this person is being deleted. They can be restored later.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r person hwn yn cael ei ddileu. Gellir ei adfer yn nes ymlaen.</translation>
    </message>
    <message>
        <source>This person is already deleted.</source>
        <translation>Mae&apos;r person hwn wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>This person is not deleted, so there is nothing to restore.</source>
        <translation>Nid yw&apos;r person hwn wedi&apos;i ddileu, felly nid oes dim i&apos;w adfer.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in this diary.</source>
        <translation>Nid oes person ag id %1 yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>More than one person is called &apos;%1&apos;. Use the id instead.</source>
        <translation>Mae mwy nag un person o&apos;r enw &apos;%1&apos;. Defnyddiwch yr id yn lle hynny.</translation>
    </message>
    <message>
        <source>No person in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Nid oes person yn y dyddiadur hwn ag id sy&apos;n dechrau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one person has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Mae gan fwy nag un person id sy&apos;n dechrau &apos;%1&apos;. Rhowch fwy o&apos;r id.</translation>
    </message>
    <message>
        <source>No person in this diary is called &apos;%1&apos; or has that id.</source>
        <translation>Nid oes neb yn y dyddiadur hwn o&apos;r enw &apos;%1&apos; nac â&apos;r id hwnnw.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::backupRestore</name>
    <message>
        <source>The backup could not be read. Check that you may open it.</source>
        <translation>Nid oedd modd darllen y copi wrth gefn. Gwiriwch fod gennych hawl i&apos;w agor.</translation>
    </message>
    <message>
        <source>The diary&apos;s folder could not be written to. Check that you may write there.</source>
        <translation>Nid oedd modd ysgrifennu i ffolder y dyddiadur. Gwiriwch fod gennych hawl i ysgrifennu yno.</translation>
    </message>
    <message>
        <source>The backup could not be read. Check the disk.</source>
        <translation>Nid oedd modd darllen y copi wrth gefn. Gwiriwch y ddisg.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the diary (is the disk full?). The diary was not changed.</source>
        <translation>Nid oedd modd copïo&apos;r copi wrth gefn wrth ymyl y dyddiadur (ydy&apos;r ddisg yn llawn?). Ni newidiwyd y dyddiadur.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the diary. The diary was not changed.</source>
        <translation>Nid oedd modd copïo&apos;r copi wrth gefn wrth ymyl y dyddiadur. Ni newidiwyd y dyddiadur.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>mae wedi&apos;i ddifrodi (%1)</translation>
    </message>
    <message>
        <source>it does not open with this password (it may have been made before a password change)</source>
        <translation>nid yw&apos;n agor gyda&apos;r cyfrinair hwn (efallai iddo gael ei wneud cyn newid cyfrinair)</translation>
    </message>
    <message>
        <source>The backup and the diary are the same file. Name a backup file to restore.</source>
        <translation>Yr un ffeil yw&apos;r copi wrth gefn a&apos;r dyddiadur. Enwch ffeil copi wrth gefn i&apos;w hadfer.</translation>
    </message>
    <message>
        <source>There is no backup file at that location. Check the name and folder.</source>
        <translation>Nid oes ffeil copi wrth gefn yn y lleoliad hwnnw. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>That backup is damaged too, so the diary was not replaced. Try an older backup.</source>
        <translation>Mae&apos;r copi wrth gefn hwnnw wedi&apos;i ddifrodi hefyd, felly ni ddisodlwyd y dyddiadur. Rhowch gynnig ar gopi wrth gefn hŷn.</translation>
    </message>
</context>
<context>
    <name>daymark::evidence</name>
    <message>
        <source>Cancelled. Nothing was added to the diary.</source>
        <translation>Wedi canslo. Ni ychwanegwyd dim at y dyddiadur.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Wedi canslo. Ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>Screenshot I took</source>
        <translation>Sgrinlun a dynnais</translation>
    </message>
    <message>
        <source>Photo I took</source>
        <translation>Llun a dynnais</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Recordiad sain</translation>
    </message>
    <message>
        <source>Video I took</source>
        <translation>Fideo a dynnais</translation>
    </message>
    <message>
        <source>Export from an app</source>
        <translation>Allforiad o ap</translation>
    </message>
    <message>
        <source>Received from someone</source>
        <translation>Wedi&apos;i gael gan rywun</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Wedi&apos;i lwytho i lawr</translation>
    </message>
    <message>
        <source>Scan of a paper document</source>
        <translation>Sgan o ddogfen bapur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>daymark::evidence::BlobStore</name>
    <message>
        <source>A file was about to be stored outside a transaction.</source>
        <translation>Roedd ffeil ar fin cael ei storio y tu allan i drafodyn.</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1. Nothing was added.</source>
        <translation>Nid oedd modd darllen y ffeil hyd at y diwedd: %1. Ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>The file changed while it was being read (its size is not what it was). Nothing was added; wait until nothing is writing to it and try again.</source>
        <translation>Newidiodd y ffeil tra oedd yn cael ei darllen (nid yw ei maint fel yr oedd). Ni ychwanegwyd dim; arhoswch nes nad oes dim yn ysgrifennu iddi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s contents are no longer in the diary.</source>
        <translation>Nid yw cynnwys yr arddangosyn yn y dyddiadur mwyach.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1.</source>
        <translation>Methodd ysgrifennu&apos;r ffeil: %1.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s stored bytes do not match the SHA-256 taken when it was added. Run &apos;check&apos; on the diary and restore it from a backup.</source>
        <translation>Nid yw&apos;r beitiau a storiwyd ar gyfer yr arddangosyn yn cyfateb i&apos;r SHA-256 a gymerwyd pan gafodd ei ychwanegu. Rhedwch &apos;check&apos; ar y dyddiadur a&apos;i adfer o gopi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>daymark::evidence::Journal</name>
    <message>
        <source>A change was about to be saved without its journal record.</source>
        <translation>Roedd newid ar fin cael ei gadw heb ei gofnod cyfnodolyn.</translation>
    </message>
    <message>
        <source>Journal record %1 is missing: the records jump from %2 to %3.</source>
        <translation>Mae cofnod cyfnodolyn %1 ar goll: mae&apos;r cofnodion yn neidio o %2 i %3.</translation>
    </message>
    <message>
        <source>Journal record %1 does not link to the record before it.</source>
        <translation>Nid yw cofnod cyfnodolyn %1 yn cysylltu â&apos;r cofnod o&apos;i flaen.</translation>
    </message>
    <message>
        <source>Journal record %1 has a time out of order.</source>
        <translation>Mae amser cofnod cyfnodolyn %1 allan o drefn.</translation>
    </message>
    <message>
        <source>Journal record %1 was changed after it was written: its hash does not match.</source>
        <translation>Newidiwyd cofnod cyfnodolyn %1 ar ôl iddo gael ei ysgrifennu: nid yw ei stwnsh yn cyfateb.</translation>
    </message>
</context>
<context>
    <name>daymark::gui</name>
    <message>
        <source>Daymark: a private, encrypted diary of incidents and evidence.</source>
        <translation>Daymark: dyddiadur preifat, wedi&apos;i amgryptio, o ddigwyddiadau a thystiolaeth.</translation>
    </message>
    <message>
        <source>A diary file (.daymark) to unlock.</source>
        <translation>Ffeil dyddiadur (.daymark) i&apos;w datgloi.</translation>
    </message>
    <message>
        <source>Daymark cannot start</source>
        <translation>Ni all Daymark gychwyn</translation>
    </message>
</context>
<context>
    <name>daymark::importers</name>
    <message>
        <source>%1 is empty: it holds no calls.</source>
        <translation>Mae %1 yn wag: nid yw&apos;n dal unrhyw alwadau.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nid oes ffeil %1. Gwiriwch yr enw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Ni ellir darllen %1: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1 (the file&apos;s columns are: %2).</source>
        <translation>Dewiswch y golofn sy&apos;n dal y maes &apos;%1&apos; (colofnau&apos;r ffeil yw: %2).</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for the %2); its columns are: %3.</source>
        <translation>Nid oes colofn &quot;%1&quot; yn y ffeil (ar gyfer y maes &apos;%2&apos;); ei cholofnau yw: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for two fields; choose one column per field.</source>
        <translation>Mae&apos;r golofn &quot;%1&quot; wedi&apos;i dewis ar gyfer dau faes; dewiswch un golofn i bob maes.</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a pattern such as dd.MM.yyyy HH:mm.</source>
        <translation>Nid yw&apos;r fformat dyddiad &quot;%1&quot; yn un y mae Daymark yn ei adnabod: defnyddiwch auto, dmy, mdy, ymd, unix, unix-ms, neu batrwm fel dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail: it has no header lines (such as &quot;From:&quot; and &quot;Date:&quot;) before its text.</source>
        <translation>Nid e-bost yw %1: nid oes ganddo linellau pennawd (fel &quot;From:&quot; a &quot;Date:&quot;) cyn ei destun.</translation>
    </message>
    <message>
        <source>The message has no Date header; the time is the mailbox&apos;s own record of when it arrived.</source>
        <translation>Nid oes pennawd Date yn y neges; yr amser yw cofnod y blwch post ei hun o pryd y cyrhaeddodd.</translation>
    </message>
    <message>
        <source>The Date header &quot;%1&quot; is not a date Daymark can read; the time is the mailbox&apos;s own record of when it arrived.</source>
        <translation>Nid yw&apos;r pennawd Date &quot;%1&quot; yn ddyddiad y gall Daymark ei ddarllen; yr amser yw cofnod y blwch post ei hun o pryd y cyrhaeddodd.</translation>
    </message>
    <message>
        <source>%1 has no Date header, so Daymark cannot tell when it was sent. Import it from the mailbox (mbox) it came from, which records when it arrived.</source>
        <translation>Nid oes pennawd Date yn %1, felly ni all Daymark ddweud pryd yr anfonwyd ef. Mewnforiwch ef o&apos;r blwch post (mbox) y daeth ohono, sy&apos;n cofnodi pryd y cyrhaeddodd.</translation>
    </message>
    <message>
        <source>%1: the Date header &quot;%2&quot; is not a date Daymark can read (it should look like &quot;Tue, 3 Jan 2023 14:05:00 +0000&quot;).</source>
        <translation>%1: nid yw&apos;r pennawd Date &quot;%2&quot; yn ddyddiad y gall Daymark ei ddarllen (dylai edrych fel &quot;Tue, 3 Jan 2023 14:05:00 +0000&quot;).</translation>
    </message>
    <message>
        <source>The subject is in the character set &quot;%1&quot;, which Daymark could not read as such; some letters may be wrong.</source>
        <translation>Mae&apos;r pwnc yn y set nodau &quot;%1&quot;, na allai Daymark ei darllen felly; gall rhai llythrennau fod yn anghywir.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Canslwyd y mewnforio; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an unknown or hidden number</source>
        <translation>rhif anhysbys neu gudd</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 eil</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mun %2 eil</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Galwad a gollwyd gan %1</translation>
    </message>
    <message>
        <source>Rejected call from %1</source>
        <translation>Galwad a wrthodwyd gan %1</translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation>Neges llais gan %1</translation>
    </message>
    <message>
        <source>Call from %1 (%2)</source>
        <translation>Galwad gan %1 (%2)</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Galwad gan %1</translation>
    </message>
    <message>
        <source>Call to %1 (%2)</source>
        <translation>Galwad i %1 (%2)</translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation>Galwad i %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>E-bost i %1: %2</translation>
    </message>
    <message>
        <source>Email from %1: %2</source>
        <translation>E-bost gan %1: %2</translation>
    </message>
    <message>
        <source>(an empty message)</source>
        <translation>(neges wag)</translation>
    </message>
    <message>
        <source>(a photo or file)</source>
        <translation>(llun neu ffeil)</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Atodiadau: %1</translation>
    </message>
    <message>
        <source>Headers as received:</source>
        <translation>Penawdau fel y&apos;u derbyniwyd:</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>elfen %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>llinellau %1-%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>Allforiad sgwrs WhatsApp</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore messages</source>
        <translation>Negeseuon SMS Backup &amp; Restore</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore call log</source>
        <translation>Log galwadau SMS Backup &amp; Restore</translation>
    </message>
    <message>
        <source>e-mail (.eml)</source>
        <translation>e-bost (.eml)</translation>
    </message>
    <message>
        <source>mailbox (.mbox)</source>
        <translation>blwch post (.mbox)</translation>
    </message>
    <message>
        <source>call log (.csv)</source>
        <translation>log galwadau (.csv)</translation>
    </message>
    <message>
        <source>Telegram export (result.json)</source>
        <translation>Allforiad Telegram (result.json)</translation>
    </message>
    <message>
        <source>Instagram messages (JSON)</source>
        <translation>Negeseuon Instagram (JSON)</translation>
    </message>
    <message>
        <source>Signal chat (text)</source>
        <translation>Sgwrs Signal (testun)</translation>
    </message>
    <message>
        <source>its &quot;timestamp_ms&quot; is not a number of milliseconds since 1970.</source>
        <translation>nid yw ei &quot;timestamp_ms&quot; yn nifer o filieiliadau ers 1970.</translation>
    </message>
    <message>
        <source>it has no time (&quot;timestamp_ms&quot;).</source>
        <translation>nid oes ganddo amser (&quot;timestamp_ms&quot;).</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>y beit 0x%1</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>colon</translation>
    </message>
    <message>
        <source>The export could not be read after line %1. Check that the file is complete and readable.</source>
        <translation>Nid oedd modd darllen yr allforiad ar ôl llinell %1. Gwiriwch fod y ffeil yn gyflawn ac yn ddarllenadwy.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB; this is not a text export Daymark can read.</source>
        <translation>Mae llinell %1 yn hirach na %2 MiB; nid yw hwn yn allforiad testun y gall Daymark ei ddarllen.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Use the file exactly as the app exported it, without converting it to another encoding.</source>
        <translation>Nid yw llinell %1 yn destun UTF-8. Defnyddiwch y ffeil yn union fel y&apos;i hallforiwyd gan yr ap, heb ei throsi i amgodiad arall.</translation>
    </message>
    <message>
        <source>The message says it is in parts, but the line that separates them never appears; it is shown as written.</source>
        <translation>Mae&apos;r neges yn dweud ei bod mewn rhannau, ond nid yw&apos;r llinell sy&apos;n eu gwahanu byth yn ymddangos; fe&apos;i dangosir fel y&apos;i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>The message ends before its last part is closed: the file may have been cut short.</source>
        <translation>Mae&apos;r neges yn dod i ben cyn i&apos;w rhan olaf gael ei chau: efallai fod y ffeil wedi&apos;i thorri&apos;n fyr.</translation>
    </message>
    <message>
        <source>Part of the text is in the character set &quot;%1&quot;, which Daymark could not read as such; it is shown as UTF-8 or Windows-1252 and some letters may be wrong.</source>
        <translation>Mae rhan o&apos;r testun yn y set nodau &quot;%1&quot;, na allai Daymark ei darllen felly; fe&apos;i dangosir fel UTF-8 neu Windows-1252 a gall rhai llythrennau fod yn anghywir.</translation>
    </message>
    <message>
        <source>---------- Attached message ----------</source>
        <translation>---------- Neges atodedig ----------</translation>
    </message>
    <message>
        <source>The message nests its parts deeper or has more of them than Daymark reads; the rest is in the exhibit.</source>
        <translation>Mae&apos;r neges yn nythu ei rhannau&apos;n ddyfnach, neu mae ganddi fwy ohonynt, nag y mae Daymark yn ei ddarllen; mae&apos;r gweddill yn yr arddangosyn.</translation>
    </message>
    <message>
        <source>The message says it is in parts but does not say how they are separated; it is shown as written.</source>
        <translation>Mae&apos;r neges yn dweud ei bod mewn rhannau ond nid yw&apos;n dweud sut maent wedi&apos;u gwahanu; fe&apos;i dangosir fel y&apos;i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>A part&apos;s base64 encoding is damaged or cut short; what could be decoded is kept.</source>
        <translation>Mae amgodiad base64 rhan wedi&apos;i ddifrodi neu wedi&apos;i dorri&apos;n fyr; cedwir yr hyn y gellid ei ddatgodio.</translation>
    </message>
    <message>
        <source>its &quot;date_unixtime&quot; is not a number of seconds since 1970.</source>
        <translation>nid yw ei &quot;date_unixtime&quot; yn nifer o eiliadau ers 1970.</translation>
    </message>
    <message>
        <source>it has no date (&quot;date_unixtime&quot; or &quot;date&quot;).</source>
        <translation>nid oes ganddo ddyddiad (&quot;date_unixtime&quot; neu &quot;date&quot;).</translation>
    </message>
    <message>
        <source>its date &quot;%1&quot; is not written the way Telegram writes dates (2018-12-05T11:39:10).</source>
        <translation>nid yw ei ddyddiad &quot;%1&quot; wedi&apos;i ysgrifennu fel y mae Telegram yn ysgrifennu dyddiadau (2018-12-05T11:39:10).</translation>
    </message>
    <message>
        <source>its &quot;text&quot; is neither a text nor a list of text pieces.</source>
        <translation>nid yw ei &quot;text&quot; yn destun nac yn rhestr o ddarnau testun.</translation>
    </message>
    <message>
        <source>The dates in this chat have two four-digit numbers (first seen on &quot;%1&quot;); it is not a WhatsApp export Daymark can read.</source>
        <translation>Mae gan y dyddiadau yn y sgwrs hon ddau rif pedwar digid (gwelwyd gyntaf ar &quot;%1&quot;); nid yw&apos;n allforiad WhatsApp y gall Daymark ei ddarllen.</translation>
    </message>
    <message>
        <source>The dates in this chat do not follow one order: some read as day/month and others as month/day, so Daymark cannot tell when the messages were sent.</source>
        <translation>Nid yw&apos;r dyddiadau yn y sgwrs hon yn dilyn un drefn: mae rhai&apos;n darllen fel diwrnod/mis ac eraill fel mis/diwrnod, felly ni all Daymark ddweud pryd yr anfonwyd y negeseuon.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has an hour above 12 with a.m./p.m.; it is not a time WhatsApp writes.</source>
        <translation>Llinell %1: mae gan &quot;%2&quot; awr uwch na 12 gydag a.m./p.m.; nid yw&apos;n amser y mae WhatsApp yn ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid date when read as %3. If the date order is wrong, choose the other one.</source>
        <translation>Llinell %1: nid yw &quot;%2&quot; yn ddyddiad dilys o&apos;i ddarllen fel %3. Os yw trefn y dyddiad yn anghywir, dewiswch yr un arall.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation>Ymatebion: %1</translation>
    </message>
    <message>
        <source>Forwarded from %1.</source>
        <translation>Wedi&apos;i anfon ymlaen gan %1.</translation>
    </message>
    <message>
        <source>Edited at %1.</source>
        <translation>Golygwyd am %1.</translation>
    </message>
    <message>
        <source>A sticker: %1</source>
        <translation>Sticer: %1</translation>
    </message>
    <message>
        <source>A location: %1, %2.</source>
        <translation>Lleoliad: %1, %2.</translation>
    </message>
    <message>
        <source>A contact: %1 %2, %3.</source>
        <translation>Cyswllt: %1 %2, %3.</translation>
    </message>
    <message>
        <source>A poll: %1</source>
        <translation>Pôl: %1</translation>
    </message>
    <message>
        <source>The export left out a file of this message (%1).</source>
        <translation>Gadawodd yr allforiad ffeil o&apos;r neges hon allan (%1).</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CallLogCsvParser</name>
    <message>
        <source>%1 is empty: it holds no calls.</source>
        <translation>Mae %1 yn wag: nid yw&apos;n dal unrhyw alwadau.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4 Nothing was imported.</source>
        <translation>%1, llinell %2, colofn &quot;%3&quot;: %4 Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the row has %1 columns, fewer than the header&apos;s %2.</source>
        <translation>mae gan y rhes %1 colofn, llai na&apos;r %2 sydd gan y pennawd.</translation>
    </message>
    <message>
        <source>%1 could not be read a second time.</source>
        <translation>Nid oedd modd darllen %1 am yr eildro.</translation>
    </message>
    <message>
        <source>The dates in %1 read both as day/month and as month/day (such as &quot;%2&quot;). Say which the file uses: date format dmy (day first) or mdy (month first).</source>
        <translation>Mae&apos;r dyddiadau yn %1 yn gwneud synnwyr fel diwrnod/mis ac fel mis/diwrnod (fel &quot;%2&quot;). Dywedwch pa un mae&apos;r ffeil yn ei ddefnyddio: fformat dyddiad dmy (diwrnod yn gyntaf) neu mdy (mis yn gyntaf).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Canslwyd y mewnforio; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time Daymark can read%2.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad ac amser y gall Daymark ei ddarllen%2.</translation>
    </message>
    <message>
        <source> in the format %1</source>
        <translation> yn y fformat %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call direction Daymark knows (incoming, outgoing, missed, rejected, blocked, voicemail, or Android&apos;s numbers 1 to 7).</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad galwad y mae Daymark yn ei adnabod (incoming, outgoing, missed, rejected, blocked, voicemail, neu rifau Android 1 i 7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (seconds, mm:ss or h:mm:ss).</source>
        <translation>Nid yw &quot;%1&quot; yn hyd (eiliadau, mm:ss neu h:mm:ss).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CallLogCsvReader</name>
    <message>
        <source>%1: line %2 is not UTF-8 text. Save the file as CSV in UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1: nid yw llinell %2 yn destun UTF-8. Cadwch y ffeil fel CSV mewn UTF-8 (mewn taenlen: &quot;CSV UTF-8&quot;) a&apos;i mewnforio eto.</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that the file is complete and readable.</source>
        <translation>Nid oedd modd darllen %1. Gwiriwch fod y ffeil yn gyflawn ac yn ddarllenadwy.</translation>
    </message>
    <message>
        <source>%1: the quoted field that starts on line %2 is never closed; the file may have been cut short.</source>
        <translation>%1: nid yw&apos;r maes mewn dyfynodau sy&apos;n dechrau ar linell %2 byth yn cael ei gau; efallai fod y ffeil wedi&apos;i thorri&apos;n fyr.</translation>
    </message>
    <message>
        <source>%1: the record that starts on line %2 is longer than a call log&apos;s; check that this is a CSV file.</source>
        <translation>%1: mae&apos;r cofnod sy&apos;n dechrau ar linell %2 yn hirach nag un log galwadau; gwiriwch mai ffeil CSV yw hon.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ChatZip</name>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nid oes ffeil %1. Gwiriwch yr enw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 could not be read as a zip file (%2). Use the zip exactly as WhatsApp made it.</source>
        <translation>Nid oedd modd darllen %1 fel ffeil zip (%2). Defnyddiwch y zip yn union fel y&apos;i gwnaed gan WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds %2 files, more than a chat export has; it was not read.</source>
        <translation>Mae %1 yn dal %2 ffeil, mwy nag sydd mewn allforiad sgwrs; ni chafodd ei ddarllen.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 cannot be read; the zip is damaged.</source>
        <translation>Ni ellir darllen cofnod %1 o %2; mae&apos;r zip wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is named &quot;%3&quot;, a path outside the zip&apos;s own folder. A chat export never has such names; nothing was imported.</source>
        <translation>Enw cofnod %1 o %2 yw &quot;%3&quot;, llwybr y tu allan i ffolder y zip ei hun. Nid oes gan allforiad sgwrs enwau o&apos;r fath byth; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 (&quot;%3&quot;) would unpack to %4 bytes from %5: far more than a chat export holds (a &quot;zip bomb&quot;). Nothing was imported.</source>
        <translation>Byddai cofnod %1 o %2 (&quot;%3&quot;) yn dadbacio i %4 beit o %5: llawer mwy nag sydd mewn allforiad sgwrs (&quot;bom zip&quot;). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 has no chat text inside (_chat.txt or one .txt file); it is not a WhatsApp export.</source>
        <translation>Nid oes testun sgwrs y tu mewn i %1 (_chat.txt neu un ffeil .txt); nid yw&apos;n allforiad WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files and no _chat.txt, so Daymark cannot tell which is the chat.</source>
        <translation>Mae %1 yn dal sawl ffeil .txt a dim _chat.txt, felly ni all Daymark ddweud pa un yw&apos;r sgwrs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 cannot be read: %3</source>
        <translation>Ni ellir darllen &quot;%1&quot; yn %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (%3); nothing was imported.</source>
        <translation>Mae &quot;%1&quot; yn %2 wedi&apos;i ddifrodi (%3); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 unpacks to more than it declares; nothing was imported.</source>
        <translation>Mae &quot;%1&quot; yn %2 yn dadbacio i fwy nag y mae&apos;n ei ddatgan; ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CsvColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Cyfeiriad galwad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CsvDateReader</name>
    <message>
        <source>The date format &quot;%1&quot; is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a pattern such as dd.MM.yyyy HH:mm.</source>
        <translation>Nid yw&apos;r fformat dyddiad &quot;%1&quot; yn un y mae Daymark yn ei adnabod: defnyddiwch auto, dmy, mdy, ymd, unix, unix-ms, neu batrwm fel dd.MM.yyyy HH:mm.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::EmailParser</name>
    <message>
        <source>%1 is larger than %2 MiB; Daymark does not import e-mails that large.</source>
        <translation>Mae %1 yn fwy na %2 MiB; nid yw Daymark yn mewnforio e-byst mor fawr â hynny.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no e-mail.</source>
        <translation>Mae %1 yn wag: nid yw&apos;n dal unrhyw e-bost.</translation>
    </message>
    <message>
        <source>%1, message %2 (lines %3-%4)</source>
        <translation>%1, neges %2 (llinellau %3-%4)</translation>
    </message>
    <message>
        <source>The folder %1 holds no .eml files. Save the e-mails as .eml files (in most mail programs: drag them to a folder, or &quot;Save as&quot;) and import that folder.</source>
        <translation>Nid yw&apos;r ffolder %1 yn dal unrhyw ffeiliau .eml. Cadwch yr e-byst fel ffeiliau .eml (yn y rhan fwyaf o raglenni e-bost: llusgwch nhw i ffolder, neu &quot;Cadw fel&quot;) a mewnforiwch y ffolder honno.</translation>
    </message>
    <message>
        <source>The folder %1 holds no mbox mailbox (a file starting with &quot;From &quot;). Choose the folder of the mail program&apos;s profile that holds the mail files, or one mailbox file.</source>
        <translation>Nid yw&apos;r ffolder %1 yn dal blwch post mbox (ffeil sy&apos;n dechrau gyda &quot;From &quot;). Dewiswch ffolder proffil y rhaglen e-bost sy&apos;n dal y ffeiliau e-bost, neu un ffeil blwch post.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ImportCommitter</name>
    <message>
        <source>Sent with the message of %1 (%2)</source>
        <translation>Anfonwyd gyda neges %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 as exported by the phone (%2)</source>
        <translation>%1 fel y&apos;i hallforiwyd gan y ffôn (%2)</translation>
    </message>
    <message>
        <source>The export file&apos;s exhibit number changed while it was stored; nothing was imported. Try again.</source>
        <translation>Newidiodd rhif arddangosyn y ffeil allforio tra oedd yn cael ei storio; ni fewnforiwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The dates in this chat read both as day/month and as month/day (such as &quot;%1&quot;). Say which the phone uses: day first (dmy) or month first (mdy).</source>
        <translation>Mae&apos;r dyddiadau yn y sgwrs hon yn gwneud synnwyr fel diwrnod/mis ac fel mis/diwrnod (fel &quot;%1&quot;). Dywedwch pa un mae&apos;r ffôn yn ei ddefnyddio: diwrnod yn gyntaf (dmy) neu fis yn gyntaf (mdy).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ImportSource</name>
    <message>
        <source>Importing %1 files is not available yet. Daymark can import: WhatsApp chat exports (whatsapp), SMS Backup &amp; Restore messages (sms-backup) and call logs (calls), Telegram exports (telegram), Instagram messages (instagram) and Signal chats (signal).</source>
        <translation>Nid yw mewnforio ffeiliau %1 ar gael eto. Gall Daymark fewnforio: allforion sgwrs WhatsApp (whatsapp), negeseuon SMS Backup &amp; Restore (sms-backup) a logiau galwadau (calls), allforion Telegram (telegram), negeseuon Instagram (instagram) a sgyrsiau Signal (signal).</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nid oes ffeil %1. Gwiriwch yr enw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Ni ellir darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>daymark::importers::JsonPullReader</name>
    <message>
        <source>Line %1, column %2: %3 Nothing was imported.</source>
        <translation>Llinell %1, colofn %2: %3 Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>gwrthrych ({…})</translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation>rhestr ([…])</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true neu false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The export could not be read after line %1. Check that the file is complete and readable.</source>
        <translation>Nid oedd modd darllen yr allforiad ar ôl llinell %1. Gwiriwch fod y ffeil yn gyflawn ac yn ddarllenadwy.</translation>
    </message>
    <message>
        <source>the file does not start like a JSON export.</source>
        <translation>nid yw&apos;r ffeil yn dechrau fel allforiad JSON.</translation>
    </message>
    <message>
        <source>the file ends early, where %1 was expected; it may have been cut short. Export it again.</source>
        <translation>mae&apos;r ffeil yn gorffen yn gynnar, lle&apos;r oedd disgwyl %1; efallai ei bod wedi&apos;i thorri&apos;n fyr. Allforiwch hi eto.</translation>
    </message>
    <message>
        <source>%1 was expected here, not %2.</source>
        <translation>Roedd disgwyl %1 yma, nid %2.</translation>
    </message>
    <message>
        <source>the file ends early, where a value was expected; it may have been cut short. Export it again.</source>
        <translation>mae&apos;r ffeil yn gorffen yn gynnar, lle&apos;r oedd disgwyl gwerth; efallai ei bod wedi&apos;i thorri&apos;n fyr. Allforiwch hi eto.</translation>
    </message>
    <message>
        <source>%1 cannot start a value here; this is not well-formed JSON.</source>
        <translation>ni all %1 ddechrau gwerth yma; nid yw hwn yn JSON wedi&apos;i ffurfio&apos;n dda.</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep, which no export does.</source>
        <translation>mae gwerthoedd wedi&apos;u nythu&apos;n ddyfnach na %1, ac nid oes unrhyw allforiad yn gwneud hynny.</translation>
    </message>
    <message>
        <source>an object ({…}) was expected here, not %1.</source>
        <translation>roedd disgwyl gwrthrych ({…}) yma, nid %1.</translation>
    </message>
    <message>
        <source>a list ([…]) was expected here, not %1.</source>
        <translation>roedd disgwyl rhestr ([…]) yma, nid %1.</translation>
    </message>
    <message>
        <source>the file ends early, inside a list or object; it may have been cut short. Export it again.</source>
        <translation>mae&apos;r ffeil yn gorffen yn gynnar, y tu mewn i restr neu wrthrych; efallai ei bod wedi&apos;i thorri&apos;n fyr. Allforiwch hi eto.</translation>
    </message>
    <message>
        <source>a comma or &quot;%1&quot; was expected here, not %2.</source>
        <translation>roedd disgwyl coma neu &quot;%1&quot; yma, nid %2.</translation>
    </message>
    <message>
        <source>a member name in quotes was expected here, not %1.</source>
        <translation>roedd disgwyl enw aelod mewn dyfynodau yma, nid %1.</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits.</source>
        <translation>mae angen pedwar digid hecsadegol ar ddihangiad \u.</translation>
    </message>
    <message>
        <source>the file ends inside a text; it may have been cut short. Export it again.</source>
        <translation>mae&apos;r ffeil yn gorffen y tu mewn i destun; efallai ei bod wedi&apos;i thorri&apos;n fyr. Allforiwch hi eto.</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows.</source>
        <translation>nid yw \%1 yn ddihangiad y mae JSON yn ei adnabod.</translation>
    </message>
    <message>
        <source>a text is longer than %1 MiB, more than any message holds.</source>
        <translation>mae testun yn hirach na %1 MiB, mwy nag sydd mewn unrhyw neges.</translation>
    </message>
    <message>
        <source>a text holds a control character (such as a raw line break) that JSON does not allow inside quotes.</source>
        <translation>mae testun yn dal nod rheoli (fel toriad llinell amrwd) nad yw JSON yn ei ganiatáu rhwng dyfynodau.</translation>
    </message>
    <message>
        <source>a text is not UTF-8. Use the file exactly as it was exported, without converting it to another encoding.</source>
        <translation>nid yw testun yn UTF-8. Defnyddiwch y ffeil yn union fel y&apos;i hallforiwyd, heb ei throsi i amgodiad arall.</translation>
    </message>
    <message>
        <source>a number is longer than any export writes.</source>
        <translation>mae rhif yn hirach nag y mae unrhyw allforiad yn ei ysgrifennu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>Nid yw &quot;%1&quot; yn rhif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value JSON knows (true, false or null).</source>
        <translation>Nid yw &quot;%1&quot; yn werth y mae JSON yn ei adnabod (true, false neu null).</translation>
    </message>
    <message>
        <source>one message takes more than %1 MiB of the file, more than any message holds.</source>
        <translation>mae un neges yn cymryd mwy na %1 MiB o&apos;r ffeil, mwy nag sydd mewn unrhyw neges.</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON; the file is not one export.</source>
        <translation>mae mwy ar ôl diwedd y JSON; nid un allforiad yw&apos;r ffeil.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::MboxReader</name>
    <message>
        <source>%1: line %2 is longer than %3 MiB; this is not a mailbox Daymark can read.</source>
        <translation>%1: mae llinell %2 yn hirach na %3 MiB; nid yw hwn yn flwch post y gall Daymark ei ddarllen.</translation>
    </message>
    <message>
        <source>%1 could not be read after line %2. Check that the file is complete and readable.</source>
        <translation>Nid oedd modd darllen %1 ar ôl llinell %2. Gwiriwch fod y ffeil yn gyflawn ac yn ddarllenadwy.</translation>
    </message>
    <message>
        <source>%1 is not an mbox mailbox: line %2 should start with &quot;From &quot; (the line that begins each message), but it reads &quot;%3&quot;.</source>
        <translation>Nid yw %1 yn flwch post mbox: dylai llinell %2 ddechrau gyda &quot;From &quot; (y llinell sy&apos;n dechrau pob neges), ond mae&apos;n darllen &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: the message that starts on line %2 is larger than %3 MiB; Daymark does not import messages that large.</source>
        <translation>%1: mae&apos;r neges sy&apos;n dechrau ar linell %2 yn fwy na %3 MiB; nid yw Daymark yn mewnforio negeseuon mor fawr â hynny.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::Reader</name>
    <message>
        <source>Line %1, column %2 (element %3): %4 Nothing was imported.</source>
        <translation>Llinell %1, colofn %2 (elfen %3): %4 Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a time SMS Backup &amp; Restore writes (milliseconds since 1970).</source>
        <translation>nid yw&apos;r dyddiad &quot;%1&quot; yn amser y mae SMS Backup &amp; Restore yn ei ysgrifennu (milieiliadau ers 1970).</translation>
    </message>
    <message>
        <source>an MMS part (%1) is larger than Daymark reads from a backup.</source>
        <translation>mae rhan MMS (%1) yn fwy nag y mae Daymark yn ei ddarllen o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>the picture or file &quot;%1&quot; in an MMS is not valid base64.</source>
        <translation>nid yw&apos;r llun neu&apos;r ffeil &quot;%1&quot; mewn MMS yn base64 dilys.</translation>
    </message>
    <message>
        <source>The file is empty or holds no XML; it is not an SMS Backup &amp; Restore backup.</source>
        <translation>Mae&apos;r ffeil yn wag neu nid yw&apos;n dal XML; nid yw&apos;n gopi wrth gefn SMS Backup &amp; Restore.</translation>
    </message>
    <message>
        <source>This XML file starts with &lt;%1&gt;, not &lt;smses&gt; or &lt;calls&gt;: it is not an SMS Backup &amp; Restore backup.</source>
        <translation>Mae&apos;r ffeil XML hon yn dechrau gyda &lt;%1&gt;, nid &lt;smses&gt; na &lt;calls&gt;: nid yw&apos;n gopi wrth gefn SMS Backup &amp; Restore.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Canslwyd y mewnforio; ni ychwanegwyd dim.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::SignalParser</name>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again.</source>
        <translation>Mae&apos;r ffeil yn wag: nid yw&apos;n dal unrhyw negeseuon. Allforiwch y sgwrs eto.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Canslwyd y mewnforio; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid date and time. Nothing was imported.</source>
        <translation>Llinell %1: nid yw &quot;%2&quot; yn ddyddiad ac amser dilys. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Line %1: the message that starts on line %2 is longer than any chat message; this is not a Signal export Daymark can read.</source>
        <translation>Llinell %1: mae&apos;r neges sy&apos;n dechrau ar linell %2 yn hirach nag unrhyw neges sgwrs; nid yw hwn yn allforiad Signal y gall Daymark ei ddarllen.</translation>
    </message>
    <message>
        <source>This is not a Signal chat export: no line starts with a date and time in brackets the way Signal exports write them (such as &quot;[2019-12-24, 12:23] Jane Doe: Hello&quot;).</source>
        <translation>Nid allforiad sgwrs Signal yw hwn: nid oes unrhyw linell yn dechrau gyda dyddiad ac amser mewn cromfachau fel y mae allforion Signal yn eu hysgrifennu (fel &quot;[2019-12-24, 12:23] Jane Doe: Helo&quot;).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::Walker</name>
    <message>
        <source>&quot;messages&quot; should be a list of messages ([…]), not %1.</source>
        <translation>dylai &quot;messages&quot; fod yn rhestr o negeseuon ([…]), nid %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Canslwyd y mewnforio; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>each message should be an object ({…}), not %1.</source>
        <translation>dylai pob neges fod yn wrthrych ({…}), nid %1.</translation>
    </message>
    <message>
        <source>Lines %1-%2 (message %3): %4 Nothing was imported.</source>
        <translation>Llinellau %1-%2 (neges %3): %4 Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Download your information from Instagram again.</source>
        <translation>Mae&apos;r ffeil yn wag: nid yw&apos;n dal unrhyw negeseuon. Defnyddiwch Download your information Instagram eto.</translation>
    </message>
    <message>
        <source>this file is a list, as Instagram&apos;s older messages.json was; Daymark reads the current export, where each conversation is a message_1.json file in messages/inbox.</source>
        <translation>rhestr yw&apos;r ffeil hon, fel yr oedd messages.json hŷn Instagram; mae Daymark yn darllen yr allforiad presennol, lle mae pob sgwrs yn ffeil message_1.json yn messages/inbox.</translation>
    </message>
    <message>
        <source>an Instagram messages file (message_1.json) starts with an object ({…}), not %1.</source>
        <translation>mae ffeil negeseuon Instagram (message_1.json) yn dechrau gyda gwrthrych ({…}), nid %1.</translation>
    </message>
    <message>
        <source>This is not an Instagram messages export: it has no &quot;messages&quot; list. Choose the message_1.json file of a conversation (messages/inbox/NAME/message_1.json) from Instagram&apos;s Download your information, in the JSON format.</source>
        <translation>Nid allforiad negeseuon Instagram yw hwn: nid oes ganddo restr &quot;messages&quot;. Dewiswch ffeil message_1.json sgwrs (messages/inbox/NAME/message_1.json) o Download your information Instagram, yn y fformat JSON.</translation>
    </message>
    <message>
        <source>Lines %1-%2 (a message of the chat &quot;%3&quot;): %4 Nothing was imported.</source>
        <translation>Llinellau %1-%2 (neges o&apos;r sgwrs &quot;%3&quot;): %4 Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>each chat in &quot;list&quot; should be an object ({…}), not %1.</source>
        <translation>dylai pob sgwrs yn &quot;list&quot; fod yn wrthrych ({…}), nid %1.</translation>
    </message>
    <message>
        <source>&quot;chats&quot; should be an object with a &quot;list&quot; of chats, not %1.</source>
        <translation>dylai &quot;chats&quot; fod yn wrthrych gyda &quot;list&quot; o sgyrsiau, nid %1.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again from Telegram Desktop.</source>
        <translation>Mae&apos;r ffeil yn wag: nid yw&apos;n dal unrhyw negeseuon. Allforiwch y sgwrs eto o Telegram Desktop.</translation>
    </message>
    <message>
        <source>a Telegram export (result.json) starts with an object ({…}), not %1.</source>
        <translation>mae allforiad Telegram (result.json) yn dechrau gyda gwrthrych ({…}), nid %1.</translation>
    </message>
    <message>
        <source>This is not a Telegram export: it has neither a &quot;messages&quot; list (one chat) nor a &quot;chats&quot; list (a whole account). In Telegram Desktop choose Export chat history (or Export Telegram data) with the format &quot;Machine-readable JSON&quot;, and import its result.json.</source>
        <translation>Nid allforiad Telegram yw hwn: nid oes ganddo restr &quot;messages&quot; (un sgwrs) na rhestr &quot;chats&quot; (cyfrif cyfan). Yn Telegram Desktop dewiswch Export chat history (neu Export Telegram data) gyda&apos;r fformat &quot;Machine-readable JSON&quot;, a mewnforiwch ei result.json.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::WhatsAppParser</name>
    <message>
        <source>Date order: &apos;%1&apos; is not one of dmy, mdy, ymd.</source>
        <translation>Trefn dyddiad: nid yw &apos;%1&apos; yn un o dmy, mdy, ymd.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again from WhatsApp.</source>
        <translation>Mae&apos;r ffeil yn wag: nid yw&apos;n dal unrhyw negeseuon. Allforiwch y sgwrs eto o WhatsApp.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp writes them (such as &quot;23/06/2018, 13:55 - Name: text&quot; or &quot;[23/06/2018, 13:55:10] Name: text&quot;).</source>
        <translation>Nid allforiad sgwrs WhatsApp yw hwn: nid oes unrhyw linell yn dechrau gyda dyddiad ac amser fel y mae WhatsApp yn eu hysgrifennu (fel &quot;23/06/2018, 13:55 - Enw: testun&quot; neu &quot;[23/06/2018, 13:55:10] Enw: testun&quot;).</translation>
    </message>
    <message>
        <source>Date order &apos;%1&apos; does not fit this chat: its years are written elsewhere (&quot;%2&quot;).</source>
        <translation>Nid yw trefn dyddiad &apos;%1&apos; yn gweddu i&apos;r sgwrs hon: mae ei blynyddoedd wedi&apos;u hysgrifennu mewn man arall (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The chat file could not be read a second time.</source>
        <translation>Nid oedd modd darllen ffeil y sgwrs am yr eildro.</translation>
    </message>
    <message>
        <source>Line %1: the message that starts on line %2 is longer than WhatsApp allows; this is not a chat export Daymark can read.</source>
        <translation>Llinell %1: mae&apos;r neges sy&apos;n dechrau ar linell %2 yn hirach nag y mae WhatsApp yn ei ganiatáu; nid yw hwn yn allforiad sgwrs y gall Daymark ei ddarllen.</translation>
    </message>
</context>
<context>
    <name>daymark::insights</name>
    <message>
        <source>Incidents recorded more often</source>
        <translation>Digwyddiadau&apos;n cael eu cofnodi&apos;n amlach</translation>
    </message>
    <message>
        <source>In the %1 weeks to %2 you recorded %3 incidents; in the %1 weeks before, %4.</source>
        <translation>Yn y %1 wythnos hyd at %2 fe gofnodoch %3 digwyddiad; yn y %1 wythnos cyn hynny, %4.</translation>
    </message>
    <message>
        <source>Contact in person after contact from a distance</source>
        <translation>Cyswllt wyneb yn wyneb ar ôl cyswllt o bell</translation>
    </message>
    <message>
        <source>On %1 you recorded the first contact in person (%2, %3).</source>
        <translation>Ar %1 fe gofnodoch y cyswllt cyntaf wyneb yn wyneb (%2, %3).</translation>
    </message>
    <message>
        <source>Before that, the contact you recorded was by phone, message or online: one incident, on %1.</source>
        <translation>Cyn hynny, roedd y cyswllt a gofnodwyd gennych dros y ffôn, drwy neges neu ar-lein: un digwyddiad, ar %1.</translation>
    </message>
    <message>
        <source>Before that, the contact you recorded was by phone, message or online: %1 incidents, the first on %2.</source>
        <translation>Cyn hynny, roedd y cyswllt a gofnodwyd gennych dros y ffôn, drwy neges neu ar-lein: %1 digwyddiad, y cyntaf ar %2.</translation>
    </message>
    <message>
        <source>Threats or violence recorded</source>
        <translation>Bygythiadau neu drais wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>On %1 you recorded the first threat or violence (%2, %3). Threats recorded: %4. Violence recorded: %5.</source>
        <translation>Ar %1 fe gofnodoch y bygythiad neu&apos;r trais cyntaf (%2, %3). Bygythiadau a gofnodwyd: %4. Trais a gofnodwyd: %5.</translation>
    </message>
    <message>
        <source>Contact at your home or work</source>
        <translation>Cyswllt yn eich cartref neu&apos;ch gwaith</translation>
    </message>
    <message>
        <source>You recorded one incident at your home or work, on %1.</source>
        <translation>Fe gofnodoch un digwyddiad yn eich cartref neu&apos;ch gwaith, ar %1.</translation>
    </message>
    <message>
        <source>You recorded %1 incidents at your home or work, the first on %2 and the latest on %3.</source>
        <translation>Fe gofnodoch %1 digwyddiad yn eich cartref neu&apos;ch gwaith, y cyntaf ar %2 a&apos;r diweddaraf ar %3.</translation>
    </message>
    <message>
        <source>Possible breaches of an order</source>
        <translation>Achosion posibl o dorri gorchymyn</translation>
    </message>
    <message>
        <source>You recorded one possible breach of a protection order, on %1.</source>
        <translation>Fe gofnodoch un achos posibl o dorri gorchymyn amddiffyn, ar %1.</translation>
    </message>
    <message>
        <source>You recorded %1 possible breaches of a protection order, the first on %2 and the latest on %3.</source>
        <translation>Fe gofnodoch %1 achos posibl o dorri gorchymyn amddiffyn, y cyntaf ar %2 a&apos;r diweddaraf ar %3.</translation>
    </message>
    <message>
        <source>Other people drawn in</source>
        <translation>Pobl eraill yn cael eu tynnu i mewn</translation>
    </message>
    <message>
        <source>You recorded one incident of contact through other people, on %1.</source>
        <translation>Fe gofnodoch un digwyddiad o gyswllt drwy bobl eraill, ar %1.</translation>
    </message>
    <message>
        <source>You recorded %1 incidents of contact through other people, the first on %2 and the latest on %3.</source>
        <translation>Fe gofnodoch %1 digwyddiad o gyswllt drwy bobl eraill, y cyntaf ar %2 a&apos;r diweddaraf ar %3.</translation>
    </message>
    <message>
        <source>These are patterns in what you recorded, not a judgement of risk. If they worry you, talk to the police (101) or the National Stalking Helpline (0808 802 0300). If you are in danger now, call 999.</source>
        <translation>Patrymau yn yr hyn a gofnodwyd gennych yw&apos;r rhain, nid barn am risg. Os ydynt yn eich poeni, siaradwch â&apos;r heddlu (101) neu&apos;r National Stalking Helpline (0808 802 0300). Os ydych mewn perygl nawr, ffoniwch 999.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <source>Are you very frightened of this person and of what they might do?</source>
        <translation>Ydych chi&apos;n ofnus iawn o&apos;r person hwn ac o&apos;r hyn y gallai ei wneud?</translation>
    </message>
    <message>
        <source>Before this began, had this person stalked, harassed or abused you, or anyone else?</source>
        <translation>Cyn i hyn ddechrau, a oedd y person hwn wedi eich stelcian, aflonyddu arnoch neu eich cam-drin chi, neu unrhyw un arall?</translation>
    </message>
    <message>
        <source>Has this person damaged or destroyed anything belonging to you or to people close to you?</source>
        <translation>A yw&apos;r person hwn wedi difrodi neu ddinistrio unrhyw beth sy&apos;n perthyn i chi neu i bobl sy&apos;n agos atoch?</translation>
    </message>
    <message>
        <source>Has this person turned up uninvited where you are (at home, at work or elsewhere) more than three times in one week?</source>
        <translation>A yw&apos;r person hwn wedi troi i fyny heb wahoddiad lle rydych chi (gartref, yn y gwaith neu rywle arall) fwy na thair gwaith mewn un wythnos?</translation>
    </message>
    <message>
        <source>Has this person followed you, or waited or hung around near your home, your work or places you go?</source>
        <translation>A yw&apos;r person hwn wedi eich dilyn, neu wedi aros neu sefyllian ger eich cartref, eich gwaith neu leoedd rydych yn mynd iddynt?</translation>
    </message>
    <message>
        <source>Has this person threatened to hurt you physically or sexually, or to kill you?</source>
        <translation>A yw&apos;r person hwn wedi bygwth eich brifo&apos;n gorfforol neu&apos;n rhywiol, neu eich lladd?</translation>
    </message>
    <message>
        <source>Has this person hurt you physically or sexually?</source>
        <translation>A yw&apos;r person hwn wedi eich brifo&apos;n gorfforol neu&apos;n rhywiol?</translation>
    </message>
    <message>
        <source>Since this began, has this person also gone after people around you: family, children, friends, colleagues or a new partner?</source>
        <translation>Ers i hyn ddechrau, a yw&apos;r person hwn hefyd wedi mynd ar ôl pobl o&apos;ch cwmpas: teulu, plant, ffrindiau, cydweithwyr neu bartner newydd?</translation>
    </message>
    <message>
        <source>As far as you know, has this person been violent towards anyone else?</source>
        <translation>Hyd y gwyddoch, a yw&apos;r person hwn wedi bod yn dreisgar tuag at unrhyw un arall?</translation>
    </message>
    <message>
        <source>Has this person got other people to help them: passing on messages, watching you or finding out where you are?</source>
        <translation>A yw&apos;r person hwn wedi cael pobl eraill i&apos;w helpu: trosglwyddo negeseuon, eich gwylio neu ddarganfod ble rydych chi?</translation>
    </message>
    <message>
        <source>In the past year, has this person had problems with alcohol, drugs or their mental health?</source>
        <translation>Yn ystod y flwyddyn ddiwethaf, a yw&apos;r person hwn wedi cael problemau gydag alcohol, cyffuriau neu ei iechyd meddwl?</translation>
    </message>
    <message>
        <source>Is this person known to have been violent in the past, or to have a record for violence?</source>
        <translation>A yw&apos;n hysbys bod y person hwn wedi bod yn dreisgar yn y gorffennol, neu fod ganddo record am drais?</translation>
    </message>
    <message>
        <source>Has this person ignored a court order, bail conditions or a warning from the police?</source>
        <translation>A yw&apos;r person hwn wedi anwybyddu gorchymyn llys, amodau mechnïaeth neu rybudd gan yr heddlu?</translation>
    </message>
    <message>
        <source>Has what this person does become more frequent or more serious lately?</source>
        <translation>A yw&apos;r hyn y mae&apos;r person hwn yn ei wneud wedi mynd yn amlach neu&apos;n fwy difrifol yn ddiweddar?</translation>
    </message>
    <message>
        <source>Were you and this person ever in a relationship?</source>
        <translation>A fuoch chi a&apos;r person hwn erioed mewn perthynas?</translation>
    </message>
    <message>
        <source>Does this person have access to weapons, or have they talked about using one?</source>
        <translation>A oes gan y person hwn fynediad at arfau, neu a yw wedi sôn am ddefnyddio un?</translation>
    </message>
    <message>
        <source>Have you changed your daily life because of this person: your routes, your work, where you stay?</source>
        <translation>Ydych chi wedi newid eich bywyd bob dydd oherwydd y person hwn: eich llwybrau, eich gwaith, ble rydych yn aros?</translation>
    </message>
</context>
<context>
    <name>daymark::insights::ContactKinds</name>
    <message>
        <source>in person|face to face</source>
        <comment>channel names meaning in person, separated by |</comment>
        <translation>wyneb yn wyneb|yn bersonol|in person|face to face</translation>
    </message>
    <message>
        <source>home|work</source>
        <comment>tags meaning the person&apos;s home or work, separated by |</comment>
        <translation>cartref|gwaith|home|work</translation>
    </message>
    <message>
        <source>my home|my house|my flat|my front door|my door|my garden|my driveway|at home|my work|my workplace|my office|at work</source>
        <comment>phrases in a place meaning the person&apos;s own home or work, separated by |</comment>
        <translation>fy nghartref|fy nhŷ|fy fflat|fy nrws ffrynt|fy nrws|fy ngardd|fy nreif|gartref|adref|fy ngwaith|fy ngweithle|fy swyddfa|yn y gwaith|my home|my house|my flat|my front door|my door|my garden|my driveway|at home|my work|my workplace|my office|at work</translation>
    </message>
</context>
<context>
    <name>daymark::insights::Screening</name>
    <message>
        <source>There is no screening question &apos;%1&apos;. Use one of the codes &apos;screening --questions&apos; lists.</source>
        <translation>Nid oes cwestiwn sgrinio &apos;%1&apos;. Defnyddiwch un o&apos;r codau y mae &apos;screening --questions&apos; yn eu rhestru.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
</context>
<context>
    <name>daymark::report</name>
    <message>
        <source>exhibits/          The original evidence files, byte for byte as they were when added to the
                   diary, each named by its exhibit number (exhibit JS/1 is JS-1_...). The
                   PDF and incidents.csv refer to them by these numbers.
</source>
        <translation>exhibits/          Y ffeiliau tystiolaeth gwreiddiol, beit am feit fel yr oeddent pan gawsant eu
                   hychwanegu at y dyddiadur, pob un wedi&apos;i enwi yn ôl ei rif arddangosyn
                   (JS-1_... yw arddangosyn JS/1). Mae&apos;r PDF ac incidents.csv yn cyfeirio atynt
                   wrth y rhifau hyn.
</translation>
    </message>
    <message>
        <source>(The original evidence files were left out of this bundle on purpose; the PDF lists them with their SHA-256.)
</source>
        <translation>(Gadawyd y ffeiliau tystiolaeth gwreiddiol allan o&apos;r bwndel hwn yn fwriadol; mae&apos;r PDF yn eu rhestru gyda&apos;u SHA-256.)
</translation>
    </message>
    <message>
        <source>EVIDENCE BUNDLE - INCIDENT DIARY
================================

This bundle was exported from a Daymark incident diary on %1 (UTC).
Incidents: %2. Exhibits: %3.
Diary fingerprint at export: %4

WHAT IS INSIDE

timeline.pdf       The incidents in time order, with exhibit numbers. Start here.
%5incidents.csv      The same incidents as a spreadsheet (opens in Excel).
incidents.json     The same incidents, people, orders and exhibits for software.
manifest.json      A list of every file with its size and SHA-256 hash.
manifest.sig       A digital signature of manifest.json made with the diary&apos;s key.
signing-key.pem    The diary&apos;s public key, to check that signature.
SHA256SUMS         The SHA-256 hash of every other file in the bundle.
README.txt         This file.

HOW TO CHECK IT

Unzip the bundle into an empty folder, open a terminal in that folder and run:

  sha256sum -c SHA256SUMS

Every line must end in &quot;OK&quot;. Then check the signature:

  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig

It must print &quot;Signature Verified Successfully&quot;. (OpenSSL 3.0 or later. On Windows, &apos;certutil -hashfile FILE SHA256&apos; shows one file&apos;s hash to compare with SHA256SUMS.)
With Daymark installed, &apos;daymark-cli verify BUNDLE.zip&apos; does both checks at once and also reports any file added or removed.

WHAT THE CHECKS PROVE, AND WHAT THEY DO NOT

- If both checks pass, no file in this bundle has been changed since it was exported, and the list of files was signed by the holder of the diary&apos;s key.
- The exhibit files are the same bytes as when they were added to the diary; their SHA-256 was taken at that time and is shown in the PDF and incidents.json.
- The signature shows which diary made the bundle only if you compare the fingerprint above, or the key in signing-key.pem, with one the diary&apos;s owner gave you separately (for example read aloud, or sent earlier). Anyone can make a new key and sign a changed bundle with it.
- The checks do not prove that what the diary says is true, or that an incident happened at the time given. Each entry shows when it happened and, separately, when it was written down; later changes are shown as amendments with the earlier text.
- Details may have been redacted on purpose before export; they appear as &quot;%6&quot;. Private notes are left out unless the owner chose to include them.
</source>
        <translation>BWNDEL TYSTIOLAETH - DYDDIADUR DIGWYDDIADAU
===========================================

Allforiwyd y bwndel hwn o ddyddiadur digwyddiadau Daymark ar %1 (UTC).
Digwyddiadau: %2. Arddangosion: %3.
Ôl bys y dyddiadur adeg yr allforio: %4

BETH SYDD Y TU MEWN

timeline.pdf       Y digwyddiadau yn nhrefn amser, gyda rhifau arddangosion. Dechreuwch yma.
%5incidents.csv      Yr un digwyddiadau fel taenlen (mae&apos;n agor yn Excel).
incidents.json     Yr un digwyddiadau, pobl, gorchmynion ac arddangosion ar gyfer meddalwedd.
manifest.json      Rhestr o bob ffeil gyda&apos;i maint a&apos;i stwnsh SHA-256.
manifest.sig       Llofnod digidol o manifest.json a wnaed ag allwedd y dyddiadur.
signing-key.pem    Allwedd gyhoeddus y dyddiadur, i wirio&apos;r llofnod hwnnw.
SHA256SUMS         Stwnsh SHA-256 pob ffeil arall yn y bwndel.
README.txt         Y ffeil hon.

SUT I&apos;W WIRIO

Dadsipiwch y bwndel i ffolder wag, agorwch derfynell yn y ffolder honno a rhedwch:

  sha256sum -c SHA256SUMS

Rhaid i bob llinell orffen gydag &quot;OK&quot;. Yna gwiriwch y llofnod:

  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig

Rhaid iddo argraffu &quot;Signature Verified Successfully&quot;. (OpenSSL 3.0 neu&apos;n hwyrach. Ar Windows, mae &apos;certutil -hashfile FILE SHA256&apos; yn dangos stwnsh un ffeil i&apos;w gymharu â SHA256SUMS.)
Gyda Daymark wedi&apos;i osod, mae &apos;daymark-cli verify BUNDLE.zip&apos; yn gwneud y ddau wiriad ar unwaith ac mae hefyd yn adrodd am unrhyw ffeil a ychwanegwyd neu a dynnwyd.

BETH MAE&apos;R GWIRIADAU&apos;N EI BROFI, A BETH NAD YDYNT YN EI BROFI

- Os yw&apos;r ddau wiriad yn pasio, nid oes unrhyw ffeil yn y bwndel hwn wedi newid ers ei allforio, a llofnodwyd y rhestr ffeiliau gan ddeiliad allwedd y dyddiadur.
- Mae ffeiliau&apos;r arddangosion yr un beitiau ag yr oeddent pan gawsant eu hychwanegu at y dyddiadur; cymerwyd eu SHA-256 bryd hynny ac fe&apos;i dangosir yn y PDF ac yn incidents.json.
- Mae&apos;r llofnod yn dangos pa ddyddiadur a wnaeth y bwndel dim ond os cymharwch yr ôl bys uchod, neu&apos;r allwedd yn signing-key.pem, ag un a roddodd perchennog y dyddiadur i chi ar wahân (er enghraifft wedi&apos;i ddarllen yn uchel, neu wedi&apos;i anfon yn gynharach). Gall unrhyw un wneud allwedd newydd a llofnodi bwndel wedi&apos;i newid â hi.
- Nid yw&apos;r gwiriadau&apos;n profi bod yr hyn y mae&apos;r dyddiadur yn ei ddweud yn wir, na bod digwyddiad wedi digwydd ar yr amser a roddwyd. Mae pob cofnod yn dangos pryd y digwyddodd ac, ar wahân, pryd y&apos;i hysgrifennwyd; dangosir newidiadau diweddarach fel diwygiadau gyda&apos;r testun cynharach.
- Efallai fod manylion wedi&apos;u cuddio&apos;n fwriadol cyn allforio; maent yn ymddangos fel &quot;%6&quot;. Gadewir nodiadau preifat allan oni ddewisodd y perchennog eu cynnwys.
</translation>
    </message>
    <message>
        <source>%1: this folder name could put files outside the folder the bundle is unzipped into. The bundle was tampered with.</source>
        <translation>%1: gallai enw&apos;r ffolder hwn roi ffeiliau y tu allan i&apos;r ffolder y caiff y bwndel ei ddadsipio iddo. Mae rhywun wedi ymyrryd â&apos;r bwndel.</translation>
    </message>
    <message>
        <source>%1: this name could put a file outside the folder the bundle is unzipped into. The bundle was tampered with.</source>
        <translation>%1: gallai&apos;r enw hwn roi ffeil y tu allan i&apos;r ffolder y caiff y bwndel ei ddadsipio iddo. Mae rhywun wedi ymyrryd â&apos;r bwndel.</translation>
    </message>
    <message>
        <source>%1 is in the bundle more than once. The bundle was tampered with.</source>
        <translation>Mae %1 yn y bwndel fwy nag unwaith. Mae rhywun wedi ymyrryd â&apos;r bwndel.</translation>
    </message>
    <message>
        <source>%1 and %2 differ only in capital letters, so one would replace the other when unzipped on Windows or macOS. The bundle was tampered with.</source>
        <translation>Dim ond mewn priflythrennau y mae %1 a %2 yn wahanol, felly byddai un yn disodli&apos;r llall wrth ddadsipio ar Windows neu macOS. Mae rhywun wedi ymyrryd â&apos;r bwndel.</translation>
    </message>
    <message>
        <source>%1 could not be read from the zip (%2): it was changed or damaged after export.</source>
        <translation>Nid oedd modd darllen %1 o&apos;r zip (%2): cafodd ei newid neu ei ddifrodi ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 is missing from the bundle, so it cannot be checked. Ask for the bundle to be sent again.</source>
        <translation>Mae %1 ar goll o&apos;r bwndel, felly ni ellir ei wirio. Gofynnwch i&apos;r bwndel gael ei anfon eto.</translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not a hash and a file name: it was changed after export.</source>
        <translation>Mae gan SHA256SUMS linell nad yw&apos;n stwnsh ac enw ffeil: cafodd ei newid ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 is listed twice in SHA256SUMS: the list was changed after export.</source>
        <translation>Rhestrir %1 ddwywaith yn SHA256SUMS: newidiwyd y rhestr ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but is missing from the bundle: it was removed after export.</source>
        <translation>Rhestrir %1 yn SHA256SUMS ond mae ar goll o&apos;r bwndel: cafodd ei dynnu ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS: the file was changed after export.</source>
        <translation>Nid yw %1 yn cyfateb i&apos;w SHA-256 yn SHA256SUMS: newidiwyd y ffeil ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS: it was added to the bundle after export.</source>
        <translation>Nid yw %1 wedi&apos;i restru yn SHA256SUMS: cafodd ei ychwanegu at y bwndel ar ôl allforio.</translation>
    </message>
    <message>
        <source>manifest.json is not a Daymark bundle manifest: it was changed, or this is not an evidence bundle.</source>
        <translation>Nid yw manifest.json yn faniffest bwndel Daymark: cafodd ei newid, neu nid bwndel tystiolaeth yw hwn.</translation>
    </message>
    <message>
        <source>%1 is listed twice in manifest.json.</source>
        <translation>Rhestrir %1 ddwywaith yn manifest.json.</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but is missing from the bundle: it was removed after export.</source>
        <translation>Rhestrir %1 yn manifest.json ond mae ar goll o&apos;r bwndel: cafodd ei dynnu ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 does not match its size and SHA-256 in manifest.json: the file was changed after export.</source>
        <translation>Nid yw %1 yn cyfateb i&apos;w faint a&apos;i SHA-256 yn manifest.json: newidiwyd y ffeil ar ôl allforio.</translation>
    </message>
    <message>
        <source>%1 is not listed in manifest.json: it was added to the bundle after export.</source>
        <translation>Nid yw %1 wedi&apos;i restru yn manifest.json: cafodd ei ychwanegu at y bwndel ar ôl allforio.</translation>
    </message>
    <message>
        <source>SHA256SUMS does not agree with the signed manifest.json: it was changed after export.</source>
        <translation>Nid yw SHA256SUMS yn cytuno â&apos;r manifest.json wedi&apos;i lofnodi: cafodd ei newid ar ôl allforio.</translation>
    </message>
    <message>
        <source>signing-key.pem is not an Ed25519 public key: it was changed after export.</source>
        <translation>Nid yw signing-key.pem yn allwedd gyhoeddus Ed25519: cafodd ei newid ar ôl allforio.</translation>
    </message>
    <message>
        <source>signing-key.pem is not the key manifest.json names: one of them was changed after export.</source>
        <translation>Nid signing-key.pem yw&apos;r allwedd y mae manifest.json yn ei henwi: newidiwyd un ohonynt ar ôl allforio.</translation>
    </message>
    <message>
        <source>manifest.sig is not a valid signature of manifest.json by signing-key.pem: manifest.json or manifest.sig was changed after export.</source>
        <translation>Nid yw manifest.sig yn llofnod dilys o manifest.json gan signing-key.pem: newidiwyd manifest.json neu manifest.sig ar ôl allforio.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Wedi canslo. Ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>Exhibit %1 does not match the SHA-256 taken when it was added. Run &apos;check&apos; on the diary and restore it from a backup. No bundle was written.</source>
        <translation>Nid yw arddangosyn %1 yn cyfateb i&apos;r SHA-256 a gymerwyd pan gafodd ei ychwanegu. Rhedwch &apos;check&apos; ar y dyddiadur a&apos;i adfer o gopi wrth gefn. Ni ysgrifennwyd bwndel.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>Where incidents happened</source>
        <translation>Lle digwyddodd digwyddiadau</translation>
    </message>
    <message>
        <source>Map positions</source>
        <translation>Lleoliadau ar fap</translation>
    </message>
    <message>
        <source>Numbers, addresses and accounts used in incidents</source>
        <translation>Rhifau, cyfeiriadau a chyfrifon a ddefnyddiwyd mewn digwyddiadau</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>Sut effeithiodd arnoch</translation>
    </message>
    <message>
        <source>Notes about witnesses</source>
        <translation>Nodiadau am dystion</translation>
    </message>
    <message>
        <source>Police officers&apos; names</source>
        <translation>Enwau swyddogion heddlu</translation>
    </message>
    <message>
        <source>Police references</source>
        <translation>Cyfeirnodau&apos;r heddlu</translation>
    </message>
    <message>
        <source>People&apos;s addresses</source>
        <translation>Cyfeiriadau pobl</translation>
    </message>
    <message>
        <source>People&apos;s phone numbers</source>
        <translation>Rhifau ffôn pobl</translation>
    </message>
    <message>
        <source>People&apos;s e-mail addresses</source>
        <translation>Cyfeiriadau e-bost pobl</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[wedi&apos;i guddio]</translation>
    </message>
    <message>
        <source>What the fingerprint, hashes and signature prove</source>
        <translation>Beth mae&apos;r ôl bys, y stwnshau a&apos;r llofnod yn ei brofi</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translation>•  %1</translation>
    </message>
    <message>
        <source>This document was made by Daymark from the diary with the fingerprint %1 on %2. The diary keeps a journal: every entry, amendment, deletion and exhibit is a record that carries the SHA-256 hash of the record before it, so no record can be changed, removed or inserted later without breaking the chain.</source>
        <translation>Gwnaed y ddogfen hon gan Daymark o&apos;r dyddiadur gyda&apos;r ôl bys %1 ar %2. Mae&apos;r dyddiadur yn cadw cyfnodolyn: mae pob cofnod, diwygiad, dilead ac arddangosyn yn gofnod sy&apos;n cario stwnsh SHA-256 y cofnod o&apos;i flaen, felly ni ellir newid, tynnu na mewnosod unrhyw gofnod yn nes ymlaen heb dorri&apos;r gadwyn.</translation>
    </message>
    <message>
        <source>What they prove</source>
        <translation>Beth maent yn ei brofi</translation>
    </message>
    <message>
        <source>The evidence bundle is unchanged since it was exported. Its manifest lists every file with its SHA-256 and is signed with the diary&apos;s own Ed25519 key; changing, adding or removing any file, this document included, makes the check fail (sha256sum -c SHA256SUMS, and openssl pkeyutl -verify as the bundle&apos;s README explains).</source>
        <translation>Nid yw&apos;r bwndel tystiolaeth wedi newid ers ei allforio. Mae ei faniffest yn rhestru pob ffeil gyda&apos;i SHA-256 ac wedi&apos;i lofnodi ag allwedd Ed25519 y dyddiadur ei hun; mae newid, ychwanegu neu dynnu unrhyw ffeil, gan gynnwys y ddogfen hon, yn gwneud i&apos;r gwiriad fethu (sha256sum -c SHA256SUMS, ac openssl pkeyutl -verify fel y mae README y bwndel yn ei esbonio).</translation>
    </message>
    <message>
        <source>Each exhibit is the file that was added to the diary: its SHA-256 was taken when it was added and is the same in the exhibit list, the manifest and the bundle.</source>
        <translation>Pob arddangosyn yw&apos;r ffeil a ychwanegwyd at y dyddiadur: cymerwyd ei SHA-256 pan gafodd ei ychwanegu ac mae&apos;r un fath yn y rhestr arddangosion, y maniffest a&apos;r bwndel.</translation>
    </message>
    <message>
        <source>Entries were recorded at the times this diary shows, in the order shown: each recorded time is part of the journal chain, and every amendment keeps the earlier version, its reason and its time.</source>
        <translation>Cofnodwyd cofnodion ar yr amseroedd y mae&apos;r dyddiadur hwn yn eu dangos, yn y drefn a ddangosir: mae pob amser a gofnodwyd yn rhan o gadwyn y cyfnodolyn, ac mae pob diwygiad yn cadw&apos;r fersiwn gynharach, ei reswm a&apos;i amser.</translation>
    </message>
    <message>
        <source>The diary&apos;s journal as a whole had the fingerprint above when this document was made. If the fingerprint was sent to someone earlier, that copy shows the diary already existed in that state at that time.</source>
        <translation>Roedd gan gyfnodolyn y dyddiadur yn ei gyfanrwydd yr ôl bys uchod pan wnaed y ddogfen hon. Os anfonwyd yr ôl bys at rywun yn gynharach, mae&apos;r copi hwnnw&apos;n dangos bod y dyddiadur eisoes yn bodoli yn y cyflwr hwnnw bryd hynny.</translation>
    </message>
    <message>
        <source>What they do not prove</source>
        <translation>Beth nad ydynt yn ei brofi</translation>
    </message>
    <message>
        <source>That the events happened as described. The diary is the account of the person who kept it; the hashes show only that the account was not changed without a trace after it was written.</source>
        <translation>Bod y digwyddiadau wedi digwydd fel y&apos;u disgrifiwyd. Y dyddiadur yw hanes y person a&apos;i cadwodd; dim ond dangos na newidiwyd yr hanes heb adael ôl ar ôl iddo gael ei ysgrifennu y mae&apos;r stwnshau.</translation>
    </message>
    <message>
        <source>That the computer the diary was kept on was not tampered with before an entry was recorded, or that its clock was right. Recorded times come from that computer&apos;s clock.</source>
        <translation>Na chafodd y cyfrifiadur y cadwyd y dyddiadur arno ei ymyrryd ag ef cyn i gofnod gael ei gofnodi, na bod ei gloc yn gywir. Daw&apos;r amseroedd a gofnodwyd o gloc y cyfrifiadur hwnnw.</translation>
    </message>
    <message>
        <source>Who made an exhibit, or that it shows what it seems to show: only that the file is the one added.</source>
        <translation>Pwy wnaeth arddangosyn, na&apos;i fod yn dangos yr hyn y mae&apos;n ymddangos ei fod yn ei ddangos: dim ond mai&apos;r ffeil yw&apos;r un a ychwanegwyd.</translation>
    </message>
    <message>
        <source>That nothing was left out. The export includes only what the person chose; the cover states the period covered, and entries deleted in the diary are not shown.</source>
        <translation>Na adawyd dim allan. Mae&apos;r allforiad yn cynnwys dim ond yr hyn a ddewisodd y person; mae&apos;r clawr yn nodi&apos;r cyfnod dan sylw, ac ni ddangosir cofnodion a ddilëwyd yn y dyddiadur.</translation>
    </message>
    <message>
        <source>The signature shows which diary signed the bundle, not who the person is: the signing key was made with the diary and is not certified by anyone.</source>
        <translation>Mae&apos;r llofnod yn dangos pa ddyddiadur a lofnododd y bwndel, nid pwy yw&apos;r person: gwnaed yr allwedd lofnodi gyda&apos;r dyddiadur ac nid yw wedi&apos;i hardystio gan neb.</translation>
    </message>
    <message>
        <source>Times written &quot;approx.&quot; are the person&apos;s best estimate of when something happened. The gap between when an incident happened and when it was recorded is shown beside every entry.</source>
        <translation>Mae amseroedd sydd wedi&apos;u nodi&apos;n &quot;tua&quot; yn amcangyfrif gorau&apos;r person o pryd y digwyddodd rhywbeth. Dangosir y bwlch rhwng pryd y digwyddodd digwyddiad a phryd y&apos;i cofnodwyd wrth ymyl pob cofnod.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Arddangosion</translation>
    </message>
    <message>
        <source>Each exhibit is an original file kept byte for byte in the diary since it was added. The SHA-256 was taken when it was added; the same file in the evidence bundle has the same SHA-256, which anyone can check with sha256sum.</source>
        <translation>Mae pob arddangosyn yn ffeil wreiddiol a gadwyd beit am feit yn y dyddiadur ers iddi gael ei hychwanegu. Cymerwyd y SHA-256 pan gafodd ei hychwanegu; mae gan yr un ffeil yn y bwndel tystiolaeth yr un SHA-256, y gall unrhyw un ei wirio gyda sha256sum.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Description and original file name</source>
        <translation>Disgrifiad ac enw&apos;r ffeil wreiddiol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>No exhibits are included in this export.</source>
        <translation>Nid oes arddangosion wedi&apos;u cynnwys yn yr allforiad hwn.</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
Ffeil: %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Time of day and day of the week</source>
        <translation>Adeg y dydd a diwrnod yr wythnos</translation>
    </message>
    <message>
        <source>How many incidents happened in each hour of each day of the week, at the local time each was recorded with. Darker squares: more incidents. The busiest hour has %1.</source>
        <translation>Faint o ddigwyddiadau a ddigwyddodd ym mhob awr o bob diwrnod o&apos;r wythnos, yn ôl yr amser lleol a gofnodwyd gyda phob un. Sgwariau tywyllach: mwy o ddigwyddiadau. Mae gan yr awr brysuraf %1.</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1, amod %2: %3</translation>
    </message>
    <message>
        <source>Reported to the police.</source>
        <translation>Adroddwyd i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Cyfeirnod: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Swyddog: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Dan sylw</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tystion</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Nodiadau preifat</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>cofnodwyd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dilëwyd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>adferwyd</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>diwygiwyd</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <source>This is version %1, last changed %2. Reason given: %3</source>
        <translation>Dyma fersiwn %1, newidiwyd ddiwethaf %2. Y rheswm a roddwyd: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Version %1, %2 %3</source>
        <translation>Fersiwn %1, %2 %3</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Rheswm: %2</translation>
    </message>
    <message>
        <source>Differences from the version after it:</source>
        <translation>Gwahaniaethau o&apos;r fersiwn ar ei hôl:</translation>
    </message>
    <message>
        <source>#%1   %2   %3</source>
        <translation>#%1   %2   %3</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Children were present.</source>
        <translation>Roedd plant yn bresennol.</translation>
    </message>
    <message>
        <source>Possible breach</source>
        <translation>Achos posibl o dorri</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation>Log cronolegol</translation>
    </message>
    <message>
        <source>Each entry shows when it happened, then when it was written down in the diary, and every earlier version where it was amended. Numbers such as #12 are the diary&apos;s own entry numbers; exhibit numbers such as %1/1 refer to the exhibit list.</source>
        <translation>Mae pob cofnod yn dangos pryd y digwyddodd, yna pryd y&apos;i hysgrifennwyd yn y dyddiadur, a phob fersiwn gynharach lle cafodd ei ddiwygio. Rhifau cofnodion y dyddiadur ei hun yw rhifau fel #12; mae rhifau arddangosion fel %1/1 yn cyfeirio at y rhestr arddangosion.</translation>
    </message>
    <message>
        <source>No incidents are included in this export.</source>
        <translation>Nid oes digwyddiadau wedi&apos;u cynnwys yn yr allforiad hwn.</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Digwyddiadau yn ôl math</translation>
    </message>
    <message>
        <source>Incidents in total</source>
        <translation>Cyfanswm y digwyddiadau</translation>
    </message>
    <message>
        <source>Incidents recorded as possible breaches of a protection order</source>
        <translation>Digwyddiadau a gofnodwyd fel achosion posibl o dorri gorchymyn amddiffyn</translation>
    </message>
    <message>
        <source>Diary fingerprint</source>
        <translation>Ôl bys y dyddiadur</translation>
    </message>
    <message>
        <source>The fingerprint identifies the diary&apos;s journal as it stood when this document was made. It matches the fingerprint in the evidence bundle&apos;s manifest; a copy sent to someone earlier shows the diary existed in that state at that time. The QR code holds the same text.</source>
        <translation>Mae&apos;r ôl bys yn nodi cyfnodolyn y dyddiadur fel yr oedd pan wnaed y ddogfen hon. Mae&apos;n cyfateb i&apos;r ôl bys ym maniffest y bwndel tystiolaeth; mae copi a anfonwyd at rywun yn gynharach yn dangos bod y dyddiadur yn bodoli yn y cyflwr hwnnw bryd hynny. Mae&apos;r cod QR yn dal yr un testun.</translation>
    </message>
    <message>
        <source>Incident diary: timeline of events</source>
        <translation>Dyddiadur digwyddiadau: llinell amser</translation>
    </message>
    <message>
        <source>A record of stalking and harassment kept in an encrypted Daymark diary, exported for the police with its evidence.</source>
        <translation>Cofnod o stelcian ac aflonyddu a gadwyd mewn dyddiadur Daymark wedi&apos;i amgryptio, wedi&apos;i allforio i&apos;r heddlu gyda&apos;i dystiolaeth.</translation>
    </message>
    <message>
        <source>Whose diary</source>
        <translation>Dyddiadur pwy</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Cyfnod dan sylw</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>No incidents are included.</source>
        <translation>Nid oes digwyddiadau wedi&apos;u cynnwys.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Allforiwyd</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <source>All times are local time in %1 (%2) unless an entry says otherwise.</source>
        <translation>Mae pob amser yn amser lleol yn %1 (%2) oni bai bod cofnod yn dweud fel arall.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (approx.)</source>
        <translation>%1 (tua)</translation>
    </message>
    <message>
        <source>within a minute of when it happened</source>
        <translation>o fewn munud i&apos;r adeg y digwyddodd</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 awr</translation>
    </message>
    <message>
        <source>%1 after it happened</source>
        <translation>%1 ar ôl iddo ddigwydd</translation>
    </message>
    <message>
        <source>%1 before the time given</source>
        <translation>%1 cyn yr amser a roddwyd</translation>
    </message>
    <message>
        <source>%1
(%2 bytes)</source>
        <translation>%1
(%2 beit)</translation>
    </message>
    <message>
        <source>Diary fingerprint: %1</source>
        <translation>Ôl bys y dyddiadur: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: Daymark was started without its graphics support.</source>
        <translation>Nid oedd modd gwneud y PDF: dechreuwyd Daymark heb ei gymorth graffeg.</translation>
    </message>
    <message>
        <source>Making the PDF was cancelled; nothing was kept.</source>
        <translation>Canslwyd gwneud y PDF; ni chedwir dim.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that there is space and that the place you chose can be written to.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r PDF. Gwiriwch fod lle ar gael ac y gellir ysgrifennu i&apos;r lle a ddewisoch.</translation>
    </message>
    <message>
        <source>%1, registration %2</source>
        <translation>%1, rhif cofrestru %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Cerbydau</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Rhifau ffôn</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-byst</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Cyfeiriadau</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Llys</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Yn erbyn</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Amod %1</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <source>Possible breaches</source>
        <translation>Achosion posibl o dorri</translation>
    </message>
    <message>
        <source>None recorded among the incidents in this document.</source>
        <translation>Dim wedi&apos;u cofnodi ymhlith y digwyddiadau yn y ddogfen hon.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Pobl dan sylw</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Gorchmynion amddiffyn</translation>
    </message>
    <message>
        <source>Each condition is followed by the incidents recorded in the diary as possible breaches of it. Whether an incident is a breach is for the police and the court to decide.</source>
        <translation>Dilynir pob amod gan y digwyddiadau a gofnodwyd yn y dyddiadur fel achosion posibl o&apos;i dorri. Mater i&apos;r heddlu a&apos;r llys yw penderfynu a yw digwyddiad yn achos o dorri.</translation>
    </message>
    <message>
        <source>The QR code of the fingerprint could not be made.</source>
        <translation>Nid oedd modd gwneud cod QR yr ôl bys.</translation>
    </message>
    <message>
        <source>Annex: risk screening answers</source>
        <translation>Atodiad: atebion sgrinio risg</translation>
    </message>
    <message>
        <source>The latest answers the person gave in Daymark to the stalking risk screening questions (the themes of the S-DASH screening used by UK police and support services, in Daymark&apos;s own words). They are the person&apos;s own answers: Daymark does not score them or judge the risk. Earlier answers are kept in the diary with their dates.</source>
        <translation>Yr atebion diweddaraf a roddodd y person yn Daymark i&apos;r cwestiynau sgrinio risg stelcian (themâu&apos;r sgrinio S-DASH a ddefnyddir gan yr heddlu a gwasanaethau cymorth yn y DU, yng ngeiriau Daymark ei hun). Atebion y person ei hun ydynt: nid yw Daymark yn eu sgorio nac yn barnu&apos;r risg. Cedwir atebion cynharach yn y dyddiadur gyda&apos;u dyddiadau.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (answered %2; changed %3 times since first answered)</source>
        <translation>%1 (atebwyd %2; newidiwyd %3 gwaith ers yr ateb cyntaf)</translation>
    </message>
    <message>
        <source>%1 (answered %2)</source>
        <translation>%1 (atebwyd %2)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In this export</source>
        <translation>Yn yr allforiad hwn</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Dim rhagolwg</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Mathau eraill</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>Digwyddiadau dros amser</translation>
    </message>
    <message>
        <source>Incidents per week (weeks start on Monday), by type.</source>
        <translation>Digwyddiadau yr wythnos (mae wythnosau&apos;n dechrau ddydd Llun), yn ôl math.</translation>
    </message>
    <message>
        <source>Incidents per %1 days, by type.</source>
        <translation>Digwyddiadau fesul %1 diwrnod, yn ôl math.</translation>
    </message>
    <message>
        <source>%1 Most in one bar: %2.</source>
        <translation>%1 Y mwyaf mewn un bar: %2.</translation>
    </message>
    <message>
        <source>The line is the average of the last %1 weeks, so a rise stands out from the ups and downs.</source>
        <translation>Y llinell yw cyfartaledd y %1 wythnos diwethaf, fel bod cynnydd yn sefyll allan o&apos;r codi a&apos;r gostwng.</translation>
    </message>
    <message>
        <source>The line is the average of the last %1 bars, so a rise stands out from the ups and downs.</source>
        <translation>Y llinell yw cyfartaledd y %1 bar diwethaf, fel bod cynnydd yn sefyll allan o&apos;r codi a&apos;r gostwng.</translation>
    </message>
    <message>
        <source>Average of the last %1 weeks</source>
        <translation>Cyfartaledd %1 wythnos</translation>
    </message>
    <message>
        <source>Average of the last %1 bars</source>
        <translation>Cyfartaledd %1 bar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, amod %2</translation>
    </message>
</context>
<context>
    <name>daymark::report::AtomicOutput</name>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw ffeil newydd; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli. Dewiswch ffolder sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be created (it may have appeared meanwhile). Choose a new file name.</source>
        <translation>Nid oedd modd creu %1 (efallai ei fod wedi ymddangos yn y cyfamser). Dewiswch enw ffeil newydd.</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipReader</name>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nid oes ffeil %1. Gwiriwch yr enw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 could not be read as a zip file (%2). It is damaged or not an evidence bundle.</source>
        <translation>Nid oedd modd darllen %1 fel ffeil zip (%2). Mae wedi&apos;i difrodi neu nid yw&apos;n fwndel tystiolaeth.</translation>
    </message>
    <message>
        <source>Cancelled. The bundle was not fully checked.</source>
        <translation>Wedi canslo. Ni chafodd y bwndel ei wirio&apos;n llawn.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>mae&apos;n rhy fawr</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipWriter</name>
    <message>
        <source>A bundle entry was started out of order.</source>
        <translation>Dechreuwyd cofnod bwndel allan o drefn.</translation>
    </message>
    <message>
        <source>Compressing a file for the bundle failed.</source>
        <translation>Methodd cywasgu ffeil ar gyfer y bwndel.</translation>
    </message>
    <message>
        <source>Bytes were written to a bundle with no entry started.</source>
        <translation>Ysgrifennwyd beitiau i fwndel heb ddechrau cofnod.</translation>
    </message>
    <message>
        <source>A bundle entry was finished without being started.</source>
        <translation>Gorffennwyd cofnod bwndel heb iddo gael ei ddechrau.</translation>
    </message>
    <message>
        <source>A file for the bundle was larger than announced.</source>
        <translation>Roedd ffeil ar gyfer y bwndel yn fwy na&apos;r hyn a gyhoeddwyd.</translation>
    </message>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>Methodd ysgrifennu&apos;r bwndel: %1.</translation>
    </message>
    <message>
        <source>The bundle was closed out of order.</source>
        <translation>Caewyd y bwndel allan o drefn.</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipWriter::Impl</name>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>Methodd ysgrifennu&apos;r bwndel: %1.</translation>
    </message>
    <message>
        <source>Compressing a file for the bundle failed.</source>
        <translation>Methodd cywasgu ffeil ar gyfer y bwndel.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AddDetailsDialog</name>
    <message>
        <source>Add details</source>
        <translation>Ychwanegu manylion</translation>
    </message>
    <message>
        <source>&amp;More details…</source>
        <translation>&amp;Rhagor o fanylion…</translation>
    </message>
    <message>
        <source>Open the full incident: who was there, the police, exhibits and more. What you typed here goes with it.</source>
        <translation>Agor y digwyddiad llawn: pwy oedd yno, yr heddlu, arddangosion a mwy. Mae&apos;r hyn a deipiwyd gennych yma yn mynd gydag ef.</translation>
    </message>
    <message>
        <source>&amp;What happened? The exact words, if you know them.</source>
        <translation>&amp;Beth ddigwyddodd? Yr union eiriau, os ydych yn eu gwybod.</translation>
    </message>
    <message>
        <source>Wh&amp;ere?</source>
        <translation>B&amp;le?</translation>
    </message>
    <message>
        <source>Details added after a quick log</source>
        <translation>Manylion a ychwanegwyd ar ôl cofnod cyflym</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AmendReasonDialog</name>
    <message>
        <source>Why is it changed?</source>
        <translation>Pam mae&apos;n cael ei newid?</translation>
    </message>
    <message>
        <source>e.g. I remembered the exact words</source>
        <translation>e.e. Cofiais yr union eiriau</translation>
    </message>
    <message>
        <source>I remembered more of what happened</source>
        <translation>Cofiais fwy o&apos;r hyn a ddigwyddodd</translation>
    </message>
    <message>
        <source>I remembered the exact words</source>
        <translation>Cofiais yr union eiriau</translation>
    </message>
    <message>
        <source>Corrected the time</source>
        <translation>Cywirais yr amser</translation>
    </message>
    <message>
        <source>Corrected a mistake</source>
        <translation>Cywirais gamgymeriad</translation>
    </message>
    <message>
        <source>Added the police reference</source>
        <translation>Ychwanegais gyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Added who was there</source>
        <translation>Ychwanegais pwy oedd yno</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Cadw&apos;r newid</translation>
    </message>
    <message>
        <source>Back to the incident</source>
        <translation>Yn ôl i&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>The entry as it was stays in the diary&apos;s history, with the time you wrote it. Say in a few words why you are changing it; the reason is kept beside the change.</source>
        <translation>Mae&apos;r cofnod fel yr oedd yn aros yn hanes y dyddiadur, gyda&apos;r amser y gwnaethoch ei ysgrifennu. Dywedwch mewn ychydig eiriau pam rydych yn ei newid; cedwir y rheswm wrth ymyl y newid.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Rheswm dros y newid:</translation>
    </message>
    <message>
        <source>Say in a few words why you are changing it, for example “Corrected the time”.</source>
        <translation>Dywedwch mewn ychydig eiriau pam rydych yn ei newid, er enghraifft “Cywirais yr amser”.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AutoBackup</name>
    <message>
        <source>The automatic backup failed unexpectedly.</source>
        <translation>Methodd y copi wrth gefn awtomatig yn annisgwyl.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Ni wnaed copi wrth gefn</translation>
    </message>
    <message>
        <source>Older backups were kept as they were. Write as little as possible to this diary and get help: the newest good backup can be put back with &apos;daymark-cli restore&apos; (the damaged file is kept aside).</source>
        <translation>Cadwyd copïau wrth gefn hŷn fel yr oeddent. Ysgrifennwch cyn lleied â phosibl i&apos;r dyddiadur hwn a gofynnwch am help: gellir rhoi&apos;r copi wrth gefn da diweddaraf yn ôl gyda &apos;daymark-cli restore&apos; (cedwir y ffeil sydd wedi&apos;i difrodi o&apos;r neilltu).</translation>
    </message>
    <message>
        <source>Check the backup folder and the number of backups in Settings.</source>
        <translation>Gwiriwch y ffolder copïau wrth gefn a nifer y copïau wrth gefn yn y Gosodiadau.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::BackupSettingsSection</name>
    <message>
        <source>Make an encrypted &amp;backup when a diary is unlocked</source>
        <translation>Gwneud copi &amp;wrth gefn wedi&apos;i amgryptio pan gaiff dyddiadur ei ddatgloi</translation>
    </message>
    <message>
        <source>At &amp;every unlock (otherwise at most once a day)</source>
        <translation>Bo&amp;b tro y caiff ei ddatgloi (fel arall unwaith y dydd ar y mwyaf)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Beside the diary</source>
        <translation>Wrth ymyl y dyddiadur</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copïau wrth gefn i&apos;w cadw</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Ffolder copïau wrth gefn:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Cadw&apos;r &amp;rhai diweddaraf:</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the diary that opens with its password. Kept on another disk or a USB stick, it survives this computer failing.</source>
        <translation>Copi cyflawn o&apos;r dyddiadur sy&apos;n agor gyda&apos;i gyfrinair yw copi wrth gefn. Os caiff ei gadw ar ddisg arall neu ar gof bach USB, bydd yn goroesi os bydd y cyfrifiadur hwn yn methu.</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>Cadw copïau wrth gefn yn</translation>
    </message>
    <message>
        <source>Give the backup folder in full, starting from the top of the disk, or choose it with Choose….</source>
        <translation>Rhowch y ffolder copïau wrth gefn yn llawn, gan ddechrau o frig y ddisg, neu dewiswch ef gyda Dewis….</translation>
    </message>
    <message>
        <source>The backup folder&apos;s name is taken by a file. Choose a folder.</source>
        <translation>Mae ffeil yn defnyddio enw&apos;r ffolder copïau wrth gefn. Dewiswch ffolder.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ColumnMappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Pa golofn sy&apos;n dal beth</translation>
    </message>
    <message>
        <source>Call logs saved as a spreadsheet (.csv) differ from phone to phone. Say which column holds each thing; Daymark remembers your choice for files with the same columns.</source>
        <translation>Mae logiau galwadau sydd wedi&apos;u cadw fel taenlen (.csv) yn amrywio o ffôn i ffôn. Dywedwch pa golofn sy&apos;n dal pob peth; mae Daymark yn cofio eich dewis ar gyfer ffeiliau gyda&apos;r un colofnau.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nid yw yn y ffeil hon)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colofn %1</translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation>%1 (angenrheidiol):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Let Daymark work it out</source>
        <translation>Gadael i Daymark ei gyfrifo</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Diwrnod yn gyntaf (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mis yn gyntaf (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024-12-31)</source>
        <translation>Blwyddyn yn gyntaf (2024-12-31)</translation>
    </message>
    <message>
        <source>Seconds since 1970 (a long number)</source>
        <translation>Eiliadau ers 1970 (rhif hir)</translation>
    </message>
    <message>
        <source>Milliseconds since 1970 (a longer number)</source>
        <translation>Milieiliadau ers 1970 (rhif hirach)</translation>
    </message>
    <message>
        <source>How dates are written:</source>
        <translation>Sut mae dyddiadau wedi&apos;u hysgrifennu:</translation>
    </message>
    <message>
        <source>This file cannot be read as a call log</source>
        <translation>Ni ellir darllen y ffeil hon fel log galwadau</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ConversationView</name>
    <message>
        <source>Messages and calls in the export</source>
        <translation>Negeseuon a galwadau yn yr allforiad</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Click a message to read all of it here.</source>
        <translation>Cliciwch neges i&apos;w darllen i gyd yma.</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <comment>time — who, then the message</comment>
        <translation>%1 — %2
%3</translation>
    </message>
</context>
<context>
    <name>daymark::ui::CreatePage</name>
    <message>
        <source>Diary</source>
        <comment>default file name of a new diary</comment>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name and number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Create the diary</source>
        <translation>C&amp;reu&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation>Creu dyddiadur newydd</translation>
    </message>
    <message>
        <source>Choose a password that the person you fear could not guess: not a birthday, a name or a place they know about you.</source>
        <translation>Dewiswch gyfrinair na allai&apos;r person rydych yn ei ofni ei ddyfalu: nid pen-blwydd, enw na lle y mae&apos;n ei wybod amdanoch.</translation>
    </message>
    <message>
        <source>Where to save the diary</source>
        <translation>Ble i gadw&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>The full path of the new diary file, ending in .daymark</source>
        <translation>Llwybr llawn ffeil y dyddiadur newydd, yn gorffen gyda .daymark</translation>
    </message>
    <message>
        <source>Choose where to save the diary in a file dialog</source>
        <translation>Dewis ble i gadw&apos;r dyddiadur mewn deialog ffeiliau</translation>
    </message>
    <message>
        <source>&amp;Save the diary as</source>
        <translation>Cadw&apos;r dyddiadur &amp;fel</translation>
    </message>
    <message>
        <source>If you forget this password, nobody can open the diary: not you, not the makers of Daymark, not the police, not a computer expert. There is no back door. Write the password down and keep it somewhere safe that the person you fear cannot reach.</source>
        <translation>Os byddwch yn anghofio&apos;r cyfrinair hwn, ni all neb agor y dyddiadur: nid chi, nid gwneuthurwyr Daymark, nid yr heddlu, nid arbenigwr cyfrifiaduron. Nid oes drws cefn. Ysgrifennwch y cyfrinair i lawr a&apos;i gadw rywle diogel na all y person rydych yn ei ofni ei gyrraedd.</translation>
    </message>
    <message>
        <source>A forgotten password cannot be recovered</source>
        <translation>Ni ellir adfer cyfrinair sydd wedi mynd yn angof</translation>
    </message>
    <message>
        <source>Choose where to save the diary.</source>
        <translation>Dewiswch ble i gadw&apos;r dyddiadur.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Nid yw&apos;r ffolder “%1” yn bodoli. Dewiswch ffolder sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>There is already a file called “%1” in that folder. Choose another name; Daymark never replaces a file.</source>
        <translation>Mae ffeil o&apos;r enw “%1” yn y ffolder honno eisoes. Dewiswch enw arall; nid yw Daymark byth yn disodli ffeil.</translation>
    </message>
    <message>
        <source>Creating the diary… this takes a moment.</source>
        <translation>Yn creu&apos;r dyddiadur… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>The diary was not created.</source>
        <translation>Ni chrëwyd y dyddiadur.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryFileDialog</name>
    <message>
        <source>Daymark diaries (*.daymark)</source>
        <translation>Dyddiaduron Daymark (*.daymark)</translation>
    </message>
    <message>
        <source>Save the new diary as</source>
        <translation>Cadw&apos;r dyddiadur newydd fel</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Agor dyddiadur</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Atodi ffeiliau</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryJob</name>
    <message>
        <source>Something unexpected went wrong, so the diary is not open. Please try again; if it happens again, ask for help.</source>
        <translation>Aeth rhywbeth annisgwyl o&apos;i le, felly nid yw&apos;r dyddiadur ar agor. Rhowch gynnig arall arni; os bydd yn digwydd eto, gofynnwch am help.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryPage</name>
    <message>
        <source>Sections of the diary</source>
        <translation>Adrannau&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Gorchmynion</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Arddangosion</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrymau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation>Diogelwch a chymorth</translation>
    </message>
    <message>
        <source>Cannot show the incident</source>
        <translation>Ni ellir dangos y digwyddiad</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>daymark::ui::EmergencyCopyDialog</name>
    <message>
        <source>&amp;Save the copy</source>
        <translation>&amp;Cadw&apos;r copi</translation>
    </message>
    <message>
        <source>Saving the copy with its new password…</source>
        <translation>Yn cadw&apos;r copi gyda&apos;i gyfrinair newydd…</translation>
    </message>
    <message>
        <source>Save a copy with a different password</source>
        <translation>Cadw copi gyda chyfrinair gwahanol</translation>
    </message>
    <message>
        <source>This saves a complete copy of your diary that opens with a different password. Give it to someone you trust, or keep it somewhere safe away from this computer: if you ever forget your password, the copy still opens. Your diary and its password stay as they are.</source>
        <translation>Mae hyn yn cadw copi cyflawn o&apos;ch dyddiadur sy&apos;n agor gyda chyfrinair gwahanol. Rhowch ef i rywun rydych yn ymddiried ynddo, neu cadwch ef rywle diogel i ffwrdd o&apos;r cyfrifiadur hwn: os byddwch byth yn anghofio eich cyfrinair, bydd y copi&apos;n dal i agor. Mae eich dyddiadur a&apos;i gyfrinair yn aros fel y maent.</translation>
    </message>
    <message>
        <source>The copy does not change when the diary does, so make a new one from time to time.</source>
        <translation>Nid yw&apos;r copi&apos;n newid pan fydd y dyddiadur yn newid, felly gwnewch un newydd o bryd i&apos;w gilydd.</translation>
    </message>
    <message>
        <source>%1 copy.daymark</source>
        <translation>%1 copi.daymark</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Save the copy &amp;as</source>
        <translation>Cadw&apos;r copi &amp;fel</translation>
    </message>
    <message>
        <source>The copy&apos;s password (not the diary&apos;s own):</source>
        <translation>Cyfrinair y copi (nid un y dyddiadur ei hun):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Cadwyd y copi</translation>
    </message>
    <message>
        <source>The copy is saved as %1 and passed the full check with its new password. Keep it, and its password, somewhere safe.</source>
        <translation>Mae&apos;r copi wedi&apos;i gadw fel %1 ac fe basiodd y gwiriad llawn gyda&apos;i gyfrinair newydd. Cadwch ef, a&apos;i gyfrinair, rywle diogel.</translation>
    </message>
    <message>
        <source>No copy was saved.</source>
        <translation>Ni chadwyd copi.</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Cadw&apos;r copi fel</translation>
    </message>
    <message>
        <source>Choose where to save the copy: a file name in a folder.</source>
        <translation>Dewiswch ble i gadw&apos;r copi: enw ffeil mewn ffolder.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw&apos;n bodoli eisoes. Dewiswch enw arall; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose an existing folder.</source>
        <translation>Nid yw&apos;r ffolder honno&apos;n bodoli. Dewiswch ffolder sy&apos;n bodoli.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitAttacher</name>
    <message>
        <source>Adding to the diary</source>
        <translation>Yn ychwanegu at y dyddiadur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Adding %1 to the diary…</source>
        <translation>Yn ychwanegu %1 at y dyddiadur…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>exhibit label, file name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name, what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: something unexpected went wrong. Try attaching it again.</source>
        <translation>%1: aeth rhywbeth annisgwyl o&apos;i le. Rhowch gynnig ar ei atodi eto.</translation>
    </message>
    <message>
        <source>Stopping… Nothing half-added is kept.</source>
        <translation>Yn stopio… Ni chedwir dim sydd wedi&apos;i hanner ychwanegu.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitDetails</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Original name:</source>
        <translation>Enw gwreiddiol:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Disgrifiad:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Maint:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation>Sut y&apos;i cafwyd:</translation>
    </message>
    <message>
        <source>Added to the diary:</source>
        <translation>Ychwanegwyd at y dyddiadur:</translation>
    </message>
    <message>
        <source>File last changed:</source>
        <translation>Newidiwyd y ffeil ddiwethaf:</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>Digwyddiadau:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Ôl bys SHA-256</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint taken when the file was added. Anyone can check a copy of the original against it.</source>
        <translation>Yr ôl bys SHA-256 a gymerwyd pan ychwanegwyd y ffeil. Gall unrhyw un wirio copi o&apos;r gwreiddiol yn ei erbyn.</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Copïo&apos;r ôl bys SHA-256</translation>
    </message>
    <message>
        <source>&amp;SHA-256 fingerprint:</source>
        <translation>Ôl bys &amp;SHA-256:</translation>
    </message>
    <message>
        <source>What the file itself says</source>
        <translation>Yr hyn y mae&apos;r ffeil ei hun yn ei ddweud</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Tynnwyd:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>Maint y llun:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Hyd:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copïwyd</translation>
    </message>
    <message>
        <source>No exhibit chosen</source>
        <translation>Dim arddangosyn wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Arddangosyn %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 beit)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <translation>Ôl bys SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 (by the camera&apos;s clock)</source>
        <translation>%1 (yn ôl cloc y camera)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 m above sea level)</source>
        <translation>%1 (%2 m uwchben lefel y môr)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 picsel</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitViewer</name>
    <message>
        <source>Exhibit %1 — %2</source>
        <comment>exhibit number — file name</comment>
        <translation>Arddangosyn %1 — %2</translation>
    </message>
    <message>
        <source>Daymark cannot show this picture itself (%1).</source>
        <translation>Ni all Daymark ddangos y llun hwn ei hun (%1).</translation>
    </message>
    <message>
        <source>Exhibit %1, a picture</source>
        <translation>Arddangosyn %1, llun</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ffitio i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>Make the picture smaller (-)</source>
        <translation>Gwneud y llun yn llai (-)</translation>
    </message>
    <message>
        <source>Make the picture larger (+)</source>
        <translation>Gwneud y llun yn fwy (+)</translation>
    </message>
    <message>
        <source>One pixel of the picture to one pixel of the screen (0)</source>
        <translation>Un picsel o&apos;r llun i un picsel o&apos;r sgrin (0)</translation>
    </message>
    <message>
        <source>The whole picture in the window (F)</source>
        <translation>Y llun cyfan yn y ffenestr (F)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This file is long: only its first %1 are shown here. Save a copy to see all of it.</source>
        <translation>Mae&apos;r ffeil hon yn hir: dim ond y %1 cyntaf a ddangosir yma. Cadwch gopi i weld y cyfan.</translation>
    </message>
    <message>
        <source>Exhibit %1, text</source>
        <translation>Arddangosyn %1, testun</translation>
    </message>
    <message>
        <source>Daymark cannot show this kind of file (%1) itself.</source>
        <translation>Ni all Daymark ddangos y math hwn o ffeil (%1) ei hun.</translation>
    </message>
    <message>
        <source>You can open it in another program on this computer. To do that, Daymark has to put a decrypted copy of it in a private temporary folder, outside the encrypted diary. Anyone using this computer as you could open that copy while it is there, and the other program may keep its own copy or list it in its recent files.

Daymark overwrites and removes the copy when you lock the diary or close Daymark. If someone else may use or check this computer, use “Save a copy…” only onto a device you keep safe, or do not open it here.</source>
        <translation>Gallwch ei hagor mewn rhaglen arall ar y cyfrifiadur hwn. I wneud hynny, rhaid i Daymark roi copi wedi&apos;i ddadgryptio ohoni mewn ffolder dros dro preifat, y tu allan i&apos;r dyddiadur wedi&apos;i amgryptio. Gallai unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn fel chi agor y copi hwnnw tra mae yno, a gall y rhaglen arall gadw ei chopi ei hun neu ei restru yn ei ffeiliau diweddar.

Mae Daymark yn trosysgrifo ac yn tynnu&apos;r copi pan fyddwch yn cloi&apos;r dyddiadur neu&apos;n cau Daymark. Os gallai rhywun arall ddefnyddio neu archwilio&apos;r cyfrifiadur hwn, defnyddiwch “Cadw copi…” dim ond ar ddyfais rydych yn ei chadw&apos;n ddiogel, neu peidiwch â&apos;i hagor yma.</translation>
    </message>
    <message>
        <source>&amp;Make a temporary copy and open it</source>
        <translation>&amp;Gwneud copi dros dro a&apos;i agor</translation>
    </message>
    <message>
        <source>This file is too large to open this way. Use “Save a copy…” and open the copy.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i&apos;w hagor fel hyn. Defnyddiwch “Cadw copi…” ac agorwch y copi.</translation>
    </message>
    <message>
        <source>No program on this computer offered to open this kind of file. The temporary copy will be wiped when the diary is locked.</source>
        <translation>Ni chynigiodd unrhyw raglen ar y cyfrifiadur hwn agor y math hwn o ffeil. Caiff y copi dros dro ei ddileu pan gaiff y dyddiadur ei gloi.</translation>
    </message>
    <message>
        <source>Opened in another program. The temporary copy will be wiped when you lock the diary or close Daymark.</source>
        <translation>Wedi&apos;i agor mewn rhaglen arall. Caiff y copi dros dro ei ddileu pan fyddwch yn cloi&apos;r dyddiadur neu&apos;n cau Daymark.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsModel</name>
    <message>
        <source>a deleted incident</source>
        <translation>digwyddiad wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Rhif %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between incident numbers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Enw gwreiddiol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Sut y&apos;i cafwyd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsPanel</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Cadw &amp;copi…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <source>Exhibits, by exhibit number</source>
        <translation>Arddangosion, yn ôl rhif arddangosyn</translation>
    </message>
    <message>
        <source>No exhibits yet. The screenshots, photos, recordings and message exports you add to incidents appear here, each with its exhibit number and the fingerprint taken when it was added.</source>
        <translation>Dim arddangosion eto. Mae&apos;r sgrinluniau, y lluniau, y recordiadau a&apos;r allforion negeseuon rydych yn eu hychwanegu at ddigwyddiadau yn ymddangos yma, pob un gyda&apos;i rif arddangosyn a&apos;r ôl bys a gymerwyd pan gafodd ei ychwanegu.</translation>
    </message>
    <message>
        <source>Look at the exhibit inside Daymark (Enter)</source>
        <translation>Edrych ar yr arddangosyn y tu mewn i Daymark (Enter)</translation>
    </message>
    <message>
        <source>Save a copy of the original file, for example for the police (Ctrl+S)</source>
        <translation>Cadw copi o&apos;r ffeil wreiddiol, er enghraifft i&apos;r heddlu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete this exhibit, giving a reason (Delete). Its number stays in the records.</source>
        <translation>Dileu&apos;r arddangosyn hwn, gan roi rheswm (Delete). Mae ei rif yn aros yn y cofnodion.</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Copïo&apos;r SHA-256</translation>
    </message>
    <message>
        <source>Save a copy of exhibit %1</source>
        <translation>Cadw copi o arddangosyn %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw ffeil newydd; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>Saving a copy of exhibit %1…</source>
        <translation>Yn cadw copi o arddangosyn %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Yn cadw copi</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so no copy was saved. Please try again.</source>
        <translation>Aeth rhywbeth annisgwyl o&apos;i le, felly ni chadwyd copi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Saved a copy of exhibit %1 as %2. Its SHA-256 matched the one taken when it was added.</source>
        <translation>Cadwyd copi o arddangosyn %1 fel %2. Roedd ei SHA-256 yn cyfateb i&apos;r un a gymerwyd pan gafodd ei ychwanegu.</translation>
    </message>
    <message>
        <source>Stopped. No copy of exhibit %1 was saved.</source>
        <translation>Wedi stopio. Ni chadwyd copi o arddangosyn %1.</translation>
    </message>
    <message>
        <source>Delete exhibit %1?</source>
        <translation>Dileu arddangosyn %1?</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting exhibit %1? Its contents are removed from the diary; its number and history are kept.</source>
        <translation>&amp;Pam rydych yn dileu arddangosyn %1? Caiff ei gynnwys ei dynnu o&apos;r dyddiadur; cedwir ei rif a&apos;i hanes.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Exhibit %1 is deleted.</source>
        <translation>Mae arddangosyn %1 wedi&apos;i ddileu.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsSection</name>
    <message>
        <source>Exhibits</source>
        <translation>Arddangosion</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Atodi ffeiliau…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Gludo sgrinlun</translation>
    </message>
    <message>
        <source>Exhibits of this incident</source>
        <translation>Arddangosion y digwyddiad hwn</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Sut y&apos;i cafwyd</translation>
    </message>
    <message>
        <source>Choose files to keep with this incident. You can also drop files on this window.</source>
        <translation>Dewiswch ffeiliau i&apos;w cadw gyda&apos;r digwyddiad hwn. Gallwch hefyd ollwng ffeiliau ar y ffenestr hon.</translation>
    </message>
    <message>
        <source>Attach the picture on the clipboard (Ctrl+V)</source>
        <translation>Atodi&apos;r llun sydd ar y clipfwrdd (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Gludo sgrinlun o&apos;r clipfwrdd</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings and message exports, kept unchanged in the diary. A file is added as soon as you attach it, with its fingerprint; Save and Cancel do not undo that.</source>
        <translation>Sgrinluniau, lluniau, recordiadau ac allforion negeseuon, wedi&apos;u cadw heb eu newid yn y dyddiadur. Caiff ffeil ei hychwanegu cyn gynted ag y byddwch yn ei hatodi, gyda&apos;i hôl bys; nid yw Cadw a Canslo yn dadwneud hynny.</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings and message exports, kept unchanged in the diary. Files you add now are attached when you save this incident.</source>
        <translation>Sgrinluniau, lluniau, recordiadau ac allforion negeseuon, wedi&apos;u cadw heb eu newid yn y dyddiadur. Caiff ffeiliau rydych yn eu hychwanegu nawr eu hatodi pan fyddwch yn cadw&apos;r digwyddiad hwn.</translation>
    </message>
    <message>
        <source>When saved</source>
        <translation>Pan gaiff ei gadw</translation>
    </message>
    <message>
        <source>Attached when you save this incident</source>
        <translation>Caiff ei atodi pan fyddwch yn cadw&apos;r digwyddiad hwn</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExportChoices</name>
    <message>
        <source>Types of incident to include</source>
        <translation>Mathau o ddigwyddiad i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>People whose incidents to include</source>
        <translation>Pobl y dylid cynnwys eu digwyddiadau</translation>
    </message>
    <message>
        <source>Orders whose possible breaches to include</source>
        <translation>Gorchmynion y dylid cynnwys yr achosion posibl o&apos;u torri</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>Cynnwys fy &amp;nodiadau preifat</translation>
    </message>
    <message>
        <source>Include earlier &amp;versions of amended incidents, with the reasons</source>
        <translation>Cynnwys &amp;fersiynau cynharach o ddigwyddiadau a ddiwygiwyd, gyda&apos;r rhesymau</translation>
    </message>
    <message>
        <source>Include the original e&amp;xhibit files (bundle)</source>
        <translation>Cynnwys ffeiliau gwreiddiol yr &amp;arddangosion (bwndel)</translation>
    </message>
    <message>
        <source>Details to hide</source>
        <translation>Manylion i&apos;w cuddio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Popeth a gofnodwyd</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Rhwng dyddiadau…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>O&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>Hyd at y diwrnod hwn, yn gynwysedig</translation>
    </message>
    <message>
        <source>Include my latest risk &amp;screening answers (an annex at the end of the PDF)</source>
        <translation>Cynnwys fy atebion &amp;sgrinio risg diweddaraf (atodiad ar ddiwedd y PDF)</translation>
    </message>
    <message>
        <source>Words to hide, one per line</source>
        <translation>Geiriau i&apos;w cuddio, un i bob llinell</translation>
    </message>
    <message>
        <source>One per line, e.g. your own address or a child&apos;s name</source>
        <translation>Un i bob llinell, e.e. eich cyfeiriad eich hun neu enw plentyn</translation>
    </message>
    <message>
        <source>Whose diary (optional)</source>
        <translation>Dyddiadur pwy (dewisol)</translation>
    </message>
    <message>
        <source>Heading on every page (optional)</source>
        <translation>Pennawd ar bob tudalen (dewisol)</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>e.e. CYFYNGEDIG</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint papur</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Which incidents</source>
        <translation>Pa ddigwyddiadau</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Types (none ticked: all)</source>
        <translation>&amp;Mathau (dim wedi&apos;u ticio: pob un)</translation>
    </message>
    <message>
        <source>P&amp;eople (none ticked: anyone)</source>
        <translation>&amp;Pobl (dim wedi&apos;u ticio: unrhyw un)</translation>
    </message>
    <message>
        <source>&amp;Orders breached (none ticked: any)</source>
        <translation>&amp;Gorchmynion a dorrwyd (dim wedi&apos;u ticio: unrhyw un)</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>Beth i&apos;w ddangos</translation>
    </message>
    <message>
        <source>Private notes stay out unless you tick this.</source>
        <translation>Mae nodiadau preifat yn aros allan oni bai eich bod yn ticio hwn.</translation>
    </message>
    <message>
        <source>What to hide</source>
        <translation>Beth i&apos;w guddio</translation>
    </message>
    <message>
        <source>&amp;Details shown as &quot;[redacted]&quot;:</source>
        <translation>Man&amp;ylion a ddangosir fel &quot;[wedi&apos;i guddio]&quot;:</translation>
    </message>
    <message>
        <source>&amp;Words hidden wherever they appear:</source>
        <translation>Ge&amp;iriau wedi&apos;u cuddio lle bynnag y maent yn ymddangos:</translation>
    </message>
    <message>
        <source>Hidden in the PDF, the CSV and the JSON. Exhibit files stay exactly as they were added, so check them yourself.</source>
        <translation>Wedi&apos;u cuddio yn y PDF, y CSV a&apos;r JSON. Mae ffeiliau arddangosion yn aros yn union fel y&apos;u hychwanegwyd, felly gwiriwch nhw eich hun.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Whose diary (opt&amp;ional):</source>
        <translation>Dyddiadur pwy (&amp;dewisol):</translation>
    </message>
    <message>
        <source>&amp;Heading on every page:</source>
        <translation>Pennawd ar &amp;bob tudalen:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pap&amp;ur:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExportPanel</name>
    <message>
        <source>Make a &amp;PDF timeline…</source>
        <translation>Gwneud llinell amser &amp;PDF…</translation>
    </message>
    <message>
        <source>Make an evidence &amp;bundle…</source>
        <translation>Gwneud &amp;bwndel tystiolaeth…</translation>
    </message>
    <message>
        <source>Chec&amp;k a bundle…</source>
        <translation>&amp;Gwirio bwndel…</translation>
    </message>
    <message>
        <source>Making the export…</source>
        <translation>Yn gwneud yr allforiad…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Yn gwirio&apos;r bwndel…</translation>
    </message>
    <message>
        <source>A PDF of the chosen incidents, to print or send</source>
        <translation>PDF o&apos;r digwyddiadau a ddewiswyd, i&apos;w argraffu neu ei anfon</translation>
    </message>
    <message>
        <source>One .zip for the police: the PDF, the original exhibits, CSV and JSON, and a signature anyone can check</source>
        <translation>Un .zip i&apos;r heddlu: y PDF, yr arddangosion gwreiddiol, CSV a JSON, a llofnod y gall unrhyw un ei wirio</translation>
    </message>
    <message>
        <source>Check that a bundle is exactly as it was made: every file, and the signature</source>
        <translation>Gwirio bod bwndel yn union fel y&apos;i gwnaed: pob ffeil, a&apos;r llofnod</translation>
    </message>
    <message>
        <source>Problems found in the bundle</source>
        <translation>Problemau a gafwyd yn y bwndel</translation>
    </message>
    <message>
        <source>Export for the police</source>
        <translation>Allforio ar gyfer yr heddlu</translation>
    </message>
    <message>
        <source>Choose what to include, then make a PDF timeline, or an evidence bundle: one .zip file with the PDF, the original exhibits and a signature, which anyone can check has not been changed. Only what you choose goes in. Making an export is written in the diary&apos;s history.</source>
        <translation>Dewiswch beth i&apos;w gynnwys, yna gwnewch linell amser PDF, neu fwndel tystiolaeth: un ffeil .zip gyda&apos;r PDF, yr arddangosion gwreiddiol a llofnod, y gall unrhyw un wirio nad yw wedi newid. Dim ond yr hyn a ddewiswch sy&apos;n mynd i mewn. Caiff gwneud allforiad ei ysgrifennu yn hanes y dyddiadur.</translation>
    </message>
    <message>
        <source>Were you sent a bundle, or do you want to check one before handing it over? Checking needs no diary.</source>
        <translation>A anfonwyd bwndel atoch, neu a ydych am wirio un cyn ei drosglwyddo? Nid oes angen dyddiadur i&apos;w wirio.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi canslo</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Heb ei allforio</translation>
    </message>
    <message>
        <source>Could not check the bundle</source>
        <translation>Nid oedd modd gwirio&apos;r bwndel</translation>
    </message>
    <message>
        <source>Save the PDF timeline as</source>
        <translation>Cadw&apos;r llinell amser PDF fel</translation>
    </message>
    <message>
        <source>Timeline %1.pdf</source>
        <translation>Llinell amser %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence bundle as</source>
        <translation>Cadw&apos;r bwndel tystiolaeth fel</translation>
    </message>
    <message>
        <source>Evidence bundle %1.zip</source>
        <translation>Bwndel tystiolaeth %1.zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Ffeiliau zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 already exists. Daymark never replaces a file: choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes. Nid yw Daymark byth yn disodli ffeil: dewiswch enw arall.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2): %n incident(s).</source>
        <translation>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad.</numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad.</numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad.</numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad.</numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2): %n incident(s), </source>
        <translation>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad, </numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad, </numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad, </numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad, </numerusform>
            <numerusform>Cadwyd %1 (%2): %n digwyddiad, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit file(s).</source>
        <translation>
            <numerusform>%n ffeil arddangosyn.</numerusform>
            <numerusform>%n ffeil arddangosyn.</numerusform>
            <numerusform>%n ffeil arddangosyn.</numerusform>
            <numerusform>%n ffeil arddangosyn.</numerusform>
            <numerusform>%n ffeil arddangosyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary fingerprint: %1</source>
        <translation>Ôl bys y dyddiadur: %1</translation>
    </message>
    <message>
        <source>SHA-256 of its manifest: %1</source>
        <translation>SHA-256 ei faniffest: %1</translation>
    </message>
    <message>
        <source>PDF made</source>
        <translation>Gwnaed y PDF</translation>
    </message>
    <message>
        <source>Evidence bundle made</source>
        <translation>Gwnaed y bwndel tystiolaeth</translation>
    </message>
    <message>
        <source>Check an evidence bundle</source>
        <translation>Gwirio bwndel tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Bwndeli tystiolaeth (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is exactly as it was made: all %n file(s) match their SHA-256, none was added or removed, and the signature is valid.</source>
        <translation>
            <numerusform>Mae %1 yn union fel y&apos;i gwnaed: mae&apos;r %n ffeil yn cyfateb i&apos;w SHA-256, ni ychwanegwyd nac ni thynnwyd dim, ac mae&apos;r llofnod yn ddilys.</numerusform>
            <numerusform>Mae %1 yn union fel y&apos;i gwnaed: mae&apos;r %n ffeil yn cyfateb i&apos;w SHA-256, ni ychwanegwyd nac ni thynnwyd dim, ac mae&apos;r llofnod yn ddilys.</numerusform>
            <numerusform>Mae %1 yn union fel y&apos;i gwnaed: mae pob un o&apos;r %n ffeil yn cyfateb i&apos;w SHA-256, ni ychwanegwyd nac ni thynnwyd dim, ac mae&apos;r llofnod yn ddilys.</numerusform>
            <numerusform>Mae %1 yn union fel y&apos;i gwnaed: mae pob un o&apos;r %n ffeil yn cyfateb i&apos;w SHA-256, ni ychwanegwyd nac ni thynnwyd dim, ac mae&apos;r llofnod yn ddilys.</numerusform>
            <numerusform>Mae %1 yn union fel y&apos;i gwnaed: mae pob un o&apos;r %n ffeil yn cyfateb i&apos;w SHA-256, ni ychwanegwyd nac ni thynnwyd dim, ac mae&apos;r llofnod yn ddilys.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was exported on %1 from the diary with fingerprint %2. To be sure it came from that diary, compare the fingerprint with one the diary&apos;s owner gave you before.</source>
        <translation>Fe&apos;i hallforiwyd ar %1 o&apos;r dyddiadur gyda&apos;r ôl bys %2. I fod yn siŵr iddo ddod o&apos;r dyddiadur hwnnw, cymharwch yr ôl bys ag un a roddodd perchennog y dyddiadur i chi o&apos;r blaen.</translation>
    </message>
    <message>
        <source>The bundle checks out</source>
        <translation>Mae&apos;r bwndel yn gywir</translation>
    </message>
    <message>
        <source>%1 is not as it was made, or was not signed by the diary it names. Do not rely on it; ask for a new copy. What is wrong:</source>
        <translation>Nid yw %1 fel y&apos;i gwnaed, neu ni chafodd ei lofnodi gan y dyddiadur y mae&apos;n ei enwi. Peidiwch â dibynnu arno; gofynnwch am gopi newydd. Beth sydd o&apos;i le:</translation>
    </message>
    <message>
        <source>The bundle does not check out</source>
        <translation>Nid yw&apos;r bwndel yn gywir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file, problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The signature of manifest.json does not match signing-key.pem.</source>
        <translation>Nid yw llofnod manifest.json yn cyfateb i signing-key.pem.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::FirstRunPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Cyn i chi ddechrau</translation>
    </message>
    <message>
        <source>What Daymark can and cannot protect you from</source>
        <translation>Rhag beth y gall Daymark eich diogelu, a rhag beth na all</translation>
    </message>
    <message>
        <source>Daymark keeps a private diary of what is happening to you, with the evidence beside it, in one encrypted file on this computer. It does not use the internet and sends nothing anywhere.</source>
        <translation>Mae Daymark yn cadw dyddiadur preifat o&apos;r hyn sy&apos;n digwydd i chi, gyda&apos;r dystiolaeth wrth ei ochr, mewn un ffeil wedi&apos;i hamgryptio ar y cyfrifiadur hwn. Nid yw&apos;n defnyddio&apos;r rhyngrwyd ac nid yw&apos;n anfon dim i unman.</translation>
    </message>
    <message>
        <source>What Daymark protects against</source>
        <translation>Rhag beth mae Daymark yn eich diogelu</translation>
    </message>
    <message>
        <source>Someone who gets hold of this computer or the diary file cannot read the diary without your password. Daymark leaves no readable copies of what you write on the computer, locks the diary when you step away or the screen locks, and Quick exit (Ctrl+Shift+Q, or Esc twice) hides it at once.</source>
        <translation>Ni all rhywun sy&apos;n cael gafael ar y cyfrifiadur hwn neu ar ffeil y dyddiadur ddarllen y dyddiadur heb eich cyfrinair. Nid yw Daymark yn gadael unrhyw gopïau darllenadwy o&apos;r hyn rydych yn ei ysgrifennu ar y cyfrifiadur, mae&apos;n cloi&apos;r dyddiadur pan fyddwch yn camu i ffwrdd neu pan fydd y sgrin yn cloi, ac mae Gadael yn gyflym (Ctrl+Shift+Q, neu Esc ddwywaith) yn ei guddio ar unwaith.</translation>
    </message>
    <message>
        <source>What it cannot protect against</source>
        <translation>Rhag beth na all eich diogelu</translation>
    </message>
    <message>
        <source>Daymark cannot help if this computer is being monitored or has spyware on it: that can see what you type, including your password. It cannot keep the diary from someone who knows or guesses your password, or who forces you to unlock it. While the diary is open, anyone at the screen can read it.</source>
        <translation>Ni all Daymark helpu os yw&apos;r cyfrifiadur hwn yn cael ei fonitro neu os oes ysbïwedd arno: gall hwnnw weld yr hyn rydych yn ei deipio, gan gynnwys eich cyfrinair. Ni all gadw&apos;r dyddiadur rhag rhywun sy&apos;n gwybod neu&apos;n dyfalu eich cyfrinair, neu sy&apos;n eich gorfodi i&apos;w ddatgloi. Tra bo&apos;r dyddiadur ar agor, gall unrhyw un wrth y sgrin ei ddarllen.</translation>
    </message>
    <message>
        <source>If someone else set up or has used this computer, think about keeping the diary on a device only you use. A helpline can talk you through checking your devices.</source>
        <translation>Os gwnaeth rhywun arall osod y cyfrifiadur hwn neu os yw wedi&apos;i ddefnyddio, ystyriwch gadw&apos;r dyddiadur ar ddyfais mai dim ond chi sy&apos;n ei defnyddio. Gall llinell gymorth eich helpu i wirio eich dyfeisiau.</translation>
    </message>
    <message>
        <source>Help, whenever you need it</source>
        <translation>Help, pryd bynnag y bydd ei angen arnoch</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation>Os ydych mewn perygl nawr, ffoniwch 999.</translation>
    </message>
    <message>
        <source>These numbers are for the %1. They are always on the Safety and support page of an open diary, with this page.</source>
        <translation>Mae&apos;r rhifau hyn ar gyfer y %1. Maent bob amser ar dudalen Diogelwch a chymorth dyddiadur agored, gyda&apos;r dudalen hon.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>Pei&amp;dio â dangos hyn eto</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HistoryModel</name>
    <message>
        <source>Written down</source>
        <translation>Ysgrifennwyd</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Adferwyd</translation>
    </message>
    <message>
        <source>First written down</source>
        <translation>Ysgrifennwyd gyntaf</translation>
    </message>
    <message>
        <source>%1 (changed in this version)</source>
        <translation>%1 (newidiwyd yn y fersiwn hon)</translation>
    </message>
    <message>
        <source>Version %1, deleted</source>
        <translation>Fersiwn %1, wedi&apos;i dileu</translation>
    </message>
    <message>
        <source>Version %1, restored</source>
        <translation>Fersiwn %1, wedi&apos;i hadfer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HistoryView</name>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(person nad yw yn y dyddiadur mwyach)</translation>
    </message>
    <message>
        <source>An order no longer in the diary, condition %1</source>
        <translation>Gorchymyn nad yw yn y dyddiadur mwyach, amod %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1, amod %2: %3</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, amod %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Every version of this entry, the first on the left. Nothing is overwritten: each change is kept beside the one before, with the time it was recorded and the reason given. Changed values are highlighted.</source>
        <translation>Pob fersiwn o&apos;r cofnod hwn, y cyntaf ar y chwith. Nid oes dim yn cael ei drosysgrifo: cedwir pob newid wrth ymyl yr un o&apos;i flaen, gyda&apos;r amser y&apos;i cofnodwyd a&apos;r rheswm a roddwyd. Amlygir gwerthoedd a newidiwyd.</translation>
    </message>
    <message>
        <source>History of incident no. %1</source>
        <translation>Hanes digwyddiad rhif %1</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Hanes “%1”</translation>
    </message>
    <message>
        <source>Versions of the incident, one column each</source>
        <translation>Fersiynau&apos;r digwyddiad, un golofn yr un</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HourDayHeatMap</name>
    <message>
        <source>Incidents by time of day and day of the week</source>
        <translation>Digwyddiadau yn ôl adeg y dydd a diwrnod yr wythnos</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Dim digwyddiadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>The busiest hour: %1.</source>
        <translation>Yr awr brysuraf: %1.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: 1 incident</source>
        <translation>%1, %2 i %3: 1 digwyddiad</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 incidents</source>
        <translation>%1, %2 i %3: %4 digwyddiad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>1 incident in the busiest hour</source>
        <translation>1 digwyddiad yn yr awr brysuraf</translation>
    </message>
    <message>
        <source>%1 incidents in the busiest hour</source>
        <translation>%1 digwyddiad yn yr awr brysuraf</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportChoosePage</name>
    <message>
        <source>&amp;All of their messages and calls</source>
        <translation>&amp;Eu holl negeseuon a galwadau</translation>
    </message>
    <message>
        <source>Let me &amp;tick the ones to add, one by one</source>
        <translation>Gadael i mi dicio&apos;r rhai i&apos;w hychwanegu, &amp;fesul un</translation>
    </message>
    <message>
        <source>Tick all of &amp;theirs</source>
        <translation>Ticio eu &amp;rhai nhw i gyd</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Dad-dicio&apos;r cyfan</translation>
    </message>
    <message>
        <source>Who is harassing you, and what to add</source>
        <translation>Pwy sy&apos;n aflonyddu arnoch, a beth i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>Choose the person whose messages and calls are the evidence. They can be someone in this export, or someone already in your diary (matched by their names and numbers).</source>
        <translation>Dewiswch y person y mae ei negeseuon a&apos;i alwadau yn dystiolaeth. Gall fod yn rhywun yn yr allforiad hwn, neu&apos;n rhywun sydd eisoes yn eich dyddiadur (wedi&apos;i gyfateb yn ôl ei enwau a&apos;i rifau).</translation>
    </message>
    <message>
        <source>&amp;Who is it?</source>
        <translation>&amp;Pwy ydyw?</translation>
    </message>
    <message>
        <source>Choose who…</source>
        <translation>Dewiswch pwy…</translation>
    </message>
    <message numerus="yes">
        <source>%1, from your diary: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1, o&apos;ch dyddiadur: %n neges neu alwad</numerusform>
            <numerusform>%1, o&apos;ch dyddiadur: %n neges neu alwad</numerusform>
            <numerusform>%1, o&apos;ch dyddiadur: %n neges neu alwad</numerusform>
            <numerusform>%1, o&apos;ch dyddiadur: %n neges neu alwad</numerusform>
            <numerusform>%1, o&apos;ch dyddiadur: %n neges neu alwad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only your messages or calls to them</source>
        <translation>%1: dim ond eich negeseuon neu&apos;ch galwadau chi atynt</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the export: %n message(s) or call(s)</source>
        <translation>
            <numerusform>Pawb yn yr allforiad: %n neges neu alwad</numerusform>
            <numerusform>Pawb yn yr allforiad: %n neges neu alwad</numerusform>
            <numerusform>Pawb yn yr allforiad: %n neges neu alwad</numerusform>
            <numerusform>Pawb yn yr allforiad: %n neges neu alwad</numerusform>
            <numerusform>Pawb yn yr allforiad: %n neges neu alwad</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All messages and calls in the export</source>
        <translation>P&amp;ob neges a galwad yn yr allforiad</translation>
    </message>
    <message>
        <source>Choose who it is above.</source>
        <translation>Dewiswch pwy ydyw uchod.</translation>
    </message>
    <message>
        <source>Nothing is ticked yet.</source>
        <translation>Nid oes dim wedi&apos;i dicio eto.</translation>
    </message>
    <message>
        <source>This person sent nothing in this export. Choose someone else, or tick messages one by one.</source>
        <translation>Ni anfonodd y person hwn ddim yn yr allforiad hwn. Dewiswch rywun arall, neu ticiwch negeseuon fesul un.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s) chosen.</source>
        <translation>
            <numerusform>Dewiswyd %n neges a galwad.</numerusform>
            <numerusform>Dewiswyd %n neges neu alwad.</numerusform>
            <numerusform>Dewiswyd %n neges a galwad.</numerusform>
            <numerusform>Dewiswyd %n neges a galwad.</numerusform>
            <numerusform>Dewiswyd %n neges a galwad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportDonePage</name>
    <message>
        <source>&amp;Show them in the timeline</source>
        <translation>&amp;Eu dangos yn y llinell amser</translation>
    </message>
    <message>
        <source>Added to your diary</source>
        <translation>Wedi&apos;u hychwanegu at eich dyddiadur</translation>
    </message>
    <message>
        <source>Nothing new was added: these messages were already in your diary.</source>
        <translation>Ni ychwanegwyd dim byd newydd: roedd y negeseuon hyn yn eich dyddiadur eisoes.</translation>
    </message>
    <message>
        <source>1 incident was added (number %1).</source>
        <translation>Ychwanegwyd 1 digwyddiad (rhif %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents were added (numbers %1 to %2).</source>
        <translation>
            <numerusform>Ychwanegwyd %n digwyddiad (rhifau %1 i %2).</numerusform>
            <numerusform>Ychwanegwyd %n digwyddiad (rhifau %1 i %2).</numerusform>
            <numerusform>Ychwanegwyd %n digwyddiad (rhifau %1 i %2).</numerusform>
            <numerusform>Ychwanegwyd %n digwyddiad (rhifau %1 i %2).</numerusform>
            <numerusform>Ychwanegwyd %n digwyddiad (rhifau %1 i %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export file %1 is kept unchanged as exhibit %2, linked to each of them. Its SHA-256 fingerprint was taken as it was stored.</source>
        <translation>Cedwir y ffeil allforio %1 heb ei newid fel arddangosyn %2, wedi&apos;i chysylltu â phob un ohonynt. Cymerwyd ei hôl bys SHA-256 wrth iddi gael ei storio.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) from the export were attached to their messages.</source>
        <translation>
            <numerusform>Atodwyd %n llun neu ffeil o&apos;r allforiad i&apos;w negeseuon.</numerusform>
            <numerusform>Atodwyd %n llun neu ffeil o&apos;r allforiad i&apos;w neges.</numerusform>
            <numerusform>Atodwyd %n llun neu ffeil o&apos;r allforiad i&apos;w negeseuon.</numerusform>
            <numerusform>Atodwyd %n llun neu ffeil o&apos;r allforiad i&apos;w negeseuon.</numerusform>
            <numerusform>Atodwyd %n llun neu ffeil o&apos;r allforiad i&apos;w negeseuon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) named in the messages were not in the export, so they could not be attached. Export the chat again &quot;with media&quot; to include them.</source>
        <translation>
            <numerusform>Nid oedd %n llun neu ffeil a enwir yn y negeseuon yn yr allforiad, felly ni ellid eu hatodi. Allforiwch y sgwrs eto &quot;gyda chyfryngau&quot; i&apos;w cynnwys.</numerusform>
            <numerusform>Nid oedd %n llun neu ffeil a enwir yn y negeseuon yn yr allforiad, felly ni ellid ei atodi. Allforiwch y sgwrs eto &quot;gyda chyfryngau&quot; i&apos;w gynnwys.</numerusform>
            <numerusform>Nid oedd %n llun neu ffeil a enwir yn y negeseuon yn yr allforiad, felly ni ellid eu hatodi. Allforiwch y sgwrs eto &quot;gyda chyfryngau&quot; i&apos;w cynnwys.</numerusform>
            <numerusform>Nid oedd %n llun neu ffeil a enwir yn y negeseuon yn yr allforiad, felly ni ellid eu hatodi. Allforiwch y sgwrs eto &quot;gyda chyfryngau&quot; i&apos;w cynnwys.</numerusform>
            <numerusform>Nid oedd %n llun neu ffeil a enwir yn y negeseuon yn yr allforiad, felly ni ellid eu hatodi. Allforiwch y sgwrs eto &quot;gyda chyfryngau&quot; i&apos;w cynnwys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) or call(s) were already in your diary from an earlier import and were not added again.</source>
        <translation>
            <numerusform>Roedd %n neges neu alwad yn eich dyddiadur eisoes o fewnforio cynharach ac ni chawsant eu hychwanegu eto.</numerusform>
            <numerusform>Roedd %n neges neu alwad yn eich dyddiadur eisoes o fewnforio cynharach ac ni chafodd ei hychwanegu eto.</numerusform>
            <numerusform>Roedd %n neges neu alwad yn eich dyddiadur eisoes o fewnforio cynharach ac ni chawsant eu hychwanegu eto.</numerusform>
            <numerusform>Roedd %n neges neu alwad yn eich dyddiadur eisoes o fewnforio cynharach ac ni chawsant eu hychwanegu eto.</numerusform>
            <numerusform>Roedd %n neges neu alwad yn eich dyddiadur eisoes o fewnforio cynharach ac ni chawsant eu hychwanegu eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files of %1 are kept unchanged as exhibits %2 to %3, each linked to the incidents made from it. Their SHA-256 fingerprints were taken as they were stored.</source>
        <translation>Cedwir ffeiliau %1 heb eu newid fel arddangosion %2 i %3, pob un wedi&apos;i chysylltu â&apos;r digwyddiadau a wnaed ohoni. Cymerwyd eu holion bys SHA-256 wrth iddynt gael eu storio.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportFilePage</name>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Dewis y ffeil…</translation>
    </message>
    <message>
        <source>Bring in messages and calls</source>
        <translation>Dod â negeseuon a galwadau i mewn</translation>
    </message>
    <message>
        <source>Each message or call you choose becomes an incident in your diary, with its exact words and time. The file itself is kept as an exhibit, just as the phone made it.</source>
        <translation>Daw pob neges neu alwad a ddewiswch yn ddigwyddiad yn eich dyddiadur, gyda&apos;i hunion eiriau a&apos;i hamser. Cedwir y ffeil ei hun fel arddangosyn, yn union fel y&apos;i gwnaed gan y ffôn.</translation>
    </message>
    <message>
        <source>First make an export on the phone: in WhatsApp open the chat, then More, then Export chat (with media if you want the photos). For text messages and calls on Android, the SMS Backup &amp; Restore app saves them as .xml files; Telegram, Instagram and Signal have their own exports too. Copy the file to this computer, then choose it here.</source>
        <translation>Yn gyntaf gwnewch allforiad ar y ffôn: yn WhatsApp agorwch y sgwrs, yna Mwy, yna Allforio sgwrs (gyda chyfryngau os ydych am gael y lluniau). Ar gyfer negeseuon testun a galwadau ar Android, mae&apos;r ap SMS Backup &amp; Restore yn eu cadw fel ffeiliau .xml; mae gan Telegram, Instagram a Signal eu hallforion eu hunain hefyd. Copïwch y ffeil i&apos;r cyfrifiadur hwn, yna dewiswch hi yma.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Dim ffeil wedi&apos;i dewis eto</translation>
    </message>
    <message>
        <source>The export file</source>
        <translation>Y ffeil allforio</translation>
    </message>
    <message>
        <source>%1 (not available yet)</source>
        <translation>%1 (ddim ar gael eto)</translation>
    </message>
    <message>
        <source>&amp;Export file</source>
        <translation>&amp;Ffeil allforio</translation>
    </message>
    <message>
        <source>What &amp;kind of export is it?</source>
        <translation>Pa fath o allforiad &amp;ydyw?</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Dewis y ffeil allforio</translation>
    </message>
    <message>
        <source>Exports (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)</source>
        <translation>Allforion (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)</translation>
    </message>
    <message>
        <source>This looks like a %1. If it is something else, choose what it is above.</source>
        <translation>Mae hwn yn edrych fel %1. Os yw&apos;n rhywbeth arall, dewiswch beth ydyw uchod.</translation>
    </message>
    <message>
        <source>Daymark cannot tell what kind of export this is. Please choose it above.</source>
        <translation>Ni all Daymark ddweud pa fath o allforiad yw hwn. Dewiswch ef uchod.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ni ellir mewnforio&apos;r ffeil hon</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportOptionsPage</name>
    <message>
        <source>One incident for &amp;each message or call</source>
        <translation>Un digwyddiad ar gyfer &amp;pob neges neu alwad</translation>
    </message>
    <message>
        <source>One incident for each &amp;day, with that day&apos;s messages and calls in it</source>
        <translation>Un digwyddiad ar gyfer pob &amp;diwrnod, gyda negeseuon a galwadau&apos;r diwrnod hwnnw ynddo</translation>
    </message>
    <message>
        <source>Checking what is already in your diary…</source>
        <translation>Yn gwirio beth sydd yn eich dyddiadur eisoes…</translation>
    </message>
    <message>
        <source>Adding to your diary…</source>
        <translation>Yn ychwanegu at eich dyddiadur…</translation>
    </message>
    <message>
        <source>How to add them</source>
        <translation>Sut i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>Everything is added in one go. If anything goes wrong, or you cancel, nothing is added.</source>
        <translation>Caiff popeth ei ychwanegu ar unwaith. Os aiff unrhyw beth o&apos;i le, neu os byddwch yn canslo, ni chaiff dim ei ychwanegu.</translation>
    </message>
    <message>
        <source>&amp;Add to the diary</source>
        <translation>&amp;Ychwanegu at y dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Time zone the phone was in</source>
        <translation>&amp;Cylchfa amser y ffôn</translation>
    </message>
    <message>
        <source>WhatsApp writes times as the phone&apos;s clock showed them, without saying where. Choose where the phone was, so the times in your diary are right. It also decides where each day begins and ends.</source>
        <translation>Mae WhatsApp yn ysgrifennu amseroedd fel yr oedd cloc y ffôn yn eu dangos, heb ddweud ble. Dewiswch ble&apos;r oedd y ffôn, fel bod yr amseroedd yn eich dyddiadur yn gywir. Mae hefyd yn penderfynu ble mae pob diwrnod yn dechrau ac yn gorffen.</translation>
    </message>
    <message>
        <source>You stopped the check. Go back and forward again to check once more.</source>
        <translation>Fe wnaethoch stopio&apos;r gwiriad. Ewch yn ôl ac ymlaen eto i wirio unwaith eto.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ni ellir mewnforio&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>You stopped the import. Nothing was added to your diary.</source>
        <translation>Fe wnaethoch stopio&apos;r mewnforio. Ni ychwanegwyd dim at eich dyddiadur.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <source>%1 Nothing was added to your diary.</source>
        <translation>%1 Ni ychwanegwyd dim at eich dyddiadur.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message numerus="yes">
        <source>Attach the photos and files the export holds (%n named)</source>
        <translation>
            <numerusform>Atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad (%n wedi&apos;u henwi)</numerusform>
            <numerusform>Atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad (%n wedi&apos;i enwi)</numerusform>
            <numerusform>Atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad (%n wedi&apos;u henwi)</numerusform>
            <numerusform>Atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad (%n wedi&apos;u henwi)</numerusform>
            <numerusform>Atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad (%n wedi&apos;u henwi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach the photos and files the export holds (it names none)</source>
        <translation>Atodi&apos;r lluniau a&apos;r ffeiliau sydd yn yr allforiad (nid yw&apos;n enwi dim)</translation>
    </message>
    <message>
        <source>Nothing new to add: every one of these is already in your diary from an earlier import.</source>
        <translation>Dim byd newydd i&apos;w ychwanegu: mae pob un o&apos;r rhain yn eich dyddiadur eisoes o fewnforio cynharach.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be added.</source>
        <translation>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu.</numerusform>
            <numerusform>Bydd %n digwyddiad yn cael ei ychwanegu.</numerusform>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu.</numerusform>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu.</numerusform>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be added, one for each day, </source>
        <translation>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd %n digwyddiad yn cael ei ychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holding %n message(s) and call(s).</source>
        <translation>
            <numerusform>yn dal %n neges a galwad.</numerusform>
            <numerusform>yn dal %n neges neu alwad.</numerusform>
            <numerusform>yn dal %n neges a galwad.</numerusform>
            <numerusform>yn dal %n neges a galwad.</numerusform>
            <numerusform>yn dal %n neges a galwad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n incident(s) will be added, one for each day, </source>
        <translation>
            <numerusform>Bydd hyd at %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd hyd at %n digwyddiad yn cael ei ychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd hyd at %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd hyd at %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
            <numerusform>Bydd hyd at %n digwyddiad yn cael eu hychwanegu, un ar gyfer pob diwrnod, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holding %n new message(s) and call(s).</source>
        <translation>
            <numerusform>yn dal %n neges a galwad newydd.</numerusform>
            <numerusform>yn dal %n neges neu alwad newydd.</numerusform>
            <numerusform>yn dal %n neges a galwad newydd.</numerusform>
            <numerusform>yn dal %n neges a galwad newydd.</numerusform>
            <numerusform>yn dal %n neges a galwad newydd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before and will not be added again.</source>
        <translation>
            <numerusform>Mewnforiwyd %n o&apos;r blaen ac ni fyddant yn cael eu hychwanegu eto.</numerusform>
            <numerusform>Mewnforiwyd %n o&apos;r blaen ac ni fydd yn cael ei ychwanegu eto.</numerusform>
            <numerusform>Mewnforiwyd %n o&apos;r blaen ac ni fyddant yn cael eu hychwanegu eto.</numerusform>
            <numerusform>Mewnforiwyd %n o&apos;r blaen ac ni fyddant yn cael eu hychwanegu eto.</numerusform>
            <numerusform>Mewnforiwyd %n o&apos;r blaen ac ni fyddant yn cael eu hychwanegu eto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>call duration in seconds</comment>
        <translation>
            <numerusform>%n eil</numerusform>
            <numerusform>%n eil</numerusform>
            <numerusform>%n eil</numerusform>
            <numerusform>%n eil</numerusform>
            <numerusform>%n eil</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>call duration</comment>
        <translation>%1 mun %2 eil</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Galwad i mewn</translation>
    </message>
    <message>
        <source>Incoming call, %1</source>
        <translation>Galwad i mewn, %1</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Galwad allan</translation>
    </message>
    <message>
        <source>Outgoing call, %1</source>
        <translation>Galwad allan, %1</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Galwad a gollwyd</translation>
    </message>
    <message>
        <source>Rejected or blocked call</source>
        <translation>Galwad a wrthodwyd neu a rwystrwyd</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Neges llais</translation>
    </message>
    <message>
        <source>Voicemail, %1</source>
        <translation>Neges llais, %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Pwnc: %1</translation>
    </message>
    <message>
        <source>[a photo or file, left out of the export]</source>
        <translation>[llun neu ffeil, wedi&apos;i adael allan o&apos;r allforiad]</translation>
    </message>
    <message>
        <source>[attached: %1]</source>
        <translation>[wedi&apos;i atodi: %1]</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <comment>a message changed after it was sent</comment>
        <translation>%1 (wedi&apos;i olygu)</translation>
    </message>
    <message>
        <source>(the app itself)</source>
        <translation>(yr ap ei hun)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>You, to %1</source>
        <translation>Chi, at %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(anhysbys)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sender: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Heb ei ddewis</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Message or call</source>
        <translation>Neges neu alwad</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportPreviewPage</name>
    <message>
        <source>How does the phone write dates?</source>
        <translation>Sut mae&apos;r ffôn yn ysgrifennu dyddiadau?</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Darllen y ffeil eto</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Yn darllen yr allforiad…</translation>
    </message>
    <message>
        <source>Check what the file holds</source>
        <translation>Gwirio beth sydd yn y ffeil</translation>
    </message>
    <message>
        <source>This is the conversation as the export holds it. Nothing has been added to your diary yet.</source>
        <translation>Dyma&apos;r sgwrs fel y mae yn yr allforiad. Nid oes dim wedi&apos;i ychwanegu at eich dyddiadur eto.</translation>
    </message>
    <message>
        <source>People in the export, with how many messages and calls each</source>
        <translation>Pobl yn yr allforiad, gyda faint o negeseuon a galwadau gan bob un</translation>
    </message>
    <message>
        <source>&amp;People in it</source>
        <translation>&amp;Pobl ynddo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
    <message>
        <source>You stopped the reading. Nothing was added to your diary.</source>
        <translation>Fe wnaethoch stopio&apos;r darllen. Ni ychwanegwyd dim at eich dyddiadur.</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translation>Ni ellir darllen y ffeil hon</translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation>Stopiwyd y darllen.</translation>
    </message>
    <message>
        <source>Please answer the question above first.</source>
        <translation>Atebwch y cwestiwn uchod yn gyntaf.</translation>
    </message>
    <message>
        <source>Daymark found no messages or calls in this file. Check that it is the export you meant, and that the kind of export on the first page is right.</source>
        <translation>Ni chafodd Daymark hyd i negeseuon na galwadau yn y ffeil hon. Gwiriwch mai dyma&apos;r allforiad roeddech yn ei feddwl, a bod y math o allforiad ar y dudalen gyntaf yn gywir.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Dim i&apos;w fewnforio</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s)</source>
        <translation>
            <numerusform>%n neges a galwad</numerusform>
            <numerusform>%n neges neu alwad</numerusform>
            <numerusform>%n neges a galwad</numerusform>
            <numerusform>%n neges a galwad</numerusform>
            <numerusform>%n neges a galwad</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1
to %2</source>
        <translation>O %1
hyd at %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) named</source>
        <translation>
            <numerusform>%n llun neu ffeil wedi&apos;u henwi</numerusform>
            <numerusform>%n llun neu ffeil wedi&apos;i enwi</numerusform>
            <numerusform>%n llun neu ffeil wedi&apos;u henwi</numerusform>
            <numerusform>%n llun neu ffeil wedi&apos;u henwi</numerusform>
            <numerusform>%n llun neu ffeil wedi&apos;u henwi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written by the app itself (shown in grey, never added)</source>
        <translation>
            <numerusform>%n llinell a ysgrifennwyd gan yr ap ei hun (mewn llwyd, byth yn cael eu hychwanegu)</numerusform>
            <numerusform>%n llinell a ysgrifennwyd gan yr ap ei hun (mewn llwyd, byth yn cael ei hychwanegu)</numerusform>
            <numerusform>%n llinell a ysgrifennwyd gan yr ap ei hun (mewn llwyd, byth yn cael eu hychwanegu)</numerusform>
            <numerusform>%n llinell a ysgrifennwyd gan yr ap ei hun (mewn llwyd, byth yn cael eu hychwanegu)</numerusform>
            <numerusform>%n llinell a ysgrifennwyd gan yr ap ei hun (mewn llwyd, byth yn cael eu hychwanegu)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
            <numerusform>%1: %n neges neu alwad</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates in this chat can be read two ways. This line is from the file:

%1

Which date is it?</source>
        <translation>Gellir darllen y dyddiadau yn y sgwrs hon mewn dwy ffordd. Daw&apos;r llinell hon o&apos;r ffeil:

%1

Pa ddyddiad ydyw?</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Diwrnod yn gyntaf: %1</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <translation>Diwrnod yn gyntaf (diwrnod/mis/blwyddyn)</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Mis yn gyntaf: %1</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>Mis yn gyntaf (mis/diwrnod/blwyddyn)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportWizard</name>
    <message>
        <source>Import messages and calls</source>
        <translation>Mewnforio negeseuon a galwadau</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentBrowserPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Words to find: what was said, places, names, tags…</source>
        <translation>Geiriau i&apos;w canfod: yr hyn a ddywedwyd, lleoedd, enwau, tagiau…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Chwilio&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Find (Ctrl+F):</source>
        <translation>&amp;Canfod (Ctrl+F):</translation>
    </message>
    <message>
        <source>Incidents found, newest first</source>
        <translation>Digwyddiadau a ganfuwyd, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Incidents, newest first</source>
        <translation>Digwyddiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Digwyddiad &amp;newydd…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <source>Delete the selected incident, with a reason. It can be restored.</source>
        <translation>Dileu&apos;r digwyddiad a ddewiswyd, gyda rheswm. Gellir ei adfer.</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>Adf&amp;er…</translation>
    </message>
    <message>
        <source>Type a word to search every incident: what was said, places, people, tags and notes.</source>
        <translation>Teipiwch air i chwilio pob digwyddiad: yr hyn a ddywedwyd, lleoedd, pobl, tagiau a nodiadau.</translation>
    </message>
    <message>
        <source>Nothing found for these words. Try fewer or shorter words, or clear the filters.</source>
        <translation>Dim wedi&apos;i ganfod ar gyfer y geiriau hyn. Rhowch gynnig ar lai o eiriau neu eiriau byrrach, neu cliriwch yr hidlwyr.</translation>
    </message>
    <message>
        <source>No incidents match these filters.</source>
        <translation>Nid oes digwyddiadau&apos;n cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>No incidents are written down yet.</source>
        <translation>Nid oes digwyddiadau wedi&apos;u hysgrifennu eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n found, newest first.</source>
        <translation>
            <numerusform>%n wedi&apos;u canfod, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n wedi&apos;i ganfod.</numerusform>
            <numerusform>%n wedi&apos;u canfod, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n wedi&apos;u canfod, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n wedi&apos;u canfod, y diweddaraf yn gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%n digwyddiad, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n digwyddiad.</numerusform>
            <numerusform>%n digwyddiad, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n digwyddiad, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n digwyddiad, y diweddaraf yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown; more load as you scroll.</source>
        <translation>Dangosir y %1 diweddaraf; mae mwy yn llwytho wrth i chi sgrolio.</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Dileu digwyddiad</translation>
    </message>
    <message>
        <source>Why is this incident being deleted? The reason is kept in the diary&apos;s history, and the incident can be restored later.</source>
        <translation>Pam mae&apos;r digwyddiad hwn yn cael ei ddileu? Cedwir y rheswm yn hanes y dyddiadur, a gellir adfer y digwyddiad yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is needed. Write a few words, such as &quot;logged twice&quot;, and try again.</source>
        <translation>Ni ddilëwyd dim: mae angen rheswm. Ysgrifennwch ychydig eiriau, fel &quot;cofnodwyd ddwywaith&quot;, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Restore incident</source>
        <translation>Adfer digwyddiad</translation>
    </message>
    <message>
        <source>Why is this incident being restored? (optional)</source>
        <translation>Pam mae&apos;r digwyddiad hwn yn cael ei adfer? (dewisol)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentDetailDialog</name>
    <message>
        <source>Incident no. %1</source>
        <translation>Digwyddiad rhif %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Happened:</source>
        <translation>Digwyddodd:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Tan:</translation>
    </message>
    <message>
        <source>Time is:</source>
        <translation>Mae&apos;r amser:</translation>
    </message>
    <message>
        <source>Approximate, a best guess</source>
        <translation>Yn fras, amcangyfrif gorau</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Fel y&apos;i hysgrifennwyd</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Cofnodwyd:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when recorded, how long after</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amended:</source>
        <translation>Diwygiwyd:</translation>
    </message>
    <message>
        <source>Yes: this is version %1, last changed %2</source>
        <translation>Do: dyma fersiwn %1, newidiwyd ddiwethaf %2</translation>
    </message>
    <message>
        <source>No, as first written</source>
        <translation>Naddo, fel y&apos;i hysgrifennwyd gyntaf</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Dilëwyd:</translation>
    </message>
    <message>
        <source>Yes. Reason: %1</source>
        <translation>Do. Rheswm: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Sianel:</translation>
    </message>
    <message>
        <source>Number or account:</source>
        <translation>Rhif neu gyfrif:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagiau:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lle:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Cyfesurynnau:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation>Pobl dan sylw:</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Tystion:</translation>
    </message>
    <message>
        <source>Other witnesses:</source>
        <translation>Tystion eraill:</translation>
    </message>
    <message>
        <source>Children present:</source>
        <translation>Plant yn bresennol:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Effect on you:</source>
        <translation>Yr effaith arnoch:</translation>
    </message>
    <message>
        <source>Police and orders</source>
        <translation>Heddlu a gorchmynion</translation>
    </message>
    <message>
        <source>Reported to police:</source>
        <translation>Wedi&apos;i adrodd i&apos;r heddlu:</translation>
    </message>
    <message>
        <source>Police reference:</source>
        <translation>Cyfeirnod yr heddlu:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Swyddog:</translation>
    </message>
    <message>
        <source>Possible breach of:</source>
        <translation>Achos posibl o dorri:</translation>
    </message>
    <message>
        <source>Exhibits and notes</source>
        <translation>Arddangosion a nodiadau</translation>
    </message>
    <message>
        <source>Exhibits:</source>
        <translation>Arddangosion:</translation>
    </message>
    <message>
        <source>Private notes:</source>
        <translation>Nodiadau preifat:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Change this incident; the version shown here stays in its history</source>
        <translation>Newid y digwyddiad hwn; mae&apos;r fersiwn a ddangosir yma yn aros yn ei hanes</translation>
    </message>
    <message>
        <source>A deleted incident cannot be changed; restore it first</source>
        <translation>Ni ellir newid digwyddiad sydd wedi&apos;i ddileu; adferwch ef yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <source>Every version of this incident, side by side</source>
        <translation>Pob fersiwn o&apos;r digwyddiad hwn, ochr yn ochr</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentEditor</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>How it affected you: fear, distress, what you changed in your daily life because of it. Police and courts need to know this.</source>
        <translation>Sut effeithiodd arnoch: ofn, gofid, yr hyn a newidioch yn eich bywyd bob dydd o&apos;i herwydd. Mae angen i&apos;r heddlu a&apos;r llysoedd wybod hyn.</translation>
    </message>
    <message>
        <source>Effect o&amp;n you:</source>
        <translation>Yr &amp;effaith arnoch:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Nodiadau preifat</translation>
    </message>
    <message>
        <source>Only for you: private notes are left out of exports and of the bundle for the police, unless you choose to include them when you export.</source>
        <translation>I chi yn unig: gadewir nodiadau preifat allan o allforion ac o&apos;r bwndel i&apos;r heddlu, oni bai eich bod yn dewis eu cynnwys wrth allforio.</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation>Nodiadau pre&amp;ifat:</translation>
    </message>
    <message>
        <source>Sections of the incident</source>
        <translation>Adrannau&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>Save this incident (Ctrl+S)</source>
        <translation>Cadw&apos;r digwyddiad hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Every version of this incident, side by side</source>
        <translation>Pob fersiwn o&apos;r digwyddiad hwn, ochr yn ochr</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach. Copy a screenshot first, then paste.</source>
        <translation>Nid oes llun na ffeil ar y clipfwrdd i&apos;w hatodi. Copïwch sgrinlun yn gyntaf, yna gludwch.</translation>
    </message>
    <message>
        <source>This cannot be saved yet: see the note under “%1”. Nothing you typed is lost.</source>
        <translation>Ni ellir cadw hwn eto: gweler y nodyn o dan “%1”. Nid oes dim a deipiwyd gennych wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Saved automatically when the diary was locked</source>
        <translation>Cadwyd yn awtomatig pan gafodd y dyddiadur ei gloi</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Cadw&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>This incident is not saved yet. Save it before closing?</source>
        <translation>Nid yw&apos;r digwyddiad hwn wedi&apos;i gadw eto. Ei gadw cyn cau?</translation>
    </message>
    <message>
        <source>You changed this incident. Save the changes before closing?</source>
        <translation>Fe wnaethoch newid y digwyddiad hwn. Cadw&apos;r newidiadau cyn cau?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>Os byddwch yn eu taflu, bydd yr hyn a deipiwyd gennych yma yn cael ei golli.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Dal ati i olygu</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Digwyddiad newydd</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>Digwyddiad rhif %1</translation>
    </message>
    <message>
        <source>The picture on the clipboard could not be read. Copy it again, then paste.</source>
        <translation>Nid oedd modd darllen y llun ar y clipfwrdd. Copïwch ef eto, yna gludwch.</translation>
    </message>
    <message>
        <source>Files are still being added. Wait until they are done, then add more.</source>
        <translation>Mae ffeiliau&apos;n dal i gael eu hychwanegu. Arhoswch nes eu bod wedi gorffen, yna ychwanegwch fwy.</translation>
    </message>
    <message>
        <source>%1 will be attached when you save this incident.</source>
        <translation>Caiff %1 ei atodi pan fyddwch yn cadw&apos;r digwyddiad hwn.</translation>
    </message>
    <message>
        <source>%1 files will be attached when you save this incident.</source>
        <translation>Caiff %1 ffeil eu hatodi pan fyddwch yn cadw&apos;r digwyddiad hwn.</translation>
    </message>
    <message>
        <source>The incident is saved.</source>
        <translation>Mae&apos;r digwyddiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Wedi&apos;u hatodi: %1.</translation>
    </message>
    <message>
        <source>Already in the diary, now also linked to this incident: %1.</source>
        <translation>Eisoes yn y dyddiadur, bellach wedi&apos;u cysylltu â&apos;r digwyddiad hwn hefyd: %1.</translation>
    </message>
    <message>
        <source>Cancelled, so not attached: %1. Nothing half-added was kept.</source>
        <translation>Wedi canslo, felly heb eu hatodi: %1. Ni chadwyd dim a oedd wedi&apos;i hanner ychwanegu.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentFilterBar</name>
    <message>
        <source>Possible &amp;breaches only</source>
        <translation>Achosion o dorri yn &amp;unig</translation>
    </message>
    <message>
        <source>&amp;Reported to police only</source>
        <translation>Wedi&apos;u &amp;hadrodd i&apos;r heddlu</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lirio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Y 7 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Rhwng dyddiadau…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>O&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>Hyd at y diwrnod hwn, yn gynwysedig</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Math o ddigwyddiad</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>Person dan sylw</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Show every incident again</source>
        <translation>Dangos pob digwyddiad eto</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Show &amp;deleted too</source>
        <translation>Dangos rhai wedi&apos;u &amp;dileu</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::InsightsPanel</name>
    <message>
        <source>&amp;Whole diary</source>
        <translation>Y dyddiadur &amp;cyfan</translation>
    </message>
    <message>
        <source>Count every incident in the diary; clear it to choose the days</source>
        <translation>Cyfrif pob digwyddiad yn y dyddiadur; cliriwch hwn i ddewis y diwrnodau</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>O&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>Hyd at y diwrnod hwn, yn gynwysedig</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <source>Time of day and day of the week (each incident at the local time it was recorded with; hover over a square for its count)</source>
        <translation>Adeg y dydd a diwrnod yr wythnos (pob digwyddiad yn ôl yr amser lleol a gofnodwyd gydag ef; hofranwch dros sgwâr i weld ei nifer)</translation>
    </message>
    <message>
        <source>&amp;Pattern over time</source>
        <translation>&amp;Patrwm dros amser</translation>
    </message>
    <message>
        <source>Warning &amp;signs</source>
        <translation>Arwyddion &amp;rhybudd</translation>
    </message>
    <message>
        <source>&amp;Risk questions</source>
        <translation>C&amp;westiynau risg</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrymau</translation>
    </message>
    <message>
        <source>Cannot read the diary</source>
        <translation>Ni ellir darllen y dyddiadur</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Yn cyfrif…</translation>
    </message>
    <message>
        <source>1 incident in the weeks from %1 to %2; %3 (see Warning signs).</source>
        <translation>1 digwyddiad yn yr wythnosau o %1 i %2; %3 (gweler Arwyddion rhybudd).</translation>
    </message>
    <message>
        <source>%1 incidents in the weeks from %2 to %3; %4 (see Warning signs).</source>
        <translation>%1 digwyddiad yn yr wythnosau o %2 i %3; %4 (gweler Arwyddion rhybudd).</translation>
    </message>
    <message>
        <source>Warning &amp;signs (%1)</source>
        <translation>Arwyddion &amp;rhybudd (%1)</translation>
    </message>
    <message>
        <source>No incidents recorded in this period.</source>
        <translation>Dim digwyddiadau wedi&apos;u cofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>dim arwyddion rhybudd</translation>
    </message>
    <message>
        <source>1 warning sign</source>
        <translation>1 arwydd rhybudd</translation>
    </message>
    <message>
        <source>%1 warning signs</source>
        <translation>%1 arwydd rhybudd</translation>
    </message>
</context>
<context>
    <name>daymark::ui::MainWindow</name>
    <message>
        <source>Diary</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation>&amp;Cofnod cyflym</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Digwyddiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Write down that something happened just now (Ctrl+N); add details later</source>
        <translation>Nodi bod rhywbeth newydd ddigwydd (Ctrl+N); ychwanegwch fanylion yn nes ymlaen</translation>
    </message>
    <message>
        <source>Write down an incident in full: when, what, where, who (Ctrl+Shift+N)</source>
        <translation>Cofnodi digwyddiad yn llawn: pryd, beth, ble, pwy (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>Lock the diary (Ctrl+L): it then needs the password again</source>
        <translation>Cloi&apos;r dyddiadur (Ctrl+L): bydd angen y cyfrinair eto wedyn</translation>
    </message>
    <message>
        <source>Exhibit initials, auto-lock, a plain title, language, recent diaries (Ctrl+,)</source>
        <translation>Llythrennau blaen arddangosion, cloi awtomatig, teitl plaen, iaith, dyddiaduron diweddar (Ctrl+,)</translation>
    </message>
    <message>
        <source>An incident you were writing could not be saved as the diary locked, because part of it was not filled in correctly. Please write it again.</source>
        <translation>Nid oedd modd cadw digwyddiad roeddech yn ei ysgrifennu pan gafodd y dyddiadur ei gloi, oherwydd nad oedd rhan ohono wedi&apos;i llenwi&apos;n gywir. Ysgrifennwch ef eto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a plain window title that does not reveal the app</comment>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>%1 — Daymark</source>
        <comment>window title: diary name — app name</comment>
        <translation>%1 — Daymark</translation>
    </message>
    <message>
        <source>Daymark</source>
        <translation>Daymark</translation>
    </message>
    <message>
        <source>Bring in messages and calls from a phone or app export: WhatsApp, text messages, call logs, e-mail (Ctrl+I)</source>
        <translation>Dod â negeseuon a galwadau i mewn o allforiad ffôn neu ap: WhatsApp, negeseuon testun, logiau galwadau, e-bost (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Ailadrodd y cyfrinair</translation>
    </message>
    <message>
        <source>Use this password anyway, although it is easy to guess</source>
        <translation>Defnyddio&apos;r cyfrinair hwn beth bynnag, er ei fod yn hawdd ei ddyfalu</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Ailadrodd y cyfrinair</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Cryfder y cyfrinair</translation>
    </message>
    <message>
        <source>Type a password to protect the diary.</source>
        <translation>Teipiwch gyfrinair i ddiogelu&apos;r dyddiadur.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath. Teipiwch yr un cyfrinair yn y ddau faes.</translation>
    </message>
    <message>
        <source>This password is very easy to guess. Choose a stronger one, or tick “Use this password anyway” below if you need to keep it.</source>
        <translation>Mae&apos;r cyfrinair hwn yn hawdd iawn ei ddyfalu. Dewiswch un cryfach, neu ticiwch “Defnyddio&apos;r cyfrinair hwn beth bynnag” isod os oes angen i chi ei gadw.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath eto.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::OrderEditor</name>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Cyflwynwyd ar</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Yn dod i ben ar</translation>
    </message>
    <message>
        <source>Add a con&amp;dition</source>
        <translation>Ychwanegu am&amp;od</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Tynnu amod</translation>
    </message>
    <message>
        <source>For example: Teesside Magistrates&apos; Court</source>
        <translation>Er enghraifft: Llys Ynadon Caerdydd</translation>
    </message>
    <message>
        <source>The case number on the order</source>
        <translation>Rhif yr achos ar y gorchymyn</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Condition, in the order&apos;s own words</source>
        <translation>Amod, yng ngeiriau&apos;r gorchymyn ei hun</translation>
    </message>
    <message>
        <source>&amp;Kind of order:</source>
        <translation>&amp;Math o orchymyn:</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Math o orchymyn</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Llys:</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Llys</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Cyf&amp;eirnod yr achos:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Yn erbyn:</translation>
    </message>
    <message>
        <source>The person the order is against</source>
        <translation>Y person y mae&apos;r gorchymyn yn ei erbyn</translation>
    </message>
    <message>
        <source>&amp;Made:</source>
        <translation>&amp;Gwnaed:</translation>
    </message>
    <message>
        <source>The date the order was made is known</source>
        <translation>Mae&apos;r dyddiad y gwnaed y gorchymyn yn hysbys</translation>
    </message>
    <message>
        <source>Ser&amp;ved:</source>
        <translation>Cy&amp;flwynwyd:</translation>
    </message>
    <message>
        <source>The date the order was served is known</source>
        <translation>Mae&apos;r dyddiad y cyflwynwyd y gorchymyn yn hysbys</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Yn &amp;dod i ben:</translation>
    </message>
    <message>
        <source>The order has an expiry date</source>
        <translation>Mae dyddiad dod i ben i&apos;r gorchymyn</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Amodau:</translation>
    </message>
    <message>
        <source>Conditions of the order</source>
        <translation>Amodau&apos;r gorchymyn</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Heb ei enwi</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>person&apos;s name</comment>
        <translation>%1 (wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name — role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>newydd</translation>
    </message>
</context>
<context>
    <name>daymark::ui::OrdersPanel</name>
    <message>
        <source>&amp;New order</source>
        <translation>Gorchymyn &amp;newydd</translation>
    </message>
    <message>
        <source>Show &amp;deleted orders</source>
        <translation>Dangos gorchmynion wedi&apos;u &amp;dileu</translation>
    </message>
    <message>
        <source>Possible breaches recorded</source>
        <translation>Achosion posibl o dorri a gofnodwyd</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Adf&amp;er…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Gorchmynion amddiffyn</translation>
    </message>
    <message>
        <source>Incidents recorded as possible breaches, by condition</source>
        <translation>Digwyddiadau a gofnodwyd fel achosion posibl o dorri, yn ôl amod</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Enter or a double-click shows the incident</source>
        <translation>Mae Enter neu glicio ddwywaith yn dangos y digwyddiad</translation>
    </message>
    <message>
        <source>Save this order (Ctrl+S)</source>
        <translation>Cadw&apos;r gorchymyn hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>order</comment>
        <translation>%1 (wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Yn dod i ben %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Gwnaed %1</translation>
    </message>
    <message>
        <source>Dates not given</source>
        <translation>Dim dyddiadau wedi&apos;u rhoi</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>order, then its dates</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order, dates</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Gwnaed %1.</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Yn dod i ben %1.</translation>
    </message>
    <message>
        <source>Deleted. Restore the order to change it.</source>
        <translation>Wedi&apos;i ddileu. Adferwch y gorchymyn i&apos;w newid.</translation>
    </message>
    <message>
        <source>Changed since first written down: this is version %1.</source>
        <translation>Wedi newid ers ei ysgrifennu gyntaf: dyma fersiwn %1.</translation>
    </message>
    <message>
        <source>No incident is marked as a possible breach of this order. When you write an incident down, you can mark it as a possible breach of a condition.</source>
        <translation>Nid oes digwyddiad wedi&apos;i farcio fel achos posibl o dorri&apos;r gorchymyn hwn. Pan fyddwch yn cofnodi digwyddiad, gallwch ei farcio fel achos posibl o dorri amod.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Amod %1: %2</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Amod %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Rhif %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>The order&apos;s details in the form are not saved yet. Do you want to leave them?</source>
        <translation>Nid yw manylion y gorchymyn yn y ffurflen wedi&apos;u cadw eto. Ydych chi am eu gadael?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Dal ati i olygu</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Gadael heb gadw</translation>
    </message>
    <message>
        <source>New protection order</source>
        <translation>Gorchymyn amddiffyn newydd</translation>
    </message>
    <message>
        <source>Copy the details from the order itself. Its conditions are numbered as they are on the order, so each incident can say which one it may breach.</source>
        <translation>Copïwch y manylion o&apos;r gorchymyn ei hun. Mae ei amodau wedi&apos;u rhifo fel y maent ar y gorchymyn, fel y gall pob digwyddiad ddweud pa un y gallai ei dorri.</translation>
    </message>
    <message>
        <source>The order is saved in the diary.</source>
        <translation>Mae&apos;r gorchymyn wedi&apos;i gadw yn y dyddiadur.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Ni newidiwyd dim, felly nid oes dim i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Why change this order?</source>
        <translation>Pam newid y gorchymyn hwn?</translation>
    </message>
    <message>
        <source>&amp;Why are you changing the order? For example: varied by the court on 3 May. The earlier version stays in the diary&apos;s history.</source>
        <translation>&amp;Pam rydych yn newid y gorchymyn? Er enghraifft: wedi&apos;i amrywio gan y llys ar 3 Mai. Mae&apos;r fersiwn gynharach yn aros yn hanes y dyddiadur.</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Cadw&apos;r newid</translation>
    </message>
    <message>
        <source>Saved as version %1. The earlier version is kept.</source>
        <translation>Cadwyd fel fersiwn %1. Cedwir y fersiwn gynharach.</translation>
    </message>
    <message>
        <source>Delete this order?</source>
        <translation>Dileu&apos;r gorchymyn hwn?</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting this order? It stays in the diary&apos;s history and can be restored.</source>
        <translation>&amp;Pam rydych yn dileu&apos;r gorchymyn hwn? Mae&apos;n aros yn hanes y dyddiadur a gellir ei adfer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>The order is deleted. To bring it back, tick Show deleted orders and choose Restore.</source>
        <translation>Mae&apos;r gorchymyn wedi&apos;i ddileu. I ddod ag ef yn ôl, ticiwch Dangos gorchmynion wedi&apos;u dileu a dewiswch Adfer.</translation>
    </message>
    <message>
        <source>Restore this order?</source>
        <translation>Adfer y gorchymyn hwn?</translation>
    </message>
    <message>
        <source>&amp;Why are you restoring this order? (You may leave this empty.)</source>
        <translation>&amp;Pam rydych yn adfer y gorchymyn hwn? (Gallwch adael hwn yn wag.)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>The order is restored.</source>
        <translation>Mae&apos;r gorchymyn wedi&apos;i adfer.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Cadw&apos;r newidiadau…</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PasswordStrength</name>
    <message>
        <source>No password yet</source>
        <translation>Dim cyfrinair eto</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Gwan iawn</translation>
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
        <source>A few unrelated words make a password that is strong and easy to remember.</source>
        <translation>Mae ychydig eiriau digyswllt yn gwneud cyfrinair sy&apos;n gryf ac yn hawdd ei gofio.</translation>
    </message>
    <message>
        <source>This password would be among the first ones tried. Use three or four unrelated words, or a longer sentence that only you would think of.</source>
        <translation>Byddai&apos;r cyfrinair hwn ymhlith y rhai cyntaf i gael eu trio. Defnyddiwch dri neu bedwar gair digyswllt, neu frawddeg hirach na fyddai neb ond chi yn meddwl amdani.</translation>
    </message>
    <message>
        <source>Someone could guess this with some effort. Add another unrelated word, or make it longer.</source>
        <translation>Gallai rhywun ddyfalu hwn gydag ychydig o ymdrech. Ychwanegwch air digyswllt arall, neu gwnewch ef yn hirach.</translation>
    </message>
    <message>
        <source>This is reasonable. One more unrelated word would make it much harder to guess.</source>
        <translation>Mae hwn yn rhesymol. Byddai un gair digyswllt arall yn ei wneud yn llawer anos i&apos;w ddyfalu.</translation>
    </message>
    <message>
        <source>This is a good password. Make sure you will remember it.</source>
        <translation>Mae hwn yn gyfrinair da. Gwnewch yn siŵr y byddwch yn ei gofio.</translation>
    </message>
    <message>
        <source>This is an excellent password. Make sure you will remember it.</source>
        <translation>Mae hwn yn gyfrinair ardderchog. Gwnewch yn siŵr y byddwch yn ei gofio.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Cryfder y cyfrinair</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Cryfder: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PeoplePanel</name>
    <message>
        <source>&amp;New person</source>
        <translation>Person &amp;newydd</translation>
    </message>
    <message>
        <source>Show &amp;deleted people</source>
        <translation>Dangos pobl wedi&apos;u &amp;dileu</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Adf&amp;er…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>People in the diary</source>
        <translation>Pobl yn y dyddiadur</translation>
    </message>
    <message>
        <source>Add someone to the diary: the person harassing you, a witness, an officer (Alt+N)</source>
        <translation>Ychwanegu rhywun at y dyddiadur: y person sy&apos;n aflonyddu arnoch, tyst, swyddog (Alt+N)</translation>
    </message>
    <message>
        <source>Delete this person, giving a reason (Delete in the list). They can be restored.</source>
        <translation>Dileu&apos;r person hwn, gan roi rheswm (Delete yn y rhestr). Gellir ei adfer.</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Cadw&apos;r person hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>person&apos;s name</comment>
        <translation>%1 (wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name, then role</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>name, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Deleted. Restore this person to change their details.</source>
        <translation>Wedi&apos;i ddileu. Adferwch y person hwn i newid ei fanylion.</translation>
    </message>
    <message>
        <source>First written down %1. Changed since: this is version %2.</source>
        <translation>Ysgrifennwyd gyntaf %1. Wedi newid ers hynny: dyma fersiwn %2.</translation>
    </message>
    <message>
        <source>First written down %1.</source>
        <translation>Ysgrifennwyd gyntaf %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>The details in the form are not saved yet. Do you want to leave them?</source>
        <translation>Nid yw&apos;r manylion yn y ffurflen wedi&apos;u cadw eto. Ydych chi am eu gadael?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Dal ati i olygu</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Gadael heb gadw</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
    <message>
        <source>Nobody is written down yet. Start with the person harassing you, if you know who it is; a description will do if you do not know their name.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi eto. Dechreuwch gyda&apos;r person sy&apos;n aflonyddu arnoch, os ydych yn gwybod pwy ydyw; bydd disgrifiad yn gwneud y tro os nad ydych yn gwybod ei enw.</translation>
    </message>
    <message>
        <source>Fill in what you know; everything but the name can wait.</source>
        <translation>Llenwch yr hyn rydych yn ei wybod; gall popeth ond yr enw aros.</translation>
    </message>
    <message>
        <source>%1 is saved in the diary.</source>
        <translation>Mae %1 wedi&apos;i gadw yn y dyddiadur.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Ni newidiwyd dim, felly nid oes dim i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Why change these details?</source>
        <translation>Pam newid y manylion hyn?</translation>
    </message>
    <message>
        <source>&amp;Why are you changing these details? The earlier version stays in the diary&apos;s history.</source>
        <translation>&amp;Pam rydych yn newid y manylion hyn? Mae&apos;r fersiwn gynharach yn aros yn hanes y dyddiadur.</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Cadw&apos;r newid</translation>
    </message>
    <message>
        <source>Saved as version %1. The earlier version is kept.</source>
        <translation>Cadwyd fel fersiwn %1. Cedwir y fersiwn gynharach.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Dileu %1?</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting this person? They stay in the diary&apos;s history and can be restored.</source>
        <translation>&amp;Pam rydych yn dileu&apos;r person hwn? Mae&apos;n aros yn hanes y dyddiadur a gellir ei adfer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>%1 is deleted. To bring them back, tick Show deleted people and choose Restore.</source>
        <translation>Mae %1 wedi&apos;i ddileu. I ddod ag ef yn ôl, ticiwch Dangos pobl wedi&apos;u dileu a dewiswch Adfer.</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>Adfer %1?</translation>
    </message>
    <message>
        <source>&amp;Why are you restoring this person? (You may leave this empty.)</source>
        <translation>&amp;Pam rydych yn adfer y person hwn? (Gallwch adael hwn yn wag.)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>Mae %1 wedi&apos;i adfer.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Cadw&apos;r newidiadau…</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PersonEditor</name>
    <message>
        <source>Make</source>
        <translation>Gwneuthuriad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>Add a &amp;vehicle</source>
        <translation>Ychwanegu &amp;cerbyd</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>Tynnu cerbyd</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platfform</translation>
    </message>
    <message>
        <source>Account or handle</source>
        <translation>Cyfrif neu enw defnyddiwr</translation>
    </message>
    <message>
        <source>Add an accou&amp;nt</source>
        <translation>Ych&amp;wanegu cyfrif</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Tynnu cyfrif</translation>
    </message>
    <message>
        <source>For example: ex-partner, neighbour, colleague, not known</source>
        <translation>Er enghraifft: cyn-bartner, cymydog, cydweithiwr, anhysbys</translation>
    </message>
    <message>
        <source>For officers and support workers: the force or charity</source>
        <translation>Ar gyfer swyddogion a gweithwyr cymorth: yr heddlu neu&apos;r elusen</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Cerbydau</translation>
    </message>
    <message>
        <source>Online accounts</source>
        <translation>Cyfrifon ar-lein</translation>
    </message>
    <message>
        <source>A name, or a description such as “unknown man in the blue car”</source>
        <translation>Enw, neu ddisgrifiad fel “dyn anhysbys yn y car glas”</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <translation>Hefyd yn cael ei a&amp;dnabod fel:</translation>
    </message>
    <message>
        <source>Also known as, one name per line</source>
        <translation>Hefyd yn cael ei adnabod fel, un enw i bob llinell</translation>
    </message>
    <message>
        <source>Relations&amp;hip to you:</source>
        <translation>Perth&amp;ynas â chi:</translation>
    </message>
    <message>
        <source>Relationship to you</source>
        <translation>Perthynas â chi</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Golwg:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation>Cerbydau:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>Rhifau &amp;ffôn:</translation>
    </message>
    <message>
        <source>Phone numbers, one per line</source>
        <translation>Rhifau ffôn, un i bob llinell</translation>
    </message>
    <message>
        <source>Ema&amp;il addresses:</source>
        <translation>Cyfeiriadau e-&amp;bost:</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>Cyfeiriadau e-bost, un i bob llinell</translation>
    </message>
    <message>
        <source>Online accounts:</source>
        <translation>Cyfrifon ar-lein:</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>Cyfe&amp;iriadau:</translation>
    </message>
    <message>
        <source>Addresses, one per line</source>
        <translation>Cyfeiriadau, un i bob llinell</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PoliceSection</name>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, made %2</source>
        <comment>order, date</comment>
        <translation>%1, gwnaed %2</translation>
    </message>
    <message>
        <source>%1 (deleted from the diary)</source>
        <translation>%1 (wedi&apos;i ddileu o&apos;r dyddiadur)</translation>
    </message>
    <message>
        <source>Police and orders</source>
        <translation>Heddlu a gorchmynion</translation>
    </message>
    <message>
        <source>&amp;Reported to the police</source>
        <translation>Wedi&apos;i &amp;adrodd i&apos;r heddlu</translation>
    </message>
    <message>
        <source>e.g. crime or incident number</source>
        <translation>e.e. rhif trosedd neu ddigwyddiad</translation>
    </message>
    <message>
        <source>Name and collar number, if you have them</source>
        <translation>Enw a rhif coler, os ydynt gennych</translation>
    </message>
    <message>
        <source>No protection orders are in your diary yet.</source>
        <translation>Nid oes gorchmynion amddiffyn yn eich dyddiadur eto.</translation>
    </message>
    <message>
        <source>Police reference num&amp;ber:</source>
        <translation>Rhif cyfeirnod yr &amp;heddlu:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Swyddog:</translation>
    </message>
    <message>
        <source>Possible breach o&amp;f:</source>
        <translation>Achos posibl o &amp;dorri:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>condition number, text</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Yn stopio…</translation>
    </message>
    <message>
        <source>Something went wrong inside Daymark (%1). Nothing was changed; please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i Daymark (%1). Ni newidiwyd dim; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::QuickExit</name>
    <message>
        <source>&amp;Quick exit</source>
        <translation>Gada&amp;el yn gyflym</translation>
    </message>
    <message>
        <source>Hide Daymark and lock the diary at once (Ctrl+Shift+Q, or Esc twice)</source>
        <translation>Cuddio Daymark a chloi&apos;r dyddiadur ar unwaith (Ctrl+Shift+Q, neu Esc ddwywaith)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::QuickLogDialog</name>
    <message>
        <source>A &amp;call</source>
        <translation>&amp;Galwad</translation>
    </message>
    <message>
        <source>A &amp;message or text</source>
        <translation>&amp;Neges neu neges destun</translation>
    </message>
    <message>
        <source>&amp;Social media</source>
        <translation>&amp;Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>S&amp;een nearby</source>
        <translation>&amp;Wedi&apos;i weld gerllaw</translation>
    </message>
    <message>
        <source>&amp;Turned up</source>
        <translation>&amp;Troi i fyny</translation>
    </message>
    <message>
        <source>Something &amp;else</source>
        <translation>Rhywbeth &amp;arall</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Cofnod cyflym</translation>
    </message>
    <message>
        <source>What just happened? It is saved with the time now; you can add details later.</source>
        <translation>Beth sydd newydd ddigwydd? Caiff ei gadw gyda&apos;r amser nawr; gallwch ychwanegu manylion yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
</context>
<context>
    <name>daymark::ui::RestoreOffer</name>
    <message>
        <source>Put back a backup?</source>
        <translation>Rhoi copi wrth gefn yn ôl?</translation>
    </message>
    <message>
        <source>This diary file is damaged. A good backup of it from %1 opens with your password.</source>
        <translation>Mae ffeil y dyddiadur hwn wedi&apos;i difrodi. Mae copi wrth gefn da ohoni o %1 yn agor gyda&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>Putting it back replaces the damaged file, which is kept beside it (renamed, never deleted). Anything written after %1 is not in the backup.</source>
        <translation>Mae ei roi yn ôl yn disodli&apos;r ffeil sydd wedi&apos;i difrodi, a gedwir wrth ei ymyl (wedi&apos;i hailenwi, byth wedi&apos;i dileu). Nid yw unrhyw beth a ysgrifennwyd ar ôl %1 yn y copi wrth gefn.</translation>
    </message>
    <message>
        <source>&amp;Put back the backup</source>
        <translation>&amp;Rhoi&apos;r copi wrth gefn yn ôl</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nid nawr</translation>
    </message>
    <message>
        <source>There is no backup to put back.</source>
        <translation>Nid oes copi wrth gefn i&apos;w roi yn ôl.</translation>
    </message>
    <message>
        <source>Backup put back</source>
        <translation>Rhoddwyd y copi wrth gefn yn ôl</translation>
    </message>
    <message>
        <source>The diary was put back from its backup and passed the full check.</source>
        <translation>Rhoddwyd y dyddiadur yn ôl o&apos;i gopi wrth gefn ac fe basiodd y gwiriad llawn.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1. Delete it only once you are sure you do not need it.</source>
        <translation>Cedwir y ffeil sydd wedi&apos;i difrodi fel %1. Dilëwch hi dim ond pan fyddwch yn siŵr nad oes ei hangen arnoch.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SafetyContacts</name>
    <message>
        <source>United Kingdom</source>
        <translation>Deyrnas Unedig</translation>
    </message>
    <message>
        <source>Police, in an emergency</source>
        <translation>Heddlu, mewn argyfwng</translation>
    </message>
    <message>
        <source>If you are in danger now, or a crime is happening. If you cannot speak, call from a mobile, listen to the questions, and press 55 when asked: the police will know it is a real emergency.</source>
        <translation>Os ydych mewn perygl nawr, neu os oes trosedd yn digwydd. Os na allwch siarad, ffoniwch o ffôn symudol, gwrandewch ar y cwestiynau, a phwyswch 55 pan ofynnir i chi: bydd yr heddlu&apos;n gwybod ei fod yn argyfwng go iawn.</translation>
    </message>
    <message>
        <source>Police, not an emergency</source>
        <translation>Heddlu, nid argyfwng</translation>
    </message>
    <message>
        <source>To report an incident that has already happened, or to add to a report you made.</source>
        <translation>I adrodd am ddigwyddiad sydd eisoes wedi digwydd, neu i ychwanegu at adroddiad a wnaethoch.</translation>
    </message>
    <message>
        <source>National Stalking Helpline</source>
        <translation>National Stalking Helpline</translation>
    </message>
    <message>
        <source>Free, confidential advice from people who know stalking, and help to find a local stalking advocate.</source>
        <translation>Cyngor am ddim a chyfrinachol gan bobl sy&apos;n deall stelcian, a help i ddod o hyd i eiriolwr stelcian lleol.</translation>
    </message>
    <message>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <source>Free and open day and night, for anyone living with domestic abuse, and for friends and family.</source>
        <translation>Am ddim ac ar agor ddydd a nos, i unrhyw un sy&apos;n byw gyda cham-drin domestig, ac i ffrindiau a theulu.</translation>
    </message>
    <message>
        <source>Men&apos;s Advice Line</source>
        <translation>Men&apos;s Advice Line</translation>
    </message>
    <message>
        <source>Free, confidential support for men living with domestic abuse.</source>
        <translation>Cymorth am ddim a chyfrinachol i ddynion sy&apos;n byw gyda cham-drin domestig.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SafetyPanel</name>
    <message>
        <source>Safety and support</source>
        <translation>Diogelwch a chymorth</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation>Os ydych mewn perygl nawr, ffoniwch 999.</translation>
    </message>
    <message>
        <source>These numbers are for the %1.</source>
        <translation>Mae&apos;r rhifau hyn ar gyfer y %1.</translation>
    </message>
    <message>
        <source>What Daymark protects</source>
        <translation>Rhag beth mae Daymark yn eich diogelu</translation>
    </message>
    <message>
        <source>Your diary is one encrypted file. Without your password nobody can read it, even with the file in hand. Every entry keeps the time you wrote it and every later change, so the record can be trusted by police and courts.</source>
        <translation>Un ffeil wedi&apos;i hamgryptio yw eich dyddiadur. Heb eich cyfrinair ni all neb ei ddarllen, hyd yn oed gyda&apos;r ffeil yn ei law. Mae pob cofnod yn cadw&apos;r amser y gwnaethoch ei ysgrifennu a phob newid diweddarach, fel y gall yr heddlu a&apos;r llysoedd ymddiried yn y cofnod.</translation>
    </message>
    <message>
        <source>What Daymark cannot protect against</source>
        <translation>Rhag beth na all Daymark eich diogelu</translation>
    </message>
    <message>
        <source>While the diary is unlocked, anyone at this computer can read it. Lock it (Ctrl+L) whenever you step away. Daymark cannot protect you if this computer or your phone is being watched: spyware or a monitoring app can see what you type, including your password. If someone else has used or set up this computer, consider keeping your diary on a device only you use, and ask the helpline about checking your devices.</source>
        <translation>Tra bo&apos;r dyddiadur wedi&apos;i ddatgloi, gall unrhyw un wrth y cyfrifiadur hwn ei ddarllen. Cloewch ef (Ctrl+L) bob tro y byddwch yn camu i ffwrdd. Ni all Daymark eich diogelu os yw&apos;r cyfrifiadur hwn neu eich ffôn yn cael eu gwylio: gall ysbïwedd neu ap monitro weld yr hyn rydych yn ei deipio, gan gynnwys eich cyfrinair. Os yw rhywun arall wedi defnyddio neu osod y cyfrifiadur hwn, ystyriwch gadw eich dyddiadur ar ddyfais mai dim ond chi sy&apos;n ei defnyddio, a gofynnwch i&apos;r llinell gymorth am wirio eich dyfeisiau.</translation>
    </message>
    <message>
        <source>Nor can it keep the diary from someone who knows or guesses your password, or who forces you to unlock it.</source>
        <translation>Ni all ychwaith gadw&apos;r dyddiadur rhag rhywun sy&apos;n gwybod neu&apos;n dyfalu eich cyfrinair, neu sy&apos;n eich gorfodi i&apos;w ddatgloi.</translation>
    </message>
    <message>
        <source>What Daymark can and cannot &amp;protect you from…</source>
        <translation>Rhag beth y gall Daymark eich &amp;diogelu, a rhag beth na all…</translation>
    </message>
    <message>
        <source>Keeping the diary safe</source>
        <translation>Cadw&apos;r dyddiadur yn ddiogel</translation>
    </message>
    <message>
        <source>Choose a password nobody could guess and that you do not use anywhere else. There is no way to recover a forgotten password, so keep a backup copy and write the password down somewhere only you can reach. Write entries soon after things happen, in your own words, and keep the originals of messages, photos and recordings.</source>
        <translation>Dewiswch gyfrinair na allai neb ei ddyfalu ac nad ydych yn ei ddefnyddio yn unman arall. Nid oes modd adfer cyfrinair sydd wedi mynd yn angof, felly cadwch gopi wrth gefn ac ysgrifennwch y cyfrinair i lawr rywle na all neb ond chi ei gyrraedd. Ysgrifennwch gofnodion yn fuan ar ôl i bethau ddigwydd, yn eich geiriau eich hun, a chadwch y negeseuon, y lluniau a&apos;r recordiadau gwreiddiol.</translation>
    </message>
    <message>
        <source>Save a copy with a &amp;different password…</source>
        <translation>Cadw copi gyda chyfrinair &amp;gwahanol…</translation>
    </message>
    <message>
        <source>A complete copy for someone you trust or a safe place, in case you forget your password</source>
        <translation>Copi cyflawn i rywun rydych yn ymddiried ynddo neu i le diogel, rhag ofn i chi anghofio eich cyfrinair</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ScreeningForm</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Cadw&apos;r atebion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>These are the questions police and support services ask about stalking (the S-DASH screening), in Daymark&apos;s words. Your answers are for you and for the people helping you: Daymark does not score them or judge your risk. Beside each question is what your diary already holds for it. Every save is kept with its date, so earlier answers are never lost.</source>
        <translation>Dyma&apos;r cwestiynau y mae&apos;r heddlu a gwasanaethau cymorth yn eu gofyn am stelcian (sgrinio S-DASH), yng ngeiriau Daymark. Mae eich atebion ar eich cyfer chi ac ar gyfer y bobl sy&apos;n eich helpu: nid yw Daymark yn eu sgorio nac yn barnu eich risg. Wrth ymyl pob cwestiwn mae&apos;r hyn sydd gan eich dyddiadur ar ei gyfer eisoes. Cedwir pob cadw gyda&apos;i ddyddiad, felly ni chaiff atebion cynharach byth eu colli.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>Nodyn ar gwestiwn %1</translation>
    </message>
    <message>
        <source>Why answers changed (optional)</source>
        <translation>Pam y newidiodd atebion (dewisol)</translation>
    </message>
    <message>
        <source>Why answers changed</source>
        <translation>Pam y newidiodd atebion</translation>
    </message>
    <message>
        <source>Answers saved earlier</source>
        <translation>Atebion a gadwyd yn gynharach</translation>
    </message>
    <message>
        <source>Show every answer as it stood after the chosen save</source>
        <translation>Dangos pob ateb fel yr oedd ar ôl y cadw a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Earlier answers:</source>
        <translation>Atebion cy&amp;nharach:</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Heb ei ateb eto.</translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>Atebwyd %1.</translation>
    </message>
    <message>
        <source>Answered %1; changed once since it was first answered.</source>
        <translation>Atebwyd %1; newidiwyd unwaith ers yr ateb cyntaf.</translation>
    </message>
    <message>
        <source>Answered %1; changed %2 times since it was first answered.</source>
        <translation>Atebwyd %1; newidiwyd %2 gwaith ers yr ateb cyntaf.</translation>
    </message>
    <message>
        <source>%1 (1 answer)</source>
        <translation>%1 (1 ateb)</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 ateb)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Dim wedi&apos;u cadw eto</translation>
    </message>
    <message>
        <source>Only you can answer this one: your diary holds nothing that bears on it.</source>
        <translation>Dim ond chi all ateb hwn: nid oes dim yn eich dyddiadur sy&apos;n berthnasol iddo.</translation>
    </message>
    <message>
        <source>Nothing in your diary bears on this so far.</source>
        <translation>Nid oes dim yn eich dyddiadur yn berthnasol i hyn hyd yma.</translation>
    </message>
    <message>
        <source>In your diary: %1 incidents bear on this; the latest: %2</source>
        <translation>Yn eich dyddiadur: mae %1 digwyddiad yn berthnasol i hyn; y diweddaraf: %2</translation>
    </message>
    <message>
        <source>In your diary: %1</source>
        <translation>Yn eich dyddiadur: %1</translation>
    </message>
    <message>
        <source>Question %1 has a note but no answer. Choose Yes, No or Don&apos;t know for it, or clear the note; nothing was saved.</source>
        <translation>Mae gan gwestiwn %1 nodyn ond dim ateb. Dewiswch Ie, Na neu Ddim yn gwybod ar ei gyfer, neu cliriwch y nodyn; ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Choose an answer to at least one question, then save.</source>
        <translation>Dewiswch ateb i o leiaf un cwestiwn, yna cadwch.</translation>
    </message>
    <message>
        <source>Nothing changed since your last save, so nothing new was saved.</source>
        <translation>Nid oes dim wedi newid ers i chi gadw ddiwethaf, felly ni chadwyd dim byd newydd.</translation>
    </message>
    <message>
        <source>Saved 1 answer with today&apos;s date. Earlier answers are kept; choose one under &quot;Earlier answers&quot; to see it.</source>
        <translation>Cadwyd 1 ateb gyda dyddiad heddiw. Cedwir atebion cynharach; dewiswch un o dan &quot;Atebion cynharach&quot; i&apos;w weld.</translation>
    </message>
    <message>
        <source>Saved %1 answers with today&apos;s date. Earlier answers are kept; choose one under &quot;Earlier answers&quot; to see it.</source>
        <translation>Cadwyd %1 ateb gyda dyddiad heddiw. Cedwir atebion cynharach; dewiswch un o dan &quot;Atebion cynharach&quot; i&apos;w weld.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ScreeningHistoryDialog</name>
    <message>
        <source>Earlier screening answers</source>
        <translation>Atebion sgrinio cynharach</translation>
    </message>
    <message>
        <source>Your answers as they stood after the save of %1. Later answers do not replace them: every save is kept.</source>
        <translation>Eich atebion fel yr oeddent ar ôl cadw %1. Nid yw atebion diweddarach yn eu disodli: cedwir pob cadw.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Atebwyd ar</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SettingsDialog</name>
    <message>
        <source>Show a plain &amp;title (&quot;Notes&quot;) and a plain icon instead of Daymark&apos;s, without the diary&apos;s name</source>
        <translation>Dangos &amp;teitl plaen (&quot;Nodiadau&quot;) ac eicon plaen yn lle rhai Daymark, heb enw&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>After a &amp;quick exit, also open a weather forecast in the web browser</source>
        <translation>Ar ôl gadael yn &amp;gyflym, agor rhagolygon y tywydd yn y porwr gwe hefyd</translation>
    </message>
    <message>
        <source>&amp;Remember the diaries I open, on the start screen</source>
        <translation>Cofio&apos;r dyddiaduron rwy&apos;n eu &amp;hagor, ar y sgrin gychwyn</translation>
    </message>
    <message>
        <source>&amp;Forget the list now</source>
        <translation>&amp;Anghofio&apos;r rhestr nawr</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Exhibit initials</source>
        <translation>Llythrennau blaen arddangosion</translation>
    </message>
    <message>
        <source>Exhibit &amp;initials:</source>
        <translation>&amp;Llythrennau blaen arddangosion:</translation>
    </message>
    <message>
        <source>Your initials number new exhibits: JS/1, JS/2 and so on. Exhibits already numbered keep their numbers.</source>
        <translation>Mae eich llythrennau blaen yn rhifo arddangosion newydd: JS/1, JS/2 ac ati. Mae arddangosion sydd eisoes wedi&apos;u rhifo yn cadw eu rhifau.</translation>
    </message>
    <message>
        <source>Lock after minutes unused</source>
        <translation>Cloi ar ôl munudau heb eu defnyddio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Cloi ar ôl:</translation>
    </message>
    <message>
        <source>The diary locks itself when the keyboard and mouse have not been used for this long, so it is not left open on the screen.</source>
        <translation>Mae&apos;r dyddiadur yn cloi ei hun pan nad yw&apos;r bysellfwrdd a&apos;r llygoden wedi cael eu defnyddio am gyhyd â hyn, fel nad yw&apos;n cael ei adael ar agor ar y sgrin.</translation>
    </message>
    <message>
        <source>Also lock when the &amp;screen locks or the computer goes to sleep</source>
        <translation>Cloi hefyd pan fydd y &amp;sgrin yn cloi neu pan fydd y cyfrifiadur yn mynd i gysgu</translation>
    </message>
    <message>
        <source>Also lock when the window is &amp;minimised</source>
        <translation>Cloi hefyd pan gaiff y ffenestr ei lleiha&amp;u</translation>
    </message>
    <message>
        <source>Quick exit (Ctrl+Shift+Q, or Esc twice) hides Daymark and locks the diary at once, then closes it.</source>
        <translation>Mae Gadael yn gyflym (Ctrl+Shift+Q, neu Esc ddwywaith) yn cuddio Daymark ac yn cloi&apos;r dyddiadur ar unwaith, yna&apos;n ei gau.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language shows the next time Daymark starts.</source>
        <translation>Bydd iaith newydd yn ymddangos y tro nesaf y bydd Daymark yn cychwyn.</translation>
    </message>
    <message>
        <source>Anyone who uses this computer can see that list. Turn it off if someone might look for your diary.</source>
        <translation>Gall unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn weld y rhestr honno. Diffoddwch hi os gallai rhywun chwilio am eich dyddiadur.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SignalsView</name>
    <message>
        <source>&amp;Open incident</source>
        <translation>&amp;Agor y digwyddiad</translation>
    </message>
    <message>
        <source>Warning signs in what you recorded</source>
        <translation>Arwyddion rhybudd yn yr hyn a gofnodwyd gennych</translation>
    </message>
    <message>
        <source>The incidents behind the chosen sign</source>
        <translation>Y digwyddiadau y tu ôl i&apos;r arwydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Daymark never judges how dangerous your situation is: it only shows what you recorded. The National Stalking Helpline (0808 802 0300) and the police can help you weigh it.</source>
        <translation>Nid yw Daymark byth yn barnu pa mor beryglus yw eich sefyllfa: dim ond dangos yr hyn a gofnodwyd gennych y mae. Gall y National Stalking Helpline (0808 802 0300) a&apos;r heddlu eich helpu i&apos;w bwyso a&apos;i fesur.</translation>
    </message>
    <message>
        <source>No warning signs in what you recorded for this period.</source>
        <translation>Dim arwyddion rhybudd yn yr hyn a gofnodwyd gennych ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Choose a sign to see the incidents behind it.</source>
        <translation>Dewiswch arwydd i weld y digwyddiadau y tu ôl iddo.</translation>
    </message>
    <message>
        <source>The incident behind &quot;%1&quot; (double-click it to open it)</source>
        <translation>Y digwyddiad y tu ôl i &quot;%1&quot; (cliciwch ddwywaith arno i&apos;w agor)</translation>
    </message>
    <message>
        <source>The %1 incidents behind &quot;%2&quot; (double-click one to open it)</source>
        <translation>Y %1 digwyddiad y tu ôl i &quot;%2&quot; (cliciwch ddwywaith ar un i&apos;w agor)</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
</context>
<context>
    <name>daymark::ui::StartPage</name>
    <message>
        <source>&amp;Recently opened:</source>
        <translation>Agorwyd yn &amp;ddiweddar:</translation>
    </message>
    <message>
        <source>Daymark logo</source>
        <translation>Logo Daymark</translation>
    </message>
    <message>
        <source>Daymark</source>
        <translation>Daymark</translation>
    </message>
    <message>
        <source>A private diary of what is happening to you: incidents, the people involved, and the evidence.</source>
        <translation>Dyddiadur preifat o&apos;r hyn sy&apos;n digwydd i chi: digwyddiadau, y bobl dan sylw, a&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <source>Your diary is one encrypted file on this computer, locked with a password that only you know. Daymark sends nothing anywhere.</source>
        <translation>Un ffeil wedi&apos;i hamgryptio ar y cyfrifiadur hwn yw eich dyddiadur, wedi&apos;i chloi â chyfrinair mai dim ond chi sy&apos;n ei wybod. Nid yw Daymark yn anfon dim i unman.</translation>
    </message>
    <message>
        <source>&amp;Create a new diary…</source>
        <translation>&amp;Creu dyddiadur newydd…</translation>
    </message>
    <message>
        <source>Choose where to keep a new diary and the password that protects it.</source>
        <translation>Dewiswch ble i gadw dyddiadur newydd a&apos;r cyfrinair sy&apos;n ei ddiogelu.</translation>
    </message>
    <message>
        <source>&amp;Open a diary…</source>
        <translation>&amp;Agor dyddiadur…</translation>
    </message>
    <message>
        <source>Choose a diary file (.daymark) and unlock it with its password.</source>
        <translation>Dewiswch ffeil dyddiadur (.daymark) a&apos;i datgloi gyda&apos;i chyfrinair.</translation>
    </message>
    <message>
        <source>Recently opened diaries</source>
        <translation>Dyddiaduron a agorwyd yn ddiweddar</translation>
    </message>
    <message>
        <source>%1  (in %2)</source>
        <comment>diary name, folder</comment>
        <translation>%1  (yn %2)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TemporaryCopies</name>
    <message>
        <source>Daymark could not make a private folder for the copy: %1. Nothing was written.</source>
        <translation>Ni allai Daymark wneud ffolder preifat ar gyfer y copi: %1. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi: %1.</translation>
    </message>
    <message>
        <source>Daymark could not write the copy: %1.</source>
        <translation>Ni allai Daymark ysgrifennu&apos;r copi: %1.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TimelineDelegate</name>
    <message>
        <source>approx.</source>
        <comment>a time that is a best guess</comment>
        <translation>tua</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Adroddwyd</translation>
    </message>
    <message>
        <source>Possible breach</source>
        <translation>Achos posibl o dorri</translation>
    </message>
    <message>
        <source>%1 · no. %2</source>
        <comment>type, incident number</comment>
        <translation>%1 · rhif %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TimelinePanel</name>
    <message>
        <source>&amp;Add details…</source>
        <translation>&amp;Ychwanegu manylion…</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Ychwanegu manylion</translation>
    </message>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>Llinell amser y digwyddiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Nothing is written down yet. When something happens, press Quick log (Ctrl+N): it saves the time at once, and you can add the details later.</source>
        <translation>Nid oes dim wedi&apos;i gofnodi eto. Pan fydd rhywbeth yn digwydd, pwyswch Cofnod cyflym (Ctrl+N): mae&apos;n cadw&apos;r amser ar unwaith, a gallwch ychwanegu&apos;r manylion yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Add what happened and where to the incident just logged (Ctrl+E)</source>
        <translation>Ychwanegu beth ddigwyddodd a ble at y digwyddiad newydd ei gofnodi (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saved: “%1” at %2. You can add the details now (Ctrl+E) or later.</source>
        <translation>Wedi&apos;i gadw: “%1” am %2. Gallwch ychwanegu&apos;r manylion nawr (Ctrl+E) neu&apos;n nes ymlaen.</translation>
    </message>
    <message>
        <source>The details are saved. The quick log stays in the incident&apos;s history.</source>
        <translation>Mae&apos;r manylion wedi&apos;u cadw. Mae&apos;r cofnod cyflym yn aros yn hanes y digwyddiad.</translation>
    </message>
    <message>
        <source>Details added after a quick log</source>
        <translation>Manylion a ychwanegwyd ar ôl cofnod cyflym</translation>
    </message>
    <message>
        <source>Saved: “%1”.</source>
        <translation>Wedi&apos;i gadw: “%1”.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::UnlockPage</name>
    <message>
        <source>&amp;Choose another diary</source>
        <translation>Dewis dyddiadur &amp;arall</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation>Datgloi eich dyddiadur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>The password of this diary</source>
        <translation>Cyfrinair y dyddiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>yn %1</translation>
    </message>
    <message>
        <source>Type the diary&apos;s password, then press Unlock.</source>
        <translation>Teipiwch gyfrinair y dyddiadur, yna pwyswch Datgloi.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>Yn datgloi… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation>Nid oedd modd agor y dyddiadur.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WeeklyChartView</name>
    <message>
        <source>Incidents per week, by type</source>
        <translation>Digwyddiadau yr wythnos, yn ôl math</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Dim digwyddiadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Incidents per week (Monday to Sunday), by type. The line is the average of the last %1 weeks, so a rise stands out from the ups and downs.</source>
        <translation>Digwyddiadau yr wythnos (dydd Llun i ddydd Sul), yn ôl math. Y llinell yw cyfartaledd y %1 wythnos diwethaf, fel bod cynnydd yn sefyll allan o&apos;r codi a&apos;r gostwng.</translation>
    </message>
    <message>
        <source>Incidents per %1 weeks, by type (the period is long, so each bar covers %1 weeks). The line is the average of the last %2 bars.</source>
        <translation>Digwyddiadau fesul %1 wythnos, yn ôl math (mae&apos;r cyfnod yn hir, felly mae pob bar yn cwmpasu %1 wythnos). Y llinell yw cyfartaledd y %2 bar diwethaf.</translation>
    </message>
    <message>
        <source>Average of the last %1 weeks</source>
        <translation>Cyfartaledd %1 wythnos</translation>
    </message>
    <message>
        <source>Average of the last %1 bars</source>
        <translation>Cyfartaledd %1 bar</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>Digwyddiadau yr wythnos</translation>
    </message>
    <message>
        <source>Incidents per %1 weeks</source>
        <translation>Digwyddiadau fesul %1 wythnos</translation>
    </message>
    <message>
        <source>Week from Monday %1: 1 incident</source>
        <translation>Wythnos o ddydd Llun %1: 1 digwyddiad</translation>
    </message>
    <message>
        <source>Week from Monday %1: %2 incidents</source>
        <translation>Wythnos o ddydd Llun %1: %2 digwyddiad</translation>
    </message>
    <message>
        <source>%1 incidents in the %2 weeks from %3</source>
        <translation>%1 digwyddiad yn y %2 wythnos o %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>Cyfartaledd: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhatSection</name>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>In a few words, e.g. “He rang from a withheld number”</source>
        <translation>Mewn ychydig eiriau, e.e. “Ffoniodd o rif wedi&apos;i guddio”</translation>
    </message>
    <message>
        <source>What was said or done, in the exact words if you know them.</source>
        <translation>Yr hyn a ddywedwyd neu a wnaed, yn yr union eiriau os ydych yn eu gwybod.</translation>
    </message>
    <message>
        <source>e.g. phone, WhatsApp, Instagram, in person</source>
        <translation>e.e. ffôn, WhatsApp, Instagram, wyneb yn wyneb</translation>
    </message>
    <message>
        <source>The number, address or account name used</source>
        <translation>Y rhif, y cyfeiriad neu enw&apos;r cyfrif a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Geiriau i ddod o hyd iddo, wedi&apos;u gwahanu gan gomas</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Crynodeb:</translation>
    </message>
    <message>
        <source>Wha&amp;t happened:</source>
        <translation>Beth ddi&amp;gwyddodd:</translation>
    </message>
    <message>
        <source>Channel or platfor&amp;m:</source>
        <translation>Sianel neu &amp;blatfform:</translation>
    </message>
    <message>
        <source>Number or acc&amp;ount:</source>
        <translation>Rhif neu gy&amp;frif:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Tagiau:</translation>
    </message>
    <message>
        <source>The summary is empty. Say in a few words what happened, so it can be found in the timeline.</source>
        <translation>Mae&apos;r crynodeb yn wag. Dywedwch mewn ychydig eiriau beth ddigwyddodd, fel y gellir dod o hyd iddo yn y llinell amser.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhenSection</name>
    <message>
        <source>%1 (%2)</source>
        <comment>time zone id, abbreviation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>It went on &amp;until:</source>
        <translation>Parhaodd &amp;tan:</translation>
    </message>
    <message>
        <source>The time is appro&amp;ximate, a best guess</source>
        <translation>Mae&apos;r amser yn &amp;fras, amcangyfrif gorau</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>It &amp;happened:</source>
        <translation>&amp;Digwyddodd:</translation>
    </message>
    <message>
        <source>Times are in the time zone %1.</source>
        <translation>Mae&apos;r amseroedd yn y gylchfa amser %1.</translation>
    </message>
    <message>
        <source>The end is before the start. Give an end after the start, or untick “It went on until”.</source>
        <translation>Mae&apos;r diwedd cyn y dechrau. Rhowch ddiwedd ar ôl y dechrau, neu dad-diciwch “Parhaodd tan”.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhereSection</name>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>e.g. outside my work, Elm Grove</source>
        <translation>e.e. y tu allan i&apos;m gwaith, Heol y Parc</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>Dewisol, e.e. %1</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>Ll&amp;edred:</translation>
    </message>
    <message>
        <source>Longitu&amp;de:</source>
        <translation>&amp;Hydred:</translation>
    </message>
    <message>
        <source>The latitude is not a number between -90 and 90. Correct it, or leave both coordinates empty.</source>
        <translation>Nid yw&apos;r lledred yn rhif rhwng -90 a 90. Cywirwch ef, neu gadewch y ddau gyfesuryn yn wag.</translation>
    </message>
    <message>
        <source>The longitude is not a number between -180 and 180. Correct it, or leave both coordinates empty.</source>
        <translation>Nid yw&apos;r hydred yn rhif rhwng -180 a 180. Cywirwch ef, neu gadewch y ddau gyfesuryn yn wag.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or leave both empty.</source>
        <translation>Rhowch y lledred a&apos;r hydred, neu gadewch y ddau yn wag.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhoSection</name>
    <message>
        <source>%1 (%2, deleted from the diary)</source>
        <comment>name, role</comment>
        <translation>%1 (%2, wedi&apos;i ddileu o&apos;r dyddiadur)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Tick the people involved and anyone who saw it. Someone not yet in your diary can be added by name here; their details can be filled in later under People.</source>
        <translation>Ticiwch y bobl dan sylw ac unrhyw un a&apos;i gwelodd. Gellir ychwanegu rhywun nad yw yn eich dyddiadur eto yn ôl enw yma; gellir llenwi ei fanylion yn nes ymlaen o dan Pobl.</translation>
    </message>
    <message>
        <source>Add to the diary</source>
        <translation>Ychwanegu at y dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Children were present</source>
        <translation>Roedd &amp;plant yn bresennol</translation>
    </message>
    <message>
        <source>A name, e.g. “Dan&apos;s brother”</source>
        <translation>Enw, e.e. “brawd Dan”</translation>
    </message>
    <message>
        <source>Add this person to the diary</source>
        <translation>Ychwanegu&apos;r person hwn at y dyddiadur</translation>
    </message>
    <message>
        <source>Witnesses not in your list: who they are and what they saw</source>
        <translation>Tystion nad ydynt yn eich rhestr: pwy ydynt a beth a welsant</translation>
    </message>
    <message>
        <source>People &amp;involved:</source>
        <translation>Pobl &amp;dan sylw:</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Tystion:</translation>
    </message>
    <message>
        <source>&amp;Quick add:</source>
        <translation>&amp;Ychwanegu&apos;n gyflym:</translation>
    </message>
    <message>
        <source>Name of a person to add to the diary</source>
        <translation>Enw person i&apos;w ychwanegu at y dyddiadur</translation>
    </message>
    <message>
        <source>Oth&amp;er witnesses:</source>
        <translation>Tystion &amp;eraill:</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first, then add them.</source>
        <translation>Teipiwch enw&apos;r person yn gyntaf, yna ychwanegwch ef.</translation>
    </message>
    <message>
        <source>%1 is added to your diary&apos;s people and ticked as involved.</source>
        <translation>Mae %1 wedi&apos;i ychwanegu at bobl eich dyddiadur ac wedi&apos;i dicio fel person dan sylw.</translation>
    </message>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(person nad yw yn y dyddiadur mwyach)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::incidentFields</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Digwyddodd</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Time is approximate</source>
        <translation>Mae&apos;r amser yn fras</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Channel or platform</source>
        <translation>Sianel neu blatfform</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>Rhif neu gyfrif</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Cyfesurynnau</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Pobl dan sylw</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tystion</translation>
    </message>
    <message>
        <source>Other witnesses</source>
        <translation>Tystion eraill</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Plant yn bresennol</translation>
    </message>
    <message>
        <source>Effect on you</source>
        <translation>Yr effaith arnoch</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Wedi&apos;i adrodd i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Police reference number</source>
        <translation>Rhif cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Possible breach of</source>
        <translation>Achos posibl o dorri</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Nodiadau preifat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>amod %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::quickLog</name>
    <message>
        <source>Something happened</source>
        <translation>Digwyddodd rhywbeth</translation>
    </message>
</context>
<context>
    <name>daymark::ui::timelineText</name>
    <message>
        <source>Today, %1</source>
        <translation>Heddiw, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ddoe, %1</translation>
    </message>
    <message>
        <source>%1 (approximate time): %2: %3</source>
        <comment>time, type, summary</comment>
        <translation>%1 (amser bras): %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>time, type, summary</comment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>One exhibit.</source>
        <translation>Un arddangosyn.</translation>
    </message>
    <message>
        <source>%1 exhibits.</source>
        <translation>%1 arddangosyn.</translation>
    </message>
    <message>
        <source>Possible breach of an order.</source>
        <translation>Achos posibl o dorri gorchymyn.</translation>
    </message>
    <message>
        <source>Reported to the police.</source>
        <translation>Adroddwyd i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>Amended since it was first written.</source>
        <translation>Wedi&apos;i ddiwygio ers ei ysgrifennu gyntaf.</translation>
    </message>
</context>
<context>
    <name>daymark::vault</name>
    <message>
        <source>The SQLCipher library on this computer does not accept the settings Daymark diaries use, so the diary was not opened. Install a supported SQLCipher (3.4 or 4.x).</source>
        <translation>Nid yw&apos;r llyfrgell SQLCipher ar y cyfrifiadur hwn yn derbyn y gosodiadau y mae dyddiaduron Daymark yn eu defnyddio, felly ni agorwyd y dyddiadur. Gosodwch SQLCipher a gefnogir (3.4 neu 4.x).</translation>
    </message>
    <message>
        <source>These key-derivation settings cannot be stored in a diary.</source>
        <translation>Ni ellir storio&apos;r gosodiadau deillio allwedd hyn mewn dyddiadur.</translation>
    </message>
    <message>
        <source>The diary file could not be read: %1.</source>
        <translation>Nid oedd modd darllen ffeil y dyddiadur: %1.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of Daymark. Install the newest Daymark to open it; the file has not been changed.</source>
        <translation>Cadwyd y dyddiadur hwn gan fersiwn mwy newydd o Daymark. Gosodwch y Daymark diweddaraf i&apos;w agor; nid yw&apos;r ffeil wedi newid.</translation>
    </message>
    <message>
        <source>Part of this change failed, so none of it was saved. Everything saved before is safe.</source>
        <translation>Methodd rhan o&apos;r newid hwn, felly ni chadwyd dim ohono. Mae popeth a gadwyd o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>These password-protection settings are weaker than Daymark allows (at least 64 MiB of memory), so no diary was created.</source>
        <translation>Mae&apos;r gosodiadau diogelu cyfrinair hyn yn wannach nag y mae Daymark yn ei ganiatáu (o leiaf 64 MiB o gof), felly ni chrëwyd dyddiadur.</translation>
    </message>
    <message>
        <source>This diary&apos;s password protection is weaker than Daymark allows (less than 64 MiB of memory), so it was not opened. It was not made by a normal Daymark; ask for help.</source>
        <translation>Mae diogelwch cyfrinair y dyddiadur hwn yn wannach nag y mae Daymark yn ei ganiatáu (llai na 64 MiB o gof), felly ni chafodd ei agor. Ni chafodd ei wneud gan Daymark arferol; gofynnwch am help.</translation>
    </message>
    <message>
        <source>There is no diary file at that location. Check the name and folder.</source>
        <translation>Nid oes ffeil dyddiadur yn y lleoliad hwnnw. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>That is a folder, not a diary file. Choose the diary file itself.</source>
        <translation>Ffolder yw hwnnw, nid ffeil dyddiadur. Dewiswch ffeil y dyddiadur ei hun.</translation>
    </message>
    <message>
        <source>The diary file could not be read. Check that you may open it.</source>
        <translation>Nid oedd modd darllen ffeil y dyddiadur. Gwiriwch fod gennych hawl i&apos;w hagor.</translation>
    </message>
    <message>
        <source>This file is not a Daymark diary (or its beginning is damaged). Choose a .daymark file, or restore the diary from a backup copy.</source>
        <translation>Nid dyddiadur Daymark yw&apos;r ffeil hon (neu mae ei dechrau wedi&apos;i ddifrodi). Dewiswch ffeil .daymark, neu adferwch y dyddiadur o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The diary could not be set up for safe writing.</source>
        <translation>Nid oedd modd paratoi&apos;r dyddiadur ar gyfer ysgrifennu&apos;n ddiogel.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::DurableFile</name>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw&apos;n bodoli eisoes. Dewiswch enw arall; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>Daymark may not write to that folder. Choose a folder you can write to.</source>
        <translation>Ni chaiff Daymark ysgrifennu i&apos;r ffolder honno. Dewiswch ffolder y gallwch ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn. Rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>Nid yw&apos;r ffolder yn bodoli. Dewiswch ffolder sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>Writing to the disk failed. Check the disk and try again.</source>
        <translation>Methodd ysgrifennu i&apos;r ddisg. Gwiriwch y ddisg a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::SqlConnection</name>
    <message>
        <source>The password is wrong, or the file is not a Daymark diary (or it is damaged).</source>
        <translation>Mae&apos;r cyfrinair yn anghywir, neu nid dyddiadur Daymark yw&apos;r ffeil (neu mae wedi&apos;i difrodi).</translation>
    </message>
    <message>
        <source>The diary file is damaged. Nothing has been changed; restore it from a backup copy, or ask for help before writing to it.</source>
        <translation>Mae ffeil y dyddiadur wedi&apos;i difrodi. Nid oes dim wedi newid; adferwch hi o gopi wrth gefn, neu gofynnwch am help cyn ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Everything saved before is safe; free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chadwyd y newid. Mae popeth a gadwyd o&apos;r blaen yn ddiogel; rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The diary cannot be written here because the file or its folder is read-only. Move it to a folder you can write to, or open it read-only.</source>
        <translation>Ni ellir ysgrifennu&apos;r dyddiadur yma oherwydd bod y ffeil neu ei ffolder yn ddarllen-yn-unig. Symudwch hi i ffolder y gallwch ysgrifennu iddi, neu agorwch hi fel darllen-yn-unig.</translation>
    </message>
    <message>
        <source>The diary file could not be opened. Check that it exists and that you may read and write its folder.</source>
        <translation>Nid oedd modd agor ffeil y dyddiadur. Gwiriwch ei bod yn bodoli a bod gennych hawl i ddarllen ac ysgrifennu yn ei ffolder.</translation>
    </message>
    <message>
        <source>The diary is in use by another Daymark window or program. Close it there and try again.</source>
        <translation>Mae&apos;r dyddiadur yn cael ei ddefnyddio gan ffenestr neu raglen Daymark arall. Caewch ef yno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Reading or writing the diary file failed. Everything saved before is safe; check the disk and try again.</source>
        <translation>Methodd darllen neu ysgrifennu ffeil y dyddiadur. Mae popeth a gadwyd o&apos;r blaen yn ddiogel; gwiriwch y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Daymark hit an unexpected database error. Everything saved before is safe; please try again.</source>
        <translation>Cafodd Daymark wall cronfa ddata annisgwyl. Mae popeth a gadwyd o&apos;r blaen yn ddiogel; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::Vault</name>
    <message>
        <source>The password is empty. Choose a password to protect the diary.</source>
        <translation>Mae&apos;r cyfrinair yn wag. Dewiswch gyfrinair i ddiogelu&apos;r dyddiadur.</translation>
    </message>
    <message>
        <source>A new diary cannot be created read-only.</source>
        <translation>Ni ellir creu dyddiadur newydd fel darllen-yn-unig.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw&apos;n bodoli eisoes. Dewiswch enw arall; nid yw Daymark byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <source>The diary or its folder is read-only, so changes could not be saved. Copy it to a folder you can write to, or open it read-only.</source>
        <translation>Mae&apos;r dyddiadur neu ei ffolder yn ddarllen-yn-unig, felly nid oedd modd cadw newidiadau. Copïwch ef i ffolder y gallwch ysgrifennu iddi, neu agorwch ef fel darllen-yn-unig.</translation>
    </message>
    <message>
        <source>The diary file is damaged: it is not the length a diary file has (it may have been cut short while copying). Restore it from a backup copy.</source>
        <translation>Mae ffeil y dyddiadur wedi&apos;i difrodi: nid yw o&apos;r hyd sydd gan ffeil dyddiadur (efallai iddi gael ei thorri&apos;n fyr wrth gopïo). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is not a Daymark diary (or it is damaged).</source>
        <translation>Mae&apos;r cyfrinair yn anghywir, neu nid dyddiadur Daymark yw&apos;r ffeil (neu mae wedi&apos;i difrodi).</translation>
    </message>
    <message>
        <source>This file is encrypted but is not a Daymark diary. Choose a .daymark file.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i hamgryptio ond nid yw&apos;n ddyddiadur Daymark. Dewiswch ffeil .daymark.</translation>
    </message>
    <message>
        <source>The diary is locked. Unlock it with its password first.</source>
        <translation>Mae&apos;r dyddiadur wedi&apos;i gloi. Datglowch ef gyda&apos;i gyfrinair yn gyntaf.</translation>
    </message>
    <message>
        <source>That file is not a copy of this diary under its current password.</source>
        <translation>Nid yw&apos;r ffeil honno&apos;n gopi o&apos;r dyddiadur hwn dan ei gyfrinair presennol.</translation>
    </message>
    <message>
        <source>The beginning of the file is damaged.</source>
        <translation>Mae dechrau&apos;r ffeil wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>The diary holds a change that was interrupted (the program stopped or the disk was full while saving), and undoing it needs write access. Copy the diary and the file beside it ending in &apos;-journal&apos; to a folder you can write to, and open the copy.</source>
        <translation>Mae&apos;r dyddiadur yn dal newid a dorrwyd ar ei draws (stopiodd y rhaglen neu roedd y ddisg yn llawn wrth gadw), ac mae angen hawl ysgrifennu i&apos;w ddadwneud. Copïwch y dyddiadur a&apos;r ffeil wrth ei ymyl sy&apos;n gorffen gyda &apos;-journal&apos; i ffolder y gallwch ysgrifennu iddi, ac agorwch y copi.</translation>
    </message>
    <message>
        <source>The diary is open read-only, so it cannot be changed.</source>
        <translation>Mae&apos;r dyddiadur ar agor fel darllen-yn-unig, felly ni ellir ei newid.</translation>
    </message>
    <message>
        <source>The new password is empty. Choose a password.</source>
        <translation>Mae&apos;r cyfrinair newydd yn wag. Dewiswch gyfrinair.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the diary did not check out, so the password was not changed. The diary is unchanged.</source>
        <translation>Ni phasiodd y copi o&apos;r dyddiadur a ail-amgryptiwyd y gwiriad, felly ni newidiwyd y cyfrinair. Nid yw&apos;r dyddiadur wedi newid.</translation>
    </message>
    <message>
        <source>The file ends part-way through a page: it was cut short or something was added.</source>
        <translation>Mae&apos;r ffeil yn gorffen hanner ffordd drwy dudalen: cafodd ei thorri&apos;n fyr neu ychwanegwyd rhywbeth.</translation>
    </message>
    <message>
        <source>Page %1 of %2 fails its authentication check: those bytes were changed or damaged.</source>
        <translation>Mae tudalen %1 o %2 yn methu ei gwiriad dilysu: newidiwyd neu difrodwyd y beitiau hynny.</translation>
    </message>
    <message>
        <source>The diary says it has %1 pages but the file holds %2.</source>
        <translation>Mae&apos;r dyddiadur yn dweud bod ganddo %1 tudalen ond mae&apos;r ffeil yn dal %2.</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>Strwythur y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>A record in %1 refers to something that does not exist.</source>
        <translation>Mae cofnod yn %1 yn cyfeirio at rywbeth nad yw&apos;n bodoli.</translation>
    </message>
    <message>
        <source>The file does not carry Daymark&apos;s identifier.</source>
        <translation>Nid yw&apos;r ffeil yn cario dynodydd Daymark.</translation>
    </message>
    <message>
        <source>The diary&apos;s identity record is missing.</source>
        <translation>Mae cofnod hunaniaeth y dyddiadur ar goll.</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>Calls with %1: %2</source>
        <translation>Galwadau gyda %1: %2</translation>
    </message>
    <message>
        <source>Messages and calls with %1: %2</source>
        <translation>Negeseuon a galwadau gyda %1: %2</translation>
    </message>
</context>
</TS>
