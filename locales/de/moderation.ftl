# Moderation (src/features/moderation): Meldungen, Beitrittsanfragen, Mitglieder mit Rollen,
# Stummschaltungen und Sperren, Richtlinien, Moderationsprotokoll, Gruppengesundheit, Melden.

## Die Moderationsseite und ihre Tabs
mod-page-suffix = Moderation
mod-tools-nav = Moderationswerkzeuge
mod-tab-reports = Meldungen
mod-tab-requests = Beitrittsanfragen
mod-tab-members = Mitglieder
mod-tab-guidelines = Richtlinien
mod-tab-log = Protokoll
mod-tab-health = Gesundheit
mod-ignored-settings = Einige Einstellungen in diesem Link wurden nicht verstanden und werden ignoriert: { $names }.
mod-list-separator = { ", " }
mod-not-allowed = Kein Zugriff
mod-not-allowed-text = Nur die Moderator*innen und Eigentümer*innen dieser Gruppe können ihre Moderationswerkzeuge nutzen.
mod-not-allowed-log-in = Melde dich an
mod-not-allowed-or-go = – falls du diese Gruppe moderierst – oder geh
mod-not-allowed-back = zurück zur Gruppe

## Von den Tabs gemeinsam genutzt
mod-not-done = Nicht erledigt: { $problem }
mod-already-handled = Jemand anderes aus dem Moderationsteam hat das bereits erledigt.
mod-reason-label = Grund (wird im Moderationsprotokoll festgehalten)
mod-cancel = Abbrechen
mod-role-owner = Eigentümer*in
mod-role-moderator = Moderator*in
mod-role-member = Mitglied

## Wie lange eine Stummschaltung oder Sperre dauert
mod-expiry-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
mod-expiry-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
mod-expiry-permanent = Bis zur Aufhebung (nur Sperren)
mod-expiry-custom = Bis zu einem Datum …
mod-expiry-ends-on = Endet am (UTC)
mod-expiry-mute-needs-end = Eine Stummschaltung braucht ein Ende: Wähle eine Dauer oder ein Datum.
mod-expiry-choose-date = Wähle das Datum, an dem die Maßnahme endet.
mod-expiry-past = Das Enddatum muss in der Zukunft liegen.
mod-expiry-too-far = Das Enddatum liegt zu weit entfernt (höchstens fünf Jahre).
mod-muted-minutes = { $count ->
    [one] noch { $count } Minute stummgeschaltet
   *[other] noch { $count } Minuten stummgeschaltet
}
mod-muted-hours = { $count ->
    [one] noch { $count } Stunde stummgeschaltet
   *[other] noch { $count } Stunden stummgeschaltet
}
mod-muted-days = { $count ->
    [one] noch { $count } Tag stummgeschaltet
   *[other] noch { $count } Tage stummgeschaltet
}
mod-banned-minutes = { $count ->
    [one] noch { $count } Minute gesperrt
   *[other] noch { $count } Minuten gesperrt
}
mod-banned-hours = { $count ->
    [one] noch { $count } Stunde gesperrt
   *[other] noch { $count } Stunden gesperrt
}
mod-banned-days = { $count ->
    [one] noch { $count } Tag gesperrt
   *[other] noch { $count } Tage gesperrt
}
mod-muted-until-lifted = stummgeschaltet bis zur Aufhebung
mod-banned-until-lifted = gesperrt bis zur Aufhebung
mod-ban-ended = Sperre beendet

