<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Cli</name>
    <message>
        <source>Say what kind of export FILE is with --format (%1).</source>
        <translation>Podaj rodzaj pliku eksportu FILE opcją --format (%1).</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a format Daymark knows. Use one of: %2.</source>
        <translation>--format: Daymark nie zna formatu &apos;%1&apos;. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Warning signs in what you recorded, up to %1:</source>
        <translation>Sygnały ostrzegawcze w zapisanych zdarzeniach (do: %1):</translation>
    </message>
    <message>
        <source>None of the signs Daymark looks for is in this diary.</source>
        <translation>W tym dzienniku nie ma żadnego z sygnałów, których szuka Daymark.</translation>
    </message>
    <message>
        <source>Incidents: %1 and %2 more.</source>
        <translation>Zdarzenia: %1 i %2 więcej.</translation>
    </message>
    <message>
        <source>Incidents: %1.</source>
        <translation>Zdarzenia: %1.</translation>
    </message>
    <message>
        <source>--columns names %1 columns, but the file has %2.</source>
        <translation>--columns podaje %1 kolumn, a plik ma ich %2.</translation>
    </message>
    <message>
        <source>--columns: &apos;%1&apos; is not a field; use %2 (or leave a place empty).</source>
        <translation>--columns: &apos;%1&apos; nie jest polem; użyj %2 (albo zostaw miejsce puste).</translation>
    </message>
    <message>
        <source>--column: &apos;%1&apos; should be FIELD=COLUMN, with FIELD one of %2 (such as --column number=&quot;Phone number&quot;).</source>
        <translation>--column: &apos;%1&apos; powinno mieć postać FIELD=COLUMN, gdzie FIELD to jedno z: %2 (np. --column number=&quot;Phone number&quot;).</translation>
    </message>
    <message>
        <source>Columns guessed from the header of %1: %2 (give --column FIELD=COLUMN to choose others).</source>
        <translation>Kolumny odgadnięte z nagłówka %1: %2 (podaj --column FIELD=COLUMN, aby wybrać inne).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 %2 Give it with --column %3=COLUMN.</source>
        <translation>%1 %2 Podaj ją opcją --column %3=COLUMN.</translation>
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
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>%1 o %2 (%3)</translation>
    </message>
    <message>
        <source>written down before the time given for it</source>
        <translation>zapisane przed podaną godziną zdarzenia</translation>
    </message>
    <message>
        <source>within a minute of it happening</source>
        <translation>w ciągu minuty od zdarzenia</translation>
    </message>
    <message>
        <source>a minute after it happened</source>
        <translation>minutę po zdarzeniu</translation>
    </message>
    <message>
        <source>%1 minutes after it happened</source>
        <translation>%1 min po zdarzeniu</translation>
    </message>
    <message>
        <source>an hour after it happened</source>
        <translation>godzinę po zdarzeniu</translation>
    </message>
    <message>
        <source>%1 hours after it happened</source>
        <translation>%1 godz. po zdarzeniu</translation>
    </message>
    <message>
        <source>%1 days after it happened</source>
        <translation>%1 dni po zdarzeniu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(osoba, której nie ma już w dzienniku)</translation>
    </message>
    <message>
        <source>an order no longer in the diary</source>
        <translation>nakaz, którego nie ma już w dzienniku</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, warunek %2</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1, warunek %2: %3</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>The password file %1 could not be read: %2.</source>
        <translation>Nie można odczytać pliku z hasłem %1: %2.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Wpisz je ponownie: </translation>
    </message>
    <message>
        <source>The two passwords are different. Nothing was changed.</source>
        <translation>Te dwa hasła się różnią. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>No password given: use --password-file FILE or set %1, or run in a terminal to be asked.</source>
        <translation>Nie podano hasła: użyj --password-file FILE albo ustaw %1, albo uruchom w terminalu, aby program o nie zapytał.</translation>
    </message>
    <message>
        <source>The password is empty. Nothing was changed.</source>
        <translation>Hasło jest puste. Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>daymark::cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Pokaż pomoc do tego polecenia.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &apos;%1&apos;.</source>
        <translation>Nieprawidłowa liczba argumentów dla &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Odczytaj hasło z pierwszego wiersza pliku FILE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło do %1: </translation>
    </message>
    <message>
        <source>Print JSON (the stable schema in docs/cli-json.md).</source>
        <translation>Wypisz JSON (stały schemat opisany w docs/cli-json.md).</translation>
    </message>
    <message>
        <source>Record a new incident. Prints its id, or with --json the incident as a JSON object.
