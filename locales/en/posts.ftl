# Posts: the home and group feeds, post cards, a post's page, the composers and threaded
# comments (src/features/posts).

## Posts without their title (deleted by the author, removed by a moderator)
posts-tombstone-deleted = Deleted post
posts-tombstone-removed = Removed by a moderator
posts-tombstone-untitled = Untitled post

## Home page
posts-home-title-member = Your feed
posts-home-title-visitor = Home
posts-welcome-lead = Kith is for small groups — ten to fifty people around something they love: a hiking crew, a book circle, a repair café.
posts-welcome-discover = Discover groups
posts-welcome-sign-up = Create an account
posts-welcome-log-in = Log in
posts-home-empty = Nothing new in your groups yet.
posts-home-empty-discover = Discover more groups

## A group's feed
posts-private-pending = This group is private: only its members can read its posts. Your request to join is waiting for a moderator.
posts-private-ask = This group is private: only its members can read its posts. Ask to join above.
posts-group-empty = No posts yet. Start the first conversation!
posts-archived = This group is archived: it can be read but not added to.
# "Log in to write in this group.": the link, then the rest of the sentence after a space.
posts-write-log-in = Log in
posts-write-log-in-rest = to write in this group.
posts-write-join = Join the group to post here.
# $date: a date, e.g. "12 Mar 2026".
posts-muted-until = A moderator has muted you in this group until { $date }. You can still read, react and RSVP.

## Feeds and sorting
# Heading (for screen readers) and accessible name of a list of posts.
posts-feed-label = Posts
posts-feed-loading = Loading posts…
posts-sort-label = Sort posts
posts-sort-new = New
posts-sort-hot = Hot
posts-sort-top = Top

## Post cards
posts-blocked-post = A post by a member you blocked.
posts-blocked-comment = A comment by a member you blocked.
posts-show-it = Show it
posts-deleted-text = This post was deleted by its author.
posts-removed-text = This post was removed by a moderator.
# Shown to moderators in a feed: the start of a removed post's text.
posts-removed-excerpt = [Removed — visible to moderators] { $excerpt }
posts-badge-pinned = Pinned
posts-badge-locked = Locked
posts-badge-locked-closed = Locked — comments are closed
posts-badge-removed = Removed by a moderator
# Between the author and the group in a card of the home feed: "Carol in Hiking".
posts-card-in = in
# After the time a post or comment was written: "3 hours ago · edited".
posts-edited = edited
posts-comment-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}

## Reactions
posts-reactions-label = Reactions
posts-reaction-like = like
posts-reaction-love = love
posts-reaction-laugh = laugh
posts-reaction-celebrate = celebrate
posts-reaction-insightful = insightful
# A reaction button's accessible name: "like: 3". $reaction is one of the names above.
posts-reaction-aria = { $reaction }: { $count }

## Writing a post
# The name of the draft in the drafts list; $group: the group's name.
posts-composer-draft-label = New post in { $group }
posts-fix-fields = Some fields need attention.
posts-composer-posted = Posted.
posts-composer-offline = You are offline: the post waits in your outbox and is sent when you are back online.
posts-composer-heading = Write a post
posts-composer-start = Start a new post…
posts-field-title = Title
posts-field-post = Post
posts-composer-placeholder = Share something with the group…
posts-composer-submit = Post
posts-composer-busy = Posting…
posts-composer-hide = Hide
# "Please keep to the group's guidelines.": the words before the link, then the link.
posts-guidelines-before = Please keep to the
posts-guidelines-link = group's guidelines
posts-guidelines-summary = Read the guidelines here

## A post's page
posts-page-title-loading = Post
# The page's heading: the post's title.
posts-page-title = { $title }
posts-back-to-group = ← Back to the group
posts-loading-post = Loading the post…
posts-not-found = This post does not exist, or it is not visible to you.
posts-action-edit = Edit
posts-action-delete = Delete
posts-action-pin = Pin
posts-action-unpin = Unpin
posts-action-lock = Lock
posts-action-unlock = Unlock
posts-action-reply = Reply
posts-delete-question = Delete this post?
posts-delete-explain = Delete this post? Comments stay, the post's text goes.
posts-delete-confirm = Delete post
posts-delete-keep = Keep it
# The name of the draft of an edit; $title: the post's title.
posts-edit-draft-label = Edit of “{ $title }”
posts-edit-save = Save changes

## Comments
posts-comments-locked = This post is locked: no new comments.
posts-thread-nav = Thread
posts-thread-back = ← Back to the whole discussion
posts-thread-up = Up one level
posts-thread-one = You are reading one thread of this discussion.
posts-comments-cut = Only the first { $count } comments of this discussion are shown: it is longer than the app loads at once.
posts-comments-loading = Loading comments…
posts-comments-empty = No comments yet.
posts-thread-missing = That comment is not part of this discussion (any more).
posts-comment-deleted = [deleted by its author]
posts-comment-removed = [removed by a moderator]
# A comment's accessible name; $name: its author's display name.
posts-comment-label = Comment by { $name }
posts-thread-expand = Expand thread
posts-thread-collapse = Collapse thread
posts-replies-hidden = { $count ->
    [one] { $count } reply hidden
   *[other] { $count } replies hidden
}
posts-reply-limit = Replies nest { $max } deep at most; answer a comment further up.
posts-thread-continue = Continue this thread
posts-more-replies = { $count ->
    [one] { $count } more reply
   *[other] { $count } more replies
}
posts-edit-comment-draft-label = Edit of a comment
posts-edit-comment-label = Edit your comment
posts-edit-comment-save = Save

## Writing a comment
# The name of the draft in the drafts list; $title: the post's title.
posts-reply-draft-label = Reply in “{ $title }”
posts-comment-draft-label = Comment on “{ $title }”
posts-reply-field = Your reply
posts-comment-field = Add a comment
posts-reply-submit = Reply
posts-comment-submit = Comment
posts-comment-busy = Sending…
posts-cancel = Cancel

## Problems with what was written (the same rules the server checks)
# $field: title, post or comment.
posts-problem-required = { $field ->
    [title] The title is required.
    [post] The post is required.
   *[comment] The comment is required.
}
posts-problem-too-long = { $field ->
    [title] The title can have at most { $max } characters (it has { $count }).
    [post] The post can have at most { $max } characters (it has { $count }).
   *[comment] The comment can have at most { $max } characters (it has { $count }).
}
posts-problem-title-chars = The title cannot contain control characters, line breaks or text-direction overrides.
posts-problem-text-chars = { $field ->
    [post] The post cannot contain control characters (line breaks and tabs are fine).
   *[comment] The comment cannot contain control characters (line breaks and tabs are fine).
}
posts-problem-parent = The parent must be a comment of the same post.
posts-problem-too-deep = Replies nest at most { $max } deep; answer a comment higher up the thread.
