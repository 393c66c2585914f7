# Drafts and the outbox: the line under every composer, the drafts page, and writes made
# offline waiting to be sent.

## The line under a composer
drafts-status-saving = Saving draft…
drafts-status-saved = Draft saved on this device.
# $ago: e.g. "5 minutes ago".
drafts-status-restored = Restored your draft from { $ago }.
drafts-status-other-tab = Updated with your edits from another tab.
drafts-discard-draft = Discard draft
drafts-cancel = Cancel
drafts-problem-full = Browser storage is full, so this draft is not saved; it stays in this tab. Discard old drafts to make room.
drafts-problem-unavailable = This browser does not allow saving drafts; your text stays in this tab only.
# $problem: the browser's own words.
drafts-problem-other = The draft could not be saved ({ $problem }); your text stays in this tab.
drafts-problem-unreadable = A saved draft here was unreadable and has been set aside; what you type now is saved fresh.

## The drafts page
drafts-title = Drafts
drafts-intro = Drafts are kept in this browser until what you wrote is accepted by the server. They survive reloads, closed tabs and lost connections.
# $problem: why, in the browser's words.
drafts-remove-failed = The draft could not be removed: { $problem }.
drafts-outbox-heading = Outbox
drafts-outbox-intro = Written while offline; sent in order as soon as the connection is back.
drafts-heading = Drafts
drafts-unreadable-list = Drafts cannot be read here: { $problem }.
drafts-empty = No drafts. Anything you start writing appears here until it is sent.
# $ago: e.g. "5 minutes ago".
drafts-last-edited = Last edited { $ago }
drafts-resume = Resume
drafts-discard = Discard
drafts-corrupt-title = An unreadable draft
drafts-corrupt-text = This saved draft is damaged and cannot be opened. Other drafts are fine.
drafts-corrupt-discard = Discard it

## The outbox
drafts-outbox-label = Waiting to be sent
drafts-outbox-waiting = Waiting to be sent
drafts-outbox-not-sent = Not sent
drafts-outbox-retry = Retry
drafts-outbox-save-failed = Your outbox could not be saved ({ $problem }); keep this tab open until it has been sent.
drafts-outbox-unreadable = The outbox in this browser was unreadable.
drafts-outbox-read-failed = The outbox cannot be read: { $problem }.
# What waits in the outbox. $title, $group, $post, $event, $poll: titles and names members wrote.
drafts-pending-post = Post “{ $title }” in { $group }
drafts-pending-reply = Reply in “{ $post }”
drafts-pending-comment = Comment on “{ $post }”
drafts-pending-rsvp = { $status ->
        [going] Answer “going” to { $event }
        [maybe] Answer “maybe” to { $event }
       *[declined] Answer “can't go” to { $event }
    }
drafts-pending-poll-answer = { $answer ->
        [yes] Answer “yes” in the date poll “{ $poll }”
        [if-need-be] Answer “if need be” in the date poll “{ $poll }”
       *[no] Answer “no” in the date poll “{ $poll }”
    }
drafts-pending-poll-answers = { $count ->
    [one] { $count } answer in the date poll “{ $poll }”
   *[other] { $count } answers in the date poll “{ $poll }”
}
