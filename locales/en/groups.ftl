# Groups: the frame of every group page (header, joining, tabs), the about page with its
# resources shelf, the member list and starting a new group (src/features/groups).

## The frame of every group page
# The page's heading: the group's name, alone or with the page's section ("Hiking · about").
groups-page-title = { $name }
groups-page-title-section = { $name } · { $section }
groups-loading = Loading the group…
groups-not-found = There is no group at this address. It may have been renamed or archived.
groups-discover = Discover groups
groups-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
groups-visibility-public = Public group
groups-visibility-private = Private group
groups-visibility-unlisted = Unlisted group
groups-archived-note = archived (read-only)
# A member's link to the group's notification setting; $level: e.g. "Everything".
groups-notify-link = Notifications: { $level }
groups-tabs-label = Group sections
groups-tab-feed = Feed
groups-tab-events = Events
groups-tab-polls = Date polls
groups-tab-members = Members
groups-tab-about = About
groups-tab-moderation = Moderation

## Joining and leaving
groups-join-request = Request to join
groups-join = Join
groups-join-withdraw = Withdraw request
groups-join-leave-owner = Leave (owner)
groups-join-leave = Leave
# The join button's accessible name, with the group's name.
groups-join-request-aria = Request to join { $name }
groups-join-aria = Join { $name }
groups-join-withdraw-aria = Withdraw request { $name }
groups-join-leave-owner-aria = Leave (owner) { $name }
groups-join-leave-aria = Leave { $name }
groups-join-log-in = Log in to join
groups-join-request-sent = Request sent
groups-leave-question = Leave { $name }?
groups-leave-private = It is private: to come back you will need to ask again.
groups-leave-confirm = Leave group
groups-leave-stay = Stay
groups-join-message = Message to the moderators (optional)
groups-join-send = Send request
groups-cancel = Cancel
groups-sole-owner-link = Choose another owner under Moderation → Members
groups-joined-welcome = You joined { $name }. Welcome!
groups-guidelines-summary = Please read the group's guidelines

## About page
groups-about-suffix = about
groups-about-notifications = Notifications
groups-about-guidelines = Guidelines
groups-about-no-guidelines = This group has not written guidelines yet. Be kind and stay on topic.
groups-about-facts = About this group
# Followed by the group's topics.
groups-about-topics = Topics:
# Followed by the group's region.
groups-about-region = Region:
# $date: the day the group was started, e.g. "12 Mar 2026".
groups-about-started = Started { $date }
groups-resources = Resources
groups-resources-loading = Loading resources…
groups-resources-empty = No resources yet. Moderators curate useful links here.
groups-resource-tags = Tags
groups-resource-added-by = Added by { $name }

## Members page
groups-members-suffix = members
groups-role-owner = Owner
groups-role-moderator = Moderator
groups-role-member = Member
# $ago: how long ago, e.g. "3 days ago".
groups-member-joined = joined { $ago }
groups-members-loading = Loading members…
groups-members-more = Show more members

## Starting a group
groups-new-title = Start a group
# "Log in to start a group.": the link, then the rest of the sentence after a space.
groups-new-log-in = Log in
groups-new-log-in-rest = to start a group.
# The name of the draft in the drafts list.
groups-new-draft-label = A new group
groups-fix-fields = Some fields need attention; see the notes beside them.
groups-slug-taken = That address is taken; choose another.
# "Fields marked * are required.": the words before the star, then after it.
groups-required-before = Fields marked
groups-required-after = are required.
groups-field-name = Name
groups-field-address = Address
groups-address-help = Your group will live at /g/<address>. Leave empty to use one made from the name.
groups-address-preview = Address: /g/{ $slug }
groups-field-purpose = Purpose
groups-purpose-help = One or two sentences: who is this group for, and what do you do together?
groups-field-topics = Topics
groups-field-region = Region
groups-region-help = A city or area, or “Online”.
groups-field-visibility = Who can see and join
groups-visibility-public-choice = Public — anyone can read and join
groups-visibility-private-choice = Private — listed, but only members read; joining needs approval
groups-visibility-unlisted-choice = Unlisted — only people with the link find it
groups-field-guidelines = Guidelines
groups-guidelines-placeholder = How do members treat each other here? Shown to people when they join.
groups-create = Create group
groups-creating = Creating…

## Problems with a new group (the same rules the server checks)
# $field: name, purpose or region.
groups-problem-too-short = { $field ->
    [name] The name needs at least { $min } characters.
    [purpose] The purpose needs at least { $min } characters.
   *[region] The region needs at least { $min } characters.
}
groups-problem-too-long = { $field ->
    [name] The name can have at most { $max } characters (it has { $count }).
    [purpose] The purpose can have at most { $max } characters (it has { $count }).
   *[region] The region can have at most { $max } characters (it has { $count }).
}
groups-problem-guidelines-long = The guidelines can have at most { $max } characters.
# $field: name or region.
groups-problem-line-chars = { $field ->
    [name] The name cannot contain control characters, line breaks or text-direction overrides.
   *[region] The region cannot contain control characters, line breaks or text-direction overrides.
}
# $field: purpose or guidelines.
groups-problem-text-chars = { $field ->
    [purpose] The purpose cannot contain control characters (line breaks and tabs are fine).
   *[guidelines] The guidelines cannot contain control characters (line breaks and tabs are fine).
}
groups-problem-topics-few = { $min ->
    [one] Choose at least { $min } topic.
   *[other] Choose at least { $min } topics.
}
groups-problem-topics-many = Choose at most { $max } topics.
groups-problem-topic-unknown = "{ $topic }" is not a known topic.
groups-problem-topic-twice = A topic is listed twice.
groups-problem-slug = A group address has 3 to 40 lowercase letters, digits or single dashes.
groups-problem-slug-from-name = The name has too few latin letters or digits for an address; choose one.
