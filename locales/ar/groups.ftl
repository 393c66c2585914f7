# Groups: the frame of every group page (header, joining, tabs), the about page with its
# resources shelf, the member list and starting a new group (src/features/groups).

## The frame of every group page
# The page's heading: the group's name, alone or with the page's section ("Hiking · about").
groups-page-title = { $name }
groups-page-title-section = { $name } · { $section }
groups-loading = جارٍ تحميل المجموعة…
groups-not-found = لا توجد مجموعة على هذا العنوان. ربما أُعيدت تسميتها أو أُرشفت.
groups-discover = استكشف المجموعات
groups-member-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
groups-visibility-public = مجموعة عامة
groups-visibility-private = مجموعة خاصة
groups-visibility-unlisted = مجموعة غير مدرجة
groups-archived-note = مؤرشفة (للقراءة فقط)
# A member's link to the group's notification setting; $level: e.g. "Everything".
groups-notify-link = الإشعارات: { $level }
groups-tabs-label = أقسام المجموعة
groups-tab-feed = المنشورات
groups-tab-events = الفعاليات
groups-tab-polls = استطلاعات المواعيد
groups-tab-members = الأعضاء
groups-tab-about = حول
groups-tab-moderation = الإشراف

## Joining and leaving
groups-join-request = اطلب الانضمام
groups-join = انضم
groups-join-withdraw = اسحب الطلب
groups-join-leave-owner = غادر (المالك)
groups-join-leave = غادر
# The join button's accessible name, with the group's name.
groups-join-request-aria = اطلب الانضمام إلى { $name }
groups-join-aria = انضم إلى { $name }
groups-join-withdraw-aria = اسحب طلب الانضمام إلى { $name }
groups-join-leave-owner-aria = غادر { $name } (المالك)
groups-join-leave-aria = غادر { $name }
groups-join-log-in = سجّل الدخول للانضمام
groups-join-request-sent = أُرسل الطلب
groups-leave-question = هل تريد مغادرة { $name }؟
groups-leave-private = المجموعة خاصة: للعودة إليها ستحتاج إلى تقديم طلب من جديد.
groups-leave-confirm = غادر المجموعة
groups-leave-stay = ابقَ
groups-join-message = رسالة إلى المشرفين (اختيارية)
groups-join-send = أرسل الطلب
groups-cancel = إلغاء
groups-sole-owner-link = اختر مالكًا آخر من الإشراف ← الأعضاء
groups-joined-welcome = انضممت إلى { $name }. أهلًا بك!
groups-guidelines-summary = يُرجى قراءة إرشادات المجموعة

## About page
groups-about-suffix = حول
groups-about-notifications = الإشعارات
groups-about-guidelines = الإرشادات
groups-about-no-guidelines = لم تكتب هذه المجموعة إرشادات بعد. كن لطيفًا والتزم بالموضوع.
groups-about-facts = عن هذه المجموعة
# Followed by the group's topics.
groups-about-topics = المواضيع:
# Followed by the group's region.
groups-about-region = المنطقة:
# $date: the day the group was started, e.g. "12 Mar 2026".
groups-about-started = أُنشئت في { $date }
groups-resources = الموارد
groups-resources-loading = جارٍ تحميل الموارد…
groups-resources-empty = لا موارد بعد. يجمع المشرفون هنا روابط مفيدة.
groups-resource-tags = الوسوم
groups-resource-added-by = أضافه { $name }

## Members page
groups-members-suffix = الأعضاء
groups-role-owner = المالك
groups-role-moderator = مشرف
groups-role-member = عضو
# $ago: how long ago, e.g. "3 days ago".
groups-member-joined = انضم { $ago }
groups-members-loading = جارٍ تحميل الأعضاء…
groups-members-more = عرض مزيد من الأعضاء

