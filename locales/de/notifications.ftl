# Notifications: the inbox, the bell, levels, blocking and push on this device
# (src/features/notifications).

## What an inbox item says. $kind: what happened (with _owner/_moderator/_member for role
## changes, _ban/_mute for sanctions); $actor: who did it (a display name, or notif-someone);
## $group: the group's name (or notif-a-group).
notif-headline = { $kind ->
    [post_reply] { $actor } hat deinen Beitrag in { $group } kommentiert
    [comment_reply] { $actor } hat auf deinen Kommentar in { $group } geantwortet
    [mention] { $actor } hat dich in { $group } erwähnt
    [join_approved] Deine Anfrage, { $group } beizutreten, wurde angenommen
    [join_denied] Deine Anfrage, { $group } beizutreten, wurde abgelehnt
    [role_changed_owner] { $actor } hat dir die Inhaberrolle in { $group } gegeben
    [role_changed_moderator] { $actor } hat dir die Moderationsrolle in { $group } gegeben
    [role_changed_member] Du bist jetzt Mitglied in { $group }, ohne Moderationsrolle
    [sanctioned_ban] Du wurdest aus { $group } verbannt
    [sanctioned_mute] Du wurdest in { $group } stummgeschaltet
    [new_post] { $actor } hat in { $group } einen Beitrag geschrieben
    [new_event] Neue Veranstaltung in { $group }
    [event_changed] Eine Veranstaltung in { $group }, auf die du geantwortet hast, hat sich geändert
    [event_cancelled] Eine Veranstaltung in { $group }, auf die du geantwortet hast, wurde abgesagt
    [waitlist_promoted] Ein Platz ist frei geworden: Du bist dabei
    [event_reminder] Bald geht es los
    [new_report] { $actor } hat in { $group } etwas gemeldet
    [new_join_request] { $actor } möchte { $group } beitreten
   *[poll_scheduled] { $actor } hat aus einer Terminumfrage in { $group } eine Veranstaltung gemacht: Du stehst auf der Liste
}
# $actor when the notification names nobody.
notif-someone = Jemand
# $group when the notification names no group (used inside notif-headline, in the dative).
notif-a-group = einer Gruppe

## The inbox (/notifications)
notif-page-title = Benachrichtigungen
# A visitor's inbox: the link, then the rest of the sentence.
notif-login-link = Melde dich an
notif-login-rest = , um zu sehen, was in deinen Gruppen passiert ist.
notif-filter-group = Gruppe
notif-all-groups = Alle Gruppen
notif-unread-only = Nur ungelesene
notif-mark-all-read = Alle als gelesen markieren
# Read out before an unread item's sentence.
notif-unread-marker = Ungelesen:
notif-today = Heute
notif-yesterday = Gestern
notif-empty = Noch nichts da. Antworten, Erwähnungen und Veranstaltungen aus deinen Gruppen erscheinen hier.
notif-loading = Benachrichtigungen werden geladen …

## The bell in the header and "new posts" above a feed
# The bell's accessible name. $count: unread notifications.
notif-bell-label = { $count ->
    [0] Benachrichtigungen
   *[other] Benachrichtigungen, { $count } ungelesen
}
# The button above a feed. $count: posts that arrived since it was loaded.
notif-new-posts = { $count ->
    [one] { $count } neuer Beitrag · anzeigen
   *[other] { $count } neue Beiträge · anzeigen
}

## How much a group tells (the level picker)
notif-level-label = Benachrichtige mich über
notif-level = { $level ->
    [all] Jeden neuen Beitrag
    [default] Antworten, Erwähnungen und Veranstaltungen
    [mentions] Nur Erwähnungen und Antworten
   *[muted] Nichts (stummgeschaltet)
}
notif-saved = Gespeichert

## Blocking a member
notif-blocked-text = Du hast dieses Mitglied blockiert: Seine Beiträge und Kommentare sind für dich eingeklappt.
notif-unblock = Blockierung aufheben
# $username: the member's username.
notif-block-confirm = @{ $username } blockieren? Die Beiträge und Kommentare werden für dich eingeklappt, und du bekommst keine Benachrichtigungen mehr dadurch. Die Person erfährt davon nichts.
notif-block = Blockieren
notif-cancel = Abbrechen
notif-block-member = Dieses Mitglied blockieren
notif-blocked-heading = Blockierte Mitglieder
notif-blocked-loading = Wird geladen …
notif-blocked-none = Du hast niemanden blockiert. Du kannst ein Mitglied über sein Profil blockieren.

## Notifications on this device (web push, in Settings)
notif-push-heading = Benachrichtigungen auf diesem Gerät
notif-push-checking = Wird geprüft …
notif-push-unsupported = Dieser Browser kann keine Benachrichtigungen von Kith anzeigen. Die Glocke oben zählt trotzdem, was neu ist.
notif-push-no-server = Der Server dieser Community sendet keine Benachrichtigungen an Geräte. Die Glocke oben zählt, was neu ist.
notif-push-denied = Benachrichtigungen sind für diese Seite in deinen Browsereinstellungen blockiert. Erlaube sie dort, um sie einzuschalten.
notif-push-off = Erhalte Antworten, Erwähnungen und Erinnerungen auf diesem Gerät, auch wenn Kith geschlossen ist.
notif-push-turn-on = Benachrichtigungen einschalten
notif-push-on = Dieses Gerät zeigt Benachrichtigungen aus deinen Gruppen an.
notif-push-turn-off = Auf diesem Gerät ausschalten
notif-push-working = Wird bearbeitet …
# $error: why, e.g. notif-push-browser-refused or the browser's own message.
notif-push-turn-on-failed = Benachrichtigungen konnten nicht eingeschaltet werden: { $error }
notif-push-server-not-told = Dieses Gerät hat aufgehört, aber der Server konnte nicht benachrichtigt werden: { $error }
notif-push-browser-refused = Der Browser hat abgelehnt
notif-push-unreadable = Das Abonnement des Browsers war nicht lesbar
notif-push-unavailable = Dieser Browser bietet hier keine Benachrichtigungen an
