# Discover: finding groups (search, filters, sort), recommendations, group cards, and the
# first-run welcome for visitors and for members in no group yet.

## The page and its search
discover-title = Discover groups
discover-search-label = Search groups
discover-search-placeholder = Name, purpose or topic
# The button that folds the filters away on a phone. $count: how many filters are set.
discover-filters-toggle = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}

## Filters and sort
discover-filter-topic = Topic
discover-filter-region = Region
discover-filter-region-placeholder = Any region
discover-filter-visibility = Who can see
discover-filter-size = Size
discover-filter-activity = Activity
discover-sort = Sort by
discover-topic-any = Any topic
discover-visibility-any = Public and private
discover-visibility-public = Public
discover-visibility-private = Private
discover-size-any = Any size
# Group sizes in members.
discover-size-small = Up to { $max }
discover-size-medium = { $min } to { $max }
discover-size-large = Over { $min }
discover-activity-any = Any activity
discover-activity-week = Active this week
discover-activity-month = Active this month
discover-activity-quiet = Quiet for a month
discover-sort-active = Recently active
discover-sort-new = Newest
discover-sort-members = Most members
discover-sort-name = Name
discover-clear-filters = Clear filters
# $names: the link's parameter names, e.g. "size, sort".
discover-ignored = Some filters in this link were not understood and are ignored: { $names }.

## Results
discover-results-matching = Matching groups
discover-results-all = All groups
discover-empty = No groups match. Try fewer filters, or start the group you are looking for.
discover-start-group = Start a group
discover-loading-groups = Loading groups…
discover-show-more = Show more groups

## Recommendations: "No suggestions yet. Choose your interests and we will suggest groups that share them."
discover-recommended = Recommended for you
discover-loading-suggestions = Loading suggestions…
discover-recs-none = No suggestions yet.
discover-recs-choose-link = Choose your interests
# Follows the "Choose your interests" link.
discover-recs-choose-rest = { " " }and we will suggest groups that share them.

## A group card
discover-card-private = Private
discover-card-unlisted = Unlisted
discover-card-topics = Topics
discover-card-topic-link = Groups about { $topic }
discover-card-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# $ago: e.g. "3 days ago".
discover-card-quiet = Quiet lately · last active { $ago }
discover-card-this-week = { $posts ->
        [one] { $posts } post
       *[other] { $posts } posts
    } and { $comments ->
        [one] { $comments } comment
       *[other] { $comments } comments
    } this week
discover-card-events = { $count ->
    [one] { $count } event coming up
   *[other] { $count } events coming up
}
# Why a group is recommended. $topics: the member's interests it shares, e.g. "hiking and books".
discover-card-reason = Because you follow { $topics }
# Joining a list of topics: "hiking, books and music".
discover-list-comma = { $rest }, { $next }
discover-list-and = { $rest } and { $last }

## The welcome for visitors
discover-welcome-active = Active groups
discover-welcome-see-groups = See the groups
discover-welcome-coming-up = Coming up
discover-welcome-loading-events = Loading events…
discover-welcome-no-events = No public events in the next weeks.

## A member in no group yet
discover-first-heading = Find your people
discover-first-text = You are not in any group yet. Join one and its posts and events show up here.
discover-first-finding = Finding groups for you…
discover-first-discover = Discover groups
discover-first-see-all = See all groups
discover-first-nothing = Nothing for you yet?
discover-first-start-text = Start the group you are looking for: it takes a minute, and others can find it here.
