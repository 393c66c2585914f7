//! One weekly series of the group-health tab: an SVG bar chart drawn by the app, and the same
//! figures as a table for screen readers and anyone who prefers numbers.

use leptos::prelude::*;

use super::health::{bar_chart_svg, short_date};

/// A chart of twelve weekly values (the last week is still running).
#[component]
pub fn WeeklyChart(label: &'static str, values: Vec<u32>, weeks: Vec<String>) -> impl IntoView {
    // Markup built from numbers and dates only (see `bar_chart_svg`).
    let svg = bar_chart_svg(label, &values, &weeks);
    let rows = weeks
        .iter()
        .zip(&values)
        .map(|(w, v)| view! { <tr><th scope="row">{short_date(w)}</th><td>{*v}</td></tr> })
        .collect_view();
    view! {
        <figure class="card chart-card">
            <figcaption>{label} " per week"</figcaption>
            <div class="chart-box" inner_html=svg></div>
            <details>
                <summary>"Show as a table"<span class="visually-hidden">{format!(": {label}")}</span></summary>
                <table class="chart-table">
                    <thead>
                        <tr>
                            <th scope="col">"Week of"</th>
                            <th scope="col">{label}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
