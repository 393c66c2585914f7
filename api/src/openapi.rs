//! The OpenAPI 3.1 document, generated from the wire types. The committed `api/openapi.json`
//! must equal [`document_json`]; a test in kith-server fails when it is stale
//! (`UPDATE_OPENAPI=1 cargo test -p kith-server openapi` rewrites it).
//!
//! The functions below are never called: they only carry each endpoint's description.
#![allow(dead_code)]

use utoipa::openapi::path::{Operation, Parameter, ParameterIn};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Required, ResponseBuilder};
use utoipa::{Modify, OpenApi, PartialSchema};

use crate::*;

/// The whole contract.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document as committed: pretty JSON with a final newline.
pub fn document_json() -> String {
    let mut s = document().to_pretty_json().unwrap_or_default();
    s.push('\n');
    s
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kith REST contract",
        version = "1.0.0",
        description = "The API any Kith-compatible backend implements. JSON in UTF-8; times are RFC 3339 in UTC; lists are pages (`items`, `next_cursor`); errors are RFC 9457 problem details with a stable `code`; single resources carry an `etag` (and `ETag` header) that PATCH, PUT and DELETE must send back in `If-Match` (412 on mismatch, 428 when missing); POST creates accept an `Idempotency-Key`.",
        license(name = "MIT")
    ),
    servers((url = "/api/v1")),
    modifiers(&Conventions),
    paths(
        meta, register, login, logout, me, patch_me,
        list_groups, create_group, get_group, patch_group, archive_group,
        join_group, leave_group, list_members, list_bans, list_join_requests,
        approve_join_request, deny_join_request, set_role, sanction_member, unmute_member, unban_member,
        list_resources, create_resource, patch_resource, delete_resource,
        list_group_posts, create_post, home_feed, get_post, patch_post, delete_post,
        pin_post, unpin_post, lock_post, unlock_post, react_post,
        list_comments, create_comment, get_comment, patch_comment, delete_comment, react_comment,
        list_group_events, create_event, list_my_events, get_event, patch_event, cancel_event,
        rsvp, list_attendees, group_calendar_ics, event_ics,
        create_report, list_reports, resolve_report, modlog, health,
    ),
    components(schemas(Problem, FieldError)),
    tags(
        (name = "meta"), (name = "auth"), (name = "groups"), (name = "membership"),
        (name = "resources"), (name = "posts"), (name = "comments"), (name = "events"),
        (name = "moderation"),
    )
)]
struct ApiDoc;

/// Adds what every operation shares: bearer auth, problem responses, `If-Match` on changes of
/// single resources and `Idempotency-Key` on POSTs.
struct Conventions;

impl Modify for Conventions {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An opaque token from /auth/login or /auth/register."))
                    .build(),
            ),
        );
        let problem = ResponseBuilder::new()
            .description("A problem (RFC 9457) with a stable `code`.")
            .content(
                "application/problem+json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
            )
            .build();
        for (path, item) in doc.paths.paths.iter_mut() {
            let ops: [(&str, &mut Option<Operation>); 5] = [
                ("get", &mut item.get),
                ("post", &mut item.post),
                ("put", &mut item.put),
                ("patch", &mut item.patch),
                ("delete", &mut item.delete),
            ];
            for (method, op) in ops {
                let Some(op) = op.as_mut() else { continue };
                op.responses.responses.insert("default".into(), RefOr::T(problem.clone()));
                op.security = Some(vec![
                    utoipa::openapi::security::SecurityRequirement::new("bearer", Vec::<String>::new()),
                    utoipa::openapi::security::SecurityRequirement::default(),
                ]);
                let params = op.parameters.get_or_insert_with(Vec::new);
                let needs_if_match =
                    matches!(method, "patch" | "delete") || (method == "put" && !path.ends_with("/rsvp"));
                if needs_if_match {
                    let mut p = Parameter::new("If-Match");
                    p.parameter_in = ParameterIn::Header;
                    p.required = Required::True;
                    p.description =
                        Some("The resource's current `etag`; 412 when it changed, 428 when missing.".into());
                    p.schema = Some(String::schema());
                    params.push(p);
                }
                if method == "post" {
                    let mut p = Parameter::new("Idempotency-Key");
                    p.parameter_in = ParameterIn::Header;
                    p.required = Required::False;
                    p.description = Some("A client-chosen key (1–200 characters); retrying with the same key returns the first result and creates nothing twice, also when the retry arrives while the first request is still being handled.".into());
                    p.schema = Some(String::schema());
                    params.push(p);
                }
            }
        }
    }
}

