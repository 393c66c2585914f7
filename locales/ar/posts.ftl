# Posts: the home and group feeds, post cards, a post's page, the composers and threaded
# comments (src/features/posts).

## Posts without their title (deleted by the author, removed by a moderator)
posts-tombstone-deleted = منشور محذوف
posts-tombstone-removed = أزاله أحد المشرفين
posts-tombstone-untitled = منشور بلا عنوان

## Home page
posts-home-title-member = آخر المستجدات
posts-home-title-visitor = الرئيسية
posts-welcome-lead = Kith مخصّص للمجموعات الصغيرة — من عشرة إلى خمسين شخصًا يجمعهم شيء يحبّونه: فريق للمشي في الطبيعة، أو حلقة لقراءة الكتب، أو مقهى لإصلاح الأشياء.
posts-welcome-discover = استكشف المجموعات
posts-welcome-sign-up = أنشئ حسابًا
posts-welcome-log-in = تسجيل الدخول
posts-home-empty = لا جديد في مجموعاتك حتى الآن.
posts-home-empty-discover = اكتشف مزيدًا من المجموعات

## A group's feed
posts-private-pending = هذه المجموعة خاصة: لا يقرأ منشوراتها إلا أعضاؤها. طلب انضمامك بانتظار موافقة أحد المشرفين.
posts-private-ask = هذه المجموعة خاصة: لا يقرأ منشوراتها إلا أعضاؤها. اطلب الانضمام من الأعلى.
posts-group-empty = لا منشورات بعد. ابدأ أول نقاش!
posts-archived = هذه المجموعة مؤرشفة: يمكن قراءتها لكن لا يمكن الإضافة إليها.
# "Log in to write in this group.": the link, then the rest of the sentence after a space.
posts-write-log-in = سجّل الدخول
posts-write-log-in-rest = لتكتب في هذه المجموعة.
posts-write-join = انضم إلى المجموعة لتنشر هنا.
# $date: a date, e.g. "12 Mar 2026".
posts-muted-until = كتم أحد المشرفين صوتك في هذه المجموعة حتى { $date }. لا يزال بإمكانك القراءة والتفاعل وتأكيد الحضور.

## Feeds and sorting
# Heading (for screen readers) and accessible name of a list of posts.
posts-feed-label = المنشورات
posts-feed-loading = جارٍ تحميل المنشورات…
posts-sort-label = ترتيب المنشورات
posts-sort-new = الأحدث
posts-sort-hot = الرائج
posts-sort-top = الأفضل

## Post cards
posts-blocked-post = منشور من عضو حظرته.
posts-blocked-comment = تعليق من عضو حظرته.
posts-show-it = اعرضه
posts-deleted-text = حذف كاتب هذا المنشور منشوره.
posts-removed-text = أزال أحد المشرفين هذا المنشور.
# Shown to moderators in a feed: the start of a removed post's text.
posts-removed-excerpt = [أُزيل — مرئي للمشرفين] { $excerpt }
posts-badge-pinned = مثبّت
posts-badge-locked = مقفل
posts-badge-locked-closed = مقفل — التعليقات مغلقة
posts-badge-removed = أزاله أحد المشرفين
# Between the author and the group in a card of the home feed: "Carol in Hiking".
posts-card-in = في
# After the time a post or comment was written: "3 hours ago · edited".
posts-edited = معدَّل
posts-comment-count = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}

## Reactions
posts-reactions-label = التفاعلات
posts-reaction-like = إعجاب
posts-reaction-love = حب
posts-reaction-laugh = ضحك
posts-reaction-celebrate = احتفال
posts-reaction-insightful = مفيد
# A reaction button's accessible name: "like: 3". $reaction is one of the names above.
posts-reaction-aria = { $reaction }: { $count }

## Writing a post
# The name of the draft in the drafts list; $group: the group's name.
posts-composer-draft-label = منشور جديد في { $group }
posts-fix-fields = بعض الحقول تحتاج إلى مراجعة.
posts-composer-posted = تم النشر.
posts-composer-offline = أنت غير متصل: المنشور ينتظر في صندوق الصادر وسيُرسل عند عودتك إلى الاتصال.
posts-composer-heading = اكتب منشورًا
posts-composer-start = ابدأ منشورًا جديدًا…
posts-field-title = العنوان
posts-field-post = المنشور
posts-composer-placeholder = شارك شيئًا مع المجموعة…
posts-composer-submit = انشر
posts-composer-busy = جارٍ النشر…
posts-composer-hide = إخفاء
# "Please keep to the group's guidelines.": the words before the link, then the link.
posts-guidelines-before = يُرجى الالتزام
posts-guidelines-link = بإرشادات المجموعة
posts-guidelines-summary = اقرأ الإرشادات هنا

