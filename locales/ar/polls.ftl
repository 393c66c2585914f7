# استطلاعات المواعيد (src/features/polls): القائمة، استطلاع جديد، الإجابة، من يستطيع الحضور، التحويل إلى فعالية.

## الإجابات
polls-answer-yes = نعم
polls-answer-if-need-be = عند الضرورة
polls-answer-no = لا
# تُقرأ في جدول النتائج بدل العلامات ✓ و(✓) و✗ و–.
polls-mark-yes = نعم
polls-mark-if-need-be = عند الضرورة
polls-mark-no = لا
polls-mark-none = لا إجابة
polls-tally = نعم: { $yes } · عند الضرورة: { $maybe } · لا: { $no }

## وقت الخيار (يُنسِّق المتصفح التاريخ والأوقات)
polls-when-one-day = { $date }، { $start }–{ $end }
polls-when-two-days = { $start_date } { $start } – { $end_date } { $end }
polls-heading-until = { $start } – { $end_date } { $end }
polls-unknown-time = وقت غير معروف

## استطلاعات المجموعة
polls-list-suffix = استطلاعات المواعيد
polls-none-yet = لا توجد استطلاعات مواعيد بعد.
polls-start-one = ابدأ استطلاعًا لتجد الموعد الذي يناسب معظم الأعضاء.
polls-intro = حدِّدوا موعدًا معًا: اقترحوا بضعة مواعيد، فيجيب الأعضاء بنعم أو «عند الضرورة» أو لا، ويتحوّل أفضلها إلى فعالية.
polls-who-all = يمكن لأي عضو في هذه المجموعة أن يبدأ استطلاع مواعيد.
polls-who-leaders = في هذه المجموعة يبدأ المشرفون والمالكون استطلاعات المواعيد.
polls-change-in-settings = غيِّر ذلك في إعدادات المجموعة
polls-new-poll = استطلاع مواعيد جديد
polls-log-in = سجِّل الدخول
polls-login-to-answer = وانضم إلى المجموعة لتجيب عن استطلاعاتها.
polls-loading-list = جارٍ تحميل استطلاعات المواعيد…
polls-show-more = عرض المزيد من استطلاعات المواعيد
polls-card-closed = أصبح فعالية
polls-card-open = مفتوح
polls-card-dates = { $count ->
    [zero] لا مواعيد
    [one] موعد واحد
    [two] موعدان
    [few] { $count } مواعيد
    [many] { $count } موعدًا
   *[other] { $count } موعد
}
polls-card-answered = { $count ->
    [zero] لم يُجب أي عضو
    [one] أجاب عضو واحد
    [two] أجاب عضوان
    [few] أجاب { $count } أعضاء
    [many] أجاب { $count } عضوًا
   *[other] أجاب { $count } عضو
}
polls-card-by = بواسطة { $name }

## بدء استطلاع
polls-new-suffix = استطلاع مواعيد جديد
polls-draft-label = استطلاع مواعيد جديد في { $group }
polls-not-allowed-heading = لا يمكنك بدء استطلاع مواعيد هنا
polls-not-allowed-archived = هذه المجموعة مؤرشفة: لا يمكن بدء أي شيء جديد فيها.
polls-not-allowed-visitor = سجِّل الدخول وانضم إلى المجموعة لتبدأ استطلاع مواعيد.
polls-not-allowed-not-member = انضم إلى المجموعة لتبدأ استطلاع مواعيد.
polls-not-allowed-role = في هذه المجموعة يبدأ المشرفون والمالكون استطلاعات المواعيد.
polls-or-go = أو عُد
polls-back-to-polls = إلى استطلاعات المواعيد في المجموعة
polls-required-before = الحقول المعلَّمة بـ
polls-required-after = مطلوبة.
polls-field-title = العنوان
polls-title-placeholder = مثلًا: نزهة الخريف، أي عطلة أسبوعية؟
polls-field-dates = المواعيد
polls-dates-legend = المواعيد المطروحة للاختيار
polls-dates-help = بين { $min } و{ $max } مواعيد؛ { $count } حتى الآن.
polls-add-date = إضافة موعد
polls-field-time-zone = المنطقة الزمنية
polls-time-zone-help = المواعيد أعلاه بتوقيت هذه المنطقة؛ ويراها الأعضاء بتوقيتهم.
polls-field-description = الوصف
polls-description-placeholder = ما الغرض منه؟ يرى الأعضاء هذا فوق المواعيد.
polls-start = بدء الاستطلاع
polls-starting = جارٍ البدء…
polls-fix-fields = بعض الحقول تحتاج إلى انتباهك؛ اطّلع على الملاحظات بجانبها.
polls-row-legend = الموعد { $n }
polls-row-day = اليوم
polls-row-from = من
polls-row-to = إلى
polls-row-remove = إزالة
polls-row-remove-label = إزالة الموعد { $n }
polls-choose-date = اختر تاريخًا.
polls-choose-start = اختر وقت البداية.
polls-choose-end = اختر وقت النهاية.
polls-end-after-start = يجب أن تكون النهاية بعد البداية.
polls-row-problem = الموعد { $n }: { $problem }

