# Entdecken: Gruppen finden (Suche, Filter, Sortierung), Empfehlungen, Gruppenkarten und der
# erste Besuch für Gäste und für Mitglieder ohne Gruppe.

## Die Seite und ihre Suche
discover-title = Gruppen entdecken
discover-search-label = Gruppen durchsuchen
discover-search-placeholder = Name, Zweck oder Thema
discover-filters-toggle = { $count ->
    [0] Filter
   *[other] Filter ({ $count })
}

## Filter und Sortierung
discover-filter-topic = Thema
discover-filter-region = Region
discover-filter-region-placeholder = Jede Region
discover-filter-visibility = Sichtbarkeit
discover-filter-size = Größe
discover-filter-activity = Aktivität
discover-sort = Sortieren nach
discover-topic-any = Jedes Thema
discover-visibility-any = Öffentlich und privat
discover-visibility-public = Öffentlich
discover-visibility-private = Privat
discover-size-any = Jede Größe
discover-size-small = Bis { $max }
discover-size-medium = { $min } bis { $max }
discover-size-large = Über { $min }
discover-activity-any = Jede Aktivität
discover-activity-week = Diese Woche aktiv
discover-activity-month = Diesen Monat aktiv
discover-activity-quiet = Seit einem Monat ruhig
discover-sort-active = Zuletzt aktiv
discover-sort-new = Neueste
discover-sort-members = Meiste Mitglieder
discover-sort-name = Name
discover-clear-filters = Filter zurücksetzen
discover-ignored = Einige Filter in diesem Link wurden nicht verstanden und werden ignoriert: { $names }.

## Ergebnisse
discover-results-matching = Passende Gruppen
discover-results-all = Alle Gruppen
discover-empty = Keine Gruppe passt. Versuch es mit weniger Filtern oder gründe die Gruppe, die du suchst.
discover-start-group = Gruppe gründen
discover-loading-groups = Gruppen werden geladen…
discover-show-more = Mehr Gruppen anzeigen

## Empfehlungen
discover-recommended = Für dich empfohlen
discover-loading-suggestions = Vorschläge werden geladen…
discover-recs-none = Noch keine Vorschläge.
discover-recs-choose-link = Wähle deine Interessen
discover-recs-choose-rest = , dann schlagen wir dir Gruppen vor, die sie teilen.

## Eine Gruppenkarte
discover-card-private = Privat
discover-card-unlisted = Nicht gelistet
discover-card-topics = Themen
discover-card-topic-link = Gruppen zum Thema { $topic }
discover-card-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
discover-card-quiet = Zuletzt ruhig · zuletzt aktiv { $ago }
discover-card-this-week = { $posts ->
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträge
    } und { $comments ->
        [one] { $comments } Kommentar
       *[other] { $comments } Kommentare
    } diese Woche
discover-card-events = { $count ->
    [one] { $count } anstehender Termin
   *[other] { $count } anstehende Termine
}
discover-card-reason = Weil du { $topics } folgst
discover-list-comma = { $rest }, { $next }
discover-list-and = { $rest } und { $last }

## Willkommen für Gäste
discover-welcome-active = Aktive Gruppen
discover-welcome-see-groups = Zu den Gruppen
discover-welcome-coming-up = Demnächst
discover-welcome-loading-events = Termine werden geladen…
discover-welcome-no-events = In den nächsten Wochen gibt es keine öffentlichen Termine.

## Ein Mitglied ohne Gruppe
discover-first-heading = Finde deine Leute
discover-first-text = Du bist noch in keiner Gruppe. Tritt einer bei, dann erscheinen ihre Beiträge und Termine hier.
discover-first-finding = Gruppen für dich werden gesucht…
discover-first-discover = Gruppen entdecken
discover-first-see-all = Alle Gruppen ansehen
discover-first-nothing = Noch nichts für dich dabei?
discover-first-start-text = Gründe die Gruppe, die du suchst: Das dauert nur eine Minute, und andere können sie hier finden.
