# Termine: Kalender, Terminseite und -formular, Terminserien und Antworten (src/features/events).

## Daten, wie der Kalender sie schreibt; Wochentags- und Monatsnamen kommen von Intl
events-long-date = { $weekday }, { $day }. { $month } { $year }
events-short-date = { $weekday } { $day }. { $month } { $year }
events-date-time = { $date }, { $time }
events-day-month = { $day }. { $month }

## Eine Kalenderadresse, die nicht verwendet werden konnte
events-bad-view = { $view ->
    [month] „{ $value }“ ist keine Kalenderansicht; der Monat wird angezeigt.
    [week] „{ $value }“ ist keine Kalenderansicht; die Woche wird angezeigt.
   *[agenda] „{ $value }“ ist keine Kalenderansicht; die Terminliste wird angezeigt.
}
events-bad-date = „{ $value }“ ist kein Datum, das wir anzeigen können; heute wird angezeigt.
events-bad-zone = „{ $value }“ ist keine Zeitzone, die dieser Browser kennt; { $zone } wird verwendet.

## Der Kalender
events-calendar-title = Kalender
events-view-month = Monat
events-view-week = Woche
events-view-agenda = Liste
events-views = Kalenderansicht
events-week-of = Woche ab { $date }
events-week-by-hour = Woche ab { $date }, nach Stunden
events-from = Ab { $date }
events-previous = Zurück
events-next = Weiter
events-today = Heute
events-today-date = Heute, { $date }
events-today-dot = Heute · { $date }
events-times-in = Zeiten in { $zone }
events-loading = Termine werden geladen…
events-cut-short = Nur die ersten { $count } Termine dieser Tage werden angezeigt: Es gibt mehr, als die App auf einmal lädt.
events-all-day = Ganztägig
events-all-day-events = Ganztägige Termine
events-continued = Forts.
events-chip = { $when } { $title }
events-chip-cancelled = { $when } { $title } (abgesagt)
events-day-label = { $count ->
    [0] { $date }
    [one] { $date }, { $count } Termin
   *[other] { $date }, { $count } Termine
}
events-more = +{ $count } weitere
events-day-empty = Keine Termine an diesem Tag.
events-agenda-empty = Keine Termine in diesen 30 Tagen.
events-close = Schließen
events-online = Online
events-cancelled = Abgesagt
events-aria-all-day = ganztägig { $date }
events-aria-all-day-days = ganztägig, { $start } bis { $end }
events-aria-times = { $date }, { $start }–{ $end }
events-aria-times-days = { $start_date } { $start } bis { $end_date } { $end }
events-aria-event = { $cancelled ->
    [yes] { $title }, { $when }, abgesagt
   *[no] { $title }, { $when }
}
events-aria-event-group = { $cancelled ->
    [yes] { $title }, { $when }, { $group }, abgesagt
   *[no] { $title }, { $when }, { $group }
}
events-calendar-log-in = Melde dich an
events-calendar-logged-out = , um die Termine deiner Gruppen in einem Kalender zu sehen, oder{ " " }
events-calendar-find-group = finde eine Gruppe

## Der Termine-Reiter einer Gruppe
events-tab-title = Termine
events-new = Neuer Termin
events-copied = Kopiert.
events-copy-failed = Kopieren fehlgeschlagen; markiere die Adresse und kopiere sie selbst.
events-subscribe-private = Kalender-Abos gibt es nur für öffentliche Gruppen. Öffne einen Termin, um ihn für deinen Kalender herunterzuladen.
events-subscribe = In deiner Kalender-App abonnieren
events-copy-link = Link kopieren