## إعداد المجموعة (المالكون)
polls-setting-heading = استطلاعات المواعيد
polls-setting-label = يمكن لأي عضو أن يبدأ استطلاع مواعيد
polls-setting-help = وإلا فلا يبدؤها إلا المشرفون والمالكون. المالكون وحدهم يغيّرون هذا.
polls-setting-saved-all = تم الحفظ: يمكن لأي عضو أن يبدأ استطلاع مواعيد.
polls-setting-saved-leaders = تم الحفظ: لا يبدأ استطلاعات المواعيد إلا المشرفون والمالكون.

## استطلاع واحد
polls-page-title = استطلاع مواعيد
polls-back-link = → كل استطلاعات المواعيد في المجموعة
polls-loading-poll = جارٍ تحميل استطلاع المواعيد…
polls-not-found = استطلاع المواعيد هذا غير موجود، أو لا يمكنك رؤيته.
polls-zone-note = تُعرض الأوقات بمنطقتك الزمنية ({ $mine })؛ وقد خُطِّط الاستطلاع بتوقيت { $zone }.
polls-became-event = تحوَّل هذا الاستطلاع إلى فعالية.
polls-see-event = عرض الفعالية
polls-proposed-by = اقترحه { $name }
polls-dates-heading = المواعيد
polls-answers-summary =
    { $dates ->
        [zero] لا مواعيد
        [one] موعد واحد
        [two] موعدان
        [few] { $dates } مواعيد
        [many] { $dates } موعدًا
       *[other] { $dates } موعد
    } · { $voters ->
        [zero] لم يُجب أي عضو بعد
        [one] أجاب عضو واحد
        [two] أجاب عضوان
        [few] أجاب { $voters } أعضاء
        [many] أجاب { $voters } عضوًا
       *[other] أجاب { $voters } عضو
    }
polls-why-not-visitor = سجِّل الدخول وانضم إلى المجموعة لتجيب.
polls-why-not-member = انضم إلى المجموعة لتجيب.
polls-why-not-closed = الإجابات مغلقة.
polls-most-can-come = يناسب الأغلبية
polls-make-event = تحويله إلى فعالية
polls-your-answer = إجابتك
polls-your-answer-for = عن { $when }
polls-note-saving = جارٍ الحفظ…
polls-note-waiting = في انتظار الإرسال
polls-note-none = لم تُجب بعد
polls-queued = أنت غير متصل: إجاباتك تنتظر في صندوق الصادر وستُرسَل عند عودة الاتصال.
polls-waiting-sent = أُرسلت إجاباتك المنتظِرة.
polls-answer-saved = حُفظت إجابتك.

## من يستطيع الحضور
polls-who-heading = من يستطيع الحضور
polls-members-only = لا يرى إجابات كل عضو إلا أعضاء المجموعة.
polls-loading-answers = جارٍ تحميل الإجابات…
polls-nobody-answered = لم يُجب أحد بعد.
polls-best = الأفضل
polls-results-label = الإجابات حسب العضو والموعد
polls-results-caption = إجابة كل عضو لكل موعد: ✓ نعم، (✓) عند الضرورة، ✗ لا، – لم يُجب. الموعد الأفضل مميَّز.
polls-results-member = العضو
polls-results-totals = نعم (عند الضرورة)
polls-results-legend = ✓ نعم · (✓) عند الضرورة · ✗ لا · – لا إجابة
polls-results-cut-short = تُعرض الإجابات الأولى فقط: عددها أكبر من أن يُعرض كاملًا.
polls-results-partial = تعذّر تحميل بعض الإجابات: { $error }

## التحويل إلى فعالية
polls-event-when = الموعد:
polls-event-planned-in = (مخطَّط بتوقيت { $zone })
polls-event-who = من أجابوا بنعم ({ $yes ->
        [zero] لا أحد
        [one] عضو واحد
        [two] عضوان
        [few] { $yes } أعضاء
        [many] { $yes } عضوًا
       *[other] { $yes } عضو
    }) يُسجَّلون حاضرين (وعلى قائمة الانتظار بعد بلوغ السعة). ومن أجابوا «عند الضرورة» ({ $maybe ->
        [zero] لا أحد
        [one] عضو واحد
        [two] عضوان
        [few] { $maybe } أعضاء
        [many] { $maybe } عضوًا
       *[other] { $maybe } عضو
    }) يُسجَّلون «ربما». سيُبلَّغون بذلك، ويُغلق الاستطلاع.
polls-event-location = المكان
polls-event-location-help = مكان اللقاء. اتركه فارغًا للفعاليات عبر الإنترنت.
polls-event-online = رابط عبر الإنترنت
polls-event-online-help = رابط https:// لمكالمة الفيديو، إن وُجد.
polls-event-capacity = السعة
polls-event-capacity-help = كم شخصًا يمكنه الحضور. فارغ: بلا حد؛ وبعد بلوغه تنضم الإجابات إلى قائمة الانتظار.
polls-event-create = إنشاء الفعالية
polls-event-creating = جارٍ الإنشاء…
polls-cancel = إلغاء
