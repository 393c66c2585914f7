# Date polls (src/features/polls): the list, a new poll, answering, who can come, making an event.

## Answers
polls-answer-yes = Yes
polls-answer-if-need-be = If need be
polls-answer-no = No
# Read out in the results table beside the marks ✓, (✓), ✗ and –.
polls-mark-yes = yes
polls-mark-if-need-be = if need be
polls-mark-no = no
polls-mark-none = no answer
# Under each date: how many answered what.
polls-tally = { $yes } yes · { $maybe } if need be · { $no } no

## An option's time ($date, $start_date, $end_date and the times come formatted by the browser)
# "Friday 27 November 2026, 18:00–20:00"
polls-when-one-day = { $date }, { $start }–{ $end }
# An option across midnight.
polls-when-two-days = { $start_date } { $start } – { $end_date } { $end }
# The time line of a results column when the option ends on another day: "18:00 – Sat 28 Nov 01:30".
polls-heading-until = { $start } – { $end_date } { $end }
polls-unknown-time = Unknown time

## The list of a group's polls
polls-list-suffix = date polls
polls-none-yet = No date polls yet.
polls-start-one = Start one to find the date that suits most members.
polls-intro = Find a date together: propose a few, members answer yes, if need be or no, and the best one becomes an event.
polls-who-all = Every member of this group may start a date poll.
polls-who-leaders = Moderators and owners of this group start date polls.
polls-change-in-settings = Change this in the group's settings
polls-new-poll = New date poll
polls-log-in = Log in
# After the "Log in" link.
polls-login-to-answer = and join the group to answer its polls.
polls-loading-list = Loading date polls…
polls-show-more = Show more date polls
polls-card-closed = Became an event
polls-card-open = Open
polls-card-dates = { $count ->
    [one] { $count } date
   *[other] { $count } dates
}
polls-card-answered = { $count ->
    [one] { $count } member answered
   *[other] { $count } members answered
}
polls-card-by = by { $name }

## Starting a poll
polls-new-suffix = new date poll
polls-draft-label = New date poll in { $group }
polls-not-allowed-heading = You cannot start a date poll here
polls-not-allowed-archived = This group is archived: nothing new can be started in it.
polls-not-allowed-visitor = Log in and join the group to start a date poll.
polls-not-allowed-not-member = Join the group to start a date poll.
polls-not-allowed-role = In this group, moderators and owners start date polls.
# Between the "Log in" link and the link back: "Log in or go back to the group's date polls."
polls-or-go = or go
polls-back-to-polls = back to the group's date polls
# Around the required marker: "Fields marked * are required."
polls-required-before = Fields marked
polls-required-after = are required.
polls-field-title = Title
polls-title-placeholder = e.g. Autumn walk: which weekend?
polls-field-dates = Dates
polls-dates-legend = Dates to choose from
polls-dates-help = Between { $min } and { $max } dates; { $count } so far.
polls-add-date = Add a date
polls-field-time-zone = Time zone
polls-time-zone-help = The dates above are in this zone; members see them in their own.
polls-field-description = Description
polls-description-placeholder = What is it for? Members see this above the dates.
polls-start = Start the poll
polls-starting = Starting…
polls-fix-fields = Some fields need attention; see the notes beside them.
polls-row-legend = Date { $n }
polls-row-day = Day
polls-row-from = From
polls-row-to = To
polls-row-remove = Remove
polls-row-remove-label = Remove date { $n }
polls-choose-date = Choose a date.
polls-choose-start = Choose a start time.
polls-choose-end = Choose an end time.
polls-end-after-start = The end must be after the start.
# A problem of one row, as the summary above the form lists it.
polls-row-problem = Date { $n }: { $problem }

## The group setting (owners)
polls-setting-heading = Date polls
polls-setting-label = Every member may start a date poll
polls-setting-help = Otherwise only moderators and owners start them. Only owners change this.
polls-setting-saved-all = Saved: every member may start a date poll.
polls-setting-saved-leaders = Saved: only moderators and owners start date polls.

## One poll
polls-page-title = Date poll
polls-back-link = ← All date polls of the group
polls-loading-poll = Loading the date poll…
polls-not-found = This date poll does not exist, or it is not visible to you.
polls-zone-note = Times are shown in your time zone ({ $mine }); the poll was planned in { $zone }.
polls-became-event = This poll became an event.
polls-see-event = See the event
polls-proposed-by = proposed by { $name }
polls-dates-heading = Dates
polls-answers-summary =
    { $dates ->
        [one] { $dates } date
       *[other] { $dates } dates
    } · { $voters ->
        [one] { $voters } member has answered
       *[other] { $voters } members have answered
    }
polls-why-not-visitor = Log in and join the group to answer.
polls-why-not-member = Join the group to answer.
polls-why-not-closed = Answers are closed.
polls-most-can-come = Most can come
polls-make-event = Make it an event
polls-your-answer = Your answer
# Read out after "Your answer": which date it is for.
polls-your-answer-for = for { $when }
polls-note-saving = Saving…
polls-note-waiting = Waiting to be sent
polls-note-none = Not answered yet
polls-queued = You are offline: your answers wait in your outbox and are sent when you are back online.
polls-waiting-sent = Your waiting answers have been sent.
polls-answer-saved = Your answer is saved.

## Who can come
polls-who-heading = Who can come
polls-members-only = Only the group's members see who answered what.
polls-loading-answers = Loading the answers…
polls-nobody-answered = Nobody has answered yet.
polls-best = Best
polls-results-label = Answers by member and date
polls-results-caption = Each member's answer per date: ✓ yes, (✓) if need be, ✗ no, – not answered. The best date is marked.
polls-results-member = Member
polls-results-totals = Yes (if need be)
polls-results-legend = ✓ yes · (✓) if need be · ✗ no · – no answer
polls-results-cut-short = Only the first answers are shown: there are too many to list.
polls-results-partial = Some answers could not be loaded: { $error }

## Make it an event
polls-event-when = When:
polls-event-planned-in = (planned in { $zone })
polls-event-who = Answered yes: { $yes ->
        [one] { $yes } member
       *[other] { $yes } members
    } marked going (waitlisted past the capacity). Answered if need be: { $maybe ->
        [one] { $maybe } member
       *[other] { $maybe } members
    } marked maybe. They are told so, and the poll closes.
polls-event-location = Location
polls-event-location-help = Where to meet. Leave empty for online events.
polls-event-online = Online link
polls-event-online-help = An https:// link to the video call, if any.
polls-event-capacity = Capacity
polls-event-capacity-help = How many people can come. Empty: no limit; past it, answers join a waitlist.
polls-event-create = Create the event
polls-event-creating = Creating…
polls-cancel = Cancel
