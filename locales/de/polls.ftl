# Terminumfragen (src/features/polls): Liste, neue Umfrage, Antworten, wer kommen kann, Veranstaltung daraus machen.

## Antworten
polls-answer-yes = Ja
polls-answer-if-need-be = Wenn nötig
polls-answer-no = Nein
# Wird in der Ergebnistabelle statt der Zeichen ✓, (✓), ✗ und – vorgelesen.
polls-mark-yes = ja
polls-mark-if-need-be = wenn nötig
polls-mark-no = nein
polls-mark-none = keine Antwort
polls-tally = { $yes } ja · { $maybe } wenn nötig · { $no } nein

## Zeit einer Option (Datum und Uhrzeiten formatiert der Browser)
polls-when-one-day = { $date }, { $start }–{ $end }
polls-when-two-days = { $start_date }, { $start } – { $end_date }, { $end }
polls-heading-until = { $start } – { $end_date }, { $end }
polls-unknown-time = Unbekannte Zeit

## Die Umfragen einer Gruppe
polls-list-suffix = Terminumfragen
polls-none-yet = Noch keine Terminumfragen.
polls-start-one = Starte eine, um den Termin zu finden, der den meisten passt.
polls-intro = Finde gemeinsam mit anderen einen Termin: Schlag ein paar vor, die Mitglieder antworten mit Ja, Wenn nötig oder Nein, und der beste wird zur Veranstaltung.
polls-who-all = Jedes Mitglied dieser Gruppe darf eine Terminumfrage starten.
polls-who-leaders = In dieser Gruppe starten Moderatoren und Inhaber die Terminumfragen.
polls-change-in-settings = Ändere das in den Einstellungen der Gruppe
polls-new-poll = Neue Terminumfrage
polls-log-in = Melde dich an
polls-login-to-answer = und tritt der Gruppe bei, um auf ihre Umfragen zu antworten.
polls-loading-list = Terminumfragen werden geladen …
polls-show-more = Weitere Terminumfragen anzeigen
polls-card-closed = Ist eine Veranstaltung geworden
polls-card-open = Offen
polls-card-dates = { $count ->
    [one] { $count } Termin
   *[other] { $count } Termine
}
polls-card-answered = { $count ->
    [one] { $count } Mitglied hat geantwortet
   *[other] { $count } Mitglieder haben geantwortet
}
polls-card-by = von { $name }

## Eine Umfrage starten
polls-new-suffix = neue Terminumfrage
polls-draft-label = Neue Terminumfrage in { $group }
polls-not-allowed-heading = Hier kannst du keine Terminumfrage starten
polls-not-allowed-archived = Diese Gruppe ist archiviert: Darin kann nichts Neues gestartet werden.
polls-not-allowed-visitor = Melde dich an und tritt der Gruppe bei, um eine Terminumfrage zu starten.
polls-not-allowed-not-member = Tritt der Gruppe bei, um eine Terminumfrage zu starten.
polls-not-allowed-role = In dieser Gruppe starten Moderatoren und Inhaber die Terminumfragen.
polls-or-go = oder geh
polls-back-to-polls = zurück zu den Terminumfragen der Gruppe
polls-required-before = Mit
polls-required-after = markierte Felder sind Pflichtfelder.
polls-field-title = Titel
polls-title-placeholder = z. B. Herbstwanderung: welches Wochenende?
polls-field-dates = Termine
polls-dates-legend = Termine zur Auswahl
polls-dates-help = Zwischen { $min } und { $max } Terminen; bisher { $count }.
polls-add-date = Termin hinzufügen
polls-field-time-zone = Zeitzone
polls-time-zone-help = Die Termine oben gelten in dieser Zeitzone; die Mitglieder sehen sie in ihrer eigenen.
polls-field-description = Beschreibung
polls-description-placeholder = Worum geht es? Die Mitglieder sehen das über den Terminen.
polls-start = Umfrage starten
polls-starting = Wird gestartet …
polls-fix-fields = Einige Felder brauchen deine Aufmerksamkeit; sieh dir die Hinweise daneben an.
polls-row-legend = Termin { $n }
polls-row-day = Tag
polls-row-from = Von
polls-row-to = Bis
polls-row-remove = Entfernen
polls-row-remove-label = Termin { $n } entfernen
polls-choose-date = Wähle ein Datum.
polls-choose-start = Wähle eine Anfangszeit.
polls-choose-end = Wähle eine Endzeit.
polls-end-after-start = Das Ende muss nach dem Anfang liegen.
polls-row-problem = Termin { $n }: { $problem }

