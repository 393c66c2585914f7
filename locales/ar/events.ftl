# الفعاليات: التقويمات وصفحة الفعالية ونموذجها والسلاسل المتكررة والردود (src/features/events).

## التواريخ كما يكتبها التقويم؛ أسماء الأيام والأشهر من Intl
events-long-date = { $weekday } { $day } { $month } { $year }
events-short-date = { $weekday } { $day } { $month } { $year }
events-date-time = { $date }، { $time }
events-day-month = { $day } { $month }

## عنوان تقويم تعذّر استخدامه
events-bad-view = { $view ->
    [month] «{ $value }» ليس طريقة عرض للتقويم؛ يُعرض الشهر.
    [week] «{ $value }» ليس طريقة عرض للتقويم؛ يُعرض الأسبوع.
   *[agenda] «{ $value }» ليس طريقة عرض للتقويم؛ تُعرض قائمة الفعاليات.
}
events-bad-date = «{ $value }» ليس تاريخًا يمكننا عرضه؛ يُعرض اليوم.
events-bad-zone = «{ $value }» ليست منطقة زمنية يعرفها هذا المتصفح؛ تُستخدم { $zone }.

## التقويم
events-calendar-title = التقويم
events-view-month = شهر
events-view-week = أسبوع
events-view-agenda = قائمة
events-views = طريقة عرض التقويم
events-week-of = أسبوع { $date }
events-week-by-hour = أسبوع { $date }، حسب الساعة
events-from = من { $date }
events-previous = السابق
events-next = التالي
events-today = اليوم
events-today-date = اليوم، { $date }
events-today-dot = اليوم · { $date }
events-times-in = الأوقات بتوقيت { $zone }
events-loading = جارٍ تحميل الفعاليات…
events-cut-short = تُعرض أول { $count } فعالية فقط في هذه الأيام: هناك أكثر مما يحمّله التطبيق دفعة واحدة.
events-all-day = طوال اليوم
events-all-day-events = فعاليات تستغرق اليوم كله
events-continued = تابع
events-chip = { $when } { $title }
events-chip-cancelled = { $when } { $title } (ملغاة)
events-day-label = { $count ->
    [0] { $date }
    [zero] { $date }، لا فعاليات
    [one] { $date }، فعالية واحدة
    [two] { $date }، فعاليتان
    [few] { $date }، { $count } فعاليات
    [many] { $date }، { $count } فعالية
   *[other] { $date }، { $count } فعالية
}
events-more = +{ $count } أخرى
events-day-empty = لا فعاليات في هذا اليوم.
events-agenda-empty = لا فعاليات في هذه الأيام الثلاثين.
events-close = إغلاق
events-online = عبر الإنترنت
events-cancelled = ملغاة
events-aria-all-day = طوال يوم { $date }
events-aria-all-day-days = طوال اليوم، من { $start } إلى { $end }
events-aria-times = { $date }، { $start }–{ $end }
events-aria-times-days = { $start_date } { $start } إلى { $end_date } { $end }
events-aria-event = { $cancelled ->
    [yes] { $title }، { $when }، ملغاة
   *[no] { $title }، { $when }
}
events-aria-event-group = { $cancelled ->
    [yes] { $title }، { $when }، { $group }، ملغاة
   *[no] { $title }، { $when }، { $group }
}
events-calendar-log-in = سجّل الدخول
events-calendar-logged-out = { " " }لترى فعاليات مجموعاتك في تقويم واحد، أو{ " " }
events-calendar-find-group = ابحث عن مجموعة

## تبويب فعاليات المجموعة
events-tab-title = الفعاليات
events-new = فعالية جديدة
events-copied = نُسخ.
events-copy-failed = تعذّر النسخ؛ حدّد العنوان وانسخه بنفسك.
events-subscribe-private = الاشتراك في التقويم متاح للمجموعات العامة فقط. افتح فعالية لتنزيلها إلى تقويمك.
events-subscribe = اشترك من تطبيق التقويم لديك
events-copy-link = نسخ الرابط

