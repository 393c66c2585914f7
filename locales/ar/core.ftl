# The shell and what every feature stands on (src/core, src/app.rs, src/chunks.rs).

## Starting the app and loading parts of it
core-loading = جارٍ التحميل…
core-composer-title = اكتب منشورًا
core-composer-start = ابدأ منشورًا جديدًا…
core-composer-download-failed = تعذّر تنزيل محرر المنشورات. تحقّق من اتصالك وأعد تحميل الصفحة.
core-event-form-loading = جارٍ تحميل النموذج…
core-event-form-download-failed = تعذّر تنزيل نموذج الفعالية. تحقّق من اتصالك وحاول مرة أخرى.

## Requests that failed before an answer, or with an unreadable one
core-error-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك؛ لن يضيع شيء مما كتبته.
core-error-timeout = استغرق الخادم وقتًا طويلًا للرد. حاول مرة أخرى بعد قليل.
core-error-aborted = تم الإلغاء.
core-error-bad-response = تعذّرت قراءة رد الخادم. حاول مرة أخرى؛ وإذا استمرت المشكلة فقد لا يكون الخادم متوافقًا مع التطبيق.

## The server's stable problem codes (kith_api::codes), one message each
core-error-malformed-request = تعذّر على الخادم قراءة هذا الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
core-error-invalid-query = لم يقبل الخادم إعدادات البحث أو التصفية. أعد تحميل الصفحة وحاول مرة أخرى.
core-error-invalid-cursor = تغيّرت هذه القائمة منذ تحميلها. أعد تحميل الصفحة لتبدأ من الأعلى من جديد.
core-error-unauthorized = انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة؛ لن يضيع شيء مما كتبته.
core-error-invalid-credentials = اسم المستخدم وكلمة المرور غير متطابقين.
core-error-forbidden = لا يُسمح لك بفعل ذلك.
core-error-members-only = هذه المجموعة خاصة: لا يراها إلا أعضاؤها.
core-error-muted = أنت مكتوم في هذه المجموعة حاليًا.
core-error-banned = أنت محظور من هذه المجموعة.
core-error-locked = هذا المنشور مقفل؛ لم يعد بالإمكان إضافة تعليقات جديدة.
core-error-not-found = لم يعد هذا موجودًا، أو لا يمكنك رؤيته.
core-error-method-not-allowed = لا يتيح الخادم هذا الإجراء؛ ربما يعمل بإصدار مختلف من الخادم الخلفي.
core-error-conflict = يتعارض هذا مع تغيير أُجري في هذه الأثناء.
core-error-username-taken = اسم المستخدم هذا محجوز بالفعل. اختر اسمًا آخر.
core-error-slug-taken = عنوان المجموعة هذا محجوز بالفعل. اختر عنوانًا آخر.
core-error-sole-owner = أنت المالك الوحيد لهذه المجموعة. اجعل شخصًا آخر مالكًا أولًا.
core-error-event-cancelled = هذه الفعالية ملغاة.
core-error-archived = هذه المجموعة مؤرشفة ومتاحة للقراءة فقط.
core-error-idempotency-key-reused = سبق إرسال هذا بمحتوى مختلف. أعد تحميل الصفحة وحاول مرة أخرى.
core-error-precondition-failed = غيّر شخص آخر هذا أثناء تحريرك له. أعد التحميل لترى نسخته؛ سيبقى نصك محفوظًا.
core-error-already-handled = تولّى مشرف آخر هذا بالفعل.
core-error-payload-too-large = هذا أكبر مما يقبله الخادم. اختصره وحاول مرة أخرى.
core-error-unsupported-media-type = تعذّر على الخادم قراءة صيغة هذا الطلب؛ ربما يعمل بإصدار مختلف من الخادم الخلفي.
core-error-validation-failed = بعض الحقول تحتاج إلى مراجعة.
core-error-precondition-required = يحتاج الخادم إلى معرفة النسخة التي عدّلتها. أعد تحميل الصفحة وحاول مرة أخرى.
core-error-rate-limited = محاولات كثيرة في وقت قصير. انتظر قليلًا ثم حاول مرة أخرى؛ سيبقى ما كتبته محفوظًا.
core-error-busy = الخادم مشغول الآن. حاول مرة أخرى بعد قليل؛ لم يُحفظ شيء.
core-error-request-timeout = كان الاتصال أبطأ من أن يُرسَل هذا في الوقت المحدد. حاول مرة أخرى؛ لم يُحفظ شيء.
# $status: the HTTP status code, e.g. 500.
core-error-internal = حدثت مشكلة في الخادم (الخطأ { $status }). لم يُحفظ شيء؛ حاول مرة أخرى بعد قليل.

