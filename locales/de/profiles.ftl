# Mitgliederprofile (src/features/profiles).
profiles-loading = Profil wird geladen …
profiles-not-found = Es gibt kein Mitglied mit diesem Namen.
profiles-discover = Gruppen entdecken
profiles-member-since = Mitglied seit { $date }
profiles-edit = Dein Profil bearbeiten
profiles-interests = Interessen
profiles-your-groups = Deine Gruppen
profiles-shared-groups = Gemeinsame Gruppen
profiles-none = Keine.
profiles-recent-heading = Neueste Beiträge und Kommentare
profiles-recent-empty = Noch nichts, was du sehen kannst.
# Ein Eintrag: „Veröffentlichte <Beitragstitel> in <Gruppe>“; Titel und Gruppe sind Links dazwischen.
profiles-posted = Veröffentlichte
profiles-commented-on = Kommentierte
profiles-activity-in = in
profiles-report-heading = Dieses Mitglied melden
profiles-report-to = An die Moderatoren von