## صفحة الفعالية
events-event = فعالية
events-back = → كل فعاليات المجموعة
events-loading-event = جارٍ تحميل الفعالية…
events-not-found = هذه الفعالية غير موجودة، أو لا يمكنك رؤيتها.
events-when-all-day = { $date }، طوال اليوم
events-when-all-day-days = { $start } – { $end }، طوال اليوم
events-when-times = { $date }، { $start }–{ $end }
events-when-times-days = { $start_date } { $start } – { $end_date } { $end }
events-when-local = { $when } ({ $zone })
events-when-own = { $when } بتوقيت { $zone }، المنطقة الزمنية للفعالية
events-count-going = { $count ->
    [zero] لا أحد سيحضر
    [one] شخص واحد سيحضر
    [two] شخصان سيحضران
    [few] { $count } أشخاص سيحضرون
    [many] { $count } شخصًا سيحضرون
   *[other] { $count } شخص سيحضرون
}
events-count-maybe = { $count ->
    [zero] لا أحد ربما
    [one] شخص واحد ربما
    [two] شخصان ربما
    [few] { $count } أشخاص ربما
    [many] { $count } شخصًا ربما
   *[other] { $count } شخص ربما
}
events-count-waitlist = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $count } أشخاص في قائمة الانتظار
    [many] { $count } شخصًا في قائمة الانتظار
   *[other] { $count } شخص في قائمة الانتظار
}
events-count-full = { $capacity ->
    [zero] مكتملة ({ $capacity } مكان)
    [one] مكتملة (مكان واحد)
    [two] مكتملة (مكانان)
    [few] مكتملة ({ $capacity } أماكن)
    [many] مكتملة ({ $capacity } مكانًا)
   *[other] مكتملة ({ $capacity } مكان)
}
events-count-left = { $left ->
    [zero] لم يتبقَّ أي مكان من { $capacity }
    [one] تبقّى مكان واحد من { $capacity }
    [two] تبقّى مكانان من { $capacity }
    [few] تبقّت { $left } أماكن من { $capacity }
    [many] تبقّى { $left } مكانًا من { $capacity }
   *[other] تبقّى { $left } مكان من { $capacity }
}
events-count-no-limit = بلا حد
events-cancelled-banner = هذه الفعالية ملغاة.
events-organised-by = ينظّمها { $name }
events-detached = عُدّل هذا الموعد وحده.
events-when = متى
events-where = أين
events-who = من
events-join-call = انضم إلى المكالمة
events-join-to-answer = انضم إلى المجموعة لترد.
events-log-in-to-answer = سجّل الدخول وانضم إلى المجموعة لترد.
events-download-ics = أضف إلى التقويم (.ics)
events-file-name = فعالية
events-edit = تعديل
events-edit-label = تعديل الفعالية
events-skip = تخطَّ هذا الموعد
events-cancel-event = إلغاء الفعالية
events-cancel-confirm-label = إلغاء هذه الفعالية؟
events-cancel-confirm = إلغاء هذه الفعالية؟ سيرى كل من ردّ أنها أُلغيت.
events-cancel-which = أي المواعيد تريد إلغاءها؟ سيرى كل من ردّ أنها أُلغيت.
events-scope-this-date = هذا الموعد
events-scope-following = هذا الموعد والمواعيد التالية
events-cancel-these = إلغاء هذه المواعيد
events-cancel-the-event = إلغاء الفعالية
events-keep-it = إبقاؤها
events-skip-confirm-label = تخطّي هذا الموعد؟
events-skip-confirm = تخطّي هذا الموعد؟ سيخرج من السلسلة. إن لم يردّ أحد بعد فسيُحذف؛ وإلا فسيبقى ملغًى ليرى من ردّوا أنه أُلغي.
events-skip-the-date = تخطَّ الموعد
events-attendees = من سيحضر
events-loading-answers = جارٍ تحميل الردود…
events-attendees-going = سيحضرون ({ $count })
events-attendees-waitlist = قائمة الانتظار ({ $count })
events-attendees-maybe = ربما ({ $count })
events-no-answers = لا ردود بعد.
events-declined = { $count ->
    [zero] لا أحد اعتذر عن الحضور.
    [one] شخص واحد لا يستطيع الحضور.
    [two] شخصان لا يستطيعان الحضور.
    [few] { $count } أشخاص لا يستطيعون الحضور.
    [many] { $count } شخصًا لا يستطيعون الحضور.
   *[other] { $count } شخص لا يستطيعون الحضور.
}

