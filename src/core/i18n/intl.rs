//! Numbers, plural categories, dates, relative times and the first day of the week from the
//! browser's `Intl`, so no locale tables are compiled into the wasm. Native builds (tests) use
//! fixed English forms instead, the ones the views' native tests expect.

use std::rc::Rc;

use super::fluent::Locale;

/// A date or time style; each is one cached `Intl.DateTimeFormat` in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// "12 Mar 2026"
    Date,
    /// "Thu, 12 Mar"
    DayMonth,
    /// "Thursday, 12 March 2026"
    FullDate,
    /// "March 2026"
    MonthYear,
    /// "14:30" (or "2:30 PM" where the locale says so)
    Time,
    /// "Thu"
    WeekdayShort,
    /// "Thursday"
    WeekdayLong,
    /// "Mar"
    MonthShort,
    /// "March"
    MonthLong,
}

impl Style {
    /// The `Intl.DateTimeFormat` options (the native forms do not need them).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn options(self) -> &'static [(&'static str, &'static str)] {
        use Style::*;
        match self {
            Date => &[("day", "numeric"), ("month", "short"), ("year", "numeric")],
            DayMonth => &[("weekday", "short"), ("day", "numeric"), ("month", "short")],
            FullDate => &[("weekday", "long"), ("day", "numeric"), ("month", "long"), ("year", "numeric")],
            MonthYear => &[("month", "long"), ("year", "numeric")],
            Time => &[("hour", "numeric"), ("minute", "2-digit")],
            WeekdayShort => &[("weekday", "short")],
            WeekdayLong => &[("weekday", "long")],
            MonthShort => &[("month", "short")],
            MonthLong => &[("month", "long")],
        }
    }
}

/// Formats `secs` (Unix seconds read as UTC: pass local wall-clock seconds for a local time).
pub fn format(style: Style, secs: i64) -> String {
    imp::format(style, secs)
}

/// A number in the locale's digits and grouping.
pub fn number(n: f64) -> String {
    current().number(n)
}

/// "3 hours ago", "yesterday", "in 2 days": `amount` of `unit` (`second`, `minute`, `hour`,
/// `day`, `week`, `month`, `year`), negative for the past.
pub fn relative(amount: i64, unit: &'static str) -> String {
    imp::relative(amount, unit)
}

/// The first day of the week, 0 = Monday … 6 = Sunday (`Intl.Locale` week info, Monday where
/// the browser has none).
pub fn week_start() -> u32 {
    imp::week_start()
}

/// The short name of weekday `wd` (0 = Monday).
pub fn weekday_short(wd: u32) -> String {
    // 2024-01-01 was a Monday.
    format(Style::WeekdayShort, (19_723 + wd as i64 % 7) * 86_400)
}

/// The full name of weekday `wd` (0 = Monday).
pub fn weekday_long(wd: u32) -> String {
    format(Style::WeekdayLong, (19_723 + wd as i64 % 7) * 86_400)
}

/// The name of month `m` (1–12).
pub fn month_long(m: u32) -> String {
    let days = kith_api::time::days_from_civil(2024, m.clamp(1, 12), 15);
    format(Style::MonthLong, days * 86_400)
}

/// The short name of month `m` (1–12).
pub fn month_short(m: u32) -> String {
    let days = kith_api::time::days_from_civil(2024, m.clamp(1, 12), 15);
    format(Style::MonthShort, days * 86_400)
}

/// The plural rules and number format in use.
pub fn current() -> Rc<dyn Locale> {
    imp::current()
}

/// Sets the tag every later format uses.
pub fn set_tag(tag: String) {
    imp::set_tag(tag)
}

