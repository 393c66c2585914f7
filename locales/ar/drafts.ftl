# المسودات وصندوق الصادر: السطر أسفل كل محرّر، وصفحة المسودات، وما كُتب دون اتصال بانتظار الإرسال.

## السطر أسفل المحرّر
drafts-status-saving = جارٍ حفظ المسودة…
drafts-status-saved = حُفظت المسودة على هذا الجهاز.
drafts-status-restored = استُعيدت مسودتك المحفوظة { $ago }.
drafts-status-other-tab = حُدّثت بتعديلاتك من علامة تبويب أخرى.
drafts-discard-draft = تجاهل المسودة
drafts-cancel = إلغاء
drafts-problem-full = مساحة تخزين المتصفح ممتلئة، لذا لم تُحفظ هذه المسودة؛ ستبقى في علامة التبويب هذه. احذف مسودات قديمة لإفساح المجال.
drafts-problem-unavailable = لا يسمح هذا المتصفح بحفظ المسودات؛ سيبقى نصك في علامة التبويب هذه فقط.
drafts-problem-other = تعذّر حفظ المسودة ({ $problem })؛ سيبقى نصك في علامة التبويب هذه.
drafts-problem-unreadable = تعذّرت قراءة مسودة محفوظة هنا فوُضعت جانبًا؛ ما تكتبه الآن يُحفظ من جديد.

## صفحة المسودات
drafts-title = المسودات
drafts-intro = تُحفظ المسودات في هذا المتصفح إلى أن يقبل الخادم ما كتبته. وتبقى بعد إعادة التحميل وإغلاق علامات التبويب وانقطاع الاتصال.
drafts-remove-failed = تعذّرت إزالة المسودة: { $problem }.
drafts-outbox-heading = صندوق الصادر
drafts-outbox-intro = كُتبت دون اتصال؛ وتُرسل بالترتيب فور عودة الاتصال.
drafts-heading = المسودات
drafts-unreadable-list = تتعذّر قراءة المسودات هنا: { $problem }.
drafts-empty = لا توجد مسودات. كل ما تبدأ بكتابته يظهر هنا إلى أن يُرسل.
drafts-last-edited = آخر تعديل { $ago }
drafts-resume = متابعة
drafts-discard = تجاهل
drafts-corrupt-title = مسودة غير مقروءة
drafts-corrupt-text = هذه المسودة المحفوظة تالفة ولا يمكن فتحها. المسودات الأخرى سليمة.
drafts-corrupt-discard = تجاهلها

## صندوق الصادر
drafts-outbox-label = بانتظار الإرسال
drafts-outbox-waiting = بانتظار الإرسال
drafts-outbox-not-sent = لم يُرسل
drafts-outbox-retry = أعد المحاولة
drafts-outbox-save-failed = تعذّر حفظ صندوق الصادر ({ $problem })؛ أبقِ علامة التبويب هذه مفتوحة إلى أن يُرسل.
drafts-outbox-unreadable = تعذّرت قراءة صندوق الصادر في هذا المتصفح.
drafts-outbox-read-failed = تتعذّر قراءة صندوق الصادر: { $problem }.
drafts-pending-post = منشور «{ $title }» في { $group }
drafts-pending-reply = رد في «{ $post }»
drafts-pending-comment = تعليق على «{ $post }»
drafts-pending-rsvp = { $status ->
        [going] الرد «سأحضر» على { $event }
        [maybe] الرد «ربما» على { $event }
       *[declined] الرد «لا أستطيع الحضور» على { $event }
    }
drafts-pending-poll-answer = { $answer ->
        [yes] الإجابة «نعم» في استطلاع المواعيد «{ $poll }»
        [if-need-be] الإجابة «عند الضرورة» في استطلاع المواعيد «{ $poll }»
       *[no] الإجابة «لا» في استطلاع المواعيد «{ $poll }»
    }
drafts-pending-poll-answers = { $count ->
    [zero] لا إجابات في استطلاع المواعيد «{ $poll }»
    [one] إجابة واحدة في استطلاع المواعيد «{ $poll }»
    [two] إجابتان في استطلاع المواعيد «{ $poll }»
    [few] { $count } إجابات في استطلاع المواعيد «{ $poll }»
    [many] { $count } إجابةً في استطلاع المواعيد «{ $poll }»
   *[other] { $count } إجابة في استطلاع المواعيد «{ $poll }»
}
