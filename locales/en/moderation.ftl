# Moderation (src/features/moderation): the report queue, join requests, members with roles,
# mutes and bans, guidelines, the moderation log, group health, and the report button.

## The moderation page and its tabs
# After the group's name in the page title: "Hiking · moderation".
mod-page-suffix = moderation
mod-tools-nav = Moderation tools
mod-tab-reports = Reports
mod-tab-requests = Join requests
mod-tab-members = Members
mod-tab-guidelines = Guidelines
mod-tab-log = Log
mod-tab-health = Health
# $names: the names of the address's parameters, e.g. "kind, from" (not translated).
mod-ignored-settings = Some settings in this link were not understood and are ignored: { $names }.
# Between the items of a short list (parameter names, topics, weekdays).
mod-list-separator = { ", " }
mod-not-allowed = Not allowed
mod-not-allowed-text = Only this group's moderators and owners can use its moderation tools.
# "Log in if you moderate this group, or go back to the group." with two links; for members
# who are logged in only the second link and the full stop are shown.
mod-not-allowed-log-in = Log in
mod-not-allowed-or-go = if you moderate this group, or go
mod-not-allowed-back = back to the group

## Shared by the tabs
# $problem: why the server refused, already worded.
mod-not-done = Not done: { $problem }
mod-already-handled = Another moderator already handled this.
mod-reason-label = Reason (kept in the mod log)
mod-cancel = Cancel
mod-role-owner = Owner
mod-role-moderator = Moderator
mod-role-member = Member

## How long a mute or ban lasts
mod-expiry-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
mod-expiry-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
mod-expiry-permanent = Until lifted (bans only)
mod-expiry-custom = Until a date…
mod-expiry-ends-on = Ends on (UTC)
mod-expiry-mute-needs-end = A mute needs an end: choose a length or a date.
mod-expiry-choose-date = Choose the date the sanction ends.
mod-expiry-past = The end date must be in the future.
mod-expiry-too-far = The end date is too far away (at most five years).
# The badge of a muted or banned member: the time left.
mod-muted-minutes = { $count ->
    [one] muted for { $count } more minute
   *[other] muted for { $count } more minutes
}
mod-muted-hours = { $count ->
    [one] muted for { $count } more hour
   *[other] muted for { $count } more hours
}
mod-muted-days = { $count ->
    [one] muted for { $count } more day
   *[other] muted for { $count } more days
}
mod-banned-minutes = { $count ->
    [one] banned for { $count } more minute
   *[other] banned for { $count } more minutes
}
mod-banned-hours = { $count ->
    [one] banned for { $count } more hour
   *[other] banned for { $count } more hours
}
mod-banned-days = { $count ->
    [one] banned for { $count } more day
   *[other] banned for { $count } more days
}
mod-muted-until-lifted = muted until lifted
mod-banned-until-lifted = banned until lifted
mod-ban-ended = ban ended

## Problems with what a moderator typed (the same rules the server applies)
mod-problem-reason-short = { $min ->
    [one] The reason needs at least { $min } character.
   *[other] The reason needs at least { $min } characters.
}
mod-problem-reason-required = The reason is required.
mod-problem-reason-long = The reason can have at most { $max } characters (it has { $count }).
mod-problem-reason-chars = The reason cannot contain control characters (line breaks and tabs are fine).
mod-problem-guidelines-long = The guidelines can have at most { $max } characters.
mod-problem-guidelines-chars = The guidelines cannot contain control characters (line breaks and tabs are fine).
mod-problem-only-ban-ends = Only a ban has an end.
mod-problem-bad-time = Not a valid date and time.
mod-problem-end-past = The end must be in the future.
mod-problem-end-far = The end is too far away.
mod-problem-mute-needs-end = A mute needs an end.
mod-problem-may-not-ban = Moderators may not ban moderators or owners; nobody bans an owner.
mod-problem-may-not-sanction = Moderators may not sanction moderators or owners; nobody sanctions an owner.
mod-problem-sanctions = You may not change this member's sanctions.
mod-problem-members-no-action = This action applies to posts and comments, not to members.
mod-problem-moderators-only = Only the group's moderators and owners may do this.
mod-problem-owners-only = Only the group's owners may do this.