## Probleme mit Eingaben (dieselben Regeln wie auf dem Server)
mod-problem-reason-short = { $min ->
    [one] Der Grund braucht mindestens { $min } Zeichen.
   *[other] Der Grund braucht mindestens { $min } Zeichen.
}
mod-problem-reason-required = Bitte gib einen Grund an.
mod-problem-reason-long = Der Grund darf höchstens { $max } Zeichen haben (er hat { $count }).
mod-problem-reason-chars = Der Grund darf keine Steuerzeichen enthalten (Zeilenumbrüche und Tabs sind in Ordnung).
mod-problem-guidelines-long = Die Richtlinien dürfen höchstens { $max } Zeichen haben.
mod-problem-guidelines-chars = Die Richtlinien dürfen keine Steuerzeichen enthalten (Zeilenumbrüche und Tabs sind in Ordnung).
mod-problem-only-ban-ends = Nur eine Sperre hat ein Ende.
mod-problem-bad-time = Kein gültiges Datum mit Uhrzeit.
mod-problem-end-past = Das Ende muss in der Zukunft liegen.
mod-problem-end-far = Das Ende liegt zu weit entfernt.
mod-problem-mute-needs-end = Eine Stummschaltung braucht ein Ende.
mod-problem-may-not-ban = Moderator*innen dürfen keine Moderator*innen oder Eigentümer*innen sperren; Eigentümer*innen sperrt niemand.
mod-problem-may-not-sanction = Moderator*innen dürfen gegen Moderator*innen oder Eigentümer*innen keine Maßnahmen verhängen; gegen Eigentümer*innen niemand.
mod-problem-sanctions = Du darfst die Maßnahmen gegen dieses Mitglied nicht ändern.
mod-problem-members-no-action = Diese Aktion gilt für Beiträge und Kommentare, nicht für Mitglieder.
mod-problem-moderators-only = Das dürfen nur die Moderator*innen und Eigentümer*innen der Gruppe.
mod-problem-owners-only = Das dürfen nur die Eigentümer*innen der Gruppe.

## Die Meldungsliste
mod-report-status-nav = Status der Meldungen
mod-report-open = Offen
mod-report-resolved = Erledigt
mod-report-none-open = Keine offenen Meldungen. Alles in Ordnung!
mod-report-none-resolved = Noch keine erledigten Meldungen.
mod-report-more = Weitere Meldungen anzeigen
mod-report-stale = Inzwischen sind neue Meldungen zu diesem Eintrag eingegangen; die Liste wurde aktualisiert – sieh sie dir noch einmal an.
mod-report-heading-post = Gemeldeter Beitrag · { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}
mod-report-heading-comment = Gemeldeter Kommentar · { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}
mod-report-heading-member = Gemeldetes Mitglied · { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}
mod-context-post = Beitrag in { $group } von { $author } · { $when }
mod-context-removed = entfernt
mod-context-locked = gesperrt
mod-context-reply-to = Antwort auf { $name }:
mod-context-comment = Kommentar von { $name } · { $when }
mod-context-member = Mitglied von { $group }
mod-quoted-title = „{ $title }“
mod-open-post = Beitrag öffnen
mod-report-reasons = Meldungen
mod-ban-length = Dauer der Sperre
mod-action-remove = Entfernen
mod-action-restore = Wiederherstellen
mod-action-lock = Beitrag sperren
mod-action-ban-author = Autor*in sperren
mod-action-ban-member = Mitglied sperren
mod-action-dismiss = Verwerfen
mod-target-post = der Beitrag „{ $title }“
mod-target-untitled = Beitrag ohne Titel
mod-target-comment = der Kommentar von { $name }
mod-target-someone = jemandem
mod-target-member = das Mitglied @{ $username }
mod-report-done = { $action ->
    [remove] Entfernt: { $target }.
    [restore] Wiederhergestellt: { $target }.
    [lock] Gesperrt: { $target }.
    [ban] Gesperrt: { $target }.
   *[dismiss] Verworfen: { $target }.
}
mod-resolved-by = { $action ->
    [remove] Entfernt von { $name } { $when }
    [restore] Wiederhergestellt von { $name } { $when }
    [lock] Gesperrt von { $name } { $when }
    [ban] Gesperrt von { $name } { $when }
   *[dismiss] Verworfen von { $name } { $when }
}

## Der Melden-Knopf bei Beiträgen, Kommentaren und Mitgliedern
mod-report = Melden
mod-report-hidden = { $what ->
    [post] (dieser Beitrag)
    [comment] (dieser Kommentar)
   *[member] (dieses Mitglied)
}
mod-report-why = { $what ->
    [post] Warum meldest du diesen Beitrag?
    [comment] Warum meldest du diesen Kommentar?
   *[member] Warum meldest du dieses Mitglied?
}
mod-report-help = Nur das Moderationsteam der Gruppe sieht Meldungen.
mod-report-send = Meldung senden
mod-report-thanks = Danke! Das Moderationsteam sieht es sich an (bisher { $count ->
        [one] { $count } Meldung
       *[other] { $count } Meldungen
    }).