## الرد
events-rsvp-label = ردّك
events-rsvp-going = سأحضر
events-rsvp-maybe = ربما
events-rsvp-declined = لا أستطيع
events-rsvp-join-waitlist = انضم إلى قائمة الانتظار
events-rsvp-on-waitlist = في قائمة الانتظار
events-rsvp-status-going = ستحضر.
events-rsvp-status-maybe = قد تحضر.
events-rsvp-status-declined = قلت إنك لا تستطيع الحضور.
events-rsvp-status-waitlisted = الفعالية مكتملة: أنت رقم { $position } في قائمة الانتظار، وستُنقل تلقائيًا عندما يتوفر مكان.
events-rsvp-offline = أنت غير متصل: ردّك ينتظر في صندوق الصادر وسيُرسل عند عودتك إلى الاتصال.
events-every-date = سأحضر كل المواعيد
events-every-date-help = يردّ بـ«سأحضر» على كل موعد قادم في هذه السلسلة، وعلى المواعيد التي تُضاف لاحقًا. لا يزال بإمكانك الاعتذار عن موعد بعينه.
events-every-date-on = ستحضر كل المواعيد.
events-every-date-on-count = { $count ->
    [zero] ستحضر كل المواعيد: لم يُرد على أي موعد.
    [one] ستحضر كل المواعيد: رُدّ على موعد واحد.
    [two] ستحضر كل المواعيد: رُدّ على موعدين.
    [few] ستحضر كل المواعيد: رُدّ على { $count } مواعيد.
    [many] ستحضر كل المواعيد: رُدّ على { $count } موعدًا.
   *[other] ستحضر كل المواعيد: رُدّ على { $count } موعد.
}
events-every-date-off = لم تعد تردّ على كل المواعيد.
events-every-date-off-count = { $count ->
    [zero] لم تعد تردّ على كل المواعيد: لم يُسحب أي رد.
    [one] لم تعد تردّ على كل المواعيد: سُحب الرد على موعد واحد.
    [two] لم تعد تردّ على كل المواعيد: سُحب الرد على موعدين.
    [few] لم تعد تردّ على كل المواعيد: سُحب الرد على { $count } مواعيد.
    [many] لم تعد تردّ على كل المواعيد: سُحب الرد على { $count } موعدًا.
   *[other] لم تعد تردّ على كل المواعيد: سُحب الرد على { $count } موعد.
}

## نموذج الفعالية
events-field-title = العنوان
events-field-starts = تبدأ
events-field-ends = تنتهي
events-field-time-zone = المنطقة الزمنية
events-field-location = المكان
events-field-online = رابط عبر الإنترنت
events-field-capacity = السعة
events-field-count = عدد المواعيد
events-field-count-from-here = عدد المواعيد بدءًا من هذا الموعد
events-field-until = آخر موعد
events-field-repeats = التكرار
events-field-ends-repeating = ينتهي التكرار
events-field-description = الوصف
events-all-day-event = فعالية تستغرق اليوم كله
events-required-before = الحقول المعلّمة بـ
events-required-after = مطلوبة.
events-tz-help = الأوقات أعلاه بتوقيت هذه المنطقة؛ ويراها الأعضاء بتوقيتهم.
events-location-help = مكان اللقاء. اتركه فارغًا للفعاليات عبر الإنترنت.
events-online-help = رابط https:// لمكالمة الفيديو، إن وُجد.
events-capacity-help = كم شخصًا يمكنه الحضور. فارغ: بلا حد؛ وعند الاكتمال تنضم الردود إلى قائمة انتظار.
events-count-help = يُحتسب الموعد الأول واحدًا منها.
events-count-from-here-help = يُحتسب هذا الموعد واحدًا منها.
events-until-help = لا مواعيد بعد هذا اليوم.
events-next-dates = المواعيد التالية:
events-preview-no-start = اختر البداية لترى المواعيد.
events-draft-new = فعالية جديدة في { $group }
events-draft-edit = تعديل «{ $title }»
events-capacity-error = السعة عدد صحيح لا يقل عن 1، أو اتركها فارغة لعدم وضع حد.
events-start-missing = اختر متى تبدأ الفعالية.
events-end-missing = اختر متى تنتهي الفعالية.
events-form-problems = بعض الحقول تحتاج إلى انتباه؛ راجع الملاحظات بجانبها.
events-scope-legend = أي المواعيد تريد تغييرها؟
events-scope-this-only = هذا الموعد فقط
events-scope-all = كل المواعيد
events-scope-help = لتغيير طريقة تكرار الفعالية، اختر «{ events-scope-following }» أو «{ events-scope-all }».
events-create = إنشاء الفعالية
events-save = حفظ التغييرات
events-saving = جارٍ الحفظ…
events-cancel = إلغاء

