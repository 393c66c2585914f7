# Notifications: the inbox, the bell, levels, blocking and push on this device
# (src/features/notifications).

## What an inbox item says. $kind: what happened (with _owner/_moderator/_member for role
## changes, _ban/_mute for sanctions); $actor: who did it (a display name, or notif-someone);
## $group: the group's name (or notif-a-group).
notif-headline = { $kind ->
    [post_reply] علّق { $actor } على منشورك في { $group }
    [comment_reply] ردّ { $actor } على تعليقك في { $group }
    [mention] أشار إليك { $actor } في { $group }
    [join_approved] قُبل طلب انضمامك إلى { $group }
    [join_denied] رُفض طلب انضمامك إلى { $group }
    [role_changed_owner] جعلك { $actor } مالكًا لـ { $group }
    [role_changed_moderator] جعلك { $actor } مشرفًا في { $group }
    [role_changed_member] أصبحت الآن عضوًا في { $group } دون دور إشرافي
    [sanctioned_ban] حُظرت من { $group }
    [sanctioned_mute] كُتمت في { $group }
    [new_post] نشر { $actor } في { $group }
    [new_event] فعالية جديدة في { $group }
    [event_changed] تغيّرت فعالية رددت عليها في { $group }
    [event_cancelled] أُلغيت فعالية رددت عليها في { $group }
    [waitlist_promoted] توفّر مكان: أنت ذاهب
    [event_reminder] قريبًا
    [new_report] أبلغ { $actor } عن شيء في { $group }
    [new_join_request] يطلب { $actor } الانضمام إلى { $group }
   *[poll_scheduled] حوّل { $actor } استطلاع موعد في { $group } إلى فعالية: اسمك في القائمة
}
# $actor when the notification names nobody.
notif-someone = شخص ما
# $group when the notification names no group (used inside notif-headline).
notif-a-group = مجموعة

## The inbox (/notifications)
notif-page-title = الإشعارات
# A visitor's inbox: the link, then the rest of the sentence.
notif-login-link = سجّل الدخول
notif-login-rest = { " " }لترى ما حدث في مجموعاتك.
notif-filter-group = المجموعة
notif-all-groups = كل المجموعات
notif-unread-only = غير المقروءة فقط
notif-mark-all-read = تعليم الكل كمقروء
# Read out before an unread item's sentence.
notif-unread-marker = غير مقروء:
notif-today = اليوم
notif-yesterday = أمس
notif-empty = لا شيء بعد. ستظهر هنا الردود والإشارات والفعاليات من مجموعاتك.
notif-loading = جارٍ تحميل الإشعارات…

## The bell in the header and "new posts" above a feed
# The bell's accessible name. $count: unread notifications.
notif-bell-label = { $count ->
    [0] الإشعارات
    [zero] الإشعارات
    [one] الإشعارات، واحد غير مقروء
    [two] الإشعارات، اثنان غير مقروءين
    [few] الإشعارات، { $count } غير مقروءة
    [many] الإشعارات، { $count } غير مقروء
   *[other] الإشعارات، { $count } غير مقروء
}
# The button above a feed. $count: posts that arrived since it was loaded.
notif-new-posts = { $count ->
    [zero] لا منشورات جديدة · عرض
    [one] منشور جديد · عرض
    [two] منشوران جديدان · عرض
    [few] { $count } منشورات جديدة · عرض
    [many] { $count } منشورًا جديدًا · عرض
   *[other] { $count } منشور جديد · عرض
}

## How much a group tells (the level picker)
notif-level-label = أخبرني عن
notif-level = { $level ->
    [all] كل منشور جديد
    [default] الردود والإشارات والفعاليات
    [mentions] الإشارات والردود فقط
   *[muted] لا شيء (مكتوم)
}
notif-saved = تم الحفظ

## Blocking a member
notif-blocked-text = لقد حظرت هذا العضو: منشوراته وتعليقاته مطويّة بالنسبة إليك.
notif-unblock = إلغاء الحظر
# $username: the member's username.
notif-block-confirm = هل تريد حظر @{ $username }؟ ستُطوى منشوراته وتعليقاته بالنسبة إليك ولن تصلك منه إشعارات بعد الآن. لن يُبلَّغ بذلك.
notif-block = حظر
notif-cancel = إلغاء
notif-block-member = حظر هذا العضو
notif-blocked-heading = الأعضاء المحظورون
notif-blocked-loading = جارٍ التحميل…
notif-blocked-none = لم تحظر أحدًا. يمكنك حظر عضو من ملفه الشخصي.

## Notifications on this device (web push, in Settings)
notif-push-heading = الإشعارات على هذا الجهاز
notif-push-checking = جارٍ التحقق…
notif-push-unsupported = لا يستطيع هذا المتصفح عرض إشعارات من Kith. لا يزال الجرس في الترويسة يحصي ما هو جديد.
notif-push-no-server = لا يرسل خادم هذا المجتمع إشعارات إلى الأجهزة. الجرس في الترويسة يحصي ما هو جديد.
notif-push-denied = الإشعارات محظورة لهذا الموقع في إعدادات متصفحك. اسمح بها هناك لتفعيلها.
notif-push-off = تلقَّ الردود والإشارات والتذكيرات على هذا الجهاز حتى عندما يكون Kith مغلقًا.
notif-push-turn-on = تفعيل الإشعارات
notif-push-on = يعرض هذا الجهاز إشعارات من مجموعاتك.
notif-push-turn-off = إيقاف على هذا الجهاز
notif-push-working = جارٍ العمل…
# $error: why, e.g. notif-push-browser-refused or the browser's own message.
notif-push-turn-on-failed = تعذّر تفعيل الإشعارات: { $error }
notif-push-server-not-told = توقّف هذا الجهاز، لكن تعذّر إبلاغ الخادم: { $error }
notif-push-browser-refused = رفض المتصفح ذلك
notif-push-unreadable = تعذّرت قراءة اشتراك المتصفح
notif-push-unavailable = لا يتيح هذا المتصفح الإشعارات هنا
