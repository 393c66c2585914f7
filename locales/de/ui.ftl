# Shared widgets and the shell around every page (src/ui).

## Site header (src/ui/site_header.rs)
ui-header-menu = Menü
# The accessible name of the main navigation landmark.
ui-header-nav-label = Hauptnavigation
ui-nav-home = Start
ui-nav-discover = Entdecken
ui-nav-calendar = Kalender
ui-nav-drafts = Entwürfe
ui-nav-new-group = Neue Gruppe
ui-nav-settings = Einstellungen
ui-nav-log-in = Anmelden
ui-nav-sign-up = Registrieren
ui-nav-log-out = Abmelden

## Site footer: "<community name> · powered by Kith · Settings · Drafts"
ui-footer-powered-by = läuft mit Kith

## Skip link, notices and banners
ui-skip-link = Zum Inhalt springen
ui-dismiss = Schließen
ui-update-ready = Eine neue Version von Kith ist bereit.
ui-update-reload = Neu laden zum Aktualisieren
ui-session-expired = Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzumachen – alles, was du gerade schreibst, bleibt als Entwurf erhalten.
ui-log-in-again = Erneut anmelden
ui-offline = Du bist offline. Seiten, die du gelesen hast, sind weiterhin da; was du schreibst, wird aufbewahrt und später gesendet.
# $time: a time of day, e.g. "14:30".
ui-offline-copy-today = Offline – das ist eine gespeicherte Kopie von heute, { $time } Uhr. Sie wird aktualisiert, sobald du wieder online bist.
# $date: a date, e.g. "12 Mar 2026"; $time: a time of day.
ui-offline-copy-date = Offline – das ist eine gespeicherte Kopie vom { $date }, { $time } Uhr. Sie wird aktualisiert, sobald du wieder online bist.

## Page not found: "Go to your home feed or discover groups."
ui-not-found-title = Seite nicht gefunden
ui-not-found-text = Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link ist falsch geschrieben.
ui-not-found-home = Geh zu deinem Start-Feed
# Between the two links.
ui-not-found-or = oder
ui-not-found-discover = entdecke Gruppen

## The app cannot start (config.json missing or malformed)
ui-config-error-title = Kith kann nicht starten
ui-config-error-fix = So behebst du das

## Loading and errors
ui-loading = Wird geladen …
ui-try-again = Noch einmal versuchen
ui-load-error-not-saved = Dieser Teil wurde noch nicht zum Offline-Lesen gespeichert; er erscheint, sobald du wieder online bist.
ui-page-loading = Diese Seite wird geladen …
ui-part-download-failed = Ein Teil dieser Seite konnte nicht heruntergeladen werden. Prüfe deine Verbindung und lade die Seite neu.
ui-page-load-failed-title = Diese Seite konnte nicht geladen werden
ui-page-load-failed-text = Ihr Teil von Kith wurde noch nicht heruntergeladen, und der Server ist nicht erreichbar. Prüfe deine Verbindung und versuch es noch einmal. Wenn Kith seit dem Öffnen aktualisiert wurde, lade stattdessen neu.
ui-reload-app = Kith neu laden

## Lists
ui-show-more = Mehr anzeigen
ui-feed-loading-more = Weitere werden geladen …
ui-feed-caught-up = Du bist auf dem neuesten Stand.

## Logging in again inside a form (src/ui/relogin_form.rs)
ui-relogin-text = Deine Sitzung ist abgelaufen. Melde dich erneut an, dann senden wir das sofort – dein Text bleibt erhalten.
ui-relogin-username = Benutzername
ui-relogin-password = Passwort
ui-relogin-busy = Anmeldung läuft …
ui-relogin-submit = Anmelden und senden

## Form fields
# Under a field with a length limit. $count: characters left.
ui-chars-left = { $count ->
    [one] Noch { $count } Zeichen
   *[other] Noch { $count } Zeichen
}
# $count: characters over the limit; $max: the limit.
ui-chars-over = { $count ->
    [one] { $count } Zeichen zu viel: Die Grenze liegt bei { $max }.
   *[other] { $count } Zeichen zu viel: Die Grenze liegt bei { $max }.
}
# The error summary's heading above a form. $count: how many problems.
ui-error-summary-title = { $count ->
    [one] Es gibt ein Problem
   *[other] Es gibt { $count } Probleme
}
# One line of the error summary: the field's label and its problem.
ui-error-summary-line = { $label }: { $detail }
# A topic picker's legend with its limit. $legend: e.g. "Interests"; $max: how many may be chosen.
ui-topics-legend-max = { $legend } (bis zu { $max })

## Markdown editor
ui-md-editor-view = Editoransicht
ui-md-write = Schreiben
ui-md-preview = Vorschau
ui-md-preview-empty = Noch nichts zur Vorschau.
ui-md-hint = Markdown wird unterstützt: **fett**, *kursiv*, [Link](https://…), Listen, > Zitate, `Code`.
# $count: characters typed; $max: the limit.
ui-md-count = { $count } / { $max } Zeichen