## Die Einstellung der Gruppe (Inhaber)
polls-setting-heading = Terminumfragen
polls-setting-label = Jedes Mitglied darf eine Terminumfrage starten
polls-setting-help = Sonst starten nur Moderatoren und Inhaber sie. Nur Inhaber können das ändern.
polls-setting-saved-all = Gespeichert: Jedes Mitglied darf eine Terminumfrage starten.
polls-setting-saved-leaders = Gespeichert: Nur Moderatoren und Inhaber starten Terminumfragen.

## Eine Umfrage
polls-page-title = Terminumfrage
polls-back-link = ← Alle Terminumfragen der Gruppe
polls-loading-poll = Terminumfrage wird geladen …
polls-not-found = Diese Terminumfrage gibt es nicht, oder du kannst sie nicht sehen.
polls-zone-note = Die Zeiten werden in deiner Zeitzone ({ $mine }) angezeigt; geplant wurde die Umfrage in { $zone }.
polls-became-event = Aus dieser Umfrage ist eine Veranstaltung geworden.
polls-see-event = Zur Veranstaltung
polls-proposed-by = vorgeschlagen von { $name }
polls-dates-heading = Termine
polls-answers-summary =
    { $dates ->
        [one] { $dates } Termin
       *[other] { $dates } Termine
    } · { $voters ->
        [one] { $voters } Mitglied hat geantwortet
       *[other] { $voters } Mitglieder haben geantwortet
    }
polls-why-not-visitor = Melde dich an und tritt der Gruppe bei, um zu antworten.
polls-why-not-member = Tritt der Gruppe bei, um zu antworten.
polls-why-not-closed = Die Antworten sind geschlossen.
polls-most-can-come = Passt den meisten
polls-make-event = Veranstaltung daraus machen
polls-your-answer = Deine Antwort
polls-your-answer-for = für { $when }
polls-note-saving = Wird gespeichert …
polls-note-waiting = Wartet auf das Senden
polls-note-none = Noch nicht beantwortet
polls-queued = Du bist offline: Deine Antworten warten in deinem Postausgang und werden gesendet, sobald du wieder online bist.
polls-waiting-sent = Deine wartenden Antworten wurden gesendet.
polls-answer-saved = Deine Antwort ist gespeichert.

## Wer kann kommen
polls-who-heading = Wer kann kommen
polls-members-only = Nur die Mitglieder der Gruppe sehen, wer was geantwortet hat.
polls-loading-answers = Antworten werden geladen …
polls-nobody-answered = Noch hat niemand geantwortet.
polls-best = Am besten
polls-results-label = Antworten nach Mitglied und Termin
polls-results-caption = Die Antwort jedes Mitglieds pro Termin: ✓ ja, (✓) wenn nötig, ✗ nein, – nicht beantwortet. Der beste Termin ist markiert.
polls-results-member = Mitglied
polls-results-totals = Ja (wenn nötig)
polls-results-legend = ✓ ja · (✓) wenn nötig · ✗ nein · – keine Antwort
polls-results-cut-short = Nur die ersten Antworten werden angezeigt: Es sind zu viele für eine Liste.
polls-results-partial = Einige Antworten konnten nicht geladen werden: { $error }

## Veranstaltung daraus machen
polls-event-when = Wann:
polls-event-planned-in = (geplant in { $zone })
polls-event-who = Mit Ja geantwortet: { $yes ->
        [one] { $yes } Mitglied wird
       *[other] { $yes } Mitglieder werden
    } als „dabei“ eingetragen (über der Kapazität auf der Warteliste). Mit Wenn nötig geantwortet: { $maybe ->
        [one] { $maybe } Mitglied wird
       *[other] { $maybe } Mitglieder werden
    } als „vielleicht“ eingetragen. Sie werden benachrichtigt, und die Umfrage wird geschlossen.
polls-event-location = Ort
polls-event-location-help = Wo ihr euch trefft. Leer lassen bei Online-Veranstaltungen.
polls-event-online = Online-Link
polls-event-online-help = Ein https://-Link zum Videoanruf, falls es einen gibt.
polls-event-capacity = Kapazität
polls-event-capacity-help = Wie viele Leute kommen können. Leer: keine Grenze; darüber hinaus kommen Zusagen auf eine Warteliste.
polls-event-create = Veranstaltung erstellen
polls-event-creating = Wird erstellt …
polls-cancel = Abbrechen
