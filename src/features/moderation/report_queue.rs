//! The report queue: each item with its content in context, its reports, and one-click actions
//! that apply at once and roll back with the server's reason when it refuses.

use kith_api::text::excerpt;
use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_resolve};
use kith_api::{ReportAction, ReportItem, ReportQuery, ReportStatus, ReportTarget, ResolveRequest, codes};

use super::mod_kit::{ExpiryPicker, OutcomeLine, focus_panel};
use super::mod_view::ModView;
use super::problems::{localized_detail, why};
use super::report_actions::{action_key, action_label, actions_for};
use super::sanctions::expiry_until;
use crate::core::api::{ApiError, use_api};
use crate::core::paging::Paged;
use crate::core::route_table::Route;
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::paged_status::PagedStatus;
use crate::ui::text_field::TextField;

/// Open or resolved queue items of a group.
#[component]
pub fn ReportQueue(slug: String, resolved: bool) -> impl IntoView {
    let api = use_api();
    let link = |r: bool, text: String| {
        let href = ModView { resolved: r, ..Default::default() }.href(&slug);
        view! { <a href=href aria-current=(r == resolved).then_some("page")>{text}</a> }
    };
    let sub_tabs = view! {
        <nav class="sort-tabs" aria-label=tr!("mod-report-status-nav")>
            {link(false, tr!("mod-report-open"))}
            {link(true, tr!("mod-report-resolved"))}
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
                    let done =
                        tr!("mod-report-done", action = action_key(req.action), target = target_name(&item));
                    outcome.set(Some((true, done)));
                    return;
                }
                Err(ApiError::Stale(p)) if p.code != codes::ALREADY_HANDLED => tr!("mod-report-stale"),
                Err(ApiError::Stale(_) | ApiError::NotFound(_)) => tr!("mod-already-handled"),
                Err(e) => {
                    outcome.set(Some((false, tr!("mod-not-done", problem = why(&e)))));
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
            empty=if resolved { tr!("mod-report-none-resolved") } else { tr!("mod-report-none-open") }
            more_label=tr!("mod-report-more")
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
            let title = ctx.post.as_ref().map_or_else(|| tr!("mod-target-untitled"), context_title);
            tr!("mod-target-post", title = title)
        }
        ReportTarget::Comment { .. } => {
            let name = ctx
                .comment
                .as_ref()
                .map_or_else(|| tr!("mod-target-someone"), |c| c.author.display_name.clone());
            tr!("mod-target-comment", name = name)
        }
        ReportTarget::Member { username, .. } => tr!("mod-target-member", username = username),
    }
}

/// A quotation of reported (or surrounding) content: a line about it, then the member's text.
fn quote(meta: String, text: String, reported: bool) -> impl IntoView {
    view! {
        <blockquote class=if reported { "quote reported" } else { "quote" }>
            <p class="meta">{meta}</p>
            <p dir="auto">{text}</p>
        </blockquote>
    }
}

/// A line about quoted content with the marks that apply: "… · removed · locked".
/// A mark's condition and its wording.
type Mark = (bool, fn() -> String);

fn with_marks(mut meta: String, marks: &[Mark]) -> String {
    for (on, mark) in marks {
        if *on {
            meta.push_str(" · ");
            meta.push_str(&mark());
        }
    }
    meta
}

