# Account: logging in, signing up, and the settings page (profile, password and sessions,
# appearance and language, the backend).

## Shared field labels
account-username = Username
account-password = Password
account-display-name = Display name
account-interests = Interests
account-cancel = Cancel

## Logging in
account-login-title = Log in
account-login-missing = Enter your username and password.
account-login-already = You are logged in as { $name }. Logging in again switches account.
account-login-remember = Remember me on this device
account-login-submit = Log in
account-login-busy = Logging in…
account-login-new-here = New here?
account-login-create-link = Create an account

## Signing up
account-signup-title = Sign up
account-signup-attention = Some fields need attention.
account-signup-taken = That username is taken.
# Around the red star that marks required fields: "Fields marked * are required."
account-signup-required-before = Fields marked
account-signup-required-after = are required.
account-signup-username-help = 3 to 32 lowercase letters, digits, _ or -. Others see it.
account-signup-display-name-help = How your name appears beside your posts.
account-signup-password-help = At least 8 characters.
account-signup-interests-legend = What are you into? We suggest groups from this
account-signup-submit = Create account
account-signup-busy = Creating your account…
account-signup-already = You are already logged in; signing up creates a second account.
account-signup-have-account = Already have an account?
account-signup-login-link = Log in

## The checks made before sending (the same rules the server applies)
account-problem-username-length = A username has 3 to 32 characters.
account-problem-username-chars = A username uses only lowercase letters, digits, _ and -.
account-problem-password-short = A password needs at least 8 characters.
account-problem-password-long = A password can have at most 200 characters.
account-problem-current-missing = Enter your current password.
account-problem-name-required = The display name is required.
account-problem-name-long = The display name can have at most { $max } characters (it has { $count }).
account-problem-name-chars = The display name cannot contain control characters, line breaks or text-direction overrides.
account-problem-bio-long = The bio can have at most { $max } characters.
account-problem-bio-chars = The bio cannot contain control characters (line breaks and tabs are fine).
account-problem-topics-many = Choose at most { $max } topics.
account-problem-topic-unknown = "{ $topic }" is not a known topic.
account-problem-topic-twice = A topic is listed twice.
account-problem-repeat = The two new passwords differ; type the same one twice.

## Settings
account-settings-title = Settings
account-appearance = Appearance
account-theme = Theme
account-language = Language
account-language-browser = Same as the browser
account-language-help = The app reloads in the chosen language.

## Profile
account-profile-heading = Profile
account-profile-login-link = Log in
# Follows the "Log in" link: "Log in to edit your profile and interests."
account-profile-login-rest = { " " }to edit your profile and interests.
account-profile-bio = Bio
account-profile-bio-help = A few words about you, shown on your profile ({ $count } of { $max } characters).
account-profile-saved = Saved. Recommendations now follow these interests.
account-profile-save = Save profile

## Password and sessions
account-security-heading = Password and sessions
account-password-attention = Some fields need attention; see the notes beside them.
account-password-changed = Password changed. Every other device has been logged out; this one stays logged in.
account-password-heading = Change your password
account-password-current = Current password
account-password-new = New password
account-password-new-help = At least 8 characters. Every other device you are logged in on is logged out.
account-password-repeat = Repeat the new password
account-password-submit = Change password
account-password-busy = Changing…
account-logout-all-done = You are logged out on every device, this one included.
# $problem: what went wrong, a sentence of its own.
account-logout-all-failed = { $problem } Your devices are still logged in.
account-logout-all-heading = Log out everywhere
account-logout-all-help = Lost a phone, or logged in on a shared computer? This ends every session of your account, this one included.
account-logout-all-open = Log out everywhere…
account-logout-all-question = Log out on every device, this one included? You will need your password to log in again.
account-logout-all-busy = Logging out…
account-logout-all-confirm = Log out on every device

## The backend
account-backend-heading = Backend
# Stands for the default backend where a backend address would be shown.
account-backend-this-site = this site
account-backend-where = Requests go to { $current }. The default is { $default }.
account-backend-where-override = Requests go to { $current } (your override). The default is { $default }.
account-backend-saved = Saved. Requests now go to the new backend.
account-backend-reset-done = Back to this site's default backend.
account-backend-address = Backend address
account-backend-help = An http(s) address of any Kith-compatible backend. Leave empty for this site.
account-backend-use = Use this backend
account-backend-reset = Reset to default
