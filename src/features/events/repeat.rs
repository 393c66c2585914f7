//! The event form's "Repeats" control as plain logic: the presets offered for a start day and
//! the rule each means (kith_api::recur), the end (never, after a number of dates, on a date),
//! a preview of the next dates in the event's wall time, and rules in words. Tested natively
//! below (with fixed-offset zones).

use kith_api::recur::{Rule, WeekdayNum, check_recurrence, last_weekday_of, weekday_of};
use kith_api::time::{civil_from_days, format_rfc3339};
use kith_api::{EditScope, FieldError, Freq, Recurrence};

use crate::core::i18n::intl;
use crate::features::events::calendar::{
    Day, Zone, clock, day_of, day_start, format_date, local_to_utc, parse_date, short_date,
};
use crate::features::events::problems;
use crate::tr;

const DAY: i64 = 86_400;

/// How many dates the form previews.
pub const PREVIEW_DATES: usize = 5;

/// A way to repeat, as the form offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Never,
    Weekly,
    TwoWeeks,
    /// The nth weekday of the month, n from the start ("the first Thursday").
    MonthlyWeekday,
    /// The last weekday of the month, for starts in a month's last seven days.
    MonthlyLastWeekday,
    /// The start's day of the month ("the 3rd").
    MonthlyDate,
    /// A rule the presets cannot say (made elsewhere), kept as it is.
    Custom,
}

impl Preset {
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Never => "",
            Preset::Weekly => "weekly",
            Preset::TwoWeeks => "two_weeks",
            Preset::MonthlyWeekday => "monthly_weekday",
            Preset::MonthlyLastWeekday => "monthly_last",
            Preset::MonthlyDate => "monthly_date",
            Preset::Custom => "custom",
        }
    }

    /// The preset of a form value (anything unknown does not repeat).
    pub fn parse(s: &str) -> Preset {
        match s {
            "weekly" => Preset::Weekly,
            "two_weeks" => Preset::TwoWeeks,
            "monthly_weekday" => Preset::MonthlyWeekday,
            "monthly_last" => Preset::MonthlyLastWeekday,
            "monthly_date" => Preset::MonthlyDate,
            "custom" => Preset::Custom,
            _ => Preset::Never,
        }
    }

    /// Whether the event repeats by a rule the form makes.
    pub fn makes_rule(self) -> bool {
        !matches!(self, Preset::Never | Preset::Custom)
    }
}

/// When a series ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    Never,
    After,
    On,
}

impl Ending {
    pub fn as_str(self) -> &'static str {
        match self {
            Ending::Never => "",
            Ending::After => "count",
            Ending::On => "until",
        }
    }

    pub fn parse(s: &str) -> Ending {
        match s {
            "count" => Ending::After,
            "until" => Ending::On,
            _ => Ending::Never,
        }
    }

    pub fn label(self) -> String {
        match self {
            Ending::Never => tr!("events-ends-never"),
            Ending::After => tr!("events-ends-after"),
            Ending::On => tr!("events-ends-on"),
        }
    }
}

/// The control's values as the form holds them (text, as typed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RepeatFields {
    pub preset: String,
    pub ending: String,
    pub count: String,
    /// `YYYY-MM-DD`, the last day in the event's zone.
    pub until: String,
}

/// 1 for the first seven days of a month, … 5 for the 29th–31st.
fn ordinal_in_month(day: Day) -> i8 {
    let (_, _, d) = civil_from_days(day);
    ((d - 1) / 7 + 1) as i8
}

/// A day of the month as an ordinal: "1st", "2nd", "3rd", "11th", "22nd", "31st" (in the
/// member's language).
pub fn ordinal_number(n: u32) -> String {
    tr!("events-ordinal", day = n)
}

/// The weekday's name in full (the member's language).
fn weekday_name(day: Day) -> String {
    intl::weekday_long(weekday_of(day) as u32)
}