## التكرار
events-ends-never = أبدًا
events-ends-after = بعد عدد من المواعيد
events-ends-on = في تاريخ محدد
events-ordinal = { $day }
events-preset-never = لا تتكرر
events-preset-weekly = كل أسبوع
events-preset-weekly-on = كل أسبوع يوم { $weekday }
events-preset-two-weeks = كل أسبوعين
events-preset-two-weeks-on = كل أسبوعين يوم { $weekday }
events-preset-monthly-weekday = كل شهر في اليوم نفسه من الأسبوع
events-preset-monthly-weekday-on = { $nth ->
    [1] كل شهر في { $weekday } الأول
    [2] كل شهر في { $weekday } الثاني
    [3] كل شهر في { $weekday } الثالث
    [4] كل شهر في { $weekday } الرابع
   *[other] كل شهر في { $weekday } الخامس
}
events-preset-monthly-last = كل شهر في آخر يوم مماثل من الأسبوع
events-preset-monthly-last-on = كل شهر في { $weekday } الأخير
events-preset-monthly-date = كل شهر في التاريخ نفسه
events-preset-monthly-date-on = كل شهر في اليوم { events-ordinal }
events-preset-custom = الإبقاء على القاعدة الحالية
events-preset-custom-rule = الإبقاء على القاعدة الحالية ({ $rule })
events-note-skip-date = تُتخطّى الأشهر التي ليس فيها يوم { events-ordinal }.
events-note-skip-fifth = تُتخطّى الأشهر التي ليس فيها { $weekday } خامس.
events-not-last-week = البداية ليست في الأسبوع الأخير من شهرها، لذا فهي ليست { $weekday } الأخير: اختر طريقة تكرار أخرى، أو انقل البداية.
events-count-invalid = أدخل عدد المواعيد، عددًا صحيحًا من 1 إلى { $max }.
events-until-missing = اختر آخر موعد.
events-no-dates = لا تعطي هذه القاعدة أي موعد بدءًا من البداية: غيّر البداية أو القاعدة.
events-every-day = { $interval ->
    [1] كل يوم
    [zero] كل { $interval } يوم
    [one] كل يوم
    [two] كل يومين
    [few] كل { $interval } أيام
    [many] كل { $interval } يومًا
   *[other] كل { $interval } يوم
}
events-every-week = { $interval ->
    [1] كل أسبوع
    [zero] كل { $interval } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $interval } أسابيع
    [many] كل { $interval } أسبوعًا
   *[other] كل { $interval } أسبوع
}
events-every-month = { $interval ->
    [1] كل شهر
    [zero] كل { $interval } شهر
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $interval } أشهر
    [many] كل { $interval } شهرًا
   *[other] كل { $interval } شهر
}
events-rule-on = { $every } في { $days }
events-rule-on-day = { $every } في اليوم { $day }
events-rule-weekday = يوم { $weekday }
events-rule-nth = { $nth ->
    [1] { $weekday } الأول
    [2] { $weekday } الثاني
    [3] { $weekday } الثالث
    [4] { $weekday } الرابع
   *[other] { $weekday } الخامس
}
events-rule-nth-last = { $nth ->
    [1] { $weekday } الأخير
    [2] { $weekday } قبل الأخير
    [3] { $weekday } الثالث من الآخر
    [4] { $weekday } الرابع من الآخر
   *[other] { $weekday } الخامس من الآخر
}
events-list-more = { $list }، { $next }
events-list-and = { $list } و{ $last }
events-rule-count = { $count ->
    [1] { $rule }، مرة واحدة
    [zero] { $rule }، { $count } مرة
    [one] { $rule }، مرة واحدة
    [two] { $rule }، مرتين
    [few] { $rule }، { $count } مرات
    [many] { $rule }، { $count } مرة
   *[other] { $rule }، { $count } مرة
}
events-rule-until = { $rule }، حتى { $date }
events-repeats = تتكرر { $rule }