#[cfg(target_arch = "wasm32")]
pub use imp::browser_languages;

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;
    use crate::core::i18n::fluent::PlainEnglish;
    use kith_api::time::{MONTHS, WEEKDAYS as DAYS, civil_from_days, month_short as month3};

    pub fn current() -> Rc<dyn Locale> {
        Rc::new(PlainEnglish)
    }

    pub fn set_tag(_: String) {}

    pub fn week_start() -> u32 {
        0
    }

    pub fn format(style: Style, secs: i64) -> String {
        let days = secs.div_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        let wd = (days + 3).rem_euclid(7) as usize;
        let s = secs.rem_euclid(86_400);
        match style {
            Style::Date => format!("{d} {} {y}", month3(m)),
            Style::DayMonth => format!("{}, {d} {}", &DAYS[wd][..3], month3(m)),
            Style::FullDate => format!("{}, {d} {} {y}", DAYS[wd], MONTHS[m as usize - 1]),
            Style::MonthYear => format!("{} {y}", MONTHS[m as usize - 1]),
            Style::Time => format!("{:02}:{:02}", s / 3600, s % 3600 / 60),
            Style::WeekdayShort => DAYS[wd][..3].to_string(),
            Style::WeekdayLong => DAYS[wd].to_string(),
            Style::MonthShort => month3(m).to_string(),
            Style::MonthLong => MONTHS[m as usize - 1].to_string(),
        }
    }

    pub fn relative(amount: i64, unit: &'static str) -> String {
        match (amount, unit) {
            (-1, "day") => "yesterday".into(),
            (1, "day") => "tomorrow".into(),
            (0, _) => "now".into(),
            (a, u) => {
                let n = a.abs();
                let noun = if n == 1 { u.to_string() } else { format!("{u}s") };
                if a < 0 { format!("{n} {noun} ago") } else { format!("in {n} {noun}") }
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue};

    struct Browser {
        plural: Intl::PluralRules,
        number: Function,
    }

    impl Locale for Browser {
        fn number(&self, n: f64) -> String {
            self.number
                .call1(&JsValue::NULL, &n.into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| n.to_string())
        }
        fn plural(&self, n: f64) -> &'static str {
            match String::from(self.plural.select(n)).as_str() {
                "zero" => "zero",
                "one" => "one",
                "two" => "two",
                "few" => "few",
                "many" => "many",
                _ => "other",
            }
        }
    }

    thread_local! {
        static TAG: RefCell<String> = RefCell::new("en".into());
        static BROWSER: RefCell<Option<Rc<Browser>>> = const { RefCell::new(None) };
        static DATES: RefCell<Vec<(Style, Function)>> = const { RefCell::new(Vec::new()) };
        static RELATIVE: RefCell<Option<Intl::RelativeTimeFormat>> = const { RefCell::new(None) };
    }

    fn locales() -> Array {
        TAG.with(|t| Array::of1(&JsValue::from_str(&t.borrow())))
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
        }
        o
    }

    pub fn set_tag(tag: String) {
        TAG.with(|t| *t.borrow_mut() = tag);
        BROWSER.with(|b| *b.borrow_mut() = None);
        DATES.with(|d| d.borrow_mut().clear());
        RELATIVE.with(|r| *r.borrow_mut() = None);
    }

    pub fn current() -> Rc<dyn Locale> {
        BROWSER.with(|b| {
            if let Some(x) = b.borrow().as_ref() {
                return x.clone() as Rc<dyn Locale>;
            }
            let plural = Intl::PluralRules::new(&locales(), &Object::new());
            let number = Intl::NumberFormat::new(&locales(), &Object::new()).format();
            let x = Rc::new(Browser { plural, number });
            *b.borrow_mut() = Some(x.clone());
            x as Rc<dyn Locale>
        })
    }

    pub fn format(style: Style, secs: i64) -> String {
        let f = DATES.with(|d| {
            if let Some((_, f)) = d.borrow().iter().find(|(s, _)| *s == style) {
                return f.clone();
            }
            let mut opts = style.options().to_vec();
            opts.push(("timeZone", "UTC"));
            let f = Intl::DateTimeFormat::new(&locales(), &options(&opts)).format();
            d.borrow_mut().push((style, f.clone()));
            f
        });
        let date = js_sys::Date::new(&JsValue::from_f64(secs as f64 * 1000.0));
        f.call1(&JsValue::NULL, &date).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    pub fn relative(amount: i64, unit: &'static str) -> String {
        RELATIVE.with(|r| {
            let mut r = r.borrow_mut();
            let f = r.get_or_insert_with(|| {
                Intl::RelativeTimeFormat::new(&locales(), &options(&[("numeric", "auto")]))
            });
            String::from(f.format(amount as f64, unit))
        })
    }

    pub fn week_start() -> u32 {
        let tag = TAG.with(|t| t.borrow().clone());
        let Ok(intl) = Reflect::get(&js_sys::global(), &"Intl".into()) else { return 0 };
        let Ok(ctor) = Reflect::get(&intl, &"Locale".into()) else { return 0 };
        let Ok(ctor) = ctor.dyn_into::<Function>() else { return 0 };
        let Ok(loc) = Reflect::construct(&ctor, &Array::of1(&tag.into())) else { return 0 };
        // Chrome 130+ has getWeekInfo(); Chrome 99–129 the weekInfo getter.
        let info = Reflect::get(&loc, &"getWeekInfo".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call0(&loc).ok())
            .or_else(|| Reflect::get(&loc, &"weekInfo".into()).ok());
        info.and_then(|i| Reflect::get(&i, &"firstDay".into()).ok())
            .and_then(|d| d.as_f64())
            .filter(|d| (1.0..=7.0).contains(d))
            .map_or(0, |d| d as u32 - 1)
    }

    /// `navigator.languages`, most preferred first.
    pub fn browser_languages() -> Vec<String> {
        let Some(w) = web_sys::window() else { return Vec::new() };
        let nav = w.navigator();
        let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
        if list.is_empty() { nav.language().into_iter().collect() } else { list }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_forms_are_the_english_ones() {
        assert_eq!(weekday_short(0), "Mon");
        assert_eq!(weekday_long(6), "Sunday");
        assert_eq!(month_long(3), "March");
        assert_eq!(format(Style::Date, 1_773_273_600), "12 Mar 2026");
        assert_eq!(format(Style::Time, 14 * 3600 + 5 * 60), "14:05");
        assert_eq!(relative(-3, "hour"), "3 hours ago");
        assert_eq!(relative(-1, "day"), "yesterday");
    }
}
