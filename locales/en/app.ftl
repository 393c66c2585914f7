# The app's name and what every page shares.
app-name = Kith
