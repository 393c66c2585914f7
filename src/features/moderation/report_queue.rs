//! The report queue: each item with its content in context, its reports, and one-click actions
//! that apply at once and roll back with the server's reason when it refuses.

use kith_api::text::excerpt;
use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_resolve};
use kith_api::{ReportAction, ReportItem, ReportQuery, ReportStatus, ReportTarget, ResolveRequest, codes};

use super::mod_kit::{ExpiryPicker, OutcomeLine, focus_panel};
use super::mod_view::ModView;
use super::report_actions::{action_done, action_label, actions_for};
use super::sanctions::expiry_until;
use crate::core::api::{ApiError, use_api};
use crate::core::paging::Paged;
use crate::core::route_table::Route;
use crate::ui::format::{ago_rfc3339, count, now_secs};
use crate::ui::paged_status::PagedStatus;
use crate::ui::text_field::TextField;

/// Open or resolved queue items of a group.
#[component]
pub fn ReportQueue(slug: String, resolved: bool) -> impl IntoView {
    let api = use_api();
    let link = |r: bool, text: &'static str| {
        let href = ModView { resolved: r, ..Default::default() }.href(&slug);
        view! { <a href=href aria-current=(r == resolved).then_some("page")>{text}</a> }
    };
    let sub_tabs = view! {
        <nav class="sort-tabs" aria-label="Report status">
            {link(false, "Open")}
            {link(true, "Resolved")}
        </nav>
    };
    let status = if resolved { ReportStatus::Resolved } else { ReportStatus::Open };
    let list = Paged::new({
        let slug = slug.clone();
        move |cursor| {
            let (s, q) = (slug.clone(), ReportQuery { status: Some(status), limit: Some(20), cursor });
            async move { api.list_reports(&s, &q).await }
        }
    });
    let outcome = RwSignal::new(None::<(bool, String)>);
    // Items being resolved: hidden at once, shown again (with the reason still typed) if the
    // server refuses; a second click on them does nothing.
    let pending = RwSignal::new(Vec::<i64>::new());

    // Optimistic: the item leaves the queue at once; a refusal brings it back with the reason,
    // and an item someone else handled meanwhile refreshes the queue.
    let act = Callback::new(move |(item, req): (ReportItem, ResolveRequest)| {
        let id = item.id;
        if pending.with_untracked(|p| p.contains(&id)) {
            return;
        }
        pending.update(|p| p.push(id));
        outcome.set(None);
        focus_panel();
        let s = slug.clone();
        leptos::task::spawn_local(async move {
            let result = api.resolve_report(&s, id, &item.etag, &req).await;
            pending.try_update(|p| p.retain(|x| *x != id));
            let text = match result {
                Ok(_) => {
                    list.items.update(|v| v.retain(|x| x.id != id));
                    let done = format!("{}: {}.", action_done(req.action), target_name(&item));
                    outcome.set(Some((true, done)));
                    return;
                }
                Err(ApiError::Stale(p)) if p.code != codes::ALREADY_HANDLED => {
                    "New reports arrived for this item meanwhile; the queue is refreshed — check it again."
                        .into()
                }
                Err(ApiError::Stale(_) | ApiError::NotFound(_)) => {
                    "Another moderator already handled this.".into()
                }
                Err(e) => {
                    let why = e.field_errors().first().map_or_else(|| e.user_message(), |f| f.detail.clone());
                    outcome.set(Some((false, format!("Not done: {why}"))));
                    return;
                }
            };
            list.items.update(|v| v.retain(|x| x.id != id));
            outcome.set(Some((false, text)));
            list.reload();
        });
    });

    view! {
        {sub_tabs}
        <OutcomeLine outcome />
        <ul class="report-list" role="list">
            <For
                each=move || list.items.get()
                key=|i| i.id
                children=move |item| {
                    let id = item.id;
                    view! {
                        <li hidden=move || pending.with(|p| p.contains(&id))>
                            <ReportCard item act=(!resolved).then_some(act) />
                        </li>
                    }
                }
            />
        </ul>
        <PagedStatus
            list
            empty=if resolved { "No resolved reports yet." } else { "No open reports. All clear!" }
            more_label="Show more reports"
        />
    }
}

/// A reported post's title; one without its title was deleted (or removed).
fn context_title(p: &kith_api::ContextPost) -> String {
    crate::features::posts::title::title_or_tombstone(&p.title, !p.removed, p.removed)
}

/// Names what an item is about, for messages.
fn target_name(item: &ReportItem) -> String {
    let ctx = &item.context;
    match &item.target {
        ReportTarget::Post { .. } => {
            format!("the post “{}”", ctx.post.as_ref().map_or_else(|| "Untitled post".into(), context_title))
        }
        ReportTarget::Comment { .. } => format!(
            "the comment by {}",
            ctx.comment.as_ref().map_or("someone", |c| c.author.display_name.as_str())
        ),
        ReportTarget::Member { username, .. } => format!("the member @{username}"),
    }
}

/// A quotation of reported (or surrounding) content.
fn quote(meta: String, text: String, reported: bool) -> impl IntoView {
    view! {
        <blockquote class=if reported { "quote reported" } else { "quote" }>
            <p class="meta">{meta}</p>
            <p>{text}</p>
        </blockquote>
    }
}