## Variants of the above, and what an unknown code falls back to (by HTTP status)
core-error-validation-failed-fields = بعض الحقول تحتاج إلى مراجعة؛ راجع الملاحظات بجانبها.
# $wait: a duration from core-wait-*, e.g. "42 seconds".
core-error-rate-limited-wait = محاولات كثيرة في وقت قصير. حاول مرة أخرى بعد { $wait }؛ سيبقى ما كتبته محفوظًا.
core-error-busy-wait = الخادم مشغول الآن. حاول مرة أخرى بعد { $wait }؛ لم يُحفظ شيء.
core-error-refused = رفض الخادم الطلب.
core-error-server = حدثت مشكلة في الخادم (الخطأ { $status }). لم يُحفظ شيء؛ حاول مرة أخرى بعد قليل.
# The note beside a field the server refused. $detail is the server's own (English) words:
# other languages show their own general note instead.
core-error-field = لم يقبل الخادم هذه القيمة. يُرجى مراجعتها.

## How long to wait, as used in "Try again in …"
core-wait-seconds = { $count ->
    [zero] { $count } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
core-wait-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
core-wait-hours = { $count ->
    [zero] نحو { $count } ساعة
    [one] نحو ساعة واحدة
    [two] نحو ساعتين
    [few] نحو { $count } ساعات
    [many] نحو { $count } ساعة
   *[other] نحو { $count } ساعة
}

## Browser storage and device settings
core-storage-unavailable = تخزين المتصفح معطّل أو غير متاح
core-storage-full = تخزين المتصفح ممتلئ
core-storage-failed = فشل تخزين المتصفح: { $error }
core-storage-unknown-error = خطأ غير معروف
core-theme-system = حسب إعدادات نظامي
core-theme-light = فاتح
core-theme-dark = داكن
core-theme-unreadable = تعذّرت قراءة السمة المحفوظة، لذا تُستخدم سمة النظام.
core-backend-invalid = كان عنوان الخادم المحفوظ غير صالح، لذا يُستخدم الخادم الافتراضي.
core-backend-unusable = لا يمكن استخدام هذا العنوان: { $reason }.
# $error: one of core-storage-*.
core-settings-unreadable = تعذّرت قراءة الإعدادات ({ $error })؛ تُستخدم القيم الافتراضية.
core-setting-not-saved = يسري اختيارك الآن لكنه لن يُحفظ: { $error }.
core-session-tab-only = أنت مسجّل الدخول في علامة التبويب هذه فقط: تعذّر حفظ الجلسة ({ $error }).

## config.json (for the site's operator)
core-config-missing = لم يُعثر على الملف config.json بجانب التطبيق.
core-config-unreachable = تعذّر تحميل config.json: { $reason }.
core-config-status = فشل تحميل config.json برمز حالة HTTP { $status }.
core-config-malformed = الملف config.json غير صالح: { $reason }.
core-config-invalid = يحتوي config.json على قيمة غير صالحة للحقل «{ $field }»: { $reason }.
core-config-json-ends-early = ينتهي الملف قبل أوانه (السطر { $line }، العمود { $column })
core-config-json-not-object = الملف ليس كائن JSON (السطر { $line }، العمود { $column })
core-config-value-missing = القيمة مفقودة
core-config-value-not-string = يجب أن تكون القيمة نصًا
core-config-name-length = { $count ->
    [zero] الاسم لا يحتوي على أي حرف
    [one] الاسم من حرف واحد
    [two] الاسم من حرفين
    [few] الاسم من { $count } أحرف
    [many] الاسم من { $count } حرفًا
   *[other] الاسم من { $count } حرف
}
core-config-fix-missing = ضع ملف config.json بجانب index.html، مثلًا { "{" }"api_base": "https://api.example.org", "community_name": "My community"{ "}" }. وإذا كنت تستخدم شبكة CDN فتأكد من أن إعادة التوجيه إلى index.html لا تنطبق عليه.
core-config-fix-unreachable = تحقّق من أن الموقع متاح وأن config.json يُقدَّم برمز الحالة 200، ثم أعد التحميل.
core-config-fix-malformed = يجب أن يكون config.json كائن JSON واحدًا يحتوي على الحقلين النصيين «api_base» و«community_name».
core-config-fix-invalid = يجب أن تكون قيمة «api_base» إما «/» (هذا الموقع) أو عنوان URL مطلقًا بالبروتوكول http(s) دون استعلام أو جزء؛ ويجب أن يتكون «community_name» من 1 إلى 60 حرفًا.

## Checking a backend address
core-url-needs-scheme = يجب أن يبدأ العنوان بـ http:// أو https://
core-url-no-host = اسم المضيف مفقود
core-url-no-query = يجب ألا يحتوي العنوان على استعلام أو جزء
core-url-no-spaces = يجب ألا يحتوي العنوان على مسافات
core-url-no-credentials = يجب ألا يحتوي العنوان على بيانات اعتماد
