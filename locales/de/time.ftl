time-just-now = gerade eben
time-some-time-ago = vor einiger Zeit
