# Shared widgets and the shell around every page (src/ui).

## Site header (src/ui/site_header.rs)
ui-header-menu = Menu
# The accessible name of the main navigation landmark.
ui-header-nav-label = Main
ui-nav-home = Home
ui-nav-discover = Discover
ui-nav-calendar = Calendar
ui-nav-drafts = Drafts
ui-nav-new-group = New group
ui-nav-settings = Settings
ui-nav-log-in = Log in
ui-nav-sign-up = Sign up
ui-nav-log-out = Log out

## Site footer: "<community name> · powered by Kith · Settings · Drafts"
ui-footer-powered-by = powered by Kith

## Skip link, notices and banners
ui-skip-link = Skip to content
ui-dismiss = Dismiss
ui-update-ready = A new version of Kith is ready.
ui-update-reload = Reload to update
ui-session-expired = Your session has ended. Log in again to continue — anything you were writing is kept as a draft.
ui-log-in-again = Log in again
ui-offline = You are offline. Pages you have read are still here; what you write is kept and sent later.
# $time: a time of day, e.g. "14:30".
ui-offline-copy-today = Offline — this is a saved copy from today at { $time }. It updates when you are back online.
# $date: a date, e.g. "12 Mar 2026"; $time: a time of day.
ui-offline-copy-date = Offline — this is a saved copy from { $date } at { $time }. It updates when you are back online.

## Page not found: "Go to your home feed or discover groups."
ui-not-found-title = Page not found
ui-not-found-text = There is no page at this address. It may have moved, or the link may be mistyped.
ui-not-found-home = Go to your home feed
# Between the two links.
ui-not-found-or = or
ui-not-found-discover = discover groups

## The app cannot start (config.json missing or malformed)
ui-config-error-title = Kith cannot start
ui-config-error-fix = How to fix it

## Loading and errors
ui-loading = Loading…
ui-try-again = Try again
ui-load-error-not-saved = This part was not saved for offline reading yet; it appears when you are back online.
ui-page-loading = Loading this page…
ui-part-download-failed = Part of this page could not be downloaded. Check your connection and reload the page.
ui-page-load-failed-title = This page could not be loaded
ui-page-load-failed-text = Its part of Kith has not been downloaded yet, and the server cannot be reached. Check your connection and try again. If Kith was updated since you opened it, reload instead.
ui-reload-app = Reload Kith

## Lists
ui-show-more = Show more
ui-feed-loading-more = Loading more…
ui-feed-caught-up = You're all caught up.

## Logging in again inside a form (src/ui/relogin_form.rs)
ui-relogin-text = Your session has ended. Log in again and we will send this straight away — your text is kept.
ui-relogin-username = Username
ui-relogin-password = Password
ui-relogin-busy = Logging in…
ui-relogin-submit = Log in and send

## Form fields
# Under a field with a length limit. $count: characters left.
ui-chars-left = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
}
# $count: characters over the limit; $max: the limit.
ui-chars-over = { $count ->
    [one] { $count } character too many: the limit is { $max }.
   *[other] { $count } characters too many: the limit is { $max }.
}
# The error summary's heading above a form. $count: how many problems.
ui-error-summary-title = { $count ->
    [one] There is a problem
   *[other] There are { $count } problems
}
# One line of the error summary: the field's label and its problem.
ui-error-summary-line = { $label }: { $detail }
# A topic picker's legend with its limit. $legend: e.g. "Interests"; $max: how many may be chosen.
ui-topics-legend-max = { $legend } (up to { $max })

## Markdown editor
ui-md-editor-view = Editor view
ui-md-write = Write
ui-md-preview = Preview
ui-md-preview-empty = Nothing to preview yet.
ui-md-hint = Markdown supported: **bold**, *italic*, [link](https://…), lists, > quotes, `code`.
# $count: characters typed; $max: the limit.
ui-md-count = { $count } / { $max } characters
