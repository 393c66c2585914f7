# الإشراف (src/features/moderation): قائمة البلاغات، وطلبات الانضمام، والأعضاء وأدوارهم،
# والكتم والحظر، والإرشادات، وسجل الإشراف، وصحة المجموعة، وزر الإبلاغ.

## صفحة الإشراف وعلاماتها
mod-page-suffix = الإشراف
mod-tools-nav = أدوات الإشراف
mod-tab-reports = البلاغات
mod-tab-requests = طلبات الانضمام
mod-tab-members = الأعضاء
mod-tab-guidelines = الإرشادات
mod-tab-log = السجل
mod-tab-health = الصحة
mod-ignored-settings = تعذّر فهم بعض الإعدادات في هذا الرابط، لذا تم تجاهلها: { $names }.
mod-list-separator = { "، " }
mod-not-allowed = غير مسموح
mod-not-allowed-text = يمكن لمشرفي هذه المجموعة ومالكيها فقط استخدام أدوات الإشراف الخاصة بها.
mod-not-allowed-log-in = سجّل الدخول
mod-not-allowed-or-go = إن كنت تشرف على هذه المجموعة، أو عُد
mod-not-allowed-back = إلى المجموعة

## ما تشترك فيه العلامات
mod-not-done = لم يتم: { $problem }
mod-already-handled = تعامل مشرف آخر مع هذا بالفعل.
mod-reason-label = السبب (يُحفظ في سجل الإشراف)
mod-cancel = إلغاء
mod-role-owner = مالك
mod-role-moderator = مشرف
mod-role-member = عضو

## مدة الكتم أو الحظر
mod-expiry-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
mod-expiry-weeks = { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}
mod-expiry-permanent = حتى الرفع (للحظر فقط)
mod-expiry-custom = حتى تاريخ معيّن…
mod-expiry-ends-on = ينتهي في (UTC)
mod-expiry-mute-needs-end = يحتاج الكتم إلى نهاية: اختر مدة أو تاريخًا.
mod-expiry-choose-date = اختر التاريخ الذي ينتهي فيه الإجراء.
mod-expiry-past = يجب أن يكون تاريخ الانتهاء في المستقبل.
mod-expiry-too-far = تاريخ الانتهاء بعيد جدًا (خمس سنوات على الأكثر).
mod-muted-minutes = { $count ->
    [zero] مكتوم لمدة { $count } دقيقة أخرى
    [one] مكتوم لدقيقة أخرى
    [two] مكتوم لدقيقتين أخريين
    [few] مكتوم لمدة { $count } دقائق أخرى
    [many] مكتوم لمدة { $count } دقيقة أخرى
   *[other] مكتوم لمدة { $count } دقيقة أخرى
}
mod-muted-hours = { $count ->
    [zero] مكتوم لمدة { $count } ساعة أخرى
    [one] مكتوم لساعة أخرى
    [two] مكتوم لساعتين أخريين
    [few] مكتوم لمدة { $count } ساعات أخرى
    [many] مكتوم لمدة { $count } ساعة أخرى
   *[other] مكتوم لمدة { $count } ساعة أخرى
}
mod-muted-days = { $count ->
    [zero] مكتوم لمدة { $count } يوم آخر
    [one] مكتوم ليوم آخر
    [two] مكتوم ليومين آخرين
    [few] مكتوم لمدة { $count } أيام أخرى
    [many] مكتوم لمدة { $count } يومًا آخر
   *[other] مكتوم لمدة { $count } يوم آخر
}
mod-banned-minutes = { $count ->
    [zero] محظور لمدة { $count } دقيقة أخرى
    [one] محظور لدقيقة أخرى
    [two] محظور لدقيقتين أخريين
    [few] محظور لمدة { $count } دقائق أخرى
    [many] محظور لمدة { $count } دقيقة أخرى
   *[other] محظور لمدة { $count } دقيقة أخرى
}
mod-banned-hours = { $count ->
    [zero] محظور لمدة { $count } ساعة أخرى
    [one] محظور لساعة أخرى
    [two] محظور لساعتين أخريين
    [few] محظور لمدة { $count } ساعات أخرى
    [many] محظور لمدة { $count } ساعة أخرى
   *[other] محظور لمدة { $count } ساعة أخرى
}
mod-banned-days = { $count ->
    [zero] محظور لمدة { $count } يوم آخر
    [one] محظور ليوم آخر
    [two] محظور ليومين آخرين
    [few] محظور لمدة { $count } أيام أخرى
    [many] محظور لمدة { $count } يومًا آخر
   *[other] محظور لمدة { $count } يوم آخر
}
mod-muted-until-lifted = مكتوم حتى رفع الكتم
mod-banned-until-lifted = محظور حتى رفع الحظر
mod-ban-ended = انتهى الحظر

