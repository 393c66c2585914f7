# Posts: the home and group feeds, post cards, a post's page, the composers and threaded
# comments (src/features/posts).

## Posts without their title (deleted by the author, removed by a moderator)
posts-tombstone-deleted = Gelöschter Beitrag
posts-tombstone-removed = Von der Moderation entfernt
posts-tombstone-untitled = Beitrag ohne Titel

## Home page
posts-home-title-member = Dein Feed
posts-home-title-visitor = Start
posts-welcome-lead = Kith ist für kleine Gruppen — zehn bis fünfzig Leute rund um etwas, das sie lieben: eine Wandertruppe, einen Lesekreis, ein Repair-Café.
posts-welcome-discover = Gruppen entdecken
posts-welcome-sign-up = Konto erstellen
posts-welcome-log-in = Anmelden
posts-home-empty = In deinen Gruppen gibt es noch nichts Neues.
posts-home-empty-discover = Weitere Gruppen entdecken

## A group's feed
posts-private-pending = Diese Gruppe ist privat: Nur ihre Mitglieder können die Beiträge lesen. Deine Beitrittsanfrage wartet auf die Moderation.
posts-private-ask = Diese Gruppe ist privat: Nur ihre Mitglieder können die Beiträge lesen. Frag oben an, ob du beitreten darfst.
posts-group-empty = Noch keine Beiträge. Starte das erste Gespräch!
posts-archived = Diese Gruppe ist archiviert: Du kannst sie lesen, aber nichts mehr hinzufügen.
# "Log in to write in this group.": the link, then the rest of the sentence after a space.
posts-write-log-in = Melde dich an
posts-write-log-in-rest = und schreib in dieser Gruppe mit.
posts-write-join = Tritt der Gruppe bei, um hier zu schreiben.
# $date: a date, e.g. "12 Mar 2026".
posts-muted-until = Die Moderation hat dich in dieser Gruppe bis { $date } stummgeschaltet. Du kannst weiterhin lesen, reagieren und zusagen.

## Feeds and sorting
# Heading (for screen readers) and accessible name of a list of posts.
posts-feed-label = Beiträge
posts-feed-loading = Beiträge werden geladen…
posts-sort-label = Beiträge sortieren
posts-sort-new = Neu
posts-sort-hot = Angesagt
posts-sort-top = Top

## Post cards
posts-blocked-post = Ein Beitrag von einem Mitglied, das du blockiert hast.
posts-blocked-comment = Ein Kommentar von einem Mitglied, das du blockiert hast.
posts-show-it = Trotzdem anzeigen
posts-deleted-text = Dieser Beitrag wurde von seiner Autorin oder seinem Autor gelöscht.
posts-removed-text = Dieser Beitrag wurde von der Moderation entfernt.
# Shown to moderators in a feed: the start of a removed post's text.
posts-removed-excerpt = [Entfernt — nur für die Moderation sichtbar] { $excerpt }
posts-badge-pinned = Angeheftet
posts-badge-locked = Gesperrt
posts-badge-locked-closed = Gesperrt — keine neuen Kommentare
posts-badge-removed = Von der Moderation entfernt
# Between the author and the group in a card of the home feed: "Carol in Hiking".
posts-card-in = in
# After the time a post or comment was written: "3 hours ago · edited".
posts-edited = bearbeitet
posts-comment-count = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}

## Reactions
posts-reactions-label = Reaktionen
posts-reaction-like = gefällt mir
posts-reaction-love = liebe ich
posts-reaction-laugh = lustig
posts-reaction-celebrate = feiern
posts-reaction-insightful = aufschlussreich
# A reaction button's accessible name: "like: 3". $reaction is one of the names above.
posts-reaction-aria = { $reaction }: { $count }

## Writing a post
# The name of the draft in the drafts list; $group: the group's name.
posts-composer-draft-label = Neuer Beitrag in { $group }
posts-fix-fields = Einige Felder brauchen deine Aufmerksamkeit.
posts-composer-posted = Veröffentlicht.
posts-composer-offline = Du bist offline: Der Beitrag wartet in deinem Postausgang und wird gesendet, sobald du wieder online bist.
posts-composer-heading = Beitrag schreiben
posts-composer-start = Neuen Beitrag beginnen…
posts-field-title = Titel
posts-field-post = Beitrag
posts-composer-placeholder = Teile etwas mit der Gruppe…
posts-composer-submit = Veröffentlichen
posts-composer-busy = Wird veröffentlicht…
posts-composer-hide = Ausblenden
# "Please keep to the group's guidelines.": the words before the link, then the link.
posts-guidelines-before = Bitte halte dich an die
posts-guidelines-link = Richtlinien der Gruppe
posts-guidelines-summary = Richtlinien hier lesen

