# الحساب: تسجيل الدخول وإنشاء حساب وصفحة الإعدادات (الملف الشخصي، كلمة المرور والجلسات،
# المظهر واللغة، الخادم).

## تسميات الحقول المشتركة
account-username = اسم المستخدم
account-password = كلمة المرور
account-display-name = الاسم المعروض
account-interests = الاهتمامات
account-cancel = إلغاء

## تسجيل الدخول
account-login-title = تسجيل الدخول
account-login-missing = أدخل اسم المستخدم وكلمة المرور.
account-login-already = أنت مسجّل الدخول باسم { $name }. تسجيل الدخول مجددًا يبدّل الحساب.
account-login-remember = تذكّرني على هذا الجهاز
account-login-submit = تسجيل الدخول
account-login-busy = جارٍ تسجيل الدخول…
account-login-new-here = جديد هنا؟
account-login-create-link = أنشئ حسابًا

## إنشاء حساب
account-signup-title = إنشاء حساب
account-signup-attention = بعض الحقول تحتاج إلى انتباهك.
account-signup-taken = اسم المستخدم هذا مأخوذ.
# حول النجمة الحمراء التي تميّز الحقول المطلوبة: «الحقول المعلّمة بـ * مطلوبة.»
account-signup-required-before = الحقول المعلّمة بـ
account-signup-required-after = مطلوبة.
account-signup-username-help = من 3 إلى 32 حرفًا لاتينيًا صغيرًا أو رقمًا أو _ أو -. يراه الآخرون.
account-signup-display-name-help = هكذا يظهر اسمك بجانب منشوراتك.
account-signup-password-help = 8 أحرف على الأقل.
account-signup-interests-legend = ما الذي يهمّك؟ نقترح عليك مجموعات بناءً على ذلك
account-signup-submit = إنشاء الحساب
account-signup-busy = جارٍ إنشاء حسابك…
account-signup-already = أنت مسجّل الدخول بالفعل؛ إنشاء حساب جديد يُنشئ حسابًا ثانيًا.
account-signup-have-account = لديك حساب بالفعل؟
account-signup-login-link = سجّل الدخول

## الفحوص قبل الإرسال (القواعد نفسها التي يطبّقها الخادم)
account-problem-username-length = يتكوّن اسم المستخدم من 3 إلى 32 حرفًا.
account-problem-username-chars = لا يستخدم اسم المستخدم إلا الأحرف اللاتينية الصغيرة والأرقام و_ و-.
account-problem-password-short = تحتاج كلمة المرور إلى 8 أحرف على الأقل.
account-problem-password-long = لا يمكن أن تتجاوز كلمة المرور 200 حرف.
account-problem-current-missing = أدخل كلمة المرور الحالية.
account-problem-name-required = الاسم المعروض مطلوب.
account-problem-name-long = { $max ->
    [zero] لا يمكن أن يحتوي الاسم المعروض على أي حرف (فيه { $count }).
    [one] لا يمكن أن يتجاوز الاسم المعروض حرفًا واحدًا (فيه { $count }).
    [two] لا يمكن أن يتجاوز الاسم المعروض حرفين (فيه { $count }).
    [few] لا يمكن أن يتجاوز الاسم المعروض { $max } أحرف (فيه { $count }).
    [many] لا يمكن أن يتجاوز الاسم المعروض { $max } حرفًا (فيه { $count }).
   *[other] لا يمكن أن يتجاوز الاسم المعروض { $max } حرف (فيه { $count }).
}
account-problem-name-chars = لا يمكن أن يحتوي الاسم المعروض على محارف تحكّم أو فواصل أسطر أو محارف تغيير اتجاه النص.
account-problem-bio-long = { $max ->
    [zero] لا يمكن أن تحتوي النبذة على أي حرف.
    [one] لا يمكن أن تتجاوز النبذة حرفًا واحدًا.
    [two] لا يمكن أن تتجاوز النبذة حرفين.
    [few] لا يمكن أن تتجاوز النبذة { $max } أحرف.
    [many] لا يمكن أن تتجاوز النبذة { $max } حرفًا.
   *[other] لا يمكن أن تتجاوز النبذة { $max } حرف.
}
account-problem-bio-chars = لا يمكن أن تحتوي النبذة على محارف تحكّم (فواصل الأسطر وعلامات الجدولة مسموحة).
account-problem-topics-many = { $max ->
    [zero] لا يمكن اختيار أي موضوع.
    [one] اختر موضوعًا واحدًا على الأكثر.
    [two] اختر موضوعين على الأكثر.
    [few] اختر { $max } مواضيع على الأكثر.
    [many] اختر { $max } موضوعًا على الأكثر.
   *[other] اختر { $max } موضوع على الأكثر.
}
account-problem-topic-unknown = «{ $topic }» ليس موضوعًا معروفًا.
account-problem-topic-twice = أحد المواضيع مذكور مرتين.
account-problem-repeat = كلمتا المرور الجديدتان مختلفتان؛ اكتب الكلمة نفسها مرتين.

