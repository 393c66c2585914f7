# Events: calendars, the event page and form, repeating series and answers (src/features/events).

## Dates as the calendar writes them (calendar.rs); weekday and month names come from Intl
# "Friday 27 Nov 2026": the weekday in full, the month short.
events-long-date = { $weekday } { $day } { $month } { $year }
# "Fri 27 Nov 2026".
events-short-date = { $weekday } { $day } { $month } { $year }
# A date and a time of day: "Thu 3 Dec 2026, 19:00".
events-date-time = { $date }, { $time }
# The week grid's head of a day: "27 Nov".
events-day-month = { $day } { $month }

## A calendar address that could not be used ($value is what the address said)
events-bad-view = { $view ->
    [month] “{ $value }” is not a calendar view; showing the month.
    [week] “{ $value }” is not a calendar view; showing the week.
   *[agenda] “{ $value }” is not a calendar view; showing the agenda.
}
events-bad-date = “{ $value }” is not a date we can show; showing today.
events-bad-zone = “{ $value }” is not a time zone this browser knows; showing { $zone }.

## The calendar (calendar_view.rs, calendar_page.rs)
events-calendar-title = Calendar
events-view-month = Month
events-view-week = Week
events-view-agenda = Agenda
events-views = Calendar view
events-week-of = Week of { $date }
events-week-by-hour = Week of { $date }, by hour
events-from = From { $date }
events-previous = Previous
events-next = Next
events-today = Today
events-today-date = Today, { $date }
events-today-dot = Today · { $date }
# $zone is an IANA name such as Europe/Berlin.
events-times-in = Times in { $zone }
events-loading = Loading events…
events-cut-short = Only the first { $count } events of these days are shown: there are more than the app loads at once.
events-all-day = All day
events-all-day-events = All-day events
# Before the title of an event that began on an earlier day (a short chip).
events-continued = cont.
# A month grid chip: its time (or "All day") and the event's title.
events-chip = { $when } { $title }
events-chip-cancelled = { $when } { $title } (cancelled)
# A day of the month grid for screen readers.
events-day-label = { $count ->
    [0] { $date }
    [one] { $date }, { $count } event
   *[other] { $date }, { $count } events
}
events-more = +{ $count } more
events-day-empty = No events on this day.
events-agenda-empty = No events in these 30 days.
events-close = Close
events-online = Online
events-cancelled = Cancelled
# An event in full for screen readers: when, then the whole line.
events-aria-all-day = all day { $date }
events-aria-all-day-days = all day, { $start } to { $end }
events-aria-times = { $date }, { $start }–{ $end }
events-aria-times-days = { $start_date } { $start } to { $end_date } { $end }
events-aria-event = { $cancelled ->
    [yes] { $title }, { $when }, cancelled
   *[no] { $title }, { $when }
}
events-aria-event-group = { $cancelled ->
    [yes] { $title }, { $when }, { $group }, cancelled
   *[no] { $title }, { $when }, { $group }
}
# The calendar page when logged out: "[Log in] to see … or [find a group]."
events-calendar-log-in = Log in
events-calendar-logged-out = { " " }to see the events of your groups in one calendar, or{ " " }
events-calendar-find-group = find a group

## A group's events tab (group_events_page.rs)
# After the group's name in the page title: "Hiking · events".
events-tab-title = events
events-new = New event
events-copied = Copied.
events-copy-failed = Copying failed; select the address and copy it.
events-subscribe-private = Calendar subscriptions are for public groups. Open an event to download it for your calendar.
events-subscribe = Subscribe in your calendar app
events-copy-link = Copy link

