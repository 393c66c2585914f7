# Push notifications, worded by the service worker (public/sw.js) from the push's `kind`
# (with `_owner`/`_moderator`/`_member` or `_ban`/`_mute` for role and sanction changes).
push-title = { $what ->
    [post_reply] { $actor } commented on your post
    [comment_reply] { $actor } replied to your comment
    [mention] { $actor } mentioned you
    [join_approved] You are now a member of { $group }
    [join_denied] Your request to join { $group } was declined
    [role_changed_owner] You are now an owner of { $group }
    [role_changed_moderator] You are now a moderator of { $group }
    [role_changed_member] Your role in { $group } changed
    [sanctioned_ban] You were banned from { $group }
    [sanctioned_mute] You were muted in { $group }
    [new_post] New post in { $group }
    [new_event] New event in { $group }
    [event_changed] An event you answered changed
    [event_cancelled] An event you answered was cancelled
    [waitlist_promoted] You have a place: you are going
    [event_reminder] Coming up soon
    [new_report] New report in { $group }
    [new_join_request] { $actor } asks to join { $group }
    [poll_scheduled] The date poll is decided: you are on the list
   *[other] Kith
}
push-more = { $count ->
    [one] { $count } more unread
   *[other] { $count } more unread
}