// ---- meta and auth -------------------------------------------------------------------------

/// What this backend supports.
#[utoipa::path(get, path = "/meta", tag = "meta", responses((status = 200, body = Meta)))]
fn meta() {}

/// Create an account and a session.
#[utoipa::path(post, path = "/auth/register", tag = "auth", request_body = RegisterRequest,
    responses((status = 201, body = SessionToken), (status = 409, description = "`username_taken`"), (status = 422, description = "`validation_failed`")))]
fn register() {}

/// Log in; the token is stored hashed and expires.
#[utoipa::path(post, path = "/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = SessionToken), (status = 401, description = "`invalid_credentials`")))]
fn login() {}

/// End the caller's session; the token stops working.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 204)))]
fn logout() {}

/// The caller's profile, interests and memberships.
#[utoipa::path(get, path = "/me", tag = "auth", responses((status = 200, body = Me), (status = 401)))]
fn me() {}

/// Change display name or interests.
#[utoipa::path(patch, path = "/me", tag = "auth", request_body = MePatch, responses((status = 200, body = Me)))]
fn patch_me() {}

// ---- groups and membership -----------------------------------------------------------------

/// Discover groups: search, filter, sort, or `recommended=true`. Unlisted groups appear only
/// to members; private groups are listed (their content is not).
#[utoipa::path(get, path = "/groups", tag = "groups", params(GroupQuery), responses((status = 200, body = Page<Group>), (status = 400, description = "`invalid_query` or `invalid_cursor`")))]
fn list_groups() {}

/// Start a group; the caller becomes its owner.
#[utoipa::path(post, path = "/groups", tag = "groups", request_body = NewGroup,
    responses((status = 201, body = Group), (status = 409, description = "`slug_taken`"), (status = 422)))]
fn create_group() {}

/// One group (private groups show their card to everyone, their content to members).
#[utoipa::path(get, path = "/groups/{slug}", tag = "groups", params(("slug" = String, Path)), responses((status = 200, body = Group), (status = 404)))]
fn get_group() {}

/// Change a group: owners any field, moderators `guidelines`.
#[utoipa::path(patch, path = "/groups/{slug}", tag = "groups", params(("slug" = String, Path)), request_body = GroupPatch, responses((status = 200, body = Group), (status = 403), (status = 412), (status = 428)))]
fn patch_group() {}

/// Archive a group (owners): it becomes read-only and leaves discovery.
#[utoipa::path(post, path = "/groups/{slug}/archive", tag = "groups", params(("slug" = String, Path)), responses((status = 200, body = Group), (status = 403)))]
fn archive_group() {}

/// Join a public or unlisted group, or ask to join a private one.
#[utoipa::path(post, path = "/groups/{slug}/join", tag = "membership", params(("slug" = String, Path)), request_body = JoinRequestBody,
    responses((status = 200, body = JoinOutcome), (status = 403, description = "`banned`"), (status = 409, description = "already a member or already requested")))]
fn join_group() {}

/// Leave a group (or withdraw a pending request).
#[utoipa::path(post, path = "/groups/{slug}/leave", tag = "membership", params(("slug" = String, Path)), responses((status = 204), (status = 409, description = "`sole_owner`")))]
fn leave_group() {}

/// Members with their roles (members only for private groups).
#[utoipa::path(get, path = "/groups/{slug}/members", tag = "membership", params(("slug" = String, Path), MemberQuery), responses((status = 200, body = Page<Member>)))]
fn list_members() {}