#[component]
fn ReportCard(item: ReportItem, act: Option<Callback<(ReportItem, ResolveRequest)>>) -> impl IntoView {
    let now = now_secs();
    let id = item.id;
    let ctx = &item.context;
    let mut quotes = Vec::new();
    let (what, head) = match &item.target {
        ReportTarget::Post { .. } => ("author", "Reported post"),
        ReportTarget::Comment { .. } => ("author", "Reported comment"),
        ReportTarget::Member { .. } => ("member", "Reported member"),
    };
    if let Some(p) = &ctx.post {
        let mut meta = format!(
            "Post in {} by {} · {}",
            item.group.name,
            p.author.display_name,
            ago_rfc3339(now, &p.created_at)
        );
        for (on, word) in [(p.removed, " · removed"), (p.locked, " · locked")] {
            if on {
                meta.push_str(word);
            }
        }
        let body = if ctx.comment.is_some() { String::new() } else { excerpt(&p.body, 400) };
        quotes.push(quote(meta, format!("“{}” {body}", context_title(p)), ctx.comment.is_none()));
    }
    if let Some(c) = &ctx.parent_comment {
        let meta = format!("In reply to {}:", c.author.display_name);
        quotes.push(quote(meta, excerpt(&c.body, 200), false));
    }
    if let Some(c) = &ctx.comment {
        let removed = if c.removed { " · removed" } else { "" };
        let meta =
            format!("Comment by {} · {}{removed}", c.author.display_name, ago_rfc3339(now, &c.created_at));
        quotes.push(quote(meta, excerpt(&c.body, 400), true));
    }
    if let (ReportTarget::Member { username, .. }, Some(m)) = (&item.target, &ctx.member) {
        quotes.push(quote(
            format!("Member of {}", item.group.name),
            format!("{} (@{username})", m.display_name),
            true,
        ));
    }
    let open_link = ctx.post.as_ref().map(|p| {
        let href = Route::post(&item.group.slug, p.id).href();
        view! { <a href=href>"Open the post"</a> }
    });
    let reports = item
        .reports
        .iter()
        .map(|r| {
            view! {
                <li>
                    <strong>{r.reporter.display_name.clone()}</strong>
                    ": " {r.reason.clone()} " "
                    <span class="meta">{ago_rfc3339(now, &r.created_at)}</span>
                </li>
            }
        })
        .collect_view();
    let resolution = item.resolution.as_ref().map(|r| {
        view! {
            <p class="resolution">
                {format!("{} by {} {} — {}", action_done(r.action), r.by.display_name, ago_rfc3339(now, &r.at), r.reason)}
            </p>
        }
    });
    let actions = actions_for(&item.target, ctx);
    let title_id = format!("report-{id}-title");
    let heading = format!("{head} · {}", count(item.report_count, "report"));
    let form = act.map(|act| view! { <ReportActions item=item.clone() actions what act /> });
    view! {
        <article class="card report" aria-labelledby=title_id.clone()>
            <h3 id=title_id.clone()>{heading}</h3>
            {quotes}
            {open_link}
            <ul class="report-reasons" aria-label="Reports">{reports}</ul>
            {resolution}
            {form}
        </article>
    }
}

/// The reason and the action buttons of an open item.
#[component]
fn ReportActions(
    item: ReportItem,
    actions: Vec<ReportAction>,
    what: &'static str,
    act: Callback<(ReportItem, ResolveRequest)>,
) -> impl IntoView {
    let id = item.id;
    let item = StoredValue::new(item);
    let reason = RwSignal::new(String::new());
    let expiry = RwSignal::new("7d".to_string());
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let go = move |action: ReportAction| {
        let now = now_secs();
        let ban_until = if action == ReportAction::Ban {
            match expiry_until(&expiry.get_untracked(), &date.get_untracked(), now, true) {
                Ok(u) => u,
                Err(m) => return error.set(Some(m.into())),
            }
        } else {
            None
        };
        let req = ResolveRequest { action, reason: reason.get_untracked().trim().to_string(), ban_until };
        if let Some(p) = validate_resolve(&req, now).into_iter().next() {
            return error.set(Some(p.detail));
        }
        error.set(None);
        act.run((item.get_value(), req));
    };
    let has_ban = actions.contains(&ReportAction::Ban);
    let buttons = actions
        .into_iter()
        .map(|a| {
            let class = match a {
                ReportAction::Remove | ReportAction::Ban => "danger",
                ReportAction::Dismiss => "secondary",
                _ => "",
            };
            let text =
                if a == ReportAction::Ban { format!("Ban {what}") } else { action_label(a).to_string() };
            view! { <button type="button" class=class on:click=move |_| go(a)>{text}</button> }
        })
        .collect_view();
    view! {
        <form class="report-actions" on:submit=|ev| ev.prevent_default()>
            <TextField
                id=format!("reason-{id}")
                label="Reason (kept in the mod log)"
                value=reason
                required=true
                maxlength=LIMITS.max_report_reason
            />
            {has_ban.then(|| view! { <ExpiryPicker id=format!("ban-{id}") label="Ban length" choice=expiry date /> })}
            <div class="actions">{buttons}</div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