## مشكلات في ما كتبه المشرف (القواعد نفسها التي يطبقها الخادم)
mod-problem-reason-short = { $min ->
    [zero] يجب أن يحتوي السبب على { $min } حرف على الأقل.
    [one] يجب أن يحتوي السبب على حرف واحد على الأقل.
    [two] يجب أن يحتوي السبب على حرفين على الأقل.
    [few] يجب أن يحتوي السبب على { $min } أحرف على الأقل.
    [many] يجب أن يحتوي السبب على { $min } حرفًا على الأقل.
   *[other] يجب أن يحتوي السبب على { $min } حرف على الأقل.
}
mod-problem-reason-required = السبب مطلوب.
mod-problem-reason-long = يمكن أن يحتوي السبب على { $max } حرف كحد أقصى (وهو يحتوي على { $count }).
mod-problem-reason-chars = لا يمكن أن يحتوي السبب على أحرف تحكم (فواصل الأسطر وعلامات الجدولة مقبولة).
mod-problem-guidelines-long = يمكن أن تحتوي الإرشادات على { $max } حرف كحد أقصى.
mod-problem-guidelines-chars = لا يمكن أن تحتوي الإرشادات على أحرف تحكم (فواصل الأسطر وعلامات الجدولة مقبولة).
mod-problem-only-ban-ends = الحظر وحده له نهاية.
mod-problem-bad-time = هذا ليس تاريخًا ووقتًا صالحين.
mod-problem-end-past = يجب أن تكون النهاية في المستقبل.
mod-problem-end-far = النهاية بعيدة جدًا.
mod-problem-mute-needs-end = يحتاج الكتم إلى نهاية.
mod-problem-may-not-ban = لا يجوز للمشرفين حظر المشرفين أو المالكين، ولا يحظر أحدٌ مالكًا.
mod-problem-may-not-sanction = لا يجوز للمشرفين معاقبة المشرفين أو المالكين، ولا يعاقب أحدٌ مالكًا.
mod-problem-sanctions = لا يجوز لك تغيير العقوبات المفروضة على هذا العضو.
mod-problem-members-no-action = ينطبق هذا الإجراء على المنشورات والتعليقات، لا على الأعضاء.
mod-problem-moderators-only = لا يمكن القيام بهذا إلا لمشرفي المجموعة ومالكيها.
mod-problem-owners-only = لا يمكن القيام بهذا إلا لمالكي المجموعة.

