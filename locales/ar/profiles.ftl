# ملفات الأعضاء الشخصية (src/features/profiles).
profiles-loading = جارٍ تحميل الملف الشخصي…
profiles-not-found = لا يوجد عضو بهذا الاسم.
profiles-discover = اكتشف المجموعات
profiles-member-since = عضو منذ { $date }
profiles-edit = تعديل ملفك الشخصي
profiles-interests = الاهتمامات
profiles-your-groups = مجموعاتك
profiles-shared-groups = مجموعات مشتركة بينكما
profiles-none = لا شيء.
profiles-recent-heading = أحدث المنشورات والتعليقات
profiles-recent-empty = لا شيء يمكنك رؤيته بعد.
# عنصر حديث: «منشور <عنوان المنشور> في <المجموعة>»؛ العنوان والمجموعة رابطان بين هذه النصوص.
profiles-posted = منشور
profiles-commented-on = تعليق على
profiles-activity-in = في
profiles-report-heading = الإبلاغ عن هذا العضو
profiles-report-to = إلى مشرفي