/// Banned users (moderators).
#[utoipa::path(get, path = "/groups/{slug}/bans", tag = "membership", params(("slug" = String, Path), PageParams), responses((status = 200, body = Page<Ban>)))]
fn list_bans() {}

/// Pending join requests (moderators).
#[utoipa::path(get, path = "/groups/{slug}/join-requests", tag = "membership", params(("slug" = String, Path), PageParams), responses((status = 200, body = Page<JoinRequest>)))]
fn list_join_requests() {}

/// Approve a join request (moderators).
#[utoipa::path(post, path = "/groups/{slug}/join-requests/{id}/approve", tag = "membership", params(("slug" = String, Path), ("id" = i64, Path)), request_body = JoinDecision, responses((status = 200, body = Member), (status = 404)))]
fn approve_join_request() {}

/// Deny a join request (moderators).
#[utoipa::path(post, path = "/groups/{slug}/join-requests/{id}/deny", tag = "membership", params(("slug" = String, Path), ("id" = i64, Path)), request_body = JoinDecision, responses((status = 204), (status = 404)))]
fn deny_join_request() {}

/// Set a member's role (owners).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/role", tag = "membership", params(("slug" = String, Path), ("username" = String, Path)), request_body = RoleChange, responses((status = 200, body = Member), (status = 409, description = "`sole_owner`")))]
fn set_role() {}

/// Mute or ban a member, optionally until a time (moderators).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/sanction", tag = "membership", params(("slug" = String, Path), ("username" = String, Path)), request_body = SanctionRequest, responses((status = 204), (status = 403)))]
fn sanction_member() {}

/// Lift a mute (moderators).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/unmute", tag = "membership", params(("slug" = String, Path), ("username" = String, Path)), request_body = LiftRequest, responses((status = 204)))]
fn unmute_member() {}

/// Lift a ban (moderators).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/unban", tag = "membership", params(("slug" = String, Path), ("username" = String, Path)), request_body = LiftRequest, responses((status = 204)))]
fn unban_member() {}

/// The group's curated resources shelf.
#[utoipa::path(get, path = "/groups/{slug}/resources", tag = "resources", params(("slug" = String, Path), PageParams), responses((status = 200, body = Page<ShelfItem>)))]
fn list_resources() {}

/// Add a resource (moderators).
#[utoipa::path(post, path = "/groups/{slug}/resources", tag = "resources", params(("slug" = String, Path)), request_body = NewShelfItem, responses((status = 201, body = ShelfItem)))]
fn create_resource() {}

/// Change a resource (moderators).
#[utoipa::path(patch, path = "/resources/{id}", tag = "resources", params(("id" = i64, Path)), request_body = ShelfItemPatch, responses((status = 200, body = ShelfItem)))]
fn patch_resource() {}

/// Remove a resource (moderators).
#[utoipa::path(delete, path = "/resources/{id}", tag = "resources", params(("id" = i64, Path)), responses((status = 204)))]
fn delete_resource() {}

// ---- posts and comments --------------------------------------------------------------------

/// A group's feed; pinned posts first.
#[utoipa::path(get, path = "/groups/{slug}/posts", tag = "posts", params(("slug" = String, Path), PostQuery), responses((status = 200, body = Page<Post>), (status = 403, description = "`members_only`")))]
fn list_group_posts() {}

/// Post in a group (members who are not muted).
#[utoipa::path(post, path = "/groups/{slug}/posts", tag = "posts", params(("slug" = String, Path)), request_body = NewPost, responses((status = 201, body = Post), (status = 403, description = "`muted`, `banned` or not a member")))]
fn create_post() {}

/// The home feed across the caller's groups.
#[utoipa::path(get, path = "/feed", tag = "posts", params(PostQuery), responses((status = 200, body = Page<Post>), (status = 401)))]
fn home_feed() {}

/// One post.
#[utoipa::path(get, path = "/posts/{id}", tag = "posts", params(("id" = i64, Path)), responses((status = 200, body = Post), (status = 404)))]
fn get_post() {}

