//! "Who can come": every member's answer per date, for the group's members only. Rows are
//! members, columns dates; the best date is highlighted. On a narrow screen the table scrolls
//! sideways inside its own box.

use leptos::prelude::*;

use kith_api::{PageParams, Poll, PollVoter};

use crate::core::api::{ApiError, use_api};
use crate::core::i18n::intl::number;
use crate::core::paging::{AllPages, fetch_all};
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::polls::logic::{answer_mark, best_options, option_heading, option_span};
use crate::features::polls::poll_page::viewer_zone;
use crate::tr;
use crate::ui::loading::{LoadError, SkeletonList};

/// At most this many pages of 100 answers (far beyond a micro-community).
const VOTER_PAGES: usize = 10;

#[component]
pub fn WhoCanCome(poll: RwSignal<Poll>, answered: RwSignal<u32>) -> impl IntoView {
    let session = use_session();
    let here = poll.with_untracked(|p| Route::poll(&p.group.slug, p.id).href());
    view! {
        <section class="who-can-come" aria-labelledby="who-heading">
            <h2 id="who-heading">{tr!("polls-who-heading")}</h2>
            {move || {
                if session.is_logged_in() {
                    view! { <VoterTable poll answered /> }.into_any()
                } else {
                    view! {
                        <p class="muted">
                            {tr!("polls-members-only")}
                            " "
                            <a href=login_returning_to(&here)>{tr!("polls-log-in")}</a>
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn VoterTable(poll: RwSignal<Poll>, answered: RwSignal<u32>) -> impl IntoView {
    let api = use_api();
    let id = poll.with_untracked(|p| p.id);
    let voters = LocalResource::new(move || {
        answered.track();
        async move {
            fetch_all(VOTER_PAGES, |cursor| async move {
                api.list_poll_voters(id, &PageParams { limit: Some(100), cursor }).await
            })
            .await
        }
    });
    view! {
        <Transition fallback=|| view! { <SkeletonList rows=1 label=tr!("polls-loading-answers") /> }>
            {move || voters.get().map(|all| view! { <Results poll all retry=Callback::new(move |_| voters.refetch()) /> })}
        </Transition>
    }
}

#[component]
fn Results(poll: RwSignal<Poll>, all: AllPages<PollVoter>, retry: Callback<()>) -> impl IntoView {
    let AllPages { items, cut_short, error } = all;
    match error {
        Some(ApiError::Forbidden(_)) => {
            return view! { <p class="muted">{tr!("polls-members-only")}</p> }.into_any();
        }
        Some(error) if items.is_empty() => return view! { <LoadError error retry /> }.into_any(),
        _ => {}
    }
    if items.is_empty() {
        return view! { <p class="muted">{tr!("polls-nobody-answered")}</p> }.into_any();
    }
    let (_, zone) = viewer_zone();
    let (options, best) = poll.with_untracked(|p| (p.options.clone(), best_options(&p.options)));
    let is_best: Vec<bool> = options.iter().map(|o| best.contains(&o.id)).collect();
    let headings = options
        .iter()
        .zip(&is_best)
        .map(|(o, &best)| {
            let (day, time) = option_span(o)
                .map_or_else(|| ("?".into(), String::new()), |(s, e)| option_heading(zone.as_ref(), s, e));
            let datetime = o.starts_at.clone();
            view! {
                <th scope="col" class:best=best>
                    <span class="day"><time datetime=datetime>{day}</time></span>
                    <span class="time"><time>{time}</time></span>
                    {best.then(|| view! { <span class="badge best">{tr!("polls-best")}</span> })}
                </th>
            }
        })
        .collect_view();
    let rows = items
        .iter()
        .map(|v| {
            let cells = is_best
                .iter()
                .enumerate()
                .map(|(i, &best)| {
                    let a = v.answers.get(i).copied().flatten();
                    let (mark, words) = answer_mark(a);
                    let class = a.map_or("none", |a| a.as_str());
                    view! {
                        <td class=format!("answer {class}") class:best=best>
                            <span aria-hidden="true">{mark}</span>
                            <span class="visually-hidden">{words}</span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" dir="auto">{v.user.display_name.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let totals = options
        .iter()
        .zip(&is_best)
        .map(|(o, &best)| {
            view! {
                <td class="total" class:best=best>
                    {format!("{} ", number(o.yes as f64))}
                    <span class="muted">{format!("({})", number(o.if_need_be as f64))}</span>
                </td>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=tr!("polls-results-label") tabindex="0">
            <table class="poll-results">
                <caption class="visually-hidden">
                    {tr!("polls-results-caption")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!("polls-results-member")}</th>
                        {headings}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{tr!("polls-results-totals")}</th>
                        {totals}
                    </tr>
                </tfoot>
            </table>
        </div>
        <p class="help legend" aria-hidden="true">{tr!("polls-results-legend")}</p>
        {cut_short.then(|| view! { <p class="help">{tr!("polls-results-cut-short")}</p> })}
        {error.map(|e| view! { <p class="field-error">{tr!("polls-results-partial", error = e.user_message())}</p> })}
    }
    .into_any()
}
