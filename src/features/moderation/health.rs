//! Group health for leaders, as plain logic: the weekly charts drawn as SVG markup (numbers,
//! dates and catalog texts only), their summaries for screen readers, prompts to revive a quiet
//! group, and how a recurring series repeats. Tested natively below.

use kith_api::recur::{Freq, Rule, WeekdayNum, weekday_of};
use kith_api::time::civil_from_days;

use super::mod_view::day_start;
use crate::core::i18n::intl::{number, weekday_long};
use crate::core::route_table::Route;
use crate::tr;

/// A rounded-up axis maximum (1, 2 or 5 × 10ⁿ), at least 1.
pub fn nice_max(max: u32) -> u32 {
    let mut step = 1u32;
    loop {
        for m in [1, 2, 5] {
            let v = step.saturating_mul(m);
            if v >= max || v == u32::MAX {
                return v;
            }
        }
        step = step.saturating_mul(10);
    }
}

/// "7 Sep" for a `YYYY-MM-DD` week start: the locale's date without its year ("Sep 7" in the
/// US, "7. Sept." in German); the text itself when unreadable.
pub fn short_date(d: &str) -> String {
    day_start(d).map_or_else(
        || d.to_string(),
        |t| {
            let full = crate::ui::format::date(t);
            match full.rsplit_once(' ') {
                Some((day_month, _)) => day_month.trim_end_matches([',', '،', ' ']).to_string(),
                None => full,
            }
        },
    )
}

/// One sentence describing a weekly series, for screen readers.
pub fn chart_summary(label: &str, values: &[u32], weeks: &[String]) -> String {
    let (Some(first), Some(last)) = (weeks.first(), values.last()) else {
        return tr!("mod-chart-no-data", label = label);
    };
    let (peak_i, peak) =
        values.iter().enumerate().max_by_key(|(i, v)| (**v, usize::MAX - i)).unwrap_or((0, &0));
    let total: u32 = values.iter().sum();
    tr!(
        "mod-chart-summary",
        label = label,
        weeks = values.len(),
        from = short_date(first),
        total = total,
        peak = *peak,
        peak_week = short_date(weeks.get(peak_i).map_or("", String::as_str)),
        last = *last,
    )
}

const W: u32 = 360;
const H: u32 = 150;
const LEFT: u32 = 30;
const TOP: u32 = 10;
const BOTTOM: u32 = 128;

/// A bar chart of weekly values as SVG markup: numbers, dates and catalog texts only (escaped),
/// so it is safe to insert as markup. Presentation attributes and classes, never `style` (the CSP
/// forbids it).
pub fn bar_chart_svg(label: &str, values: &[u32], weeks: &[String]) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    let max = nice_max(values.iter().copied().max().unwrap_or(0));
    let plot_h = BOTTOM - TOP;
    let n = values.len().max(1) as u32;
    let slot = (W - LEFT - 4) as f64 / n as f64;
    let y_of = |v: u32| BOTTOM as f64 - v as f64 * plot_h as f64 / max as f64;
    let mut s = format!(
        r#"<svg viewBox="0 0 {W} {H}" class="chart" role="img" aria-label="{}" focusable="false"><title>{0}</title>"#,
        esc(&chart_summary(label, values, weeks))
    );
    // Gridlines at 0, the top and (for even tops) halfway.
    let half = max.is_multiple_of(2).then_some(max / 2);
    for v in [Some(0), half, Some(max)].into_iter().flatten() {
        let y = y_of(v);
        s += &format!(
            r#"<line class="grid" x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}"/><text class="tick" x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            W - 2,
            LEFT - 4,
            y + 4.0,
            esc(&number(v as f64))
        );
    }
    for (i, v) in values.iter().enumerate() {
        let x = LEFT as f64 + i as f64 * slot + slot * 0.15;
        let y = y_of(*v);
        let week = weeks.get(i).map_or(String::new(), |w| short_date(w));
        let class = if i + 1 == values.len() { "bar partial" } else { "bar" };
        s += &format!(
            r#"<rect class="{class}" x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}"><title>{}</title></rect>"#,
            slot * 0.7,
            BOTTOM as f64 - y,
            esc(&tr!("mod-chart-bar", week = week, value = *v))
        );
    }
    let ends = [(0usize, "start"), (values.len().saturating_sub(1), "end")];
    for (i, anchor) in ends {
        if let Some(w) = weeks.get(i) {
            let x = if anchor == "start" { LEFT } else { W - 2 };
            s += &format!(
                r#"<text class="tick" x="{x}" y="{}" text-anchor="{anchor}">{}</text>"#,
                H - 4,
                esc(&tr!("mod-chart-tick-date", date = short_date(w)))
            );
        }
    }
    s + "</svg>"
}

/// "42%".
pub fn percent(rate: f64) -> String {
    tr!("mod-percent", value = (rate.clamp(0.0, 1.0) * 100.0).round())
}