## Die Terminseite
events-event = Termin
events-back = ← Alle Termine der Gruppe
events-loading-event = Termin wird geladen…
events-not-found = Diesen Termin gibt es nicht, oder du kannst ihn nicht sehen.
events-when-all-day = { $date }, ganztägig
events-when-all-day-days = { $start } – { $end }, ganztägig
events-when-times = { $date }, { $start }–{ $end }
events-when-times-days = { $start_date } { $start } – { $end_date } { $end }
events-when-local = { $when } ({ $zone })
events-when-own = { $when } in { $zone }, der Zeitzone des Termins
events-count-going = { $count } dabei
events-count-maybe = { $count } vielleicht
events-count-waitlist = { $count } auf der Warteliste
events-count-full = { $capacity ->
    [one] voll ({ $capacity } Platz)
   *[other] voll ({ $capacity } Plätze)
}
events-count-left = { $left ->
    [one] { $left } von { $capacity } Plätzen frei
   *[other] { $left } von { $capacity } Plätzen frei
}
events-count-no-limit = unbegrenzt
events-cancelled-banner = Dieser Termin ist abgesagt.
events-organised-by = organisiert von { $name }
events-detached = Dieser Termin wurde einzeln geändert.
events-when = Wann
events-where = Wo
events-who = Wer
events-join-call = Am Videocall teilnehmen
events-join-to-answer = Tritt der Gruppe bei, um zu antworten.
events-log-in-to-answer = Melde dich an und tritt der Gruppe bei, um zu antworten.
events-download-ics = Zum Kalender hinzufügen (.ics)
events-file-name = termin
events-edit = Bearbeiten
events-edit-label = Termin bearbeiten
events-skip = Diesen Termin auslassen
events-cancel-event = Termin absagen
events-cancel-confirm-label = Diesen Termin absagen?
events-cancel-confirm = Diesen Termin absagen? Alle, die geantwortet haben, sehen, dass er ausfällt.
events-cancel-which = Welche Termine absagen? Alle, die geantwortet haben, sehen, dass sie ausfallen.
events-scope-this-date = Diesen Termin
events-scope-following = Diesen und alle folgenden Termine
events-cancel-these = Diese Termine absagen
events-cancel-the-event = Termin absagen
events-keep-it = Beibehalten
events-skip-confirm-label = Diesen Termin auslassen?
events-skip-confirm = Diesen Termin auslassen? Er wird aus der Serie genommen. Hat noch niemand geantwortet, wird er gelöscht; sonst bleibt er als abgesagt stehen, damit alle, die geantwortet haben, sehen, dass er ausfällt.
events-skip-the-date = Termin auslassen
events-attendees = Wer kommt
events-loading-answers = Antworten werden geladen…
events-attendees-going = Dabei ({ $count })
events-attendees-waitlist = Warteliste ({ $count })
events-attendees-maybe = Vielleicht ({ $count })
events-no-answers = Noch keine Antworten.
events-declined = { $count ->
    [one] { $count } Person kann nicht kommen.
   *[other] { $count } Personen können nicht kommen.
}

## Antworten
events-rsvp-label = Deine Antwort
events-rsvp-going = Bin dabei
events-rsvp-maybe = Vielleicht
events-rsvp-declined = Kann nicht
events-rsvp-join-waitlist = Auf die Warteliste
events-rsvp-on-waitlist = Auf der Warteliste
events-rsvp-status-going = Du bist dabei.
events-rsvp-status-maybe = Du kommst vielleicht.
events-rsvp-status-declined = Du hast abgesagt.
events-rsvp-status-waitlisted = Der Termin ist voll: Du bist Nummer { $position } auf der Warteliste und rückst automatisch nach, sobald ein Platz frei wird.
events-rsvp-offline = Du bist offline: Deine Antwort wartet in deinem Postausgang und wird gesendet, sobald du wieder online bist.
events-every-date = Bei allen Terminen dabei
events-every-date-help = Antwortet „dabei“ für jeden kommenden Termin dieser Serie und für später hinzugefügte. Einzelnen Terminen kannst du trotzdem absagen.
events-every-date-on = Du bist bei allen Terminen dabei.
events-every-date-on-count = { $count ->
    [one] Du bist bei allen Terminen dabei: { $count } Termin beantwortet.
   *[other] Du bist bei allen Terminen dabei: { $count } Termine beantwortet.
}
events-every-date-off = Du antwortest nicht mehr für alle Termine.
events-every-date-off-count = { $count ->
    [one] Du antwortest nicht mehr für alle Termine: Die Antwort für { $count } Termin wurde zurückgenommen.
   *[other] Du antwortest nicht mehr für alle Termine: Die Antworten für { $count } Termine wurden zurückgenommen.
}

