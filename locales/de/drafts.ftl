# Entwürfe und Postausgang: die Zeile unter jedem Eingabefeld, die Entwürfe-Seite und offline
# Geschriebenes, das auf das Senden wartet.

## Die Zeile unter einem Eingabefeld
drafts-status-saving = Entwurf wird gespeichert…
drafts-status-saved = Entwurf auf diesem Gerät gespeichert.
drafts-status-restored = Dein Entwurf von { $ago } wurde wiederhergestellt.
drafts-status-other-tab = Mit deinen Änderungen aus einem anderen Tab aktualisiert.
drafts-discard-draft = Entwurf verwerfen
drafts-cancel = Abbrechen
drafts-problem-full = Der Browserspeicher ist voll, daher wird dieser Entwurf nicht gespeichert; er bleibt in diesem Tab. Verwirf alte Entwürfe, um Platz zu schaffen.
drafts-problem-unavailable = Dieser Browser erlaubt kein Speichern von Entwürfen; dein Text bleibt nur in diesem Tab.
drafts-problem-other = Der Entwurf konnte nicht gespeichert werden ({ $problem }); dein Text bleibt in diesem Tab.
drafts-problem-unreadable = Ein hier gespeicherter Entwurf war unlesbar und wurde beiseitegelegt; was du jetzt schreibst, wird neu gespeichert.

## Die Entwürfe-Seite
drafts-title = Entwürfe
drafts-intro = Entwürfe bleiben in diesem Browser, bis der Server angenommen hat, was du geschrieben hast. Sie überstehen Neuladen, geschlossene Tabs und Verbindungsabbrüche.
drafts-remove-failed = Der Entwurf konnte nicht entfernt werden: { $problem }.
drafts-outbox-heading = Postausgang
drafts-outbox-intro = Offline geschrieben; wird der Reihe nach gesendet, sobald die Verbindung wieder da ist.
drafts-heading = Entwürfe
drafts-unreadable-list = Entwürfe können hier nicht gelesen werden: { $problem }.
drafts-empty = Keine Entwürfe. Alles, was du zu schreiben beginnst, erscheint hier, bis es gesendet ist.
drafts-last-edited = Zuletzt bearbeitet { $ago }
drafts-resume = Weiterschreiben
drafts-discard = Verwerfen
drafts-corrupt-title = Ein unlesbarer Entwurf
drafts-corrupt-text = Dieser gespeicherte Entwurf ist beschädigt und kann nicht geöffnet werden. Andere Entwürfe sind in Ordnung.
drafts-corrupt-discard = Verwerfen

## Der Postausgang
drafts-outbox-label = Wartet auf das Senden
drafts-outbox-waiting = Wartet auf das Senden
drafts-outbox-not-sent = Nicht gesendet
drafts-outbox-retry = Erneut versuchen
drafts-outbox-save-failed = Dein Postausgang konnte nicht gespeichert werden ({ $problem }); lass diesen Tab offen, bis alles gesendet ist.
drafts-outbox-unreadable = Der Postausgang in diesem Browser war unlesbar.
drafts-outbox-read-failed = Der Postausgang kann nicht gelesen werden: { $problem }.
drafts-pending-post = Beitrag „{ $title }“ in { $group }
drafts-pending-reply = Antwort in „{ $post }“
drafts-pending-comment = Kommentar zu „{ $post }“
drafts-pending-rsvp = { $status ->
        [going] Antwort „Ich komme“ auf { $event }
        [maybe] Antwort „Vielleicht“ auf { $event }
       *[declined] Antwort „Ich kann nicht“ auf { $event }
    }
drafts-pending-poll-answer = { $answer ->
        [yes] Antwort „Ja“ in der Terminumfrage „{ $poll }“
        [if-need-be] Antwort „Wenn nötig“ in der Terminumfrage „{ $poll }“
       *[no] Antwort „Nein“ in der Terminumfrage „{ $poll }“
    }
drafts-pending-poll-answers = { $count ->
    [one] { $count } Antwort in der Terminumfrage „{ $poll }“
   *[other] { $count } Antworten in der Terminumfrage „{ $poll }“
}
