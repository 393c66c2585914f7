use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use kith_api::Group;
use kith_api::validate::{LIMITS, MAX_POLL_OPTIONS};

use crate::core::api::use_api;
use crate::core::route_table::{Route, login_returning_to, param};
use crate::core::session::use_session;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::features::events::calendar::Zone;
use crate::features::events::zones::{browser_zone_name, supported_zones, zone, zone_known};
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::features::polls::logic::{
    MIN_OPTIONS, RowText, build_poll, decode_rows, encode_rows, may_start_polls, next_row, row_error,
};
use crate::tr;
use crate::ui::error_summary::{ErrorSummary, LabelledField};
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::text_field::TextField;

/// Where the error summary sends the member for each field's problem.
fn poll_fields() -> [LabelledField; 4] {
    [
        ("/title", "poll-title", tr!("polls-field-title")),
        ("/time_zone", "poll-tz", tr!("polls-field-time-zone")),
        ("/options", "poll-options", tr!("polls-field-dates")),
        ("/description", "poll-description", tr!("polls-field-description")),
    ]
}

/// Starting a date poll, for whoever the group lets.
#[component]
pub fn NewPollPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Polls
            suffix=tr!("polls-new-suffix")
            content=move |g: Group| {
                if may_start_polls(g.my_role, g.members_can_poll, g.archived) {
                    view! {
                        <section class="card" aria-labelledby="new-poll-heading">
                            <h2 id="new-poll-heading">{tr!("polls-new-poll")}</h2>
                            <PollForm group=g />
                        </section>
                    }
                        .into_any()
                } else {
                    view! { <NotAllowed group=g /> }.into_any()
                }
            }
        />
    }
}

#[component]
fn NotAllowed(group: Group) -> impl IntoView {
    let logged_in = use_session().current.with_untracked(Option::is_some);
    let polls = Route::polls(&group.slug).href();
    let why = if group.archived {
        tr!("polls-not-allowed-archived")
    } else if !logged_in {
        tr!("polls-not-allowed-visitor")
    } else if group.my_role.is_none() {
        tr!("polls-not-allowed-not-member")
    } else {
        tr!("polls-not-allowed-role")
    };
    let login = login_returning_to(&Route::new_poll(&group.slug).href());
    view! {
        <section class="not-allowed card" aria-labelledby="not-allowed-heading">
            <h2 id="not-allowed-heading">{tr!("polls-not-allowed-heading")}</h2>
            <p>{why}</p>
            <p>
                {(!logged_in).then(|| view! { <a href=login>{tr!("polls-log-in")}</a> " " {tr!("polls-or-go")} " " })}
                <a href=polls>{tr!("polls-back-to-polls")}</a>
                "."
            </p>
        </section>
    }
}

/// One row of the form: a date with its start and end time.
#[derive(Clone, Copy)]
struct Row {
    key: u32,
    date: RwSignal<String>,
    start: RwSignal<String>,
    end: RwSignal<String>,
}

impl Row {
    fn text(&self) -> RowText {
        RowText { date: self.date.get(), start: self.start.get(), end: self.end.get() }
    }

    fn text_untracked(&self) -> RowText {
        RowText {
            date: self.date.get_untracked(),
            start: self.start.get_untracked(),
            end: self.end.get_untracked(),
        }
    }
}