## A post's page
posts-page-title-loading = Beitrag
# The page's heading: the post's title.
posts-page-title = { $title }
posts-back-to-group = ← Zurück zur Gruppe
posts-loading-post = Beitrag wird geladen…
posts-not-found = Diesen Beitrag gibt es nicht, oder du kannst ihn nicht sehen.
posts-action-edit = Bearbeiten
posts-action-delete = Löschen
posts-action-pin = Anheften
posts-action-unpin = Nicht mehr anheften
posts-action-lock = Sperren
posts-action-unlock = Entsperren
posts-action-reply = Antworten
posts-delete-question = Diesen Beitrag löschen?
posts-delete-explain = Diesen Beitrag löschen? Die Kommentare bleiben, der Text des Beitrags verschwindet.
posts-delete-confirm = Beitrag löschen
posts-delete-keep = Behalten
# The name of the draft of an edit; $title: the post's title.
posts-edit-draft-label = Bearbeitung von „{ $title }“
posts-edit-save = Änderungen speichern

## Comments
posts-comments-locked = Dieser Beitrag ist gesperrt: keine neuen Kommentare.
posts-thread-nav = Unterhaltung
posts-thread-back = ← Zurück zur ganzen Diskussion
posts-thread-up = Eine Ebene höher
posts-thread-one = Du liest einen einzelnen Strang dieser Diskussion.
posts-comments-cut = Nur die ersten { $count } Kommentare dieser Diskussion werden angezeigt: Sie ist länger, als die App auf einmal lädt.
posts-comments-loading = Kommentare werden geladen…
posts-comments-empty = Noch keine Kommentare.
posts-thread-missing = Dieser Kommentar gehört nicht (mehr) zu dieser Diskussion.
posts-comment-deleted = [von der Autorin oder dem Autor gelöscht]
posts-comment-removed = [von der Moderation entfernt]
# A comment's accessible name; $name: its author's display name.
posts-comment-label = Kommentar von { $name }
posts-thread-expand = Strang aufklappen
posts-thread-collapse = Strang zuklappen
posts-replies-hidden = { $count ->
    [one] { $count } Antwort ausgeblendet
   *[other] { $count } Antworten ausgeblendet
}
posts-reply-limit = Antworten lassen sich höchstens { $max } Ebenen tief verschachteln; antworte auf einen Kommentar weiter oben.
posts-thread-continue = Diesen Strang weiterlesen
posts-more-replies = { $count ->
    [one] { $count } weitere Antwort
   *[other] { $count } weitere Antworten
}
posts-edit-comment-draft-label = Bearbeitung eines Kommentars
posts-edit-comment-label = Deinen Kommentar bearbeiten
posts-edit-comment-save = Speichern

## Writing a comment
# The name of the draft in the drafts list; $title: the post's title.
posts-reply-draft-label = Antwort in „{ $title }“
posts-comment-draft-label = Kommentar zu „{ $title }“
posts-reply-field = Deine Antwort
posts-comment-field = Kommentar schreiben
posts-reply-submit = Antworten
posts-comment-submit = Kommentieren
posts-comment-busy = Wird gesendet…
posts-cancel = Abbrechen

## Problems with what was written (the same rules the server checks)
# $field: title, post or comment.
posts-problem-required = { $field ->
    [title] Der Titel fehlt.
    [post] Der Beitrag ist leer.
   *[comment] Der Kommentar ist leer.
}
posts-problem-too-long = { $field ->
    [title] Der Titel darf höchstens { $max } Zeichen haben (er hat { $count }).
    [post] Der Beitrag darf höchstens { $max } Zeichen haben (er hat { $count }).
   *[comment] Der Kommentar darf höchstens { $max } Zeichen haben (er hat { $count }).
}
posts-problem-title-chars = Der Titel darf keine Steuerzeichen, Zeilenumbrüche oder Textrichtungswechsel enthalten.
posts-problem-text-chars = { $field ->
    [post] Der Beitrag darf keine Steuerzeichen enthalten (Zeilenumbrüche und Tabulatoren sind in Ordnung).
   *[comment] Der Kommentar darf keine Steuerzeichen enthalten (Zeilenumbrüche und Tabulatoren sind in Ordnung).
}
posts-problem-parent = Die Antwort muss sich auf einen Kommentar desselben Beitrags beziehen.
posts-problem-too-deep = Antworten lassen sich höchstens { $max } Ebenen tief verschachteln; antworte auf einen Kommentar weiter oben im Strang.