## Starting a group
groups-new-title = أنشئ مجموعة
# "Log in to start a group.": the link, then the rest of the sentence after a space.
groups-new-log-in = سجّل الدخول
groups-new-log-in-rest = لتنشئ مجموعة.
# The name of the draft in the drafts list.
groups-new-draft-label = مجموعة جديدة
groups-fix-fields = بعض الحقول تحتاج إلى مراجعة؛ اطّلع على الملاحظات بجانبها.
groups-slug-taken = هذا العنوان مستخدم؛ اختر عنوانًا آخر.
# "Fields marked * are required.": the words before the star, then after it.
groups-required-before = الحقول التي تحمل العلامة
groups-required-after = إلزامية.
groups-field-name = الاسم
groups-field-address = العنوان
groups-address-help = ستكون مجموعتك على /g/<العنوان>. اتركه فارغًا لاستخدام عنوان مأخوذ من الاسم.
groups-address-preview = العنوان: /g/{ $slug }
groups-field-purpose = الغرض
groups-purpose-help = جملة أو جملتان: لمن هذه المجموعة، وماذا تفعلون معًا؟
groups-field-topics = المواضيع
groups-field-region = المنطقة
groups-region-help = مدينة أو منطقة، أو «عبر الإنترنت».
groups-field-visibility = من يمكنه رؤيتها والانضمام إليها
groups-visibility-public-choice = عامة — يمكن لأي شخص القراءة والانضمام
groups-visibility-private-choice = خاصة — مدرجة، لكن الأعضاء وحدهم يقرؤون؛ والانضمام يحتاج إلى موافقة
groups-visibility-unlisted-choice = غير مدرجة — لا يجدها إلا من لديه الرابط
groups-field-guidelines = الإرشادات
groups-guidelines-placeholder = كيف يتعامل الأعضاء بعضهم مع بعض هنا؟ تُعرض على من ينضم.
groups-create = أنشئ المجموعة
groups-creating = جارٍ الإنشاء…

## Problems with a new group (the same rules the server checks)
# $field: name, purpose or region.
groups-problem-too-short = { $field ->
    [name] يحتاج الاسم إلى { $min } من الأحرف على الأقل.
    [purpose] يحتاج الغرض إلى { $min } من الأحرف على الأقل.
   *[region] تحتاج المنطقة إلى { $min } من الأحرف على الأقل.
}
groups-problem-too-long = { $field ->
    [name] لا يمكن أن يتجاوز الاسم { $max } من الأحرف (فيه الآن { $count }).
    [purpose] لا يمكن أن يتجاوز الغرض { $max } من الأحرف (فيه الآن { $count }).
   *[region] لا يمكن أن تتجاوز المنطقة { $max } من الأحرف (فيها الآن { $count }).
}
groups-problem-guidelines-long = لا يمكن أن تتجاوز الإرشادات { $max } من الأحرف.
# $field: name or region.
groups-problem-line-chars = { $field ->
    [name] لا يمكن أن يحتوي الاسم على محارف تحكّم أو فواصل أسطر أو محارف تغيير اتجاه النص.
   *[region] لا يمكن أن تحتوي المنطقة على محارف تحكّم أو فواصل أسطر أو محارف تغيير اتجاه النص.
}
# $field: purpose or guidelines.
groups-problem-text-chars = { $field ->
    [purpose] لا يمكن أن يحتوي الغرض على محارف تحكّم (فواصل الأسطر والجدولة مسموحة).
   *[guidelines] لا يمكن أن تحتوي الإرشادات على محارف تحكّم (فواصل الأسطر والجدولة مسموحة).
}
groups-problem-topics-few = { $min ->
    [zero] اختر موضوعًا واحدًا على الأقل.
    [one] اختر موضوعًا واحدًا على الأقل.
    [two] اختر موضوعين على الأقل.
    [few] اختر { $min } مواضيع على الأقل.
    [many] اختر { $min } موضوعًا على الأقل.
   *[other] اختر { $min } موضوع على الأقل.
}
groups-problem-topics-many = الحد الأقصى للمواضيع هو { $max }.
groups-problem-topic-unknown = «{ $topic }» ليس موضوعًا معروفًا.
groups-problem-topic-twice = أحد المواضيع مذكور مرتين.
groups-problem-slug = يتكوّن عنوان المجموعة من 3 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة مفردة.
groups-problem-slug-from-name = في الاسم عدد قليل جدًا من الأحرف اللاتينية أو الأرقام لتكوين عنوان؛ اختر عنوانًا بنفسك.