## The report queue
mod-report-status-nav = Report status
mod-report-open = Open
mod-report-resolved = Resolved
mod-report-none-open = No open reports. All clear!
mod-report-none-resolved = No resolved reports yet.
mod-report-more = Show more reports
mod-report-stale = New reports arrived for this item meanwhile; the queue is refreshed — check it again.
mod-report-heading-post = Reported post · { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
mod-report-heading-comment = Reported comment · { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
mod-report-heading-member = Reported member · { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
# Above a reported post: "Post in Hiking by Ana · 3 days ago".
mod-context-post = Post in { $group } by { $author } · { $when }
# Added after " · " to the line above a post or comment.
mod-context-removed = removed
mod-context-locked = locked
mod-context-reply-to = In reply to { $name }:
mod-context-comment = Comment by { $name } · { $when }
mod-context-member = Member of { $group }
# A post's title quoted before its text.
mod-quoted-title = “{ $title }”
mod-open-post = Open the post
# The list of reports of an item (each: who, why, when).
mod-report-reasons = Reports
mod-ban-length = Ban length
mod-action-remove = Remove
mod-action-restore = Restore
mod-action-lock = Lock post
mod-action-ban-author = Ban author
mod-action-ban-member = Ban member
mod-action-dismiss = Dismiss
# What an item was about, for the line after an action ($target below).
mod-target-post = the post “{ $title }”
mod-target-untitled = Untitled post
mod-target-comment = the comment by { $name }
mod-target-someone = someone
mod-target-member = the member @{ $username }
# After an action: "Removed: the post “Title”."
mod-report-done = { $action ->
    [remove] Removed: { $target }.
    [restore] Restored: { $target }.
    [lock] Locked: { $target }.
    [ban] Banned: { $target }.
   *[dismiss] Dismissed: { $target }.
}
# A resolved item: "Dismissed by Bob 2 days ago", followed by " — " and the reason.
mod-resolved-by = { $action ->
    [remove] Removed by { $name } { $when }
    [restore] Restored by { $name } { $when }
    [lock] Locked by { $name } { $when }
    [ban] Banned by { $name } { $when }
   *[dismiss] Dismissed by { $name } { $when }
}

## The report button beside posts, comments and members
mod-report = Report
# Read out after "Report" to screen readers only.
mod-report-hidden = { $what ->
    [post] this post
    [comment] this comment
   *[member] this member
}
mod-report-why = { $what ->
    [post] Why are you reporting this post?
    [comment] Why are you reporting this comment?
   *[member] Why are you reporting this member?
}
mod-report-help = Only the group's moderators see reports.
mod-report-send = Send report
mod-report-thanks = Thank you. The moderators will look at it ({ $count ->
        [one] { $count } report
       *[other] { $count } reports
    } so far).

## Removing or restoring a post or comment where a moderator reads it
# Read out after "Remove" or "Restore" to screen readers only.
mod-remove-hidden = { $what ->
    [post] this post
   *[comment] this comment
}
mod-remove-why = { $what ->
    [post] Why remove this post? (for the mod log)
   *[comment] Why remove this comment? (for the mod log)
}
mod-restore-why = { $what ->
    [post] Why restore this post? (for the mod log)
   *[comment] Why restore this comment? (for the mod log)
}
mod-remove-what = { $what ->
    [post] Remove post
   *[comment] Remove comment
}
mod-restore-what = { $what ->
    [post] Restore post
   *[comment] Restore comment
}

## Join requests
mod-join-public = This group is public: anyone can join without asking.
mod-join-none = No pending join requests.
mod-join-approved = Approved: { $name } is now a member.
mod-join-denied = Denied { $name }'s request.
# After the requester's name: " · asked 2 hours ago".
mod-join-asked = asked { $when }
mod-join-message-label = Message to { $name } (optional)
mod-join-approve = Approve
mod-join-approve-label = Approve { $name }
mod-join-deny = Deny
mod-join-deny-label = Deny { $name }

## Members, roles, mutes and bans
mod-current-members = Current members
mod-no-members = No members.
mod-more-members = Show more members
mod-banned-heading = Banned
mod-nobody-banned = Nobody is banned.
# $role: owner, moderator or member.
mod-role-now = { $role ->
    [owner] { $name } is now an owner too.
    [moderator] { $name } is now a moderator.
   *[member] { $name } is now a member.
}
mod-transferred = { $name } now owns the group; you are one of its moderators.
mod-muted-name = Muted { $name }.
mod-banned-name = Banned { $name }.
mod-unmuted-name = Unmuted { $name }.
mod-unbanned-name = Lifted the ban on { $name }.
mod-make-moderator = Make moderator
mod-make-moderator-label = Make moderator: { $name }
mod-revoke-moderator = Revoke moderator
mod-revoke-moderator-label = Revoke moderator: { $name }
mod-unmute = Unmute
mod-unmute-label = Unmute { $name }
mod-unban = Unban
mod-unban-label = Unban { $name }
mod-mute-or-ban = Mute or ban { $name }
# After a member's name: " · joined 3 days ago".
mod-member-joined = joined { $when }
# After a ban's badge: " · by Bob: " and the reason.
mod-ban-by = by { $name }:
mod-make-co-owner = Make co-owner
mod-make-co-owner-label = Make co-owner: { $name }
mod-co-owner-confirm = Make { $name } an owner too? Owners can change every member's role and archive the group.
mod-transfer = Transfer ownership
mod-transfer-label = Transfer ownership to { $name }
mod-transfer-confirm = Hand the group to { $name }? They become an owner and you one of its moderators; only an owner can make you an owner again.
mod-sanction-legend = Sanction
mod-sanction-mute = Mute: can read and react, cannot post or comment
mod-sanction-ban = Ban: removed from the group, cannot rejoin
mod-sanction-length = For how long
mod-apply = Apply

## Guidelines
# Followed by a link to the About page.
mod-guidelines-help = Members see these when they join and beside the post composer.
mod-guidelines-see-about = See them on the About page
mod-guidelines-edit = Edit the guidelines
# The draft's name in the list of drafts.
mod-guidelines-draft = Guidelines of { $group }
mod-guidelines-label = Guidelines
mod-guidelines-save = Save guidelines
mod-guidelines-saved = Guidelines saved.
# $problem: that someone else saved first, already worded.
mod-guidelines-stale = { $problem } Saving again replaces their version with yours.

## The moderation log
mod-log-filter-label = Filter the log
mod-log-moderator = Moderator
mod-log-moderator-placeholder = username
mod-log-action = Action
mod-log-any-action = Any action
mod-log-target = Target
# Examples of what the target filter takes; "member:carol" is typed as is.
mod-log-target-placeholder = member:carol, post…
mod-log-from = From
mod-log-to = To (inclusive)
mod-log-apply = Apply filters
mod-log-clear = Clear filters
# $names: the filters' names (not translated).
mod-log-check-filters = Check these filters: { $names }.
mod-log-list = Moderation log
mod-log-none = Nothing in the log yet.
mod-log-none-filtered = No entries match these filters.
mod-log-more = Show older entries
# The action filter's choices.
mod-log-kind = { $kind ->
    [post_removed] removed a post
    [post_restored] restored a post
    [post_locked] locked a post
    [post_unlocked] unlocked a post
    [post_pinned] pinned a post
    [post_unpinned] unpinned a post
    [comment_removed] removed a comment
    [comment_restored] restored a comment
    [member_muted] muted a member
    [member_unmuted] unmuted a member
    [member_banned] banned a member
    [member_unbanned] unbanned a member
    [role_changed] changed a role
    [join_approved] approved a join request
    [join_denied] denied a join request
    [report_dismissed] dismissed a report
    [group_updated] updated the group
    [guidelines_updated] updated the guidelines
    [group_archived] archived the group
    [resource_added] added a resource
    [resource_updated] updated a resource
    [resource_removed] removed a resource
   *[event_cancelled] cancelled an event
}
# One log entry: $actor is the moderator's name, $target what they acted on (a post title, a
# username, "member → moderator"…, as the server words it).
mod-log-entry = { $kind ->
    [post_removed] { $actor } removed a post { $target }
    [post_restored] { $actor } restored a post { $target }
    [post_locked] { $actor } locked a post { $target }
    [post_unlocked] { $actor } unlocked a post { $target }
    [post_pinned] { $actor } pinned a post { $target }
    [post_unpinned] { $actor } unpinned a post { $target }
    [comment_removed] { $actor } removed a comment { $target }
    [comment_restored] { $actor } restored a comment { $target }
    [member_muted] { $actor } muted a member { $target }
    [member_unmuted] { $actor } unmuted a member { $target }
    [member_banned] { $actor } banned a member { $target }
    [member_unbanned] { $actor } unbanned a member { $target }
    [role_changed] { $actor } changed a role { $target }
    [join_approved] { $actor } approved a join request { $target }
    [join_denied] { $actor } denied a join request { $target }
    [report_dismissed] { $actor } dismissed a report { $target }
    [group_updated] { $actor } updated the group { $target }
    [guidelines_updated] { $actor } updated the guidelines { $target }
    [group_archived] { $actor } archived the group { $target }
    [resource_added] { $actor } added a resource { $target }
    [resource_updated] { $actor } updated a resource { $target }
    [resource_removed] { $actor } removed a resource { $target }
   *[event_cancelled] { $actor } cancelled an event { $target }
}

## Group health
mod-health-loading = Loading the figures…
mod-health-no-activity = There has been no activity yet.
mod-health-active-today = Last activity: today.
mod-health-active-ago = Last activity: { $count ->
    [one] { $count } day
   *[other] { $count } days
    } ago.
# "42%": how many members were active.
mod-percent = { $value }%
# Follows the percentage, e.g. "42% engagement: the share of …", then the last activity.
mod-engagement = engagement: the share of the group's { $count ->
    [one] { $count } member
   *[other] { $count } members
    } active in the last four weeks.
mod-health-quiet-heading = This group has gone quiet
mod-health-quiet-text = Fewer than { $count } posts and comments in the last two weeks. A little nudge often brings people back:
# Discussion prompts: they become the title of a new post when chosen.
mod-prompt-topic = What got you into { $topic }, and what keeps you at it?
mod-prompt-meetup = What should our next meetup be? Share your ideas
mod-prompt-introduce = Introduce yourself: what would you like to get out of this group?
mod-prompt-link = Post a discussion prompt: “{ $prompt }”
mod-health-schedule = Schedule an event
mod-overlap-heading = Groups that overlap this one
mod-overlap-help = They share topics and members with this group. If you cover the same ground, talk with their leaders about merging or running events together, so members are not split across groups.
# After a group's name and " — ": "4 shared members (of its 30), topics in common: hiking, cycling".
mod-overlap-facts = { $shared ->
    [one] { $shared } shared member
   *[other] { $shared } shared members
    } (of its { $total }), topics in common: { $topics }

## The weekly charts
mod-series-posts = Posts
mod-series-comments = Comments
mod-series-active = Active members
mod-series-new = New members
mod-series-rsvps = RSVPs
# $label: one of the five above.
mod-chart-per-week = { $label } per week
# The chart's description for screen readers; $from and $peak_week are dates like "7 Sep".
mod-chart-summary = { $label } per week, { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
    } from { $from }: { $total } in all, highest { $peak } (week of { $peak_week }), this week so far { $last }.
mod-chart-no-data = { $label }: no data.
# A bar's tooltip: "7 Sep: 12".
mod-chart-bar = { $week }: { $value }
# A date under a chart's axis ("7 Sep"), formatted by the browser.
mod-chart-tick-date = { $date }
mod-chart-table = Show as a table
# Read out after "Show as a table" to screen readers only.
mod-chart-table-of = : { $label }
mod-chart-week-of = Week of

## Pausing a quiet group's recurring events
mod-pause-heading = This group has been quiet. Pause a series?
mod-pause-help = A paused series plans no new dates, and its coming dates nobody answered are removed. Resume it when the group picks up again.
mod-series-repeating = Repeating
mod-series-paused = Paused
# "Next date: 3 Dec 2026, 19:00" ($date and $time formatted by the browser).
mod-series-next = Next date: { $date }, { $time }
mod-series-no-date = No date planned
mod-series-pause = Pause
mod-series-resume = Resume
mod-series-pause-label = Pause “{ $title }”
mod-series-resume-label = Resume “{ $title }”
# How a series repeats. $n: every how many days, weeks or months; $days: weekdays ("Monday and
# Thursday", or "the first Tuesday"); $day: a day of the month.
mod-rule-daily = { $n ->
    [one] Every day
   *[other] Every { $n } days
}
mod-rule-daily-on = { $n ->
    [one] Every day on { $days }
   *[other] Every { $n } days on { $days }
}
mod-rule-weekly-on = { $n ->
    [one] Every week on { $days }
   *[other] Every { $n } weeks on { $days }
}
mod-rule-monthly-day = { $n ->
    [one] Every month on day { $day }
   *[other] Every { $n } months on day { $day }
}
mod-rule-monthly-on = { $n ->
    [one] Every month on { $days }
   *[other] Every { $n } months on { $days }
}
# The nth weekday of a month; $day is the weekday's name.
mod-rule-nth = { $n ->
    [1] the first { $day }
    [2] the second { $day }
    [3] the third { $day }
    [4] the fourth { $day }
   *[5] the fifth { $day }
}
# The nth weekday counted from the month's end.
mod-rule-nth-last = { $n ->
    [1] the last { $day }
    [2] the second last { $day }
    [3] the third last { $day }
    [4] the fourth last { $day }
   *[5] the fifth last { $day }
}
# The last two weekdays of a list: "Tuesday and Thursday".
mod-rule-and = { $first } and { $last }