## Beiträge und Kommentare dort entfernen oder wiederherstellen, wo man sie liest
mod-remove-hidden = { $what ->
    [post] (dieser Beitrag)
   *[comment] (dieser Kommentar)
}
mod-remove-why = { $what ->
    [post] Warum entfernst du diesen Beitrag? (für das Moderationsprotokoll)
   *[comment] Warum entfernst du diesen Kommentar? (für das Moderationsprotokoll)
}
mod-restore-why = { $what ->
    [post] Warum stellst du diesen Beitrag wieder her? (für das Moderationsprotokoll)
   *[comment] Warum stellst du diesen Kommentar wieder her? (für das Moderationsprotokoll)
}
mod-remove-what = { $what ->
    [post] Beitrag entfernen
   *[comment] Kommentar entfernen
}
mod-restore-what = { $what ->
    [post] Beitrag wiederherstellen
   *[comment] Kommentar wiederherstellen
}

## Beitrittsanfragen
mod-join-public = Diese Gruppe ist öffentlich: Alle können ohne Anfrage beitreten.
mod-join-none = Keine offenen Beitrittsanfragen.
mod-join-approved = Angenommen: { $name } ist jetzt Mitglied.
mod-join-denied = Anfrage von { $name } abgelehnt.
mod-join-asked = hat { $when } angefragt
mod-join-message-label = Nachricht an { $name } (optional)
mod-join-approve = Annehmen
mod-join-approve-label = { $name } annehmen
mod-join-deny = Ablehnen
mod-join-deny-label = { $name } ablehnen

## Mitglieder, Rollen, Stummschaltungen und Sperren
mod-current-members = Aktuelle Mitglieder
mod-no-members = Keine Mitglieder.
mod-more-members = Weitere Mitglieder anzeigen
mod-banned-heading = Gesperrt
mod-nobody-banned = Niemand ist gesperrt.
mod-role-now = { $role ->
    [owner] { $name } ist jetzt ebenfalls Eigentümer*in.
    [moderator] { $name } ist jetzt Moderator*in.
   *[member] { $name } ist jetzt Mitglied.
}
mod-transferred = { $name } gehört jetzt die Gruppe; du bist eine*r ihrer Moderator*innen.
mod-muted-name = { $name } stummgeschaltet.
mod-banned-name = { $name } gesperrt.
mod-unmuted-name = Stummschaltung von { $name } aufgehoben.
mod-unbanned-name = Sperre von { $name } aufgehoben.
mod-make-moderator = Zur Moderation ernennen
mod-make-moderator-label = Zur Moderation ernennen: { $name }
mod-revoke-moderator = Moderation entziehen
mod-revoke-moderator-label = Moderation entziehen: { $name }
mod-unmute = Stummschaltung aufheben
mod-unmute-label = Stummschaltung von { $name } aufheben
mod-unban = Sperre aufheben
mod-unban-label = Sperre von { $name } aufheben
mod-mute-or-ban = { $name } stummschalten oder sperren
mod-member-joined = { $when } beigetreten
mod-ban-by = von { $name }:
mod-make-co-owner = Zur Miteigentümer*in machen
mod-make-co-owner-label = Zur Miteigentümer*in machen: { $name }
mod-co-owner-confirm = { $name } ebenfalls zur Eigentümer*in machen? Eigentümer*innen können die Rolle jedes Mitglieds ändern und die Gruppe archivieren.
mod-transfer = Eigentum übertragen
mod-transfer-label = Eigentum an { $name } übertragen
mod-transfer-confirm = Die Gruppe an { $name } übergeben? { $name } wird Eigentümer*in und du eine*r der Moderator*innen; nur Eigentümer*innen können dich wieder zur Eigentümer*in machen.
mod-sanction-legend = Maßnahme
mod-sanction-mute = Stummschalten: kann lesen und reagieren, aber nichts posten oder kommentieren
mod-sanction-ban = Sperren: wird aus der Gruppe entfernt und kann nicht wieder beitreten
mod-sanction-length = Wie lange
mod-apply = Anwenden

## Richtlinien
mod-guidelines-help = Mitglieder sehen sie beim Beitreten und neben dem Beitragsformular.
mod-guidelines-see-about = Auf der Info-Seite ansehen
mod-guidelines-edit = Richtlinien bearbeiten
mod-guidelines-draft = Richtlinien von { $group }
mod-guidelines-label = Richtlinien
mod-guidelines-save = Richtlinien speichern
mod-guidelines-saved = Richtlinien gespeichert.
mod-guidelines-stale = { $problem } Wenn du noch einmal speicherst, ersetzt deine Fassung die andere.