/// What the form shows for a preset, with the start day when it is known.
pub fn preset_label(p: Preset, start: Option<Day>) -> String {
    match (p, start) {
        (Preset::Never, _) => tr!("events-preset-never"),
        (Preset::Weekly, Some(d)) => tr!("events-preset-weekly-on", weekday = weekday_name(d)),
        (Preset::Weekly, None) => tr!("events-preset-weekly"),
        (Preset::TwoWeeks, Some(d)) => tr!("events-preset-two-weeks-on", weekday = weekday_name(d)),
        (Preset::TwoWeeks, None) => tr!("events-preset-two-weeks"),
        (Preset::MonthlyWeekday, Some(d)) => {
            tr!(
                "events-preset-monthly-weekday-on",
                nth = ordinal_in_month(d) as i32,
                weekday = weekday_name(d)
            )
        }
        (Preset::MonthlyWeekday, None) => tr!("events-preset-monthly-weekday"),
        (Preset::MonthlyLastWeekday, Some(d)) => {
            tr!("events-preset-monthly-last-on", weekday = weekday_name(d))
        }
        (Preset::MonthlyLastWeekday, None) => tr!("events-preset-monthly-last"),
        (Preset::MonthlyDate, Some(d)) => tr!("events-preset-monthly-date-on", day = civil_from_days(d).2),
        (Preset::MonthlyDate, None) => tr!("events-preset-monthly-date"),
        (Preset::Custom, _) => tr!("events-preset-custom"),
    }
}

/// The presets offered: "last weekday" only for a start in its month's last seven days (or
/// when already chosen), "does not repeat" unless the event is already a series, and "keep the
/// current rule" for a series whose rule no preset says.
pub fn presets_offered(start: Option<Day>, current: Preset, allow_never: bool, custom: bool) -> Vec<Preset> {
    let mut v = Vec::new();
    if allow_never || current == Preset::Never {
        v.push(Preset::Never);
    }
    v.extend([Preset::Weekly, Preset::TwoWeeks, Preset::MonthlyWeekday]);
    if start.and_then(last_weekday_of).is_some() || current == Preset::MonthlyLastWeekday {
        v.push(Preset::MonthlyLastWeekday);
    }
    v.push(Preset::MonthlyDate);
    if custom || current == Preset::Custom {
        v.push(Preset::Custom);
    }
    v
}

/// A note under the control about months the rule skips.
pub fn preset_note(p: Preset, start: Option<Day>) -> Option<String> {
    let d = start?;
    match p {
        Preset::MonthlyDate => {
            let dom = civil_from_days(d).2;
            (dom > 28).then(|| tr!("events-note-skip-date", day = dom))
        }
        Preset::MonthlyWeekday if ordinal_in_month(d) == 5 => {
            Some(tr!("events-note-skip-fifth", weekday = weekday_name(d)))
        }
        _ => None,
    }
}

/// The rule of a preset for a start day, without its end (`None`: no rule to send).
pub fn preset_rule(p: Preset, start: Day) -> Result<Option<Recurrence>, String> {
    let weekday = weekday_of(start);
    let day = |ordinal: i8| WeekdayNum { ordinal, weekday }.code();
    let rule =
        |freq, interval, by_day: Vec<String>| Recurrence { freq, interval, by_day, count: None, until: None };
    Ok(Some(match p {
        Preset::Never | Preset::Custom => return Ok(None),
        Preset::Weekly => rule(Freq::Weekly, 1, vec![day(0)]),
        Preset::TwoWeeks => rule(Freq::Weekly, 2, vec![day(0)]),
        Preset::MonthlyWeekday => rule(Freq::Monthly, 1, vec![day(ordinal_in_month(start))]),
        Preset::MonthlyLastWeekday => match last_weekday_of(start) {
            Some(w) => rule(Freq::Monthly, 1, vec![w.code()]),
            None => return Err(tr!("events-not-last-week", weekday = weekday_name(start))),
        },
        Preset::MonthlyDate => rule(Freq::Monthly, 1, Vec::new()),
    }))
}

/// The instant a local day ends (the last second before the next day starts).
fn end_of_day(z: &dyn Zone, day: Day) -> i64 {
    day_start(z, day + 1) - 1
}

