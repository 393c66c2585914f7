//! One weekly series of the group-health tab: an SVG bar chart drawn by the app, and the same
//! figures as a table for screen readers and anyone who prefers numbers.

use leptos::prelude::*;

use super::health::{bar_chart_svg, short_date};
use crate::core::i18n::intl::number;
use crate::tr;

/// A chart of twelve weekly values (the last week is still running); `label` names the series
/// ("Posts").
#[component]
pub fn WeeklyChart(label: String, values: Vec<u32>, weeks: Vec<String>) -> impl IntoView {
    // Markup built from numbers, dates and catalog texts only (see `bar_chart_svg`).
    let svg = bar_chart_svg(&label, &values, &weeks);
    let rows = weeks
        .iter()
        .zip(&values)
        .map(|(w, v)| {
            view! {
                <tr>
                    <th scope="row"><time datetime=w.clone()>{short_date(w)}</time></th>
                    <td>{number(*v as f64)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="card chart-card">
            <figcaption>{tr!("mod-chart-per-week", label = &label)}</figcaption>
            <div class="chart-box" inner_html=svg></div>
            <details>
                <summary>
                    {tr!("mod-chart-table")}
                    <span class="visually-hidden">{tr!("mod-chart-table-of", label = &label)}</span>
                </summary>
                <table class="chart-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr!("mod-chart-week-of")}</th>
                            <th scope="col">{label}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
