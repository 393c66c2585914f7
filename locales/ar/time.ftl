time-just-now = الآن
time-some-time-ago = منذ بعض الوقت