Exit codes: 0 recorded, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Zapisz nowe zdarzenie. Wypisuje jego id, a z --json całe zdarzenie jako obiekt JSON.
Kody wyjścia: 0 zapisano, 2 błędne dane (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>The diary file.</source>
        <translation>Plik dziennika.</translation>
    </message>
    <message>
        <source>Amend an incident: only the fields given change, and the earlier version is kept in its history.
Clear a text field with an empty value (--details &quot;&quot;), a list with one empty value (--tag &quot;&quot;), the end with --clear-end, the coordinates with --clear-coordinates. --person, --witness, --tag and --breach replace the whole list.
Exit codes: 0 amended, 2 bad input or nothing changed (nothing written), 3 wrong password.</source>
        <translation>Popraw zdarzenie: zmieniają się tylko podane pola, a wcześniejsza wersja zostaje w jego historii.
Pole tekstowe wyczyść pustą wartością (--details &quot;&quot;), listę jedną pustą wartością (--tag &quot;&quot;), koniec opcją --clear-end, współrzędne opcją --clear-coordinates. --person, --witness, --tag i --breach zastępują całą listę.
Kody wyjścia: 0 poprawiono, 2 błędne dane lub nic się nie zmieniło (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>The incident: its number from &apos;list&apos; (12 or #12), id, or id prefix.</source>
        <translation>Zdarzenie: jego numer z &apos;list&apos; (12 lub #12), id albo początek id.</translation>
    </message>
    <message>
        <source>Why it is amended (required); kept with the new version.</source>
        <translation>Powód poprawki (wymagany); zostaje zapisany przy nowej wersji.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the entry is being amended; the earlier version is kept beside it.</source>
        <translation>Brak --reason. Podaj, dlaczego wpis jest poprawiany; wcześniejsza wersja zostaje zachowana obok.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --summary TEXT or --at TIME.</source>
        <translation>Nie ma czego poprawić: podaj co najmniej jedno pole do zmiany, np. --summary TEXT albo --at TIME.</translation>
    </message>
    <message>
        <source>Incident #%1 amended; this is version %2. The earlier version is kept in its history.</source>
        <translation>Zdarzenie #%1 poprawione; to wersja %2. Wcześniejsza wersja zostaje w jego historii.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>--how: &apos;%1&apos; is not a way of obtaining evidence that Daymark knows. Use one of: %2.</source>
        <translation>--how: Daymark nie zna sposobu pozyskania dowodu &apos;%1&apos;. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Keep evidence files (screenshots, photos, recordings, exports, ...) inside the diary, byte for byte, as exhibits of an incident. Prints each file&apos;s exhibit number and SHA-256. A file whose content is already an exhibit is not stored twice: that exhibit is linked to the incident as well.
Each file is saved on its own: if one cannot be attached, the message says which and why, the others are kept, and the exit code is not 0. Ctrl-C cancels the file being read; nothing of it is kept, and the files after it are not tried.
Exit codes: 0 all attached, 1 cancelled, 2 bad input (such as a folder or an unknown --how), 3 wrong password, 5 a file that is missing, unreadable or changed while it was read, or a full disk.</source>
        <translation>Przechowuj pliki dowodowe (zrzuty ekranu, zdjęcia, nagrania, eksporty...) w dzienniku, bajt po bajcie, jako dowody zdarzenia. Wypisuje numer dowodu i SHA-256 każdego pliku. Plik, którego treść jest już dowodem, nie jest zapisywany drugi raz: ten dowód zostaje także powiązany ze zdarzeniem.
Każdy plik jest zapisywany osobno: jeśli któregoś nie da się dołączyć, komunikat mówi, którego i dlaczego, pozostałe zostają zachowane, a kod wyjścia nie jest 0. Ctrl-C przerywa odczyt bieżącego pliku; nic z niego nie zostaje zachowane, a kolejne pliki nie są próbowane.
Kody wyjścia: 0 dołączono wszystkie, 1 przerwano, 2 błędne dane (np. folder lub nieznane --how), 3 złe hasło, 5 plik brakujący, nieczytelny lub zmieniony w trakcie odczytu albo pełny dysk.</translation>
    </message>
    <message>
        <source>One or more files to attach.</source>
        <translation>Jeden lub więcej plików do dołączenia.</translation>
    </message>
    <message>
        <source>How the files were obtained: %1 (default: other).</source>
        <translation>Jak pozyskano pliki: %1 (domyślnie: other).</translation>
    </message>
    <message>
        <source>What the files show, in a few words.</source>
        <translation>Co pokazują pliki, w kilku słowach.</translation>
    </message>
    <message>
        <source>Incident #%1 is deleted. Restore it with &apos;daymark-cli restore DIARY %1&apos; before attaching files to it.</source>
        <translation>Zdarzenie #%1 jest usunięte. Przywróć je poleceniem &apos;daymark-cli restore DIARY %1&apos;, zanim dołączysz do niego pliki.</translation>
    </message>
    <message>
        <source>Attaching %1: %2% (%3 of %4)</source>
        <translation>Dołączanie %1: %2% (%3 z %4)</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Already exhibit %1, now also linked to incident #%2.</source>
        <translation>Już jest dowodem %1, teraz powiązany także ze zdarzeniem #%2.</translation>
    </message>
    <message>
        <source>Already exhibit %1 of incident #%2; nothing changed.</source>
        <translation>Już jest dowodem %1 zdarzenia #%2; nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); it was recorded all the same.</source>
        <translation>Plik jest pusty (0 bajtów); mimo to został zapisany.</translation>
    </message>
    <message>
        <source>%1 was not attached. %2</source>
        <translation>Nie dołączono %1. %2</translation>
    </message>
    <message>
        <source>File %1 of %2 (%3) was not attached. %4</source>
        <translation>Nie dołączono pliku %1 z %2 (%3). %4</translation>
    </message>
    <message>
        <source>Attached %1 of %2 files. Not attached: %3.</source>
        <translation>Dołączono %1 z %2 plików. Nie dołączono: %3.</translation>
    </message>
    <message>
        <source>Make an encrypted backup of a diary now: a complete copy that opens with the same password, checked like &apos;check&apos; does, in a folder beside the diary (DIARY.backups) unless --to names another. The newest backups are kept (7 unless --keep says otherwise), older ones removed. Never writes to the diary.
Exit codes: 0 made, 2 bad input, 3 wrong password, 4 the diary is damaged (no backup kept), 5 file or disk problem.</source>
        <translation>Zrób teraz zaszyfrowaną kopię zapasową dziennika: pełną kopię, która otwiera się tym samym hasłem, sprawdzoną tak jak robi to &apos;check&apos;, w folderze obok dziennika (DIARY.backups), chyba że --to wskazuje inny. Zachowywane są najnowsze kopie (7, chyba że --keep mówi inaczej), starsze są usuwane. Nigdy nie zapisuje do dziennika.
Kody wyjścia: 0 wykonano, 2 błędne dane, 3 złe hasło, 4 dziennik jest uszkodzony (kopia nie została zachowana), 5 problem z plikiem lub dyskiem.</translation>
    </message>
    <message>
        <source>Keep the backup in FOLDER (made if missing).</source>
        <translation>Przechowuj kopię w folderze FOLDER (zostanie utworzony, jeśli go nie ma).</translation>
    </message>
    <message>
        <source>How many backups to keep, newest first (1-%1; 7 if not given).</source>
        <translation>Ile kopii zachować, od najnowszej (1-%1; domyślnie 7).</translation>
    </message>
    <message>
        <source>Backup made and checked (%1). It opens with the diary&apos;s password.</source>
        <translation>Kopia zapasowa wykonana i sprawdzona (%1). Otwiera się hasłem dziennika.</translation>
    </message>
    <message>
        <source>Older backups removed to keep the newest %1: %2.</source>
        <translation>Usunięto starsze kopie, aby zachować %1 najnowszych: %2.</translation>
    </message>
    <message>
        <source>Check a diary&apos;s integrity. Exit code 0 when sound, 4 when damaged. Never writes.</source>
        <translation>Sprawdź spójność dziennika. Kod wyjścia 0, gdy jest sprawny, 4, gdy jest uszkodzony. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>The diary file to check.</source>
        <translation>Plik dziennika do sprawdzenia.</translation>
    </message>
    <message>
        <source>%1: sound. Pages checked: %2; journal records: %3; schema version: %4.</source>
        <translation>%1: sprawny. Sprawdzone strony: %2; wpisy rejestru: %3; wersja schematu: %4.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Odcisk: %1</translation>
    </message>
    <message>
        <source>%1: damaged. Problems found: %2</source>
        <translation>%1: uszkodzony. Znalezione problemy: %2</translation>
    </message>
    <message>
        <source>Do not write to this diary; restore it from a backup copy.</source>
        <translation>Nie zapisuj niczego do tego dziennika; przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>To put back its newest good backup (this file is kept aside), run: daymark-cli restore %1</source>
        <translation>Aby przywrócić jego najnowszą dobrą kopię zapasową (ten plik zostanie odłożony na bok), uruchom: daymark-cli restore %1</translation>
    </message>
    <message>
        <source>Save a complete copy of a diary that opens with a different password, to give to someone you trust or keep in a safe place: if you ever forget the diary&apos;s password, the copy still opens. The diary is not changed; the copy is checked with its new password before it is kept. Never overwrites a file.
Exit codes: 0 saved, 2 bad input, 3 wrong password, 4 diary damaged, 5 file or disk problem.</source>
        <translation>Zapisz pełną kopię dziennika, która otwiera się innym hasłem, aby przekazać ją zaufanej osobie albo przechowywać w bezpiecznym miejscu: jeśli kiedyś zapomnisz hasła do dziennika, kopia nadal się otworzy. Dziennik się nie zmienia; kopia jest sprawdzana nowym hasłem, zanim zostanie zachowana. Nigdy nie nadpisuje pliku.
Kody wyjścia: 0 zapisano, 2 błędne dane, 3 złe hasło, 4 dziennik uszkodzony, 5 problem z plikiem lub dyskiem.</translation>
    </message>
    <message>
        <source>Where to save the copy (a new file).</source>
        <translation>Gdzie zapisać kopię (nowy plik).</translation>
    </message>
    <message>
        <source>Read the copy&apos;s password from the first line of FILE.</source>
        <translation>Odczytaj hasło kopii z pierwszego wiersza pliku FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the copy; Daymark never overwrites a file.</source>
        <translation>%1 już istnieje. Wybierz nową nazwę pliku dla kopii; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>Password for the copy %1: </source>
        <translation>Hasło do kopii %1: </translation>
    </message>
    <message>
        <source>The copy&apos;s password is the diary&apos;s own. Choose a different one: the copy is there in case the diary&apos;s password is forgotten.</source>
        <translation>Hasło kopii jest takie samo jak hasło dziennika. Wybierz inne: kopia jest na wypadek, gdyby hasło do dziennika zostało zapomniane.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2. It opens only with the new password; the diary&apos;s own password does not open it. Checked: %3 journal records; fingerprint %4.</source>
        <translation>Zapisano kopię %1 jako %2. Otwiera się tylko nowym hasłem; hasło dziennika jej nie otwiera. Sprawdzono: %3 wpisów rejestru; odcisk %4.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from this computer. It does not change when the diary does: make a new copy from time to time.</source>
        <translation>Przechowuj ją w bezpiecznym miejscu, z dala od tego komputera. Nie zmienia się razem z dziennikiem: co jakiś czas zrób nową kopię.</translation>
    </message>
    <message>
        <source>Create a new encrypted diary. It never overwrites a file.</source>
        <translation>Utwórz nowy zaszyfrowany dziennik. Nigdy nie nadpisuje pliku.</translation>
    </message>
    <message>
        <source>The new diary file (.daymark).</source>
        <translation>Nowy plik dziennika (.daymark).</translation>
    </message>
    <message>
        <source>The initials in exhibit numbers, such as JS for JS/1, JS/2 (default: EX). &apos;daymark-cli initials&apos; changes them later.</source>
        <translation>Inicjały w numerach dowodów, np. JS dla JS/1, JS/2 (domyślnie: EX). &apos;daymark-cli initials&apos; zmienia je później.</translation>
    </message>
    <message>
        <source>Created %1 (key derivation: Argon2id, memory %2, passes: %3). Keep the password safe: it cannot be recovered.</source>
        <translation>Utworzono %1 (wyprowadzanie klucza: Argon2id, pamięć %2, przebiegi: %3). Chroń hasło: nie da się go odzyskać.</translation>
    </message>
    <message>
        <source>Exhibits will be numbered %1/1, %1/2 and so on.</source>
        <translation>Dowody będą numerowane %1/1, %1/2 i tak dalej.</translation>
    </message>
    <message>
        <source>Delete an incident, with a reason. Nothing is erased: it stays in the history and &apos;restore&apos; brings it back.
Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Usuń zdarzenie, podając powód. Nic nie jest wymazywane: zostaje w historii, a &apos;restore&apos; je przywraca.
Kody wyjścia: 0 usunięto, 2 błędne dane (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>Why it is deleted (required).</source>
        <translation>Powód usunięcia (wymagany).</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the entry is being deleted; it can be restored later.</source>
        <translation>Brak --reason. Podaj, dlaczego wpis jest usuwany; można go później przywrócić.</translation>
    </message>
    <message>
        <source>Incident #%1 deleted. It stays in the history; &apos;restore&apos; brings it back.</source>
        <translation>Zdarzenie #%1 usunięte. Zostaje w historii; &apos;restore&apos; je przywraca.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation>--%1: &apos;%2&apos; nie jest liczbą całkowitą od %3 do %4.</translation>
    </message>
    <message>
        <source>Create a new diary filled with realistic, entirely fictional data: people, protection orders with conditions, and months of escalating incidents of every type, some amended or deleted. For trying Daymark and for benchmarks. The same seed and number of incidents give the same content. It never overwrites a file.</source>
        <translation>Utwórz nowy dziennik wypełniony realistycznymi, całkowicie fikcyjnymi danymi: osoby, nakazy ochrony z warunkami i miesiące narastających zdarzeń każdego rodzaju, niektóre poprawione lub usunięte. Do wypróbowania Daymark i do testów wydajności. To samo ziarno i ta sama liczba zdarzeń dają tę samą treść. Nigdy nie nadpisuje pliku.</translation>
    </message>
    <message>
        <source>How many incidents (default: 300).</source>
        <translation>Ile zdarzeń (domyślnie: 300).</translation>
    </message>
    <message>
        <source>Which fictional story (default: 1).</source>
        <translation>Która fikcyjna historia (domyślnie: 1).</translation>
    </message>
    <message>
        <source>Created the demo diary %1. Everything in it is fictional.</source>
        <translation>Utworzono dziennik demonstracyjny %1. Wszystko w nim jest fikcyjne.</translation>
    </message>
    <message>
        <source>People: %1. Protection orders: %2. Incidents: %3. Amendments: %4. Deletions: %5.</source>
        <translation>Osoby: %1. Nakazy ochrony: %2. Zdarzenia: %3. Poprawki: %4. Usunięcia: %5.</translation>
    </message>
    <message>
        <source>Detach an exhibit from an incident, with a reason. The exhibit keeps its number and contents and may belong to other incidents; &apos;exhibit-delete&apos; removes it once it belongs to none.
Exit codes: 0 detached, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Odłącz dowód od zdarzenia, podając powód. Dowód zachowuje swój numer i treść i może należeć do innych zdarzeń; &apos;exhibit-delete&apos; usuwa go, gdy nie należy już do żadnego.
Kody wyjścia: 0 odłączono, 2 błędne dane (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>The exhibit: its number (JS/3 or 3), id, or id prefix.</source>
        <translation>Dowód: jego numer (JS/3 lub 3), id albo początek id.</translation>
    </message>
    <message>
        <source>Why it is detached (required).</source>
        <translation>Powód odłączenia (wymagany).</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the exhibit no longer belongs to this incident.</source>
        <translation>Brak --reason. Podaj, dlaczego dowód nie należy już do tego zdarzenia.</translation>
    </message>
    <message>
        <source>Exhibit %1 detached from incident %2.</source>
        <translation>Dowód %1 odłączony od zdarzenia %2.</translation>
    </message>
    <message>
        <source>It belongs to no incident now. It stays in the diary until it is deleted with &apos;daymark-cli exhibit-delete DIARY %1 --reason TEXT&apos;.</source>
        <translation>Nie należy teraz do żadnego zdarzenia. Zostaje w dzienniku, dopóki nie zostanie usunięty poleceniem &apos;daymark-cli exhibit-delete DIARY %1 --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>It still belongs to %1.</source>
        <translation>Nadal należy do: %1.</translation>
    </message>
    <message>
        <source>Show one exhibit: its number, original name, size, media type, SHA-256, how it was obtained, what was read from the file (capture time, camera, position, duration), the incidents it belongs to and its history. Deleted exhibits too. Never writes.</source>
        <translation>Pokaż jeden dowód: jego numer, oryginalną nazwę, rozmiar, typ pliku, SHA-256, sposób pozyskania, dane odczytane z pliku (czas wykonania, aparat, położenie, długość), zdarzenia, do których należy, i jego historię. Także dowody usunięte. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Delete an exhibit, with a reason, once it belongs to no incident (&apos;detach&apos; first). Its contents are removed from the diary and cannot be brought back; its number is never used again, and the history keeps when it was added, its SHA-256 and why it was deleted.
Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Usuń dowód, podając powód, gdy nie należy już do żadnego zdarzenia (najpierw &apos;detach&apos;). Jego treść zostaje usunięta z dziennika i nie da się jej przywrócić; jego numer nigdy nie zostanie użyty ponownie, a historia zachowuje, kiedy został dodany, jego SHA-256 i powód usunięcia.
Kody wyjścia: 0 usunięto, 2 błędne dane (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the exhibit is being deleted; its contents cannot be brought back.</source>
        <translation>Brak --reason. Podaj, dlaczego dowód jest usuwany; jego treści nie da się przywrócić.</translation>
    </message>
    <message>
        <source>Exhibit %1 still belongs to %2. Detach it from each first with &apos;daymark-cli detach DIARY %1 INCIDENT --reason TEXT&apos;.</source>
        <translation>Dowód %1 nadal należy do: %2. Najpierw odłącz go od każdego poleceniem &apos;daymark-cli detach DIARY %1 INCIDENT --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>Exhibit %1 deleted. Its contents are gone from the diary; its number will not be used again and its history is kept.</source>
        <translation>Dowód %1 usunięty. Jego treści nie ma już w dzienniku; jego numer nie zostanie użyty ponownie, a historia jest zachowana.</translation>
    </message>
    <message>
        <source>List the diary&apos;s exhibits in the order they were added: number, size, media type, original file name and the incidents each belongs to. Never writes.</source>
        <translation>Wypisz dowody z dziennika w kolejności dodania: numer, rozmiar, typ pliku, oryginalną nazwę pliku i zdarzenia, do których każdy należy. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Only the exhibits of this incident (a number, id or id prefix).</source>
        <translation>Tylko dowody tego zdarzenia (numer, id albo początek id).</translation>
    </message>
    <message>
        <source>Deleted exhibits as well (numbers only).</source>
        <translation>Także usunięte dowody (tylko numery).</translation>
    </message>
    <message>
        <source>Only deleted exhibits.</source>
        <translation>Tylko usunięte dowody.</translation>
    </message>
    <message>
        <source>Give --deleted or --include-deleted, not both.</source>
        <translation>Podaj --deleted albo --include-deleted, nie oba naraz.</translation>
    </message>
    <message>
        <source>No deleted exhibits.</source>
        <translation>Brak usuniętych dowodów.</translation>
    </message>
    <message>
        <source>This incident has no exhibits. Attach files with &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</source>
        <translation>To zdarzenie nie ma dowodów. Dołącz pliki poleceniem &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</translation>
    </message>
    <message>
        <source>No exhibits yet. Attach files with &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</source>
        <translation>Nie ma jeszcze dowodów. Dołącz pliki poleceniem &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</translation>
    </message>
    <message>
        <source>Exhibits: %1 (%2).</source>
        <translation>Dowody: %1 (%2).</translation>
    </message>
    <message>
        <source>Filters combine: an incident must match all of them; with --incident, exactly the incidents given. Private notes are left out unless --include-notes is given; --redact and --redact-text hide details as [redacted] in the text (exhibit files stay original). The file is written under a temporary name and appears only when complete: it never overwrites a file and leaves nothing behind when it fails or is cancelled (Ctrl-C). The export is recorded in the diary&apos;s journal.
Exit codes: 0 written, 1 cancelled, 2 bad options or no such incident, person or order, 3 wrong password, 4 the diary is damaged (an exhibit does not match its SHA-256), 5 OUT exists or cannot be written.</source>
        <translation>Filtry łączą się: zdarzenie musi spełniać wszystkie; z --incident dokładnie podane zdarzenia. Prywatne notatki są pomijane, chyba że podano --include-notes; --redact i --redact-text ukrywają szczegóły w tekście jako [ukryte] (pliki dowodowe pozostają oryginalne). Plik jest zapisywany pod nazwą tymczasową i pojawia się dopiero, gdy jest kompletny: nigdy nie nadpisuje pliku i nic nie zostawia, gdy się nie uda albo zostanie przerwany (Ctrl-C). Eksport jest odnotowywany w rejestrze dziennika.
Kody wyjścia: 0 zapisano, 1 przerwano, 2 błędne opcje albo nie ma takiego zdarzenia, osoby lub nakazu, 3 złe hasło, 4 dziennik jest uszkodzony (dowód nie zgadza się ze swoim SHA-256), 5 OUT istnieje lub nie można go zapisać.</translation>
    </message>
    <message>
        <source>Write the PDF timeline of the chosen incidents.</source>
        <translation>Zapisz oś czasu wybranych zdarzeń jako PDF.</translation>
    </message>
    <message>
        <source>Write an evidence bundle for police: one zip with the PDF timeline, the original exhibit files named by exhibit number, incidents.csv and incidents.json, SHA256SUMS, manifest.json signed with the diary&apos;s key (manifest.sig, signing-key.pem) and a README saying how to check it. Check a bundle with &apos;daymark-cli verify&apos;; docs/bundle.md describes the files.</source>
        <translation>Zapisz pakiet dowodów dla policji: jeden plik zip z osią czasu w PDF, oryginalnymi plikami dowodowymi nazwanymi numerami dowodów, incidents.csv i incidents.json, SHA256SUMS, manifest.json podpisanym kluczem dziennika (manifest.sig, signing-key.pem) oraz plikiem README wyjaśniającym, jak go sprawdzić. Pakiet sprawdzisz poleceniem &apos;daymark-cli verify&apos;; pliki opisuje docs/bundle.md.</translation>
    </message>
    <message>
        <source>The new PDF file.</source>
        <translation>Nowy plik PDF.</translation>
    </message>
    <message>
        <source>The new zip file.</source>
        <translation>Nowy plik zip.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>%1 już istnieje. Wybierz nową nazwę pliku; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>Exporting %1: %2% (%3 of %4)</source>
        <translation>Eksportowanie %1: %2% (%3 z %4)</translation>
    </message>
    <message>
        <source>Cancelled. %1 was not written.</source>
        <translation>Przerwano. Nie zapisano %1.</translation>
    </message>
    <message>
        <source>PDF timeline written to %1 (%2). Incidents: %3.</source>
        <translation>Oś czasu PDF zapisana w %1 (%2). Zdarzenia: %3.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Evidence bundle written to %1 (%2). Incidents: %3. Exhibits: %4.</source>
        <translation>Pakiet dowodów zapisany w %1 (%2). Zdarzenia: %3. Dowody: %4.</translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>SHA-256 pliku manifest.json: %1</translation>
    </message>
    <message>
        <source>Check it with: daymark-cli verify %1</source>
        <translation>Sprawdź go poleceniem: daymark-cli verify %1</translation>
    </message>
    <message>
        <source>Diary fingerprint named in the export: %1</source>
        <translation>Odcisk dziennika podany w eksporcie: %1</translation>
    </message>
    <message>
        <source>Write an exhibit&apos;s original file, byte for byte, to a new file, checking its SHA-256 on the way. It never overwrites a file, and leaves no partial file when it fails or is cancelled (Ctrl-C). The diary is not changed.
Exit codes: 0 written and verified, 1 cancelled, 2 no such exhibit or a deleted one, 3 wrong password, 4 the stored bytes do not match their SHA-256, 5 OUTFILE exists or cannot be written.</source>
        <translation>Zapisz oryginalny plik dowodu, bajt po bajcie, do nowego pliku, sprawdzając po drodze jego SHA-256. Nigdy nie nadpisuje pliku i nie zostawia niepełnego pliku, gdy się nie uda albo zostanie przerwany (Ctrl-C). Dziennik się nie zmienia.
Kody wyjścia: 0 zapisano i zweryfikowano, 1 przerwano, 2 nie ma takiego dowodu albo jest usunięty, 3 złe hasło, 4 zapisane bajty nie zgadzają się ze swoim SHA-256, 5 OUTFILE istnieje lub nie można go zapisać.</translation>
    </message>
    <message>
        <source>The new file to write.</source>
        <translation>Nowy plik do zapisania.</translation>
    </message>
    <message>
        <source>Exhibit %1 was deleted (reason: %2). Its contents are no longer in the diary.</source>
        <translation>Dowód %1 został usunięty (powód: %2). Jego treści nie ma już w dzienniku.</translation>
    </message>
    <message>
        <source>Extracting %1: %2% (%3 of %4)</source>
        <translation>Wyodrębnianie %1: %2% (%3 z %4)</translation>
    </message>
    <message>
        <source>Exhibit %1 (%2, %3) written to %4.</source>
        <translation>Dowód %1 (%2, %3) zapisany w %4.</translation>
    </message>
    <message>
        <source>SHA-256 verified: %1</source>
        <translation>SHA-256 zweryfikowane: %1</translation>
    </message>
    <message>
        <source>Print the diary&apos;s fingerprint: a short code that changes with every change to the diary. Send it to someone you trust from time to time; it shows the diary existed in that state then. Never writes.</source>
        <translation>Wypisz odcisk dziennika: krótki kod, który zmienia się przy każdej zmianie w dzienniku. Wysyłaj go co jakiś czas zaufanej osobie; pokazuje, że dziennik istniał wtedy w tym stanie. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Show every version of an incident: when it was recorded, each amendment with its reason and what changed, deletions and restorations. Never writes.</source>
        <translation>Pokaż każdą wersję zdarzenia: kiedy zostało zapisane, każdą poprawkę z jej powodem i zmianami, usunięcia i przywrócenia. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>Plik eksportu.</translation>
    </message>
    <message>
        <source>What FILE is: %1.</source>
        <translation>Czym jest FILE: %1.</translation>
    </message>
    <message>
        <source>Keep only the messages and calls of this participant: a name as the export shows it, a phone number in any spelling (07700 900123 matches +44 7700 900123), or a person in the diary (matched by their names and numbers).</source>
        <translation>Zachowaj tylko wiadomości i połączenia tego uczestnika: nazwę w takiej postaci, jak pokazuje ją eksport, numer telefonu w dowolnym zapisie (07700 900123 pasuje do +44 7700 900123) albo osobę z dziennika (dopasowaną po imionach, nazwach i numerach).</translation>
    </message>
    <message>
        <source>&apos;day&apos;: one incident per day instead of one per message.</source>
        <translation>&apos;day&apos;: jedno zdarzenie na dzień zamiast jednego na wiadomość.</translation>
    </message>
    <message>
        <source>WhatsApp: how the phone writes dates, when the file cannot tell: dmy (day first), mdy (month first) or ymd.</source>
        <translation>WhatsApp: jak telefon zapisuje daty, gdy z pliku nie da się tego ustalić: dmy (najpierw dzień), mdy (najpierw miesiąc) albo ymd.</translation>
    </message>
    <message>
        <source>Where the phone&apos;s clock was, for WhatsApp&apos;s and Signal&apos;s times and for days (an IANA name such as Europe/London; default: this computer&apos;s).</source>
        <translation>Strefa czasowa zegara telefonu, dla godzin WhatsAppa i Signala oraz dla dni (nazwa IANA, np. Europe/London; domyślnie: strefa tego komputera).</translation>
    </message>
    <message>
        <source>Do not attach the photos and files the export holds.</source>
        <translation>Nie dołączaj zdjęć i plików zawartych w eksporcie.</translation>
    </message>
    <message>
        <source>Read the export and say what would be added; change nothing.</source>
        <translation>Odczytaj eksport i powiedz, co zostałoby dodane; niczego nie zmieniaj.</translation>
    </message>
    <message>
        <source>--group: only &apos;day&apos; is available.</source>
        <translation>--group: dostępne jest tylko &apos;day&apos;.</translation>
    </message>
    <message>
        <source>--date-order: use dmy (day first), mdy (month first) or ymd.</source>
        <translation>--date-order: użyj dmy (najpierw dzień), mdy (najpierw miesiąc) albo ymd.</translation>
    </message>
    <message>
        <source>--time-zone: &apos;%1&apos; is not a time zone this computer knows (try Europe/London).</source>
        <translation>--time-zone: ten komputer nie zna strefy czasowej &apos;%1&apos; (spróbuj Europe/London).</translation>
    </message>
    <message>
        <source>The export %1 was not imported. %2</source>
        <translation>Nie zaimportowano eksportu %1. %2</translation>
    </message>
    <message>
        <source>Importing %1: %2% (%3 of %4)</source>
        <translation>Importowanie %1: %2% (%3 z %4)</translation>
    </message>
    <message>
        <source>The export %1 was not imported. %2 Use --date-order dmy or --date-order mdy.</source>
        <translation>Nie zaimportowano eksportu %1. %2 Użyj --date-order dmy albo --date-order mdy.</translation>
    </message>
    <message>
        <source>The dates in %1 read both as day/month and as month/day (such as &quot;%2&quot;). Say which the phone uses with --date-order dmy or --date-order mdy.</source>
        <translation>Daty w %1 dają się odczytać zarówno jako dzień/miesiąc, jak i miesiąc/dzień (np. &quot;%2&quot;). Podaj, jakiego zapisu używa telefon: --date-order dmy albo --date-order mdy.</translation>
    </message>
    <message>
        <source>Show the initials used in exhibit numbers (JS in JS/1), or change them. A change applies to new exhibits only: existing exhibits keep their numbers for life, and running numbers carry on.</source>
        <translation>Pokaż inicjały używane w numerach dowodów (JS w JS/1) albo je zmień. Zmiana dotyczy tylko nowych dowodów: istniejące dowody zachowują swoje numery na zawsze, a numeracja biegnie dalej.</translation>
    </message>
    <message>
        <source>New initials: 1 to 4 letters.</source>
        <translation>Nowe inicjały: od 1 do 4 liter.</translation>
    </message>
    <message>
        <source>Exhibit numbers already use the initials %1; nothing changed.</source>
        <translation>Numery dowodów już używają inicjałów %1; nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>New exhibits will be numbered %1/N. Existing exhibits keep their numbers.</source>
        <translation>Nowe dowody będą numerowane %1/N. Istniejące dowody zachowują swoje numery.</translation>
    </message>
    <message>
        <source>Incidents per week (week, first day, count, %1-week average, most frequent types):</source>
        <translation>Zdarzenia na tydzień (tydzień, pierwszy dzień, liczba, średnia z %1 tyg., najczęstsze rodzaje):</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Brak zdarzeń w tym okresie.</translation>
    </message>
    <message>
        <source>Incidents by hour of day (columns 00 to 23) and day of week:</source>
        <translation>Zdarzenia według godziny (kolumny od 00 do 23) i dnia tygodnia:</translation>
    </message>
    <message>
        <source>Show warning signs in what the diary records (incidents recorded more often, a first contact in person, threats, contact at home or work, possible breaches of an order, other people drawn in), each with the incidents behind it, and the number of incidents per week and by time of day. With --json, the JSON described in docs/insights.md. Never writes.</source>
        <translation>Pokaż sygnały ostrzegawcze w tym, co zapisano w dzienniku (zdarzenia coraz częstsze, pierwszy kontakt osobisty, groźby, kontakt w domu lub w pracy, możliwe naruszenia nakazu, wciąganie innych osób), każdy ze zdarzeniami, na których się opiera, oraz liczbę zdarzeń na tydzień i według pory dnia. Z --json: JSON opisany w docs/insights.md. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Count weeks from this day (default: the first incident).</source>
        <translation>Licz tygodnie od tego dnia (domyślnie: od pierwszego zdarzenia).</translation>
    </message>
    <message>
        <source>Count weeks up to this day, and look for warning signs up to its end (default: today).</source>
        <translation>Licz tygodnie do tego dnia i szukaj sygnałów ostrzegawczych do jego końca (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>--to is before --from. Give the first day with --from and the last with --to.</source>
        <translation>--to jest wcześniej niż --from. Podaj pierwszy dzień opcją --from, a ostatni opcją --to.</translation>
    </message>
    <message>
        <source>Link an exhibit that is already in the diary to another incident as well (the same photo can show two incidents). The exhibit keeps its number.
Exit codes: 0 linked, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Powiąż dowód, który już jest w dzienniku, także z innym zdarzeniem (to samo zdjęcie może pokazywać dwa zdarzenia). Dowód zachowuje swój numer.
Kody wyjścia: 0 powiązano, 2 błędne dane (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>Exhibit %1 now belongs to %2.</source>
        <translation>Dowód %1 należy teraz do: %2.</translation>
    </message>
    <message>
        <source>List incidents, newest first (by when they happened). Filters combine: an incident must match all of them. With --json, a JSON array. Never writes.</source>
        <translation>Wypisz zdarzenia, od najnowszych (według czasu, kiedy się wydarzyły). Filtry łączą się: zdarzenie musi spełniać wszystkie. Z --json: tablica JSON. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Deleted orders as well.</source>
        <translation>Także usunięte nakazy.</translation>
    </message>
    <message>
        <source>add an order with its conditions; prints the id</source>
        <translation>dodaj nakaz z jego warunkami; wypisuje id</translation>
    </message>
    <message>
        <source>list the orders</source>
        <translation>wypisz nakazy</translation>
    </message>
    <message>
        <source>show an order, its conditions and the possible breaches of each</source>
        <translation>pokaż nakaz, jego warunki i możliwe naruszenia każdego z nich</translation>
    </message>
    <message>
        <source>change an order (e.g. varied by the court): ID, options and --reason</source>
        <translation>zmień nakaz (np. zmieniony przez sąd): ID, opcje i --reason</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Podpolecenie.</translation>
    </message>
    <message>
        <source>The order: its id or the first 6+ characters.</source>
        <translation>Nakaz: jego id albo co najmniej 6 pierwszych znaków.</translation>
    </message>
    <message>
        <source>Protection orders, their conditions and recorded breaches.</source>
        <translation>Nakazy ochrony, ich warunki i zapisane naruszenia.</translation>
    </message>
    <message>
        <source>Add a protection order. Prints the new id, or with --json the order as JSON.</source>
        <translation>Dodaj nakaz ochrony. Wypisuje nowe id, a z --json nakaz jako JSON.</translation>
    </message>
    <message>
        <source>List the protection orders, oldest recorded first. Never writes.</source>
        <translation>Wypisz nakazy ochrony, od najwcześniej zapisanego. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>No protection orders yet.</source>
        <translation>Nie ma jeszcze nakazów ochrony.</translation>
    </message>
    <message>
        <source>Show an order with its conditions and, under each, the incidents recorded as possible breaches of it. Never writes.</source>
        <translation>Pokaż nakaz z jego warunkami, a pod każdym zdarzenia zapisane jako jego możliwe naruszenia. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Amend an order; the earlier version is kept. An empty value clears a field.</source>
        <translation>Popraw nakaz; wcześniejsza wersja zostaje zachowana. Pusta wartość czyści pole.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the order is being amended, e.g. varied by the court.</source>
        <translation>Brak --reason. Podaj, dlaczego nakaz jest poprawiany, np. zmieniony przez sąd.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --expires DATE.</source>
        <translation>Nie ma czego poprawić: podaj co najmniej jedno pole do zmiany, np. --expires DATE.</translation>
    </message>
    <message>
        <source>Change a diary&apos;s password. If interrupted, the old password still works.</source>
        <translation>Zmień hasło dziennika. Jeśli zmiana zostanie przerwana, stare hasło nadal działa.</translation>
    </message>
    <message>
        <source>The diary.</source>
        <translation>Dziennik.</translation>
    </message>
    <message>
        <source>Read the new password from the first line of FILE.</source>
        <translation>Odczytaj nowe hasło z pierwszego wiersza pliku FILE.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nowe hasło do %1: </translation>
    </message>
    <message>
        <source>The password of %1 is changed. The old one no longer opens it.</source>
        <translation>Hasło do %1 zostało zmienione. Stare hasło już go nie otwiera.</translation>
    </message>
    <message>
        <source>Why the details change (required).</source>
        <translation>Powód zmiany danych (wymagany).</translation>
    </message>
    <message>
        <source>Deleted people as well.</source>
        <translation>Także usunięte osoby.</translation>
    </message>
    <message>
        <source>add a person (--name required); prints the id</source>
        <translation>dodaj osobę (--name wymagane); wypisuje id</translation>
    </message>
    <message>
        <source>list people, stalkers first</source>
        <translation>wypisz osoby, najpierw sprawców nękania</translation>
    </message>
    <message>
        <source>show one person: ID is a name, id or id prefix</source>
        <translation>pokaż jedną osobę: ID to imię i nazwisko, id albo początek id</translation>
    </message>
    <message>
        <source>change a person&apos;s details: ID, field options and --reason</source>
        <translation>zmień dane osoby: ID, opcje pól i --reason</translation>
    </message>
    <message>
        <source>The person: a name, id or id prefix.</source>
        <translation>Osoba: imię i nazwisko, id albo początek id.</translation>
    </message>
    <message>
        <source>The people in the diary: the stalker(s) first, witnesses, police officers and support workers.</source>
        <translation>Osoby w dzienniku: najpierw sprawca lub sprawcy nękania, potem świadkowie, policjanci i osoby wspierające.</translation>
    </message>
    <message>
        <source>Add a person. Prints the new id, or with --json the person as a JSON object.</source>
        <translation>Dodaj osobę. Wypisuje nowe id, a z --json osobę jako obiekt JSON.</translation>
    </message>
    <message>
        <source>--name is missing. Give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>Brak --name. Podaj imię i nazwisko albo opis, np. &quot;nieznany mężczyzna w niebieskim samochodzie&quot;.</translation>
    </message>
    <message>
        <source>List the people in the diary, stalkers first, then by name. Never writes.</source>
        <translation>Wypisz osoby w dzienniku, najpierw sprawców nękania, potem według nazwiska. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>No people yet. Add one with &apos;daymark-cli people DIARY add --name NAME&apos;.</source>
        <translation>Nie ma jeszcze osób. Dodaj osobę poleceniem &apos;daymark-cli people DIARY add --name NAME&apos;.</translation>
    </message>
    <message>
        <source>Show one person in full. Never writes.</source>
        <translation>Pokaż wszystkie dane jednej osoby. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Incidents involving or witnessed by them: %1 (see &apos;list --person&apos;).</source>
        <translation>Zdarzenia z udziałem tej osoby lub przez nią widziane: %1 (zob. &apos;list --person&apos;).</translation>
    </message>
    <message>
        <source>Amend a person&apos;s details; the earlier version is kept. A list option (--alias, --phone, ...) replaces the whole list; one empty value clears it. An empty text value clears that field.</source>
        <translation>Popraw dane osoby; wcześniejsza wersja zostaje zachowana. Opcja listy (--alias, --phone, ...) zastępuje całą listę; jedna pusta wartość ją czyści. Pusta wartość tekstowa czyści to pole.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why this person&apos;s details are being amended.</source>
        <translation>Brak --reason. Podaj, dlaczego dane tej osoby są poprawiane.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --phone NUMBER.</source>
        <translation>Nie ma czego poprawić: podaj co najmniej jedno pole do zmiany, np. --phone NUMBER.</translation>
    </message>
    <message>
        <source>Restore a deleted incident.
(restore DIARY alone, or with a backup FILE, puts back a backup: &apos;daymark-cli restore DIARY --help&apos;.)
Exit codes: 0 restored, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>Przywróć usunięte zdarzenie.
(restore DIARY bez niczego więcej albo z plikiem kopii FILE przywraca kopię zapasową: &apos;daymark-cli restore DIARY --help&apos;.)
Kody wyjścia: 0 przywrócono, 2 błędne dane (nic nie zapisano), 3 złe hasło.</translation>
    </message>
    <message>
        <source>The incident: its number from &apos;list --deleted&apos; (12 or #12), id, or id prefix.</source>
        <translation>Zdarzenie: jego numer z &apos;list --deleted&apos; (12 lub #12), id albo początek id.</translation>
    </message>
    <message>
        <source>Why it is restored (optional).</source>
        <translation>Powód przywrócenia (opcjonalny).</translation>
    </message>
    <message>
        <source>Incident #%1 restored.</source>
        <translation>Zdarzenie #%1 przywrócone.</translation>
    </message>
    <message>
        <source>Put back a backup of a diary: BACKUP, or else the newest backup in DIARY.backups (or --from FOLDER) that opens with the password and passes the full check. The backup is copied and checked before anything is replaced; the diary it replaces is kept beside it as DIARY.damaged-&lt;time&gt;, never deleted. The restored diary opens with the password the backup was made under.
(restore DIARY ID, with an incident&apos;s number or id, undoes the deletion of an incident instead.)
Exit codes: 0 restored, 2 bad input, 3 wrong password, 4 no good backup (nothing changed), 5 file or disk problem.</source>
        <translation>Przywróć kopię zapasową dziennika: BACKUP, a jeśli go nie podano, najnowszą kopię w DIARY.backups (albo w --from FOLDER), która otwiera się hasłem i przechodzi pełne sprawdzenie. Kopia jest kopiowana i sprawdzana, zanim cokolwiek zostanie zastąpione; zastępowany dziennik zostaje zachowany obok jako DIARY.damaged-&lt;time&gt;, nigdy nie jest usuwany. Przywrócony dziennik otwiera się hasłem, pod którym wykonano kopię.
(restore DIARY ID, z numerem lub id zdarzenia, cofa zamiast tego usunięcie zdarzenia.)
Kody wyjścia: 0 przywrócono, 2 błędne dane, 3 złe hasło, 4 brak dobrej kopii (nic się nie zmieniło), 5 problem z plikiem lub dyskiem.</translation>
    </message>
    <message>
        <source>The diary file to put back (it may be missing).</source>
        <translation>Plik dziennika do przywrócenia (może go nie być).</translation>
    </message>
    <message>
        <source>The backup file to restore (a .daymark file or a path).</source>
        <translation>Plik kopii zapasowej do przywrócenia (plik .daymark lub ścieżka).</translation>
    </message>
    <message>
        <source>Look for backups in FOLDER instead of DIARY.backups.</source>
        <translation>Szukaj kopii zapasowych w folderze FOLDER zamiast w DIARY.backups.</translation>
    </message>
    <message>
        <source>%1 is a folder. Name the diary file to put back.</source>
        <translation>%1 to folder. Podaj plik dziennika do przywrócenia.</translation>
    </message>
    <message>
        <source>Name a backup file or a folder to look in (--from), not both.</source>
        <translation>Podaj plik kopii zapasowej albo folder do przeszukania (--from), nie oba naraz.</translation>
    </message>
    <message>
        <source>There are no backups of this diary in %1. Name a backup file, or the folder that holds them with --from.</source>
        <translation>W %1 nie ma kopii zapasowych tego dziennika. Podaj plik kopii albo folder z kopiami opcją --from.</translation>
    </message>
    <message>
        <source>No backup in %1 opens with this password and passes the check:</source>
        <translation>Żadna kopia zapasowa w %1 nie otwiera się tym hasłem i nie przechodzi sprawdzenia:</translation>
    </message>
    <message>
        <source>Nothing was changed. If you changed the password, try the old one.</source>
        <translation>Niczego nie zmieniono. Jeśli zmieniono hasło, spróbuj starego.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Pominięto %1: %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2 (checked: %3 journal records; fingerprint %4).</source>
        <translation>Przywrócono %1 z kopii zapasowej %2 (sprawdzono: %3 wpisów rejestru; odcisk %4).</translation>
    </message>
    <message>
        <source>There was no diary file to replace.</source>
        <translation>Nie było pliku dziennika do zastąpienia.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1; delete it only once you are sure you do not need it.</source>
        <translation>Zastąpiony plik zachowano jako %1; usuń go dopiero wtedy, gdy masz pewność, że nie jest potrzebny.</translation>
    </message>
    <message>
        <source>Anything written after the backup was made is not in the restored diary.</source>
        <translation>Niczego, co zapisano po wykonaniu kopii, nie ma w przywróconym dzienniku.</translation>
    </message>
    <message>
        <source>--note belongs to one answer: give exactly one --answer with it.</source>
        <translation>--note należy do jednej odpowiedzi: podaj z nim dokładnie jedno --answer.</translation>
    </message>
    <message>
        <source>--answer: &apos;%1&apos; is not QUESTION=yes, QUESTION=no or QUESTION=dont-know.</source>
        <translation>--answer: &apos;%1&apos; nie ma postaci QUESTION=yes, QUESTION=no ani QUESTION=dont-know.</translation>
    </message>
    <message>
        <source>There is no screening question &apos;%1&apos;. &apos;daymark-cli screening DIARY&apos; lists the codes.</source>
        <translation>Nie ma pytania przesiewowego &apos;%1&apos;. &apos;daymark-cli screening DIARY&apos; wypisuje kody.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Jeszcze bez odpowiedzi.</translation>
    </message>
    <message>
        <source>The stalking risk screening questions (on the themes police and support services in the UK ask about) with your latest answers, when you gave them, and the incidents in the diary that bear on each. --answer saves answers; earlier answers are kept. Talking the questions through with the police or the National Stalking Helpline (0808 802 0300) helps; in danger, call 999.</source>
        <translation>Pytania do wstępnej oceny ryzyka przy stalkingu (na tematy, o które pytają policja i służby wsparcia w Wielkiej Brytanii) z ostatnimi odpowiedziami, datą ich udzielenia i zdarzeniami z dziennika, które ich dotyczą. --answer zapisuje odpowiedzi; wcześniejsze odpowiedzi są zachowywane. Warto omówić te pytania z policją albo z National Stalking Helpline (0808 802 0300); w niebezpieczeństwie dzwoń pod 999.</translation>
    </message>
    <message>
        <source>Answer a question: CODE=yes, CODE=no or CODE=dont-know. Repeatable.</source>
        <translation>Odpowiedz na pytanie: CODE=yes, CODE=no albo CODE=dont-know. Można powtarzać.</translation>
    </message>
    <message>
        <source>A note kept with the answer.</source>
        <translation>Notatka zapisana przy odpowiedzi.</translation>
    </message>
    <message>
        <source>Why an answer changed (optional).</source>
        <translation>Dlaczego odpowiedź się zmieniła (opcjonalnie).</translation>
    </message>
    <message>
        <source>Every answer given to one question.</source>
        <translation>Wszystkie odpowiedzi udzielone na jedno pytanie.</translation>
    </message>
    <message>
        <source>Saved 1 answer.</source>
        <translation>Zapisano 1 odpowiedź.</translation>
    </message>
    <message>
        <source>Saved %1 answers (unchanged answers are not saved again).</source>
        <translation>Zapisane odpowiedzi: %1 (niezmienione odpowiedzi nie są zapisywane ponownie).</translation>
    </message>
    <message>
        <source>%1, answered %2</source>
        <translation>%1, data odpowiedzi: %2</translation>
    </message>
    <message>
        <source>In the diary: %1 incidents, the latest #%2.</source>
        <translation>W dzienniku: zdarzenia: %1, ostatnie #%2.</translation>
    </message>
    <message>
        <source>Search what happened, notes, places, people&apos;s names and tags. Every word must match, as a word or the start of one (&quot;thr&quot; finds &quot;threatened&quot;). Newest first; the filters of &apos;list&apos; apply. Never writes.</source>
        <translation>Szukaj w opisach zdarzeń, notatkach, miejscach, imionach i nazwiskach osób oraz tagach. Każde słowo musi pasować jako całe słowo lub jego początek (&quot;groz&quot; znajdzie &quot;groził&quot;). Od najnowszych; działają filtry polecenia &apos;list&apos;. Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Słowa do znalezienia.</translation>
    </message>
    <message>
        <source>The search has no words to look for. Give at least one word or the start of one.</source>
        <translation>Wyszukiwanie nie ma słów do szukania. Podaj co najmniej jedno słowo lub jego początek.</translation>
    </message>
    <message>
        <source>Show one incident in full (deleted ones too). Never writes.</source>
        <translation>Pokaż całe jedno zdarzenie (także usunięte). Nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>Check an evidence bundle made by export-bundle: every file against SHA256SUMS and manifest.json (size and SHA-256), that no file was added or removed, and the Ed25519 signature of manifest.json with signing-key.pem. Names each file that fails. Needs no diary and no password; never writes.
The signature shows which diary made the bundle only when its fingerprint or key matches one its owner gave you separately.
Exit codes: 0 every check holds, 1 cancelled, 4 a check failed, 5 the file is missing or not a zip.</source>
        <translation>Sprawdź pakiet dowodów utworzony przez export-bundle: każdy plik względem SHA256SUMS i manifest.json (rozmiar i SHA-256), czy nie dodano ani nie usunięto żadnego pliku, oraz podpis Ed25519 pliku manifest.json kluczem z signing-key.pem. Wymienia każdy plik, który nie przechodzi sprawdzenia. Nie potrzebuje dziennika ani hasła; nigdy nie zapisuje.
Podpis pokazuje, który dziennik utworzył pakiet, tylko wtedy, gdy jego odcisk lub klucz zgadza się z tym, który właściciel przekazał osobno.
Kody wyjścia: 0 wszystkie sprawdzenia przeszły, 1 przerwano, 4 sprawdzenie nie przeszło, 5 brak pliku lub to nie jest zip.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip file.</source>
        <translation>Plik zip pakietu.</translation>
    </message>
    <message>
        <source>Checking %1: %2% (%3 of %4)</source>
        <translation>Sprawdzanie %1: %2% (%3 z %4)</translation>
    </message>
    <message>
        <source>%1: verified. Files: %2. Every file matches SHA256SUMS and manifest.json, none was added or removed, and the signature of manifest.json is valid.</source>
        <translation>%1: zweryfikowano. Pliki: %2. Każdy plik zgadza się z SHA256SUMS i manifest.json, żadnego nie dodano ani nie usunięto, a podpis manifest.json jest prawidłowy.</translation>
    </message>
    <message>
        <source>Diary fingerprint at export: %1</source>
        <translation>Odcisk dziennika w chwili eksportu: %1</translation>
    </message>
    <message>
        <source>Signing key (Ed25519): %1</source>
        <translation>Klucz podpisu (Ed25519): %1</translation>
    </message>
    <message>
        <source>Exported: %1 UTC</source>
        <translation>Wyeksportowano: %1 UTC</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one the diary&apos;s owner gave you separately to know which diary made it.</source>
        <translation>Porównaj odcisk z tym, który właściciel dziennika przekazał osobno, aby wiedzieć, który dziennik utworzył pakiet.</translation>
    </message>
    <message>
        <source>%1: NOT verified. Problems found: %2</source>
        <translation>%1: NIE zweryfikowano. Znalezione problemy: %2</translation>
    </message>
    <message>
        <source>The signature of manifest.json could not be checked.</source>
        <translation>Nie można sprawdzić podpisu manifest.json.</translation>
    </message>
    <message>
        <source>Do not rely on this bundle; ask for it to be exported and sent again.</source>
        <translation>Nie polegaj na tym pakiecie; poproś o ponowny eksport i przesłanie.</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Typ pliku</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Oryginalna nazwa</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>usunięte: %1</translation>
    </message>
    <message>
        <source>Exhibit %1 (deleted)</source>
        <translation>Dowód %1 (usunięty)</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Dowód %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Oryginalna nazwa: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Rozmiar: %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (bajty: %2)</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Typ pliku: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Dodano: %1</translation>
    </message>
    <message>
        <source>File last modified: %1</source>
        <translation>Ostatnia zmiana pliku: %1</translation>
    </message>
    <message>
        <source>File created: %1</source>
        <translation>Utworzenie pliku: %1</translation>
    </message>
    <message>
        <source>How obtained: %1</source>
        <translation>Sposób pozyskania: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Opis: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Wykonano: %1</translation>
    </message>
    <message>
        <source>%1 by the camera&apos;s clock (its time zone is not recorded)</source>
        <translation>%1 według zegara aparatu (jego strefa czasowa nie jest zapisana)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Aparat: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Położenie: %1</translation>
    </message>
    <message>
        <source>%1 (altitude %2 m)</source>
        <translation>%1 (wysokość %2 m)</translation>
    </message>
    <message>
        <source>Image size: %1</source>
        <translation>Rozmiar obrazu: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikseli</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Długość: %1</translation>
    </message>
    <message>
        <source>#%1 %2  %3</source>
        <translation>#%1 %2  %3</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Zdarzenia: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Usunięto: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Its number and history are kept; its contents are no longer in the diary.</source>
        <translation>Powód: %1. Jego numer i historia są zachowane; jego treści nie ma już w dzienniku.</translation>
    </message>
    <message>
        <source>%1: added to %2 (journal record %3).</source>
        <translation>%1: dodano do %2 (wpis rejestru %3).</translation>
    </message>
    <message>
        <source>%1: linked to %2 (journal record %3).</source>
        <translation>%1: powiązano z %2 (wpis rejestru %3).</translation>
    </message>
    <message>
        <source>%1: detached from %2 (journal record %3). Reason: %4</source>
        <translation>%1: odłączono od %2 (wpis rejestru %3). Powód: %4</translation>
    </message>
    <message>
        <source>%1: deleted (journal record %2). Reason: %3</source>
        <translation>%1: usunięto (wpis rejestru %2). Powód: %3</translation>
    </message>
    <message>
        <source>%1: %2 (journal record %3).</source>
        <translation>%1: %2 (wpis rejestru %3).</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>Only incidents starting at or after this date (2026-03-01) or time (2026-03-01T21:15).</source>
        <translation>Tylko zdarzenia rozpoczęte w tym dniu (2026-03-01) lub o tej godzinie (2026-03-01T21:15) albo później.</translation>
    </message>
    <message>
        <source>Only incidents starting before this time, or on or before this date (the whole day is included).</source>
        <translation>Tylko zdarzenia rozpoczęte przed tą godziną albo w tym dniu lub wcześniej (cały dzień jest uwzględniany).</translation>
    </message>
    <message>
        <source>The time zone of --from and --to (default: the system&apos;s).</source>
        <translation>Strefa czasowa --from i --to (domyślnie: systemowa).</translation>
    </message>
    <message>
        <source>Only this type (repeatable, or comma-separated: call,text).</source>
        <translation>Tylko ten rodzaj (można powtarzać lub podać po przecinku: call,text).</translation>
    </message>
    <message>
        <source>Only incidents involving or witnessed by this person (name or id; repeatable).</source>
        <translation>Tylko zdarzenia z udziałem tej osoby lub przez nią widziane (imię i nazwisko albo id; można powtarzać).</translation>
    </message>
    <message>
        <source>Only incidents marked as possible breaches of this order (repeatable).</source>
        <translation>Tylko zdarzenia oznaczone jako możliwe naruszenia tego nakazu (można powtarzać).</translation>
    </message>
    <message>
        <source>Exactly these incidents, by number or id (repeatable); the filters above are then ignored.</source>
        <translation>Dokładnie te zdarzenia, według numeru lub id (można powtarzać); wtedy powyższe filtry są pomijane.</translation>
    </message>
    <message>
        <source>Include private notes (left out unless this is given).</source>
        <translation>Uwzględnij prywatne notatki (bez tej opcji są pomijane).</translation>
    </message>
    <message>
        <source>Show this kind of detail as [redacted] (repeatable): %1.</source>
        <translation>Pokaż ten rodzaj szczegółów jako [ukryte] (można powtarzać): %1.</translation>
    </message>
    <message>
        <source>Hide these exact words wherever they appear in the text, ignoring case (repeatable), e.g. your own address.</source>
        <translation>Ukryj dokładnie te słowa wszędzie, gdzie występują w tekście, bez względu na wielkość liter (można powtarzać), np. własny adres.</translation>
    </message>
    <message>
        <source>Leave the original exhibit files out of the bundle.</source>
        <translation>Nie dołączaj do pakietu oryginalnych plików dowodowych.</translation>
    </message>
    <message>
        <source>Leave out earlier versions of amended incidents.</source>
        <translation>Pomiń wcześniejsze wersje poprawionych zdarzeń.</translation>
    </message>
    <message>
        <source>End the PDF with an annex of your latest risk screening answers (left out unless this is given).</source>
        <translation>Zakończ PDF załącznikiem z ostatnimi odpowiedziami na pytania oceny ryzyka (bez tej opcji jest pomijany).</translation>
    </message>
    <message>
        <source>Whose diary, for the cover page (optional).</source>
        <translation>Czyj to dziennik, do strony tytułowej (opcjonalnie).</translation>
    </message>
    <message>
        <source>Text at the top of every page, e.g. RESTRICTED.</source>
        <translation>Tekst u góry każdej strony, np. RESTRICTED.</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Rozmiar papieru: a4 (domyślnie) albo letter.</translation>
    </message>
    <message>
        <source>--to is not after --from, so nothing could match. Give a --to later than --from.</source>
        <translation>--to nie jest później niż --from, więc nic nie może pasować. Podaj --to późniejsze niż --from.</translation>
    </message>
    <message>
        <source>--type: &apos;%1&apos; is not an incident type. Use one of: %2.</source>
        <translation>--type: &apos;%1&apos; nie jest rodzajem zdarzenia. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>--redact: &apos;%1&apos; is not a detail that can be redacted. Use one of: %2.</source>
        <translation>--redact: &apos;%1&apos; nie jest szczegółem, który można ukryć. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>--redact-text: give the words to hide; empty text hides nothing.</source>
        <translation>--redact-text: podaj słowa do ukrycia; pusty tekst niczego nie ukrywa.</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a paper size. Use a4 or letter.</source>
        <translation>--paper: &apos;%1&apos; nie jest rozmiarem papieru. Użyj a4 albo letter.</translation>
    </message>
    <message>
        <source>--incident: incident #%1 is deleted. Restore it first, or leave it out.</source>
        <translation>--incident: zdarzenie #%1 jest usunięte. Najpierw je przywróć albo je pomiń.</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other. Give one of them.</source>
        <translation>--%1 i --%2 wzajemnie się wykluczają. Podaj jedną z nich.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more.</source>
        <translation>--%1: &apos;%2&apos; nie jest liczbą całkowitą równą 0 lub większą.</translation>
    </message>
    <message>
        <source>Only incidents involving or witnessed by this person (name or id).</source>
        <translation>Tylko zdarzenia z udziałem tej osoby lub przez nią widziane (imię i nazwisko albo id).</translation>
    </message>
    <message>
        <source>Only incidents marked as possible breaches of this order.</source>
        <translation>Tylko zdarzenia oznaczone jako możliwe naruszenia tego nakazu.</translation>
    </message>
    <message>
        <source>Only possible breaches of an order.</source>
        <translation>Tylko możliwe naruszenia nakazu.</translation>
    </message>
    <message>
        <source>Only incidents not marked as a breach.</source>
        <translation>Tylko zdarzenia nieoznaczone jako naruszenie.</translation>
    </message>
    <message>
        <source>Only incidents reported to the police.</source>
        <translation>Tylko zdarzenia zgłoszone policji.</translation>
    </message>
    <message>
        <source>Only incidents not reported to the police.</source>
        <translation>Tylko zdarzenia niezgłoszone policji.</translation>
    </message>
    <message>
        <source>Only deleted incidents.</source>
        <translation>Tylko usunięte zdarzenia.</translation>
    </message>
    <message>
        <source>Deleted incidents as well.</source>
        <translation>Także usunięte zdarzenia.</translation>
    </message>
    <message>
        <source>At most N incidents (default: all).</source>
        <translation>Najwyżej N zdarzeń (domyślnie: wszystkie).</translation>
    </message>
    <message>
        <source>Skip the first N (with --limit, for pages).</source>
        <translation>Pomiń pierwsze N (z --limit, do stronicowania).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Messages and calls: %1</source>
        <translation>Wiadomości i połączenia: %1</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(od %1 do %2)</translation>
    </message>
    <message>
        <source>Lines written by the app itself, not messages: %1</source>
        <translation>Wiersze zapisane przez samą aplikację, nie wiadomości: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Uczestnicy: %1</translation>
    </message>
    <message>
        <source>Left out, from other participants (--from): %1</source>
        <translation>Pominięte, od innych uczestników (--from): %1</translation>
    </message>
    <message>
        <source>Already in the diary from an earlier import: %1</source>
        <translation>Już w dzienniku z wcześniejszego importu: %1</translation>
    </message>
    <message>
        <source>New messages and calls that would be added: %1. Nothing was written (dry run).</source>
        <translation>Nowe wiadomości i połączenia, które zostałyby dodane: %1. Nic nie zapisano (próba na sucho).</translation>
    </message>
    <message>
        <source>Nothing new to add; the diary is unchanged.</source>
        <translation>Nie ma nic nowego do dodania; dziennik się nie zmienił.</translation>
    </message>
    <message>
        <source>Incidents added: %1 (#%2 to #%3). The export file is exhibit %4.</source>
        <translation>Dodane zdarzenia: %1 (od #%2 do #%3). Plik eksportu to dowód %4.</translation>
    </message>
    <message>
        <source>Photos and files attached: %1; named in messages but not in the export: %2.</source>
        <translation>Dołączone zdjęcia i pliki: %1; wymienione w wiadomościach, ale nieobecne w eksporcie: %2.</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Żadne zdarzenie nie pasuje.</translation>
    </message>
    <message>
        <source>Incidents: %1 shown of %2.</source>
        <translation>Zdarzenia: pokazano %1 z %2.</translation>
    </message>
    <message>
        <source>Incidents: %1.</source>
        <translation>Zdarzenia: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other. Give one of them.</source>
        <translation>%1 i %2 wzajemnie się wykluczają. Podaj jedną z nich.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number. Give degrees as a decimal number, e.g. 51.5074 or -0.1278.</source>
        <translation>%1: &apos;%2&apos; nie jest liczbą. Podaj stopnie jako liczbę dziesiętną, np. 51.5074 lub -0.1278.</translation>
    </message>
    <message>
        <source>--type is missing. Say what kind of incident it was, one of: %1.</source>
        <translation>Brak --type. Podaj rodzaj zdarzenia, jeden z: %1.</translation>
    </message>
    <message>
        <source>--at is missing. Say when it happened, e.g. --at 2026-03-01T21:15 or --at now.</source>
        <translation>Brak --at. Podaj, kiedy to się stało, np. --at 2026-03-01T21:15 albo --at now.</translation>
    </message>
    <message>
        <source>--summary is missing. Say in a few words what happened.</source>
        <translation>Brak --summary. Opisz w kilku słowach, co się stało.</translation>
    </message>
    <message>
        <source>--summary cannot be empty. Say in a few words what happened.</source>
        <translation>--summary nie może być puste. Opisz w kilku słowach, co się stało.</translation>
    </message>
    <message>
        <source>--breach: &apos;%1&apos; is not ORDER:CONDITION. Give the order&apos;s id (or its first 6 characters) and the condition&apos;s number, e.g. 3f2a9c:2.</source>
        <translation>--breach: &apos;%1&apos; nie ma postaci ORDER:CONDITION. Podaj id nakazu (albo jego 6 pierwszych znaków) i numer warunku, np. 3f2a9c:2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>condition %1 of %2</source>
        <translation>warunek %1 nakazu %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <translation>%1, w przybliżeniu</translation>
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
        <translation>zapisano %1</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>poprawione</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <source>Incident #%1 (version %2, amended)</source>
        <translation>Zdarzenie #%1 (wersja %2, poprawione)</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Zdarzenie #%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Rodzaj: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Kiedy: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>%1 (before the time given for the incident)</source>
        <translation>%1 (przed podaną godziną zdarzenia)</translation>
    </message>
    <message>
        <source>%1 (%2 after it happened)</source>
        <translation>%1 (%2 po zdarzeniu)</translation>
    </message>
    <message>
        <source>Last amended: %1</source>
        <translation>Ostatnia poprawka: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>W skrócie: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Co się stało: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanał: %1</translation>
    </message>
    <message>
        <source>Account used: %1</source>
        <translation>Użyte konto: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Miejsce: %1</translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translation>Współrzędne: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Skutki: %1</translation>
    </message>
    <message>
        <source>People involved: %1</source>
        <translation>Osoby zaangażowane: %1</translation>
    </message>
    <message>
        <source>Witnesses: %1</source>
        <translation>Świadkowie: %1</translation>
    </message>
    <message>
        <source>Other witnesses: %1</source>
        <translation>Inni świadkowie: %1</translation>
    </message>
    <message>
        <source>Children present: %1</source>
        <translation>Obecne dzieci: %1</translation>
    </message>
    <message>
        <source>Reported to police: %1</source>
        <translation>Zgłoszone policji: %1</translation>
    </message>
    <message>
        <source>Police reference: %1</source>
        <translation>Numer sprawy na policji: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Funkcjonariusz: %1</translation>
    </message>
    <message>
        <source>Possible breaches: %1</source>
        <translation>Możliwe naruszenia: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tagi: %1</translation>
    </message>
    <message>
        <source>Private notes: %1</source>
        <translation>Prywatne notatki: %1</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <translation>Dowody: %1</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Powód: %2</translation>
    </message>
    <message>
        <source>Version %1: recorded %2 (journal record %3).</source>
        <translation>Wersja %1: zapisano %2 (wpis rejestru %3).</translation>
    </message>
    <message>
        <source>Version %1: amended %2 (journal record %3). Reason: %4</source>
        <translation>Wersja %1: poprawiono %2 (wpis rejestru %3). Powód: %4</translation>
    </message>
    <message>
        <source>Deleted %1 (journal record %2). Reason: %3</source>
        <translation>Usunięto %1 (wpis rejestru %2). Powód: %3</translation>
    </message>
    <message>
        <source>Restored %1 (journal record %2).</source>
        <translation>Przywrócono %1 (wpis rejestru %2).</translation>
    </message>
    <message>
        <source>Restored %1 (journal record %2). Reason: %3</source>
        <translation>Przywrócono %1 (wpis rejestru %2). Powód: %3</translation>
    </message>
    <message>
        <source>%1 at %2 (journal record %3).</source>
        <translation>%1: %2 (wpis rejestru %3).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; became &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; zmieniono na &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not 1 to 4 letters. Give the initials of the person producing the exhibits, such as JS for exhibit numbers like JS/1.</source>
        <translation>%1: &apos;%2&apos; to nie od 1 do 4 liter. Podaj inicjały osoby przedstawiającej dowody, np. JS dla numerów dowodów takich jak JS/1.</translation>
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
        <translation>Użycie: daymark-cli COMMAND [OPTIONS] ARGUMENTS

Polecenia:
  create DIARY [--initials JS] utwórz nowy zaszyfrowany dziennik
  check DIARY                  sprawdź plik, łańcuch rejestru i dane (kod 0, gdy sprawny)
  passwd DIARY                 zmień hasło dziennika
  add DIARY --type CODE --at TIME --summary TEXT [...]   zapisz zdarzenie; wypisuje jego id
  amend DIARY ID [opcje pól] --reason TEXT               zapisz nową wersję zdarzenia
  delete DIARY ID --reason TEXT                          usuń zdarzenie (można je przywrócić)
  restore DIARY ID [--reason TEXT]                       cofnij usunięcie
  show DIARY ID                pokaż całe jedno zdarzenie
  history DIARY ID             każda wersja zdarzenia, z powodami
  list DIARY [filtry]          zdarzenia, od najnowszych
  search DIARY QUERY [filtry]  wyszukiwanie pełnotekstowe, od najnowszych
  people DIARY add|list|show|amend   sprawcy nękania, świadkowie, policjanci, osoby wspierające
  orders DIARY add|list|show|amend   nakazy ochrony, warunki i zapisane naruszenia
  fingerprint DIARY            odcisk dziennika, do zapisania albo wysłania komuś
  backup DIARY [--to FOLDER]   zaszyfrowana kopia zapasowa teraz (to samo hasło), sprawdzona; zachowuje 7 najnowszych
  restore DIARY [BACKUP]       przywróć najnowszą dobrą kopię (albo BACKUP); zastąpiony plik zostaje odłożony
  copy DIARY NEWFILE           kopia z innym hasłem, dla zaufanej osoby albo w bezpieczne miejsce
  demo DIARY [--incidents N] [--seed S]   nowy dziennik pełen fikcyjnych danych, do wypróbowania

Pliki dowodowe (dowody, numerowane jak JS/1):
  attach DIARY ID FILE... [--how KIND] [--description TEXT]   przechowuj pliki jako dowody zdarzenia
  exhibits DIARY [--incident ID] [--include-deleted]          dowody: numer, rozmiar, typ, nazwa, zdarzenia
  exhibit DIARY EXHIBIT                                       cały jeden dowód: SHA-256, dane aparatu, zdarzenia
  extract DIARY EXHIBIT OUTFILE                               zapisz jego oryginalne bajty do nowego pliku, ze sprawdzeniem
  link DIARY EXHIBIT ID                                       dowód należy także do innego zdarzenia
  detach DIARY EXHIBIT ID --reason TEXT                       dowód nie należy już do tego zdarzenia
  exhibit-delete DIARY EXHIBIT --reason TEXT                  usuń dowód, który nie należy do żadnego zdarzenia
  initials DIARY [NEW]                                        pokaż lub zmień inicjały nowych numerów dowodów

Dostrzeganie wzorca:
  insights DIARY [--from DATE] [--to DATE]   sygnały ostrzegawcze z ich zdarzeniami, zdarzenia na tydzień i według godziny
  screening DIARY [--answer CODE=yes|no|dont-know] [--note TEXT] [--history CODE]   pytania oceny ryzyka

Dowody dla policji:
  export-pdf DIARY OUT.pdf [filtry]       oś czasu wybranych zdarzeń w PDF
  export-bundle DIARY OUT.zip [filtry]    podpisany zip: PDF, oryginalne dowody, CSV, JSON, SHA256SUMS, README
  verify BUNDLE.zip                       sprawdź skróty, podpis i listę plików pakietu (kod 0, gdy wszystko się zgadza)

Wiadomości i połączenia z eksportów z telefonu (plik eksportu zostaje zachowany jako dowód):
  import DIARY --format FORMAT FILE [--from WHO] [--group day] [--dry-run]   czat WhatsApp (whatsapp), wiadomości
      z SMS Backup &amp; Restore (sms-backup) albo połączenia (calls): jedno zdarzenie na wiadomość lub połączenie

ID to numer zdarzenia z &apos;list&apos; (12 lub #12), jego id albo co najmniej 6 pierwszych znaków id.
EXHIBIT to numer dowodu (JS/3 lub 3), jego id albo początek id.
--json w poleceniach wypisujących rekordy daje stały JSON opisany w docs/cli-json.md.

Hasło pochodzi z --password-file FILE (pierwszy wiersz), w przeciwnym razie z DAYMARK_PASSWORD, a jeśli i tego brak, program o nie pyta.
passwd bierze nowe hasło z --new-password-file FILE, w przeciwnym razie z DAYMARK_NEW_PASSWORD, a jeśli i tego brak, pyta.
&apos;daymark-cli COMMAND --help&apos; opisuje polecenie.

Kody wyjścia: 0 powodzenie, 1 niepowodzenie, 2 złe użycie lub błędne dane (także rekord, który nie istnieje;
nic nie jest zapisywane), 3 złe hasło albo to nie jest dziennik, 4 dziennik uszkodzony albo pakiet niezweryfikowany,
5 problem z plikiem lub dyskiem, 6 nieudany autotest kryptografii.
</translation>
    </message>
    <message>
        <source>daymark-cli: no command given.</source>
        <translation>daymark-cli: nie podano polecenia.</translation>
    </message>
    <message>
        <source>daymark-cli: unknown command &apos;%1&apos;.</source>
        <translation>daymark-cli: nieznane polecenie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;daymark-cli %1 --help&apos; for usage.</source>
        <translation>Uruchom &apos;daymark-cli %1 --help&apos;, aby zobaczyć sposób użycia.</translation>
    </message>
    <message>
        <source>spo (default), interim-spo, restraining, non-molestation or other.</source>
        <translation>spo (domyślnie), interim-spo, restraining, non-molestation albo other.</translation>
    </message>
    <message>
        <source>The court that made it.</source>
        <translation>Sąd, który go wydał.</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>Sygnatura sprawy.</translation>
    </message>
    <message>
        <source>The person it is against: a name, id or id prefix.</source>
        <translation>Osoba, przeciwko której jest wydany: imię i nazwisko, id albo początek id.</translation>
    </message>
    <message>
        <source>The date it was made (2026-03-31).</source>
        <translation>Data wydania (2026-03-31).</translation>
    </message>
    <message>
        <source>The date it was served.</source>
        <translation>Data doręczenia.</translation>
    </message>
    <message>
        <source>The date it expires.</source>
        <translation>Data wygaśnięcia.</translation>
    </message>
    <message>
        <source>Notes about the order.</source>
        <translation>Notatki o nakazie.</translation>
    </message>
    <message>
        <source>A new condition, numbered after the others (repeatable).</source>
        <translation>Nowy warunek, numerowany po pozostałych (można powtarzać).</translation>
    </message>
    <message>
        <source>Remove the condition with this number; refused while it has recorded breaches (repeatable).</source>
        <translation>Usuń warunek o tym numerze; odmowa, dopóki ma zapisane naruszenia (można powtarzać).</translation>
    </message>
    <message>
        <source>Why it is amended, e.g. varied by the court (required).</source>
        <translation>Powód poprawki, np. zmieniony przez sąd (wymagany).</translation>
    </message>
    <message>
        <source>A condition, in the order&apos;s words; numbered 1, 2, ... as given (repeatable).</source>
        <translation>Warunek, słowami nakazu; numerowany 1, 2, ... w podanej kolejności (można powtarzać).</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of order. Use one of: %2.</source>
        <translation>--kind: &apos;%1&apos; nie jest rodzajem nakazu. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>--remove-condition: the order has no condition number &apos;%1&apos;. See &apos;orders DIARY show ID&apos; for the numbers.</source>
        <translation>--remove-condition: nakaz nie ma warunku o numerze &apos;%1&apos;. Numery pokazuje &apos;orders DIARY show ID&apos;.</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, sygnatura %2</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(wygasa: %1)</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>Sąd: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>Osoba objęta nakazem: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Wydany: %1</translation>
    </message>
    <message>
        <source>Served: %1</source>
        <translation>Doręczony: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Wygasa: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notatki: %1</translation>
    </message>
    <message>
        <source>No conditions recorded.</source>
        <translation>Nie zapisano warunków.</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Warunki:</translation>
    </message>
    <message>
        <source>No possible breaches recorded.</source>
        <translation>Nie zapisano możliwych naruszeń.</translation>
    </message>
    <message>
        <source>Possible breaches recorded: %1.</source>
        <translation>Zapisane możliwe naruszenia: %1.</translation>
    </message>
    <message>
        <source>%1, registration %2</source>
        <translation>%1, nr rejestracyjny %2</translation>
    </message>
    <message>
        <source>stalker (default), witness, police, support or other.</source>
        <translation>stalker (domyślnie), witness, police, support albo other.</translation>
    </message>
    <message>
        <source>Their name, or a description such as &quot;man in the blue car&quot;.</source>
        <translation>Imię i nazwisko albo opis, np. &quot;mężczyzna w niebieskim samochodzie&quot;.</translation>
    </message>
    <message>
        <source>Another name they use (repeatable).</source>
        <translation>Inne imię lub nazwa, której używa (można powtarzać).</translation>
    </message>
    <message>
        <source>How you know them: ex-partner, neighbour, unknown...</source>
        <translation>Skąd ją znasz: były partner, sąsiad, nieznajomy...</translation>
    </message>
    <message>
        <source>What they look like.</source>
        <translation>Jak wygląda.</translation>
    </message>
    <message>
        <source>A vehicle as make|model|colour|REGISTRATION; leave parts empty when unknown (repeatable).</source>
        <translation>Pojazd jako marka|model|kolor|REJESTRACJA; puste części, gdy nieznane (można powtarzać).</translation>
    </message>
    <message>
        <source>A phone number (repeatable).</source>
        <translation>Numer telefonu (można powtarzać).</translation>
    </message>
    <message>
        <source>An e-mail address (repeatable).</source>
        <translation>Adres e-mail (można powtarzać).</translation>
    </message>
    <message>
        <source>A social-media handle as platform:@name (repeatable).</source>
        <translation>Konto w mediach społecznościowych jako platforma:@nazwa (można powtarzać).</translation>
    </message>
    <message>
        <source>A postal address (repeatable).</source>
        <translation>Adres pocztowy (można powtarzać).</translation>
    </message>
    <message>
        <source>Police force, charity or employer.</source>
        <translation>Jednostka policji, organizacja pomocowa lub pracodawca.</translation>
    </message>
    <message>
        <source>Notes about them.</source>
        <translation>Notatki o tej osobie.</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not a role. Use one of: %2.</source>
        <translation>--role: &apos;%1&apos; nie jest rolą. Użyj jednej z: %2.</translation>
    </message>
    <message>
        <source>--name cannot be empty. Give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>--name nie może być puste. Podaj imię i nazwisko albo opis, np. &quot;nieznany mężczyzna w niebieskim samochodzie&quot;.</translation>
    </message>
    <message>
        <source>--vehicle: &apos;%1&apos; has more than four parts. Give make|model|colour|REGISTRATION, e.g. &quot;Ford|Focus|blue|AB12 CDE&quot;.</source>
        <translation>--vehicle: &apos;%1&apos; ma więcej niż cztery części. Podaj marka|model|kolor|REJESTRACJA, np. &quot;Ford|Focus|niebieski|AB12 CDE&quot;.</translation>
    </message>
    <message>
        <source>--handle: &apos;%1&apos; has no handle. Give platform:@name, e.g. Instagram:@name.</source>
        <translation>--handle: &apos;%1&apos; nie zawiera nazwy konta. Podaj platforma:@nazwa, np. Instagram:@nazwa.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rola: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Inne imiona i nazwy: %1</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relacja: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Pojazd: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Handle: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 w serwisie %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organizacja: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Wersja: %1</translation>
    </message>
    <message>
        <source>%1 &apos;daymark-cli exhibits DIARY&apos; lists the exhibits.</source>
        <translation>%1 &apos;daymark-cli exhibits DIARY&apos; wypisuje dowody.</translation>
    </message>
    <message>
        <source>%1: no person in this diary is called &apos;%2&apos; or has an id starting with it. Add the person first with &apos;daymark-cli people DIARY add&apos;, or check &apos;people DIARY list&apos;.</source>
        <translation>%1: żadna osoba w tym dzienniku nie nazywa się &apos;%2&apos; ani nie ma id, które się tak zaczyna. Najpierw dodaj osobę poleceniem &apos;daymark-cli people DIARY add&apos; albo sprawdź &apos;people DIARY list&apos;.</translation>
    </message>
    <message>
        <source>%1: no protection order in this diary has an id starting &apos;%2&apos;. See &apos;daymark-cli orders DIARY list&apos;.</source>
        <translation>%1: żaden nakaz ochrony w tym dzienniku nie ma id zaczynającego się od &apos;%2&apos;. Zob. &apos;daymark-cli orders DIARY list&apos;.</translation>
    </message>
    <message>
        <source>%1 To put back its newest good backup (the damaged file is kept aside), run: daymark-cli restore %2</source>
        <translation>%1 Aby przywrócić jego najnowszą dobrą kopię zapasową (uszkodzony plik zostanie odłożony na bok), uruchom: daymark-cli restore %2</translation>
    </message>
    <message>
        <source>&apos;daymark-cli %1 DIARY SUBCOMMAND --help&apos; describes a subcommand.</source>
        <translation>&apos;daymark-cli %1 DIARY SUBCOMMAND --help&apos; opisuje podpolecenie.</translation>
    </message>
    <message>
        <source>Say what to do after the diary: %1.</source>
        <translation>Podaj po dzienniku, co zrobić: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something &apos;%2&apos; can do. Use one of: %3.</source>
        <translation>&apos;%2&apos; nie potrafi zrobić &apos;%1&apos;. Użyj jednego z: %3.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>mniej niż minutę</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date and time. Give it as 2026-03-01T21:15 (in the time zone), as 2026-03-01T21:15:00+01:00, or as now.</source>
        <translation>%1: &apos;%2&apos; nie jest datą i godziną. Podaj ją jako 2026-03-01T21:15 (w tej strefie czasowej), jako 2026-03-01T21:15:00+01:00 albo jako now.</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist in the time zone %4 (the clocks went forward). Give a time outside the gap.</source>
        <translation>%1: %2 %3 nie istnieje w strefie czasowej %4 (zegary przestawiono do przodu). Podaj godzinę poza tą luką.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known time zone. Give an IANA name such as Europe/London or America/New_York.</source>
        <translation>%1: &apos;%2&apos; nie jest znaną strefą czasową. Podaj nazwę IANA, np. Europe/London albo America/New_York.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date or a date and time. Give it as 2026-03-01 or as 2026-03-01T21:15.</source>
        <translation>%1: &apos;%2&apos; nie jest datą ani datą z godziną. Podaj ją jako 2026-03-01 albo jako 2026-03-01T21:15.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date. Give it as 2026-03-31 (year, month, day).</source>
        <translation>%1: &apos;%2&apos; nie jest datą. Podaj ją jako 2026-03-31 (rok, miesiąc, dzień).</translation>
    </message>
    <message>
        <source>The number of backups to keep (--keep) must be a whole number from 1 to %1.</source>
        <translation>Liczba kopii zapasowych do zachowania (--keep) musi być liczbą całkowitą od 1 do %1.</translation>
    </message>
    <message>
        <source>Bring messages and calls from a phone or app export into the diary: each message or call becomes an incident (or one per day with --group day) with its exact text and time, and the export file itself is kept as an exhibit that every one of them links to, tagged with the line or element it came from. Media in a WhatsApp zip or an MMS are attached to their messages. Importing the same or an overlapping export again adds only what is new. Everything is saved in one go: on any problem, or Ctrl-C, nothing is kept.
Formats: whatsapp (the .txt or .zip of WhatsApp&apos;s Export chat), sms-backup and calls (the XML files of SMS Backup &amp; Restore), telegram (result.json of Telegram Desktop&apos;s JSON export of a chat or of all data), instagram (a conversation&apos;s message_1.json from Instagram&apos;s Download your information, JSON), signal (a Signal chat exported as text, &quot;[2019-12-24, 12:23] Name: text&quot;).
Exit codes: 0 imported (or nothing new), 1 cancelled, 2 bad input (an export Daymark cannot read, with the line or element named; dates that could be day/month or month/day without --date-order), 3 wrong password, 5 missing or unreadable file.</source>
        <translation>Przenieś wiadomości i połączenia z eksportu z telefonu lub aplikacji do dziennika: każda wiadomość lub połączenie staje się zdarzeniem (albo jedno zdarzenie na dzień z --group day) z dokładnym tekstem i godziną, a sam plik eksportu zostaje zachowany jako dowód, z którym każde z nich jest powiązane, z oznaczeniem wiersza lub elementu, z którego pochodzi. Multimedia z pliku zip WhatsAppa lub z MMS są dołączane do swoich wiadomości. Ponowny import tego samego lub częściowo pokrywającego się eksportu dodaje tylko to, co nowe. Wszystko jest zapisywane za jednym razem: przy jakimkolwiek problemie albo po Ctrl-C nic nie zostaje zachowane.
Formaty: whatsapp (plik .txt lub .zip z funkcji Eksportuj czat w WhatsAppie), sms-backup i calls (pliki XML z SMS Backup &amp; Restore), telegram (result.json z eksportu JSON w Telegram Desktop, jednego czatu albo wszystkich danych), instagram (message_1.json rozmowy z funkcji Pobierz swoje informacje w Instagramie, JSON), signal (czat z Signala wyeksportowany jako tekst, &quot;[2019-12-24, 12:23] Imię: tekst&quot;).
Kody wyjścia: 0 zaimportowano (albo nic nowego), 1 przerwano, 2 błędne dane (eksport, którego Daymark nie potrafi odczytać, ze wskazaniem wiersza lub elementu; daty, które mogą być dniem/miesiącem albo miesiącem/dniem, bez --date-order), 3 złe hasło, 5 brakujący lub nieczytelny plik.</translation>
    </message>
    <message>
        <source>E-mail and call logs: eml (one .eml file, or a folder of them), mbox (a mailbox file, or a folder of them such as Thunderbird&apos;s profile folder): each e-mail becomes an incident with its text, its headers as received and its attachments as exhibits. csv (a call log from any tool): say which column holds what with --column or --columns, or take the guess printed from the header.</source>
        <translation>E-maile i rejestry połączeń: eml (jeden plik .eml albo folder z nimi), mbox (plik skrzynki pocztowej albo folder z nimi, np. folder profilu Thunderbirda): każdy e-mail staje się zdarzeniem z jego tekstem, nagłówkami w otrzymanej postaci i załącznikami jako dowodami. csv (rejestr połączeń z dowolnego narzędzia): podaj, która kolumna co zawiera, opcją --column lub --columns, albo przyjmij propozycję wypisaną na podstawie nagłówka.</translation>
    </message>
    <message>
        <source>csv: the column for a field, by its header name: date, time (when apart from the date), number, name, direction, duration (repeat for each field).</source>
        <translation>csv: kolumna dla pola, według nazwy w nagłówku: date, time (gdy osobno od daty), number, name, direction, duration (powtórz dla każdego pola).</translation>
    </message>
    <message>
        <source>csv: the fields of the columns in order, such as date,number,,direction,duration (an empty place leaves a column out).</source>
        <translation>csv: pola kolumn po kolei, np. date,number,,direction,duration (puste miejsce pomija kolumnę).</translation>
    </message>
    <message>
        <source>csv: how dates are written: auto (default), dmy, mdy, ymd, unix, unix-ms, or a pattern such as &quot;dd.MM.yyyy HH:mm&quot;.</source>
        <translation>csv: jak zapisane są daty: auto (domyślnie), dmy, mdy, ymd, unix, unix-ms albo wzorzec, np. &quot;dd.MM.yyyy HH:mm&quot;.</translation>
    </message>
    <message>
        <source>What kind of incident: call, text, voicemail, email, social-media, online, sighting, following, visit, loitering, item-left, damage, third-party, threat, violence, breach, other.</source>
        <translation>Rodzaj zdarzenia: call, text, voicemail, email, social-media, online, sighting, following, visit, loitering, item-left, damage, third-party, threat, violence, breach, other.</translation>
    </message>
    <message>
        <source>When it happened: 2026-03-01T21:15 (in --zone), 2026-03-01T21:15:00+01:00, or now.</source>
        <translation>Kiedy to się stało: 2026-03-01T21:15 (w strefie --zone), 2026-03-01T21:15:00+01:00 albo now.</translation>
    </message>
    <message>
        <source>When it ended: a date and time, or a time of day (21:45) on the start&apos;s date.</source>
        <translation>Kiedy się skończyło: data i godzina albo sama godzina (21:45) w dniu rozpoczęcia.</translation>
    </message>
    <message>
        <source>The time is a best guess.</source>
        <translation>Czas jest najlepszym oszacowaniem.</translation>
    </message>
    <message>
        <source>The time is not a guess (undoes --approximate).</source>
        <translation>Czas nie jest oszacowaniem (cofa --approximate).</translation>
    </message>
    <message>
        <source>The time zone of --at and --end, e.g. Europe/London (default: the system&apos;s; when amending: the incident&apos;s). Given alone to amend, keeps the clock times in the new zone.</source>
        <translation>Strefa czasowa --at i --end, np. Europe/London (domyślnie: systemowa; przy poprawianiu: strefa zdarzenia). Podana sama przy poprawianiu zachowuje godziny zegarowe w nowej strefie.</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>Jeden wiersz mówiący, co się stało.</translation>
    </message>
    <message>
        <source>What happened in full, the exact words where known.</source>
        <translation>Pełny opis tego, co się stało, dokładnymi słowami, jeśli są znane.</translation>
    </message>
    <message>
        <source>Platform or channel: phone, WhatsApp, Instagram...</source>
        <translation>Platforma lub kanał: telefon, WhatsApp, Instagram...</translation>
    </message>
    <message>
        <source>The number, address or handle used.</source>
        <translation>Użyty numer, adres lub nazwa konta.</translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation>Gdzie to się stało.</translation>
    </message>
    <message>
        <source>Latitude of the place (with --lon).</source>
        <translation>Szerokość geograficzna miejsca (z --lon).</translation>
    </message>
    <message>
        <source>Longitude of the place (with --lat).</source>
        <translation>Długość geograficzna miejsca (z --lat).</translation>
    </message>
    <message>
        <source>Remove the latitude and longitude.</source>
        <translation>Usuń szerokość i długość geograficzną.</translation>
    </message>
    <message>
        <source>The effect on you: fear, distress, changes to daily life.</source>
        <translation>Wpływ na ciebie: strach, niepokój, zmiany w codziennym życiu.</translation>
    </message>
    <message>
        <source>Someone involved: a name, id or id prefix (repeatable).</source>
        <translation>Osoba zaangażowana: imię i nazwisko, id albo początek id (można powtarzać).</translation>
    </message>
    <message>
        <source>Someone who saw it: a name, id or id prefix (repeatable).</source>
        <translation>Osoba, która to widziała: imię i nazwisko, id albo początek id (można powtarzać).</translation>
    </message>
    <message>
        <source>Witnesses who are not in the diary&apos;s people.</source>
        <translation>Świadkowie, których nie ma wśród osób w dzienniku.</translation>
    </message>
    <message>
        <source>Children were present.</source>
        <translation>Obecne były dzieci.</translation>
    </message>
    <message>
        <source>No children were present.</source>
        <translation>Dzieci nie były obecne.</translation>
    </message>
    <message>
        <source>It was reported to the police.</source>
        <translation>Zgłoszono to policji.</translation>
    </message>
    <message>
        <source>It was not reported to the police.</source>
        <translation>Nie zgłoszono tego policji.</translation>
    </message>
    <message>
        <source>The police reference number (implies --reported).</source>
        <translation>Numer sprawy na policji (oznacza --reported).</translation>
    </message>
    <message>
        <source>The officer dealing with it.</source>
        <translation>Funkcjonariusz prowadzący sprawę.</translation>
    </message>
    <message>
        <source>Private notes, never exported unless asked.</source>
        <translation>Prywatne notatki, nigdy nieeksportowane bez wyraźnej prośby.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Tag (można powtarzać).</translation>
    </message>
    <message>
        <source>A possible breach of a protection order&apos;s condition, e.g. 3f2a9c:2 (repeatable).</source>
        <translation>Możliwe naruszenie warunku nakazu ochrony, np. 3f2a9c:2 (można powtarzać).</translation>
    </message>
    <message>
        <source>Remove the end time.</source>
        <translation>Usuń godzinę zakończenia.</translation>
    </message>
    <message>
        <source>Incidents added: %1 (#%2 to #%3). The files are exhibits %4 to %5.</source>
        <translation>Dodane zdarzenia: %1 (od #%2 do #%3). Pliki to dowody od %4 do %5.</translation>
    </message>
</context>
<context>
    <name>daymark::crypto</name>
    <message>
        <source>The key-derivation settings are out of range.</source>
        <translation>Ustawienia wyprowadzania klucza są poza dozwolonym zakresem.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the diary. Close other programs and try again.</source>
        <translation>Za mało wolnej pamięci, aby odblokować dziennik. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The encryption library on this computer gave a wrong answer in its self-test (%1), so Daymark will not run. Reinstall Daymark and its libraries, or ask for help.</source>
        <translation>Biblioteka szyfrująca na tym komputerze dała błędną odpowiedź w autoteście (%1), więc Daymark się nie uruchomi. Zainstaluj ponownie Daymark i jego biblioteki albo poproś o pomoc.</translation>
    </message>
</context>
<context>
    <name>daymark::diary</name>
    <message>
        <source>The backup folder&apos;s name is taken by a file. Choose another folder for backups.</source>
        <translation>Nazwa folderu kopii zapasowych jest zajęta przez plik. Wybierz inny folder na kopie.</translation>
    </message>
    <message>
        <source>The backup folder could not be made. Choose a folder you can write to for backups.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych. Wybierz na kopie folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>The demo data can only go into a new, empty diary. Create a new diary for it.</source>
        <translation>Dane demonstracyjne można umieścić tylko w nowym, pustym dzienniku. Utwórz dla nich nowy dziennik.</translation>
    </message>
    <message>
        <source>The demo diary was created after the time its data starts. Create it with the clock set to the demo&apos;s start time.</source>
        <translation>Dziennik demonstracyjny utworzono po czasie, od którego zaczynają się jego dane. Utwórz go z zegarem ustawionym na czas rozpoczęcia wersji demonstracyjnej.</translation>
    </message>
    <message>
        <source>The time zone Europe/London is not available. Install the time zone data (tzdata).</source>
        <translation>Strefa czasowa Europe/London jest niedostępna. Zainstaluj dane stref czasowych (tzdata).</translation>
    </message>
    <message>
        <source>The diary&apos;s signing key is missing.</source>
        <translation>Brak klucza podpisu dziennika.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Tworzenie kopii zapasowej przerwano; nic nie zostało zachowane.</translation>
    </message>
    <message>
        <source>The disk holding the backups is full, so no backup was made. Free some space or choose another folder for backups.</source>
        <translation>Dysk z kopiami zapasowymi jest pełny, więc kopii nie wykonano. Zwolnij trochę miejsca albo wybierz inny folder na kopie.</translation>
    </message>
    <message>
        <source>The backup could not be written. Check the backup folder and its disk.</source>
        <translation>Nie można zapisać kopii zapasowej. Sprawdź folder kopii i jego dysk.</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Dowód %1</translation>
    </message>
    <message>
        <source>%1 has no record in the journal: it was added outside Daymark.</source>
        <translation>%1 nie ma wpisu w rejestrze: dodano to poza Daymark.</translation>
    </message>
    <message>
        <source>its contents</source>
        <translation>jego treść</translation>
    </message>
    <message>
        <source>its number, hash, time or deletion</source>
        <translation>jego numer, skrót, czas lub usunięcie</translation>
    </message>
    <message>
        <source>the incidents it belongs to</source>
        <translation>zdarzenia, do których należy</translation>
    </message>
    <message>
        <source>%1: the stored bytes no longer match the SHA-256 taken when it was added.</source>
        <translation>%1: zapisane bajty nie zgadzają się już z SHA-256 obliczonym przy dodaniu.</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is not valid: %2.</source>
        <translation>Pole &apos;%1&apos; jest nieprawidłowe: %2.</translation>
    </message>
    <message>
        <source>A stored record could not be read.</source>
        <translation>Nie można odczytać zapisanego rekordu.</translation>
    </message>
    <message>
        <source>Person stalking or harassing</source>
        <translation>Osoba nękająca</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Funkcjonariusz policji</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Name: give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>Imię i nazwisko: podaj je albo opis, np. &quot;nieznany mężczyzna w niebieskim samochodzie&quot;.</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>Nakaz ochrony przed stalkingiem (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Interim Stalking Protection Order</source>
        <translation>Tymczasowy nakaz ochrony (Interim SPO)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Zakaz zbliżania się (Restraining order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Nakaz niedręczenia (Non-molestation order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Inny nakaz</translation>
    </message>
</context>
<context>
    <name>daymark::diary::DiaryBackup</name>
    <message>
        <source>The diary file could not be read for a backup.</source>
        <translation>Nie można odczytać pliku dziennika, aby wykonać kopię zapasową.</translation>
    </message>
    <message>
        <source>The diary file is damaged: its length does not match its pages, so no backup was made and older backups were left as they are. Restore the newest good backup.</source>
        <translation>Plik dziennika jest uszkodzony: jego długość nie zgadza się z jego stronami, więc nie wykonano kopii, a starsze kopie pozostawiono bez zmian. Przywróć najnowszą dobrą kopię zapasową.</translation>
    </message>
    <message>
        <source>Reading the diary file failed, so no backup was made. Check the disk.</source>
        <translation>Odczyt pliku dziennika się nie powiódł, więc nie wykonano kopii zapasowej. Sprawdź dysk.</translation>
    </message>
    <message>
        <source>The backup did not pass the diary check, so it was not kept and older backups were left as they are. The diary itself may be damaged: check it, and restore the newest good backup if it is.</source>
        <translation>Kopia zapasowa nie przeszła sprawdzenia dziennika, więc jej nie zachowano, a starsze kopie pozostawiono bez zmian. Sam dziennik może być uszkodzony: sprawdź go i, jeśli tak jest, przywróć najnowszą dobrą kopię.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::DiaryChecker</name>
    <message>
        <source>%1 does not match journal record %2 (%3): it was changed outside Daymark.</source>
        <translation>%1 nie zgadza się z wpisem rejestru %2 (%3): zmiany dokonano poza Daymark.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Zdarzenie %1</translation>
    </message>
    <message>
        <source>%1 has no record in the journal: it was added outside Daymark.</source>
        <translation>%1 nie ma wpisu w rejestrze: dodano to poza Daymark.</translation>
    </message>
    <message>
        <source>its contents</source>
        <translation>jego treść</translation>
    </message>
    <message>
        <source>its type, time or flags</source>
        <translation>jego rodzaj, czas lub oznaczenia</translation>
    </message>
    <message>
        <source>when it was recorded or amended</source>
        <translation>kiedy zostało zapisane lub poprawione</translation>
    </message>
    <message>
        <source>whether it is deleted</source>
        <translation>czy jest usunięte</translation>
    </message>
    <message>
        <source>the people linked to it</source>
        <translation>osoby z nim powiązane</translation>
    </message>
    <message>
        <source>the orders it may breach</source>
        <translation>nakazy, które może naruszać</translation>
    </message>
    <message>
        <source>The %1 %2</source>
        <translation>Rekord %2 (%1)</translation>
    </message>
    <message>
        <source>its version or deletion</source>
        <translation>jego wersja lub usunięcie</translation>
    </message>
    <message>
        <source>its name, role or kind</source>
        <translation>jego nazwa, rola lub rodzaj</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>order</source>
        <translation>nakaz</translation>
    </message>
    <message>
        <source>screening answer</source>
        <translation>odpowiedź w ocenie ryzyka</translation>
    </message>
    <message>
        <source>The %1 written in journal record %2 is missing from the diary: it was removed outside Daymark.</source>
        <translation>Rekordu typu %1 zapisanego we wpisie rejestru %2 brakuje w dzienniku: usunięto go poza Daymark.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::EmergencyCopy</name>
    <message>
        <source>The new password is empty. Choose a password for the copy.</source>
        <translation>Nowe hasło jest puste. Wybierz hasło do kopii.</translation>
    </message>
    <message>
        <source>These password-protection settings are weaker than Daymark allows, so no copy was made.</source>
        <translation>Te ustawienia ochrony hasłem są słabsze, niż dopuszcza Daymark, więc nie wykonano kopii.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Plik o tej nazwie już istnieje. Wybierz inną nazwę; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>The copy is not of this diary.</source>
        <translation>To nie jest kopia tego dziennika.</translation>
    </message>
    <message>
        <source>The copy did not pass the diary check, so it was not kept. The diary itself is unchanged; check it, then try again.</source>
        <translation>Kopia nie przeszła sprawdzenia dziennika, więc jej nie zachowano. Sam dziennik się nie zmienił; sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>A file with that name appeared meanwhile. Choose another name; Daymark never overwrites a file.</source>
        <translation>W międzyczasie pojawił się plik o tej nazwie. Wybierz inną nazwę; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::ExhibitRepository</name>
    <message>
        <source>Initials: give 1 to 4 letters, such as JS, for exhibit numbers like JS/1.</source>
        <translation>Inicjały: podaj od 1 do 4 liter, np. JS, dla numerów dowodów takich jak JS/1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1 in this diary.</source>
        <translation>W tym dzienniku nie ma zdarzenia o id %1.</translation>
    </message>
    <message>
        <source>This incident is deleted. Restore it before attaching files to it.</source>
        <translation>To zdarzenie jest usunięte. Przywróć je, zanim dołączysz do niego pliki.</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more). Nothing was added.</source>
        <translation>Plik %1 nie istnieje (już). Niczego nie dodano.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a file to attach.</source>
        <translation>%1 nie jest plikiem. Wybierz plik do dołączenia.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2. Nothing was added.</source>
        <translation>Nie można odczytać pliku %1: %2. Niczego nie dodano.</translation>
    </message>
    <message>
        <source>The file changed while it was being read. Nothing was added; wait until nothing is writing to it and try again.</source>
        <translation>Plik zmienił się podczas odczytu. Niczego nie dodano; zaczekaj, aż nic nie będzie do niego zapisywać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>How obtained: &apos;%1&apos; is not one of %2.</source>
        <translation>Sposób pozyskania: &apos;%1&apos; nie jest jednym z: %2.</translation>
    </message>
    <message>
        <source>Exhibit %1 is deleted; its contents are no longer in the diary.</source>
        <translation>Dowód %1 jest usunięty; jego treści nie ma już w dzienniku.</translation>
    </message>
    <message>
        <source>Exhibit %1 already belongs to this incident.</source>
        <translation>Dowód %1 już należy do tego zdarzenia.</translation>
    </message>
    <message>
        <source>Reason: say why the exhibit is being detached from this incident.</source>
        <translation>Powód: podaj, dlaczego dowód jest odłączany od tego zdarzenia.</translation>
    </message>
    <message>
        <source>Exhibit %1 does not belong to this incident.</source>
        <translation>Dowód %1 nie należy do tego zdarzenia.</translation>
    </message>
    <message>
        <source>Reason: say why the exhibit is being deleted. Its number and history are kept; its contents are removed.</source>
        <translation>Powód: podaj, dlaczego dowód jest usuwany. Jego numer i historia zostają zachowane; jego treść zostaje usunięta.</translation>
    </message>
    <message>
        <source>Exhibit %1 is already deleted.</source>
        <translation>Dowód %1 jest już usunięty.</translation>
    </message>
    <message>
        <source>Exhibit %1 still belongs to at least one incident. Detach it from each first.</source>
        <translation>Dowód %1 nadal należy do co najmniej jednego zdarzenia. Najpierw odłącz go od każdego z nich.</translation>
    </message>
    <message>
        <source>There is no exhibit with id %1 in this diary.</source>
        <translation>W tym dzienniku nie ma dowodu o id %1.</translation>
    </message>
    <message>
        <source>There is no exhibit %1 in this diary.</source>
        <translation>W tym dzienniku nie ma dowodu %1.</translation>
    </message>
    <message>
        <source>No exhibit in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Żaden dowód w tym dzienniku nie ma id zaczynającego się od &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one exhibit has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Więcej niż jeden dowód ma id zaczynające się od &apos;%1&apos;. Podaj dłuższą część id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exhibit number (such as JS/3) or id.</source>
        <translation>&apos;%1&apos; nie jest numerem dowodu (np. JS/3) ani id.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s contents are no longer in the diary (it was deleted).</source>
        <translation>Treści dowodu nie ma już w dzienniku (został usunięty).</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>%1 już istnieje. Wybierz nową nazwę pliku; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::IncidentRepository</name>
    <message>
        <source>Summary: say in a few words what happened.</source>
        <translation>W skrócie: opisz w kilku słowach, co się stało.</translation>
    </message>
    <message>
        <source>Start: the time it happened is missing or not a valid date and time.</source>
        <translation>Początek: brak czasu zdarzenia albo nie jest to prawidłowa data i godzina.</translation>
    </message>
    <message>
        <source>End: not a valid date and time. Leave it out if you do not know it.</source>
        <translation>Koniec: nieprawidłowa data i godzina. Pomiń go, jeśli go nie znasz.</translation>
    </message>
    <message>
        <source>End: the end is before the start. Give an end after the start, or none.</source>
        <translation>Koniec: koniec jest przed początkiem. Podaj koniec po początku albo nie podawaj go wcale.</translation>
    </message>
    <message>
        <source>Coordinates: give both latitude and longitude, or neither.</source>
        <translation>Współrzędne: podaj zarówno szerokość, jak i długość geograficzną, albo żadnej.</translation>
    </message>
    <message>
        <source>Coordinates: latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>Współrzędne: szerokość musi mieścić się między -90 a 90, a długość między -180 a 180.</translation>
    </message>
    <message>
        <source>People: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>Osoby: w tym dzienniku nie ma osoby o id %1. Najpierw dodaj tę osobę.</translation>
    </message>
    <message>
        <source>People: the person with id %1 is deleted. Restore them first.</source>
        <translation>Osoby: osoba o id %1 jest usunięta. Najpierw ją przywróć.</translation>
    </message>
    <message>
        <source>Witnesses: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>Świadkowie: w tym dzienniku nie ma osoby o id %1. Najpierw dodaj tę osobę.</translation>
    </message>
    <message>
        <source>Witnesses: the person with id %1 is deleted. Restore them first.</source>
        <translation>Świadkowie: osoba o id %1 jest usunięta. Najpierw ją przywróć.</translation>
    </message>
    <message>
        <source>Breaches: there is no protection order with id %1 in this diary.</source>
        <translation>Naruszenia: w tym dzienniku nie ma nakazu ochrony o id %1.</translation>
    </message>
    <message>
        <source>Breaches: the order has no condition number %1.</source>
        <translation>Naruszenia: nakaz nie ma warunku o numerze %1.</translation>
    </message>
    <message>
        <source>An incident with this id already exists.</source>
        <translation>Zdarzenie o tym id już istnieje.</translation>
    </message>
    <message>
        <source>Reason: say why the entry is being amended; the earlier version is kept beside it.</source>
        <translation>Powód: podaj, dlaczego wpis jest poprawiany; wcześniejsza wersja zostaje zachowana obok.</translation>
    </message>
    <message>
        <source>This incident is deleted. Restore it before amending it.</source>
        <translation>To zdarzenie jest usunięte. Przywróć je, zanim je poprawisz.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego poprawić.</translation>
    </message>
    <message>
        <source>Reason: say why the entry is being deleted. It can be restored later.</source>
        <translation>Powód: podaj, dlaczego wpis jest usuwany. Można go później przywrócić.</translation>
    </message>
    <message>
        <source>This incident is already deleted.</source>
        <translation>To zdarzenie jest już usunięte.</translation>
    </message>
    <message>
        <source>This incident is not deleted, so there is nothing to restore.</source>
        <translation>To zdarzenie nie jest usunięte, więc nie ma czego przywracać.</translation>
    </message>
    <message>
        <source>There is no incident with id %1 in this diary.</source>
        <translation>W tym dzienniku nie ma zdarzenia o id %1.</translation>
    </message>
    <message>
        <source>There is no incident number %1 in this diary.</source>
        <translation>W tym dzienniku nie ma zdarzenia o numerze %1.</translation>
    </message>
    <message>
        <source>No incident in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Żadne zdarzenie w tym dzienniku nie ma id zaczynającego się od &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one incident has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Więcej niż jedno zdarzenie ma id zaczynające się od &apos;%1&apos;. Podaj dłuższą część id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident number or id. Use the number shown by &apos;list&apos; (e.g. 12) or the id.</source>
        <translation>&apos;%1&apos; nie jest numerem ani id zdarzenia. Użyj numeru pokazanego przez &apos;list&apos; (np. 12) albo id.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::IncidentType</name>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Połączenie telefoniczne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Text or chat message</source>
        <translation>SMS lub wiadomość na czacie</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Poczta głosowa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Social media message, post or comment</source>
        <translation>Wiadomość, post lub komentarz w mediach społecznościowych</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Other online contact</source>
        <translation>Inny kontakt przez internet</translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation>W pobliżu</translation>
    </message>
    <message>
        <source>Seen nearby</source>
        <translation>Obecność w pobliżu</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Turned up at home, work or school</source>
        <translation>Pojawienie się w domu, pracy lub szkole</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Wyczekiwanie</translation>
    </message>
    <message>
        <source>Item left</source>
        <translation>Przedmiot</translation>
    </message>
    <message>
        <source>Gift or item left</source>
        <translation>Pozostawiony prezent lub przedmiot</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Zniszczenie</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>Zniszczenie mienia</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Przez inne osoby</translation>
    </message>
    <message>
        <source>Contact through other people</source>
        <translation>Kontakt przez inne osoby</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Groźba</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Przemoc</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>Przemoc fizyczna lub seksualna</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Naruszenie</translation>
    </message>
    <message>
        <source>Breach of an order</source>
        <translation>Naruszenie nakazu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>daymark::diary::OrderRepository</name>
    <message>
        <source>Conditions: condition %1 has no text. Copy its wording from the order.</source>
        <translation>Warunki: warunek %1 nie ma treści. Przepisz jego brzmienie z nakazu.</translation>
    </message>
    <message>
        <source>Conditions: the number %1 is used twice.</source>
        <translation>Warunki: numer %1 występuje dwa razy.</translation>
    </message>
    <message>
        <source>Expires: the expiry date is before the date the order was made.</source>
        <translation>Wygasa: data wygaśnięcia jest wcześniejsza niż data wydania nakazu.</translation>
    </message>
    <message>
        <source>Served: the date served is before the date the order was made.</source>
        <translation>Doręczony: data doręczenia jest wcześniejsza niż data wydania nakazu.</translation>
    </message>
    <message>
        <source>Respondent: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>Osoba objęta nakazem: w tym dzienniku nie ma osoby o id %1. Najpierw dodaj tę osobę.</translation>
    </message>
    <message>
        <source>An order with this id already exists.</source>
        <translation>Nakaz o tym id już istnieje.</translation>
    </message>
    <message>
        <source>Reason: say why the order is being amended (for example, varied by the court).</source>
        <translation>Powód: podaj, dlaczego nakaz jest poprawiany (na przykład zmieniony przez sąd).</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego poprawić.</translation>
    </message>
    <message>
        <source>Conditions: condition %1 has recorded breaches (incident %2), so it cannot be removed.</source>
        <translation>Warunki: warunek %1 ma zapisane naruszenia (zdarzenie %2), więc nie można go usunąć.</translation>
    </message>
    <message>
        <source>Reason: say why the order is being deleted. It can be restored later.</source>
        <translation>Powód: podaj, dlaczego nakaz jest usuwany. Można go później przywrócić.</translation>
    </message>
    <message>
        <source>This order is already deleted.</source>
        <translation>Ten nakaz jest już usunięty.</translation>
    </message>
    <message>
        <source>This order is not deleted, so there is nothing to restore.</source>
        <translation>Ten nakaz nie jest usunięty, więc nie ma czego przywracać.</translation>
    </message>
    <message>
        <source>There is no protection order with id %1 in this diary.</source>
        <translation>W tym dzienniku nie ma nakazu ochrony o id %1.</translation>
    </message>
    <message>
        <source>No protection order in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Żaden nakaz ochrony w tym dzienniku nie ma id zaczynającego się od &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one protection order has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Więcej niż jeden nakaz ochrony ma id zaczynające się od &apos;%1&apos;. Podaj dłuższą część id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protection order id.</source>
        <translation>&apos;%1&apos; nie jest id nakazu ochrony.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::PersonRepository</name>
    <message>
        <source>A person with this id already exists.</source>
        <translation>Osoba o tym id już istnieje.</translation>
    </message>
    <message>
        <source>Reason: say why this person&apos;s details are being amended.</source>
        <translation>Powód: podaj, dlaczego dane tej osoby są poprawiane.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego poprawić.</translation>
    </message>
    <message>
        <source>Reason: say why this person is being deleted. They can be restored later.</source>
        <translation>Powód: podaj, dlaczego ta osoba jest usuwana. Można ją później przywrócić.</translation>
    </message>
    <message>
        <source>This person is already deleted.</source>
        <translation>Ta osoba jest już usunięta.</translation>
    </message>
    <message>
        <source>This person is not deleted, so there is nothing to restore.</source>
        <translation>Ta osoba nie jest usunięta, więc nie ma czego przywracać.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in this diary.</source>
        <translation>W tym dzienniku nie ma osoby o id %1.</translation>
    </message>
    <message>
        <source>More than one person is called &apos;%1&apos;. Use the id instead.</source>
        <translation>Więcej niż jedna osoba nazywa się &apos;%1&apos;. Użyj zamiast tego id.</translation>
    </message>
    <message>
        <source>No person in this diary has an id starting &apos;%1&apos;.</source>
        <translation>Żadna osoba w tym dzienniku nie ma id zaczynającego się od &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one person has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>Więcej niż jedna osoba ma id zaczynające się od &apos;%1&apos;. Podaj dłuższą część id.</translation>
    </message>
    <message>
        <source>No person in this diary is called &apos;%1&apos; or has that id.</source>
        <translation>Żadna osoba w tym dzienniku nie nazywa się &apos;%1&apos; ani nie ma takiego id.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::backupRestore</name>
    <message>
        <source>The backup could not be read. Check that you may open it.</source>
        <translation>Nie można odczytać kopii zapasowej. Sprawdź, czy masz uprawnienia do jej otwarcia.</translation>
    </message>
    <message>
        <source>The diary&apos;s folder could not be written to. Check that you may write there.</source>
        <translation>Nie można zapisywać w folderze dziennika. Sprawdź, czy masz tam uprawnienia do zapisu.</translation>
    </message>
    <message>
        <source>The backup could not be read. Check the disk.</source>
        <translation>Nie można odczytać kopii zapasowej. Sprawdź dysk.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the diary (is the disk full?). The diary was not changed.</source>
        <translation>Nie można skopiować kopii zapasowej obok dziennika (czy dysk jest pełny?). Dziennik się nie zmienił.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the diary. The diary was not changed.</source>
        <translation>Nie można skopiować kopii zapasowej obok dziennika. Dziennik się nie zmienił.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>jest uszkodzona (%1)</translation>
    </message>
    <message>
        <source>it does not open with this password (it may have been made before a password change)</source>
        <translation>nie otwiera się tym hasłem (mogła zostać wykonana przed zmianą hasła)</translation>
    </message>
    <message>
        <source>The backup and the diary are the same file. Name a backup file to restore.</source>
        <translation>Kopia zapasowa i dziennik to ten sam plik. Podaj plik kopii do przywrócenia.</translation>
    </message>
    <message>
        <source>There is no backup file at that location. Check the name and folder.</source>
        <translation>W tym miejscu nie ma pliku kopii zapasowej. Sprawdź nazwę i folder.</translation>
    </message>
    <message>
        <source>That backup is damaged too, so the diary was not replaced. Try an older backup.</source>
        <translation>Ta kopia zapasowa też jest uszkodzona, więc dziennika nie zastąpiono. Spróbuj starszej kopii.</translation>
    </message>
</context>
<context>
    <name>daymark::evidence</name>
    <message>
        <source>Cancelled. Nothing was added to the diary.</source>
        <translation>Przerwano. Niczego nie dodano do dziennika.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Przerwano. Nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Screenshot I took</source>
        <translation>Zrzut ekranu zrobiony przeze mnie</translation>
    </message>
    <message>
        <source>Photo I took</source>
        <translation>Zdjęcie zrobione przeze mnie</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Nagranie dźwiękowe</translation>
    </message>
    <message>
        <source>Video I took</source>
        <translation>Film nagrany przeze mnie</translation>
    </message>
    <message>
        <source>Export from an app</source>
        <translation>Eksport z aplikacji</translation>
    </message>
    <message>
        <source>Received from someone</source>
        <translation>Otrzymane od kogoś</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Pobrane z internetu</translation>
    </message>
    <message>
        <source>Scan of a paper document</source>
        <translation>Skan papierowego dokumentu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>daymark::evidence::BlobStore</name>
    <message>
        <source>A file was about to be stored outside a transaction.</source>
        <translation>Plik miał zostać zapisany poza transakcją.</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1. Nothing was added.</source>
        <translation>Nie można odczytać pliku do końca: %1. Niczego nie dodano.</translation>
    </message>
    <message>
        <source>The file changed while it was being read (its size is not what it was). Nothing was added; wait until nothing is writing to it and try again.</source>
        <translation>Plik zmienił się podczas odczytu (jego rozmiar jest inny niż był). Niczego nie dodano; zaczekaj, aż nic nie będzie do niego zapisywać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s contents are no longer in the diary.</source>
        <translation>Treści dowodu nie ma już w dzienniku.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1.</source>
        <translation>Zapis pliku się nie powiódł: %1.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s stored bytes do not match the SHA-256 taken when it was added. Run &apos;check&apos; on the diary and restore it from a backup.</source>
        <translation>Zapisane bajty dowodu nie zgadzają się z SHA-256 obliczonym przy jego dodaniu. Uruchom &apos;check&apos; na dzienniku i przywróć go z kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>daymark::evidence::Journal</name>
    <message>
        <source>A change was about to be saved without its journal record.</source>
        <translation>Zmiana miała zostać zapisana bez wpisu w rejestrze.</translation>
    </message>
    <message>
        <source>Journal record %1 is missing: the records jump from %2 to %3.</source>
        <translation>Brak wpisu rejestru %1: wpisy przeskakują z %2 do %3.</translation>
    </message>
    <message>
        <source>Journal record %1 does not link to the record before it.</source>
        <translation>Wpis rejestru %1 nie łączy się z poprzednim wpisem.</translation>
    </message>
    <message>
        <source>Journal record %1 has a time out of order.</source>
        <translation>Wpis rejestru %1 ma czas niezgodny z kolejnością.</translation>
    </message>
    <message>
        <source>Journal record %1 was changed after it was written: its hash does not match.</source>
        <translation>Wpis rejestru %1 został zmieniony po zapisaniu: jego skrót się nie zgadza.</translation>
    </message>
</context>
<context>
    <name>daymark::gui</name>
    <message>
        <source>Daymark: a private, encrypted diary of incidents and evidence.</source>
        <translation>Daymark: prywatny, zaszyfrowany dziennik zdarzeń i dowodów.</translation>
    </message>
    <message>
        <source>A diary file (.daymark) to unlock.</source>
        <translation>Plik dziennika (.daymark) do odblokowania.</translation>
    </message>
    <message>
        <source>Daymark cannot start</source>
        <translation>Nie można uruchomić programu Daymark</translation>
    </message>
</context>
<context>
    <name>daymark::importers</name>
    <message>
        <source>%1 is empty: it holds no calls.</source>
        <translation>%1 jest pusty: nie zawiera żadnych połączeń.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nie ma pliku %1. Sprawdź nazwę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1 (the file&apos;s columns are: %2).</source>
        <translation>Wybierz kolumnę, która zawiera pole „%1” (kolumny pliku: %2).</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for the %2); its columns are: %3.</source>
        <translation>Plik nie ma kolumny &quot;%1&quot; (dla pola „%2”); jego kolumny to: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for two fields; choose one column per field.</source>
        <translation>Kolumna &quot;%1&quot; jest wybrana dla dwóch pól; wybierz jedną kolumnę na pole.</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a pattern such as dd.MM.yyyy HH:mm.</source>
        <translation>Daymark nie zna formatu daty &quot;%1&quot;: użyj auto, dmy, mdy, ymd, unix, unix-ms albo wzorca, np. dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail: it has no header lines (such as &quot;From:&quot; and &quot;Date:&quot;) before its text.</source>
        <translation>%1 nie jest e-mailem: przed jego treścią nie ma wierszy nagłówka (takich jak &quot;From:&quot; i &quot;Date:&quot;).</translation>
    </message>
    <message>
        <source>The message has no Date header; the time is the mailbox&apos;s own record of when it arrived.</source>
        <translation>Wiadomość nie ma nagłówka Date; godzina pochodzi z zapisu skrzynki pocztowej o tym, kiedy dotarła.</translation>
    </message>
    <message>
        <source>The Date header &quot;%1&quot; is not a date Daymark can read; the time is the mailbox&apos;s own record of when it arrived.</source>
        <translation>Nagłówek Date &quot;%1&quot; nie jest datą, którą Daymark potrafi odczytać; godzina pochodzi z zapisu skrzynki pocztowej o tym, kiedy wiadomość dotarła.</translation>
    </message>
    <message>
        <source>%1 has no Date header, so Daymark cannot tell when it was sent. Import it from the mailbox (mbox) it came from, which records when it arrived.</source>
        <translation>%1 nie ma nagłówka Date, więc Daymark nie może ustalić, kiedy go wysłano. Zaimportuj go ze skrzynki pocztowej (mbox), z której pochodzi – ona zapisuje, kiedy dotarł.</translation>
    </message>
    <message>
        <source>%1: the Date header &quot;%2&quot; is not a date Daymark can read (it should look like &quot;Tue, 3 Jan 2023 14:05:00 +0000&quot;).</source>
        <translation>%1: nagłówek Date &quot;%2&quot; nie jest datą, którą Daymark potrafi odczytać (powinien wyglądać jak &quot;Tue, 3 Jan 2023 14:05:00 +0000&quot;).</translation>
    </message>
    <message>
        <source>The subject is in the character set &quot;%1&quot;, which Daymark could not read as such; some letters may be wrong.</source>
        <translation>Temat jest w zestawie znaków &quot;%1&quot;, którego Daymark nie potrafił odczytać; niektóre litery mogą być błędne.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Import przerwano; niczego nie dodano.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an unknown or hidden number</source>
        <translation>nieznany lub zastrzeżony numer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Nieodebrane połączenie od %1</translation>
    </message>
    <message>
        <source>Rejected call from %1</source>
        <translation>Odrzucone połączenie od %1</translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation>Wiadomość głosowa od %1</translation>
    </message>
    <message>
        <source>Call from %1 (%2)</source>
        <translation>Połączenie od %1 (%2)</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Połączenie od %1</translation>
    </message>
    <message>
        <source>Call to %1 (%2)</source>
        <translation>Połączenie do %1 (%2)</translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation>Połączenie do %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>E-mail do %1: %2</translation>
    </message>
    <message>
        <source>Email from %1: %2</source>
        <translation>E-mail od %1: %2</translation>
    </message>
    <message>
        <source>(an empty message)</source>
        <translation>(pusta wiadomość)</translation>
    </message>
    <message>
        <source>(a photo or file)</source>
        <translation>(zdjęcie lub plik)</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Do %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <source>Headers as received:</source>
        <translation>Nagłówki w otrzymanej postaci:</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>wiersze %1-%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>Eksport czatu WhatsApp</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore messages</source>
        <translation>Wiadomości z SMS Backup &amp; Restore</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore call log</source>
        <translation>Rejestr połączeń z SMS Backup &amp; Restore</translation>
    </message>
    <message>
        <source>e-mail (.eml)</source>
        <translation>e-mail (.eml)</translation>
    </message>
    <message>
        <source>mailbox (.mbox)</source>
        <translation>skrzynka pocztowa (.mbox)</translation>
    </message>
    <message>
        <source>call log (.csv)</source>
        <translation>rejestr połączeń (.csv)</translation>
    </message>
    <message>
        <source>Telegram export (result.json)</source>
        <translation>Eksport z Telegrama (result.json)</translation>
    </message>
    <message>
        <source>Instagram messages (JSON)</source>
        <translation>Wiadomości z Instagrama (JSON)</translation>
    </message>
    <message>
        <source>Signal chat (text)</source>
        <translation>Czat z Signala (tekst)</translation>
    </message>
    <message>
        <source>its &quot;timestamp_ms&quot; is not a number of milliseconds since 1970.</source>
        <translation>jego &quot;timestamp_ms&quot; nie jest liczbą milisekund od 1970 roku.</translation>
    </message>
    <message>
        <source>it has no time (&quot;timestamp_ms&quot;).</source>
        <translation>nie ma czasu (&quot;timestamp_ms&quot;).</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>bajt 0x%1</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>dwukropek</translation>
    </message>
    <message>
        <source>The export could not be read after line %1. Check that the file is complete and readable.</source>
        <translation>Nie można odczytać eksportu po wierszu %1. Sprawdź, czy plik jest kompletny i czytelny.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB; this is not a text export Daymark can read.</source>
        <translation>Wiersz %1 jest dłuższy niż %2 MiB; to nie jest eksport tekstowy, który Daymark potrafi odczytać.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Use the file exactly as the app exported it, without converting it to another encoding.</source>
        <translation>Wiersz %1 nie jest tekstem UTF-8. Użyj pliku dokładnie w takiej postaci, w jakiej aplikacja go wyeksportowała, bez przekształcania do innego kodowania.</translation>
    </message>
    <message>
        <source>The message says it is in parts, but the line that separates them never appears; it is shown as written.</source>
        <translation>Wiadomość deklaruje, że składa się z części, ale wiersz, który je rozdziela, nigdzie się nie pojawia; pokazano ją tak, jak została zapisana.</translation>
    </message>
    <message>
        <source>The message ends before its last part is closed: the file may have been cut short.</source>
        <translation>Wiadomość kończy się, zanim zamknięto jej ostatnią część: plik mógł zostać ucięty.</translation>
    </message>
    <message>
        <source>Part of the text is in the character set &quot;%1&quot;, which Daymark could not read as such; it is shown as UTF-8 or Windows-1252 and some letters may be wrong.</source>
        <translation>Część tekstu jest w zestawie znaków &quot;%1&quot;, którego Daymark nie potrafił odczytać; pokazano ją jako UTF-8 lub Windows-1252 i niektóre litery mogą być błędne.</translation>
    </message>
    <message>
        <source>---------- Attached message ----------</source>
        <translation>---------- Załączona wiadomość ----------</translation>
    </message>
    <message>
        <source>The message nests its parts deeper or has more of them than Daymark reads; the rest is in the exhibit.</source>
        <translation>Wiadomość zagnieżdża swoje części głębiej lub ma ich więcej, niż Daymark odczytuje; reszta jest w dowodzie.</translation>
    </message>
    <message>
        <source>The message says it is in parts but does not say how they are separated; it is shown as written.</source>
        <translation>Wiadomość deklaruje, że składa się z części, ale nie podaje, jak są rozdzielone; pokazano ją tak, jak została zapisana.</translation>
    </message>
    <message>
        <source>A part&apos;s base64 encoding is damaged or cut short; what could be decoded is kept.</source>
        <translation>Kodowanie base64 jednej z części jest uszkodzone lub ucięte; zachowano to, co dało się odkodować.</translation>
    </message>
    <message>
        <source>its &quot;date_unixtime&quot; is not a number of seconds since 1970.</source>
        <translation>jej &quot;date_unixtime&quot; nie jest liczbą sekund od 1970 roku.</translation>
    </message>
    <message>
        <source>it has no date (&quot;date_unixtime&quot; or &quot;date&quot;).</source>
        <translation>nie ma daty (&quot;date_unixtime&quot; ani &quot;date&quot;).</translation>
    </message>
    <message>
        <source>its date &quot;%1&quot; is not written the way Telegram writes dates (2018-12-05T11:39:10).</source>
        <translation>jej data &quot;%1&quot; nie jest zapisana tak, jak Telegram zapisuje daty (2018-12-05T11:39:10).</translation>
    </message>
    <message>
        <source>its &quot;text&quot; is neither a text nor a list of text pieces.</source>
        <translation>jej &quot;text&quot; nie jest ani tekstem, ani listą fragmentów tekstu.</translation>
    </message>
    <message>
        <source>The dates in this chat have two four-digit numbers (first seen on &quot;%1&quot;); it is not a WhatsApp export Daymark can read.</source>
        <translation>Daty w tym czacie zawierają dwie liczby czterocyfrowe (pierwszy raz w &quot;%1&quot;); to nie jest eksport WhatsAppa, który Daymark potrafi odczytać.</translation>
    </message>
    <message>
        <source>The dates in this chat do not follow one order: some read as day/month and others as month/day, so Daymark cannot tell when the messages were sent.</source>
        <translation>Daty w tym czacie nie mają jednej kolejności: niektóre wyglądają na dzień/miesiąc, a inne na miesiąc/dzień, więc Daymark nie może ustalić, kiedy wysłano wiadomości.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has an hour above 12 with a.m./p.m.; it is not a time WhatsApp writes.</source>
        <translation>Wiersz %1: &quot;%2&quot; ma godzinę powyżej 12 z a.m./p.m.; WhatsApp nie zapisuje tak godzin.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid date when read as %3. If the date order is wrong, choose the other one.</source>
        <translation>Wiersz %1: &quot;%2&quot; nie jest prawidłową datą, gdy odczytać ją jako %3. Jeśli kolejność w dacie jest zła, wybierz drugą.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation>Reakcje: %1</translation>
    </message>
    <message>
        <source>Forwarded from %1.</source>
        <translation>Przekazane od %1.</translation>
    </message>
    <message>
        <source>Edited at %1.</source>
        <translation>Edytowano: %1.</translation>
    </message>
    <message>
        <source>A sticker: %1</source>
        <translation>Naklejka: %1</translation>
    </message>
    <message>
        <source>A location: %1, %2.</source>
        <translation>Lokalizacja: %1, %2.</translation>
    </message>
    <message>
        <source>A contact: %1 %2, %3.</source>
        <translation>Kontakt: %1 %2, %3.</translation>
    </message>
    <message>
        <source>A poll: %1</source>
        <translation>Ankieta: %1</translation>
    </message>
    <message>
        <source>The export left out a file of this message (%1).</source>
        <translation>Eksport pominął plik tej wiadomości (%1).</translation>
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
        <translation>%1 jest pusty: nie zawiera żadnych połączeń.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4 Nothing was imported.</source>
        <translation>%1, wiersz %2, kolumna &quot;%3&quot;: %4 Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>the row has %1 columns, fewer than the header&apos;s %2.</source>
        <translation>wiersz ma %1 kolumn, mniej niż %2 w nagłówku.</translation>
    </message>
    <message>
        <source>%1 could not be read a second time.</source>
        <translation>Nie można odczytać %1 drugi raz.</translation>
    </message>
    <message>
        <source>The dates in %1 read both as day/month and as month/day (such as &quot;%2&quot;). Say which the file uses: date format dmy (day first) or mdy (month first).</source>
        <translation>Daty w %1 dają się odczytać zarówno jako dzień/miesiąc, jak i miesiąc/dzień (np. &quot;%2&quot;). Podaj, jakiego zapisu używa plik: format daty dmy (najpierw dzień) albo mdy (najpierw miesiąc).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Import przerwano; niczego nie dodano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time Daymark can read%2.</source>
        <translation>&quot;%1&quot; nie jest datą i godziną, którą Daymark potrafi odczytać%2.</translation>
    </message>
    <message>
        <source> in the format %1</source>
        <translation> w formacie %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call direction Daymark knows (incoming, outgoing, missed, rejected, blocked, voicemail, or Android&apos;s numbers 1 to 7).</source>
        <translation>&quot;%1&quot; nie jest kierunkiem połączenia, który Daymark zna (incoming, outgoing, missed, rejected, blocked, voicemail albo numery Androida od 1 do 7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (seconds, mm:ss or h:mm:ss).</source>
        <translation>&quot;%1&quot; nie jest czasem trwania (sekundy, mm:ss lub h:mm:ss).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CallLogCsvReader</name>
    <message>
        <source>%1: line %2 is not UTF-8 text. Save the file as CSV in UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1: wiersz %2 nie jest tekstem UTF-8. Zapisz plik jako CSV w UTF-8 (w arkuszu kalkulacyjnym: &quot;CSV UTF-8&quot;) i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that the file is complete and readable.</source>
        <translation>Nie można odczytać %1. Sprawdź, czy plik jest kompletny i czytelny.</translation>
    </message>
    <message>
        <source>%1: the quoted field that starts on line %2 is never closed; the file may have been cut short.</source>
        <translation>%1: pole w cudzysłowie, które zaczyna się w wierszu %2, nigdy się nie zamyka; plik mógł zostać ucięty.</translation>
    </message>
    <message>
        <source>%1: the record that starts on line %2 is longer than a call log&apos;s; check that this is a CSV file.</source>
        <translation>%1: rekord zaczynający się w wierszu %2 jest dłuższy niż w rejestrze połączeń; sprawdź, czy to plik CSV.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ChatZip</name>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nie ma pliku %1. Sprawdź nazwę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 could not be read as a zip file (%2). Use the zip exactly as WhatsApp made it.</source>
        <translation>Nie można odczytać %1 jako pliku zip (%2). Użyj pliku zip dokładnie w takiej postaci, w jakiej utworzył go WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds %2 files, more than a chat export has; it was not read.</source>
        <translation>%1 zawiera %2 plików, więcej niż ma eksport czatu; nie odczytano go.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 cannot be read; the zip is damaged.</source>
        <translation>Nie można odczytać pozycji %1 z %2; plik zip jest uszkodzony.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is named &quot;%3&quot;, a path outside the zip&apos;s own folder. A chat export never has such names; nothing was imported.</source>
        <translation>Pozycja %1 z %2 ma nazwę &quot;%3&quot;, czyli ścieżkę poza własnym folderem pliku zip. Eksport czatu nigdy nie ma takich nazw; niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 (&quot;%3&quot;) would unpack to %4 bytes from %5: far more than a chat export holds (a &quot;zip bomb&quot;). Nothing was imported.</source>
        <translation>Pozycja %1 z %2 (&quot;%3&quot;) po rozpakowaniu miałaby %4 bajtów z %5: znacznie więcej, niż zawiera eksport czatu (&quot;bomba zip&quot;). Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>%1 has no chat text inside (_chat.txt or one .txt file); it is not a WhatsApp export.</source>
        <translation>%1 nie zawiera tekstu czatu (_chat.txt ani jednego pliku .txt); to nie jest eksport WhatsAppa.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files and no _chat.txt, so Daymark cannot tell which is the chat.</source>
        <translation>%1 zawiera kilka plików .txt i nie ma _chat.txt, więc Daymark nie może ustalić, który z nich jest czatem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 cannot be read: %3</source>
        <translation>Nie można odczytać &quot;%1&quot; w %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (%3); nothing was imported.</source>
        <translation>&quot;%1&quot; w %2 jest uszkodzony (%3); niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 unpacks to more than it declares; nothing was imported.</source>
        <translation>&quot;%1&quot; w %2 po rozpakowaniu jest większy, niż deklaruje; niczego nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CsvColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CsvDateReader</name>
    <message>
        <source>The date format &quot;%1&quot; is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a pattern such as dd.MM.yyyy HH:mm.</source>
        <translation>Daymark nie zna formatu daty &quot;%1&quot;: użyj auto, dmy, mdy, ymd, unix, unix-ms albo wzorca, np. dd.MM.yyyy HH:mm.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::EmailParser</name>
    <message>
        <source>%1 is larger than %2 MiB; Daymark does not import e-mails that large.</source>
        <translation>%1 jest większy niż %2 MiB; Daymark nie importuje tak dużych e-maili.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no e-mail.</source>
        <translation>%1 jest pusty: nie zawiera e-maila.</translation>
    </message>
    <message>
        <source>%1, message %2 (lines %3-%4)</source>
        <translation>%1, wiadomość %2 (wiersze %3-%4)</translation>
    </message>
    <message>
        <source>The folder %1 holds no .eml files. Save the e-mails as .eml files (in most mail programs: drag them to a folder, or &quot;Save as&quot;) and import that folder.</source>
        <translation>Folder %1 nie zawiera plików .eml. Zapisz e-maile jako pliki .eml (w większości programów pocztowych: przeciągnij je do folderu albo użyj &quot;Zapisz jako&quot;) i zaimportuj ten folder.</translation>
    </message>
    <message>
        <source>The folder %1 holds no mbox mailbox (a file starting with &quot;From &quot;). Choose the folder of the mail program&apos;s profile that holds the mail files, or one mailbox file.</source>
        <translation>Folder %1 nie zawiera skrzynki mbox (pliku zaczynającego się od &quot;From &quot;). Wybierz folder profilu programu pocztowego, w którym są pliki poczty, albo jeden plik skrzynki.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ImportCommitter</name>
    <message>
        <source>Sent with the message of %1 (%2)</source>
        <translation>Wysłane z wiadomością z %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 as exported by the phone (%2)</source>
        <translation>%1 w postaci wyeksportowanej przez telefon (%2)</translation>
    </message>
    <message>
        <source>The export file&apos;s exhibit number changed while it was stored; nothing was imported. Try again.</source>
        <translation>Numer dowodu pliku eksportu zmienił się podczas zapisu; niczego nie zaimportowano. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The dates in this chat read both as day/month and as month/day (such as &quot;%1&quot;). Say which the phone uses: day first (dmy) or month first (mdy).</source>
        <translation>Daty w tym czacie dają się odczytać zarówno jako dzień/miesiąc, jak i miesiąc/dzień (np. &quot;%1&quot;). Podaj, jakiego zapisu używa telefon: najpierw dzień (dmy) albo najpierw miesiąc (mdy).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ImportSource</name>
    <message>
        <source>Importing %1 files is not available yet. Daymark can import: WhatsApp chat exports (whatsapp), SMS Backup &amp; Restore messages (sms-backup) and call logs (calls), Telegram exports (telegram), Instagram messages (instagram) and Signal chats (signal).</source>
        <translation>Importowanie plików %1 nie jest jeszcze dostępne. Daymark potrafi importować: eksporty czatów WhatsApp (whatsapp), wiadomości (sms-backup) i rejestry połączeń (calls) z SMS Backup &amp; Restore, eksporty z Telegrama (telegram), wiadomości z Instagrama (instagram) i czaty z Signala (signal).</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nie ma pliku %1. Sprawdź nazwę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>daymark::importers::JsonPullReader</name>
    <message>
        <source>Line %1, column %2: %3 Nothing was imported.</source>
        <translation>Wiersz %1, kolumna %2: %3 Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>obiekt ({…})</translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation>lista ([…])</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The export could not be read after line %1. Check that the file is complete and readable.</source>
        <translation>Nie można odczytać eksportu po wierszu %1. Sprawdź, czy plik jest kompletny i czytelny.</translation>
    </message>
    <message>
        <source>the file does not start like a JSON export.</source>
        <translation>plik nie zaczyna się jak eksport JSON.</translation>
    </message>
    <message>
        <source>the file ends early, where %1 was expected; it may have been cut short. Export it again.</source>
        <translation>plik kończy się przedwcześnie, tam gdzie oczekiwano: %1; mógł zostać ucięty. Wyeksportuj go ponownie.</translation>
    </message>
    <message>
        <source>%1 was expected here, not %2.</source>
        <translation>oczekiwano tutaj: %1, a jest: %2.</translation>
    </message>
    <message>
        <source>the file ends early, where a value was expected; it may have been cut short. Export it again.</source>
        <translation>plik kończy się przedwcześnie, tam gdzie oczekiwano wartości; mógł zostać ucięty. Wyeksportuj go ponownie.</translation>
    </message>
    <message>
        <source>%1 cannot start a value here; this is not well-formed JSON.</source>
        <translation>%1 nie może tu rozpoczynać wartości; to nie jest poprawny JSON.</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep, which no export does.</source>
        <translation>wartości są zagnieżdżone głębiej niż %1 poziomów, czego żaden eksport nie robi.</translation>
    </message>
    <message>
        <source>an object ({…}) was expected here, not %1.</source>
        <translation>oczekiwano tutaj obiektu ({…}), a jest: %1.</translation>
    </message>
    <message>
        <source>a list ([…]) was expected here, not %1.</source>
        <translation>oczekiwano tutaj listy ([…]), a jest: %1.</translation>
    </message>
    <message>
        <source>the file ends early, inside a list or object; it may have been cut short. Export it again.</source>
        <translation>plik kończy się przedwcześnie, wewnątrz listy lub obiektu; mógł zostać ucięty. Wyeksportuj go ponownie.</translation>
    </message>
    <message>
        <source>a comma or &quot;%1&quot; was expected here, not %2.</source>
        <translation>oczekiwano tutaj przecinka lub &quot;%1&quot;, a jest: %2.</translation>
    </message>
    <message>
        <source>a member name in quotes was expected here, not %1.</source>
        <translation>oczekiwano tutaj nazwy pola w cudzysłowie, a jest: %1.</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits.</source>
        <translation>sekwencja \u wymaga czterech cyfr szesnastkowych.</translation>
    </message>
    <message>
        <source>the file ends inside a text; it may have been cut short. Export it again.</source>
        <translation>plik kończy się wewnątrz tekstu; mógł zostać ucięty. Wyeksportuj go ponownie.</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows.</source>
        <translation>\%1 nie jest sekwencją ucieczki znaną w JSON.</translation>
    </message>
    <message>
        <source>a text is longer than %1 MiB, more than any message holds.</source>
        <translation>tekst jest dłuższy niż %1 MiB, więcej niż zawiera jakakolwiek wiadomość.</translation>
    </message>
    <message>
        <source>a text holds a control character (such as a raw line break) that JSON does not allow inside quotes.</source>
        <translation>tekst zawiera znak sterujący (np. surowy znak końca wiersza), którego JSON nie dopuszcza w cudzysłowie.</translation>
    </message>
    <message>
        <source>a text is not UTF-8. Use the file exactly as it was exported, without converting it to another encoding.</source>
        <translation>tekst nie jest w UTF-8. Użyj pliku dokładnie w takiej postaci, w jakiej go wyeksportowano, bez przekształcania do innego kodowania.</translation>
    </message>
    <message>
        <source>a number is longer than any export writes.</source>
        <translation>liczba jest dłuższa niż w jakimkolwiek eksporcie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; nie jest liczbą.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value JSON knows (true, false or null).</source>
        <translation>&quot;%1&quot; nie jest wartością znaną w JSON (true, false lub null).</translation>
    </message>
    <message>
        <source>one message takes more than %1 MiB of the file, more than any message holds.</source>
        <translation>jedna wiadomość zajmuje więcej niż %1 MiB pliku, więcej niż zawiera jakakolwiek wiadomość.</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON; the file is not one export.</source>
        <translation>po końcu JSON jest coś więcej; plik nie jest jednym eksportem.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::MboxReader</name>
    <message>
        <source>%1: line %2 is longer than %3 MiB; this is not a mailbox Daymark can read.</source>
        <translation>%1: wiersz %2 jest dłuższy niż %3 MiB; to nie jest skrzynka pocztowa, którą Daymark potrafi odczytać.</translation>
    </message>
    <message>
        <source>%1 could not be read after line %2. Check that the file is complete and readable.</source>
        <translation>Nie można odczytać %1 po wierszu %2. Sprawdź, czy plik jest kompletny i czytelny.</translation>
    </message>
    <message>
        <source>%1 is not an mbox mailbox: line %2 should start with &quot;From &quot; (the line that begins each message), but it reads &quot;%3&quot;.</source>
        <translation>%1 nie jest skrzynką mbox: wiersz %2 powinien zaczynać się od &quot;From &quot; (wiersza rozpoczynającego każdą wiadomość), a brzmi &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: the message that starts on line %2 is larger than %3 MiB; Daymark does not import messages that large.</source>
        <translation>%1: wiadomość zaczynająca się w wierszu %2 jest większa niż %3 MiB; Daymark nie importuje tak dużych wiadomości.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::Reader</name>
    <message>
        <source>Line %1, column %2 (element %3): %4 Nothing was imported.</source>
        <translation>Wiersz %1, kolumna %2 (element %3): %4 Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a time SMS Backup &amp; Restore writes (milliseconds since 1970).</source>
        <translation>data &quot;%1&quot; nie jest czasem w formacie SMS Backup &amp; Restore (milisekundy od 1970 roku).</translation>
    </message>
    <message>
        <source>an MMS part (%1) is larger than Daymark reads from a backup.</source>
        <translation>część MMS (%1) jest większa, niż Daymark odczytuje z kopii.</translation>
    </message>
    <message>
        <source>the picture or file &quot;%1&quot; in an MMS is not valid base64.</source>
        <translation>zdjęcie lub plik &quot;%1&quot; w MMS nie jest prawidłowym base64.</translation>
    </message>
    <message>
        <source>The file is empty or holds no XML; it is not an SMS Backup &amp; Restore backup.</source>
        <translation>Plik jest pusty albo nie zawiera XML; to nie jest kopia z SMS Backup &amp; Restore.</translation>
    </message>
    <message>
        <source>This XML file starts with &lt;%1&gt;, not &lt;smses&gt; or &lt;calls&gt;: it is not an SMS Backup &amp; Restore backup.</source>
        <translation>Ten plik XML zaczyna się od &lt;%1&gt;, a nie od &lt;smses&gt; ani &lt;calls&gt;: to nie jest kopia z SMS Backup &amp; Restore.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Import przerwano; niczego nie dodano.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::SignalParser</name>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again.</source>
        <translation>Plik jest pusty: nie zawiera wiadomości. Wyeksportuj czat ponownie.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Import przerwano; niczego nie dodano.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid date and time. Nothing was imported.</source>
        <translation>Wiersz %1: &quot;%2&quot; nie jest prawidłową datą i godziną. Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>Line %1: the message that starts on line %2 is longer than any chat message; this is not a Signal export Daymark can read.</source>
        <translation>Wiersz %1: wiadomość zaczynająca się w wierszu %2 jest dłuższa niż jakakolwiek wiadomość czatu; to nie jest eksport z Signala, który Daymark potrafi odczytać.</translation>
    </message>
    <message>
        <source>This is not a Signal chat export: no line starts with a date and time in brackets the way Signal exports write them (such as &quot;[2019-12-24, 12:23] Jane Doe: Hello&quot;).</source>
        <translation>To nie jest eksport czatu z Signala: żaden wiersz nie zaczyna się od daty i godziny w nawiasach kwadratowych, tak jak zapisują je eksporty Signala (np. &quot;[2019-12-24, 12:23] Jan Kowalski: Cześć&quot;).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::Walker</name>
    <message>
        <source>&quot;messages&quot; should be a list of messages ([…]), not %1.</source>
        <translation>&quot;messages&quot; powinno być listą wiadomości ([…]), a jest: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Import przerwano; niczego nie dodano.</translation>
    </message>
    <message>
        <source>each message should be an object ({…}), not %1.</source>
        <translation>każda wiadomość powinna być obiektem ({…}), a jest: %1.</translation>
    </message>
    <message>
        <source>Lines %1-%2 (message %3): %4 Nothing was imported.</source>
        <translation>Wiersze %1-%2 (wiadomość %3): %4 Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Download your information from Instagram again.</source>
        <translation>Plik jest pusty: nie zawiera wiadomości. Pobierz swoje informacje z Instagrama ponownie.</translation>
    </message>
    <message>
        <source>this file is a list, as Instagram&apos;s older messages.json was; Daymark reads the current export, where each conversation is a message_1.json file in messages/inbox.</source>
        <translation>ten plik jest listą, tak jak dawny messages.json Instagrama; Daymark odczytuje obecny eksport, w którym każda rozmowa jest plikiem message_1.json w messages/inbox.</translation>
    </message>
    <message>
        <source>an Instagram messages file (message_1.json) starts with an object ({…}), not %1.</source>
        <translation>plik wiadomości z Instagrama (message_1.json) zaczyna się od obiektu ({…}), a nie od: %1.</translation>
    </message>
    <message>
        <source>This is not an Instagram messages export: it has no &quot;messages&quot; list. Choose the message_1.json file of a conversation (messages/inbox/NAME/message_1.json) from Instagram&apos;s Download your information, in the JSON format.</source>
        <translation>To nie jest eksport wiadomości z Instagrama: nie ma listy &quot;messages&quot;. Wybierz plik message_1.json rozmowy (messages/inbox/NAME/message_1.json) z funkcji Pobierz swoje informacje w Instagramie, w formacie JSON.</translation>
    </message>
    <message>
        <source>Lines %1-%2 (a message of the chat &quot;%3&quot;): %4 Nothing was imported.</source>
        <translation>Wiersze %1-%2 (wiadomość z czatu &quot;%3&quot;): %4 Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>each chat in &quot;list&quot; should be an object ({…}), not %1.</source>
        <translation>każdy czat w &quot;list&quot; powinien być obiektem ({…}), a jest: %1.</translation>
    </message>
    <message>
        <source>&quot;chats&quot; should be an object with a &quot;list&quot; of chats, not %1.</source>
        <translation>&quot;chats&quot; powinno być obiektem z listą czatów &quot;list&quot;, a jest: %1.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again from Telegram Desktop.</source>
        <translation>Plik jest pusty: nie zawiera wiadomości. Wyeksportuj czat ponownie z Telegram Desktop.</translation>
    </message>
    <message>
        <source>a Telegram export (result.json) starts with an object ({…}), not %1.</source>
        <translation>eksport z Telegrama (result.json) zaczyna się od obiektu ({…}), a nie od: %1.</translation>
    </message>
    <message>
        <source>This is not a Telegram export: it has neither a &quot;messages&quot; list (one chat) nor a &quot;chats&quot; list (a whole account). In Telegram Desktop choose Export chat history (or Export Telegram data) with the format &quot;Machine-readable JSON&quot;, and import its result.json.</source>
        <translation>To nie jest eksport z Telegrama: nie ma ani listy &quot;messages&quot; (jeden czat), ani listy &quot;chats&quot; (całe konto). W Telegram Desktop wybierz Eksportuj historię czatu (albo Eksportuj dane z Telegrama) w formacie &quot;Machine-readable JSON&quot; i zaimportuj plik result.json.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::WhatsAppParser</name>
    <message>
        <source>Date order: &apos;%1&apos; is not one of dmy, mdy, ymd.</source>
        <translation>Kolejność w dacie: &apos;%1&apos; nie jest jednym z: dmy, mdy, ymd.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again from WhatsApp.</source>
        <translation>Plik jest pusty: nie zawiera wiadomości. Wyeksportuj czat ponownie z WhatsAppa.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp writes them (such as &quot;23/06/2018, 13:55 - Name: text&quot; or &quot;[23/06/2018, 13:55:10] Name: text&quot;).</source>
        <translation>To nie jest eksport czatu WhatsApp: żaden wiersz nie zaczyna się od daty i godziny zapisanych tak, jak robi to WhatsApp (np. &quot;23/06/2018, 13:55 - Imię: tekst&quot; albo &quot;[23/06/2018, 13:55:10] Imię: tekst&quot;).</translation>
    </message>
    <message>
        <source>Date order &apos;%1&apos; does not fit this chat: its years are written elsewhere (&quot;%2&quot;).</source>
        <translation>Kolejność w dacie &apos;%1&apos; nie pasuje do tego czatu: lata są w nim zapisane w innym miejscu (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The chat file could not be read a second time.</source>
        <translation>Nie można odczytać pliku czatu drugi raz.</translation>
    </message>
    <message>
        <source>Line %1: the message that starts on line %2 is longer than WhatsApp allows; this is not a chat export Daymark can read.</source>
        <translation>Wiersz %1: wiadomość zaczynająca się w wierszu %2 jest dłuższa, niż pozwala WhatsApp; to nie jest eksport czatu, który Daymark potrafi odczytać.</translation>
    </message>
</context>
<context>
    <name>daymark::insights</name>
    <message>
        <source>Incidents recorded more often</source>
        <translation>Zdarzenia zapisywane coraz częściej</translation>
    </message>
    <message>
        <source>In the %1 weeks to %2 you recorded %3 incidents; in the %1 weeks before, %4.</source>
        <translation>Ostatnie %1 tyg. (do: %2): zapisane zdarzenia: %3; poprzednie %1 tyg.: %4.</translation>
    </message>
    <message>
        <source>Contact in person after contact from a distance</source>
        <translation>Kontakt osobisty po kontakcie na odległość</translation>
    </message>
    <message>
        <source>On %1 you recorded the first contact in person (%2, %3).</source>
        <translation>%1: zapisano pierwszy kontakt osobisty (%2, %3).</translation>
    </message>
    <message>
        <source>Before that, the contact you recorded was by phone, message or online: one incident, on %1.</source>
        <translation>Wcześniej zapisany kontakt był telefoniczny, przez wiadomości lub przez internet: jedno zdarzenie (%1).</translation>
    </message>
    <message>
        <source>Before that, the contact you recorded was by phone, message or online: %1 incidents, the first on %2.</source>
        <translation>Wcześniej zapisany kontakt był telefoniczny, przez wiadomości lub przez internet: zdarzenia: %1, pierwsze: %2.</translation>
    </message>
    <message>
        <source>Threats or violence recorded</source>
        <translation>Zapisane groźby lub przemoc</translation>
    </message>
    <message>
        <source>On %1 you recorded the first threat or violence (%2, %3). Threats recorded: %4. Violence recorded: %5.</source>
        <translation>%1: zapisano pierwszą groźbę lub przemoc (%2, %3). Zapisane groźby: %4. Zapisana przemoc: %5.</translation>
    </message>
    <message>
        <source>Contact at your home or work</source>
        <translation>Kontakt w twoim domu lub miejscu pracy</translation>
    </message>
    <message>
        <source>You recorded one incident at your home or work, on %1.</source>
        <translation>Zapisano jedno zdarzenie w twoim domu lub miejscu pracy (%1).</translation>
    </message>
    <message>
        <source>You recorded %1 incidents at your home or work, the first on %2 and the latest on %3.</source>
        <translation>Zapisane zdarzenia w twoim domu lub miejscu pracy: %1; pierwsze: %2; ostatnie: %3.</translation>
    </message>
    <message>
        <source>Possible breaches of an order</source>
        <translation>Możliwe naruszenia nakazu</translation>
    </message>
    <message>
        <source>You recorded one possible breach of a protection order, on %1.</source>
        <translation>Zapisano jedno możliwe naruszenie nakazu ochrony (%1).</translation>
    </message>
    <message>
        <source>You recorded %1 possible breaches of a protection order, the first on %2 and the latest on %3.</source>
        <translation>Zapisane możliwe naruszenia nakazu ochrony: %1; pierwsze: %2; ostatnie: %3.</translation>
    </message>
    <message>
        <source>Other people drawn in</source>
        <translation>Wciąganie innych osób</translation>
    </message>
    <message>
        <source>You recorded one incident of contact through other people, on %1.</source>
        <translation>Zapisano jedno zdarzenie kontaktu przez inne osoby (%1).</translation>
    </message>
    <message>
        <source>You recorded %1 incidents of contact through other people, the first on %2 and the latest on %3.</source>
        <translation>Zapisane zdarzenia kontaktu przez inne osoby: %1; pierwsze: %2; ostatnie: %3.</translation>
    </message>
    <message>
        <source>These are patterns in what you recorded, not a judgement of risk. If they worry you, talk to the police (101) or the National Stalking Helpline (0808 802 0300). If you are in danger now, call 999.</source>
        <translation>To są wzorce w zapisanych zdarzeniach, a nie ocena ryzyka. Jeśli cię niepokoją, porozmawiaj z policją (101) albo z National Stalking Helpline (krajowa infolinia ds. stalkingu, 0808 802 0300). Jeśli grozi ci teraz niebezpieczeństwo, dzwoń pod 999.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Are you very frightened of this person and of what they might do?</source>
        <translation>Czy bardzo boisz się tej osoby i tego, co może zrobić?</translation>
    </message>
    <message>
        <source>Before this began, had this person stalked, harassed or abused you, or anyone else?</source>
        <translation>Czy zanim to się zaczęło, ta osoba nękała, prześladowała lub krzywdziła ciebie albo kogoś innego?</translation>
    </message>
    <message>
        <source>Has this person damaged or destroyed anything belonging to you or to people close to you?</source>
        <translation>Czy ta osoba uszkodziła lub zniszczyła coś, co należy do ciebie lub do bliskich ci osób?</translation>
    </message>
    <message>
        <source>Has this person turned up uninvited where you are (at home, at work or elsewhere) more than three times in one week?</source>
        <translation>Czy ta osoba pojawiała się bez zaproszenia tam, gdzie jesteś (w domu, w pracy lub gdzie indziej), częściej niż trzy razy w ciągu tygodnia?</translation>
    </message>
    <message>
        <source>Has this person followed you, or waited or hung around near your home, your work or places you go?</source>
        <translation>Czy ta osoba chodziła za tobą albo czekała lub kręciła się w pobliżu twojego domu, pracy lub miejsc, w których bywasz?</translation>
    </message>
    <message>
        <source>Has this person threatened to hurt you physically or sexually, or to kill you?</source>
        <translation>Czy ta osoba groziła, że zrobi ci krzywdę fizycznie lub seksualnie albo że cię zabije?</translation>
    </message>
    <message>
        <source>Has this person hurt you physically or sexually?</source>
        <translation>Czy ta osoba skrzywdziła cię fizycznie lub seksualnie?</translation>
    </message>
    <message>
        <source>Since this began, has this person also gone after people around you: family, children, friends, colleagues or a new partner?</source>
        <translation>Czy od początku tej sytuacji ta osoba uwzięła się też na ludzi wokół ciebie: rodzinę, dzieci, przyjaciół, współpracowników albo nowego partnera lub partnerkę?</translation>
    </message>
    <message>
        <source>As far as you know, has this person been violent towards anyone else?</source>
        <translation>Czy ta osoba, o ile wiesz, stosowała przemoc wobec kogoś innego?</translation>
    </message>
    <message>
        <source>Has this person got other people to help them: passing on messages, watching you or finding out where you are?</source>
        <translation>Czy ta osoba nakłaniała innych do pomocy: przekazywania wiadomości, obserwowania cię albo ustalania, gdzie jesteś?</translation>
    </message>
    <message>
        <source>In the past year, has this person had problems with alcohol, drugs or their mental health?</source>
        <translation>Czy w ostatnim roku ta osoba miała problemy z alkoholem, narkotykami lub zdrowiem psychicznym?</translation>
    </message>
    <message>
        <source>Is this person known to have been violent in the past, or to have a record for violence?</source>
        <translation>Czy wiadomo, że ta osoba stosowała w przeszłości przemoc albo była za nią karana?</translation>
    </message>
    <message>
        <source>Has this person ignored a court order, bail conditions or a warning from the police?</source>
        <translation>Czy ta osoba zignorowała nakaz sądu, warunki zwolnienia za poręczeniem (bail) albo ostrzeżenie policji?</translation>
    </message>
    <message>
        <source>Has what this person does become more frequent or more serious lately?</source>
        <translation>Czy to, co robi ta osoba, stało się ostatnio częstsze lub poważniejsze?</translation>
    </message>
    <message>
        <source>Were you and this person ever in a relationship?</source>
        <translation>Czy łączył cię kiedykolwiek związek z tą osobą?</translation>
    </message>
    <message>
        <source>Does this person have access to weapons, or have they talked about using one?</source>
        <translation>Czy ta osoba ma dostęp do broni albo mówiła o jej użyciu?</translation>
    </message>
    <message>
        <source>Have you changed your daily life because of this person: your routes, your work, where you stay?</source>
        <translation>Czy z powodu tej osoby zmieniło się twoje codzienne życie: trasy, praca, miejsce pobytu?</translation>
    </message>
</context>
<context>
    <name>daymark::insights::ContactKinds</name>
    <message>
        <source>in person|face to face</source>
        <comment>channel names meaning in person, separated by |</comment>
        <translation>in person|face to face|osobiście|twarzą w twarz|bezpośrednio|na żywo</translation>
    </message>
    <message>
        <source>home|work</source>
        <comment>tags meaning the person&apos;s home or work, separated by |</comment>
        <translation>home|work|dom|praca|w domu|w pracy</translation>
    </message>
    <message>
        <source>my home|my house|my flat|my front door|my door|my garden|my driveway|at home|my work|my workplace|my office|at work</source>
        <comment>phrases in a place meaning the person&apos;s own home or work, separated by |</comment>
        <translation>my home|my house|my flat|my front door|my door|my garden|my driveway|at home|my work|my workplace|my office|at work|mój dom|moim domu|mojego domu|moje mieszkanie|moim mieszkaniu|mojego mieszkania|moje drzwi|moimi drzwiami|moich drzwi|mój ogród|moim ogrodzie|mojego ogrodu|mój podjazd|moim podjeździe|w domu|pod domem|przed domem|moja praca|mojej pracy|moją pracą|moje biuro|moim biurze|mojego biura|w pracy|pod pracą|przed pracą</translation>
    </message>
</context>
<context>
    <name>daymark::insights::Screening</name>
    <message>
        <source>There is no screening question &apos;%1&apos;. Use one of the codes &apos;screening --questions&apos; lists.</source>
        <translation>Nie ma pytania przesiewowego &apos;%1&apos;. Użyj jednego z kodów, które wypisuje &apos;screening --questions&apos;.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>daymark::report</name>
    <message>
        <source>exhibits/          The original evidence files, byte for byte as they were when added to the
                   diary, each named by its exhibit number (exhibit JS/1 is JS-1_...). The
                   PDF and incidents.csv refer to them by these numbers.
</source>
        <translation>exhibits/          Oryginalne pliki dowodowe, bajt po bajcie takie, jak w chwili dodania do
                   dziennika, każdy nazwany numerem dowodu (dowód JS/1 to JS-1_...).
                   PDF i incidents.csv odwołują się do nich tymi numerami.
</translation>
    </message>
    <message>
        <source>(The original evidence files were left out of this bundle on purpose; the PDF lists them with their SHA-256.)
</source>
        <translation>(Oryginalne pliki dowodowe celowo pominięto w tym pakiecie; PDF wymienia je wraz z ich SHA-256.)
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
        <translation>PAKIET DOWODÓW - DZIENNIK ZDARZEŃ
================================

Ten pakiet wyeksportowano z dziennika zdarzeń Daymark. Data eksportu: %1 (UTC).
Zdarzenia: %2. Dowody: %3.
Odcisk dziennika w chwili eksportu: %4

CO JEST W ŚRODKU

timeline.pdf       Zdarzenia w kolejności czasowej, z numerami dowodów. Zacznij tutaj.
%5incidents.csv      Te same zdarzenia jako arkusz kalkulacyjny (otwiera się w Excelu).
incidents.json     Te same zdarzenia, osoby, nakazy i dowody dla oprogramowania.
manifest.json      Lista wszystkich plików z ich rozmiarem i skrótem SHA-256.
manifest.sig       Podpis cyfrowy pliku manifest.json złożony kluczem dziennika.
signing-key.pem    Klucz publiczny dziennika, do sprawdzenia tego podpisu.
SHA256SUMS         Skrót SHA-256 każdego innego pliku w pakiecie.
README.txt         Ten plik.

JAK GO SPRAWDZIĆ

Rozpakuj pakiet do pustego folderu, otwórz w tym folderze terminal i uruchom:

  sha256sum -c SHA256SUMS

Każdy wiersz musi kończyć się na &quot;OK&quot;. Następnie sprawdź podpis:

  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig

Musi zostać wypisane &quot;Signature Verified Successfully&quot;. (OpenSSL 3.0 lub nowszy. W Windows &apos;certutil -hashfile FILE SHA256&apos; pokazuje skrót jednego pliku do porównania z SHA256SUMS.)
Jeśli Daymark jest zainstalowany, &apos;daymark-cli verify BUNDLE.zip&apos; wykonuje oba sprawdzenia naraz i zgłasza też każdy dodany lub usunięty plik.

CO TE SPRAWDZENIA DOWODZĄ, A CZEGO NIE

- Jeśli oba sprawdzenia przejdą, żaden plik w tym pakiecie nie został zmieniony od chwili eksportu, a listę plików podpisał posiadacz klucza dziennika.
- Pliki dowodowe to te same bajty, co w chwili dodania do dziennika; ich SHA-256 obliczono wtedy i jest pokazany w PDF oraz w incidents.json.
- Podpis pokazuje, który dziennik utworzył pakiet, tylko wtedy, gdy porównasz powyższy odcisk albo klucz z signing-key.pem z tym, który właściciel dziennika przekazał osobno (na przykład odczytany na głos albo wysłany wcześniej). Każdy może utworzyć nowy klucz i podpisać nim zmieniony pakiet.
- Sprawdzenia nie dowodzą, że to, co mówi dziennik, jest prawdą, ani że zdarzenie miało miejsce w podanym czasie. Każdy wpis pokazuje, kiedy zdarzenie nastąpiło, i osobno, kiedy je zapisano; późniejsze zmiany są pokazane jako poprawki z wcześniejszym tekstem.
- Przed eksportem część szczegółów mogła zostać celowo ukryta; występują jako &quot;%6&quot;. Prywatne notatki są pomijane, chyba że właściciel zdecydował się je dołączyć.
</translation>
    </message>
    <message>
        <source>%1: this folder name could put files outside the folder the bundle is unzipped into. The bundle was tampered with.</source>
        <translation>%1: ta nazwa folderu mogłaby umieścić pliki poza folderem, do którego rozpakowano pakiet. Ktoś ingerował w pakiet.</translation>
    </message>
    <message>
        <source>%1: this name could put a file outside the folder the bundle is unzipped into. The bundle was tampered with.</source>
        <translation>%1: ta nazwa mogłaby umieścić plik poza folderem, do którego rozpakowano pakiet. Ktoś ingerował w pakiet.</translation>
    </message>
    <message>
        <source>%1 is in the bundle more than once. The bundle was tampered with.</source>
        <translation>%1 występuje w pakiecie więcej niż raz. Ktoś ingerował w pakiet.</translation>
    </message>
    <message>
        <source>%1 and %2 differ only in capital letters, so one would replace the other when unzipped on Windows or macOS. The bundle was tampered with.</source>
        <translation>%1 i %2 różnią się tylko wielkością liter, więc po rozpakowaniu w Windows lub macOS jeden zastąpiłby drugi. Ktoś ingerował w pakiet.</translation>
    </message>
    <message>
        <source>%1 could not be read from the zip (%2): it was changed or damaged after export.</source>
        <translation>Nie można odczytać %1 z pliku zip (%2): po eksporcie został zmieniony lub uszkodzony.</translation>
    </message>
    <message>
        <source>%1 is missing from the bundle, so it cannot be checked. Ask for the bundle to be sent again.</source>
        <translation>W pakiecie brakuje %1, więc nie można go sprawdzić. Poproś o ponowne przesłanie pakietu.</translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not a hash and a file name: it was changed after export.</source>
        <translation>SHA256SUMS zawiera wiersz, który nie jest skrótem z nazwą pliku: plik zmieniono po eksporcie.</translation>
    </message>
    <message>
        <source>%1 is listed twice in SHA256SUMS: the list was changed after export.</source>
        <translation>%1 występuje w SHA256SUMS dwa razy: listę zmieniono po eksporcie.</translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but is missing from the bundle: it was removed after export.</source>
        <translation>%1 jest wymieniony w SHA256SUMS, ale brakuje go w pakiecie: usunięto go po eksporcie.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS: the file was changed after export.</source>
        <translation>%1 nie zgadza się ze swoim SHA-256 w SHA256SUMS: plik zmieniono po eksporcie.</translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS: it was added to the bundle after export.</source>
        <translation>%1 nie jest wymieniony w SHA256SUMS: dodano go do pakietu po eksporcie.</translation>
    </message>
    <message>
        <source>manifest.json is not a Daymark bundle manifest: it was changed, or this is not an evidence bundle.</source>
        <translation>manifest.json nie jest manifestem pakietu Daymark: został zmieniony albo to nie jest pakiet dowodów.</translation>
    </message>
    <message>
        <source>%1 is listed twice in manifest.json.</source>
        <translation>%1 występuje w manifest.json dwa razy.</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but is missing from the bundle: it was removed after export.</source>
        <translation>%1 jest wymieniony w manifest.json, ale brakuje go w pakiecie: usunięto go po eksporcie.</translation>
    </message>
    <message>
        <source>%1 does not match its size and SHA-256 in manifest.json: the file was changed after export.</source>
        <translation>%1 nie zgadza się ze swoim rozmiarem i SHA-256 w manifest.json: plik zmieniono po eksporcie.</translation>
    </message>
    <message>
        <source>%1 is not listed in manifest.json: it was added to the bundle after export.</source>
        <translation>%1 nie jest wymieniony w manifest.json: dodano go do pakietu po eksporcie.</translation>
    </message>
    <message>
        <source>SHA256SUMS does not agree with the signed manifest.json: it was changed after export.</source>
        <translation>SHA256SUMS nie zgadza się z podpisanym manifest.json: zmieniono go po eksporcie.</translation>
    </message>
    <message>
        <source>signing-key.pem is not an Ed25519 public key: it was changed after export.</source>
        <translation>signing-key.pem nie jest kluczem publicznym Ed25519: zmieniono go po eksporcie.</translation>
    </message>
    <message>
        <source>signing-key.pem is not the key manifest.json names: one of them was changed after export.</source>
        <translation>signing-key.pem nie jest kluczem wskazanym w manifest.json: jeden z nich zmieniono po eksporcie.</translation>
    </message>
    <message>
        <source>manifest.sig is not a valid signature of manifest.json by signing-key.pem: manifest.json or manifest.sig was changed after export.</source>
        <translation>manifest.sig nie jest prawidłowym podpisem manifest.json kluczem z signing-key.pem: manifest.json lub manifest.sig zmieniono po eksporcie.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Przerwano. Nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Exhibit %1 does not match the SHA-256 taken when it was added. Run &apos;check&apos; on the diary and restore it from a backup. No bundle was written.</source>
        <translation>Dowód %1 nie zgadza się z SHA-256 obliczonym przy jego dodaniu. Uruchom &apos;check&apos; na dzienniku i przywróć go z kopii zapasowej. Nie zapisano pakietu.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <source>Where incidents happened</source>
        <translation>Miejsca zdarzeń</translation>
    </message>
    <message>
        <source>Map positions</source>
        <translation>Położenia na mapie</translation>
    </message>
    <message>
        <source>Numbers, addresses and accounts used in incidents</source>
        <translation>Numery, adresy i konta użyte w zdarzeniach</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>Jak to na ciebie wpłynęło</translation>
    </message>
    <message>
        <source>Notes about witnesses</source>
        <translation>Notatki o świadkach</translation>
    </message>
    <message>
        <source>Police officers&apos; names</source>
        <translation>Nazwiska policjantów</translation>
    </message>
    <message>
        <source>Police references</source>
        <translation>Numery spraw na policji</translation>
    </message>
    <message>
        <source>People&apos;s addresses</source>
        <translation>Adresy osób</translation>
    </message>
    <message>
        <source>People&apos;s phone numbers</source>
        <translation>Numery telefonów osób</translation>
    </message>
    <message>
        <source>People&apos;s e-mail addresses</source>
        <translation>Adresy e-mail osób</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[ukryte]</translation>
    </message>
    <message>
        <source>What the fingerprint, hashes and signature prove</source>
        <translation>Czego dowodzą odcisk, skróty i podpis</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translation>•  %1</translation>
    </message>
    <message>
        <source>This document was made by Daymark from the diary with the fingerprint %1 on %2. The diary keeps a journal: every entry, amendment, deletion and exhibit is a record that carries the SHA-256 hash of the record before it, so no record can be changed, removed or inserted later without breaking the chain.</source>
        <translation>Ten dokument został utworzony przez Daymark z dziennika o odcisku %1 (data: %2). Dziennik prowadzi rejestr: każdy wpis, poprawka, usunięcie i dowód to rekord zawierający skrót SHA-256 poprzedniego rekordu, więc żadnego rekordu nie można później zmienić, usunąć ani wstawić bez przerwania łańcucha.</translation>
    </message>
    <message>
        <source>What they prove</source>
        <translation>Czego dowodzą</translation>
    </message>
    <message>
        <source>The evidence bundle is unchanged since it was exported. Its manifest lists every file with its SHA-256 and is signed with the diary&apos;s own Ed25519 key; changing, adding or removing any file, this document included, makes the check fail (sha256sum -c SHA256SUMS, and openssl pkeyutl -verify as the bundle&apos;s README explains).</source>
        <translation>Pakiet dowodów nie zmienił się od chwili eksportu. Jego manifest wymienia każdy plik z jego SHA-256 i jest podpisany własnym kluczem Ed25519 dziennika; zmiana, dodanie lub usunięcie jakiegokolwiek pliku, łącznie z tym dokumentem, powoduje, że sprawdzenie nie przechodzi (sha256sum -c SHA256SUMS oraz openssl pkeyutl -verify, jak wyjaśnia README pakietu).</translation>
    </message>
    <message>
        <source>Each exhibit is the file that was added to the diary: its SHA-256 was taken when it was added and is the same in the exhibit list, the manifest and the bundle.</source>
        <translation>Każdy dowód jest plikiem, który dodano do dziennika: jego SHA-256 obliczono przy dodaniu i jest taki sam na liście dowodów, w manifeście i w pakiecie.</translation>
    </message>
    <message>
        <source>Entries were recorded at the times this diary shows, in the order shown: each recorded time is part of the journal chain, and every amendment keeps the earlier version, its reason and its time.</source>
        <translation>Wpisy zostały zapisane w czasie pokazanym w tym dzienniku, w pokazanej kolejności: każdy czas zapisu jest częścią łańcucha rejestru, a każda poprawka zachowuje wcześniejszą wersję, jej powód i czas.</translation>
    </message>
    <message>
        <source>The diary&apos;s journal as a whole had the fingerprint above when this document was made. If the fingerprint was sent to someone earlier, that copy shows the diary already existed in that state at that time.</source>
        <translation>Rejestr dziennika jako całość miał powyższy odcisk w chwili tworzenia tego dokumentu. Jeśli odcisk wysłano komuś wcześniej, ta kopia pokazuje, że dziennik istniał już wtedy w tym stanie.</translation>
    </message>
    <message>
        <source>What they do not prove</source>
        <translation>Czego nie dowodzą</translation>
    </message>
    <message>
        <source>That the events happened as described. The diary is the account of the person who kept it; the hashes show only that the account was not changed without a trace after it was written.</source>
        <translation>Że zdarzenia przebiegały tak, jak je opisano. Dziennik jest relacją osoby, która go prowadziła; skróty pokazują tylko, że relacji nie zmieniono bez śladu po jej zapisaniu.</translation>
    </message>
    <message>
        <source>That the computer the diary was kept on was not tampered with before an entry was recorded, or that its clock was right. Recorded times come from that computer&apos;s clock.</source>
        <translation>Że komputer, na którym prowadzono dziennik, nie był zmieniany przez osoby trzecie przed zapisaniem wpisu ani że jego zegar był prawidłowy. Czas zapisu pochodzi z zegara tego komputera.</translation>
    </message>
    <message>
        <source>Who made an exhibit, or that it shows what it seems to show: only that the file is the one added.</source>
        <translation>Kto wykonał dowód ani że pokazuje on to, co wydaje się pokazywać: tylko że plik jest tym, który dodano.</translation>
    </message>
    <message>
        <source>That nothing was left out. The export includes only what the person chose; the cover states the period covered, and entries deleted in the diary are not shown.</source>
        <translation>Że niczego nie pominięto. Eksport zawiera tylko to, co wybrała osoba prowadząca dziennik; strona tytułowa podaje objęty okres, a wpisy usunięte w dzienniku nie są pokazywane.</translation>
    </message>
    <message>
        <source>The signature shows which diary signed the bundle, not who the person is: the signing key was made with the diary and is not certified by anyone.</source>
        <translation>Podpis pokazuje, który dziennik podpisał pakiet, a nie kim jest dana osoba: klucz podpisu utworzono razem z dziennikiem i nikt go nie poświadczył.</translation>
    </message>
    <message>
        <source>Times written &quot;approx.&quot; are the person&apos;s best estimate of when something happened. The gap between when an incident happened and when it was recorded is shown beside every entry.</source>
        <translation>Czas oznaczony &quot;ok.&quot; to najlepsze oszacowanie osoby, kiedy coś się wydarzyło. Odstęp między chwilą zdarzenia a chwilą jego zapisania jest pokazany przy każdym wpisie.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Each exhibit is an original file kept byte for byte in the diary since it was added. The SHA-256 was taken when it was added; the same file in the evidence bundle has the same SHA-256, which anyone can check with sha256sum.</source>
        <translation>Każdy dowód jest oryginalnym plikiem przechowywanym w dzienniku bajt po bajcie od chwili dodania. SHA-256 obliczono przy dodaniu; ten sam plik w pakiecie dowodów ma ten sam SHA-256, co każdy może sprawdzić poleceniem sha256sum.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Description and original file name</source>
        <translation>Opis i oryginalna nazwa pliku</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>No exhibits are included in this export.</source>
        <translation>Ten eksport nie zawiera dowodów.</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
Plik: %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Time of day and day of the week</source>
        <translation>Pora dnia i dzień tygodnia</translation>
    </message>
    <message>
        <source>How many incidents happened in each hour of each day of the week, at the local time each was recorded with. Darker squares: more incidents. The busiest hour has %1.</source>
        <translation>Ile zdarzeń miało miejsce w każdej godzinie każdego dnia tygodnia, według czasu lokalnego zapisanego przy każdym z nich. Ciemniejsze pola: więcej zdarzeń. Najczęstsza godzina ma ich %1.</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1, warunek %2: %3</translation>
    </message>
    <message>
        <source>Reported to the police.</source>
        <translation>Zgłoszone policji.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Numer sprawy: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Funkcjonariusz: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Zaangażowani</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Skutki</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Świadkowie</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policja</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Prywatne notatki</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>zapisano</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócono</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>poprawione</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Poprawione</translation>
    </message>
    <message>
        <source>This is version %1, last changed %2. Reason given: %3</source>
        <translation>To wersja %1, ostatnia zmiana: %2. Podany powód: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Version %1, %2 %3</source>
        <translation>Wersja %1, %2 %3</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Powód: %2</translation>
    </message>
    <message>
        <source>Differences from the version after it:</source>
        <translation>Różnice względem następnej wersji:</translation>
    </message>
    <message>
        <source>#%1   %2   %3</source>
        <translation>#%1   %2   %3</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Children were present.</source>
        <translation>Obecne były dzieci.</translation>
    </message>
    <message>
        <source>Possible breach</source>
        <translation>Możliwe naruszenie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation>Dziennik chronologiczny</translation>
    </message>
    <message>
        <source>Each entry shows when it happened, then when it was written down in the diary, and every earlier version where it was amended. Numbers such as #12 are the diary&apos;s own entry numbers; exhibit numbers such as %1/1 refer to the exhibit list.</source>
        <translation>Każdy wpis pokazuje, kiedy zdarzenie nastąpiło, potem kiedy zapisano je w dzienniku, oraz każdą wcześniejszą wersję, jeśli było poprawiane. Numery takie jak #12 to własne numery wpisów dziennika; numery dowodów takie jak %1/1 odnoszą się do listy dowodów.</translation>
    </message>
    <message>
        <source>No incidents are included in this export.</source>
        <translation>Ten eksport nie zawiera zdarzeń.</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Zdarzenia według rodzaju</translation>
    </message>
    <message>
        <source>Incidents in total</source>
        <translation>Zdarzenia łącznie</translation>
    </message>
    <message>
        <source>Incidents recorded as possible breaches of a protection order</source>
        <translation>Zdarzenia zapisane jako możliwe naruszenia nakazu ochrony</translation>
    </message>
    <message>
        <source>Diary fingerprint</source>
        <translation>Odcisk dziennika</translation>
    </message>
    <message>
        <source>The fingerprint identifies the diary&apos;s journal as it stood when this document was made. It matches the fingerprint in the evidence bundle&apos;s manifest; a copy sent to someone earlier shows the diary existed in that state at that time. The QR code holds the same text.</source>
        <translation>Odcisk identyfikuje rejestr dziennika w stanie z chwili utworzenia tego dokumentu. Zgadza się z odciskiem w manifeście pakietu dowodów; kopia wysłana komuś wcześniej pokazuje, że dziennik istniał wtedy w tym stanie. Kod QR zawiera ten sam tekst.</translation>
    </message>
    <message>
        <source>Incident diary: timeline of events</source>
        <translation>Dziennik zdarzeń: oś czasu</translation>
    </message>
    <message>
        <source>A record of stalking and harassment kept in an encrypted Daymark diary, exported for the police with its evidence.</source>
        <translation>Zapis uporczywego nękania (stalkingu) prowadzony w zaszyfrowanym dzienniku Daymark, wyeksportowany dla policji wraz z dowodami.</translation>
    </message>
    <message>
        <source>Whose diary</source>
        <translation>Czyj dziennik</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Objęty okres</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>No incidents are included.</source>
        <translation>Nie uwzględniono żadnych zdarzeń.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>All times are local time in %1 (%2) unless an entry says otherwise.</source>
        <translation>Wszystkie godziny są czasem lokalnym w strefie %1 (%2), chyba że wpis podaje inaczej.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (approx.)</source>
        <translation>%1 (ok.)</translation>
    </message>
    <message>
        <source>within a minute of when it happened</source>
        <translation>w ciągu minuty od zdarzenia</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 after it happened</source>
        <translation>%1 po zdarzeniu</translation>
    </message>
    <message>
        <source>%1 before the time given</source>
        <translation>%1 przed podaną godziną</translation>
    </message>
    <message>
        <source>%1
(%2 bytes)</source>
        <translation>%1
(bajty: %2)</translation>
    </message>
    <message>
        <source>Diary fingerprint: %1</source>
        <translation>Odcisk dziennika: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: Daymark was started without its graphics support.</source>
        <translation>Nie można utworzyć pliku PDF: Daymark uruchomiono bez obsługi grafiki.</translation>
    </message>
    <message>
        <source>Making the PDF was cancelled; nothing was kept.</source>
        <translation>Tworzenie pliku PDF przerwano; nic nie zostało zachowane.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that there is space and that the place you chose can be written to.</source>
        <translation>Nie można zapisać pliku PDF. Sprawdź, czy jest wolne miejsce i czy wybrane miejsce pozwala na zapis.</translation>
    </message>
    <message>
        <source>%1, registration %2</source>
        <translation>%1, nr rejestracyjny %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Inne imiona i nazwy</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Pojazdy</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numery telefonów</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Sąd</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Przeciwko</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Wydany</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Doręczony</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Warunek %1</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <source>Possible breaches</source>
        <translation>Możliwe naruszenia</translation>
    </message>
    <message>
        <source>None recorded among the incidents in this document.</source>
        <translation>Brak zapisanych wśród zdarzeń w tym dokumencie.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Osoby zaangażowane</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Nakazy ochrony</translation>
    </message>
    <message>
        <source>Each condition is followed by the incidents recorded in the diary as possible breaches of it. Whether an incident is a breach is for the police and the court to decide.</source>
        <translation>Po każdym warunku wymienione są zdarzenia zapisane w dzienniku jako jego możliwe naruszenia. O tym, czy zdarzenie jest naruszeniem, decydują policja i sąd.</translation>
    </message>
    <message>
        <source>The QR code of the fingerprint could not be made.</source>
        <translation>Nie można utworzyć kodu QR odcisku.</translation>
    </message>
    <message>
        <source>Annex: risk screening answers</source>
        <translation>Załącznik: odpowiedzi w ocenie ryzyka</translation>
    </message>
    <message>
        <source>The latest answers the person gave in Daymark to the stalking risk screening questions (the themes of the S-DASH screening used by UK police and support services, in Daymark&apos;s own words). They are the person&apos;s own answers: Daymark does not score them or judge the risk. Earlier answers are kept in the diary with their dates.</source>
        <translation>Ostatnie odpowiedzi udzielone przez osobę w Daymark na pytania do wstępnej oceny ryzyka przy stalkingu (tematy kwestionariusza S-DASH używanego przez brytyjską policję i służby wsparcia, własnymi słowami Daymark). To własne odpowiedzi tej osoby: Daymark ich nie punktuje i nie ocenia ryzyka. Wcześniejsze odpowiedzi są zachowane w dzienniku wraz z datami.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (answered %2; changed %3 times since first answered)</source>
        <translation>%1 (data odpowiedzi: %2; liczba zmian od pierwszej odpowiedzi: %3)</translation>
    </message>
    <message>
        <source>%1 (answered %2)</source>
        <translation>%1 (data odpowiedzi: %2)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In this export</source>
        <translation>W tym eksporcie</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Brak podglądu</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Inne rodzaje</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>Zdarzenia w czasie</translation>
    </message>
    <message>
        <source>Incidents per week (weeks start on Monday), by type.</source>
        <translation>Zdarzenia na tydzień (tygodnie zaczynają się w poniedziałek), według rodzaju.</translation>
    </message>
    <message>
        <source>Incidents per %1 days, by type.</source>
        <translation>Zdarzenia na każde %1 dni, według rodzaju.</translation>
    </message>
    <message>
        <source>%1 Most in one bar: %2.</source>
        <translation>%1 Najwięcej w jednym słupku: %2.</translation>
    </message>
    <message>
        <source>The line is the average of the last %1 weeks, so a rise stands out from the ups and downs.</source>
        <translation>Linia to średnia z ostatnich %1 tyg., więc wzrost wyróżnia się na tle wahań.</translation>
    </message>
    <message>
        <source>The line is the average of the last %1 bars, so a rise stands out from the ups and downs.</source>
        <translation>Linia to średnia z ostatnich słupków (%1), więc wzrost wyróżnia się na tle wahań.</translation>
    </message>
    <message>
        <source>Average of the last %1 weeks</source>
        <translation>Średnia z ostatnich %1 tyg.</translation>
    </message>
    <message>
        <source>Average of the last %1 bars</source>
        <translation>Średnia z ostatnich słupków (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, warunek %2</translation>
    </message>
</context>
<context>
    <name>daymark::report::AtomicOutput</name>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>%1 już istnieje. Wybierz nową nazwę pliku; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists.</source>
        <translation>Folder %1 nie istnieje. Wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be created (it may have appeared meanwhile). Choose a new file name.</source>
        <translation>Nie można utworzyć %1 (mógł pojawić się w międzyczasie). Wybierz nową nazwę pliku.</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipReader</name>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Nie ma pliku %1. Sprawdź nazwę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 could not be read as a zip file (%2). It is damaged or not an evidence bundle.</source>
        <translation>Nie można odczytać %1 jako pliku zip (%2). Jest uszkodzony albo nie jest pakietem dowodów.</translation>
    </message>
    <message>
        <source>Cancelled. The bundle was not fully checked.</source>
        <translation>Przerwano. Pakietu nie sprawdzono w całości.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>jest za duży</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipWriter</name>
    <message>
        <source>A bundle entry was started out of order.</source>
        <translation>Pozycję pakietu rozpoczęto w złej kolejności.</translation>
    </message>
    <message>
        <source>Compressing a file for the bundle failed.</source>
        <translation>Kompresja pliku do pakietu się nie powiodła.</translation>
    </message>
    <message>
        <source>Bytes were written to a bundle with no entry started.</source>
        <translation>Zapisano bajty do pakietu bez rozpoczętej pozycji.</translation>
    </message>
    <message>
        <source>A bundle entry was finished without being started.</source>
        <translation>Pozycję pakietu zakończono bez jej rozpoczęcia.</translation>
    </message>
    <message>
        <source>A file for the bundle was larger than announced.</source>
        <translation>Plik do pakietu był większy niż zapowiedziano.</translation>
    </message>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>Zapis pakietu się nie powiódł: %1.</translation>
    </message>
    <message>
        <source>The bundle was closed out of order.</source>
        <translation>Pakiet zamknięto w złej kolejności.</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipWriter::Impl</name>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>Zapis pakietu się nie powiódł: %1.</translation>
    </message>
    <message>
        <source>Compressing a file for the bundle failed.</source>
        <translation>Kompresja pliku do pakietu się nie powiodła.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AddDetailsDialog</name>
    <message>
        <source>Add details</source>
        <translation>Dodaj szczegóły</translation>
    </message>
    <message>
        <source>&amp;More details…</source>
        <translation>&amp;Więcej szczegółów…</translation>
    </message>
    <message>
        <source>Open the full incident: who was there, the police, exhibits and more. What you typed here goes with it.</source>
        <translation>Otwórz pełne zdarzenie: kto był obecny, policja, dowody i więcej. To, co tu wpisano, zostanie przeniesione.</translation>
    </message>
    <message>
        <source>&amp;What happened? The exact words, if you know them.</source>
        <translation>&amp;Co się stało? Dokładne słowa, jeśli je znasz.</translation>
    </message>
    <message>
        <source>Wh&amp;ere?</source>
        <translation>&amp;Gdzie?</translation>
    </message>
    <message>
        <source>Details added after a quick log</source>
        <translation>Szczegóły dodane po szybkim wpisie</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AmendReasonDialog</name>
    <message>
        <source>Why is it changed?</source>
        <translation>Dlaczego zmieniasz?</translation>
    </message>
    <message>
        <source>e.g. I remembered the exact words</source>
        <translation>np. przypomniały mi się dokładne słowa</translation>
    </message>
    <message>
        <source>I remembered more of what happened</source>
        <translation>Przypomniały mi się dalsze szczegóły</translation>
    </message>
    <message>
        <source>I remembered the exact words</source>
        <translation>Przypomniały mi się dokładne słowa</translation>
    </message>
    <message>
        <source>Corrected the time</source>
        <translation>Poprawiono godzinę</translation>
    </message>
    <message>
        <source>Corrected a mistake</source>
        <translation>Poprawiono błąd</translation>
    </message>
    <message>
        <source>Added the police reference</source>
        <translation>Dodano numer sprawy na policji</translation>
    </message>
    <message>
        <source>Added who was there</source>
        <translation>Dodano, kto był obecny</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Zapisz zmianę</translation>
    </message>
    <message>
        <source>Back to the incident</source>
        <translation>Wróć do zdarzenia</translation>
    </message>
    <message>
        <source>The entry as it was stays in the diary&apos;s history, with the time you wrote it. Say in a few words why you are changing it; the reason is kept beside the change.</source>
        <translation>Wpis w dotychczasowej postaci zostaje w historii dziennika, z czasem jego zapisania. Napisz w kilku słowach, dlaczego go zmieniasz; powód zostanie zachowany obok zmiany.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Powód zmiany:</translation>
    </message>
    <message>
        <source>Say in a few words why you are changing it, for example “Corrected the time”.</source>
        <translation>Napisz w kilku słowach, dlaczego zmieniasz wpis, na przykład „Poprawiono godzinę”.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AutoBackup</name>
    <message>
        <source>The automatic backup failed unexpectedly.</source>
        <translation>Automatyczna kopia zapasowa nieoczekiwanie się nie powiodła.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Nie wykonano kopii zapasowej</translation>
    </message>
    <message>
        <source>Older backups were kept as they were. Write as little as possible to this diary and get help: the newest good backup can be put back with &apos;daymark-cli restore&apos; (the damaged file is kept aside).</source>
        <translation>Starsze kopie pozostawiono bez zmian. Zapisuj do tego dziennika jak najmniej i poproś o pomoc: najnowszą dobrą kopię można przywrócić poleceniem &apos;daymark-cli restore&apos; (uszkodzony plik zostanie odłożony na bok).</translation>
    </message>
    <message>
        <source>Check the backup folder and the number of backups in Settings.</source>
        <translation>Sprawdź folder kopii zapasowych i liczbę kopii w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::BackupSettingsSection</name>
    <message>
        <source>Make an encrypted &amp;backup when a diary is unlocked</source>
        <translation>Wykonuj zaszyfrowaną &amp;kopię zapasową po odblokowaniu dziennika</translation>
    </message>
    <message>
        <source>At &amp;every unlock (otherwise at most once a day)</source>
        <translation>Przy każdym &amp;odblokowaniu (w przeciwnym razie najwyżej raz dziennie)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wybie&amp;rz…</translation>
    </message>
    <message>
        <source>Beside the diary</source>
        <translation>Obok dziennika</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Liczba zachowywanych kopii</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Folder kopii:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Zachowuj &amp;najnowsze:</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the diary that opens with its password. Kept on another disk or a USB stick, it survives this computer failing.</source>
        <translation>Kopia zapasowa to pełna kopia dziennika, która otwiera się jego hasłem. Przechowywana na innym dysku lub pendrivie przetrwa awarię tego komputera.</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>Przechowuj kopie w</translation>
    </message>
    <message>
        <source>Give the backup folder in full, starting from the top of the disk, or choose it with Choose….</source>
        <translation>Podaj pełną ścieżkę folderu kopii, od początku dysku, albo wybierz go przyciskiem Wybierz….</translation>
    </message>
    <message>
        <source>The backup folder&apos;s name is taken by a file. Choose a folder.</source>
        <translation>Nazwa folderu kopii jest zajęta przez plik. Wybierz folder.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ColumnMappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Która kolumna co zawiera</translation>
    </message>
    <message>
        <source>Call logs saved as a spreadsheet (.csv) differ from phone to phone. Say which column holds each thing; Daymark remembers your choice for files with the same columns.</source>
        <translation>Rejestry połączeń zapisane jako arkusz (.csv) różnią się w zależności od telefonu. Wskaż, która kolumna co zawiera; Daymark zapamięta wybór dla plików z takimi samymi kolumnami.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(brak w tym pliku)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation>%1 (wymagane):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Let Daymark work it out</source>
        <translation>Niech Daymark ustali sam</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Najpierw dzień (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Najpierw miesiąc (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024-12-31)</source>
        <translation>Najpierw rok (2024-12-31)</translation>
    </message>
    <message>
        <source>Seconds since 1970 (a long number)</source>
        <translation>Sekundy od 1970 roku (długa liczba)</translation>
    </message>
    <message>
        <source>Milliseconds since 1970 (a longer number)</source>
        <translation>Milisekundy od 1970 roku (dłuższa liczba)</translation>
    </message>
    <message>
        <source>How dates are written:</source>
        <translation>Zapis dat:</translation>
    </message>
    <message>
        <source>This file cannot be read as a call log</source>
        <translation>Tego pliku nie można odczytać jako rejestru połączeń</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ConversationView</name>
    <message>
        <source>Messages and calls in the export</source>
        <translation>Wiadomości i połączenia w eksporcie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Click a message to read all of it here.</source>
        <translation>Kliknij wiadomość, aby przeczytać tutaj całą jej treść.</translation>
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
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name and number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wybie&amp;rz…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>W&amp;stecz</translation>
    </message>
    <message>
        <source>&amp;Create the diary</source>
        <translation>&amp;Utwórz dziennik</translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation>Utwórz nowy dziennik</translation>
    </message>
    <message>
        <source>Choose a password that the person you fear could not guess: not a birthday, a name or a place they know about you.</source>
        <translation>Wybierz hasło, którego osoba, której się boisz, nie mogłaby odgadnąć: nie datę urodzenia, imię ani miejsce, które zna z twojego życia.</translation>
    </message>
    <message>
        <source>Where to save the diary</source>
        <translation>Gdzie zapisać dziennik</translation>
    </message>
    <message>
        <source>The full path of the new diary file, ending in .daymark</source>
        <translation>Pełna ścieżka nowego pliku dziennika, zakończona na .daymark</translation>
    </message>
    <message>
        <source>Choose where to save the diary in a file dialog</source>
        <translation>Wybierz w oknie plików, gdzie zapisać dziennik</translation>
    </message>
    <message>
        <source>&amp;Save the diary as</source>
        <translation>&amp;Zapisz dziennik jako</translation>
    </message>
    <message>
        <source>If you forget this password, nobody can open the diary: not you, not the makers of Daymark, not the police, not a computer expert. There is no back door. Write the password down and keep it somewhere safe that the person you fear cannot reach.</source>
        <translation>Jeśli zapomnisz tego hasła, nikt nie otworzy dziennika: ani ty, ani twórcy Daymark, ani policja, ani specjalista komputerowy. Nie ma tylnych drzwi. Zapisz hasło i przechowuj je w bezpiecznym miejscu, do którego osoba, której się boisz, nie ma dostępu.</translation>
    </message>
    <message>
        <source>A forgotten password cannot be recovered</source>
        <translation>Zapomnianego hasła nie da się odzyskać</translation>
    </message>
    <message>
        <source>Choose where to save the diary.</source>
        <translation>Wybierz, gdzie zapisać dziennik.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Folder „%1” nie istnieje. Wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>There is already a file called “%1” in that folder. Choose another name; Daymark never replaces a file.</source>
        <translation>W tym folderze jest już plik o nazwie „%1”. Wybierz inną nazwę; Daymark nigdy nie zastępuje plików.</translation>
    </message>
    <message>
        <source>Creating the diary… this takes a moment.</source>
        <translation>Tworzenie dziennika… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>The diary was not created.</source>
        <translation>Nie utworzono dziennika.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryFileDialog</name>
    <message>
        <source>Daymark diaries (*.daymark)</source>
        <translation>Dzienniki Daymark (*.daymark)</translation>
    </message>
    <message>
        <source>Save the new diary as</source>
        <translation>Zapisz nowy dziennik jako</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Otwórz dziennik</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryJob</name>
    <message>
        <source>Something unexpected went wrong, so the diary is not open. Please try again; if it happens again, ask for help.</source>
        <translation>Wystąpił nieoczekiwany problem, więc dziennik nie jest otwarty. Spróbuj ponownie; jeśli to się powtórzy, poproś o pomoc.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryPage</name>
    <message>
        <source>Sections of the diary</source>
        <translation>Sekcje dziennika</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Nakazy</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation>Bezpieczeństwo i wsparcie</translation>
    </message>
    <message>
        <source>Cannot show the incident</source>
        <translation>Nie można pokazać zdarzenia</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>daymark::ui::EmergencyCopyDialog</name>
    <message>
        <source>&amp;Save the copy</source>
        <translation>&amp;Zapisz kopię</translation>
    </message>
    <message>
        <source>Saving the copy with its new password…</source>
        <translation>Zapisywanie kopii z nowym hasłem…</translation>
    </message>
    <message>
        <source>Save a copy with a different password</source>
        <translation>Zapisz kopię z innym hasłem</translation>
    </message>
    <message>
        <source>This saves a complete copy of your diary that opens with a different password. Give it to someone you trust, or keep it somewhere safe away from this computer: if you ever forget your password, the copy still opens. Your diary and its password stay as they are.</source>
        <translation>Tu zapiszesz pełną kopię dziennika, która otwiera się innym hasłem. Przekaż ją zaufanej osobie albo przechowuj w bezpiecznym miejscu z dala od tego komputera: jeśli kiedyś zapomnisz hasła, kopia nadal się otworzy. Dziennik i jego hasło pozostają bez zmian.</translation>
    </message>
    <message>
        <source>The copy does not change when the diary does, so make a new one from time to time.</source>
        <translation>Kopia nie zmienia się razem z dziennikiem, więc co jakiś czas zrób nową.</translation>
    </message>
    <message>
        <source>%1 copy.daymark</source>
        <translation>%1 kopia.daymark</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Save the copy &amp;as</source>
        <translation>Zapisz kopię &amp;jako</translation>
    </message>
    <message>
        <source>The copy&apos;s password (not the diary&apos;s own):</source>
        <translation>Hasło kopii (nie hasło dziennika):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Kopia zapisana</translation>
    </message>
    <message>
        <source>The copy is saved as %1 and passed the full check with its new password. Keep it, and its password, somewhere safe.</source>
        <translation>Kopię zapisano jako %1 i przeszła pełne sprawdzenie z nowym hasłem. Przechowuj ją i jej hasło w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>No copy was saved.</source>
        <translation>Nie zapisano kopii.</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Zapisz kopię jako</translation>
    </message>
    <message>
        <source>Choose where to save the copy: a file name in a folder.</source>
        <translation>Wybierz, gdzie zapisać kopię: nazwę pliku w folderze.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Plik o tej nazwie już istnieje. Wybierz inną nazwę; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose an existing folder.</source>
        <translation>Ten folder nie istnieje. Wybierz istniejący folder.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitAttacher</name>
    <message>
        <source>Adding to the diary</source>
        <translation>Dodawanie do dziennika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Adding %1 to the diary…</source>
        <translation>Dodawanie %1 do dziennika…</translation>
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
        <translation>%1: wystąpił nieoczekiwany problem. Spróbuj dołączyć plik ponownie.</translation>
    </message>
    <message>
        <source>Stopping… Nothing half-added is kept.</source>
        <translation>Zatrzymywanie… Nic dodanego tylko w części nie zostanie zachowane.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitDetails</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Original name:</source>
        <translation>Oryginalna nazwa:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Rozmiar:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation>Sposób pozyskania:</translation>
    </message>
    <message>
        <source>Added to the diary:</source>
        <translation>Dodano do dziennika:</translation>
    </message>
    <message>
        <source>File last changed:</source>
        <translation>Ostatnia zmiana pliku:</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>Zdarzenia:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Skrót SHA-256</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint taken when the file was added. Anyone can check a copy of the original against it.</source>
        <translation>Skrót SHA-256 obliczony przy dodaniu pliku. Każdy może porównać z nim kopię oryginału.</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Kopiuj skrót SHA-256</translation>
    </message>
    <message>
        <source>&amp;SHA-256 fingerprint:</source>
        <translation>&amp;Skrót SHA-256:</translation>
    </message>
    <message>
        <source>What the file itself says</source>
        <translation>Co mówi sam plik</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Wykonano:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Aparat:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Położenie:</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>Rozmiar obrazu:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Długość:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>No exhibit chosen</source>
        <translation>Nie wybrano dowodu</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Dowód %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (bajty: %2)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <translation>Skrót SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 (by the camera&apos;s clock)</source>
        <translation>%1 (według zegara aparatu)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 m above sea level)</source>
        <translation>%1 (%2 m n.p.m.)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikseli</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitViewer</name>
    <message>
        <source>Exhibit %1 — %2</source>
        <comment>exhibit number — file name</comment>
        <translation>Dowód %1 — %2</translation>
    </message>
    <message>
        <source>Daymark cannot show this picture itself (%1).</source>
        <translation>Daymark nie potrafi sam wyświetlić tego obrazu (%1).</translation>
    </message>
    <message>
        <source>Exhibit %1, a picture</source>
        <translation>Dowód %1, obraz</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Dopasuj do okna</translation>
    </message>
    <message>
        <source>Make the picture smaller (-)</source>
        <translation>Zmniejsz obraz (-)</translation>
    </message>
    <message>
        <source>Make the picture larger (+)</source>
        <translation>Powiększ obraz (+)</translation>
    </message>
    <message>
        <source>One pixel of the picture to one pixel of the screen (0)</source>
        <translation>Jeden piksel obrazu na jeden piksel ekranu (0)</translation>
    </message>
    <message>
        <source>The whole picture in the window (F)</source>
        <translation>Cały obraz w oknie (F)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This file is long: only its first %1 are shown here. Save a copy to see all of it.</source>
        <translation>Ten plik jest długi: pokazano tu tylko jego pierwsze %1. Zapisz kopię, aby zobaczyć całość.</translation>
    </message>
    <message>
        <source>Exhibit %1, text</source>
        <translation>Dowód %1, tekst</translation>
    </message>
    <message>
        <source>Daymark cannot show this kind of file (%1) itself.</source>
        <translation>Daymark nie potrafi sam wyświetlić tego rodzaju pliku (%1).</translation>
    </message>
    <message>
        <source>You can open it in another program on this computer. To do that, Daymark has to put a decrypted copy of it in a private temporary folder, outside the encrypted diary. Anyone using this computer as you could open that copy while it is there, and the other program may keep its own copy or list it in its recent files.

Daymark overwrites and removes the copy when you lock the diary or close Daymark. If someone else may use or check this computer, use “Save a copy…” only onto a device you keep safe, or do not open it here.</source>
        <translation>Możesz otworzyć go w innym programie na tym komputerze. W tym celu Daymark musi umieścić jego odszyfrowaną kopię w prywatnym folderze tymczasowym, poza zaszyfrowanym dziennikiem. Każdy, kto używa tego komputera jako ty, mógłby otworzyć tę kopię, dopóki tam jest, a inny program może zachować własną kopię lub pokazać ją na liście ostatnich plików.

Daymark nadpisuje i usuwa kopię, gdy zablokujesz dziennik lub zamkniesz Daymark. Jeśli ktoś inny może używać tego komputera lub go sprawdzać, używaj „Zapisz kopię…” tylko na urządzenie, które jest bezpieczne, albo nie otwieraj pliku tutaj.</translation>
    </message>
    <message>
        <source>&amp;Make a temporary copy and open it</source>
        <translation>&amp;Utwórz kopię tymczasową i otwórz</translation>
    </message>
    <message>
        <source>This file is too large to open this way. Use “Save a copy…” and open the copy.</source>
        <translation>Ten plik jest za duży, aby otworzyć go w ten sposób. Użyj „Zapisz kopię…” i otwórz kopię.</translation>
    </message>
    <message>
        <source>No program on this computer offered to open this kind of file. The temporary copy will be wiped when the diary is locked.</source>
        <translation>Żaden program na tym komputerze nie zaproponował otwarcia tego rodzaju pliku. Kopia tymczasowa zostanie wymazana po zablokowaniu dziennika.</translation>
    </message>
    <message>
        <source>Opened in another program. The temporary copy will be wiped when you lock the diary or close Daymark.</source>
        <translation>Otwarto w innym programie. Kopia tymczasowa zostanie wymazana, gdy zablokujesz dziennik lub zamkniesz Daymark.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsModel</name>
    <message>
        <source>a deleted incident</source>
        <translation>usunięte zdarzenie</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
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
        <translation>Dowód</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Oryginalna nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Sposób pozyskania</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Zdarzenia</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsPanel</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Zapisz &amp;kopię…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Exhibits, by exhibit number</source>
        <translation>Dowody, według numeru dowodu</translation>
    </message>
    <message>
        <source>No exhibits yet. The screenshots, photos, recordings and message exports you add to incidents appear here, each with its exhibit number and the fingerprint taken when it was added.</source>
        <translation>Nie ma jeszcze dowodów. Zrzuty ekranu, zdjęcia, nagrania i eksporty wiadomości dodane do zdarzeń pojawiają się tutaj, każdy z numerem dowodu i skrótem obliczonym przy dodaniu.</translation>
    </message>
    <message>
        <source>Look at the exhibit inside Daymark (Enter)</source>
        <translation>Obejrzyj dowód w Daymark (Enter)</translation>
    </message>
    <message>
        <source>Save a copy of the original file, for example for the police (Ctrl+S)</source>
        <translation>Zapisz kopię oryginalnego pliku, na przykład dla policji (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete this exhibit, giving a reason (Delete). Its number stays in the records.</source>
        <translation>Usuń ten dowód, podając powód (Delete). Jego numer zostaje w zapisach.</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Kopiuj SHA-256</translation>
    </message>
    <message>
        <source>Save a copy of exhibit %1</source>
        <translation>Zapisz kopię dowodu %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>%1 już istnieje. Wybierz nową nazwę pliku; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>Saving a copy of exhibit %1…</source>
        <translation>Zapisywanie kopii dowodu %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Zapisywanie kopii</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so no copy was saved. Please try again.</source>
        <translation>Wystąpił nieoczekiwany problem, więc nie zapisano kopii. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Saved a copy of exhibit %1 as %2. Its SHA-256 matched the one taken when it was added.</source>
        <translation>Zapisano kopię dowodu %1 jako %2. Jej SHA-256 zgadza się z obliczonym przy dodaniu.</translation>
    </message>
    <message>
        <source>Stopped. No copy of exhibit %1 was saved.</source>
        <translation>Zatrzymano. Nie zapisano kopii dowodu %1.</translation>
    </message>
    <message>
        <source>Delete exhibit %1?</source>
        <translation>Usunąć dowód %1?</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting exhibit %1? Its contents are removed from the diary; its number and history are kept.</source>
        <translation>&amp;Dlaczego usuwasz dowód %1? Jego treść zostanie usunięta z dziennika; jego numer i historia zostaną zachowane.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Exhibit %1 is deleted.</source>
        <translation>Dowód %1 jest usunięty.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsSection</name>
    <message>
        <source>Exhibits</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Dołącz pliki…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Wklej zrzut ekranu</translation>
    </message>
    <message>
        <source>Exhibits of this incident</source>
        <translation>Dowody tego zdarzenia</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Sposób pozyskania</translation>
    </message>
    <message>
        <source>Choose files to keep with this incident. You can also drop files on this window.</source>
        <translation>Wybierz pliki do przechowania z tym zdarzeniem. Możesz też upuścić pliki na to okno.</translation>
    </message>
    <message>
        <source>Attach the picture on the clipboard (Ctrl+V)</source>
        <translation>Dołącz obraz ze schowka (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Wklej zrzut ekranu ze schowka</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings and message exports, kept unchanged in the diary. A file is added as soon as you attach it, with its fingerprint; Save and Cancel do not undo that.</source>
        <translation>Zrzuty ekranu, zdjęcia, nagrania i eksporty wiadomości, przechowywane w dzienniku bez zmian. Plik jest dodawany ze swoim skrótem od razu po dołączeniu; Zapisz i Anuluj tego nie cofają.</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings and message exports, kept unchanged in the diary. Files you add now are attached when you save this incident.</source>
        <translation>Zrzuty ekranu, zdjęcia, nagrania i eksporty wiadomości, przechowywane w dzienniku bez zmian. Pliki dodane teraz zostaną dołączone po zapisaniu tego zdarzenia.</translation>
    </message>
    <message>
        <source>When saved</source>
        <translation>Po zapisaniu</translation>
    </message>
    <message>
        <source>Attached when you save this incident</source>
        <translation>Zostanie dołączony po zapisaniu tego zdarzenia</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExportChoices</name>
    <message>
        <source>Types of incident to include</source>
        <translation>Rodzaje zdarzeń do uwzględnienia</translation>
    </message>
    <message>
        <source>People whose incidents to include</source>
        <translation>Osoby, których zdarzenia uwzględnić</translation>
    </message>
    <message>
        <source>Orders whose possible breaches to include</source>
        <translation>Nakazy, których możliwe naruszenia uwzględnić</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>Dołącz moje prywatne no&amp;tatki</translation>
    </message>
    <message>
        <source>Include earlier &amp;versions of amended incidents, with the reasons</source>
        <translation>Dołącz wcześniejsze &amp;wersje poprawionych zdarzeń, z powodami</translation>
    </message>
    <message>
        <source>Include the original e&amp;xhibit files (bundle)</source>
        <translation>Dołącz oryginalne pliki &amp;dowodowe (pakiet)</translation>
    </message>
    <message>
        <source>Details to hide</source>
        <translation>Szczegóły do ukrycia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Wszystko, co zapisano</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Między datami…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Od tego dnia</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>Do tego dnia włącznie</translation>
    </message>
    <message>
        <source>Include my latest risk &amp;screening answers (an annex at the end of the PDF)</source>
        <translation>Dołącz moje ostatnie odpowiedzi w ocenie ryzyka (&amp;załącznik na końcu PDF)</translation>
    </message>
    <message>
        <source>Words to hide, one per line</source>
        <translation>Słowa do ukrycia, po jednym w wierszu</translation>
    </message>
    <message>
        <source>One per line, e.g. your own address or a child&apos;s name</source>
        <translation>Po jednym w wierszu, np. własny adres albo imię dziecka</translation>
    </message>
    <message>
        <source>Whose diary (optional)</source>
        <translation>Czyj dziennik (opcjonalnie)</translation>
    </message>
    <message>
        <source>Heading on every page (optional)</source>
        <translation>Nagłówek na każdej stronie (opcjonalnie)</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>np. RESTRICTED</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
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
        <translation>Które zdarzenia</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>&amp;Types (none ticked: all)</source>
        <translation>&amp;Rodzaje (nic nie zaznaczono: wszystkie)</translation>
    </message>
    <message>
        <source>P&amp;eople (none ticked: anyone)</source>
        <translation>Osob&amp;y (nic nie zaznaczono: każda)</translation>
    </message>
    <message>
        <source>&amp;Orders breached (none ticked: any)</source>
        <translation>&amp;Naruszone nakazy (nic nie zaznaczono: dowolne)</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>Co pokazać</translation>
    </message>
    <message>
        <source>Private notes stay out unless you tick this.</source>
        <translation>Prywatne notatki są pomijane, chyba że to zaznaczysz.</translation>
    </message>
    <message>
        <source>What to hide</source>
        <translation>Co ukryć</translation>
    </message>
    <message>
        <source>&amp;Details shown as &quot;[redacted]&quot;:</source>
        <translation>&amp;Szczegóły pokazane jako „[ukryte]”:</translation>
    </message>
    <message>
        <source>&amp;Words hidden wherever they appear:</source>
        <translation>Słowa &amp;ukryte wszędzie, gdzie występują:</translation>
    </message>
    <message>
        <source>Hidden in the PDF, the CSV and the JSON. Exhibit files stay exactly as they were added, so check them yourself.</source>
        <translation>Ukryte w PDF, CSV i JSON. Pliki dowodowe pozostają dokładnie takie, jakie je dodano, więc sprawdź je samodzielnie.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Whose diary (opt&amp;ional):</source>
        <translation>Czyj dziennik (opcjon&amp;alnie):</translation>
    </message>
    <message>
        <source>&amp;Heading on every page:</source>
        <translation>Na&amp;główek na każdej stronie:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
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
        <translation>Utwórz oś czasu w PD&amp;F…</translation>
    </message>
    <message>
        <source>Make an evidence &amp;bundle…</source>
        <translation>Utwórz pa&amp;kiet dowodów…</translation>
    </message>
    <message>
        <source>Chec&amp;k a bundle…</source>
        <translation>Sprawdź pak&amp;iet…</translation>
    </message>
    <message>
        <source>Making the export…</source>
        <translation>Tworzenie eksportu…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Sprawdzanie pakietu…</translation>
    </message>
    <message>
        <source>A PDF of the chosen incidents, to print or send</source>
        <translation>PDF z wybranymi zdarzeniami, do wydruku lub wysłania</translation>
    </message>
    <message>
        <source>One .zip for the police: the PDF, the original exhibits, CSV and JSON, and a signature anyone can check</source>
        <translation>Jeden plik .zip dla policji: PDF, oryginalne dowody, CSV i JSON oraz podpis, który każdy może sprawdzić</translation>
    </message>
    <message>
        <source>Check that a bundle is exactly as it was made: every file, and the signature</source>
        <translation>Sprawdź, czy pakiet jest dokładnie taki, jak go utworzono: każdy plik i podpis</translation>
    </message>
    <message>
        <source>Problems found in the bundle</source>
        <translation>Problemy znalezione w pakiecie</translation>
    </message>
    <message>
        <source>Export for the police</source>
        <translation>Eksport dla policji</translation>
    </message>
    <message>
        <source>Choose what to include, then make a PDF timeline, or an evidence bundle: one .zip file with the PDF, the original exhibits and a signature, which anyone can check has not been changed. Only what you choose goes in. Making an export is written in the diary&apos;s history.</source>
        <translation>Wybierz, co uwzględnić, a potem utwórz oś czasu w PDF albo pakiet dowodów: jeden plik .zip z PDF, oryginalnymi dowodami i podpisem, dzięki któremu każdy może sprawdzić, że nic nie zostało zmienione. Trafia tam tylko to, co wybierzesz. Utworzenie eksportu jest odnotowywane w historii dziennika.</translation>
    </message>
    <message>
        <source>Were you sent a bundle, or do you want to check one before handing it over? Checking needs no diary.</source>
        <translation>Otrzymano od kogoś pakiet albo chcesz sprawdzić pakiet przed przekazaniem? Do sprawdzenia nie potrzeba dziennika.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Przerwano</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Could not check the bundle</source>
        <translation>Nie można sprawdzić pakietu</translation>
    </message>
    <message>
        <source>Save the PDF timeline as</source>
        <translation>Zapisz oś czasu PDF jako</translation>
    </message>
    <message>
        <source>Timeline %1.pdf</source>
        <translation>Oś czasu %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence bundle as</source>
        <translation>Zapisz pakiet dowodów jako</translation>
    </message>
    <message>
        <source>Evidence bundle %1.zip</source>
        <translation>Pakiet dowodów %1.zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Pliki zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 already exists. Daymark never replaces a file: choose another name.</source>
        <translation>%1 już istnieje. Daymark nigdy nie zastępuje plików: wybierz inną nazwę.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2): %n incident(s).</source>
        <translation>
            <numerusform>Zapisano %1 (%2): %n zdarzenie.</numerusform>
            <numerusform>Zapisano %1 (%2): %n zdarzenia.</numerusform>
            <numerusform>Zapisano %1 (%2): %n zdarzeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2): %n incident(s), </source>
        <translation>
            <numerusform>Zapisano %1 (%2): %n zdarzenie, </numerusform>
            <numerusform>Zapisano %1 (%2): %n zdarzenia, </numerusform>
            <numerusform>Zapisano %1 (%2): %n zdarzeń, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit file(s).</source>
        <translation>
            <numerusform>%n plik dowodowy.</numerusform>
            <numerusform>%n pliki dowodowe.</numerusform>
            <numerusform>%n plików dowodowych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary fingerprint: %1</source>
        <translation>Odcisk dziennika: %1</translation>
    </message>
    <message>
        <source>SHA-256 of its manifest: %1</source>
        <translation>SHA-256 jego manifestu: %1</translation>
    </message>
    <message>
        <source>PDF made</source>
        <translation>PDF utworzony</translation>
    </message>
    <message>
        <source>Evidence bundle made</source>
        <translation>Pakiet dowodów utworzony</translation>
    </message>
    <message>
        <source>Check an evidence bundle</source>
        <translation>Sprawdź pakiet dowodów</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Pakiety dowodów (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is exactly as it was made: all %n file(s) match their SHA-256, none was added or removed, and the signature is valid.</source>
        <translation>
            <numerusform>%1 jest dokładnie taki, jak go utworzono: jego %n plik zgadza się ze swoim SHA-256, niczego nie dodano ani nie usunięto, a podpis jest prawidłowy.</numerusform>
            <numerusform>%1 jest dokładnie taki, jak go utworzono: każdy z %n plików zgadza się ze swoim SHA-256, niczego nie dodano ani nie usunięto, a podpis jest prawidłowy.</numerusform>
            <numerusform>%1 jest dokładnie taki, jak go utworzono: każdy z %n plików zgadza się ze swoim SHA-256, niczego nie dodano ani nie usunięto, a podpis jest prawidłowy.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was exported on %1 from the diary with fingerprint %2. To be sure it came from that diary, compare the fingerprint with one the diary&apos;s owner gave you before.</source>
        <translation>Wyeksportowano go z dziennika o odcisku %2 (data eksportu: %1). Aby mieć pewność, że pochodzi z tego dziennika, porównaj odcisk z tym, który właściciel dziennika przekazał wcześniej.</translation>
    </message>
    <message>
        <source>The bundle checks out</source>
        <translation>Pakiet jest prawidłowy</translation>
    </message>
    <message>
        <source>%1 is not as it was made, or was not signed by the diary it names. Do not rely on it; ask for a new copy. What is wrong:</source>
        <translation>%1 nie jest taki, jak go utworzono, albo nie podpisał go wskazany dziennik. Nie polegaj na nim; poproś o nową kopię. Co jest nie tak:</translation>
    </message>
    <message>
        <source>The bundle does not check out</source>
        <translation>Pakiet nie przeszedł sprawdzenia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file, problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The signature of manifest.json does not match signing-key.pem.</source>
        <translation>Podpis manifest.json nie zgadza się z signing-key.pem.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::FirstRunPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Zanim zaczniesz</translation>
    </message>
    <message>
        <source>What Daymark can and cannot protect you from</source>
        <translation>Przed czym Daymark może, a przed czym nie może cię chronić</translation>
    </message>
    <message>
        <source>Daymark keeps a private diary of what is happening to you, with the evidence beside it, in one encrypted file on this computer. It does not use the internet and sends nothing anywhere.</source>
        <translation>Daymark prowadzi prywatny dziennik tego, co cię spotyka, z dowodami obok, w jednym zaszyfrowanym pliku na tym komputerze. Nie korzysta z internetu i niczego nigdzie nie wysyła.</translation>
    </message>
    <message>
        <source>What Daymark protects against</source>
        <translation>Przed czym Daymark chroni</translation>
    </message>
    <message>
        <source>Someone who gets hold of this computer or the diary file cannot read the diary without your password. Daymark leaves no readable copies of what you write on the computer, locks the diary when you step away or the screen locks, and Quick exit (Ctrl+Shift+Q, or Esc twice) hides it at once.</source>
        <translation>Ktoś, kto zdobędzie ten komputer lub plik dziennika, nie przeczyta dziennika bez twojego hasła. Daymark nie zostawia na komputerze czytelnych kopii tego, co piszesz, blokuje dziennik, gdy odchodzisz lub ekran się blokuje, a Szybkie wyjście (Ctrl+Shift+Q albo dwa razy Esc) od razu go ukrywa.</translation>
    </message>
    <message>
        <source>What it cannot protect against</source>
        <translation>Przed czym nie może chronić</translation>
    </message>
    <message>
        <source>Daymark cannot help if this computer is being monitored or has spyware on it: that can see what you type, including your password. It cannot keep the diary from someone who knows or guesses your password, or who forces you to unlock it. While the diary is open, anyone at the screen can read it.</source>
        <translation>Daymark nie pomoże, jeśli ten komputer jest monitorowany lub ma oprogramowanie szpiegujące: może ono widzieć, co wpisujesz, łącznie z hasłem. Nie ochroni dziennika przed kimś, kto zna lub odgadnie twoje hasło albo zmusi cię do odblokowania. Gdy dziennik jest otwarty, każdy przy ekranie może go czytać.</translation>
    </message>
    <message>
        <source>If someone else set up or has used this computer, think about keeping the diary on a device only you use. A helpline can talk you through checking your devices.</source>
        <translation>Jeśli ktoś inny skonfigurował ten komputer lub z niego korzystał, rozważ prowadzenie dziennika na urządzeniu, którego używasz tylko ty. Infolinia pomocy może przeprowadzić cię przez sprawdzenie urządzeń.</translation>
    </message>
    <message>
        <source>Help, whenever you need it</source>
        <translation>Pomoc, kiedy tylko jej potrzebujesz</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation>Jeśli grozi ci teraz niebezpieczeństwo, dzwoń pod 999.</translation>
    </message>
    <message>
        <source>These numbers are for the %1. They are always on the Safety and support page of an open diary, with this page.</source>
        <translation>Te numery dotyczą kraju: %1. Zawsze są na stronie Bezpieczeństwo i wsparcie otwartego dziennika, razem z tą stroną.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Nie pokazuj tego więcej</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HistoryModel</name>
    <message>
        <source>Written down</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Poprawione</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>First written down</source>
        <translation>Pierwszy zapis</translation>
    </message>
    <message>
        <source>%1 (changed in this version)</source>
        <translation>%1 (zmienione w tej wersji)</translation>
    </message>
    <message>
        <source>Version %1, deleted</source>
        <translation>Wersja %1, usunięta</translation>
    </message>
    <message>
        <source>Version %1, restored</source>
        <translation>Wersja %1, przywrócona</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HistoryView</name>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(osoba, której nie ma już w dzienniku)</translation>
    </message>
    <message>
        <source>An order no longer in the diary, condition %1</source>
        <translation>Nakaz, którego nie ma już w dzienniku, warunek %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1, warunek %2: %3</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, warunek %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Every version of this entry, the first on the left. Nothing is overwritten: each change is kept beside the one before, with the time it was recorded and the reason given. Changed values are highlighted.</source>
        <translation>Każda wersja tego wpisu, pierwsza po lewej. Nic nie jest nadpisywane: każda zmiana jest zachowana obok poprzedniej, z czasem zapisu i podanym powodem. Zmienione wartości są wyróżnione.</translation>
    </message>
    <message>
        <source>History of incident no. %1</source>
        <translation>Historia zdarzenia nr %1</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historia: „%1”</translation>
    </message>
    <message>
        <source>Versions of the incident, one column each</source>
        <translation>Wersje zdarzenia, każda w osobnej kolumnie</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HourDayHeatMap</name>
    <message>
        <source>Incidents by time of day and day of the week</source>
        <translation>Zdarzenia według pory dnia i dnia tygodnia</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Brak zdarzeń w tym okresie.</translation>
    </message>
    <message>
        <source>The busiest hour: %1.</source>
        <translation>Najczęstsza godzina: %1.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: 1 incident</source>
        <translation>%1, od %2 do %3: 1 zdarzenie</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 incidents</source>
        <translation>%1, od %2 do %3: zdarzenia: %4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>1 incident in the busiest hour</source>
        <translation>1 zdarzenie w najczęstszej godzinie</translation>
    </message>
    <message>
        <source>%1 incidents in the busiest hour</source>
        <translation>Zdarzenia w najczęstszej godzinie: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Obraz</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportChoosePage</name>
    <message>
        <source>&amp;All of their messages and calls</source>
        <translation>&amp;Wszystkie wiadomości i połączenia tej osoby</translation>
    </message>
    <message>
        <source>Let me &amp;tick the ones to add, one by one</source>
        <translation>Pozwól mi &amp;zaznaczyć po kolei, co dodać</translation>
    </message>
    <message>
        <source>Tick all of &amp;theirs</source>
        <translation>Zaznacz wszystkie &amp;tej osoby</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Odznacz wszystkie</translation>
    </message>
    <message>
        <source>Who is harassing you, and what to add</source>
        <translation>Kto cię nęka i co dodać</translation>
    </message>
    <message>
        <source>Choose the person whose messages and calls are the evidence. They can be someone in this export, or someone already in your diary (matched by their names and numbers).</source>
        <translation>Wybierz osobę, której wiadomości i połączenia są dowodem. Może to być ktoś z tego eksportu albo ktoś, kto już jest w dzienniku (dopasowany po imionach, nazwach i numerach).</translation>
    </message>
    <message>
        <source>&amp;Who is it?</source>
        <translation>&amp;Kto to jest?</translation>
    </message>
    <message>
        <source>Choose who…</source>
        <translation>Wybierz osobę…</translation>
    </message>
    <message numerus="yes">
        <source>%1, from your diary: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1, z twojego dziennika: %n wiadomość lub połączenie</numerusform>
            <numerusform>%1, z twojego dziennika: %n wiadomości lub połączenia</numerusform>
            <numerusform>%1, z twojego dziennika: %n wiadomości lub połączeń</numerusform>
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
            <numerusform>%1: %n wiadomość lub połączenie</numerusform>
            <numerusform>%1: %n wiadomości lub połączenia</numerusform>
            <numerusform>%1: %n wiadomości lub połączeń</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only your messages or calls to them</source>
        <translation>%1: tylko twoje wiadomości lub połączenia do tej osoby</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the export: %n message(s) or call(s)</source>
        <translation>
            <numerusform>Wszyscy w eksporcie: %n wiadomość lub połączenie</numerusform>
            <numerusform>Wszyscy w eksporcie: %n wiadomości lub połączenia</numerusform>
            <numerusform>Wszyscy w eksporcie: %n wiadomości lub połączeń</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All messages and calls in the export</source>
        <translation>&amp;Wszystkie wiadomości i połączenia w eksporcie</translation>
    </message>
    <message>
        <source>Choose who it is above.</source>
        <translation>Wybierz powyżej, kto to jest.</translation>
    </message>
    <message>
        <source>Nothing is ticked yet.</source>
        <translation>Jeszcze nic nie zaznaczono.</translation>
    </message>
    <message>
        <source>This person sent nothing in this export. Choose someone else, or tick messages one by one.</source>
        <translation>Ta osoba nie wysłała niczego w tym eksporcie. Wybierz kogoś innego albo zaznacz wiadomości po kolei.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s) chosen.</source>
        <translation>
            <numerusform>Wybrano %n wiadomość lub połączenie.</numerusform>
            <numerusform>Wybrano %n wiadomości lub połączenia.</numerusform>
            <numerusform>Wybrano %n wiadomości lub połączeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportDonePage</name>
    <message>
        <source>&amp;Show them in the timeline</source>
        <translation>&amp;Pokaż je na osi czasu</translation>
    </message>
    <message>
        <source>Added to your diary</source>
        <translation>Dodano do dziennika</translation>
    </message>
    <message>
        <source>Nothing new was added: these messages were already in your diary.</source>
        <translation>Nie dodano niczego nowego: te wiadomości już były w dzienniku.</translation>
    </message>
    <message>
        <source>1 incident was added (number %1).</source>
        <translation>Dodano 1 zdarzenie (numer %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents were added (numbers %1 to %2).</source>
        <translation>
            <numerusform>Dodano %n zdarzenie (numery od %1 do %2).</numerusform>
            <numerusform>Dodano %n zdarzenia (numery od %1 do %2).</numerusform>
            <numerusform>Dodano %n zdarzeń (numery od %1 do %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export file %1 is kept unchanged as exhibit %2, linked to each of them. Its SHA-256 fingerprint was taken as it was stored.</source>
        <translation>Plik eksportu %1 jest przechowywany bez zmian jako dowód %2, powiązany z każdym z nich. Jego skrót SHA-256 obliczono przy zapisie.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) from the export were attached to their messages.</source>
        <translation>
            <numerusform>%n zdjęcie lub plik z eksportu dołączono do wiadomości.</numerusform>
            <numerusform>%n zdjęcia lub pliki z eksportu dołączono do ich wiadomości.</numerusform>
            <numerusform>%n zdjęć lub plików z eksportu dołączono do ich wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) named in the messages were not in the export, so they could not be attached. Export the chat again &quot;with media&quot; to include them.</source>
        <translation>
            <numerusform>%n zdjęcia lub pliku wymienionego w wiadomościach nie było w eksporcie, więc nie można go dołączyć. Wyeksportuj czat ponownie „z multimediami”, aby je uwzględnić.</numerusform>
            <numerusform>%n zdjęć lub plików wymienionych w wiadomościach nie było w eksporcie, więc nie można ich dołączyć. Wyeksportuj czat ponownie „z multimediami”, aby je uwzględnić.</numerusform>
            <numerusform>%n zdjęć lub plików wymienionych w wiadomościach nie było w eksporcie, więc nie można ich dołączyć. Wyeksportuj czat ponownie „z multimediami”, aby je uwzględnić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) or call(s) were already in your diary from an earlier import and were not added again.</source>
        <translation>
            <numerusform>%n wiadomość lub połączenie było już w dzienniku z wcześniejszego importu i nie zostało dodane ponownie.</numerusform>
            <numerusform>%n wiadomości lub połączenia były już w dzienniku z wcześniejszego importu i nie zostały dodane ponownie.</numerusform>
            <numerusform>%n wiadomości lub połączeń było już w dzienniku z wcześniejszego importu i nie zostało dodanych ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files of %1 are kept unchanged as exhibits %2 to %3, each linked to the incidents made from it. Their SHA-256 fingerprints were taken as they were stored.</source>
        <translation>Pliki z %1 są przechowywane bez zmian jako dowody od %2 do %3, każdy powiązany ze zdarzeniami, które z niego utworzono. Ich skróty SHA-256 obliczono przy zapisie.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportFilePage</name>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <source>Bring in messages and calls</source>
        <translation>Przenieś wiadomości i połączenia</translation>
    </message>
    <message>
        <source>Each message or call you choose becomes an incident in your diary, with its exact words and time. The file itself is kept as an exhibit, just as the phone made it.</source>
        <translation>Każda wybrana wiadomość lub połączenie staje się zdarzeniem w dzienniku, z dokładną treścią i godziną. Sam plik jest przechowywany jako dowód, dokładnie w postaci utworzonej przez telefon.</translation>
    </message>
    <message>
        <source>First make an export on the phone: in WhatsApp open the chat, then More, then Export chat (with media if you want the photos). For text messages and calls on Android, the SMS Backup &amp; Restore app saves them as .xml files; Telegram, Instagram and Signal have their own exports too. Copy the file to this computer, then choose it here.</source>
        <translation>Najpierw zrób eksport na telefonie: w WhatsAppie otwórz czat, potem Więcej, potem Eksportuj czat (z multimediami, jeśli chcesz mieć zdjęcia). Wiadomości SMS i połączenia na Androidzie zapisuje jako pliki .xml aplikacja SMS Backup &amp; Restore; Telegram, Instagram i Signal też mają własne eksporty. Skopiuj plik na ten komputer, a potem wybierz go tutaj.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Nie wybrano jeszcze pliku</translation>
    </message>
    <message>
        <source>The export file</source>
        <translation>Plik eksportu</translation>
    </message>
    <message>
        <source>%1 (not available yet)</source>
        <translation>%1 (jeszcze niedostępne)</translation>
    </message>
    <message>
        <source>&amp;Export file</source>
        <translation>&amp;Plik eksportu</translation>
    </message>
    <message>
        <source>What &amp;kind of export is it?</source>
        <translation>Jaki to &amp;rodzaj eksportu?</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Wybierz plik eksportu</translation>
    </message>
    <message>
        <source>Exports (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)</source>
        <translation>Eksporty (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)</translation>
    </message>
    <message>
        <source>This looks like a %1. If it is something else, choose what it is above.</source>
        <translation>To wygląda na: %1. Jeśli to coś innego, wybierz powyżej, co to jest.</translation>
    </message>
    <message>
        <source>Daymark cannot tell what kind of export this is. Please choose it above.</source>
        <translation>Daymark nie potrafi rozpoznać rodzaju tego eksportu. Wybierz go powyżej.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Tego pliku nie można zaimportować</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportOptionsPage</name>
    <message>
        <source>One incident for &amp;each message or call</source>
        <translation>Jedno zdarzenie na &amp;każdą wiadomość lub połączenie</translation>
    </message>
    <message>
        <source>One incident for each &amp;day, with that day&apos;s messages and calls in it</source>
        <translation>Jedno zdarzenie &amp;na każdy dzień, z wiadomościami i połączeniami z tego dnia</translation>
    </message>
    <message>
        <source>Checking what is already in your diary…</source>
        <translation>Sprawdzanie, co już jest w dzienniku…</translation>
    </message>
    <message>
        <source>Adding to your diary…</source>
        <translation>Dodawanie do dziennika…</translation>
    </message>
    <message>
        <source>How to add them</source>
        <translation>Jak je dodać</translation>
    </message>
    <message>
        <source>Everything is added in one go. If anything goes wrong, or you cancel, nothing is added.</source>
        <translation>Wszystko jest dodawane za jednym razem. Jeśli coś pójdzie nie tak albo przerwiesz, nic nie zostanie dodane.</translation>
    </message>
    <message>
        <source>&amp;Add to the diary</source>
        <translation>&amp;Dodaj do dziennika</translation>
    </message>
    <message>
        <source>&amp;Time zone the phone was in</source>
        <translation>&amp;Strefa czasowa telefonu</translation>
    </message>
    <message>
        <source>WhatsApp writes times as the phone&apos;s clock showed them, without saying where. Choose where the phone was, so the times in your diary are right. It also decides where each day begins and ends.</source>
        <translation>WhatsApp zapisuje godziny tak, jak pokazywał je zegar telefonu, bez informacji o miejscu. Wybierz, gdzie był telefon, aby godziny w dzienniku były prawidłowe. Od tego zależy też, gdzie zaczyna się i kończy każdy dzień.</translation>
    </message>
    <message>
        <source>You stopped the check. Go back and forward again to check once more.</source>
        <translation>Zatrzymano sprawdzanie. Cofnij się i przejdź dalej, aby sprawdzić ponownie.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Tego pliku nie można zaimportować</translation>
    </message>
    <message>
        <source>You stopped the import. Nothing was added to your diary.</source>
        <translation>Zatrzymano import. Niczego nie dodano do dziennika.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>%1 Nothing was added to your diary.</source>
        <translation>%1 Niczego nie dodano do dziennika.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message numerus="yes">
        <source>Attach the photos and files the export holds (%n named)</source>
        <translation>
            <numerusform>Dołącz zdjęcia i pliki zawarte w eksporcie (wymieniono %n)</numerusform>
            <numerusform>Dołącz zdjęcia i pliki zawarte w eksporcie (wymieniono %n)</numerusform>
            <numerusform>Dołącz zdjęcia i pliki zawarte w eksporcie (wymieniono %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach the photos and files the export holds (it names none)</source>
        <translation>Dołącz zdjęcia i pliki zawarte w eksporcie (nie wymienia żadnych)</translation>
    </message>
    <message>
        <source>Nothing new to add: every one of these is already in your diary from an earlier import.</source>
        <translation>Nie ma nic nowego do dodania: każda z tych pozycji już jest w dzienniku z wcześniejszego importu.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be added.</source>
        <translation>
            <numerusform>Zostanie dodane %n zdarzenie.</numerusform>
            <numerusform>Zostaną dodane %n zdarzenia.</numerusform>
            <numerusform>Zostanie dodanych %n zdarzeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be added, one for each day, </source>
        <translation>
            <numerusform>Zostanie dodane %n zdarzenie, jedno na każdy dzień, </numerusform>
            <numerusform>Zostaną dodane %n zdarzenia, jedno na każdy dzień, </numerusform>
            <numerusform>Zostanie dodanych %n zdarzeń, jedno na każdy dzień, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holding %n message(s) and call(s).</source>
        <translation>
            <numerusform>zawierające %n wiadomość lub połączenie.</numerusform>
            <numerusform>zawierające %n wiadomości lub połączenia.</numerusform>
            <numerusform>zawierające %n wiadomości lub połączeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n incident(s) will be added, one for each day, </source>
        <translation>
            <numerusform>Zostanie dodane najwyżej %n zdarzenie, jedno na każdy dzień, </numerusform>
            <numerusform>Zostaną dodane najwyżej %n zdarzenia, jedno na każdy dzień, </numerusform>
            <numerusform>Zostanie dodanych najwyżej %n zdarzeń, jedno na każdy dzień, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holding %n new message(s) and call(s).</source>
        <translation>
            <numerusform>zawierające %n nową wiadomość lub połączenie.</numerusform>
            <numerusform>zawierające %n nowe wiadomości lub połączenia.</numerusform>
            <numerusform>zawierające %n nowych wiadomości lub połączeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before and will not be added again.</source>
        <translation>
            <numerusform>%n pozycję zaimportowano wcześniej i nie zostanie dodana ponownie.</numerusform>
            <numerusform>%n pozycje zaimportowano wcześniej i nie zostaną dodane ponownie.</numerusform>
            <numerusform>%n pozycji zaimportowano wcześniej i nie zostaną dodane ponownie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>call duration in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>call duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <source>Incoming call, %1</source>
        <translation>Połączenie przychodzące, %1</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Połączenie wychodzące</translation>
    </message>
    <message>
        <source>Outgoing call, %1</source>
        <translation>Połączenie wychodzące, %1</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Połączenie nieodebrane</translation>
    </message>
    <message>
        <source>Rejected or blocked call</source>
        <translation>Połączenie odrzucone lub zablokowane</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Poczta głosowa</translation>
    </message>
    <message>
        <source>Voicemail, %1</source>
        <translation>Poczta głosowa, %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>[a photo or file, left out of the export]</source>
        <translation>[zdjęcie lub plik pominięty w eksporcie]</translation>
    </message>
    <message>
        <source>[attached: %1]</source>
        <translation>[załącznik: %1]</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <comment>a message changed after it was sent</comment>
        <translation>%1 (edytowano)</translation>
    </message>
    <message>
        <source>(the app itself)</source>
        <translation>(sama aplikacja)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>You, to %1</source>
        <translation>Ty, do: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nieznany)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sender: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wybrane</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niewybrane</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Message or call</source>
        <translation>Wiadomość lub połączenie</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportPreviewPage</name>
    <message>
        <source>How does the phone write dates?</source>
        <translation>Jak telefon zapisuje daty?</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>Odczytaj plik &amp;ponownie</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Odczytywanie eksportu…</translation>
    </message>
    <message>
        <source>Check what the file holds</source>
        <translation>Sprawdź, co zawiera plik</translation>
    </message>
    <message>
        <source>This is the conversation as the export holds it. Nothing has been added to your diary yet.</source>
        <translation>Tak wygląda rozmowa zapisana w eksporcie. Do dziennika jeszcze nic nie dodano.</translation>
    </message>
    <message>
        <source>People in the export, with how many messages and calls each</source>
        <translation>Osoby w eksporcie, z liczbą wiadomości i połączeń każdej z nich</translation>
    </message>
    <message>
        <source>&amp;People in it</source>
        <translation>&amp;Osoby w eksporcie</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <source>You stopped the reading. Nothing was added to your diary.</source>
        <translation>Zatrzymano odczyt. Niczego nie dodano do dziennika.</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translation>Tego pliku nie można odczytać</translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation>Odczyt zatrzymano.</translation>
    </message>
    <message>
        <source>Please answer the question above first.</source>
        <translation>Najpierw odpowiedz na pytanie powyżej.</translation>
    </message>
    <message>
        <source>Daymark found no messages or calls in this file. Check that it is the export you meant, and that the kind of export on the first page is right.</source>
        <translation>Daymark nie znalazł w tym pliku wiadomości ani połączeń. Sprawdź, czy to właściwy eksport i czy rodzaj eksportu na pierwszej stronie jest prawidłowy.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nie ma nic do zaimportowania</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s)</source>
        <translation>
            <numerusform>%n wiadomość lub połączenie</numerusform>
            <numerusform>%n wiadomości i połączenia</numerusform>
            <numerusform>%n wiadomości i połączeń</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1
to %2</source>
        <translation>Od %1
do %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) named</source>
        <translation>
            <numerusform>wymieniono %n zdjęcie lub plik</numerusform>
            <numerusform>wymieniono %n zdjęcia lub pliki</numerusform>
            <numerusform>wymieniono %n zdjęć lub plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written by the app itself (shown in grey, never added)</source>
        <translation>
            <numerusform>%n wiersz zapisany przez samą aplikację (na szaro, nigdy nie jest dodawany)</numerusform>
            <numerusform>%n wiersze zapisane przez samą aplikację (na szaro, nigdy nie są dodawane)</numerusform>
            <numerusform>%n wierszy zapisanych przez samą aplikację (na szaro, nigdy nie są dodawane)</numerusform>
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
            <numerusform>%1: %n wiadomość lub połączenie</numerusform>
            <numerusform>%1: %n wiadomości lub połączenia</numerusform>
            <numerusform>%1: %n wiadomości lub połączeń</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates in this chat can be read two ways. This line is from the file:

%1

Which date is it?</source>
        <translation>Daty w tym czacie można odczytać na dwa sposoby. Ten wiersz pochodzi z pliku:

%1

Jaka to data?</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Najpierw dzień: %1</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <translation>Najpierw dzień (dzień/miesiąc/rok)</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Najpierw miesiąc: %1</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>Najpierw miesiąc (miesiąc/dzień/rok)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportWizard</name>
    <message>
        <source>Import messages and calls</source>
        <translation>Import wiadomości i połączeń</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>W&amp;stecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentBrowserPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>Words to find: what was said, places, names, tags…</source>
        <translation>Słowa do znalezienia: co powiedziano, miejsca, imiona, tagi…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Przeszukaj dziennik</translation>
    </message>
    <message>
        <source>&amp;Find (Ctrl+F):</source>
        <translation>&amp;Znajdź (Ctrl+F):</translation>
    </message>
    <message>
        <source>Incidents found, newest first</source>
        <translation>Znalezione zdarzenia, od najnowszych</translation>
    </message>
    <message>
        <source>Incidents, newest first</source>
        <translation>Zdarzenia, od najnowszych</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nowe zdarzenie…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected incident, with a reason. It can be restored.</source>
        <translation>Usuń wybrane zdarzenie, podając powód. Można je przywrócić.</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Type a word to search every incident: what was said, places, people, tags and notes.</source>
        <translation>Wpisz słowo, aby przeszukać wszystkie zdarzenia: co powiedziano, miejsca, osoby, tagi i notatki.</translation>
    </message>
    <message>
        <source>Nothing found for these words. Try fewer or shorter words, or clear the filters.</source>
        <translation>Nic nie znaleziono dla tych słów. Spróbuj mniejszej liczby lub krótszych słów albo wyczyść filtry.</translation>
    </message>
    <message>
        <source>No incidents match these filters.</source>
        <translation>Żadne zdarzenie nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <source>No incidents are written down yet.</source>
        <translation>Nie zapisano jeszcze żadnych zdarzeń.</translation>
    </message>
    <message numerus="yes">
        <source>%n found, newest first.</source>
        <translation>
            <numerusform>Znaleziono %n, od najnowszych.</numerusform>
            <numerusform>Znaleziono %n, od najnowszych.</numerusform>
            <numerusform>Znaleziono %n, od najnowszych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%n zdarzenie, od najnowszych.</numerusform>
            <numerusform>%n zdarzenia, od najnowszych.</numerusform>
            <numerusform>%n zdarzeń, od najnowszych.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown; more load as you scroll.</source>
        <translation>Pokazano najnowsze (%1); kolejne wczytują się podczas przewijania.</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Usuń zdarzenie</translation>
    </message>
    <message>
        <source>Why is this incident being deleted? The reason is kept in the diary&apos;s history, and the incident can be restored later.</source>
        <translation>Dlaczego to zdarzenie jest usuwane? Powód zostanie zachowany w historii dziennika, a zdarzenie można później przywrócić.</translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is needed. Write a few words, such as &quot;logged twice&quot;, and try again.</source>
        <translation>Niczego nie usunięto: potrzebny jest powód. Napisz kilka słów, np. „zapisane dwa razy”, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Restore incident</source>
        <translation>Przywróć zdarzenie</translation>
    </message>
    <message>
        <source>Why is this incident being restored? (optional)</source>
        <translation>Dlaczego to zdarzenie jest przywracane? (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentDetailDialog</name>
    <message>
        <source>Incident no. %1</source>
        <translation>Zdarzenie nr %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Happened:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Time is:</source>
        <translation>Czas:</translation>
    </message>
    <message>
        <source>Approximate, a best guess</source>
        <translation>Przybliżony, najlepsze oszacowanie</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tak, jak zapisano</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Zapisano:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when recorded, how long after</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amended:</source>
        <translation>Poprawione:</translation>
    </message>
    <message>
        <source>Yes: this is version %1, last changed %2</source>
        <translation>Tak: to wersja %1, ostatnia zmiana: %2</translation>
    </message>
    <message>
        <source>No, as first written</source>
        <translation>Nie, w pierwotnej postaci</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Usunięte:</translation>
    </message>
    <message>
        <source>Yes. Reason: %1</source>
        <translation>Tak. Powód: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Co się stało:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <source>Number or account:</source>
        <translation>Numer lub konto:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Współrzędne:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation>Osoby zaangażowane:</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Świadkowie:</translation>
    </message>
    <message>
        <source>Other witnesses:</source>
        <translation>Inni świadkowie:</translation>
    </message>
    <message>
        <source>Children present:</source>
        <translation>Obecne dzieci:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Skutki</translation>
    </message>
    <message>
        <source>Effect on you:</source>
        <translation>Wpływ na ciebie:</translation>
    </message>
    <message>
        <source>Police and orders</source>
        <translation>Policja i nakazy</translation>
    </message>
    <message>
        <source>Reported to police:</source>
        <translation>Zgłoszone policji:</translation>
    </message>
    <message>
        <source>Police reference:</source>
        <translation>Numer sprawy:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Funkcjonariusz:</translation>
    </message>
    <message>
        <source>Possible breach of:</source>
        <translation>Możliwe naruszenie:</translation>
    </message>
    <message>
        <source>Exhibits and notes</source>
        <translation>Dowody i notatki</translation>
    </message>
    <message>
        <source>Exhibits:</source>
        <translation>Dowody:</translation>
    </message>
    <message>
        <source>Private notes:</source>
        <translation>Prywatne notatki:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Change this incident; the version shown here stays in its history</source>
        <translation>Zmień to zdarzenie; pokazana tu wersja zostanie w jego historii</translation>
    </message>
    <message>
        <source>A deleted incident cannot be changed; restore it first</source>
        <translation>Usuniętego zdarzenia nie można zmienić; najpierw je przywróć</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Every version of this incident, side by side</source>
        <translation>Wszystkie wersje tego zdarzenia, obok siebie</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentEditor</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Skutki</translation>
    </message>
    <message>
        <source>How it affected you: fear, distress, what you changed in your daily life because of it. Police and courts need to know this.</source>
        <translation>Jak to na ciebie wpłynęło: strach, niepokój, co zmieniło się w twoim codziennym życiu z tego powodu. Policja i sądy muszą to wiedzieć.</translation>
    </message>
    <message>
        <source>Effect o&amp;n you:</source>
        <translation>Wpływ &amp;na ciebie:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Prywatne notatki</translation>
    </message>
    <message>
        <source>Only for you: private notes are left out of exports and of the bundle for the police, unless you choose to include them when you export.</source>
        <translation>Tylko dla ciebie: prywatne notatki są pomijane w eksportach i w pakiecie dla policji, chyba że przy eksporcie zdecydujesz się je dołączyć.</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation>Prywatne no&amp;tatki:</translation>
    </message>
    <message>
        <source>Sections of the incident</source>
        <translation>Sekcje zdarzenia</translation>
    </message>
    <message>
        <source>Save this incident (Ctrl+S)</source>
        <translation>Zapisz to zdarzenie (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Every version of this incident, side by side</source>
        <translation>Wszystkie wersje tego zdarzenia, obok siebie</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach. Copy a screenshot first, then paste.</source>
        <translation>W schowku nie ma obrazu ani pliku do dołączenia. Najpierw skopiuj zrzut ekranu, potem wklej.</translation>
    </message>
    <message>
        <source>This cannot be saved yet: see the note under “%1”. Nothing you typed is lost.</source>
        <translation>Jeszcze nie można tego zapisać: zobacz uwagę pod „%1”. Nic z tego, co wpisano, nie przepadło.</translation>
    </message>
    <message>
        <source>Saved automatically when the diary was locked</source>
        <translation>Zapisano automatycznie przy blokowaniu dziennika</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Zapisać zmiany?</translation>
    </message>
    <message>
        <source>This incident is not saved yet. Save it before closing?</source>
        <translation>To zdarzenie nie jest jeszcze zapisane. Zapisać je przed zamknięciem?</translation>
    </message>
    <message>
        <source>You changed this incident. Save the changes before closing?</source>
        <translation>To zdarzenie zostało zmienione. Zapisać zmiany przed zamknięciem?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>Jeśli je odrzucisz, to, co tu wpisano, przepadnie.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nowe zdarzenie</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>Zdarzenie nr %1</translation>
    </message>
    <message>
        <source>The picture on the clipboard could not be read. Copy it again, then paste.</source>
        <translation>Nie można odczytać obrazu ze schowka. Skopiuj go ponownie, a potem wklej.</translation>
    </message>
    <message>
        <source>Files are still being added. Wait until they are done, then add more.</source>
        <translation>Pliki są jeszcze dodawane. Zaczekaj, aż skończą, a potem dodaj kolejne.</translation>
    </message>
    <message>
        <source>%1 will be attached when you save this incident.</source>
        <translation>%1 zostanie dołączony po zapisaniu tego zdarzenia.</translation>
    </message>
    <message>
        <source>%1 files will be attached when you save this incident.</source>
        <translation>Pliki (%1) zostaną dołączone po zapisaniu tego zdarzenia.</translation>
    </message>
    <message>
        <source>The incident is saved.</source>
        <translation>Zdarzenie zostało zapisane.</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Dołączono: %1.</translation>
    </message>
    <message>
        <source>Already in the diary, now also linked to this incident: %1.</source>
        <translation>Już w dzienniku, teraz powiązane także z tym zdarzeniem: %1.</translation>
    </message>
    <message>
        <source>Cancelled, so not attached: %1. Nothing half-added was kept.</source>
        <translation>Przerwano, więc nie dołączono: %1. Niczego dodanego tylko w części nie zachowano.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentFilterBar</name>
    <message>
        <source>Possible &amp;breaches only</source>
        <translation>Tylko możliwe &amp;naruszenia</translation>
    </message>
    <message>
        <source>&amp;Reported to police only</source>
        <translation>Tylko &amp;zgłoszone policji</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Dowolny czas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Między datami…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Od tego dnia</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>Do tego dnia włącznie</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Rodzaj zdarzenia</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>Osoba zaangażowana</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Każda osoba</translation>
    </message>
    <message>
        <source>Show every incident again</source>
        <translation>Pokaż znowu wszystkie zdarzenia</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <source>Show &amp;deleted too</source>
        <translation>Pokaż też &amp;usunięte</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
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
        <translation>&amp;Cały dziennik</translation>
    </message>
    <message>
        <source>Count every incident in the diary; clear it to choose the days</source>
        <translation>Licz wszystkie zdarzenia w dzienniku; odznacz, aby wybrać dni</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Od tego dnia</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>Do tego dnia włącznie</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <source>Time of day and day of the week (each incident at the local time it was recorded with; hover over a square for its count)</source>
        <translation>Pora dnia i dzień tygodnia (każde zdarzenie według czasu lokalnego, z jakim je zapisano; najedź na pole, aby zobaczyć liczbę)</translation>
    </message>
    <message>
        <source>&amp;Pattern over time</source>
        <translation>&amp;Wzorzec w czasie</translation>
    </message>
    <message>
        <source>Warning &amp;signs</source>
        <translation>&amp;Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>&amp;Risk questions</source>
        <translation>&amp;Pytania o ryzyko</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <source>Cannot read the diary</source>
        <translation>Nie można odczytać dziennika</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>1 incident in the weeks from %1 to %2; %3 (see Warning signs).</source>
        <translation>1 zdarzenie (tygodnie: %1 – %2); %3 (zob. Sygnały ostrzegawcze).</translation>
    </message>
    <message>
        <source>%1 incidents in the weeks from %2 to %3; %4 (see Warning signs).</source>
        <translation>Zdarzenia: %1 (tygodnie: %2 – %3); %4 (zob. Sygnały ostrzegawcze).</translation>
    </message>
    <message>
        <source>Warning &amp;signs (%1)</source>
        <translation>&amp;Sygnały ostrzegawcze (%1)</translation>
    </message>
    <message>
        <source>No incidents recorded in this period.</source>
        <translation>W tym okresie nie zapisano żadnych zdarzeń.</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>brak sygnałów ostrzegawczych</translation>
    </message>
    <message>
        <source>1 warning sign</source>
        <translation>1 sygnał ostrzegawczy</translation>
    </message>
    <message>
        <source>%1 warning signs</source>
        <translation>sygnały ostrzegawcze: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::MainWindow</name>
    <message>
        <source>Diary</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation>&amp;Szybki wpis</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nowe zdarzenie…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Write down that something happened just now (Ctrl+N); add details later</source>
        <translation>Zapisz, że coś przed chwilą się wydarzyło (Ctrl+N); szczegóły dodasz później</translation>
    </message>
    <message>
        <source>Write down an incident in full: when, what, where, who (Ctrl+Shift+N)</source>
        <translation>Zapisz pełne zdarzenie: kiedy, co, gdzie, kto (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Lock the diary (Ctrl+L): it then needs the password again</source>
        <translation>Zablokuj dziennik (Ctrl+L): potem znów będzie potrzebne hasło</translation>
    </message>
    <message>
        <source>Exhibit initials, auto-lock, a plain title, language, recent diaries (Ctrl+,)</source>
        <translation>Inicjały dowodów, automatyczna blokada, neutralny tytuł, język, ostatnie dzienniki (Ctrl+,)</translation>
    </message>
    <message>
        <source>An incident you were writing could not be saved as the diary locked, because part of it was not filled in correctly. Please write it again.</source>
        <translation>Zdarzenia, które było właśnie zapisywane, nie udało się zapisać przy blokowaniu dziennika, bo część pól była wypełniona nieprawidłowo. Zapisz je ponownie.</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a plain window title that does not reveal the app</comment>
        <translation>Notatki</translation>
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
        <translation>Przenieś wiadomości i połączenia z eksportu z telefonu lub aplikacji: WhatsApp, SMS-y, rejestry połączeń, e-maile (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Use this password anyway, although it is easy to guess</source>
        <translation>Użyj tego hasła mimo to, choć łatwo je odgadnąć</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Powtórz hasło</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>Type a password to protect the diary.</source>
        <translation>Wpisz hasło, które ochroni dziennik.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Te dwa hasła nie są takie same. Wpisz to samo hasło w obu polach.</translation>
    </message>
    <message>
        <source>This password is very easy to guess. Choose a stronger one, or tick “Use this password anyway” below if you need to keep it.</source>
        <translation>To hasło bardzo łatwo odgadnąć. Wybierz silniejsze albo zaznacz poniżej „Użyj tego hasła mimo to”, jeśli musisz je zachować.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Te dwa hasła nie są jeszcze takie same.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::OrderEditor</name>
    <message>
        <source>Made on</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Data doręczenia</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <source>Add a con&amp;dition</source>
        <translation>Dodaj warune&amp;k</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Usuń warunek</translation>
    </message>
    <message>
        <source>For example: Teesside Magistrates&apos; Court</source>
        <translation>Na przykład: Teesside Magistrates&apos; Court</translation>
    </message>
    <message>
        <source>The case number on the order</source>
        <translation>Sygnatura sprawy podana w nakazie</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Condition, in the order&apos;s own words</source>
        <translation>Warunek, własnymi słowami nakazu</translation>
    </message>
    <message>
        <source>&amp;Kind of order:</source>
        <translation>&amp;Rodzaj nakazu:</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Rodzaj nakazu</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Sąd:</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Sąd</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Sy&amp;gnatura sprawy:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Sygnatura sprawy</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Przeciwko:</translation>
    </message>
    <message>
        <source>The person the order is against</source>
        <translation>Osoba, przeciwko której wydano nakaz</translation>
    </message>
    <message>
        <source>&amp;Made:</source>
        <translation>&amp;Wydany:</translation>
    </message>
    <message>
        <source>The date the order was made is known</source>
        <translation>Data wydania nakazu jest znana</translation>
    </message>
    <message>
        <source>Ser&amp;ved:</source>
        <translation>&amp;Doręczony:</translation>
    </message>
    <message>
        <source>The date the order was served is known</source>
        <translation>Data doręczenia nakazu jest znana</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Wyg&amp;asa:</translation>
    </message>
    <message>
        <source>The order has an expiry date</source>
        <translation>Nakaz ma datę wygaśnięcia</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Warunki:</translation>
    </message>
    <message>
        <source>Conditions of the order</source>
        <translation>Warunki nakazu</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>person&apos;s name</comment>
        <translation>%1 (usunięty)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name — role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowy</translation>
    </message>
</context>
<context>
    <name>daymark::ui::OrdersPanel</name>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nowy nakaz</translation>
    </message>
    <message>
        <source>Show &amp;deleted orders</source>
        <translation>Pokaż usunięt&amp;e nakazy</translation>
    </message>
    <message>
        <source>Possible breaches recorded</source>
        <translation>Zapisane możliwe naruszenia</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Prz&amp;ywróć…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Nakazy ochrony</translation>
    </message>
    <message>
        <source>Incidents recorded as possible breaches, by condition</source>
        <translation>Zdarzenia zapisane jako możliwe naruszenia, według warunków</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Enter or a double-click shows the incident</source>
        <translation>Enter lub dwukrotne kliknięcie pokazuje zdarzenie</translation>
    </message>
    <message>
        <source>Save this order (Ctrl+S)</source>
        <translation>Zapisz ten nakaz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>order</comment>
        <translation>%1 (usunięty)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Wygasa: %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Wydany: %1</translation>
    </message>
    <message>
        <source>Dates not given</source>
        <translation>Nie podano dat</translation>
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
        <translation>Wydany: %1.</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Wygasa: %1.</translation>
    </message>
    <message>
        <source>Deleted. Restore the order to change it.</source>
        <translation>Usunięty. Przywróć nakaz, aby go zmienić.</translation>
    </message>
    <message>
        <source>Changed since first written down: this is version %1.</source>
        <translation>Zmieniony od pierwszego zapisu: to wersja %1.</translation>
    </message>
    <message>
        <source>No incident is marked as a possible breach of this order. When you write an incident down, you can mark it as a possible breach of a condition.</source>
        <translation>Żadne zdarzenie nie jest oznaczone jako możliwe naruszenie tego nakazu. Zapisując zdarzenie, możesz oznaczyć je jako możliwe naruszenie warunku.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Warunek %1: %2</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Warunek %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The order&apos;s details in the form are not saved yet. Do you want to leave them?</source>
        <translation>Dane nakazu w formularzu nie są jeszcze zapisane. Czy chcesz je porzucić?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Edytuj dalej</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Wyjdź bez zapisywania</translation>
    </message>
    <message>
        <source>New protection order</source>
        <translation>Nowy nakaz ochrony</translation>
    </message>
    <message>
        <source>Copy the details from the order itself. Its conditions are numbered as they are on the order, so each incident can say which one it may breach.</source>
        <translation>Przepisz dane z samego nakazu. Jego warunki są numerowane tak jak w nakazie, aby każde zdarzenie mogło wskazać, który z nich mogło naruszyć.</translation>
    </message>
    <message>
        <source>The order is saved in the diary.</source>
        <translation>Nakaz jest zapisany w dzienniku.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego zapisywać.</translation>
    </message>
    <message>
        <source>Why change this order?</source>
        <translation>Dlaczego zmieniasz ten nakaz?</translation>
    </message>
    <message>
        <source>&amp;Why are you changing the order? For example: varied by the court on 3 May. The earlier version stays in the diary&apos;s history.</source>
        <translation>&amp;Dlaczego zmieniasz nakaz? Na przykład: zmieniony przez sąd 3 maja. Wcześniejsza wersja zostaje w historii dziennika.</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Zapisz zmianę</translation>
    </message>
    <message>
        <source>Saved as version %1. The earlier version is kept.</source>
        <translation>Zapisano jako wersję %1. Wcześniejsza wersja jest zachowana.</translation>
    </message>
    <message>
        <source>Delete this order?</source>
        <translation>Usunąć ten nakaz?</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting this order? It stays in the diary&apos;s history and can be restored.</source>
        <translation>&amp;Dlaczego usuwasz ten nakaz? Zostaje w historii dziennika i można go przywrócić.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>The order is deleted. To bring it back, tick Show deleted orders and choose Restore.</source>
        <translation>Nakaz jest usunięty. Aby go przywrócić, zaznacz Pokaż usunięte nakazy i wybierz Przywróć.</translation>
    </message>
    <message>
        <source>Restore this order?</source>
        <translation>Przywrócić ten nakaz?</translation>
    </message>
    <message>
        <source>&amp;Why are you restoring this order? (You may leave this empty.)</source>
        <translation>&amp;Dlaczego przywracasz ten nakaz? (Możesz zostawić puste.)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>The order is restored.</source>
        <translation>Nakaz został przywrócony.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Zapisz zmiany…</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PasswordStrength</name>
    <message>
        <source>No password yet</source>
        <translation>Brak hasła</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Bardzo słabe</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Słabe</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Przeciętne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Silne</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Bardzo silne</translation>
    </message>
    <message>
        <source>A few unrelated words make a password that is strong and easy to remember.</source>
        <translation>Kilka niezwiązanych ze sobą słów tworzy hasło silne i łatwe do zapamiętania.</translation>
    </message>
    <message>
        <source>This password would be among the first ones tried. Use three or four unrelated words, or a longer sentence that only you would think of.</source>
        <translation>To hasło byłoby wśród pierwszych sprawdzanych. Użyj trzech lub czterech niezwiązanych ze sobą słów albo dłuższego zdania, które przyszłoby do głowy tylko tobie.</translation>
    </message>
    <message>
        <source>Someone could guess this with some effort. Add another unrelated word, or make it longer.</source>
        <translation>Ktoś mógłby je odgadnąć przy pewnym wysiłku. Dodaj kolejne niezwiązane słowo albo je wydłuż.</translation>
    </message>
    <message>
        <source>This is reasonable. One more unrelated word would make it much harder to guess.</source>
        <translation>To rozsądne hasło. Jeszcze jedno niezwiązane słowo sprawiłoby, że byłoby znacznie trudniejsze do odgadnięcia.</translation>
    </message>
    <message>
        <source>This is a good password. Make sure you will remember it.</source>
        <translation>To dobre hasło. Upewnij się, że je zapamiętasz.</translation>
    </message>
    <message>
        <source>This is an excellent password. Make sure you will remember it.</source>
        <translation>To doskonałe hasło. Upewnij się, że je zapamiętasz.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Siła: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PeoplePanel</name>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nowa osoba</translation>
    </message>
    <message>
        <source>Show &amp;deleted people</source>
        <translation>Pokaż u&amp;sunięte osoby</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Prz&amp;ywróć…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>People in the diary</source>
        <translation>Osoby w dzienniku</translation>
    </message>
    <message>
        <source>Add someone to the diary: the person harassing you, a witness, an officer (Alt+N)</source>
        <translation>Dodaj kogoś do dziennika: osobę, która cię nęka, świadka, funkcjonariusza (Alt+N)</translation>
    </message>
    <message>
        <source>Delete this person, giving a reason (Delete in the list). They can be restored.</source>
        <translation>Usuń tę osobę, podając powód (Delete na liście). Można ją przywrócić.</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Zapisz tę osobę (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>person&apos;s name</comment>
        <translation>%1 (usunięty)</translation>
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
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Deleted. Restore this person to change their details.</source>
        <translation>Usunięta. Przywróć tę osobę, aby zmienić jej dane.</translation>
    </message>
    <message>
        <source>First written down %1. Changed since: this is version %2.</source>
        <translation>Pierwszy zapis: %1. Od tego czasu zmieniana: to wersja %2.</translation>
    </message>
    <message>
        <source>First written down %1.</source>
        <translation>Pierwszy zapis: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The details in the form are not saved yet. Do you want to leave them?</source>
        <translation>Dane w formularzu nie są jeszcze zapisane. Czy chcesz je porzucić?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Edytuj dalej</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Wyjdź bez zapisywania</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Nobody is written down yet. Start with the person harassing you, if you know who it is; a description will do if you do not know their name.</source>
        <translation>Nikogo jeszcze nie zapisano. Zacznij od osoby, która cię nęka, jeśli wiesz, kto to jest; jeśli nie znasz jej imienia, wystarczy opis.</translation>
    </message>
    <message>
        <source>Fill in what you know; everything but the name can wait.</source>
        <translation>Wypełnij to, co wiesz; wszystko oprócz imienia i nazwiska może poczekać.</translation>
    </message>
    <message>
        <source>%1 is saved in the diary.</source>
        <translation>Zapisano w dzienniku: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego zapisywać.</translation>
    </message>
    <message>
        <source>Why change these details?</source>
        <translation>Dlaczego zmieniasz te dane?</translation>
    </message>
    <message>
        <source>&amp;Why are you changing these details? The earlier version stays in the diary&apos;s history.</source>
        <translation>&amp;Dlaczego zmieniasz te dane? Wcześniejsza wersja zostaje w historii dziennika.</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Zapisz zmianę</translation>
    </message>
    <message>
        <source>Saved as version %1. The earlier version is kept.</source>
        <translation>Zapisano jako wersję %1. Wcześniejsza wersja jest zachowana.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Usunąć osobę %1?</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting this person? They stay in the diary&apos;s history and can be restored.</source>
        <translation>&amp;Dlaczego usuwasz tę osobę? Zostaje w historii dziennika i można ją przywrócić.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>%1 is deleted. To bring them back, tick Show deleted people and choose Restore.</source>
        <translation>Usunięto: %1. Aby przywrócić, zaznacz Pokaż usunięte osoby i wybierz Przywróć.</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>Przywrócić osobę %1?</translation>
    </message>
    <message>
        <source>&amp;Why are you restoring this person? (You may leave this empty.)</source>
        <translation>&amp;Dlaczego przywracasz tę osobę? (Możesz zostawić puste.)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>Przywrócono: %1.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Zapisz zmiany…</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PersonEditor</name>
    <message>
        <source>Make</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Nr rejestracyjny</translation>
    </message>
    <message>
        <source>Add a &amp;vehicle</source>
        <translation>Dodaj &amp;pojazd</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>Usuń pojazd</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Account or handle</source>
        <translation>Konto lub nazwa użytkownika</translation>
    </message>
    <message>
        <source>Add an accou&amp;nt</source>
        <translation>Dodaj &amp;konto</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>For example: ex-partner, neighbour, colleague, not known</source>
        <translation>Na przykład: były partner, sąsiad, współpracownik, nieznana osoba</translation>
    </message>
    <message>
        <source>For officers and support workers: the force or charity</source>
        <translation>Dla funkcjonariuszy i osób wspierających: jednostka policji lub organizacja</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Pojazdy</translation>
    </message>
    <message>
        <source>Online accounts</source>
        <translation>Konta internetowe</translation>
    </message>
    <message>
        <source>A name, or a description such as “unknown man in the blue car”</source>
        <translation>Imię i nazwisko albo opis, np. „nieznany mężczyzna w niebieskim samochodzie”</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <translation>Inne i&amp;miona i nazwy:</translation>
    </message>
    <message>
        <source>Also known as, one name per line</source>
        <translation>Inne imiona i nazwy, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Relations&amp;hip to you:</source>
        <translation>Re&amp;lacja z tobą:</translation>
    </message>
    <message>
        <source>Relationship to you</source>
        <translation>Relacja z tobą</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Wygląd:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation>Pojazdy:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>Numery &amp;telefonów:</translation>
    </message>
    <message>
        <source>Phone numbers, one per line</source>
        <translation>Numery telefonów, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Ema&amp;il addresses:</source>
        <translation>Adresy &amp;e-mail:</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>Adresy e-mail, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Online accounts:</source>
        <translation>Konta internetowe:</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>A&amp;dresy:</translation>
    </message>
    <message>
        <source>Addresses, one per line</source>
        <translation>Adresy, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizacja:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
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
        <translation>%1, wydany: %2</translation>
    </message>
    <message>
        <source>%1 (deleted from the diary)</source>
        <translation>%1 (usunięty z dziennika)</translation>
    </message>
    <message>
        <source>Police and orders</source>
        <translation>Policja i nakazy</translation>
    </message>
    <message>
        <source>&amp;Reported to the police</source>
        <translation>&amp;Zgłoszone policji</translation>
    </message>
    <message>
        <source>e.g. crime or incident number</source>
        <translation>np. numer przestępstwa lub zgłoszenia</translation>
    </message>
    <message>
        <source>Name and collar number, if you have them</source>
        <translation>Nazwisko i numer służbowy, jeśli je masz</translation>
    </message>
    <message>
        <source>No protection orders are in your diary yet.</source>
        <translation>W dzienniku nie ma jeszcze nakazów ochrony.</translation>
    </message>
    <message>
        <source>Police reference num&amp;ber:</source>
        <translation>Numer &amp;sprawy na policji:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Funkcjonariusz:</translation>
    </message>
    <message>
        <source>Possible breach o&amp;f:</source>
        <translation>Możliwe naruszenie &amp;nakazu:</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Something went wrong inside Daymark (%1). Nothing was changed; please try again.</source>
        <translation>Wewnątrz Daymark wystąpił błąd (%1). Niczego nie zmieniono; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::QuickExit</name>
    <message>
        <source>&amp;Quick exit</source>
        <translation>Szybkie &amp;wyjście</translation>
    </message>
    <message>
        <source>Hide Daymark and lock the diary at once (Ctrl+Shift+Q, or Esc twice)</source>
        <translation>Natychmiast ukryj Daymark i zablokuj dziennik (Ctrl+Shift+Q albo dwa razy Esc)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::QuickLogDialog</name>
    <message>
        <source>A &amp;call</source>
        <translation>&amp;Połączenie</translation>
    </message>
    <message>
        <source>A &amp;message or text</source>
        <translation>&amp;Wiadomość lub SMS</translation>
    </message>
    <message>
        <source>&amp;Social media</source>
        <translation>&amp;Media społecznościowe</translation>
    </message>
    <message>
        <source>S&amp;een nearby</source>
        <translation>&amp;Obecność w pobliżu</translation>
    </message>
    <message>
        <source>&amp;Turned up</source>
        <translation>Niechciana wi&amp;zyta</translation>
    </message>
    <message>
        <source>Something &amp;else</source>
        <translation>Coś &amp;innego</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Szybki wpis</translation>
    </message>
    <message>
        <source>What just happened? It is saved with the time now; you can add details later.</source>
        <translation>Co się przed chwilą stało? Zostanie zapisane z obecną godziną; szczegóły możesz dodać później.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalne</translation>
    </message>
</context>
<context>
    <name>daymark::ui::RestoreOffer</name>
    <message>
        <source>Put back a backup?</source>
        <translation>Przywrócić kopię zapasową?</translation>
    </message>
    <message>
        <source>This diary file is damaged. A good backup of it from %1 opens with your password.</source>
        <translation>Ten plik dziennika jest uszkodzony. Dobra kopia zapasowa z %1 otwiera się twoim hasłem.</translation>
    </message>
    <message>
        <source>Putting it back replaces the damaged file, which is kept beside it (renamed, never deleted). Anything written after %1 is not in the backup.</source>
        <translation>Przywrócenie jej zastąpi uszkodzony plik, który zostanie zachowany obok (pod zmienioną nazwą, nigdy nie jest usuwany). Niczego, co zapisano po %1, nie ma w kopii.</translation>
    </message>
    <message>
        <source>&amp;Put back the backup</source>
        <translation>&amp;Przywróć kopię</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <source>There is no backup to put back.</source>
        <translation>Nie ma kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <source>Backup put back</source>
        <translation>Kopia zapasowa przywrócona</translation>
    </message>
    <message>
        <source>The diary was put back from its backup and passed the full check.</source>
        <translation>Dziennik przywrócono z kopii zapasowej i przeszedł pełne sprawdzenie.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1. Delete it only once you are sure you do not need it.</source>
        <translation>Uszkodzony plik zachowano jako %1. Usuń go dopiero wtedy, gdy masz pewność, że nie jest potrzebny.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SafetyContacts</name>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Police, in an emergency</source>
        <translation>Policja, w nagłym wypadku</translation>
    </message>
    <message>
        <source>If you are in danger now, or a crime is happening. If you cannot speak, call from a mobile, listen to the questions, and press 55 when asked: the police will know it is a real emergency.</source>
        <translation>Jeśli grozi ci teraz niebezpieczeństwo albo właśnie dochodzi do przestępstwa. Jeśli nie możesz mówić, zadzwoń z telefonu komórkowego, słuchaj pytań i naciśnij 55, gdy usłyszysz taką prośbę: policja będzie wiedziała, że to prawdziwy nagły wypadek.</translation>
    </message>
    <message>
        <source>Police, not an emergency</source>
        <translation>Policja, gdy to nie jest nagły wypadek</translation>
    </message>
    <message>
        <source>To report an incident that has already happened, or to add to a report you made.</source>
        <translation>Aby zgłosić zdarzenie, które już miało miejsce, albo uzupełnić złożone zgłoszenie.</translation>
    </message>
    <message>
        <source>National Stalking Helpline</source>
        <translation>National Stalking Helpline</translation>
    </message>
    <message>
        <source>Free, confidential advice from people who know stalking, and help to find a local stalking advocate.</source>
        <translation>Bezpłatne, poufne porady od osób znających problem stalkingu oraz pomoc w znalezieniu lokalnego rzecznika ds. stalkingu (stalking advocate).</translation>
    </message>
    <message>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <source>Free and open day and night, for anyone living with domestic abuse, and for friends and family.</source>
        <translation>Bezpłatna i czynna całą dobę, dla każdej osoby doświadczającej przemocy domowej oraz dla przyjaciół i rodziny.</translation>
    </message>
    <message>
        <source>Men&apos;s Advice Line</source>
        <translation>Men&apos;s Advice Line</translation>
    </message>
    <message>
        <source>Free, confidential support for men living with domestic abuse.</source>
        <translation>Bezpłatne, poufne wsparcie dla mężczyzn doświadczających przemocy domowej.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SafetyPanel</name>
    <message>
        <source>Safety and support</source>
        <translation>Bezpieczeństwo i wsparcie</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation>Jeśli grozi ci teraz niebezpieczeństwo, dzwoń pod 999.</translation>
    </message>
    <message>
        <source>These numbers are for the %1.</source>
        <translation>Te numery dotyczą kraju: %1.</translation>
    </message>
    <message>
        <source>What Daymark protects</source>
        <translation>Przed czym Daymark chroni</translation>
    </message>
    <message>
        <source>Your diary is one encrypted file. Without your password nobody can read it, even with the file in hand. Every entry keeps the time you wrote it and every later change, so the record can be trusted by police and courts.</source>
        <translation>Twój dziennik to jeden zaszyfrowany plik. Bez twojego hasła nikt go nie przeczyta, nawet mając plik w ręku. Każdy wpis zachowuje czas, w którym go zapisano, i każdą późniejszą zmianę, więc policja i sądy mogą ufać temu zapisowi.</translation>
    </message>
    <message>
        <source>What Daymark cannot protect against</source>
        <translation>Przed czym Daymark nie może chronić</translation>
    </message>
    <message>
        <source>While the diary is unlocked, anyone at this computer can read it. Lock it (Ctrl+L) whenever you step away. Daymark cannot protect you if this computer or your phone is being watched: spyware or a monitoring app can see what you type, including your password. If someone else has used or set up this computer, consider keeping your diary on a device only you use, and ask the helpline about checking your devices.</source>
        <translation>Gdy dziennik jest odblokowany, każdy przy tym komputerze może go czytać. Blokuj go (Ctrl+L) za każdym razem, gdy odchodzisz. Daymark nie ochroni cię, jeśli ten komputer lub twój telefon jest obserwowany: oprogramowanie szpiegujące lub aplikacja do monitorowania może widzieć, co wpisujesz, łącznie z hasłem. Jeśli ktoś inny korzystał z tego komputera lub go konfigurował, rozważ prowadzenie dziennika na urządzeniu, którego używasz tylko ty, i zapytaj infolinię o sprawdzenie urządzeń.</translation>
    </message>
    <message>
        <source>Nor can it keep the diary from someone who knows or guesses your password, or who forces you to unlock it.</source>
        <translation>Nie ochroni też dziennika przed kimś, kto zna lub odgadnie twoje hasło albo zmusi cię do odblokowania.</translation>
    </message>
    <message>
        <source>What Daymark can and cannot &amp;protect you from…</source>
        <translation>Przed czym Daymark może, a przed czym nie może cię &amp;chronić…</translation>
    </message>
    <message>
        <source>Keeping the diary safe</source>
        <translation>Jak dbać o bezpieczeństwo dziennika</translation>
    </message>
    <message>
        <source>Choose a password nobody could guess and that you do not use anywhere else. There is no way to recover a forgotten password, so keep a backup copy and write the password down somewhere only you can reach. Write entries soon after things happen, in your own words, and keep the originals of messages, photos and recordings.</source>
        <translation>Wybierz hasło, którego nikt nie odgadnie i którego nie używasz nigdzie indziej. Zapomnianego hasła nie da się odzyskać, więc miej kopię zapasową i zapisz hasło w miejscu dostępnym tylko dla ciebie. Zapisuj wpisy wkrótce po zdarzeniach, własnymi słowami, i zachowuj oryginały wiadomości, zdjęć i nagrań.</translation>
    </message>
    <message>
        <source>Save a copy with a &amp;different password…</source>
        <translation>Zapisz kopię z &amp;innym hasłem…</translation>
    </message>
    <message>
        <source>A complete copy for someone you trust or a safe place, in case you forget your password</source>
        <translation>Pełna kopia dla zaufanej osoby lub w bezpieczne miejsce, na wypadek zapomnienia hasła</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ScreeningForm</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Zapisz odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>These are the questions police and support services ask about stalking (the S-DASH screening), in Daymark&apos;s words. Your answers are for you and for the people helping you: Daymark does not score them or judge your risk. Beside each question is what your diary already holds for it. Every save is kept with its date, so earlier answers are never lost.</source>
        <translation>To pytania, które policja i służby wsparcia zadają w sprawach stalkingu (kwestionariusz S-DASH), słowami Daymark. Twoje odpowiedzi są dla ciebie i dla osób, które ci pomagają: Daymark ich nie punktuje i nie ocenia twojego ryzyka. Przy każdym pytaniu widać, co twój dziennik już na ten temat zawiera. Każdy zapis jest zachowywany z datą, więc wcześniejsze odpowiedzi nigdy nie przepadają.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>Notatka do pytania %1</translation>
    </message>
    <message>
        <source>Why answers changed (optional)</source>
        <translation>Dlaczego odpowiedzi się zmieniły (opcjonalnie)</translation>
    </message>
    <message>
        <source>Why answers changed</source>
        <translation>Dlaczego odpowiedzi się zmieniły</translation>
    </message>
    <message>
        <source>Answers saved earlier</source>
        <translation>Wcześniej zapisane odpowiedzi</translation>
    </message>
    <message>
        <source>Show every answer as it stood after the chosen save</source>
        <translation>Pokaż wszystkie odpowiedzi w stanie po wybranym zapisie</translation>
    </message>
    <message>
        <source>&amp;Earlier answers:</source>
        <translation>&amp;Wcześniejsze odpowiedzi:</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Jeszcze bez odpowiedzi.</translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>Data odpowiedzi: %1.</translation>
    </message>
    <message>
        <source>Answered %1; changed once since it was first answered.</source>
        <translation>Data odpowiedzi: %1; zmieniona raz od pierwszej odpowiedzi.</translation>
    </message>
    <message>
        <source>Answered %1; changed %2 times since it was first answered.</source>
        <translation>Data odpowiedzi: %1; liczba zmian od pierwszej odpowiedzi: %2.</translation>
    </message>
    <message>
        <source>%1 (1 answer)</source>
        <translation>%1 (1 odpowiedź)</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>%1 (odpowiedzi: %2)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Jeszcze nic nie zapisano</translation>
    </message>
    <message>
        <source>Only you can answer this one: your diary holds nothing that bears on it.</source>
        <translation>Na to pytanie możesz odpowiedzieć tylko ty: dziennik nie zawiera niczego, co by go dotyczyło.</translation>
    </message>
    <message>
        <source>Nothing in your diary bears on this so far.</source>
        <translation>Jak dotąd nic w dzienniku tego nie dotyczy.</translation>
    </message>
    <message>
        <source>In your diary: %1 incidents bear on this; the latest: %2</source>
        <translation>W dzienniku: zdarzenia, które tego dotyczą: %1; ostatnie: %2</translation>
    </message>
    <message>
        <source>In your diary: %1</source>
        <translation>W dzienniku: %1</translation>
    </message>
    <message>
        <source>Question %1 has a note but no answer. Choose Yes, No or Don&apos;t know for it, or clear the note; nothing was saved.</source>
        <translation>Pytanie %1 ma notatkę, ale nie ma odpowiedzi. Wybierz dla niego Tak, Nie albo Nie wiem albo wyczyść notatkę; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Choose an answer to at least one question, then save.</source>
        <translation>Wybierz odpowiedź na co najmniej jedno pytanie, a potem zapisz.</translation>
    </message>
    <message>
        <source>Nothing changed since your last save, so nothing new was saved.</source>
        <translation>Od ostatniego zapisu nic się nie zmieniło, więc nie zapisano niczego nowego.</translation>
    </message>
    <message>
        <source>Saved 1 answer with today&apos;s date. Earlier answers are kept; choose one under &quot;Earlier answers&quot; to see it.</source>
        <translation>Zapisano 1 odpowiedź z dzisiejszą datą. Wcześniejsze odpowiedzi są zachowane; wybierz jedną w polu „Wcześniejsze odpowiedzi”, aby ją zobaczyć.</translation>
    </message>
    <message>
        <source>Saved %1 answers with today&apos;s date. Earlier answers are kept; choose one under &quot;Earlier answers&quot; to see it.</source>
        <translation>Zapisano odpowiedzi (%1) z dzisiejszą datą. Wcześniejsze odpowiedzi są zachowane; wybierz jedną w polu „Wcześniejsze odpowiedzi”, aby ją zobaczyć.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ScreeningHistoryDialog</name>
    <message>
        <source>Earlier screening answers</source>
        <translation>Wcześniejsze odpowiedzi w ocenie ryzyka</translation>
    </message>
    <message>
        <source>Your answers as they stood after the save of %1. Later answers do not replace them: every save is kept.</source>
        <translation>Twoje odpowiedzi w stanie po zapisie z datą: %1. Późniejsze odpowiedzi ich nie zastępują: każdy zapis jest zachowany.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SettingsDialog</name>
    <message>
        <source>Show a plain &amp;title (&quot;Notes&quot;) and a plain icon instead of Daymark&apos;s, without the diary&apos;s name</source>
        <translation>Pokazuj neutralny &amp;tytuł („Notatki”) i zwykłą ikonę zamiast ikony Daymark, bez nazwy dziennika</translation>
    </message>
    <message>
        <source>After a &amp;quick exit, also open a weather forecast in the web browser</source>
        <translation>Po &amp;szybkim wyjściu otwórz też prognozę pogody w przeglądarce</translation>
    </message>
    <message>
        <source>&amp;Remember the diaries I open, on the start screen</source>
        <translation>&amp;Zapamiętuj otwierane dzienniki na ekranie startowym</translation>
    </message>
    <message>
        <source>&amp;Forget the list now</source>
        <translation>&amp;Wyczyść listę teraz</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Exhibit initials</source>
        <translation>Inicjały dowodów</translation>
    </message>
    <message>
        <source>Exhibit &amp;initials:</source>
        <translation>&amp;Inicjały dowodów:</translation>
    </message>
    <message>
        <source>Your initials number new exhibits: JS/1, JS/2 and so on. Exhibits already numbered keep their numbers.</source>
        <translation>Twoje inicjały numerują nowe dowody: JS/1, JS/2 i tak dalej. Dowody już ponumerowane zachowują swoje numery.</translation>
    </message>
    <message>
        <source>Lock after minutes unused</source>
        <translation>Blokada po tylu minutach bezczynności</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Blokuj po:</translation>
    </message>
    <message>
        <source>The diary locks itself when the keyboard and mouse have not been used for this long, so it is not left open on the screen.</source>
        <translation>Dziennik blokuje się sam, gdy klawiatura i mysz nie są używane przez tyle czasu, aby nie pozostał otwarty na ekranie.</translation>
    </message>
    <message>
        <source>Also lock when the &amp;screen locks or the computer goes to sleep</source>
        <translation>Blokuj też, gdy &amp;ekran się blokuje lub komputer przechodzi w stan uśpienia</translation>
    </message>
    <message>
        <source>Also lock when the window is &amp;minimised</source>
        <translation>Blokuj też, gdy okno zostanie z&amp;minimalizowane</translation>
    </message>
    <message>
        <source>Quick exit (Ctrl+Shift+Q, or Esc twice) hides Daymark and locks the diary at once, then closes it.</source>
        <translation>Szybkie wyjście (Ctrl+Shift+Q albo dwa razy Esc) natychmiast ukrywa Daymark i blokuje dziennik, a potem go zamyka.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>A new language shows the next time Daymark starts.</source>
        <translation>Nowy język pojawi się przy następnym uruchomieniu Daymark.</translation>
    </message>
    <message>
        <source>Anyone who uses this computer can see that list. Turn it off if someone might look for your diary.</source>
        <translation>Każdy, kto używa tego komputera, może zobaczyć tę listę. Wyłącz ją, jeśli ktoś mógłby szukać twojego dziennika.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SignalsView</name>
    <message>
        <source>&amp;Open incident</source>
        <translation>&amp;Otwórz zdarzenie</translation>
    </message>
    <message>
        <source>Warning signs in what you recorded</source>
        <translation>Sygnały ostrzegawcze w zapisanych zdarzeniach</translation>
    </message>
    <message>
        <source>The incidents behind the chosen sign</source>
        <translation>Zdarzenia, na których opiera się wybrany sygnał</translation>
    </message>
    <message>
        <source>Daymark never judges how dangerous your situation is: it only shows what you recorded. The National Stalking Helpline (0808 802 0300) and the police can help you weigh it.</source>
        <translation>Daymark nigdy nie ocenia, jak niebezpieczna jest twoja sytuacja: pokazuje tylko to, co zapisano. National Stalking Helpline (0808 802 0300) i policja mogą pomóc ci to ocenić.</translation>
    </message>
    <message>
        <source>No warning signs in what you recorded for this period.</source>
        <translation>W zdarzeniach zapisanych w tym okresie nie ma sygnałów ostrzegawczych.</translation>
    </message>
    <message>
        <source>Choose a sign to see the incidents behind it.</source>
        <translation>Wybierz sygnał, aby zobaczyć zdarzenia, na których się opiera.</translation>
    </message>
    <message>
        <source>The incident behind &quot;%1&quot; (double-click it to open it)</source>
        <translation>Zdarzenie, na którym opiera się „%1” (kliknij dwukrotnie, aby je otworzyć)</translation>
    </message>
    <message>
        <source>The %1 incidents behind &quot;%2&quot; (double-click one to open it)</source>
        <translation>Zdarzenia, na których opiera się „%2” (%1; kliknij dwukrotnie, aby otworzyć)</translation>
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
        <translation>Ostatnio otwie&amp;rane:</translation>
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
        <translation>Prywatny dziennik tego, co cię spotyka: zdarzenia, zaangażowane osoby i dowody.</translation>
    </message>
    <message>
        <source>Your diary is one encrypted file on this computer, locked with a password that only you know. Daymark sends nothing anywhere.</source>
        <translation>Twój dziennik to jeden zaszyfrowany plik na tym komputerze, zablokowany hasłem, które znasz tylko ty. Daymark niczego nigdzie nie wysyła.</translation>
    </message>
    <message>
        <source>&amp;Create a new diary…</source>
        <translation>&amp;Utwórz nowy dziennik…</translation>
    </message>
    <message>
        <source>Choose where to keep a new diary and the password that protects it.</source>
        <translation>Wybierz, gdzie przechowywać nowy dziennik, i hasło, które go chroni.</translation>
    </message>
    <message>
        <source>&amp;Open a diary…</source>
        <translation>&amp;Otwórz dziennik…</translation>
    </message>
    <message>
        <source>Choose a diary file (.daymark) and unlock it with its password.</source>
        <translation>Wybierz plik dziennika (.daymark) i odblokuj go jego hasłem.</translation>
    </message>
    <message>
        <source>Recently opened diaries</source>
        <translation>Ostatnio otwierane dzienniki</translation>
    </message>
    <message>
        <source>%1  (in %2)</source>
        <comment>diary name, folder</comment>
        <translation>%1  (w %2)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TemporaryCopies</name>
    <message>
        <source>Daymark could not make a private folder for the copy: %1. Nothing was written.</source>
        <translation>Daymark nie mógł utworzyć prywatnego folderu na kopię: %1. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>Nie można zapisać kopii: %1.</translation>
    </message>
    <message>
        <source>Daymark could not write the copy: %1.</source>
        <translation>Daymark nie mógł zapisać kopii: %1.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TimelineDelegate</name>
    <message>
        <source>approx.</source>
        <comment>a time that is a best guess</comment>
        <translation>ok.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Poprawione</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Zgłoszone</translation>
    </message>
    <message>
        <source>Possible breach</source>
        <translation>Możliwe naruszenie</translation>
    </message>
    <message>
        <source>%1 · no. %2</source>
        <comment>type, incident number</comment>
        <translation>%1 · nr %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TimelinePanel</name>
    <message>
        <source>&amp;Add details…</source>
        <translation>&amp;Dodaj szczegóły…</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Dodaj szczegóły</translation>
    </message>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>Oś czasu zdarzeń, od najnowszych</translation>
    </message>
    <message>
        <source>Nothing is written down yet. When something happens, press Quick log (Ctrl+N): it saves the time at once, and you can add the details later.</source>
        <translation>Nic jeszcze nie zapisano. Gdy coś się wydarzy, naciśnij Szybki wpis (Ctrl+N): od razu zapisze godzinę, a szczegóły możesz dodać później.</translation>
    </message>
    <message>
        <source>Add what happened and where to the incident just logged (Ctrl+E)</source>
        <translation>Dodaj do właśnie zapisanego zdarzenia, co się stało i gdzie (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saved: “%1” at %2. You can add the details now (Ctrl+E) or later.</source>
        <translation>Zapisano: „%1” o %2. Szczegóły możesz dodać teraz (Ctrl+E) albo później.</translation>
    </message>
    <message>
        <source>The details are saved. The quick log stays in the incident&apos;s history.</source>
        <translation>Szczegóły są zapisane. Szybki wpis zostaje w historii zdarzenia.</translation>
    </message>
    <message>
        <source>Details added after a quick log</source>
        <translation>Szczegóły dodane po szybkim wpisie</translation>
    </message>
    <message>
        <source>Saved: “%1”.</source>
        <translation>Zapisano: „%1”.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::UnlockPage</name>
    <message>
        <source>&amp;Choose another diary</source>
        <translation>&amp;Wybierz inny dziennik</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation>Odblokuj dziennik</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The password of this diary</source>
        <translation>Hasło do tego dziennika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>w %1</translation>
    </message>
    <message>
        <source>Type the diary&apos;s password, then press Unlock.</source>
        <translation>Wpisz hasło do dziennika, a potem naciśnij Odblokuj.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>Odblokowywanie… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation>Nie można otworzyć dziennika.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WeeklyChartView</name>
    <message>
        <source>Incidents per week, by type</source>
        <translation>Zdarzenia na tydzień, według rodzaju</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Brak zdarzeń w tym okresie.</translation>
    </message>
    <message>
        <source>Incidents per week (Monday to Sunday), by type. The line is the average of the last %1 weeks, so a rise stands out from the ups and downs.</source>
        <translation>Zdarzenia na tydzień (od poniedziałku do niedzieli), według rodzaju. Linia to średnia z ostatnich %1 tyg., więc wzrost wyróżnia się na tle wahań.</translation>
    </message>
    <message>
        <source>Incidents per %1 weeks, by type (the period is long, so each bar covers %1 weeks). The line is the average of the last %2 bars.</source>
        <translation>Zdarzenia na każde %1 tyg., według rodzaju (okres jest długi, więc każdy słupek obejmuje %1 tyg.). Linia to średnia z ostatnich słupków (%2).</translation>
    </message>
    <message>
        <source>Average of the last %1 weeks</source>
        <translation>Średnia z ostatnich %1 tyg.</translation>
    </message>
    <message>
        <source>Average of the last %1 bars</source>
        <translation>Średnia z ostatnich słupków (%1)</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>Zdarzenia na tydzień</translation>
    </message>
    <message>
        <source>Incidents per %1 weeks</source>
        <translation>Zdarzenia na %1 tyg.</translation>
    </message>
    <message>
        <source>Week from Monday %1: 1 incident</source>
        <translation>Tydzień od poniedziałku %1: 1 zdarzenie</translation>
    </message>
    <message>
        <source>Week from Monday %1: %2 incidents</source>
        <translation>Tydzień od poniedziałku %1: zdarzenia: %2</translation>
    </message>
    <message>
        <source>%1 incidents in the %2 weeks from %3</source>
        <translation>Zdarzenia w ciągu %2 tyg. od %3: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>Średnia: %1</translation>
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
        <translation>Co</translation>
    </message>
    <message>
        <source>In a few words, e.g. “He rang from a withheld number”</source>
        <translation>W kilku słowach, np. „Dzwonił z zastrzeżonego numeru”</translation>
    </message>
    <message>
        <source>What was said or done, in the exact words if you know them.</source>
        <translation>Co zostało powiedziane lub zrobione, dokładnymi słowami, jeśli je znasz.</translation>
    </message>
    <message>
        <source>e.g. phone, WhatsApp, Instagram, in person</source>
        <translation>np. telefon, WhatsApp, Instagram, osobiście</translation>
    </message>
    <message>
        <source>The number, address or account name used</source>
        <translation>Użyty numer, adres lub nazwa konta</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Słowa, po których można je znaleźć, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;W skrócie:</translation>
    </message>
    <message>
        <source>Wha&amp;t happened:</source>
        <translation>&amp;Co się stało:</translation>
    </message>
    <message>
        <source>Channel or platfor&amp;m:</source>
        <translation>Kanał lub plat&amp;forma:</translation>
    </message>
    <message>
        <source>Number or acc&amp;ount:</source>
        <translation>Numer lub k&amp;onto:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>The summary is empty. Say in a few words what happened, so it can be found in the timeline.</source>
        <translation>Pole „W skrócie” jest puste. Opisz w kilku słowach, co się stało, aby można było to znaleźć na osi czasu.</translation>
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
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>It went on &amp;until:</source>
        <translation>Trwało &amp;do:</translation>
    </message>
    <message>
        <source>The time is appro&amp;ximate, a best guess</source>
        <translation>Czas jest &amp;przybliżony, to najlepsze oszacowanie</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>It &amp;happened:</source>
        <translation>&amp;Kiedy się wydarzyło:</translation>
    </message>
    <message>
        <source>Times are in the time zone %1.</source>
        <translation>Godziny są w strefie czasowej %1.</translation>
    </message>
    <message>
        <source>The end is before the start. Give an end after the start, or untick “It went on until”.</source>
        <translation>Koniec jest przed początkiem. Podaj koniec po początku albo odznacz „Trwało do”.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhereSection</name>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>e.g. outside my work, Elm Grove</source>
        <translation>np. przed moją pracą, Elm Grove</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>Opcjonalnie, np. %1</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Szerokość geogr.:</translation>
    </message>
    <message>
        <source>Longitu&amp;de:</source>
        <translation>Dł&amp;ugość geogr.:</translation>
    </message>
    <message>
        <source>The latitude is not a number between -90 and 90. Correct it, or leave both coordinates empty.</source>
        <translation>Szerokość geograficzna nie jest liczbą od -90 do 90. Popraw ją albo zostaw obie współrzędne puste.</translation>
    </message>
    <message>
        <source>The longitude is not a number between -180 and 180. Correct it, or leave both coordinates empty.</source>
        <translation>Długość geograficzna nie jest liczbą od -180 do 180. Popraw ją albo zostaw obie współrzędne puste.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or leave both empty.</source>
        <translation>Podaj zarówno szerokość, jak i długość geograficzną albo zostaw obie puste.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhoSection</name>
    <message>
        <source>%1 (%2, deleted from the diary)</source>
        <comment>name, role</comment>
        <translation>%1 (%2, usunięta z dziennika)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Tick the people involved and anyone who saw it. Someone not yet in your diary can be added by name here; their details can be filled in later under People.</source>
        <translation>Zaznacz zaangażowane osoby i każdego, kto to widział. Kogoś, kogo jeszcze nie ma w dzienniku, możesz dodać tutaj po imieniu; dane uzupełnisz później w sekcji Osoby.</translation>
    </message>
    <message>
        <source>Add to the diary</source>
        <translation>Dodaj do dziennika</translation>
    </message>
    <message>
        <source>&amp;Children were present</source>
        <translation>Obecne były dziec&amp;i</translation>
    </message>
    <message>
        <source>A name, e.g. “Dan&apos;s brother”</source>
        <translation>Imię lub opis, np. „brat Darka”</translation>
    </message>
    <message>
        <source>Add this person to the diary</source>
        <translation>Dodaj tę osobę do dziennika</translation>
    </message>
    <message>
        <source>Witnesses not in your list: who they are and what they saw</source>
        <translation>Świadkowie spoza listy: kim są i co widzieli</translation>
    </message>
    <message>
        <source>People &amp;involved:</source>
        <translation>&amp;Osoby zaangażowane:</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>Ś&amp;wiadkowie:</translation>
    </message>
    <message>
        <source>&amp;Quick add:</source>
        <translation>&amp;Szybkie dodanie:</translation>
    </message>
    <message>
        <source>Name of a person to add to the diary</source>
        <translation>Imię i nazwisko osoby do dodania do dziennika</translation>
    </message>
    <message>
        <source>Oth&amp;er witnesses:</source>
        <translation>I&amp;nni świadkowie:</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first, then add them.</source>
        <translation>Najpierw wpisz imię i nazwisko osoby, a potem ją dodaj.</translation>
    </message>
    <message>
        <source>%1 is added to your diary&apos;s people and ticked as involved.</source>
        <translation>Dodano do osób w dzienniku i zaznaczono jako zaangażowaną: %1.</translation>
    </message>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(osoba, której nie ma już w dzienniku)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::incidentFields</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Time is approximate</source>
        <translation>Czas przybliżony</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Channel or platform</source>
        <translation>Kanał lub platforma</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>Numer lub konto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Współrzędne</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Osoby zaangażowane</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Świadkowie</translation>
    </message>
    <message>
        <source>Other witnesses</source>
        <translation>Inni świadkowie</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Obecne dzieci</translation>
    </message>
    <message>
        <source>Effect on you</source>
        <translation>Wpływ na ciebie</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Zgłoszone policji</translation>
    </message>
    <message>
        <source>Police reference number</source>
        <translation>Numer sprawy na policji</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funkcjonariusz</translation>
    </message>
    <message>
        <source>Possible breach of</source>
        <translation>Możliwe naruszenie</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Prywatne notatki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>warunek %1</translation>
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
        <translation>Coś się wydarzyło</translation>
    </message>
</context>
<context>
    <name>daymark::ui::timelineText</name>
    <message>
        <source>Today, %1</source>
        <translation>Dzisiaj, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Wczoraj, %1</translation>
    </message>
    <message>
        <source>%1 (approximate time): %2: %3</source>
        <comment>time, type, summary</comment>
        <translation>%1 (czas przybliżony): %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>time, type, summary</comment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>One exhibit.</source>
        <translation>Jeden dowód.</translation>
    </message>
    <message>
        <source>%1 exhibits.</source>
        <translation>Dowody: %1.</translation>
    </message>
    <message>
        <source>Possible breach of an order.</source>
        <translation>Możliwe naruszenie nakazu.</translation>
    </message>
    <message>
        <source>Reported to the police.</source>
        <translation>Zgłoszone policji.</translation>
    </message>
    <message>
        <source>Amended since it was first written.</source>
        <translation>Poprawione po pierwszym zapisie.</translation>
    </message>
</context>
<context>
    <name>daymark::vault</name>
    <message>
        <source>The SQLCipher library on this computer does not accept the settings Daymark diaries use, so the diary was not opened. Install a supported SQLCipher (3.4 or 4.x).</source>
        <translation>Biblioteka SQLCipher na tym komputerze nie akceptuje ustawień używanych przez dzienniki Daymark, więc dziennika nie otwarto. Zainstaluj obsługiwaną wersję SQLCipher (3.4 lub 4.x).</translation>
    </message>
    <message>
        <source>These key-derivation settings cannot be stored in a diary.</source>
        <translation>Tych ustawień wyprowadzania klucza nie można zapisać w dzienniku.</translation>
    </message>
    <message>
        <source>The diary file could not be read: %1.</source>
        <translation>Nie można odczytać pliku dziennika: %1.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of Daymark. Install the newest Daymark to open it; the file has not been changed.</source>
        <translation>Ten dziennik zapisała nowsza wersja Daymark. Zainstaluj najnowszą wersję Daymark, aby go otworzyć; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Part of this change failed, so none of it was saved. Everything saved before is safe.</source>
        <translation>Część tej zmiany się nie powiodła, więc nie zapisano żadnej jej części. Wszystko, co zapisano wcześniej, jest bezpieczne.</translation>
    </message>
    <message>
        <source>These password-protection settings are weaker than Daymark allows (at least 64 MiB of memory), so no diary was created.</source>
        <translation>Te ustawienia ochrony hasłem są słabsze, niż dopuszcza Daymark (co najmniej 64 MiB pamięci), więc nie utworzono dziennika.</translation>
    </message>
    <message>
        <source>This diary&apos;s password protection is weaker than Daymark allows (less than 64 MiB of memory), so it was not opened. It was not made by a normal Daymark; ask for help.</source>
        <translation>Ochrona hasłem tego dziennika jest słabsza, niż dopuszcza Daymark (mniej niż 64 MiB pamięci), więc go nie otwarto. Nie utworzył go zwykły Daymark; poproś o pomoc.</translation>
    </message>
    <message>
        <source>There is no diary file at that location. Check the name and folder.</source>
        <translation>W tym miejscu nie ma pliku dziennika. Sprawdź nazwę i folder.</translation>
    </message>
    <message>
        <source>That is a folder, not a diary file. Choose the diary file itself.</source>
        <translation>To folder, a nie plik dziennika. Wybierz sam plik dziennika.</translation>
    </message>
    <message>
        <source>The diary file could not be read. Check that you may open it.</source>
        <translation>Nie można odczytać pliku dziennika. Sprawdź, czy masz uprawnienia do jego otwarcia.</translation>
    </message>
    <message>
        <source>This file is not a Daymark diary (or its beginning is damaged). Choose a .daymark file, or restore the diary from a backup copy.</source>
        <translation>Ten plik nie jest dziennikiem Daymark (albo jego początek jest uszkodzony). Wybierz plik .daymark albo przywróć dziennik z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The diary could not be set up for safe writing.</source>
        <translation>Nie można przygotować dziennika do bezpiecznego zapisu.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::DurableFile</name>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Plik o tej nazwie już istnieje. Wybierz inną nazwę; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>Daymark may not write to that folder. Choose a folder you can write to.</source>
        <translation>Daymark nie może zapisywać w tym folderze. Wybierz folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>Folder nie istnieje. Wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>Writing to the disk failed. Check the disk and try again.</source>
        <translation>Zapis na dysk się nie powiódł. Sprawdź dysk i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::SqlConnection</name>
    <message>
        <source>The password is wrong, or the file is not a Daymark diary (or it is damaged).</source>
        <translation>Hasło jest nieprawidłowe albo plik nie jest dziennikiem Daymark (lub jest uszkodzony).</translation>
    </message>
    <message>
        <source>The diary file is damaged. Nothing has been changed; restore it from a backup copy, or ask for help before writing to it.</source>
        <translation>Plik dziennika jest uszkodzony. Niczego nie zmieniono; przywróć go z kopii zapasowej albo poproś o pomoc, zanim cokolwiek do niego zapiszesz.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Everything saved before is safe; free some space and try again.</source>
        <translation>Dysk jest pełny, więc zmiany nie zapisano. Wszystko, co zapisano wcześniej, jest bezpieczne; zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The diary cannot be written here because the file or its folder is read-only. Move it to a folder you can write to, or open it read-only.</source>
        <translation>Nie można tu zapisywać dziennika, ponieważ plik lub jego folder jest tylko do odczytu. Przenieś go do folderu, w którym możesz zapisywać, albo otwórz go tylko do odczytu.</translation>
    </message>
    <message>
        <source>The diary file could not be opened. Check that it exists and that you may read and write its folder.</source>
        <translation>Nie można otworzyć pliku dziennika. Sprawdź, czy istnieje i czy możesz odczytywać i zapisywać jego folder.</translation>
    </message>
    <message>
        <source>The diary is in use by another Daymark window or program. Close it there and try again.</source>
        <translation>Dziennik jest używany przez inne okno Daymark lub inny program. Zamknij go tam i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Reading or writing the diary file failed. Everything saved before is safe; check the disk and try again.</source>
        <translation>Odczyt lub zapis pliku dziennika się nie powiódł. Wszystko, co zapisano wcześniej, jest bezpieczne; sprawdź dysk i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Daymark hit an unexpected database error. Everything saved before is safe; please try again.</source>
        <translation>W Daymark wystąpił nieoczekiwany błąd bazy danych. Wszystko, co zapisano wcześniej, jest bezpieczne; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::Vault</name>
    <message>
        <source>The password is empty. Choose a password to protect the diary.</source>
        <translation>Hasło jest puste. Wybierz hasło, które ochroni dziennik.</translation>
    </message>
    <message>
        <source>A new diary cannot be created read-only.</source>
        <translation>Nowego dziennika nie można utworzyć w trybie tylko do odczytu.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>Plik o tej nazwie już istnieje. Wybierz inną nazwę; Daymark nigdy nie nadpisuje plików.</translation>
    </message>
    <message>
        <source>The diary or its folder is read-only, so changes could not be saved. Copy it to a folder you can write to, or open it read-only.</source>
        <translation>Dziennik lub jego folder jest tylko do odczytu, więc nie można zapisać zmian. Skopiuj go do folderu, w którym możesz zapisywać, albo otwórz go tylko do odczytu.</translation>
    </message>
    <message>
        <source>The diary file is damaged: it is not the length a diary file has (it may have been cut short while copying). Restore it from a backup copy.</source>
        <translation>Plik dziennika jest uszkodzony: nie ma długości, jaką ma plik dziennika (mógł zostać ucięty podczas kopiowania). Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is not a Daymark diary (or it is damaged).</source>
        <translation>Hasło jest nieprawidłowe albo plik nie jest dziennikiem Daymark (lub jest uszkodzony).</translation>
    </message>
    <message>
        <source>This file is encrypted but is not a Daymark diary. Choose a .daymark file.</source>
        <translation>Ten plik jest zaszyfrowany, ale nie jest dziennikiem Daymark. Wybierz plik .daymark.</translation>
    </message>
    <message>
        <source>The diary is locked. Unlock it with its password first.</source>
        <translation>Dziennik jest zablokowany. Najpierw odblokuj go jego hasłem.</translation>
    </message>
    <message>
        <source>That file is not a copy of this diary under its current password.</source>
        <translation>Ten plik nie jest kopią tego dziennika z jego obecnym hasłem.</translation>
    </message>
    <message>
        <source>The beginning of the file is damaged.</source>
        <translation>Początek pliku jest uszkodzony.</translation>
    </message>
    <message>
        <source>The diary holds a change that was interrupted (the program stopped or the disk was full while saving), and undoing it needs write access. Copy the diary and the file beside it ending in &apos;-journal&apos; to a folder you can write to, and open the copy.</source>
        <translation>Dziennik zawiera zmianę, która została przerwana (program się zatrzymał albo dysk się zapełnił podczas zapisu), a jej cofnięcie wymaga prawa zapisu. Skopiuj dziennik i leżący obok plik kończący się na &apos;-journal&apos; do folderu, w którym możesz zapisywać, i otwórz kopię.</translation>
    </message>
    <message>
        <source>The diary is open read-only, so it cannot be changed.</source>
        <translation>Dziennik jest otwarty tylko do odczytu, więc nie można go zmienić.</translation>
    </message>
    <message>
        <source>The new password is empty. Choose a password.</source>
        <translation>Nowe hasło jest puste. Wybierz hasło.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the diary did not check out, so the password was not changed. The diary is unchanged.</source>
        <translation>Ponownie zaszyfrowana kopia dziennika nie przeszła sprawdzenia, więc hasła nie zmieniono. Dziennik się nie zmienił.</translation>
    </message>
    <message>
        <source>The file ends part-way through a page: it was cut short or something was added.</source>
        <translation>Plik kończy się w połowie strony: został ucięty albo coś do niego dodano.</translation>
    </message>
    <message>
        <source>Page %1 of %2 fails its authentication check: those bytes were changed or damaged.</source>
        <translation>Strona %1 z %2 nie przechodzi sprawdzenia autentyczności: te bajty zostały zmienione lub uszkodzone.</translation>
    </message>
    <message>
        <source>The diary says it has %1 pages but the file holds %2.</source>
        <translation>Dziennik podaje, że ma %1 stron, a plik zawiera ich %2.</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>Struktura bazy danych: %1</translation>
    </message>
    <message>
        <source>A record in %1 refers to something that does not exist.</source>
        <translation>Rekord w %1 odwołuje się do czegoś, co nie istnieje.</translation>
    </message>
    <message>
        <source>The file does not carry Daymark&apos;s identifier.</source>
        <translation>Plik nie ma identyfikatora Daymark.</translation>
    </message>
    <message>
        <source>The diary&apos;s identity record is missing.</source>
        <translation>Brak rekordu tożsamości dziennika.</translation>
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
        <translation>Połączenia z %1: %2</translation>
    </message>
    <message>
        <source>Messages and calls with %1: %2</source>
        <translation>Wiadomości i połączenia z %1: %2</translation>
    </message>
</context>
</TS>