## A post's page
posts-page-title-loading = منشور
# The page's heading: the post's title.
posts-page-title = { $title }
posts-back-to-group = → العودة إلى المجموعة
posts-loading-post = جارٍ تحميل المنشور…
posts-not-found = هذا المنشور غير موجود، أو غير مرئي لك.
posts-action-edit = تعديل
posts-action-delete = حذف
posts-action-pin = تثبيت
posts-action-unpin = إلغاء التثبيت
posts-action-lock = قفل
posts-action-unlock = فتح القفل
posts-action-reply = رد
posts-delete-question = هل تريد حذف هذا المنشور؟
posts-delete-explain = هل تريد حذف هذا المنشور؟ تبقى التعليقات، ويُحذف نص المنشور.
posts-delete-confirm = احذف المنشور
posts-delete-keep = أبقِه
# The name of the draft of an edit; $title: the post's title.
posts-edit-draft-label = تعديل «{ $title }»
posts-edit-save = احفظ التغييرات

## Comments
posts-comments-locked = هذا المنشور مقفل: لا تعليقات جديدة.
posts-thread-nav = سلسلة الردود
posts-thread-back = → العودة إلى النقاش كاملًا
posts-thread-up = مستوى واحد للأعلى
posts-thread-one = أنت تقرأ سلسلة واحدة من هذا النقاش.
posts-comments-cut = تُعرض التعليقات الأولى فقط ({ $count }) من هذا النقاش: فهو أطول مما يحمّله التطبيق دفعة واحدة.
posts-comments-loading = جارٍ تحميل التعليقات…
posts-comments-empty = لا تعليقات بعد.
posts-thread-missing = هذا التعليق ليس (أو لم يعد) جزءًا من هذا النقاش.
posts-comment-deleted = [حذفه كاتبه]
posts-comment-removed = [أزاله أحد المشرفين]
# A comment's accessible name; $name: its author's display name.
posts-comment-label = تعليق من { $name }
posts-thread-expand = توسيع السلسلة
posts-thread-collapse = طي السلسلة
posts-replies-hidden = { $count ->
    [zero] لا ردود مخفية
    [one] رد واحد مخفي
    [two] ردّان مخفيان
    [few] { $count } ردود مخفية
    [many] { $count } ردًّا مخفيًّا
   *[other] { $count } رد مخفي
}
posts-reply-limit = أقصى عمق لتداخل الردود هو { $max }؛ أجب على تعليق في مستوى أعلى.
posts-thread-continue = تابع هذه السلسلة
posts-more-replies = { $count ->
    [zero] لا ردود أخرى
    [one] رد آخر
    [two] ردّان آخران
    [few] { $count } ردود أخرى
    [many] { $count } ردًّا آخر
   *[other] { $count } رد آخر
}
posts-edit-comment-draft-label = تعديل تعليق
posts-edit-comment-label = عدّل تعليقك
posts-edit-comment-save = حفظ

## Writing a comment
# The name of the draft in the drafts list; $title: the post's title.
posts-reply-draft-label = رد في «{ $title }»
posts-comment-draft-label = تعليق على «{ $title }»
posts-reply-field = ردّك
posts-comment-field = أضف تعليقًا
posts-reply-submit = رد
posts-comment-submit = علّق
posts-comment-busy = جارٍ الإرسال…
posts-cancel = إلغاء

## Problems with what was written (the same rules the server checks)
# $field: title, post or comment.
posts-problem-required = { $field ->
    [title] العنوان مطلوب.
    [post] نص المنشور مطلوب.
   *[comment] نص التعليق مطلوب.
}
posts-problem-too-long = { $field ->
    [title] لا يمكن أن يتجاوز العنوان { $max } من الأحرف (فيه الآن { $count }).
    [post] لا يمكن أن يتجاوز المنشور { $max } من الأحرف (فيه الآن { $count }).
   *[comment] لا يمكن أن يتجاوز التعليق { $max } من الأحرف (فيه الآن { $count }).
}
posts-problem-title-chars = لا يمكن أن يحتوي العنوان على محارف تحكّم أو فواصل أسطر أو محارف تغيير اتجاه النص.
posts-problem-text-chars = { $field ->
    [post] لا يمكن أن يحتوي المنشور على محارف تحكّم (فواصل الأسطر والجدولة مسموحة).
   *[comment] لا يمكن أن يحتوي التعليق على محارف تحكّم (فواصل الأسطر والجدولة مسموحة).
}
posts-problem-parent = يجب أن يكون الأصل تعليقًا على المنشور نفسه.
posts-problem-too-deep = أقصى عمق لتداخل الردود هو { $max }؛ أجب على تعليق أعلى في السلسلة.