/// Edit one's own post.
#[utoipa::path(patch, path = "/posts/{id}", tag = "posts", params(("id" = i64, Path)), request_body = PostPatch, responses((status = 200, body = Post), (status = 412), (status = 428)))]
fn patch_post() {}

/// Delete one's own post (moderators remove through the report queue).
#[utoipa::path(delete, path = "/posts/{id}", tag = "posts", params(("id" = i64, Path)), responses((status = 204), (status = 412), (status = 428)))]
fn delete_post() {}

/// Pin a post (moderators).
#[utoipa::path(post, path = "/posts/{id}/pin", tag = "posts", params(("id" = i64, Path)), responses((status = 200, body = Post)))]
fn pin_post() {}

/// Unpin a post (moderators).
#[utoipa::path(post, path = "/posts/{id}/unpin", tag = "posts", params(("id" = i64, Path)), responses((status = 200, body = Post)))]
fn unpin_post() {}

/// Lock a post against new comments (moderators).
#[utoipa::path(post, path = "/posts/{id}/lock", tag = "posts", params(("id" = i64, Path)), responses((status = 200, body = Post)))]
fn lock_post() {}

/// Unlock a post (moderators).
#[utoipa::path(post, path = "/posts/{id}/unlock", tag = "posts", params(("id" = i64, Path)), responses((status = 200, body = Post)))]
fn unlock_post() {}

/// Toggle the caller's reaction on a post.
#[utoipa::path(post, path = "/posts/{id}/reactions", tag = "posts", params(("id" = i64, Path)), request_body = ReactionToggle, responses((status = 200, body = Reactions)))]
fn react_post() {}

/// A post's comments, oldest first; threads are built from `parent_id`.
#[utoipa::path(get, path = "/posts/{id}/comments", tag = "comments", params(("id" = i64, Path), PageParams), responses((status = 200, body = Page<Comment>)))]
fn list_comments() {}

/// Comment on a post or reply to a comment (403 `locked` on locked posts).
#[utoipa::path(post, path = "/posts/{id}/comments", tag = "comments", params(("id" = i64, Path)), request_body = NewComment, responses((status = 201, body = Comment), (status = 403)))]
fn create_comment() {}

/// One comment.
#[utoipa::path(get, path = "/comments/{id}", tag = "comments", params(("id" = i64, Path)), responses((status = 200, body = Comment)))]
fn get_comment() {}

/// Edit one's own comment.
#[utoipa::path(patch, path = "/comments/{id}", tag = "comments", params(("id" = i64, Path)), request_body = CommentPatch, responses((status = 200, body = Comment)))]
fn patch_comment() {}

/// Delete one's own comment; replies stay.
#[utoipa::path(delete, path = "/comments/{id}", tag = "comments", params(("id" = i64, Path)), responses((status = 204)))]
fn delete_comment() {}

/// Toggle the caller's reaction on a comment.
#[utoipa::path(post, path = "/comments/{id}/reactions", tag = "comments", params(("id" = i64, Path)), request_body = ReactionToggle, responses((status = 200, body = Reactions)))]
fn react_comment() {}

// ---- events --------------------------------------------------------------------------------

/// A group's events overlapping `from`..`to`.
#[utoipa::path(get, path = "/groups/{slug}/events", tag = "events", params(("slug" = String, Path), EventQuery), responses((status = 200, body = Page<Event>), (status = 400)))]
fn list_group_events() {}

/// Create an event (moderators and owners).
#[utoipa::path(post, path = "/groups/{slug}/events", tag = "events", params(("slug" = String, Path)), request_body = NewEvent, responses((status = 201, body = Event), (status = 422)))]
fn create_event() {}

/// Events across the caller's groups overlapping `from`..`to`.
#[utoipa::path(get, path = "/events", tag = "events", params(EventQuery), responses((status = 200, body = Page<Event>), (status = 401)))]
fn list_my_events() {}