## The event page (event_page.rs)
events-event = Event
events-back = ← All events of the group
events-loading-event = Loading the event…
events-not-found = This event does not exist, or it is not visible to you.
events-when-all-day = { $date }, all day
events-when-all-day-days = { $start } – { $end }, all day
events-when-times = { $date }, { $start }–{ $end }
events-when-times-days = { $start_date } { $start } – { $end_date } { $end }
# When, in the member's zone ($zone is an IANA name).
events-when-local = { $when } ({ $zone })
events-when-own = { $when } in { $zone }, the event's time zone
events-count-going = { $count } going
events-count-maybe = { $count } maybe
events-count-waitlist = { $count } on the waitlist
events-count-full = full ({ $capacity } places)
events-count-left = { $left } of { $capacity } places left
events-count-no-limit = no limit
events-cancelled-banner = This event is cancelled.
events-organised-by = organised by { $name }
events-detached = This date was changed on its own.
events-when = When
events-where = Where
events-who = Who
events-join-call = Join the call
events-join-to-answer = Join the group to answer.
events-log-in-to-answer = Log in and join the group to answer.
events-download-ics = Add to calendar (.ics)
# The downloaded file's name when the title has no letters.
events-file-name = event
events-edit = Edit
events-edit-label = Edit event
events-skip = Skip this date
events-cancel-event = Cancel event
events-cancel-confirm-label = Cancel this event?
events-cancel-confirm = Cancel this event? Everyone who answered will see it is off.
events-cancel-which = Cancel which dates? Everyone who answered will see they are off.
events-scope-this-date = This date
events-scope-following = This and following dates
events-cancel-these = Cancel these dates
events-cancel-the-event = Cancel the event
events-keep-it = Keep it
events-skip-confirm-label = Skip this date?
events-skip-confirm = Skip this date? It leaves the series. If nobody answered yet it is removed; otherwise it stays as cancelled, so the people who answered see it is off.
events-skip-the-date = Skip the date
events-attendees = Who's coming
events-loading-answers = Loading answers…
events-attendees-going = Going ({ $count })
events-attendees-waitlist = Waitlist ({ $count })
events-attendees-maybe = Maybe ({ $count })
events-no-answers = No answers yet.
events-declined = { $count ->
    [one] { $count } person can't come.
   *[other] { $count } people can't come.
}

## Answering (rsvp_buttons.rs)
events-rsvp-label = Your answer
events-rsvp-going = Going
events-rsvp-maybe = Maybe
events-rsvp-declined = Can't go
events-rsvp-join-waitlist = Join the waitlist
events-rsvp-on-waitlist = On the waitlist
events-rsvp-status-going = You are going.
events-rsvp-status-maybe = You might go.
events-rsvp-status-declined = You said you can't go.
events-rsvp-status-waitlisted = The event is full: you are number { $position } on the waitlist, and will be moved up automatically when a place frees.
events-rsvp-offline = You are offline: your answer waits in your outbox and is sent when you are back online.
events-every-date = Going to every date
events-every-date-help = Answers “going” for each coming date of this series, and for dates added later. You can still say you can't go to one date.
events-every-date-on = You are going to every date.
events-every-date-on-count = { $count ->
    [one] You are going to every date: { $count } date answered.
   *[other] You are going to every date: { $count } dates answered.
}
events-every-date-off = You no longer answer every date.
events-every-date-off-count = { $count ->
    [one] You no longer answer every date: the answer to { $count } date was taken back.
   *[other] You no longer answer every date: the answer to { $count } dates was taken back.
}

## The event form (event_form.rs)
events-field-title = Title
events-field-starts = Starts
events-field-ends = Ends
events-field-time-zone = Time zone
events-field-location = Location
events-field-online = Online link
events-field-capacity = Capacity
events-field-count = Number of dates
events-field-count-from-here = Number of dates from this one
events-field-until = Last date
events-field-repeats = Repeats
events-field-ends-repeating = Ends repeating
events-field-description = Description
events-all-day-event = All-day event
# "Fields marked * are required.", around the star.
events-required-before = Fields marked
events-required-after = are required.
events-tz-help = The times above are in this zone; members see them in their own.
events-location-help = Where to meet. Leave empty for online events.
events-online-help = An https:// link to the video call, if any.
events-capacity-help = How many people can come. Empty: no limit; when full, answers join a waitlist.
events-count-help = The first date counts as one.
events-count-from-here-help = This date counts as one.
events-until-help = No dates after this day.
events-next-dates = Next dates:
events-preview-no-start = Choose the start to see the dates.
# The drafts list names unsent forms by these.
events-draft-new = New event in { $group }
events-draft-edit = Edit of “{ $title }”
events-capacity-error = Capacity is a whole number of at least 1, or empty for no limit.
events-start-missing = Choose when the event starts.
events-end-missing = Choose when the event ends.
events-form-problems = Some fields need attention; see the notes beside them.
events-scope-legend = Change which dates?
events-scope-this-only = This date only
events-scope-all = Every date
events-scope-help = To change how the event repeats, choose “{ events-scope-following }” or “{ events-scope-all }”.
events-create = Create event
events-save = Save changes
events-saving = Saving…
events-cancel = Cancel