/// Discussion prompts to revive a quiet group, the first about its main topic.
pub fn discussion_prompts(topics: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = topics.first() {
        out.push(tr!("mod-prompt-topic", topic = t));
    }
    out.push(tr!("mod-prompt-meetup"));
    out.push(tr!("mod-prompt-introduce"));
    out
}

/// A list in the member's language: "Monday, Tuesday and Friday".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!("mod-rule-and", first = rest.join(&tr!("mod-list-separator")), last = last),
    }
}

/// How a recurring series repeats, e.g. "Every 2 weeks on Tuesday and Thursday" (the words of
/// `Rule::describe`, in the member's language); `start_day` is the first date's day number.
pub fn describe_rule(r: &Rule, start_day: i64) -> String {
    let n = r.interval;
    let names = |ws: &[WeekdayNum]| {
        let v: Vec<String> = ws
            .iter()
            .map(|w| {
                let day = weekday_long(w.weekday as u32);
                match w.ordinal {
                    0 => day,
                    k if k < 0 => tr!("mod-rule-nth-last", n = -(k as i32), day = day),
                    k => tr!("mod-rule-nth", n = k as i32, day = day),
                }
            })
            .collect();
        join_and(&v)
    };
    match r.freq {
        Freq::Daily if r.by_day.is_empty() => tr!("mod-rule-daily", n = n),
        Freq::Daily => tr!("mod-rule-daily-on", n = n, days = names(&r.by_day)),
        Freq::Weekly => {
            let days = if r.by_day.is_empty() {
                vec![WeekdayNum { ordinal: 0, weekday: weekday_of(start_day) }]
            } else {
                r.by_day.clone()
            };
            tr!("mod-rule-weekly-on", n = n, days = names(&days))
        }
        Freq::Monthly if r.by_day.is_empty() => {
            tr!("mod-rule-monthly-day", n = n, day = civil_from_days(start_day).2)
        }
        Freq::Monthly => tr!("mod-rule-monthly-on", n = n, days = names(&r.by_day)),
    }
}

/// The group feed with the composer opened on a prompt.
pub fn prompt_href(slug: &str, prompt: &str) -> String {
    Route::feed(slug).href_with(&[("prompt", prompt)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_scale_to_a_round_maximum_and_describe_themselves() {
        assert_eq!(
            [0, 1, 2, 3, 6, 11, 20, 21, 99, 101].map(nice_max),
            [1, 1, 2, 5, 10, 20, 20, 50, 100, 200]
        );
        let weeks: Vec<String> = ["2026-09-07", "2026-09-14", "2026-09-21"].map(String::from).to_vec();
        let svg = bar_chart_svg("Posts", &[2, 5, 1], &weeks);
        assert!(svg.starts_with(r#"<svg viewBox="0 0 360 150" class="chart" role="img" aria-label="Posts per week, 3 weeks from 7 Sep: 8 in all, highest 5 (week of 14 Sep), this week so far 1.""#));
        assert_eq!(svg.matches("<rect").count(), 3);
        assert_eq!(svg.matches("bar partial").count(), 1);
        assert!(!svg.contains("style"));
        // The tallest bar reaches the top of the plot when the maximum is round.
        assert!(svg.contains(r#"y="10.0" width="#));
        assert!(bar_chart_svg("<x>", &[], &[]).contains("&lt;x>: no data."));
        // Axis labels: 0 and the top, plus the middle when it is a whole number.
        assert_eq!(bar_chart_svg("P", &[1], &weeks[..1]).matches(r#"class="tick""#).count(), 2 + 2);
        assert_eq!(bar_chart_svg("P", &[2, 0], &weeks[..2]).matches(r#"class="tick""#).count(), 3 + 2);
        assert_eq!(percent(0.4249), "42%");
        assert_eq!(percent(3.0), "100%");
    }

    #[test]
    fn series_rules_read_as_the_shared_description() {
        let start = kith_api::time::days_from_civil(2026, 12, 3);
        let day = |ordinal, weekday| WeekdayNum { ordinal, weekday };
        let rules = [
            (Freq::Daily, 1, vec![]),
            (Freq::Daily, 3, vec![day(0, 0), day(0, 2)]),
            (Freq::Weekly, 1, vec![]),
            (Freq::Weekly, 2, vec![day(0, 1), day(0, 3), day(0, 5)]),
            (Freq::Monthly, 1, vec![]),
            (Freq::Monthly, 2, vec![day(1, 1), day(-1, 4), day(-2, 6), day(3, 2)]),
        ];
        for (freq, interval, by_day) in rules {
            let r = Rule { freq, interval, by_day, count: None, until: None };
            assert_eq!(describe_rule(&r, start), r.describe(start));
        }
    }

    #[test]
    fn prompts_link_to_the_composer() {
        let p = discussion_prompts(&["hiking".into()]);
        assert!(p[0].contains("hiking"));
        assert_eq!(prompt_href("hiking", "Hi & bye?"), "/g/hiking?prompt=Hi%20%26%20bye%3F");
    }
}
