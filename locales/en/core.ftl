# The shell and what every feature stands on (src/core, src/app.rs, src/chunks.rs).

## Starting the app and loading parts of it
core-loading = Loading…
core-composer-title = Write a post
core-composer-start = Start a new post…
core-composer-download-failed = The post composer could not be downloaded. Check your connection and reload the page.
core-event-form-loading = Loading the form…
core-event-form-download-failed = The event form could not be downloaded. Check your connection and try again.

## Requests that failed before an answer, or with an unreadable one
core-error-network = Could not reach the server. Check your connection; nothing you typed is lost.
core-error-timeout = The server took too long to answer. Try again in a moment.
core-error-aborted = Cancelled.
core-error-bad-response = The server's answer could not be read. Try again; if it persists, the backend may be incompatible.

## The server's stable problem codes (kith_api::codes), one message each
core-error-malformed-request = The server could not read this request. Reload the page and try again.
core-error-invalid-query = The server did not accept the search or filter settings. Reload the page and try again.
core-error-invalid-cursor = This list changed since it was loaded. Reload the page to start again from the top.
core-error-unauthorized = Your session has ended. Log in again to continue; nothing you typed is lost.
core-error-invalid-credentials = That username and password do not match.
core-error-forbidden = You are not allowed to do that.
core-error-members-only = This group is private: only members can see this.
core-error-muted = You are muted in this group for now.
core-error-banned = You are banned from this group.
core-error-locked = This post is locked; new comments are closed.
core-error-not-found = This no longer exists, or you cannot see it.
core-error-method-not-allowed = The server does not offer this action; it may run a different version of the backend.
core-error-conflict = That conflicts with a change made in the meantime.
core-error-username-taken = That username is already taken. Choose another one.
core-error-slug-taken = That group address is already taken. Choose another one.
core-error-sole-owner = You are the only owner of this group. Make someone else an owner first.
core-error-event-cancelled = This event is cancelled.
core-error-archived = This group is archived and read-only.
core-error-idempotency-key-reused = This was already sent with different content. Reload the page and try again.
core-error-precondition-failed = Someone changed this while you were editing. Reload to see their version; your text is kept.
core-error-already-handled = Another moderator already handled this.
core-error-payload-too-large = That is too large for the server. Shorten it and try again.
core-error-unsupported-media-type = The server could not read the format of this request; it may run a different version of the backend.
core-error-validation-failed = Some fields need attention.
core-error-precondition-required = The server needs to know which version you changed. Reload the page and try again.
core-error-rate-limited = Too many attempts in a short time. Wait a moment and try again; what you typed is kept.
core-error-busy = The server is busy right now. Try again in a moment; nothing was saved.
core-error-request-timeout = The connection was too slow to send that in time. Try again; nothing was saved.
# $status: the HTTP status code, e.g. 500.
core-error-internal = The server had a problem (error { $status }). Nothing was saved; try again shortly.

## Variants of the above, and what an unknown code falls back to (by HTTP status)
core-error-validation-failed-fields = Some fields need attention; see the notes beside them.
# $wait: a duration from core-wait-*, e.g. "42 seconds".
core-error-rate-limited-wait = Too many attempts in a short time. Try again in { $wait }; what you typed is kept.
core-error-busy-wait = The server is busy right now. Try again in { $wait }; nothing was saved.
core-error-refused = The server refused the request.
core-error-server = The server had a problem (error { $status }). Nothing was saved; try again shortly.
# The note beside a field the server refused. $detail is the server's own (English) words:
# other languages show their own general note instead.
core-error-field = { $detail }

## How long to wait, as used in "Try again in …"
core-wait-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
core-wait-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
core-wait-hours = { $count ->
    [one] about { $count } hour
   *[other] about { $count } hours
}

## Browser storage and device settings
core-storage-unavailable = browser storage is disabled or unavailable
core-storage-full = browser storage is full
core-storage-failed = browser storage failed: { $error }
core-storage-unknown-error = unknown error
core-theme-system = Match my system
core-theme-light = Light
core-theme-dark = Dark
core-theme-unreadable = The saved theme was unreadable, so the system theme is used.
core-backend-invalid = The saved backend address was invalid, so the default backend is used.
core-backend-unusable = That address is not usable: { $reason }.
# $error: one of core-storage-*.
core-settings-unreadable = Settings could not be read ({ $error }); defaults are used.
core-setting-not-saved = Your choice applies now but will not be remembered: { $error }.
core-session-tab-only = You are logged in for this tab only: the session could not be saved ({ $error }).

## config.json (for the site's operator)
core-config-missing = The file config.json was not found next to the app.
core-config-unreachable = config.json could not be loaded: { $reason }.
core-config-status = Loading config.json failed with HTTP status { $status }.
core-config-malformed = config.json is not valid: { $reason }.
core-config-invalid = config.json has an unusable value for "{ $field }": { $reason }.
core-config-json-ends-early = it ends too early (line { $line }, column { $column })
core-config-json-not-object = it is not a JSON object (line { $line }, column { $column })
core-config-value-missing = it is missing
core-config-value-not-string = it must be a string
core-config-name-length = { $count ->
    [one] it has { $count } character
   *[other] it has { $count } characters
}
core-config-fix-missing = Place a config.json beside index.html, for example { "{" }"api_base": "https://api.example.org", "community_name": "My community"{ "}" }. On a CDN, make sure the rewrite to index.html does not apply to it.
core-config-fix-unreachable = Check that the site is reachable and that config.json is served with status 200, then reload.
core-config-fix-malformed = config.json must be one JSON object with the string fields "api_base" and "community_name".
core-config-fix-invalid = "api_base" must be "/" (this site) or an absolute http(s) URL without query or fragment; "community_name" must be 1 to 60 characters.

## Checking a backend address
core-url-needs-scheme = it must start with http:// or https://
core-url-no-host = the host name is missing
core-url-no-query = it must not contain a query or fragment
core-url-no-spaces = it must not contain spaces
core-url-no-credentials = it must not contain credentials