## Repeating (repeat.rs)
events-ends-never = Never
events-ends-after = After a number of dates
events-ends-on = On a date
# A day of the month as an ordinal: "1st", "22nd", "11th".
events-ordinal = { $day ->
    [1] { $day }st
    [2] { $day }nd
    [3] { $day }rd
    [21] { $day }st
    [22] { $day }nd
    [23] { $day }rd
    [31] { $day }st
   *[other] { $day }th
}
events-preset-never = Does not repeat
events-preset-weekly = Every week
events-preset-weekly-on = Every week on { $weekday }
events-preset-two-weeks = Every two weeks
events-preset-two-weeks-on = Every two weeks on { $weekday }
events-preset-monthly-weekday = Every month on the same weekday
events-preset-monthly-weekday-on = { $nth ->
    [1] Every month on the first { $weekday }
    [2] Every month on the second { $weekday }
    [3] Every month on the third { $weekday }
    [4] Every month on the fourth { $weekday }
   *[other] Every month on the fifth { $weekday }
}
events-preset-monthly-last = Every month on the last weekday
events-preset-monthly-last-on = Every month on the last { $weekday }
events-preset-monthly-date = Every month on the same date
events-preset-monthly-date-on = Every month on the { events-ordinal }
events-preset-custom = Keep the current rule
events-preset-custom-rule = Keep the current rule ({ $rule })
events-note-skip-date = Months without a { events-ordinal } are skipped.
events-note-skip-fifth = Months without a fifth { $weekday } are skipped.
events-not-last-week = The start is not in the last week of its month, so it is not the last { $weekday }: choose another way to repeat, or move the start.
events-count-invalid = Give the number of dates, a whole number from 1 to { $max }.
events-until-missing = Choose the last date.
events-no-dates = This rule gives no date from the start on: change the start or the rule.
# A rule in words: "Every week on Thursday", "Every 2 months on the last Friday, 10 times".
events-every-day = { $interval ->
    [1] Every day
   *[other] Every { $interval } days
}
events-every-week = { $interval ->
    [1] Every week
   *[other] Every { $interval } weeks
}
events-every-month = { $interval ->
    [1] Every month
   *[other] Every { $interval } months
}
# $every is one of the three above; $days a list of the next three.
events-rule-on = { $every } on { $days }
events-rule-on-day = { $every } on day { $day }
events-rule-weekday = { $weekday }
events-rule-nth = { $nth ->
    [1] the first { $weekday }
    [2] the second { $weekday }
    [3] the third { $weekday }
    [4] the fourth { $weekday }
   *[other] the fifth { $weekday }
}
events-rule-nth-last = { $nth ->
    [1] the last { $weekday }
    [2] the second last { $weekday }
    [3] the third last { $weekday }
    [4] the fourth last { $weekday }
   *[other] the fifth last { $weekday }
}
# Lists: "Monday, Wednesday and Friday".
events-list-more = { $list }, { $next }
events-list-and = { $list } and { $last }
events-rule-count = { $count ->
    [1] { $rule }, once
   *[other] { $rule }, { $count } times
}
events-rule-until = { $rule }, until { $date }
# $rule starts with a small letter here ("every week on Thursday").
events-repeats = Repeats { $rule }

## Problems with an event's fields and its repeat rule (problems.rs): the rules shared with the
## server word them in English; these must read word for word the same.
events-problem-title-required = The title is required.
events-problem-line-chars = { $field ->
    [title] The title cannot contain control characters, line breaks or text-direction overrides.
   *[location] The location cannot contain control characters, line breaks or text-direction overrides.
}
events-problem-too-long = { $field ->
    [title] The title can have at most { $max } characters (it has { $count }).
   *[location] The location can have at most { $max } characters (it has { $count }).
}
events-problem-description-long = The description can have at most { $max } characters.
events-problem-description-chars = The description cannot contain control characters (line breaks and tabs are fine).
events-problem-start-invalid = The start is not a valid date and time.
events-problem-end-invalid = The end is not a valid date and time.
events-problem-start-range = The start must be between 1970 and the end of 2199.
events-problem-end-range = The end must be between 1970 and the end of 2199.
events-problem-end-before-start = The end must be after the start.
events-problem-event-days = An event can last at most { $days } days.
events-problem-unknown-zone = "{ $zone }" is not a known time zone.
events-problem-capacity = Capacity must be at least 1 (leave it empty for no limit).
events-problem-link-scheme = Use a link that starts with http:// or https://.
events-problem-link-host = The link has no host.
events-problem-link-spaces = A link cannot contain spaces.
events-problem-link-long = The link is too long.
events-problem-interval = The interval must be between 1 and { $max }.
events-problem-too-many-days = At most 7 weekdays.
events-problem-bad-day = A weekday is MO, TU, WE, TH, FR, SA or SU, numbered -5 to 5 for monthly rules (1TH, -1FR).
events-problem-numbered-monthly = Numbered weekdays (like 1TH) only go with monthly rules.
events-problem-day-twice = This weekday is listed twice.
events-problem-count-range = The number of dates must be between 1 and { $max }.
events-problem-count-and-until = Give either an end date or a number of dates, not both.
events-problem-until-format = The end date must be an RFC 3339 time.
events-problem-until-range = The end date must be between 1970 and 2199.
events-problem-until-before = The end date is before the first date.
