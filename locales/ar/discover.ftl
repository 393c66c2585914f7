# الاستكشاف: العثور على المجموعات (البحث، عوامل التصفية، الترتيب)، والاقتراحات، وبطاقات المجموعات،
# والترحيب بالزوار وبالأعضاء الذين لم ينضموا إلى أي مجموعة بعد.

## الصفحة والبحث
discover-title = استكشف المجموعات
discover-search-label = ابحث في المجموعات
discover-search-placeholder = الاسم أو الغرض أو الموضوع
discover-filters-toggle = { $count ->
    [0] عوامل التصفية
   *[other] عوامل التصفية ({ $count })
}

## عوامل التصفية والترتيب
discover-filter-topic = الموضوع
discover-filter-region = المنطقة
discover-filter-region-placeholder = أي منطقة
discover-filter-visibility = من يمكنه رؤيتها
discover-filter-size = الحجم
discover-filter-activity = النشاط
discover-sort = الترتيب حسب
discover-topic-any = أي موضوع
discover-visibility-any = العامة والخاصة
discover-visibility-public = عامة
discover-visibility-private = خاصة
discover-size-any = أي حجم
discover-size-small = حتى { $max }
discover-size-medium = من { $min } إلى { $max }
discover-size-large = أكثر من { $min }
discover-activity-any = أي نشاط
discover-activity-week = نشطة هذا الأسبوع
discover-activity-month = نشطة هذا الشهر
discover-activity-quiet = هادئة منذ شهر
discover-sort-active = الأحدث نشاطًا
discover-sort-new = الأحدث إنشاءً
discover-sort-members = الأكثر أعضاءً
discover-sort-name = الاسم
discover-clear-filters = مسح عوامل التصفية
discover-ignored = لم تُفهم بعض عوامل التصفية في هذا الرابط وتم تجاهلها: { $names }.

## النتائج
discover-results-matching = المجموعات المطابقة
discover-results-all = كل المجموعات
discover-empty = لا توجد مجموعات مطابقة. جرّب عوامل تصفية أقل، أو أنشئ المجموعة التي تبحث عنها.
discover-start-group = أنشئ مجموعة
discover-loading-groups = جارٍ تحميل المجموعات…
discover-show-more = عرض مزيد من المجموعات

## الاقتراحات
discover-recommended = مقترحة لك
discover-loading-suggestions = جارٍ تحميل الاقتراحات…
discover-recs-none = لا توجد اقتراحات بعد.
discover-recs-choose-link = اختر اهتماماتك
discover-recs-choose-rest = { " " }وسنقترح عليك مجموعات تشاركك إياها.

## بطاقة مجموعة
discover-card-private = خاصة
discover-card-unlisted = غير مدرجة
discover-card-topics = المواضيع
discover-card-topic-link = مجموعات عن { $topic }
discover-card-members = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
discover-card-quiet = هادئة مؤخرًا · آخر نشاط { $ago }
discover-card-this-week = { $posts ->
        [zero] لا منشورات
        [one] منشور واحد
        [two] منشوران
        [few] { $posts } منشورات
        [many] { $posts } منشورًا
       *[other] { $posts } منشور
    } و{ $comments ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $comments } تعليقات
        [many] { $comments } تعليقًا
       *[other] { $comments } تعليق
    } هذا الأسبوع
discover-card-events = { $count ->
    [zero] لا فعاليات قادمة
    [one] فعالية قادمة واحدة
    [two] فعاليتان قادمتان
    [few] { $count } فعاليات قادمة
    [many] { $count } فعالية قادمة
   *[other] { $count } فعالية قادمة
}
discover-card-reason = لأنك تتابع { $topics }
discover-list-comma = { $rest }، { $next }
discover-list-and = { $rest } و{ $last }

## الترحيب بالزوار
discover-welcome-active = مجموعات نشطة
discover-welcome-see-groups = اطّلع على المجموعات
discover-welcome-coming-up = قريبًا
discover-welcome-loading-events = جارٍ تحميل الفعاليات…
discover-welcome-no-events = لا توجد فعاليات عامة في الأسابيع القادمة.

## عضو لم ينضم إلى أي مجموعة بعد
discover-first-heading = جد جماعتك
discover-first-text = لم تنضم إلى أي مجموعة بعد. انضم إلى إحداها وستظهر منشوراتها وفعالياتها هنا.
discover-first-finding = جارٍ البحث عن مجموعات لك…
discover-first-discover = استكشف المجموعات
discover-first-see-all = عرض كل المجموعات
discover-first-nothing = لا شيء يناسبك بعد؟
discover-first-start-text = أنشئ المجموعة التي تبحث عنها: يستغرق ذلك دقيقة، ويمكن للآخرين العثور عليها هنا.
