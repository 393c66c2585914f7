# Konto: Anmelden, Registrieren und die Einstellungen (Profil, Passwort und Sitzungen,
# Darstellung und Sprache, das Backend).

## Gemeinsame Feldbezeichnungen
account-username = Benutzername
account-password = Passwort
account-display-name = Anzeigename
account-interests = Interessen
account-cancel = Abbrechen

## Anmelden
account-login-title = Anmelden
account-login-missing = Gib deinen Benutzernamen und dein Passwort ein.
account-login-already = Du bist als { $name } angemeldet. Wenn du dich erneut anmeldest, wechselst du das Konto.
account-login-remember = Auf diesem Gerät angemeldet bleiben
account-login-submit = Anmelden
account-login-busy = Anmeldung läuft…
account-login-new-here = Neu hier?
account-login-create-link = Konto erstellen

## Registrieren
account-signup-title = Registrieren
account-signup-attention = Einige Felder brauchen deine Aufmerksamkeit.
account-signup-taken = Dieser Benutzername ist schon vergeben.
# Um den roten Stern, der Pflichtfelder markiert: „Mit * markierte Felder sind Pflichtfelder.“
account-signup-required-before = Mit
account-signup-required-after = markierte Felder sind Pflichtfelder.
account-signup-username-help = 3 bis 32 Kleinbuchstaben, Ziffern, _ oder -. Andere sehen ihn.
account-signup-display-name-help = So erscheint dein Name neben deinen Beiträgen.
account-signup-password-help = Mindestens 8 Zeichen.
account-signup-interests-legend = Was interessiert dich? Danach schlagen wir dir Gruppen vor
account-signup-submit = Konto erstellen
account-signup-busy = Dein Konto wird erstellt…
account-signup-already = Du bist bereits angemeldet; eine Registrierung erstellt ein zweites Konto.
account-signup-have-account = Du hast schon ein Konto?
account-signup-login-link = Anmelden

## Prüfungen vor dem Senden (dieselben Regeln wie auf dem Server)
account-problem-username-length = Ein Benutzername hat 3 bis 32 Zeichen.
account-problem-username-chars = Ein Benutzername besteht nur aus Kleinbuchstaben, Ziffern, _ und -.
account-problem-password-short = Ein Passwort braucht mindestens 8 Zeichen.
account-problem-password-long = Ein Passwort darf höchstens 200 Zeichen haben.
account-problem-current-missing = Gib dein aktuelles Passwort ein.
account-problem-name-required = Der Anzeigename ist erforderlich.
account-problem-name-long = Der Anzeigename darf höchstens { $max } Zeichen haben (er hat { $count }).
account-problem-name-chars = Der Anzeigename darf keine Steuerzeichen, Zeilenumbrüche oder Textrichtungs-Überschreibungen enthalten.
account-problem-bio-long = Die Beschreibung darf höchstens { $max } Zeichen haben.
account-problem-bio-chars = Die Beschreibung darf keine Steuerzeichen enthalten (Zeilenumbrüche und Tabs sind in Ordnung).
account-problem-topics-many = { $max ->
    [one] Wähle höchstens ein Thema.
   *[other] Wähle höchstens { $max } Themen.
}
account-problem-topic-unknown = „{ $topic }“ ist kein bekanntes Thema.
account-problem-topic-twice = Ein Thema ist doppelt aufgeführt.
account-problem-repeat = Die beiden neuen Passwörter stimmen nicht überein; gib zweimal dasselbe ein.

## Einstellungen
account-settings-title = Einstellungen
account-appearance = Darstellung
account-theme = Farbschema
account-language = Sprache
account-language-browser = Wie im Browser
account-language-help = Die App wird in der gewählten Sprache neu geladen.

## Profil
account-profile-heading = Profil
account-profile-login-link = Melde dich an
# Folgt dem Link „Melde dich an“: „Melde dich an, um dein Profil und deine Interessen zu bearbeiten.“
account-profile-login-rest = , um dein Profil und deine Interessen zu bearbeiten.
account-profile-bio = Über mich
account-profile-bio-help = Ein paar Worte über dich, die in deinem Profil stehen ({ $count } von { $max } Zeichen).
account-profile-saved = Gespeichert. Empfehlungen richten sich jetzt nach diesen Interessen.
account-profile-save = Profil speichern

## Passwort und Sitzungen
account-security-heading = Passwort und Sitzungen
account-password-attention = Einige Felder brauchen deine Aufmerksamkeit; sieh dir die Hinweise daneben an.
account-password-changed = Passwort geändert. Alle anderen Geräte wurden abgemeldet; dieses bleibt angemeldet.
account-password-heading = Passwort ändern
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort
account-password-new-help = Mindestens 8 Zeichen. Alle anderen Geräte, auf denen du angemeldet bist, werden abgemeldet.
account-password-repeat = Neues Passwort wiederholen
account-password-submit = Passwort ändern
account-password-busy = Wird geändert…
account-logout-all-done = Du bist auf allen Geräten abgemeldet, auch auf diesem.
account-logout-all-failed = { $problem } Deine Geräte sind weiterhin angemeldet.
account-logout-all-heading = Überall abmelden
account-logout-all-help = Handy verloren oder an einem geteilten Computer angemeldet? Das beendet jede Sitzung deines Kontos, auch diese.
account-logout-all-open = Überall abmelden…
account-logout-all-question = Auf allen Geräten abmelden, auch auf diesem? Um dich wieder anzumelden, brauchst du dein Passwort.
account-logout-all-busy = Abmeldung läuft…
account-logout-all-confirm = Auf allen Geräten abmelden

## Das Backend
account-backend-heading = Backend
account-backend-this-site = diese Website
account-backend-where = Anfragen gehen an { $current }. Standard ist { $default }.
account-backend-where-override = Anfragen gehen an { $current } (von dir festgelegt). Standard ist { $default }.
account-backend-saved = Gespeichert. Anfragen gehen jetzt an das neue Backend.
account-backend-reset-done = Zurück zum Standard-Backend dieser Website.
account-backend-address = Backend-Adresse
account-backend-help = Eine http(s)-Adresse eines beliebigen Kith-kompatiblen Backends. Leer lassen für diese Website.
account-backend-use = Dieses Backend verwenden
account-backend-reset = Auf Standard zurücksetzen
