# Relative times the browser's Intl does not word (src/ui/format.rs).
time-just-now = just now
time-some-time-ago = some time ago