## مشكلات حقول الفعالية وقاعدة تكرارها
events-problem-title-required = العنوان مطلوب.
events-problem-line-chars = { $field ->
    [title] لا يمكن أن يحتوي العنوان على محارف تحكم أو فواصل أسطر أو محارف تغيير اتجاه النص.
   *[location] لا يمكن أن يحتوي المكان على محارف تحكم أو فواصل أسطر أو محارف تغيير اتجاه النص.
}
events-problem-too-long = { $field ->
    [title] لا يتجاوز العنوان { $max } حرفًا (وفيه { $count }).
   *[location] لا يتجاوز المكان { $max } حرفًا (وفيه { $count }).
}
events-problem-description-long = لا يتجاوز الوصف { $max } حرفًا.
events-problem-description-chars = لا يمكن أن يحتوي الوصف على محارف تحكم (فواصل الأسطر والجدولة مقبولة).
events-problem-start-invalid = البداية ليست تاريخًا ووقتًا صالحين.
events-problem-end-invalid = النهاية ليست تاريخًا ووقتًا صالحين.
events-problem-start-range = يجب أن تكون البداية بين عام 1970 ونهاية عام 2199.
events-problem-end-range = يجب أن تكون النهاية بين عام 1970 ونهاية عام 2199.
events-problem-end-before-start = يجب أن تكون النهاية بعد البداية.
events-problem-event-days = { $days ->
    [zero] لا يمكن أن تستمر الفعالية أكثر من { $days } يوم.
    [one] لا يمكن أن تستمر الفعالية أكثر من يوم واحد.
    [two] لا يمكن أن تستمر الفعالية أكثر من يومين.
    [few] لا يمكن أن تستمر الفعالية أكثر من { $days } أيام.
    [many] لا يمكن أن تستمر الفعالية أكثر من { $days } يومًا.
   *[other] لا يمكن أن تستمر الفعالية أكثر من { $days } يوم.
}
events-problem-unknown-zone = «{ $zone }» ليست منطقة زمنية معروفة.
events-problem-capacity = يجب ألا تقل السعة عن 1 (اتركها فارغة لعدم وضع حد).
events-problem-link-scheme = استخدم رابطًا يبدأ بـ http:// أو https://.
events-problem-link-host = الرابط بلا اسم مضيف.
events-problem-link-spaces = لا يمكن أن يحتوي الرابط على مسافات.
events-problem-link-long = الرابط طويل جدًا.
events-problem-interval = يجب أن تكون الفترة بين 1 و{ $max }.
events-problem-too-many-days = 7 أيام من الأسبوع على الأكثر.
events-problem-bad-day = يوم الأسبوع هو MO أو TU أو WE أو TH أو FR أو SA أو SU، مرقّمًا من ‎-5 إلى 5 للقواعد الشهرية (1TH، ‎-1FR).
events-problem-numbered-monthly = الأيام المرقّمة (مثل 1TH) للقواعد الشهرية فقط.
events-problem-day-twice = يوم الأسبوع هذا مذكور مرتين.
events-problem-count-range = يجب أن يكون عدد المواعيد بين 1 و{ $max }.
events-problem-count-and-until = حدّد إما تاريخ انتهاء أو عددًا من المواعيد، لا كليهما.
events-problem-until-format = يجب أن يكون تاريخ الانتهاء وقتًا بصيغة RFC 3339.
events-problem-until-range = يجب أن يكون تاريخ الانتهاء بين عامي 1970 و2199.
events-problem-until-before = تاريخ الانتهاء يسبق الموعد الأول.