/// One event.
#[utoipa::path(get, path = "/events/{id}", tag = "events", params(("id" = i64, Path)), responses((status = 200, body = Event)))]
fn get_event() {}

/// Edit an event (moderators and owners). Raising the capacity promotes waitlisted members.
#[utoipa::path(patch, path = "/events/{id}", tag = "events", params(("id" = i64, Path)), request_body = EventPatch, responses((status = 200, body = Event)))]
fn patch_event() {}

/// Cancel an event (moderators and owners).
#[utoipa::path(post, path = "/events/{id}/cancel", tag = "events", params(("id" = i64, Path)), request_body = CancelRequest, responses((status = 200, body = Event)))]
fn cancel_event() {}

/// Answer an event. `going` on a full event waitlists; when a place frees, the first on the
/// waitlist is promoted. No `If-Match`: the caller's RSVP is theirs alone.
#[utoipa::path(put, path = "/events/{id}/rsvp", tag = "events", params(("id" = i64, Path)), request_body = RsvpRequest, responses((status = 200, body = RsvpOutcome), (status = 409, description = "`event_cancelled`")))]
fn rsvp() {}

/// Who answered, going first, then waitlist order, then maybe.
#[utoipa::path(get, path = "/events/{id}/attendees", tag = "events", params(("id" = i64, Path), PageParams), responses((status = 200, body = Page<Attendee>)))]
fn list_attendees() {}

/// The group's events as an iCalendar (RFC 5545) subscription feed.
#[utoipa::path(get, path = "/groups/{slug}/calendar.ics", tag = "events", params(("slug" = String, Path)), responses((status = 200, content_type = "text/calendar", body = String)))]
fn group_calendar_ics() {}

/// One event as iCalendar (RFC 5545).
#[utoipa::path(get, path = "/events/{id}.ics", tag = "events", params(("id" = i64, Path)), responses((status = 200, content_type = "text/calendar", body = String)))]
fn event_ics() {}

// ---- moderation ----------------------------------------------------------------------------

/// Report a post, comment or member.
#[utoipa::path(post, path = "/reports", tag = "moderation", request_body = NewReport, responses((status = 201, body = ReportReceipt)))]
fn create_report() {}

/// The group's report queue, one item per reported target (moderators).
#[utoipa::path(get, path = "/groups/{slug}/reports", tag = "moderation", params(("slug" = String, Path), ReportQuery), responses((status = 200, body = Page<ReportItem>), (status = 403)))]
fn list_reports() {}

/// Resolve a queue item with an action (moderators; `If-Match` with the item's `etag`).
#[utoipa::path(post, path = "/groups/{slug}/reports/{id}/resolve", tag = "moderation", params(("slug" = String, Path), ("id" = i64, Path), ("If-Match" = String, Header, description = "The item's `etag`.")), request_body = ResolveRequest,
    responses((status = 200, body = ReportItem), (status = 412, description = "`already_handled`")))]
fn resolve_report() {}

/// The moderation log, newest first (moderators).
#[utoipa::path(get, path = "/groups/{slug}/modlog", tag = "moderation", params(("slug" = String, Path), ModLogQuery), responses((status = 200, body = Page<ModLogEntry>)))]
fn modlog() {}

/// Activity figures for leaders (moderators and owners).
#[utoipa::path(get, path = "/groups/{slug}/health", tag = "moderation", params(("slug" = String, Path)), responses((status = 200, body = GroupHealth)))]
fn health() {}

#[cfg(test)]
mod tests {
    #[test]
    fn document_is_openapi_3_1_with_every_path() {
        let doc: serde_json::Value = serde_json::from_str(&super::document_json()).unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        assert!(doc["paths"].as_object().unwrap().len() >= 40);
        assert!(doc["components"]["schemas"]["Problem"].is_object());
        assert!(doc["paths"]["/posts/{id}"]["patch"]["parameters"].to_string().contains("If-Match"));
        assert!(!doc["paths"]["/events/{id}/rsvp"]["put"]["parameters"].to_string().contains("If-Match"));
    }
}
