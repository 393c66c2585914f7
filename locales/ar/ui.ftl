# Shared widgets and the shell around every page (src/ui).

## Site header (src/ui/site_header.rs)
ui-header-menu = القائمة
# The accessible name of the main navigation landmark.
ui-header-nav-label = التنقل الرئيسي
ui-nav-home = الرئيسية
ui-nav-discover = استكشاف
ui-nav-calendar = التقويم
ui-nav-drafts = المسودات
ui-nav-new-group = مجموعة جديدة
ui-nav-settings = الإعدادات
ui-nav-log-in = تسجيل الدخول
ui-nav-sign-up = إنشاء حساب
ui-nav-log-out = تسجيل الخروج

## Site footer: "<community name> · powered by Kith · Settings · Drafts"
ui-footer-powered-by = يعمل بواسطة Kith

## Skip link, notices and banners
ui-skip-link = الانتقال إلى المحتوى
ui-dismiss = إغلاق
ui-update-ready = إصدار جديد من Kith جاهز.
ui-update-reload = أعد التحميل للتحديث
ui-session-expired = انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة — كل ما كنت تكتبه محفوظ كمسودة.
ui-log-in-again = تسجيل الدخول مرة أخرى
ui-offline = أنت غير متصل. الصفحات التي قرأتها ما زالت متاحة، وما تكتبه يُحفظ ويُرسل لاحقًا.
# $time: a time of day, e.g. "14:30".
ui-offline-copy-today = غير متصل — هذه نسخة محفوظة من اليوم الساعة { $time }. تُحدَّث عندما تعود إلى الاتصال.
# $date: a date, e.g. "12 Mar 2026"; $time: a time of day.
ui-offline-copy-date = غير متصل — هذه نسخة محفوظة من { $date } الساعة { $time }. تُحدَّث عندما تعود إلى الاتصال.

## Page not found: "Go to your home feed or discover groups."
ui-not-found-title = الصفحة غير موجودة
ui-not-found-text = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط بشكل خاطئ.
ui-not-found-home = انتقل إلى صفحتك الرئيسية
# Between the two links.
ui-not-found-or = أو
ui-not-found-discover = اكتشف مجموعات

## The app cannot start (config.json missing or malformed)
ui-config-error-title = لا يمكن تشغيل Kith
ui-config-error-fix = كيفية إصلاح ذلك

## Loading and errors
ui-loading = جارٍ التحميل…
ui-try-again = حاول مرة أخرى
ui-load-error-not-saved = لم يُحفظ هذا الجزء للقراءة دون اتصال بعد؛ سيظهر عندما تعود إلى الاتصال.
ui-page-loading = جارٍ تحميل هذه الصفحة…
ui-part-download-failed = تعذّر تنزيل جزء من هذه الصفحة. تحقّق من اتصالك وأعد تحميل الصفحة.
ui-page-load-failed-title = تعذّر تحميل هذه الصفحة
ui-page-load-failed-text = لم يُنزَّل الجزء الخاص بها من Kith بعد، ولا يمكن الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى. إذا حُدِّث Kith منذ أن فتحته، فأعد التحميل بدلًا من ذلك.
ui-reload-app = إعادة تحميل Kith

## Lists
ui-show-more = عرض المزيد
ui-feed-loading-more = جارٍ تحميل المزيد…
ui-feed-caught-up = لقد اطّلعت على كل شيء.

## Logging in again inside a form (src/ui/relogin_form.rs)
ui-relogin-text = انتهت جلستك. سجّل الدخول مرة أخرى وسنرسل هذا فورًا — نصّك محفوظ.
ui-relogin-username = اسم المستخدم
ui-relogin-password = كلمة المرور
ui-relogin-busy = جارٍ تسجيل الدخول…
ui-relogin-submit = سجّل الدخول وأرسل

## Form fields
# Under a field with a length limit. $count: characters left.
ui-chars-left = { $count ->
    [zero] لم يتبقَّ أي حرف
    [one] تبقّى حرف واحد
    [two] تبقّى حرفان
    [few] تبقّت { $count } أحرف
    [many] تبقّى { $count } حرفًا
   *[other] تبقّى { $count } حرف
}
# $count: characters over the limit; $max: the limit.
ui-chars-over = { $count ->
    [zero] لا أحرف زائدة: الحد هو { $max }.
    [one] حرف واحد زائد: الحد هو { $max }.
    [two] حرفان زائدان: الحد هو { $max }.
    [few] { $count } أحرف زائدة: الحد هو { $max }.
    [many] { $count } حرفًا زائدًا: الحد هو { $max }.
   *[other] { $count } حرف زائد: الحد هو { $max }.
}
# The error summary's heading above a form. $count: how many problems.
ui-error-summary-title = { $count ->
    [zero] لا توجد مشكلات
    [one] توجد مشكلة
    [two] توجد مشكلتان
    [few] توجد { $count } مشكلات
    [many] توجد { $count } مشكلة
   *[other] توجد { $count } مشكلة
}
# One line of the error summary: the field's label and its problem.
ui-error-summary-line = { $label }: { $detail }
# A topic picker's legend with its limit. $legend: e.g. "Interests"; $max: how many may be chosen.
ui-topics-legend-max = { $legend } (حتى { $max })

## Markdown editor
ui-md-editor-view = طريقة عرض المحرر
ui-md-write = كتابة
ui-md-preview = معاينة
ui-md-preview-empty = لا يوجد ما يُعاين بعد.
ui-md-hint = يدعم Markdown: ‏**غامق**، ‏*مائل*، ‏[رابط](https://…)، القوائم، ‏> الاقتباسات، ‏`شيفرة`.
# $count: characters typed; $max: the limit.
ui-md-count = { $max ->
    [zero] { $count } / { $max } حرف
    [one] { $count } / { $max } حرف
    [two] { $count } / { $max } حرف
    [few] { $count } / { $max } أحرف
    [many] { $count } / { $max } حرفًا
   *[other] { $count } / { $max } حرف
}
