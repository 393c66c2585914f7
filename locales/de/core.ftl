# The shell and what every feature stands on (src/core, src/app.rs, src/chunks.rs).

## Starting the app and loading parts of it
core-loading = Wird geladen …
core-composer-title = Beitrag schreiben
core-composer-start = Neuen Beitrag beginnen …
core-composer-download-failed = Der Beitragseditor konnte nicht heruntergeladen werden. Prüfe deine Verbindung und lade die Seite neu.
core-event-form-loading = Formular wird geladen …
core-event-form-download-failed = Das Veranstaltungsformular konnte nicht heruntergeladen werden. Prüfe deine Verbindung und versuch es noch einmal.

## Requests that failed before an answer, or with an unreadable one
core-error-network = Der Server ist nicht erreichbar. Prüfe deine Verbindung; nichts, was du eingegeben hast, geht verloren.
core-error-timeout = Der Server hat zu lange für die Antwort gebraucht. Versuch es gleich noch einmal.
core-error-aborted = Abgebrochen.
core-error-bad-response = Die Antwort des Servers konnte nicht gelesen werden. Versuch es noch einmal; wenn es so bleibt, passt das Backend vielleicht nicht zu dieser App.

## The server's stable problem codes (kith_api::codes), one message each
core-error-malformed-request = Der Server konnte diese Anfrage nicht lesen. Lade die Seite neu und versuch es noch einmal.
core-error-invalid-query = Der Server hat die Such- oder Filtereinstellungen nicht angenommen. Lade die Seite neu und versuch es noch einmal.
core-error-invalid-cursor = Diese Liste hat sich seit dem Laden geändert. Lade die Seite neu, um wieder oben zu beginnen.
core-error-unauthorized = Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzumachen; nichts, was du eingegeben hast, geht verloren.
core-error-invalid-credentials = Benutzername und Passwort passen nicht zusammen.
core-error-forbidden = Das darfst du nicht.
core-error-members-only = Diese Gruppe ist privat: Nur Mitglieder können das sehen.
core-error-muted = Du bist in dieser Gruppe vorübergehend stummgeschaltet.
core-error-banned = Du bist aus dieser Gruppe ausgeschlossen.
core-error-locked = Dieser Beitrag ist gesperrt; neue Kommentare sind nicht mehr möglich.
core-error-not-found = Das gibt es nicht mehr, oder du kannst es nicht sehen.
core-error-method-not-allowed = Der Server bietet diese Aktion nicht an; vielleicht läuft dort eine andere Version des Backends.
core-error-conflict = Das widerspricht einer Änderung, die inzwischen gemacht wurde.
core-error-username-taken = Dieser Benutzername ist schon vergeben. Wähle einen anderen.
core-error-slug-taken = Diese Gruppenadresse ist schon vergeben. Wähle eine andere.
core-error-sole-owner = Du bist der einzige Eigentümer dieser Gruppe. Mach zuerst jemand anderen zum Eigentümer.
core-error-event-cancelled = Diese Veranstaltung ist abgesagt.
core-error-archived = Diese Gruppe ist archiviert und kann nur gelesen werden.
core-error-idempotency-key-reused = Das wurde schon mit anderem Inhalt gesendet. Lade die Seite neu und versuch es noch einmal.
core-error-precondition-failed = Jemand hat das geändert, während du es bearbeitet hast. Lade neu, um die andere Fassung zu sehen; dein Text bleibt erhalten.
core-error-already-handled = Jemand anderes aus dem Moderationsteam hat das schon erledigt.
core-error-payload-too-large = Das ist zu groß für den Server. Kürze es und versuch es noch einmal.
core-error-unsupported-media-type = Der Server konnte das Format dieser Anfrage nicht lesen; vielleicht läuft dort eine andere Version des Backends.
core-error-validation-failed = Einige Felder müssen noch korrigiert werden.
core-error-precondition-required = Der Server muss wissen, welche Fassung du geändert hast. Lade die Seite neu und versuch es noch einmal.
core-error-rate-limited = Zu viele Versuche in kurzer Zeit. Warte einen Moment und versuch es dann noch einmal; deine Eingaben bleiben erhalten.
core-error-busy = Der Server ist gerade ausgelastet. Versuch es gleich noch einmal; es wurde nichts gespeichert.
core-error-request-timeout = Die Verbindung war zu langsam, um das rechtzeitig zu senden. Versuch es noch einmal; es wurde nichts gespeichert.
# $status: the HTTP status code, e.g. 500.
core-error-internal = Auf dem Server ist ein Fehler aufgetreten (Fehler { $status }). Es wurde nichts gespeichert; versuch es bald noch einmal.