## Das Moderationsprotokoll
mod-log-filter-label = Protokoll filtern
mod-log-moderator = Moderator*in
mod-log-moderator-placeholder = Benutzername
mod-log-action = Aktion
mod-log-any-action = Alle Aktionen
mod-log-target = Ziel
mod-log-target-placeholder = member:carol, post …
mod-log-from = Von
mod-log-to = Bis (einschließlich)
mod-log-apply = Filter anwenden
mod-log-clear = Filter zurücksetzen
mod-log-check-filters = Prüfe diese Filter: { $names }.
mod-log-list = Moderationsprotokoll
mod-log-none = Noch nichts im Protokoll.
mod-log-none-filtered = Keine Einträge passen zu diesen Filtern.
mod-log-more = Ältere Einträge anzeigen
mod-log-kind = { $kind ->
    [post_removed] hat einen Beitrag entfernt
    [post_restored] hat einen Beitrag wiederhergestellt
    [post_locked] hat einen Beitrag gesperrt
    [post_unlocked] hat einen Beitrag entsperrt
    [post_pinned] hat einen Beitrag angeheftet
    [post_unpinned] hat einen Beitrag losgelöst
    [comment_removed] hat einen Kommentar entfernt
    [comment_restored] hat einen Kommentar wiederhergestellt
    [member_muted] hat ein Mitglied stummgeschaltet
    [member_unmuted] hat eine Stummschaltung aufgehoben
    [member_banned] hat ein Mitglied gesperrt
    [member_unbanned] hat eine Sperre aufgehoben
    [role_changed] hat eine Rolle geändert
    [join_approved] hat eine Beitrittsanfrage angenommen
    [join_denied] hat eine Beitrittsanfrage abgelehnt
    [report_dismissed] hat eine Meldung verworfen
    [group_updated] hat die Gruppe geändert
    [guidelines_updated] hat die Richtlinien geändert
    [group_archived] hat die Gruppe archiviert
    [resource_added] hat eine Ressource hinzugefügt
    [resource_updated] hat eine Ressource geändert
    [resource_removed] hat eine Ressource entfernt
   *[event_cancelled] hat ein Event abgesagt
}
mod-log-entry = { $kind ->
    [post_removed] { $actor } hat einen Beitrag entfernt: { $target }
    [post_restored] { $actor } hat einen Beitrag wiederhergestellt: { $target }
    [post_locked] { $actor } hat einen Beitrag gesperrt: { $target }
    [post_unlocked] { $actor } hat einen Beitrag entsperrt: { $target }
    [post_pinned] { $actor } hat einen Beitrag angeheftet: { $target }
    [post_unpinned] { $actor } hat einen Beitrag losgelöst: { $target }
    [comment_removed] { $actor } hat einen Kommentar entfernt: { $target }
    [comment_restored] { $actor } hat einen Kommentar wiederhergestellt: { $target }
    [member_muted] { $actor } hat ein Mitglied stummgeschaltet: { $target }
    [member_unmuted] { $actor } hat eine Stummschaltung aufgehoben: { $target }
    [member_banned] { $actor } hat ein Mitglied gesperrt: { $target }
    [member_unbanned] { $actor } hat eine Sperre aufgehoben: { $target }
    [role_changed] { $actor } hat eine Rolle geändert: { $target }
    [join_approved] { $actor } hat eine Beitrittsanfrage angenommen: { $target }
    [join_denied] { $actor } hat eine Beitrittsanfrage abgelehnt: { $target }
    [report_dismissed] { $actor } hat eine Meldung verworfen: { $target }
    [group_updated] { $actor } hat die Gruppe geändert: { $target }
    [guidelines_updated] { $actor } hat die Richtlinien geändert: { $target }
    [group_archived] { $actor } hat die Gruppe archiviert: { $target }
    [resource_added] { $actor } hat eine Ressource hinzugefügt: { $target }
    [resource_updated] { $actor } hat eine Ressource geändert: { $target }
    [resource_removed] { $actor } hat eine Ressource entfernt: { $target }
   *[event_cancelled] { $actor } hat ein Event abgesagt: { $target }
}

## Gruppengesundheit
mod-health-loading = Zahlen werden geladen …
mod-health-no-activity = Bisher gab es keine Aktivität.
mod-health-active-today = Letzte Aktivität: heute.
mod-health-active-ago = Letzte Aktivität: vor { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
    }.
