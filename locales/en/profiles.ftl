# Member profiles (src/features/profiles).
profiles-loading = Loading the profile…
profiles-not-found = There is no member with this name.
profiles-discover = Discover groups
profiles-member-since = member since { $date }
profiles-edit = Edit your profile
profiles-interests = Interests
profiles-your-groups = Your groups
profiles-shared-groups = Groups you share
profiles-none = None.
profiles-recent-heading = Recent posts and comments
profiles-recent-empty = Nothing you can see yet.
# A recent item: "Posted <post title> in <group>"; the title and the group are links between these.
profiles-posted = Posted
profiles-commented-on = Commented on
profiles-activity-in = in
profiles-report-heading = Report this member
profiles-report-to = To the moderators of
