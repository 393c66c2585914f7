push-title = { $what ->
    [post_reply] { $actor } hat deinen Beitrag kommentiert
    [comment_reply] { $actor } hat auf deinen Kommentar geantwortet
    [mention] { $actor } hat dich erwähnt
    [join_approved] Du bist jetzt Mitglied von { $group }
    [join_denied] Deine Beitrittsanfrage für { $group } wurde abgelehnt
    [role_changed_owner] Du bist jetzt Inhaber·in von { $group }
    [role_changed_moderator] Du moderierst jetzt { $group }
    [role_changed_member] Deine Rolle in { $group } hat sich geändert
    [sanctioned_ban] Du wurdest aus { $group } verbannt
    [sanctioned_mute] Du wurdest in { $group } stummgeschaltet
    [new_post] Neuer Beitrag in { $group }
    [new_event] Neue Veranstaltung in { $group }
    [event_changed] Eine Veranstaltung, auf die du geantwortet hast, hat sich geändert
    [event_cancelled] Eine Veranstaltung, auf die du geantwortet hast, wurde abgesagt
    [waitlist_promoted] Du hast einen Platz: Du bist dabei
    [event_reminder] Bald geht es los
    [new_report] Neue Meldung in { $group }
    [new_join_request] { $actor } möchte { $group } beitreten
    [poll_scheduled] Die Terminumfrage ist entschieden: Du stehst auf der Liste
   *[other] Kith
}
push-more = { $count ->
    [one] { $count } weitere ungelesen
   *[other] { $count } weitere ungelesen
}