## قائمة البلاغات
mod-report-status-nav = حالة البلاغات
mod-report-open = مفتوحة
mod-report-resolved = محلولة
mod-report-none-open = لا توجد بلاغات مفتوحة. كل شيء على ما يرام!
mod-report-none-resolved = لا توجد بلاغات محلولة بعد.
mod-report-more = عرض المزيد من البلاغات
mod-report-stale = وصلت بلاغات جديدة عن هذا العنصر في هذه الأثناء؛ تم تحديث القائمة، فراجعها مرة أخرى.
mod-report-heading-post = منشور مُبلَّغ عنه · { $count ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
mod-report-heading-comment = تعليق مُبلَّغ عنه · { $count ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
mod-report-heading-member = عضو مُبلَّغ عنه · { $count ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
mod-context-post = منشور في { $group } بواسطة { $author } · { $when }
mod-context-removed = مُزال
mod-context-locked = مقفل
mod-context-reply-to = ردًا على { $name }:
mod-context-comment = تعليق بواسطة { $name } · { $when }
mod-context-member = عضو في { $group }
mod-quoted-title = «{ $title }»
mod-open-post = فتح المنشور
mod-report-reasons = البلاغات
mod-ban-length = مدة الحظر
mod-action-remove = إزالة
mod-action-restore = استعادة
mod-action-lock = قفل المنشور
mod-action-ban-author = حظر الكاتب
mod-action-ban-member = حظر العضو
mod-action-dismiss = تجاهل
mod-target-post = المنشور «{ $title }»
mod-target-untitled = منشور بلا عنوان
mod-target-comment = التعليق الذي كتبه { $name }
mod-target-someone = شخص ما
mod-target-member = العضو @{ $username }
mod-report-done = { $action ->
    [remove] أُزيل: { $target }.
    [restore] استُعيد: { $target }.
    [lock] قُفل: { $target }.
    [ban] حُظر: { $target }.
   *[dismiss] تم التجاهل: { $target }.
}
mod-resolved-by = { $action ->
    [remove] أزاله { $name } { $when }
    [restore] استعاده { $name } { $when }
    [lock] قفله { $name } { $when }
    [ban] حظره { $name } { $when }
   *[dismiss] تجاهله { $name } { $when }
}

## زر الإبلاغ بجانب المنشورات والتعليقات والأعضاء
mod-report = إبلاغ
mod-report-hidden = { $what ->
    [post] عن هذا المنشور
    [comment] عن هذا التعليق
   *[member] عن هذا العضو
}
mod-report-why = { $what ->
    [post] لماذا تبلّغ عن هذا المنشور؟
    [comment] لماذا تبلّغ عن هذا التعليق؟
   *[member] لماذا تبلّغ عن هذا العضو؟
}
mod-report-help = لا يرى البلاغات إلا مشرفو المجموعة.
mod-report-send = إرسال البلاغ
mod-report-thanks = شكرًا لك. سيطّلع المشرفون على الأمر (حتى الآن: { $count ->
        [zero] لا بلاغات
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $count } بلاغات
        [many] { $count } بلاغًا
       *[other] { $count } بلاغ
    }).

## إزالة منشور أو تعليق أو استعادته حيث يقرؤه المشرف
mod-remove-hidden = { $what ->
    [post] هذا المنشور
   *[comment] هذا التعليق
}
mod-remove-why = { $what ->
    [post] لماذا تزيل هذا المنشور؟ (لسجل الإشراف)
   *[comment] لماذا تزيل هذا التعليق؟ (لسجل الإشراف)
}
mod-restore-why = { $what ->
    [post] لماذا تستعيد هذا المنشور؟ (لسجل الإشراف)
   *[comment] لماذا تستعيد هذا التعليق؟ (لسجل الإشراف)
}
mod-remove-what = { $what ->
    [post] إزالة المنشور
   *[comment] إزالة التعليق
}
mod-restore-what = { $what ->
    [post] استعادة المنشور
   *[comment] استعادة التعليق
}

## طلبات الانضمام
mod-join-public = هذه المجموعة عامة: يمكن لأي شخص الانضمام دون طلب.
mod-join-none = لا توجد طلبات انضمام معلّقة.
mod-join-approved = تمت الموافقة: أصبح { $name } عضوًا الآن.
mod-join-denied = رُفض طلب { $name }.
mod-join-asked = طلب { $when }
mod-join-message-label = رسالة إلى { $name } (اختياري)
mod-join-approve = موافقة
mod-join-approve-label = الموافقة على { $name }
mod-join-deny = رفض
mod-join-deny-label = رفض { $name }

## الأعضاء والأدوار والكتم والحظر
mod-current-members = الأعضاء الحاليون
mod-no-members = لا يوجد أعضاء.
mod-more-members = عرض المزيد من الأعضاء
mod-banned-heading = المحظورون
mod-nobody-banned = لا يوجد أحد محظور.
mod-role-now = { $role ->
    [owner] أصبح { $name } مالكًا أيضًا.
    [moderator] أصبح { $name } مشرفًا الآن.
   *[member] أصبح { $name } عضوًا الآن.
}
mod-transferred = أصبح { $name } مالك المجموعة الآن، وأنت أحد مشرفيها.
mod-muted-name = تم كتم { $name }.
mod-banned-name = تم حظر { $name }.
mod-unmuted-name = أُلغي كتم { $name }.
mod-unbanned-name = رُفع الحظر عن { $name }.
mod-make-moderator = تعيينه مشرفًا
mod-make-moderator-label = تعيينه مشرفًا: { $name }
mod-revoke-moderator = سحب الإشراف
mod-revoke-moderator-label = سحب الإشراف: { $name }
mod-unmute = إلغاء الكتم
mod-unmute-label = إلغاء كتم { $name }
mod-unban = رفع الحظر
mod-unban-label = رفع الحظر عن { $name }
mod-mute-or-ban = كتم { $name } أو حظره
mod-member-joined = انضم { $when }
mod-ban-by = بواسطة { $name }:
mod-make-co-owner = تعيينه مالكًا مشاركًا
mod-make-co-owner-label = تعيينه مالكًا مشاركًا: { $name }
mod-co-owner-confirm = هل تريد جعل { $name } مالكًا أيضًا؟ يستطيع المالكون تغيير دور أي عضو وأرشفة المجموعة.
mod-transfer = نقل الملكية
mod-transfer-label = نقل الملكية إلى { $name }
mod-transfer-confirm = هل تريد تسليم المجموعة إلى { $name }؟ سيصبح مالكًا وتصبح أنت أحد مشرفيها، ولا يستطيع إعادتك مالكًا إلا مالك.
mod-sanction-legend = الإجراء
mod-sanction-mute = كتم: يمكنه القراءة والتفاعل، لكن لا يمكنه النشر أو التعليق
mod-sanction-ban = حظر: يُزال من المجموعة ولا يمكنه الانضمام مجددًا
mod-sanction-length = المدة
mod-apply = تطبيق

## الإرشادات
mod-guidelines-help = يرى الأعضاء هذه الإرشادات عند انضمامهم وبجانب محرر المنشورات.
mod-guidelines-see-about = اطّلع عليها في صفحة «حول»
mod-guidelines-edit = تعديل الإرشادات
mod-guidelines-draft = إرشادات { $group }
mod-guidelines-label = الإرشادات
mod-guidelines-save = حفظ الإرشادات
mod-guidelines-saved = تم حفظ الإرشادات.
mod-guidelines-stale = { $problem } إذا حفظت مرة أخرى فستحل نسختك محل نسختهم.

## سجل الإشراف
mod-log-filter-label = تصفية السجل
mod-log-moderator = المشرف
mod-log-moderator-placeholder = اسم المستخدم
mod-log-action = الإجراء
mod-log-any-action = أي إجراء
mod-log-target = الهدف
mod-log-target-placeholder = member:carol، post…
mod-log-from = من
mod-log-to = إلى (شاملًا)
mod-log-apply = تطبيق عوامل التصفية
mod-log-clear = مسح عوامل التصفية
mod-log-check-filters = تحقق من عوامل التصفية هذه: { $names }.
mod-log-list = سجل الإشراف
mod-log-none = لا شيء في السجل بعد.
mod-log-none-filtered = لا توجد إدخالات تطابق عوامل التصفية هذه.
mod-log-more = عرض الإدخالات الأقدم
mod-log-kind = { $kind ->
    [post_removed] أزال منشورًا
    [post_restored] استعاد منشورًا
    [post_locked] قفل منشورًا
    [post_unlocked] فتح منشورًا
    [post_pinned] ثبّت منشورًا
    [post_unpinned] ألغى تثبيت منشور
    [comment_removed] أزال تعليقًا
    [comment_restored] استعاد تعليقًا
    [member_muted] كتم عضوًا
    [member_unmuted] ألغى كتم عضو
    [member_banned] حظر عضوًا
    [member_unbanned] رفع الحظر عن عضو
    [role_changed] غيّر دورًا
    [join_approved] وافق على طلب انضمام
    [join_denied] رفض طلب انضمام
    [report_dismissed] تجاهل بلاغًا
    [group_updated] حدّث المجموعة
    [guidelines_updated] حدّث الإرشادات
    [group_archived] أرشف المجموعة
    [resource_added] أضاف موردًا
    [resource_updated] حدّث موردًا
    [resource_removed] أزال موردًا
   *[event_cancelled] ألغى فعالية
}
mod-log-entry = { $kind ->
    [post_removed] { $actor } أزال منشورًا: { $target }
    [post_restored] { $actor } استعاد منشورًا: { $target }
    [post_locked] { $actor } قفل منشورًا: { $target }
    [post_unlocked] { $actor } فتح منشورًا: { $target }
    [post_pinned] { $actor } ثبّت منشورًا: { $target }
    [post_unpinned] { $actor } ألغى تثبيت منشور: { $target }
    [comment_removed] { $actor } أزال تعليقًا: { $target }
    [comment_restored] { $actor } استعاد تعليقًا: { $target }
    [member_muted] { $actor } كتم عضوًا: { $target }
    [member_unmuted] { $actor } ألغى كتم عضو: { $target }
    [member_banned] { $actor } حظر عضوًا: { $target }
    [member_unbanned] { $actor } رفع الحظر عن عضو: { $target }
    [role_changed] { $actor } غيّر دورًا: { $target }
    [join_approved] { $actor } وافق على طلب انضمام: { $target }
    [join_denied] { $actor } رفض طلب انضمام: { $target }
    [report_dismissed] { $actor } تجاهل بلاغًا: { $target }
    [group_updated] { $actor } حدّث المجموعة: { $target }
    [guidelines_updated] { $actor } حدّث الإرشادات: { $target }
    [group_archived] { $actor } أرشف المجموعة: { $target }
    [resource_added] { $actor } أضاف موردًا: { $target }
    [resource_updated] { $actor } حدّث موردًا: { $target }
    [resource_removed] { $actor } أزال موردًا: { $target }
   *[event_cancelled] { $actor } ألغى فعالية: { $target }
}

## صحة المجموعة
mod-health-loading = جارٍ تحميل الأرقام…
mod-health-no-activity = لم يكن هناك أي نشاط بعد.
mod-health-active-today = آخر نشاط: اليوم.
mod-health-active-ago = آخر نشاط: قبل { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
    }.
mod-percent = { $value }٪
mod-engagement = نسبة التفاعل: حصة النشطين خلال الأسابيع الأربعة الأخيرة من أعضاء المجموعة ({ $count ->
        [zero] { $count } عضو
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }).
mod-health-quiet-heading = أصبحت هذه المجموعة هادئة
mod-health-quiet-text = عدد المنشورات والتعليقات في الأسبوعين الأخيرين أقل من { $count }. دفعة بسيطة كثيرًا ما تعيد الناس:
mod-prompt-topic = ما الذي جذبك إلى { $topic }، وما الذي يبقيك مهتمًا به؟
mod-prompt-meetup = ماذا يجب أن يكون لقاؤنا القادم؟ شاركونا أفكاركم
mod-prompt-introduce = عرّف بنفسك: ما الذي تود أن تحصل عليه من هذه المجموعة؟
mod-prompt-link = انشر سؤالًا للنقاش: «{ $prompt }»
mod-health-schedule = جدولة فعالية
mod-overlap-heading = مجموعات تتداخل مع هذه المجموعة
mod-overlap-help = تشترك هذه المجموعات مع مجموعتك في المواضيع والأعضاء. إن كنتم تغطون المجال نفسه، فتحدث مع قادتها عن الدمج أو تنظيم فعاليات مشتركة، حتى لا يتوزع الأعضاء على مجموعات متعددة.
mod-overlap-facts = { $shared ->
    [zero] { $shared } عضو مشترك
    [one] عضو مشترك واحد
    [two] عضوان مشتركان
    [few] { $shared } أعضاء مشتركين
    [many] { $shared } عضوًا مشتركًا
   *[other] { $shared } عضو مشترك
    } (من أصل { $total })، مواضيع مشتركة: { $topics }

## الرسوم البيانية الأسبوعية
mod-series-posts = المنشورات
mod-series-comments = التعليقات
mod-series-active = الأعضاء النشطون
mod-series-new = الأعضاء الجدد
mod-series-rsvps = تأكيدات الحضور
mod-chart-per-week = { $label } أسبوعيًا
mod-chart-summary = { $label } أسبوعيًا على مدى { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
    } بدءًا من { $from }: المجموع { $total }، والأعلى { $peak } (أسبوع { $peak_week })، وهذا الأسبوع حتى الآن { $last }.
mod-chart-no-data = { $label }: لا توجد بيانات.
mod-chart-bar = { $week }: { $value }
mod-chart-tick-date = { $date }
mod-chart-table = عرض كجدول
mod-chart-table-of = : { $label }
mod-chart-week-of = أسبوع

## إيقاف سلاسل الفعاليات المتكررة مؤقتًا في مجموعة هادئة
mod-pause-heading = كانت هذه المجموعة هادئة. هل تريد إيقاف سلسلة مؤقتًا؟
mod-pause-help = لا تخطط السلسلة الموقوفة مؤقتًا لمواعيد جديدة، وتُزال مواعيدها القادمة التي لم يرد عليها أحد. استأنفها حين تنشط المجموعة من جديد.
mod-series-repeating = متكررة
mod-series-paused = موقوفة مؤقتًا
mod-series-next = الموعد التالي: { $date }، { $time }
mod-series-no-date = لا يوجد موعد مخطط
mod-series-pause = إيقاف مؤقت
mod-series-resume = استئناف
mod-series-pause-label = إيقاف «{ $title }» مؤقتًا
mod-series-resume-label = استئناف «{ $title }»
mod-rule-daily = { $n ->
    [zero] كل { $n } يوم
    [one] كل يوم
    [two] كل يومين
    [few] كل { $n } أيام
    [many] كل { $n } يومًا
   *[other] كل { $n } يوم
}
mod-rule-daily-on = { $n ->
    [zero] كل { $n } يوم، في أيام { $days }
    [one] كل يوم، في أيام { $days }
    [two] كل يومين، في أيام { $days }
    [few] كل { $n } أيام، في أيام { $days }
    [many] كل { $n } يومًا، في أيام { $days }
   *[other] كل { $n } يوم، في أيام { $days }
}
mod-rule-weekly-on = { $n ->
    [zero] كل { $n } أسبوع يوم { $days }
    [one] كل أسبوع يوم { $days }
    [two] كل أسبوعين يوم { $days }
    [few] كل { $n } أسابيع يوم { $days }
    [many] كل { $n } أسبوعًا يوم { $days }
   *[other] كل { $n } أسبوع يوم { $days }
}
mod-rule-monthly-day = { $n ->
    [zero] كل { $n } شهر في اليوم { $day }
    [one] كل شهر في اليوم { $day }
    [two] كل شهرين في اليوم { $day }
    [few] كل { $n } أشهر في اليوم { $day }
    [many] كل { $n } شهرًا في اليوم { $day }
   *[other] كل { $n } شهر في اليوم { $day }
}
mod-rule-monthly-on = { $n ->
    [zero] كل { $n } شهر في { $days }
    [one] كل شهر في { $days }
    [two] كل شهرين في { $days }
    [few] كل { $n } أشهر في { $days }
    [many] كل { $n } شهرًا في { $days }
   *[other] كل { $n } شهر في { $days }
}
mod-rule-nth = { $n ->
    [1] { $day } الأول
    [2] { $day } الثاني
    [3] { $day } الثالث
    [4] { $day } الرابع
   *[5] { $day } الخامس
}
mod-rule-nth-last = { $n ->
    [1] { $day } الأخير
    [2] { $day } قبل الأخير
    [3] { $day } الثالث من الآخر
    [4] { $day } الرابع من الآخر
   *[5] { $day } الخامس من الآخر
}
mod-rule-and = { $first } و{ $last }