## الإعدادات
account-settings-title = الإعدادات
account-appearance = المظهر
account-theme = السمة
account-language = اللغة
account-language-browser = مثل لغة المتصفح
account-language-help = يُعاد تحميل التطبيق باللغة المختارة.

## الملف الشخصي
account-profile-heading = الملف الشخصي
account-profile-login-link = سجّل الدخول
# يلي رابط «سجّل الدخول»: «سجّل الدخول لتعديل ملفك الشخصي واهتماماتك.»
account-profile-login-rest = { " " }لتعديل ملفك الشخصي واهتماماتك.
account-profile-bio = نبذة
account-profile-bio-help = { $max ->
    [zero] كلمات قليلة عنك تظهر في ملفك الشخصي ({ $count } من { $max } حرف).
    [one] كلمات قليلة عنك تظهر في ملفك الشخصي ({ $count } من حرف واحد).
    [two] كلمات قليلة عنك تظهر في ملفك الشخصي ({ $count } من حرفين).
    [few] كلمات قليلة عنك تظهر في ملفك الشخصي ({ $count } من { $max } أحرف).
    [many] كلمات قليلة عنك تظهر في ملفك الشخصي ({ $count } من { $max } حرفًا).
   *[other] كلمات قليلة عنك تظهر في ملفك الشخصي ({ $count } من { $max } حرف).
}
account-profile-saved = تم الحفظ. تتبع الاقتراحات الآن هذه الاهتمامات.
account-profile-save = حفظ الملف الشخصي

## كلمة المرور والجلسات
account-security-heading = كلمة المرور والجلسات
account-password-attention = بعض الحقول تحتاج إلى انتباهك؛ اطّلع على الملاحظات بجانبها.
account-password-changed = تم تغيير كلمة المرور. سُجّل الخروج من كل الأجهزة الأخرى؛ ويبقى هذا الجهاز مسجّل الدخول.
account-password-heading = غيّر كلمة المرور
account-password-current = كلمة المرور الحالية
account-password-new = كلمة المرور الجديدة
account-password-new-help = 8 أحرف على الأقل. سيُسجَّل خروجك من كل جهاز آخر سجّلت الدخول عليه.
account-password-repeat = أعد كتابة كلمة المرور الجديدة
account-password-submit = تغيير كلمة المرور
account-password-busy = جارٍ التغيير…
account-logout-all-done = سُجّل خروجك من كل الأجهزة، ومنها هذا الجهاز.
account-logout-all-failed = { $problem } ما زالت أجهزتك مسجّلة الدخول.
account-logout-all-heading = تسجيل الخروج من كل مكان
account-logout-all-help = أضعت هاتفًا، أو سجّلت الدخول على حاسوب مشترك؟ هذا ينهي كل جلسات حسابك، ومنها هذه الجلسة.
account-logout-all-open = تسجيل الخروج من كل مكان…
account-logout-all-question = تسجيل الخروج من كل الأجهزة، ومنها هذا الجهاز؟ ستحتاج إلى كلمة المرور لتسجيل الدخول مجددًا.
account-logout-all-busy = جارٍ تسجيل الخروج…
account-logout-all-confirm = سجّل الخروج من كل الأجهزة

## الخادم
account-backend-heading = الخادم
account-backend-this-site = هذا الموقع
account-backend-where = تُرسَل الطلبات إلى { $current }. الخادم الافتراضي هو { $default }.
account-backend-where-override = تُرسَل الطلبات إلى { $current } (اختيارك). الخادم الافتراضي هو { $default }.
account-backend-saved = تم الحفظ. تُرسَل الطلبات الآن إلى الخادم الجديد.
account-backend-reset-done = عدت إلى الخادم الافتراضي لهذا الموقع.
account-backend-address = عنوان الخادم
account-backend-help = عنوان http(s) لأي خادم متوافق مع Kith. اتركه فارغًا لاستخدام هذا الموقع.
account-backend-use = استخدم هذا الخادم
account-backend-reset = إعادة إلى الافتراضي