/// The rule the form's values mean for a start (its local day, and its instant when known),
/// checked as the server checks it; problems point under `/recurrence`. `None`: the event does
/// not repeat (or keeps its rule).
pub fn build_recurrence(
    f: &RepeatFields,
    start_day: Option<Day>,
    starts_at: Option<i64>,
    z: &dyn Zone,
) -> Result<Option<Recurrence>, Vec<FieldError>> {
    let Some(start_day) = start_day else { return Ok(None) };
    let mut r = match preset_rule(Preset::parse(&f.preset), start_day) {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(None),
        Err(m) => return Err(vec![FieldError::new("/recurrence", m)]),
    };
    match Ending::parse(&f.ending) {
        Ending::Never => {}
        Ending::After => match f.count.trim().parse::<u32>() {
            Ok(n) => r.count = Some(n),
            Err(_) => {
                return Err(vec![FieldError::new(
                    "/recurrence/count",
                    tr!("events-count-invalid", max = kith_api::recur::MAX_COUNT),
                )]);
            }
        },
        Ending::On => match parse_date(f.until.trim()) {
            Some(d) => r.until = Some(format_rfc3339(end_of_day(z, d))),
            None => return Err(vec![FieldError::new("/recurrence/until", tr!("events-until-missing"))]),
        },
    }
    check_recurrence(&r, starts_at, "/recurrence").map_err(problems::localized)?;
    Ok(Some(r))
}

/// "Thu 3 Dec 2026, 19:00" of local wall-clock seconds ("Thu 3 Dec 2026" for all-day events), in
/// the member's language.
pub fn short_date_time(local: i64, all_day: bool) -> String {
    let date = short_date(local.div_euclid(DAY));
    if all_day { date } else { tr!("events-date-time", date = date, time = clock(local)) }
}

/// The first `n` dates of a rule from a start (local wall-clock seconds in zone `z`), as the
/// form lists them; a problem in words when the rule is wrong or gives no date.
pub fn preview_dates(
    r: &Recurrence,
    start_local: i64,
    all_day: bool,
    z: &dyn Zone,
    n: usize,
) -> Result<Vec<String>, String> {
    let starts_at = local_to_utc(z, start_local);
    let rule = check_recurrence(r, Some(starts_at), "/recurrence")
        .map_err(|e| e.first().map(|f| problems::localize(f.detail.clone())).unwrap_or_default())?;
    let (start_day, time) =
        (start_local.div_euclid(DAY), if all_day { 0 } else { start_local.rem_euclid(DAY) });
    let dates: Vec<String> = rule
        .first_days(start_day, n)
        .into_iter()
        .map(|d| d * DAY + time)
        .take_while(|local| rule.until.is_none_or(|u| local_to_utc(z, *local) <= u))
        .map(|local| short_date_time(local, all_day))
        .collect();
    if dates.is_empty() {
        return Err(tr!("events-no-dates"));
    }
    Ok(dates)
}

/// The control's values for an existing rule (the series a date belongs to), with `start` the
/// date's local day and `z` the event's zone; a rule no preset says is kept as `custom`.
pub fn fields_for(r: &Recurrence, start: Day, z: &dyn Zone) -> RepeatFields {
    let weekday = weekday_of(start);
    let on = |ordinal: i8| vec![WeekdayNum { ordinal, weekday }];
    let preset = match check_recurrence(r, None, "/recurrence") {
        Err(_) => Preset::Custom,
        Ok(rule) => match (rule.freq, rule.interval) {
            (Freq::Weekly, i @ (1 | 2)) if rule.by_day.is_empty() || rule.by_day == on(0) => {
                if i == 1 {
                    Preset::Weekly
                } else {
                    Preset::TwoWeeks
                }
            }
            (Freq::Monthly, 1) if rule.by_day.is_empty() => Preset::MonthlyDate,
            (Freq::Monthly, 1) if rule.by_day == on(ordinal_in_month(start)) => Preset::MonthlyWeekday,
            (Freq::Monthly, 1) if rule.by_day == on(-1) && last_weekday_of(start).is_some() => {
                Preset::MonthlyLastWeekday
            }
            _ => Preset::Custom,
        },
    };
    let until_day = r.until.as_deref().and_then(kith_api::time::parse_rfc3339).map(|u| day_of(z, u));
    let (ending, count, until) = match (r.count, until_day) {
        (Some(c), _) => (Ending::After, c.to_string(), String::new()),
        (None, Some(d)) => (Ending::On, String::new(), format_date(d)),
        (None, None) => (Ending::Never, String::new(), String::new()),
    };
    RepeatFields { preset: preset.as_str().into(), ending: ending.as_str().into(), count, until }
}

