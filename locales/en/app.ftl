# The app's name and what every page shares.
app-name = Kith
# The boot screen (index.html) while the app loads; post-build.mjs copies it into the page.
boot-loading = Loading your communities…