## Variants of the above, and what an unknown code falls back to (by HTTP status)
core-error-validation-failed-fields = Einige Felder müssen noch korrigiert werden; die Hinweise stehen direkt daneben.
# $wait: a duration from core-wait-*, e.g. "42 seconds".
core-error-rate-limited-wait = Zu viele Versuche in kurzer Zeit. Versuch es in { $wait } noch einmal; deine Eingaben bleiben erhalten.
core-error-busy-wait = Der Server ist gerade ausgelastet. Versuch es in { $wait } noch einmal; es wurde nichts gespeichert.
core-error-refused = Der Server hat die Anfrage abgelehnt.
core-error-server = Auf dem Server ist ein Fehler aufgetreten (Fehler { $status }). Es wurde nichts gespeichert; versuch es bald noch einmal.
# The note beside a field the server refused. $detail is the server's own (English) words:
# other languages show their own general note instead.
core-error-field = Diese Angabe hat der Server nicht angenommen. Bitte prüfe sie.

## How long to wait, as used in "Try again in …"
core-wait-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
core-wait-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
core-wait-hours = { $count ->
    [one] etwa { $count } Stunde
   *[other] etwa { $count } Stunden
}

## Browser storage and device settings
core-storage-unavailable = der Browserspeicher ist deaktiviert oder nicht verfügbar
core-storage-full = der Browserspeicher ist voll
core-storage-failed = Fehler im Browserspeicher: { $error }
core-storage-unknown-error = unbekannter Fehler
core-theme-system = Wie mein System
core-theme-light = Hell
core-theme-dark = Dunkel
core-theme-unreadable = Das gespeicherte Design war nicht lesbar, daher wird das Systemdesign verwendet.
core-backend-invalid = Die gespeicherte Backend-Adresse war ungültig, daher wird das Standard-Backend verwendet.
core-backend-unusable = Diese Adresse ist nicht verwendbar: { $reason }.
# $error: one of core-storage-*.
core-settings-unreadable = Die Einstellungen konnten nicht gelesen werden ({ $error }); es gelten die Standardwerte.
core-setting-not-saved = Deine Auswahl gilt ab sofort, wird aber nicht gespeichert: { $error }.
core-session-tab-only = Du bist nur in diesem Tab angemeldet: Die Sitzung konnte nicht gespeichert werden ({ $error }).

## config.json (for the site's operator)
core-config-missing = Die Datei config.json wurde neben der App nicht gefunden.
core-config-unreachable = config.json konnte nicht geladen werden: { $reason }.
core-config-status = Das Laden von config.json ist mit HTTP-Status { $status } fehlgeschlagen.
core-config-malformed = config.json ist ungültig: { $reason }.
core-config-invalid = config.json hat einen unbrauchbaren Wert für „{ $field }“: { $reason }.
core-config-json-ends-early = die Datei endet zu früh (Zeile { $line }, Spalte { $column })
core-config-json-not-object = die Datei ist kein JSON-Objekt (Zeile { $line }, Spalte { $column })
core-config-value-missing = der Wert fehlt
core-config-value-not-string = der Wert muss ein String sein
core-config-name-length = { $count ->
    [one] der Name hat { $count } Zeichen
   *[other] der Name hat { $count } Zeichen
}
core-config-fix-missing = Lege eine config.json neben die index.html, zum Beispiel { "{" }"api_base": "https://api.example.org", "community_name": "Meine Community"{ "}" }. Achte bei einem CDN darauf, dass die Umleitung auf index.html nicht für diese Datei gilt.
core-config-fix-unreachable = Prüfe, ob die Website erreichbar ist und config.json mit Status 200 ausgeliefert wird, und lade dann neu.
core-config-fix-malformed = config.json muss ein einzelnes JSON-Objekt mit den String-Feldern „api_base“ und „community_name“ sein.
core-config-fix-invalid = „api_base“ muss „/“ (diese Website) oder eine absolute http(s)-URL ohne Query oder Fragment sein; „community_name“ muss 1 bis 60 Zeichen lang sein.

## Checking a backend address
core-url-needs-scheme = die Adresse muss mit http:// oder https:// beginnen
core-url-no-host = der Hostname fehlt
core-url-no-query = die Adresse darf keine Query und kein Fragment enthalten
core-url-no-spaces = die Adresse darf keine Leerzeichen enthalten
core-url-no-credentials = die Adresse darf keine Zugangsdaten enthalten