## Das Terminformular
events-field-title = Titel
events-field-starts = Beginn
events-field-ends = Ende
events-field-time-zone = Zeitzone
events-field-location = Ort
events-field-online = Online-Link
events-field-capacity = Plätze
events-field-count = Anzahl der Termine
events-field-count-from-here = Anzahl der Termine ab diesem
events-field-until = Letzter Termin
events-field-repeats = Wiederholung
events-field-ends-repeating = Wiederholung endet
events-field-description = Beschreibung
events-all-day-event = Ganztägiger Termin
events-required-before = Mit
events-required-after = markierte Felder sind Pflichtfelder.
events-tz-help = Die Zeiten oben gelten in dieser Zeitzone; Mitglieder sehen sie in ihrer eigenen.
events-location-help = Wo ihr euch trefft. Leer lassen für Online-Termine.
events-online-help = Ein https://-Link zum Videocall, falls es einen gibt.
events-capacity-help = Wie viele Leute kommen können. Leer: unbegrenzt; wenn voll, kommen Antworten auf eine Warteliste.
events-count-help = Der erste Termin zählt mit.
events-count-from-here-help = Dieser Termin zählt mit.
events-until-help = Keine Termine nach diesem Tag.
events-next-dates = Nächste Termine:
events-preview-no-start = Wähle den Beginn, um die Termine zu sehen.
events-draft-new = Neuer Termin in { $group }
events-draft-edit = Änderung an „{ $title }“
events-capacity-error = Die Zahl der Plätze ist eine ganze Zahl ab 1, oder leer für unbegrenzt.
events-start-missing = Wähle, wann der Termin beginnt.
events-end-missing = Wähle, wann der Termin endet.
events-form-problems = Einige Felder brauchen Aufmerksamkeit; sieh dir die Hinweise daneben an.
events-scope-legend = Welche Termine ändern?
events-scope-this-only = Nur diesen Termin
events-scope-all = Alle Termine
events-scope-help = Um die Wiederholung zu ändern, wähle „{ events-scope-following }“ oder „{ events-scope-all }“.
events-create = Termin erstellen
events-save = Änderungen speichern
events-saving = Wird gespeichert…
events-cancel = Abbrechen

## Wiederholung
events-ends-never = Nie
events-ends-after = Nach einer Anzahl von Terminen
events-ends-on = An einem Datum
events-ordinal = { $day }.
events-preset-never = Keine Wiederholung
events-preset-weekly = Jede Woche
events-preset-weekly-on = Jede Woche am { $weekday }
events-preset-two-weeks = Alle zwei Wochen
events-preset-two-weeks-on = Alle zwei Wochen am { $weekday }
events-preset-monthly-weekday = Jeden Monat am gleichen Wochentag
events-preset-monthly-weekday-on = { $nth ->
    [1] Jeden Monat am ersten { $weekday }
    [2] Jeden Monat am zweiten { $weekday }
    [3] Jeden Monat am dritten { $weekday }
    [4] Jeden Monat am vierten { $weekday }
   *[other] Jeden Monat am fünften { $weekday }
}
events-preset-monthly-last = Jeden Monat am letzten gleichen Wochentag
events-preset-monthly-last-on = Jeden Monat am letzten { $weekday }
events-preset-monthly-date = Jeden Monat am gleichen Tag
events-preset-monthly-date-on = Jeden Monat am { events-ordinal }
events-preset-custom = Bisherige Regel beibehalten
events-preset-custom-rule = Bisherige Regel beibehalten ({ $rule })
events-note-skip-date = Monate ohne einen { events-ordinal } werden übersprungen.
events-note-skip-fifth = Monate ohne einen fünften { $weekday } werden übersprungen.
events-not-last-week = Der Beginn liegt nicht in der letzten Woche seines Monats, also ist er nicht der letzte { $weekday }: Wähle eine andere Wiederholung oder verschiebe den Beginn.
events-count-invalid = Gib die Anzahl der Termine an, eine ganze Zahl von 1 bis { $max }.
events-until-missing = Wähle den letzten Termin.
events-no-dates = Diese Regel ergibt ab dem Beginn keinen Termin: Ändere den Beginn oder die Regel.
events-every-day = { $interval ->
    [1] Täglich
   *[other] Alle { $interval } Tage
}
events-every-week = { $interval ->
    [1] Jede Woche
   *[other] Alle { $interval } Wochen
}
events-every-month = { $interval ->
    [1] Jeden Monat
   *[other] Alle { $interval } Monate
}
events-rule-on = { $every } am { $days }
events-rule-on-day = { $every } am { $day }.
events-rule-weekday = { $weekday }
events-rule-nth = { $nth ->
    [1] ersten { $weekday }
    [2] zweiten { $weekday }
    [3] dritten { $weekday }
    [4] vierten { $weekday }
   *[other] fünften { $weekday }
}
events-rule-nth-last = { $nth ->
    [1] letzten { $weekday }
    [2] vorletzten { $weekday }
    [3] drittletzten { $weekday }
    [4] viertletzten { $weekday }
   *[other] fünftletzten { $weekday }
}
events-list-more = { $list }, { $next }
events-list-and = { $list } und { $last }
events-rule-count = { $count ->
    [1] { $rule }, einmal
   *[other] { $rule }, { $count }-mal
}
events-rule-until = { $rule }, bis { $date }
events-repeats = Wiederholt sich { $rule }