/// How many dates of a series (starting on local day `series_start`) come before local day
/// `day`, as a rule's `count` counts them (skipped dates included); `None` for a rule that does
/// not check.
pub fn dates_before(r: &Recurrence, series_start: Day, day: Day) -> Option<u32> {
    let rule = check_recurrence(r, None, "/recurrence").ok()?;
    Some(rule.days(series_start).take_while(|d| *d < day).count() as u32)
}

/// The number of dates the form starts with when a series' rule has a `count`: the whole
/// series' for "every date"; for "this and following" (a new series from this date) the dates
/// left from this one, once it is known how many came before.
pub fn count_for_scope(scope: EditScope, total: Option<u32>, before: Option<u32>) -> String {
    match (scope, total, before) {
        (_, None, _) => String::new(),
        (EditScope::Following, Some(t), Some(b)) => t.saturating_sub(b).max(1).to_string(),
        (_, Some(t), _) => t.to_string(),
    }
}

/// The rule an edit sends: only for "this and following" or "every date", only when the form
/// makes one, and only when it differs from the rule the form started with (the same rule sent
/// again would plan the dates again for nothing).
pub fn rule_to_send(
    scope: EditScope,
    preset: Preset,
    rule: Option<Recurrence>,
    before: Option<&Recurrence>,
) -> Option<Recurrence> {
    if scope == EditScope::This || !preset.makes_rule() {
        return None;
    }
    rule.filter(|r| Some(r) != before)
}

/// A list in words: "Monday", "Monday and Friday", "Monday, Wednesday and Friday".
fn list_and(items: Vec<String>) -> String {
    let mut items = items.into_iter();
    let Some(first) = items.next() else { return String::new() };
    let rest: Vec<String> = items.collect();
    let Some((last, middle)) = rest.split_last() else { return first };
    let list = middle.iter().fold(first, |list, next| tr!("events-list-more", list = list, next = next));
    tr!("events-list-and", list = list, last = last)
}

/// A checked rule in words, from a start day: "Every week on Thursday", "Every 2 months on the
/// last Friday", "Every month on day 3" (the member's language; the same English as
/// `kith_api::recur::Rule::describe`).
pub fn rule_words(rule: &Rule, start_day: Day) -> String {
    let n = rule.interval;
    let day_words = |w: &WeekdayNum| {
        let weekday = intl::weekday_long(w.weekday as u32);
        match w.ordinal {
            0 => tr!("events-rule-weekday", weekday = weekday),
            k if k < 0 => tr!("events-rule-nth-last", nth = -(k as i32), weekday = weekday),
            k => tr!("events-rule-nth", nth = k as i32, weekday = weekday),
        }
    };
    let days = |ws: &[WeekdayNum]| list_and(ws.iter().map(day_words).collect());
    let on = |every: String, ws: &[WeekdayNum]| tr!("events-rule-on", every = every, days = days(ws));
    match rule.freq {
        Freq::Daily if rule.by_day.is_empty() => tr!("events-every-day", interval = n),
        Freq::Daily => on(tr!("events-every-day", interval = n), &rule.by_day),
        Freq::Weekly => {
            let every = tr!("events-every-week", interval = n);
            if rule.by_day.is_empty() {
                on(every, &[WeekdayNum { ordinal: 0, weekday: weekday_of(start_day) }])
            } else {
                on(every, &rule.by_day)
            }
        }
        Freq::Monthly if rule.by_day.is_empty() => tr!(
            "events-rule-on-day",
            every = tr!("events-every-month", interval = n),
            day = civil_from_days(start_day).2
        ),
        Freq::Monthly => on(tr!("events-every-month", interval = n), &rule.by_day),
    }
}

/// "Every week on Thursday, 10 times" or "…, until Thu 31 Dec 2026" (the end in zone `z`), for
/// a series' rule and a local day of one of its dates; `None` for a rule that does not check.
pub fn describe_rule(r: &Recurrence, start: Day, z: &dyn Zone) -> Option<String> {
    let rule = check_recurrence(r, None, "/recurrence").ok()?;
    let words = rule_words(&rule, start);
    Some(if let Some(c) = rule.count {
        tr!("events-rule-count", rule = words, count = c)
    } else if let Some(u) = rule.until {
        tr!("events-rule-until", rule = words, date = short_date_time(day_of(z, u) * DAY, true))
    } else {
        words
    })
}