/// Title, description, time zone and 2–10 dates, checked before sending and kept as a draft
/// until the server has the poll (the rows as one field of the draft).
#[component]
fn PollForm(group: Group) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    // The browser's zone unless a draft says otherwise (set before the draft binds, so it is not
    // an edit).
    let tz = RwSignal::new(browser_zone_name());
    let encoded = RwSignal::new(String::new());
    let slug = StoredValue::new(group.slug.clone());
    let draft = use_draft(
        format!("poll:{}:new", group.slug),
        tr!("polls-draft-label", group = &group.name),
        Route::new_poll(&group.slug).href(),
        vec![("title", title), ("description", description), ("time_zone", tz), ("options", encoded)],
    );
    let next_key = StoredValue::new(0u32);
    let make_row = move |t: RowText| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        Row { key, date: RwSignal::new(t.date), start: RwSignal::new(t.start), end: RwSignal::new(t.end) }
    };
    let rows =
        RwSignal::new(decode_rows(&encoded.get_untracked()).into_iter().map(make_row).collect::<Vec<_>>());
    // Rows → the draft's field, on every edit.
    Effect::new(move |_| {
        let text = encode_rows(&rows.with(|r| r.iter().map(Row::text).collect::<Vec<_>>()));
        if encoded.get_untracked() != text {
            encoded.set(text);
        }
    });
    // The draft's field → rows, when it changed elsewhere (restored, discarded, another tab).
    Effect::new(move |_| {
        let wanted = decode_rows(&encoded.get());
        let now: Vec<RowText> = rows.with_untracked(|r| r.iter().map(Row::text_untracked).collect());
        if now != wanted {
            rows.set(wanted.into_iter().map(make_row).collect());
        }
    });
    let form = FormState::new();
    let zones = StoredValue::new(supported_zones());

    let add_row = move |_| {
        let texts: Vec<RowText> = rows.with_untracked(|r| r.iter().map(Row::text_untracked).collect());
        if texts.len() >= MAX_POLL_OPTIONS {
            return;
        }
        let row = make_row(next_row(&texts));
        rows.update(|r| r.push(row));
        crate::ui::reveal::after_paint(move || focus(&format!("poll-date-{}", row.key)));
    };

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let zone_name = match tz.get_untracked() {
            t if t.trim().is_empty() => browser_zone_name(),
            t => t,
        };
        let z = zone(zone_name.trim());
        let texts: Vec<RowText> = rows.with_untracked(|r| r.iter().map(Row::text_untracked).collect());
        let (poll, problems) = build_poll(
            &title.get_untracked(),
            &description.get_untracked(),
            &zone_name,
            z.as_ref().map(|z| z.as_ref() as &dyn Zone),
            &texts,
            zone_known,
        );
        if form.refuse(problems, &tr!("polls-fix-fields")) {
            return;
        }
        // Sent with the draft's key, so a retry never starts a second poll.
        let key = draft.idempotency_key();
        let s = slug.get_value();
        let request = async move { api.create_poll(&s, &poll, Some(&key)).await };
        let navigate = navigate.clone();
        draft.submit(form, request, move |result| match result {
            Ok(p) => navigate(&Route::poll(&p.group.slug, p.id).href(), Default::default()),
            Err(e) => form.fail(&e),
        });
    });

    let count = move || rows.with(Vec::len);
    view! {
        <form class="stack poll-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit.run(()); }>
            <ErrorSummary form fields=poll_fields() />
            <p class="help required-note">{tr!("polls-required-before")} " " <span class="req">"*"</span> " " {tr!("polls-required-after")}</p>
            <TextField id="poll-title" label=tr!("polls-field-title") value=title required=true maxlength=LIMITS.max_event_title error=form.error("/title") placeholder=tr!("polls-title-placeholder") />
            <fieldset id="poll-options" class="poll-rows" tabindex="-1" aria-describedby="poll-options-help poll-options-error">
                <legend>{tr!("polls-dates-legend")} " " <span class="req" aria-hidden="true">"*"</span></legend>
                <p id="poll-options-help" class="help">{move || tr!("polls-dates-help", min = MIN_OPTIONS, max = MAX_POLL_OPTIONS, count = count())}</p>
                <ol class="poll-row-list">
                    <For each=move || rows.get() key=|r| r.key let(row)>
                        <PollRowFields row rows form />
                    </For>
                </ol>
                <p id="poll-options-error" class="field-error" role="alert">
                    {move || form.errors.with(|e| e.iter().find(|x| x.pointer == "/options").map(|x| x.detail.clone()))}
                </p>
                <button type="button" class="secondary" on:click=add_row disabled=move || { count() >= MAX_POLL_OPTIONS }>
                    {tr!("polls-add-date")}
                </button>
            </fieldset>
            <div class="field">
                <label for="poll-tz">{tr!("polls-field-time-zone")}</label>
                <input
                    id="poll-tz"
                    type="text"
                    list="poll-tz-list"
                    autocomplete="off"
                    aria-describedby="poll-tz-help poll-tz-error"
                    aria-invalid=move || form.error("/time_zone").with(Option::is_some).then_some("true")
                    prop:value=move || tz.get()
                    on:input:target=move |ev| tz.set(ev.target().value())
                />
                <datalist id="poll-tz-list">
                    {zones.get_value().into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <p id="poll-tz-help" class="help">{tr!("polls-time-zone-help")}</p>
                <p id="poll-tz-error" class="field-error" role="alert">{move || form.error("/time_zone").get()}</p>
            </div>
            <MarkdownEditor value=description label=tr!("polls-field-description") id="poll-description" rows=4 max_chars=LIMITS.max_event_description as usize error=form.error("/description") placeholder=tr!("polls-description-placeholder") />
            <DraftStatus draft=draft />
            <FormFooter form label=tr!("polls-start") busy_label=tr!("polls-starting") resend=submit />
        </form>
    }
}

