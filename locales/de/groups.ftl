# Groups: the frame of every group page (header, joining, tabs), the about page with its
# resources shelf, the member list and starting a new group (src/features/groups).

## The frame of every group page
# The page's heading: the group's name, alone or with the page's section ("Hiking · about").
groups-page-title = { $name }
groups-page-title-section = { $name } · { $section }
groups-loading = Gruppe wird geladen…
groups-not-found = Unter dieser Adresse gibt es keine Gruppe. Vielleicht wurde sie umbenannt oder archiviert.
groups-discover = Gruppen entdecken
groups-member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
groups-visibility-public = Öffentliche Gruppe
groups-visibility-private = Private Gruppe
groups-visibility-unlisted = Nicht gelistete Gruppe
groups-archived-note = archiviert (nur lesen)
# A member's link to the group's notification setting; $level: e.g. "Everything".
groups-notify-link = Benachrichtigungen: { $level }
groups-tabs-label = Bereiche der Gruppe
groups-tab-feed = Feed
groups-tab-events = Termine
groups-tab-polls = Terminumfragen
groups-tab-members = Mitglieder
groups-tab-about = Info
groups-tab-moderation = Moderation

## Joining and leaving
groups-join-request = Beitritt anfragen
groups-join = Beitreten
groups-join-withdraw = Anfrage zurückziehen
groups-join-leave-owner = Verlassen (Inhaber)
groups-join-leave = Verlassen
# The join button's accessible name, with the group's name.
groups-join-request-aria = Beitritt zu { $name } anfragen
groups-join-aria = { $name } beitreten
groups-join-withdraw-aria = Anfrage an { $name } zurückziehen
groups-join-leave-owner-aria = { $name } verlassen (Inhaber)
groups-join-leave-aria = { $name } verlassen
groups-join-log-in = Zum Beitreten anmelden
groups-join-request-sent = Anfrage gesendet
groups-leave-question = { $name } verlassen?
groups-leave-private = Die Gruppe ist privat: Um zurückzukommen, musst du erneut anfragen.
groups-leave-confirm = Gruppe verlassen
groups-leave-stay = Bleiben
groups-join-message = Nachricht an die Moderation (optional)
groups-join-send = Anfrage senden
groups-cancel = Abbrechen
groups-sole-owner-link = Wähle unter Moderation → Mitglieder eine andere Inhaberin oder einen anderen Inhaber
groups-joined-welcome = Du bist { $name } beigetreten. Willkommen!
groups-guidelines-summary = Bitte lies die Richtlinien der Gruppe

## About page
groups-about-suffix = Info
groups-about-notifications = Benachrichtigungen
groups-about-guidelines = Richtlinien
groups-about-no-guidelines = Diese Gruppe hat noch keine Richtlinien. Sei freundlich und bleib beim Thema.
groups-about-facts = Über diese Gruppe
# Followed by the group's topics.
groups-about-topics = Themen:
# Followed by the group's region.
groups-about-region = Region:
# $date: the day the group was started, e.g. "12 Mar 2026".
groups-about-started = Gegründet am { $date }
groups-resources = Ressourcen
groups-resources-loading = Ressourcen werden geladen…
groups-resources-empty = Noch keine Ressourcen. Die Moderation sammelt hier nützliche Links.
groups-resource-tags = Schlagwörter
groups-resource-added-by = Hinzugefügt von { $name }

## Members page
groups-members-suffix = Mitglieder
groups-role-owner = Inhaber
groups-role-moderator = Moderator
groups-role-member = Mitglied
# $ago: how long ago, e.g. "3 days ago".
groups-member-joined = beigetreten { $ago }
groups-members-loading = Mitglieder werden geladen…
groups-members-more = Weitere Mitglieder anzeigen