#[component]
fn ReportCard(item: ReportItem, act: Option<Callback<(ReportItem, ResolveRequest)>>) -> impl IntoView {
    let now = now_secs();
    let id = item.id;
    let ctx = &item.context;
    let mut quotes = Vec::new();
    let member = matches!(item.target, ReportTarget::Member { .. });
    let heading = match &item.target {
        ReportTarget::Post { .. } => tr!("mod-report-heading-post", count = item.report_count),
        ReportTarget::Comment { .. } => tr!("mod-report-heading-comment", count = item.report_count),
        ReportTarget::Member { .. } => tr!("mod-report-heading-member", count = item.report_count),
    };
    if let Some(p) = &ctx.post {
        let meta = tr!(
            "mod-context-post",
            group = &item.group.name,
            author = &p.author.display_name,
            when = ago_rfc3339(now, &p.created_at)
        );
        let meta = with_marks(
            meta,
            &[(p.removed, || tr!("mod-context-removed")), (p.locked, || tr!("mod-context-locked"))],
        );
        let body = if ctx.comment.is_some() { String::new() } else { excerpt(&p.body, 400) };
        let title = tr!("mod-quoted-title", title = context_title(p));
        quotes.push(quote(meta, format!("{title} {body}"), ctx.comment.is_none()));
    }
    if let Some(c) = &ctx.parent_comment {
        let meta = tr!("mod-context-reply-to", name = &c.author.display_name);
        quotes.push(quote(meta, excerpt(&c.body, 200), false));
    }
    if let Some(c) = &ctx.comment {
        let meta =
            tr!("mod-context-comment", name = &c.author.display_name, when = ago_rfc3339(now, &c.created_at));
        quotes.push(quote(
            with_marks(meta, &[(c.removed, || tr!("mod-context-removed"))]),
            excerpt(&c.body, 400),
            true,
        ));
    }
    if let (ReportTarget::Member { username, .. }, Some(m)) = (&item.target, &ctx.member) {
        quotes.push(quote(
            tr!("mod-context-member", group = &item.group.name),
            format!("{} (@{username})", m.display_name),
            true,
        ));
    }
    let open_link = ctx.post.as_ref().map(|p| {
        let href = Route::post(&item.group.slug, p.id).href();
        view! { <a href=href>{tr!("mod-open-post")}</a> }
    });
    let reports = item
        .reports
        .iter()
        .map(|r| {
            view! {
                <li>
                    <strong dir="auto">{r.reporter.display_name.clone()}</strong>
                    ": " <span dir="auto">{r.reason.clone()}</span> " "
                    <time class="meta" datetime=r.created_at.clone()>{ago_rfc3339(now, &r.created_at)}</time>
                </li>
            }
        })
        .collect_view();
    let resolution = item.resolution.as_ref().map(|r| {
        view! {
            <p class="resolution">
                {tr!("mod-resolved-by", action = action_key(r.action), name = &r.by.display_name, when = ago_rfc3339(now, &r.at))}
                " — "
                <span dir="auto">{r.reason.clone()}</span>
            </p>
        }
    });
    let actions = actions_for(&item.target, ctx);
    let title_id = format!("report-{id}-title");
    let form = act.map(|act| view! { <ReportActions item=item.clone() actions member act /> });
    view! {
        <article class="card report" aria-labelledby=title_id.clone()>
            <h3 id=title_id.clone()>{heading}</h3>
            {quotes}
            {open_link}
            <ul class="report-reasons" aria-label=tr!("mod-report-reasons")>{reports}</ul>
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
    /// The item is a member (a ban bans them rather than an author).
    member: bool,
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
                Err(m) => return error.set(Some(m)),
            }
        } else {
            None
        };
        let req = ResolveRequest { action, reason: reason.get_untracked().trim().to_string(), ban_until };
        if let Some(p) = validate_resolve(&req, now).into_iter().next() {
            return error.set(Some(localized_detail(&p.detail).unwrap_or(p.detail)));
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
            let text = action_label(a, member);
            view! { <button type="button" class=class on:click=move |_| go(a)>{text}</button> }
        })
        .collect_view();
    view! {
        <form class="report-actions" on:submit=|ev| ev.prevent_default()>
            <TextField
                id=format!("reason-{id}")
                label=tr!("mod-reason-label")
                value=reason
                required=true
                maxlength=LIMITS.max_report_reason
            />
            {has_ban.then(|| view! { <ExpiryPicker id=format!("ban-{id}") label=tr!("mod-ban-length") choice=expiry date /> })}
            <div class="actions">{buttons}</div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
