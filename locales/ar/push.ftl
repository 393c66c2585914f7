push-title = { $what ->
    [post_reply] علّق { $actor } على منشورك
    [comment_reply] ردّ { $actor } على تعليقك
    [mention] أشار إليك { $actor }
    [join_approved] أصبحت الآن عضوًا في { $group }
    [join_denied] رُفض طلب انضمامك إلى { $group }
    [role_changed_owner] أصبحت الآن مالكًا لـ { $group }
    [role_changed_moderator] أصبحت الآن مشرفًا في { $group }
    [role_changed_member] تغيّر دورك في { $group }
    [sanctioned_ban] حُظرت من { $group }
    [sanctioned_mute] كُتمت في { $group }
    [new_post] منشور جديد في { $group }
    [new_event] فعالية جديدة في { $group }
    [event_changed] تغيّرت فعالية رددت عليها
    [event_cancelled] أُلغيت فعالية رددت عليها
    [waitlist_promoted] لديك مكان: أنت ذاهب
    [event_reminder] قريبًا
    [new_report] بلاغ جديد في { $group }
    [new_join_request] يطلب { $actor } الانضمام إلى { $group }
    [poll_scheduled] حُسم استطلاع الموعد: اسمك في القائمة
   *[other] Kith
}
push-more = { $count ->
    [zero] لا توجد عناصر أخرى غير مقروءة
    [one] عنصر آخر غير مقروء
    [two] عنصران آخران غير مقروءين
    [few] { $count } عناصر أخرى غير مقروءة
    [many] { $count } عنصرًا آخر غير مقروء
   *[other] { $count } عنصر آخر غير مقروء
}