## Starting a group
groups-new-title = Gruppe gründen
# "Log in to start a group.": the link, then the rest of the sentence after a space.
groups-new-log-in = Melde dich an
groups-new-log-in-rest = und gründe eine Gruppe.
# The name of the draft in the drafts list.
groups-new-draft-label = Eine neue Gruppe
groups-fix-fields = Einige Felder brauchen deine Aufmerksamkeit; sieh dir die Hinweise daneben an.
groups-slug-taken = Diese Adresse ist schon vergeben; wähle eine andere.
# "Fields marked * are required.": the words before the star, then after it.
groups-required-before = Mit
groups-required-after = markierte Felder sind Pflichtfelder.
groups-field-name = Name
groups-field-address = Adresse
groups-address-help = Deine Gruppe ist unter /g/<adresse> zu finden. Lass das Feld leer, um eine aus dem Namen gebildete Adresse zu verwenden.
groups-address-preview = Adresse: /g/{ $slug }
groups-field-purpose = Zweck
groups-purpose-help = Ein oder zwei Sätze: Für wen ist diese Gruppe, und was macht ihr zusammen?
groups-field-topics = Themen
groups-field-region = Region
groups-region-help = Eine Stadt oder Gegend, oder „Online“.
groups-field-visibility = Wer sie sehen und beitreten kann
groups-visibility-public-choice = Öffentlich — alle können lesen und beitreten
groups-visibility-private-choice = Privat — gelistet, aber nur Mitglieder lesen; Beitritt muss bestätigt werden
groups-visibility-unlisted-choice = Nicht gelistet — nur wer den Link hat, findet sie
groups-field-guidelines = Richtlinien
groups-guidelines-placeholder = Wie geht ihr hier miteinander um? Wird beim Beitritt angezeigt.
groups-create = Gruppe erstellen
groups-creating = Wird erstellt…

## Problems with a new group (the same rules the server checks)
# $field: name, purpose or region.
groups-problem-too-short = { $field ->
    [name] Der Name braucht mindestens { $min } Zeichen.
    [purpose] Der Zweck braucht mindestens { $min } Zeichen.
   *[region] Die Region braucht mindestens { $min } Zeichen.
}
groups-problem-too-long = { $field ->
    [name] Der Name darf höchstens { $max } Zeichen haben (er hat { $count }).
    [purpose] Der Zweck darf höchstens { $max } Zeichen haben (er hat { $count }).
   *[region] Die Region darf höchstens { $max } Zeichen haben (sie hat { $count }).
}
groups-problem-guidelines-long = Die Richtlinien dürfen höchstens { $max } Zeichen haben.
# $field: name or region.
groups-problem-line-chars = { $field ->
    [name] Der Name darf keine Steuerzeichen, Zeilenumbrüche oder Textrichtungswechsel enthalten.
   *[region] Die Region darf keine Steuerzeichen, Zeilenumbrüche oder Textrichtungswechsel enthalten.
}
# $field: purpose or guidelines.
groups-problem-text-chars = { $field ->
    [purpose] Der Zweck darf keine Steuerzeichen enthalten (Zeilenumbrüche und Tabulatoren sind in Ordnung).
   *[guidelines] Die Richtlinien dürfen keine Steuerzeichen enthalten (Zeilenumbrüche und Tabulatoren sind in Ordnung).
}
groups-problem-topics-few = { $min ->
    [one] Wähle mindestens { $min } Thema.
   *[other] Wähle mindestens { $min } Themen.
}
groups-problem-topics-many = Wähle höchstens { $max } Themen.
groups-problem-topic-unknown = „{ $topic }“ ist kein bekanntes Thema.
groups-problem-topic-twice = Ein Thema ist doppelt aufgeführt.
groups-problem-slug = Eine Gruppenadresse hat 3 bis 40 Kleinbuchstaben, Ziffern oder einzelne Bindestriche.
groups-problem-slug-from-name = Der Name enthält zu wenige lateinische Buchstaben oder Ziffern für eine Adresse; wähle selbst eine.