## Probleme mit den Feldern eines Termins und seiner Wiederholungsregel
events-problem-title-required = Der Titel fehlt.
events-problem-line-chars = { $field ->
    [title] Der Titel darf keine Steuerzeichen, Zeilenumbrüche oder Textrichtungszeichen enthalten.
   *[location] Der Ort darf keine Steuerzeichen, Zeilenumbrüche oder Textrichtungszeichen enthalten.
}
events-problem-too-long = { $field ->
    [title] Der Titel darf höchstens { $max } Zeichen haben (er hat { $count }).
   *[location] Der Ort darf höchstens { $max } Zeichen haben (er hat { $count }).
}
events-problem-description-long = Die Beschreibung darf höchstens { $max } Zeichen haben.
events-problem-description-chars = Die Beschreibung darf keine Steuerzeichen enthalten (Zeilenumbrüche und Tabs sind in Ordnung).
events-problem-start-invalid = Der Beginn ist kein gültiges Datum mit Uhrzeit.
events-problem-end-invalid = Das Ende ist kein gültiges Datum mit Uhrzeit.
events-problem-start-range = Der Beginn muss zwischen 1970 und Ende 2199 liegen.
events-problem-end-range = Das Ende muss zwischen 1970 und Ende 2199 liegen.
events-problem-end-before-start = Das Ende muss nach dem Beginn liegen.
events-problem-event-days = { $days ->
    [one] Ein Termin darf höchstens { $days } Tag dauern.
   *[other] Ein Termin darf höchstens { $days } Tage dauern.
}
events-problem-unknown-zone = „{ $zone }“ ist keine bekannte Zeitzone.
events-problem-capacity = Es muss mindestens 1 Platz geben (leer lassen für unbegrenzt).
events-problem-link-scheme = Verwende einen Link, der mit http:// oder https:// beginnt.
events-problem-link-host = Dem Link fehlt der Host.
events-problem-link-spaces = Ein Link darf keine Leerzeichen enthalten.
events-problem-link-long = Der Link ist zu lang.
events-problem-interval = Der Abstand muss zwischen 1 und { $max } liegen.
events-problem-too-many-days = Höchstens 7 Wochentage.
events-problem-bad-day = Ein Wochentag ist MO, TU, WE, TH, FR, SA oder SU, bei monatlichen Regeln nummeriert von -5 bis 5 (1TH, -1FR).
events-problem-numbered-monthly = Nummerierte Wochentage (wie 1TH) gibt es nur bei monatlichen Regeln.
events-problem-day-twice = Dieser Wochentag steht doppelt da.
events-problem-count-range = Die Anzahl der Termine muss zwischen 1 und { $max } liegen.
events-problem-count-and-until = Gib entweder ein Enddatum oder eine Anzahl von Terminen an, nicht beides.
events-problem-until-format = Das Enddatum muss eine RFC-3339-Zeitangabe sein.
events-problem-until-range = Das Enddatum muss zwischen 1970 und 2199 liegen.
events-problem-until-before = Das Enddatum liegt vor dem ersten Termin.