/// The fields of one row, with its problems and a button to remove it (while more than two).
#[component]
fn PollRowFields(row: Row, rows: RwSignal<Vec<Row>>, form: FormState) -> impl IntoView {
    let index = Memo::new(move |_| rows.with(|r| r.iter().position(|x| x.key == row.key).unwrap_or(0)));
    let error = move |field: &'static str| {
        Signal::derive(move || form.errors.with(|e| row_error(e, index.get(), field)))
    };
    let (start_error, end_error) = (error("starts_at"), error("ends_at"));
    let ids = |part: &str| format!("poll-{part}-{}", row.key);
    let (date_id, start_id, end_id) = (ids("date"), ids("start"), ids("end"));
    let (start_err_id, end_err_id) = (ids("start-error"), ids("end-error"));
    let remove = move |_| {
        if rows.with_untracked(Vec::len) > MIN_OPTIONS {
            let at = index.get_untracked();
            rows.update(|r| r.retain(|x| x.key != row.key));
            // Focus stays in the list: on the row that took this one's place, or the last.
            let next = rows.with_untracked(|r| r.get(at).or(r.last()).map(|x| x.key));
            if let Some(k) = next {
                crate::ui::reveal::after_paint(move || focus(&format!("poll-date-{k}")));
            }
        }
    };
    let label = move || tr!("polls-row-legend", n = index.get() + 1);
    view! {
        <li class="poll-row">
            <fieldset class="poll-row-fields">
                <legend>{label}</legend>
                <div class="field">
                    <label for=date_id.clone()>{tr!("polls-row-day")}</label>
                    <input
                        id=date_id
                        type="date"
                        required
                        aria-invalid=move || start_error.with(Option::is_some).then_some("true")
                        aria-describedby=start_err_id.clone()
                        prop:value=move || row.date.get()
                        on:input:target=move |ev| row.date.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for=start_id.clone()>{tr!("polls-row-from")}</label>
                    <input
                        id=start_id
                        type="time"
                        required
                        aria-invalid=move || start_error.with(Option::is_some).then_some("true")
                        aria-describedby=start_err_id.clone()
                        prop:value=move || row.start.get()
                        on:input:target=move |ev| row.start.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for=end_id.clone()>{tr!("polls-row-to")}</label>
                    <input
                        id=end_id
                        type="time"
                        required
                        aria-invalid=move || end_error.with(Option::is_some).then_some("true")
                        aria-describedby=end_err_id.clone()
                        prop:value=move || row.end.get()
                        on:input:target=move |ev| row.end.set(ev.target().value())
                    />
                </div>
                <button
                    type="button"
                    class="secondary remove-row"
                    on:click=remove
                    disabled=move || { rows.with(Vec::len) <= MIN_OPTIONS }
                    aria-label=move || tr!("polls-row-remove-label", n = index.get() + 1)
                >
                    {tr!("polls-row-remove")}
                </button>
            </fieldset>
            <p id=start_err_id class="field-error" role="alert">{move || start_error.get()}</p>
            <p id=end_err_id class="field-error" role="alert">{move || end_error.get()}</p>
        </li>
    }
}

/// Moves focus to an element by id, if it is there.
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
