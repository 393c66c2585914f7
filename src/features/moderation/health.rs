//! Group health for leaders, as plain logic: the weekly charts drawn as SVG markup (numbers and
//! dates only), their summaries for screen readers, and prompts to revive a quiet group. Tested
//! natively below.

use super::mod_view::day_start;
use crate::core::route_table::Route;

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

/// "7 Sep" for a `YYYY-MM-DD` week start (the text itself when unreadable).
pub fn short_date(d: &str) -> String {
    day_start(d).map_or_else(
        || d.to_string(),
        |t| crate::ui::format::date(t).rsplit_once(' ').map_or(String::new(), |x| x.0.to_string()),
    )
}

/// One sentence describing a weekly series, for screen readers.
pub fn chart_summary(label: &str, values: &[u32], weeks: &[String]) -> String {
    let (Some(first), Some(last)) = (weeks.first(), values.last()) else {
        return format!("{label}: no data.");
    };
    let (peak_i, peak) =
        values.iter().enumerate().max_by_key(|(i, v)| (**v, usize::MAX - i)).unwrap_or((0, &0));
    let total: u32 = values.iter().sum();
    format!(
        "{label} per week, {} weeks from {}: {total} in all, highest {peak} (week of {}), this week so far {last}.",
        values.len(),
        short_date(first),
        short_date(weeks.get(peak_i).map_or("", String::as_str)),
    )
}

const W: u32 = 360;
const H: u32 = 150;
const LEFT: u32 = 30;
const TOP: u32 = 10;
const BOTTOM: u32 = 128;

/// A bar chart of weekly values as SVG markup: numbers, dates and the summary only, so it is safe
/// to insert as markup. Presentation attributes and classes, never `style` (the CSP forbids it).
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
            r#"<line class="grid" x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}"/><text class="tick" x="{}" y="{:.1}" text-anchor="end">{v}</text>"#,
            W - 2,
            LEFT - 4,
            y + 4.0
        );
    }
    for (i, v) in values.iter().enumerate() {
        let x = LEFT as f64 + i as f64 * slot + slot * 0.15;
        let y = y_of(*v);
        let week = weeks.get(i).map_or(String::new(), |w| short_date(w));
        let class = if i + 1 == values.len() { "bar partial" } else { "bar" };
        s += &format!(
            r#"<rect class="{class}" x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}"><title>{}: {v}</title></rect>"#,
            slot * 0.7,
            BOTTOM as f64 - y,
            esc(&week)
        );
    }
    let ends = [(0usize, "start"), (values.len().saturating_sub(1), "end")];
    for (i, anchor) in ends {
        if let Some(w) = weeks.get(i) {
            let x = if anchor == "start" { LEFT } else { W - 2 };
            s += &format!(
                r#"<text class="tick" x="{x}" y="{}" text-anchor="{anchor}">{}</text>"#,
                H - 4,
                esc(&short_date(w))
            );
        }
    }
    s + "</svg>"
}

/// "42%".
pub fn percent(rate: f64) -> String {
    format!("{:.0}%", (rate.clamp(0.0, 1.0) * 100.0).round())
}

/// Discussion prompts to revive a quiet group, the first about its main topic.
pub fn discussion_prompts(topics: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = topics.first() {
        out.push(format!("What got you into {t}, and what keeps you at it?"));
    }
    out.push("What should our next meetup be? Share your ideas".into());
    out.push("Introduce yourself: what would you like to get out of this group?".into());
    out
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
    fn prompts_link_to_the_composer() {
        let p = discussion_prompts(&["hiking".into()]);
        assert!(p[0].contains("hiking"));
        assert_eq!(prompt_href("hiking", "Hi & bye?"), "/g/hiking?prompt=Hi%20%26%20bye%3F");
    }
}