mod-percent = { $value } %
mod-engagement = { $count ->
    [one] Beteiligung: ob das { $count } Mitglied der Gruppe in den letzten vier Wochen aktiv war.
   *[other] Beteiligung: der Anteil der { $count } Mitglieder der Gruppe, die in den letzten vier Wochen aktiv waren.
}
mod-health-quiet-heading = In dieser Gruppe ist es still geworden
mod-health-quiet-text = { $count ->
    [one] Weniger als { $count } Beitrag oder Kommentar in den letzten zwei Wochen. Ein kleiner Anstoß holt die Leute oft zurück:
   *[other] Weniger als { $count } Beiträge und Kommentare in den letzten zwei Wochen. Ein kleiner Anstoß holt die Leute oft zurück:
}
mod-prompt-topic = Wie bist du zu { $topic } gekommen, und was hält dich dabei?
mod-prompt-meetup = Was sollte unser nächstes Treffen sein? Teilt eure Ideen
mod-prompt-introduce = Stell dich vor: Was möchtest du von dieser Gruppe haben?
mod-prompt-link = Eine Diskussionsfrage posten: „{ $prompt }“
mod-health-schedule = Ein Event planen
mod-overlap-heading = Gruppen, die sich mit dieser überschneiden
mod-overlap-help = Sie teilen Themen und Mitglieder mit dieser Gruppe. Wenn ihr dasselbe abdeckt, sprich mit ihren Leitenden über eine Zusammenlegung oder gemeinsame Events, damit sich die Mitglieder nicht auf mehrere Gruppen verteilen.
mod-overlap-facts = { $shared ->
    [one] { $shared } gemeinsames Mitglied
   *[other] { $shared } gemeinsame Mitglieder
    } (von ihren { $total }), gemeinsame Themen: { $topics }

## Die Wochendiagramme
mod-series-posts = Beiträge
mod-series-comments = Kommentare
mod-series-active = Aktive Mitglieder
mod-series-new = Neue Mitglieder
mod-series-rsvps = Zusagen
mod-chart-per-week = { $label } pro Woche
mod-chart-summary = { $label } pro Woche, { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
    } ab { $from }: insgesamt { $total }, Höchstwert { $peak } (Woche vom { $peak_week }), diese Woche bisher { $last }.
mod-chart-no-data = { $label }: keine Daten.
mod-chart-bar = { $week }: { $value }
mod-chart-tick-date = { $date }
mod-chart-table = Als Tabelle anzeigen
mod-chart-table-of = : { $label }
mod-chart-week-of = Woche vom

## Die Serien einer stillen Gruppe pausieren
mod-pause-heading = In dieser Gruppe war es still. Eine Serie pausieren?
mod-pause-help = Eine pausierte Serie plant keine neuen Termine, und ihre kommenden Termine, auf die niemand geantwortet hat, werden entfernt. Setze sie fort, wenn die Gruppe wieder in Schwung kommt.
mod-series-repeating = Wiederholt sich
mod-series-paused = Pausiert
mod-series-next = Nächster Termin: { $date }, { $time }
mod-series-no-date = Kein Termin geplant
mod-series-pause = Pausieren
mod-series-resume = Fortsetzen
mod-series-pause-label = „{ $title }“ pausieren
mod-series-resume-label = „{ $title }“ fortsetzen
mod-rule-daily = { $n ->
    [one] Jeden Tag
   *[other] Alle { $n } Tage
}
mod-rule-daily-on = { $n ->
    [one] Jeden Tag am { $days }
   *[other] Alle { $n } Tage am { $days }
}
mod-rule-weekly-on = { $n ->
    [one] Jede Woche am { $days }
   *[other] Alle { $n } Wochen am { $days }
}
mod-rule-monthly-day = { $n ->
    [one] Jeden Monat am { $day }.
   *[other] Alle { $n } Monate am { $day }.
}
mod-rule-monthly-on = { $n ->
    [one] Jeden Monat am { $days }
   *[other] Alle { $n } Monate am { $days }
}
mod-rule-nth = { $n ->
    [1] ersten { $day }
    [2] zweiten { $day }
    [3] dritten { $day }
    [4] vierten { $day }
   *[5] fünften { $day }
}
mod-rule-nth-last = { $n ->
    [1] letzten { $day }
    [2] vorletzten { $day }
    [3] drittletzten { $day }
    [4] viertletzten { $day }
   *[5] fünftletzten { $day }
}
mod-rule-and = { $first } und { $last }
