//! The suite's own users and groups (unique per run), and helpers that create content.

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

use kith_api::time::format_rfc3339;
use kith_api::*;

use super::Outcome;
use super::client::Http;

pub const PASSWORD: &str = "conformance-password-1";

/// A registered user with a live session.
#[derive(Clone, Debug)]
pub struct User {
    pub username: String,
    pub token: String,
    pub id: i64,
}

/// Unix seconds now.
pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

fn base36(mut n: u64, width: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Eight lowercase letters and digits from the time and the process id.
pub fn run_id() -> String {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let pid = std::process::id() as u64;
    format!(
        "{}{}",
        base36(d.as_secs() % 36u64.pow(5), 5),
        base36((pid.wrapping_mul(7919) ^ d.subsec_micros() as u64) % 36u64.pow(3), 3)
    )
}

/// Shared fixtures: users and three groups every area may use. Areas that change membership
/// or moderate make their own groups.
pub struct World {
    pub run: String,
    pub started: i64,
    /// Topics from `/meta`, at least two.
    pub topics: Vec<String>,
    pub limits: Limits,
    /// Owns `public`, `private` and `unlisted`.
    pub owner: User,
    /// Moderator of `public`.
    pub moderator: User,
    /// Member of `public`, `private` and `unlisted`.
    pub alice: User,
    /// Members of `public`.
    pub bob: User,
    pub carol: User,
    pub dave: User,
    /// Logged in, member of none of the suite's groups.
    pub outsider: User,
    pub public: Group,
    pub private: Group,
    pub unlisted: Group,
    counter: Cell<u32>,
}

impl World {
    pub fn set_up(http: &Http) -> Outcome<World> {
        let meta: Meta = http.get("/meta").send()?.expect_json(200).map_err(|e| format!("GET /meta: {e}"))?;
        let mut topics = meta.topics.clone();
        if topics.len() < 2 {
            topics = validate::TOPICS.iter().map(|t| t.to_string()).collect();
        }
        let started = now();
        let run = run_id();
        let register_as = |role: &str| register(http, &format!("cf-{run}-{role}"), &[]);
        let owner = register_as("owner")?;
        let moderator = register_as("moderator")?;
        let alice = register_as("alice")?;
        let bob = register_as("bob")?;
        let carol = register_as("carol")?;
        let dave = register_as("dave")?;
        let outsider = register_as("outsider")?;
        let mut w = World {
            run,
            started,
            topics,
            limits: meta.limits,
            public: placeholder_group(),
            private: placeholder_group(),
            unlisted: placeholder_group(),
            owner,
            moderator,
            alice,
            bob,
            carol,
            dave,
            outsider,
            counter: Cell::new(0),
        };
        let public = create_group(http, &w.owner, &w.new_group("public", Visibility::Public))?;
        let private = create_group(http, &w.owner, &w.new_group("private", Visibility::Private))?;
        let unlisted = create_group(http, &w.owner, &w.new_group("unlisted", Visibility::Unlisted))?;
        for u in [&w.moderator, &w.alice, &w.bob, &w.carol, &w.dave] {
            join(http, u, &public.slug)?;
        }
        set_role(http, &w.owner, &public.slug, &w.moderator.username, Role::Moderator)?;
        join(http, &w.alice, &unlisted.slug)?;
        join(http, &w.alice, &private.slug)?;
        approve(http, &w.owner, &private.slug, w.alice.id)?;
        w.public = get_json(http, Some(&w.owner), &format!("/groups/{}", public.slug))?;
        w.private = get_json(http, Some(&w.owner), &format!("/groups/{}", private.slug))?;
        w.unlisted = get_json(http, Some(&w.owner), &format!("/groups/{}", unlisted.slug))?;
        Ok(w)
    }

    /// A number unique within the run.
    pub fn next(&self) -> u32 {
        self.counter.set(self.counter.get() + 1);
        self.counter.get()
    }

    /// `cf-<run>-<part>`: usernames and slugs of this run.
    pub fn name(&self, part: &str) -> String {
        format!("cf-{}-{part}", self.run)
    }

    /// A fresh Idempotency-Key.
    pub fn key(&self) -> String {
        format!("cf-{}-key-{}", self.run, self.next())
    }

    /// A unique title.
    pub fn title(&self, what: &str) -> String {
        format!("{what} {} {}", self.run, self.next())
    }

    /// Registers `cf-<run>-<role>`.
    pub fn user(&self, http: &Http, role: &str) -> Outcome<User> {
        register(http, &self.name(role), &[])
    }

    /// A valid group named after the run, slug `cf-<run>-<part>`.
    pub fn new_group(&self, part: &str, visibility: Visibility) -> NewGroup {
        NewGroup {
            name: format!("Conformance {} {part}", self.run),
            slug: Some(self.name(part)),
            purpose: format!("Made by the Kith conformance suite, run {}.", self.run),
            guidelines: "Be kind.".into(),
            topics: vec![self.topics[0].clone()],
            region: format!("Region {}", self.run),
            visibility,
        }
    }

    /// A group of the run owned by `owner`, with these members already joined.
    pub fn group_with(
        &self,
        http: &Http,
        part: &str,
        visibility: Visibility,
        owner: &User,
        members: &[&User],
    ) -> Outcome<Group> {
        let g = create_group(http, owner, &self.new_group(part, visibility))?;
        for m in members {
            join(http, m, &g.slug)?;
            if visibility == Visibility::Private {
                approve(http, owner, &g.slug, m.id)?;
            }
        }
        Ok(g)
    }

    /// A valid event starting `in_hours` from now (on the hour), two hours long, in
    /// Europe/Berlin.
    pub fn new_event(&self, title: &str, in_hours: i64, capacity: Option<u32>) -> NewEvent {
        let start = (now() / 3600 + in_hours) * 3600;
        NewEvent {
            title: title.into(),
            description: "An event of the conformance suite.".into(),
            starts_at: format_rfc3339(start),
            ends_at: format_rfc3339(start + 2 * 3600),
            all_day: false,
            time_zone: "Europe/Berlin".into(),
            location: Some("The park".into()),
            online_url: None,
            capacity,
            recurrence: None,
        }
    }
}

fn placeholder_group() -> Group {
    Group {
        id: 0,
        slug: String::new(),
        name: String::new(),
        purpose: String::new(),
        guidelines: String::new(),
        topics: Vec::new(),
        region: String::new(),
        visibility: Visibility::Public,
        member_count: 0,
        created_at: String::new(),
        last_activity_at: String::new(),
        activity: WeeklyActivity::default(),
        archived: false,
        my_role: None,
        my_request_pending: false,
        my_muted_until: None,
        my_notification_level: None,
        members_can_poll: false,
        recommendation_reason: None,
        etag: String::new(),
    }
}

pub fn register(http: &Http, username: &str, interests: &[String]) -> Outcome<User> {
    let t: SessionToken = http
        .post("/auth/register")
        .json(&RegisterRequest {
            username: username.into(),
            password: PASSWORD.into(),
            display_name: None,
            interests: interests.to_vec(),
        })
        .send()?
        .expect_json(201)
        .map_err(|e| format!("registering {username}: {e}"))?;
    Ok(User { username: username.into(), token: t.token, id: t.me.id })
}

pub fn get_json<T: serde::de::DeserializeOwned>(http: &Http, user: Option<&User>, path: &str) -> Outcome<T> {
    http.get(path).by_opt(user).send()?.expect_json(200)
}

/// All items of a list (one page of up to 100).
pub fn list<T: serde::de::DeserializeOwned>(http: &Http, user: Option<&User>, path: &str) -> Outcome<Vec<T>> {
    let page: Page<T> = http.get(path).by_opt(user).query("limit", 100).send()?.expect_json(200)?;
    Ok(page.items)
}

pub fn create_group(http: &Http, owner: &User, g: &NewGroup) -> Outcome<Group> {
    http.post("/groups")
        .by(owner)
        .json(g)
        .send()?
        .expect_json(201)
        .map_err(|e| format!("creating group {:?}: {e}", g.slug))
}

pub fn join(http: &Http, user: &User, slug: &str) -> Outcome<JoinOutcome> {
    http.post(format!("/groups/{slug}/join"))
        .by(user)
        .json(&JoinRequestBody::default())
        .send()?
        .expect_json(200)
        .map_err(|e| format!("{} joining {slug}: {e}", user.username))
}

/// Finds the user's pending request and approves it.
pub fn approve(http: &Http, moderator: &User, slug: &str, user_id: i64) -> Outcome<Member> {
    let id = request_id(http, moderator, slug, user_id)?;
    http.post(format!("/groups/{slug}/join-requests/{id}/approve"))
        .by(moderator)
        .json(&JoinDecision::default())
        .send()?
        .expect_json(200)
        .map_err(|e| format!("approving the request of user {user_id} to {slug}: {e}"))
}

/// The id of the user's pending request to join.
pub fn request_id(http: &Http, moderator: &User, slug: &str, user_id: i64) -> Outcome<i64> {
    let requests: Vec<JoinRequest> = list(http, Some(moderator), &format!("/groups/{slug}/join-requests"))?;
    requests
        .iter()
        .find(|r| r.user.id == user_id)
        .map(|r| r.id)
        .ok_or_else(|| format!("no pending join request of user {user_id} in {slug}"))
}

pub fn set_role(http: &Http, owner: &User, slug: &str, username: &str, role: Role) -> Outcome<Member> {
    http.post(format!("/groups/{slug}/members/{username}/role"))
        .by(owner)
        .json(&RoleChange { role })
        .send()?
        .expect_json(200)
        .map_err(|e| format!("making {username} {} of {slug}: {e}", role.as_str()))
}

pub fn create_post(http: &Http, user: &User, slug: &str, title: &str) -> Outcome<Post> {
    http.post(format!("/groups/{slug}/posts"))
        .by(user)
        .json(&NewPost { title: title.into(), body: format!("The body of {title}.") })
        .send()?
        .expect_json(201)
        .map_err(|e| format!("{} posting in {slug}: {e}", user.username))
}

pub fn create_comment(
    http: &Http,
    user: &User,
    post_id: i64,
    body: &str,
    parent_id: Option<i64>,
) -> Outcome<Comment> {
    http.post(format!("/posts/{post_id}/comments"))
        .by(user)
        .json(&NewComment { body: body.into(), parent_id })
        .send()?
        .expect_json(201)
        .map_err(|e| format!("{} commenting on post {post_id}: {e}", user.username))
}

pub fn create_event(http: &Http, user: &User, slug: &str, e: &NewEvent) -> Outcome<Event> {
    http.post(format!("/groups/{slug}/events"))
        .by(user)
        .json(e)
        .send()?
        .expect_json(201)
        .map_err(|err| format!("{} creating an event in {slug}: {err}", user.username))
}

pub fn report(http: &Http, user: &User, target: ReportTarget, reason: &str) -> Outcome<ReportReceipt> {
    http.post("/reports").by(user).json(&NewReport { target, reason: reason.into() }).send()?.expect_json(201)
}

pub fn rsvp(http: &Http, user: &User, event_id: i64, status: RsvpChoice) -> Outcome<RsvpOutcome> {
    http.put(format!("/events/{event_id}/rsvp"))
        .by(user)
        .json(&RsvpRequest { status })
        .send()?
        .expect_json(200)
}

/// RFC 3339 `secs` from now.
pub fn from_now(secs: i64) -> String {
    format_rfc3339(now() + secs)
}