/// "Repeats every week on Thursday…" (the rule's first letter made small, as every language
/// here reads it: "Jede Woche…" becomes "Wiederholt sich jede Woche…").
pub fn repeats_sentence(r: &Recurrence, start: Day, z: &dyn Zone) -> Option<String> {
    let d = describe_rule(r, start, z)?;
    let mut chars = d.chars();
    let first = chars.next()?;
    Some(tr!("events-repeats", rule = format!("{}{}", first.to_lowercase(), chars.as_str())))
}

/// The error shown beside the "Repeats" control: one about the rule itself, not its end (those
/// show beside the number of dates and the last date).
pub fn rule_error(errors: &[FieldError]) -> Option<String> {
    errors
        .iter()
        .find(|e| {
            e.pointer == "/recurrence"
                || (e.pointer.starts_with("/recurrence/")
                    && !e.pointer.starts_with("/recurrence/count")
                    && !e.pointer.starts_with("/recurrence/until"))
        })
        .map(|e| e.detail.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::events::calendar::FixedZone;
    use kith_api::time::{days_from_civil, parse_rfc3339};

    const BERLIN_WINTER: FixedZone = FixedZone(3600);

    fn fields(preset: Preset, ending: Ending, count: &str, until: &str) -> RepeatFields {
        RepeatFields {
            preset: preset.as_str().into(),
            ending: ending.as_str().into(),
            count: count.into(),
            until: until.into(),
        }
    }

    #[test]
    fn presets_map_to_rules_for_the_start() {
        let thu = days_from_civil(2026, 12, 3); // the first Thursday of December
        let w = preset_rule(Preset::Weekly, thu).unwrap().unwrap();
        assert_eq!((w.freq, w.interval, w.by_day.clone()), (Freq::Weekly, 1, vec!["TH".to_string()]));
        assert_eq!(preset_rule(Preset::TwoWeeks, thu).unwrap().unwrap().interval, 2);
        assert_eq!(preset_rule(Preset::MonthlyWeekday, thu).unwrap().unwrap().by_day, vec!["1TH"]);
        assert!(preset_rule(Preset::MonthlyDate, thu).unwrap().unwrap().by_day.is_empty());
        assert_eq!(preset_rule(Preset::Never, thu), Ok(None));
        assert_eq!(preset_rule(Preset::Custom, thu), Ok(None));
        // "Last Thursday" only fits a start in the month's last week.
        assert!(preset_rule(Preset::MonthlyLastWeekday, thu).unwrap_err().contains("last Thursday"));
        let last = days_from_civil(2026, 12, 31);
        assert_eq!(preset_rule(Preset::MonthlyLastWeekday, last).unwrap().unwrap().by_day, vec!["-1TH"]);
        // The fifth Thursday stays the fifth (the start is a date of its own rule).
        assert_eq!(preset_rule(Preset::MonthlyWeekday, last).unwrap().unwrap().by_day, vec!["5TH"]);
        for p in [Preset::Never, Preset::Weekly, Preset::MonthlyLastWeekday, Preset::Custom] {
            assert_eq!(Preset::parse(p.as_str()), p);
        }
    }

    #[test]
    fn labels_offers_and_notes_follow_the_start() {
        let thu = days_from_civil(2026, 12, 3);
        assert_eq!(preset_label(Preset::Weekly, Some(thu)), "Every week on Thursday");
        assert_eq!(preset_label(Preset::TwoWeeks, Some(thu)), "Every two weeks on Thursday");
        assert_eq!(preset_label(Preset::MonthlyWeekday, Some(thu)), "Every month on the first Thursday");
        assert_eq!(preset_label(Preset::MonthlyDate, Some(thu)), "Every month on the 3rd");
        assert_eq!(preset_label(Preset::MonthlyWeekday, None), "Every month on the same weekday");
        assert_eq!(
            presets_offered(Some(thu), Preset::Never, true, false),
            vec![
                Preset::Never,
                Preset::Weekly,
                Preset::TwoWeeks,
                Preset::MonthlyWeekday,
                Preset::MonthlyDate
            ]
        );
        let late = days_from_civil(2027, 1, 28); // the fourth and last Thursday
        assert_eq!(preset_label(Preset::MonthlyWeekday, Some(late)), "Every month on the fourth Thursday");
        assert!(
            presets_offered(Some(late), Preset::Never, true, false).contains(&Preset::MonthlyLastWeekday)
        );
        // A series cannot stop repeating by an edit; a rule no preset says is kept.
        let series = presets_offered(Some(thu), Preset::Custom, false, true);
        assert!(!series.contains(&Preset::Never) && series.contains(&Preset::Custom));
        assert_eq!(
            preset_note(Preset::MonthlyDate, Some(days_from_civil(2027, 1, 31))).unwrap(),
            "Months without a 31st are skipped."
        );
        assert_eq!(preset_note(Preset::MonthlyDate, Some(thu)), None);
        assert_eq!(
            preset_note(Preset::MonthlyWeekday, Some(days_from_civil(2026, 12, 31))).unwrap(),
            "Months without a fifth Thursday are skipped."
        );
        assert_eq!(
            [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal_number).join(" "),
            "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 31st"
        );
    }

    #[test]
    fn ends_become_count_or_the_end_of_the_last_day_in_the_zone() {
        let thu = days_from_civil(2026, 12, 3);
        let start = parse_rfc3339("2026-12-03T18:00:00Z");
        let z = BERLIN_WINTER;
        let r = build_recurrence(&fields(Preset::Weekly, Ending::After, " 10 ", ""), Some(thu), start, &z);
        assert_eq!(r.unwrap().unwrap().count, Some(10));
        let r = build_recurrence(&fields(Preset::Weekly, Ending::On, "", "2027-01-28"), Some(thu), start, &z);
        // 23:59:59 in Berlin (UTC+1) on the last day.
        assert_eq!(r.unwrap().unwrap().until.as_deref(), Some("2027-01-28T22:59:59Z"));
        let never =
            build_recurrence(&fields(Preset::Weekly, Ending::Never, "5", "2027-01-28"), Some(thu), start, &z);
        let never = never.unwrap().unwrap();
        assert_eq!((never.count, never.until), (None, None));
        assert_eq!(
            build_recurrence(&fields(Preset::Never, Ending::After, "x", ""), Some(thu), start, &z),
            Ok(None)
        );
        assert_eq!(
            build_recurrence(&fields(Preset::Weekly, Ending::Never, "", ""), None, None, &z),
            Ok(None)
        );
        let pointers = |f: RepeatFields| -> Vec<String> {
            build_recurrence(&f, Some(thu), start, &z).unwrap_err().into_iter().map(|e| e.pointer).collect()
        };
        assert_eq!(pointers(fields(Preset::Weekly, Ending::After, "ten", "")), ["/recurrence/count"]);
        assert_eq!(pointers(fields(Preset::Weekly, Ending::After, "0", "")), ["/recurrence/count"]);
        assert_eq!(pointers(fields(Preset::Weekly, Ending::After, "731", "")), ["/recurrence/count"]);
        assert_eq!(pointers(fields(Preset::Weekly, Ending::On, "", "")), ["/recurrence/until"]);
        assert_eq!(pointers(fields(Preset::Weekly, Ending::On, "", "2026-11-30")), ["/recurrence/until"]);
        assert_eq!(pointers(fields(Preset::MonthlyLastWeekday, Ending::Never, "", "")), ["/recurrence"]);
    }

    #[test]
    fn the_preview_lists_wall_times_and_stops_at_the_end() {
        let z = BERLIN_WINTER;
        let start = days_from_civil(2026, 12, 3) * DAY + 19 * 3600;
        let weekly = preset_rule(Preset::Weekly, start / DAY).unwrap().unwrap();
        assert_eq!(
            preview_dates(&weekly, start, false, &z, PREVIEW_DATES).unwrap(),
            [
                "Thu 3 Dec 2026, 19:00",
                "Thu 10 Dec 2026, 19:00",
                "Thu 17 Dec 2026, 19:00",
                "Thu 24 Dec 2026, 19:00",
                "Thu 31 Dec 2026, 19:00"
            ]
        );
        let monthly = preset_rule(Preset::MonthlyWeekday, start / DAY).unwrap().unwrap();
        assert_eq!(
            preview_dates(&monthly, start, true, &z, 3).unwrap(),
            ["Thu 3 Dec 2026", "Thu 7 Jan 2027", "Thu 4 Feb 2027"]
        );
        let three = Recurrence { count: Some(3), ..weekly.clone() };
        assert_eq!(preview_dates(&three, start, false, &z, PREVIEW_DATES).unwrap().len(), 3);
        // The last day is inclusive: the 17th at 19:00 is before the end of the 17th.
        let f = fields(Preset::Weekly, Ending::On, "", "2026-12-17");
        let until =
            build_recurrence(&f, Some(start / DAY), Some(local_to_utc(&z, start)), &z).unwrap().unwrap();
        assert_eq!(preview_dates(&until, start, false, &z, PREVIEW_DATES).unwrap().len(), 3);
        // Problems in words.
        let bad = Recurrence { interval: 0, ..weekly.clone() };
        assert!(preview_dates(&bad, start, false, &z, 5).unwrap_err().contains("interval"));
        let early = Recurrence { until: Some("2026-12-03T17:00:00Z".into()), ..weekly };
        assert!(preview_dates(&early, start, false, &z, 5).unwrap_err().contains("before the first date"));
    }

    #[test]
    fn existing_rules_fill_the_control_and_are_not_sent_again_unchanged() {
        let z = BERLIN_WINTER;
        let thu = days_from_civil(2026, 12, 3);
        let rule = |freq, interval, by_day: &[&str], count, until: Option<&str>| Recurrence {
            freq,
            interval,
            by_day: by_day.iter().map(|s| s.to_string()).collect(),
            count,
            until: until.map(String::from),
        };
        let preset = |r: &Recurrence| Preset::parse(&fields_for(r, thu, &z).preset);
        assert_eq!(preset(&rule(Freq::Weekly, 1, &[], None, None)), Preset::Weekly);
        assert_eq!(preset(&rule(Freq::Weekly, 2, &["TH"], None, None)), Preset::TwoWeeks);
        assert_eq!(preset(&rule(Freq::Weekly, 1, &["TU", "TH"], None, None)), Preset::Custom);
        assert_eq!(preset(&rule(Freq::Monthly, 1, &["1TH"], None, None)), Preset::MonthlyWeekday);
        assert_eq!(preset(&rule(Freq::Monthly, 1, &[], None, None)), Preset::MonthlyDate);
        assert_eq!(preset(&rule(Freq::Monthly, 1, &["-1TH"], None, None)), Preset::Custom);
        assert_eq!(preset(&rule(Freq::Daily, 1, &[], None, None)), Preset::Custom);
        let f = fields_for(&rule(Freq::Weekly, 1, &[], Some(8), None), thu, &z);
        assert_eq!((f.ending.as_str(), f.count.as_str()), ("count", "8"));
        let f = fields_for(&rule(Freq::Weekly, 1, &[], None, Some("2027-01-28T22:59:59Z")), thu, &z);
        assert_eq!((f.ending.as_str(), f.until.as_str()), ("until", "2027-01-28"));

        // The form started from the series' rule: sent only when changed, and never for "this".
        let start = parse_rfc3339("2026-12-03T18:00:00Z");
        let before = build_recurrence(&f, Some(thu), start, &z).unwrap();
        let same = build_recurrence(&f, Some(thu), start, &z).unwrap();
        assert_eq!(rule_to_send(EditScope::All, Preset::Weekly, same.clone(), before.as_ref()), None);
        let changed =
            build_recurrence(&RepeatFields { preset: "two_weeks".into(), ..f }, Some(thu), start, &z)
                .unwrap();
        assert!(
            rule_to_send(EditScope::Following, Preset::TwoWeeks, changed.clone(), before.as_ref()).is_some()
        );
        assert_eq!(rule_to_send(EditScope::This, Preset::TwoWeeks, changed.clone(), before.as_ref()), None);
        assert_eq!(rule_to_send(EditScope::All, Preset::Custom, changed, before.as_ref()), None);
    }

    #[test]
    fn this_and_following_counts_the_dates_left() {
        let thu = days_from_civil(2026, 12, 3);
        let weekly = preset_rule(Preset::Weekly, thu).unwrap().unwrap();
        assert_eq!(dates_before(&weekly, thu, thu), Some(0));
        assert_eq!(dates_before(&weekly, thu, thu + 14), Some(2));
        assert_eq!(dates_before(&weekly, thu, thu + 15), Some(3));
        assert_eq!(count_for_scope(EditScope::Following, Some(6), Some(2)), "4");
        assert_eq!(count_for_scope(EditScope::Following, Some(6), Some(9)), "1");
        assert_eq!(count_for_scope(EditScope::Following, Some(6), None), "6");
        assert_eq!(count_for_scope(EditScope::All, Some(6), Some(2)), "6");
        assert_eq!(count_for_scope(EditScope::All, None, Some(2)), "");
    }

    #[test]
    fn rules_in_words_match_the_api_s_english() {
        let thu = days_from_civil(2026, 12, 3);
        let rule = |freq, interval, by_day: &[&str]| Recurrence {
            freq,
            interval,
            by_day: by_day.iter().map(|s| s.to_string()).collect(),
            count: None,
            until: None,
        };
        let rules = [
            rule(Freq::Daily, 1, &[]),
            rule(Freq::Daily, 3, &[]),
            rule(Freq::Daily, 2, &["MO", "WE", "FR"]),
            rule(Freq::Weekly, 1, &[]),
            rule(Freq::Weekly, 2, &["TU", "TH"]),
            rule(Freq::Weekly, 1, &["MO", "TU", "WE", "TH"]),
            rule(Freq::Monthly, 1, &[]),
            rule(Freq::Monthly, 4, &[]),
            rule(Freq::Monthly, 1, &["-1FR"]),
            rule(Freq::Monthly, 2, &["-2SU", "3MO", "5SA"]),
        ];
        for r in rules {
            let checked = check_recurrence(&r, None, "/recurrence").unwrap();
            assert_eq!(rule_words(&checked, thu), checked.describe(thu), "{r:?}");
        }
        let spot = check_recurrence(&rule(Freq::Monthly, 2, &["-2SU", "3MO"]), None, "").unwrap();
        assert_eq!(rule_words(&spot, thu), "Every 2 months on the second last Sunday and the third Monday");
        let three = check_recurrence(&rule(Freq::Weekly, 1, &["MO", "WE", "FR"]), None, "").unwrap();
        assert_eq!(rule_words(&three, thu), "Every week on Monday, Wednesday and Friday");
    }

    #[test]
    fn rules_in_words_and_their_errors() {
        let z = BERLIN_WINTER;
        let thu = days_from_civil(2026, 12, 3);
        let weekly = preset_rule(Preset::Weekly, thu).unwrap().unwrap();
        assert_eq!(repeats_sentence(&weekly, thu, &z).unwrap(), "Repeats every week on Thursday");
        let ten = Recurrence { count: Some(10), ..weekly.clone() };
        assert_eq!(describe_rule(&ten, thu, &z).unwrap(), "Every week on Thursday, 10 times");
        let until = Recurrence { until: Some("2027-01-28T22:59:59Z".into()), ..weekly.clone() };
        assert_eq!(
            repeats_sentence(&until, thu, &z).unwrap(),
            "Repeats every week on Thursday, until Thu 28 Jan 2027"
        );
        let monthly = preset_rule(Preset::MonthlyWeekday, thu).unwrap().unwrap();
        assert_eq!(repeats_sentence(&monthly, thu, &z).unwrap(), "Repeats every month on the first Thursday");
        assert_eq!(describe_rule(&Recurrence { interval: 0, ..weekly }, thu, &z), None);
        assert_eq!(short_date_time(thu * DAY + 9 * 3600 + 5 * 60, false), "Thu 3 Dec 2026, 09:05");
        let once = Recurrence { count: Some(1), ..monthly.clone() };
        assert_eq!(describe_rule(&once, thu, &z).unwrap(), "Every month on the first Thursday, once");

        let e = |p: &str| FieldError::new(p, p);
        assert_eq!(
            rule_error(&[e("/title"), e("/recurrence/count"), e("/recurrence/by_day/0")]).unwrap(),
            "/recurrence/by_day/0"
        );
        assert_eq!(rule_error(&[e("/recurrence")]).unwrap(), "/recurrence");
        assert_eq!(rule_error(&[e("/recurrence/until"), e("/recurrence/count")]), None);
    }
}
