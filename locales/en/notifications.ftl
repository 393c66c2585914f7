# Notifications: the inbox, the bell, levels, blocking and push on this device
# (src/features/notifications).

## What an inbox item says. $kind: what happened (with _owner/_moderator/_member for role
## changes, _ban/_mute for sanctions); $actor: who did it (a display name, or notif-someone);
## $group: the group's name (or notif-a-group).
notif-headline = { $kind ->
    [post_reply] { $actor } commented on your post in { $group }
    [comment_reply] { $actor } replied to your comment in { $group }
    [mention] { $actor } mentioned you in { $group }
    [join_approved] Your request to join { $group } was approved
    [join_denied] Your request to join { $group } was declined
    [role_changed_owner] { $actor } made you an owner of { $group }
    [role_changed_moderator] { $actor } made you a moderator of { $group }
    [role_changed_member] You are now a member of { $group } without a moderating role
    [sanctioned_ban] You were banned from { $group }
    [sanctioned_mute] You were muted in { $group }
    [new_post] { $actor } posted in { $group }
    [new_event] New event in { $group }
    [event_changed] An event you answered in { $group } changed
    [event_cancelled] An event you answered in { $group } was cancelled
    [waitlist_promoted] A place opened up: you are going
    [event_reminder] Coming up soon
    [new_report] { $actor } reported something in { $group }
    [new_join_request] { $actor } asks to join { $group }
   *[poll_scheduled] { $actor } turned a date poll in { $group } into an event: you are on the list
}
# $actor when the notification names nobody.
notif-someone = Someone
# $group when the notification names no group (used inside notif-headline).
notif-a-group = a group

## The inbox (/notifications)
notif-page-title = Notifications
# A visitor's inbox: the link, then the rest of the sentence.
notif-login-link = Log in
notif-login-rest = { " " }to see what happened in your groups.
notif-filter-group = Group
notif-all-groups = All groups
notif-unread-only = Unread only
notif-mark-all-read = Mark all as read
# Read out before an unread item's sentence.
notif-unread-marker = Unread:
notif-today = Today
notif-yesterday = Yesterday
notif-empty = Nothing yet. Replies, mentions and events from your groups will show here.
notif-loading = Loading notifications…

## The bell in the header and "new posts" above a feed
# The bell's accessible name. $count: unread notifications.
notif-bell-label = { $count ->
    [0] Notifications
   *[other] Notifications, { $count } unread
}
# The button above a feed. $count: posts that arrived since it was loaded.
notif-new-posts = { $count ->
    [one] { $count } new post · show
   *[other] { $count } new posts · show
}

## How much a group tells (the level picker)
notif-level-label = Tell me about
notif-level = { $level ->
    [all] Every new post
    [default] Replies, mentions and events
    [mentions] Only mentions and replies
   *[muted] Nothing (muted)
}
notif-saved = Saved

## Blocking a member
notif-blocked-text = You have blocked this member: their posts and comments are folded away for you.
notif-unblock = Unblock
# $username: the member's username.
notif-block-confirm = Block @{ $username }? Their posts and comments fold away for you and they no longer notify you. They are not told.
notif-block = Block
notif-cancel = Cancel
notif-block-member = Block this member
notif-blocked-heading = Blocked members
notif-blocked-loading = Loading…
notif-blocked-none = You have not blocked anyone. Block a member from their profile.

## Notifications on this device (web push, in Settings)
notif-push-heading = Notifications on this device
notif-push-checking = Checking…
notif-push-unsupported = This browser cannot show notifications from Kith. The bell in the header still counts what is new.
notif-push-no-server = This community's server does not send notifications to devices. The bell in the header counts what is new.
notif-push-denied = Notifications are blocked for this site in your browser's settings. Allow them there to turn them on.
notif-push-off = Get replies, mentions and reminders on this device even when Kith is closed.
notif-push-turn-on = Turn on notifications
notif-push-on = This device shows notifications from your groups.
notif-push-turn-off = Turn off on this device
notif-push-working = Working…
# $error: why, e.g. notif-push-browser-refused or the browser's own message.
notif-push-turn-on-failed = Notifications could not be turned on: { $error }
notif-push-server-not-told = This device stopped, but the server could not be told: { $error }
notif-push-browser-refused = the browser refused
notif-push-unreadable = the browser's subscription was unreadable
notif-push-unavailable = this browser offers no notifications here
