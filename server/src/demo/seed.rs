//! The sections of the demo seed. Each hands out ids in order and draws from one PRNG, so
//! they must run in the order `demo::seed` calls them for the data to stay the same.

use std::collections::{BTreeSet, HashMap};

use kith_api::{ModLogKind, ReactionKind, Role, RsvpStatus};

use super::data::{self, GROUPS};
use super::{Counts, Rng};
use crate::db::content::PostFlag;
use crate::db::demo::{
    self as seed_db, CommentSeed, EventSeed, GroupSeed, LogSeed, MemberSeed, PostSeed, ReactionSeed,
    ReportItemSeed, RsvpSeed, UserSeed,
};
use crate::db::{Conn, groups as gdb, memberships as msdb, moderation as mdb, resources as rdb};
use crate::domain::calendar::all_day_bounds;

const DAY: i64 = 86_400;
const ALICE: i64 = 1;
const BOB: i64 = 2;
const CAROL: i64 = 3;

/// A group's id: its place in [`GROUPS`], from 1.
fn gid_of(slug: &str) -> i64 {
    GROUPS.iter().position(|g| g.slug == slug).map(|i| i as i64 + 1).unwrap_or(1)
}

/// A moderation-log entry; `target` is (kind, id).
fn entry(
    gid: i64,
    actor: i64,
    kind: ModLogKind,
    target: (&str, String),
    label: String,
    reason: &str,
    at: i64,
) -> LogSeed {
    LogSeed {
        group_id: gid,
        actor_id: actor,
        kind,
        target_kind: target.0.into(),
        target_id: target.1,
        label,
        reason: reason.into(),
        created_at: at,
    }
}

/// What the sections share: the random numbers, and what earlier sections made.
pub struct Seeder<'c> {
    c: &'c mut Conn,
    rng: Rng,
    now: i64,
    counts: Counts,
    usernames: Vec<String>,
    /// Members of each group (by index in [`GROUPS`]), the owner first.
    members: Vec<Vec<MemberSeed>>,
    posts: Vec<PostSeed>,
    comments: Vec<CommentSeed>,
    welcome: i64,
    modlog: Vec<LogSeed>,
    last_activity: HashMap<i64, i64>,
}

impl<'c> Seeder<'c> {
    pub fn new(c: &'c mut Conn, now: i64) -> Seeder<'c> {
        Seeder {
            c,
            rng: Rng::new(0x4b17_2026),
            now,
            counts: Counts::default(),
            usernames: Vec::new(),
            members: Vec::new(),
            posts: Vec::new(),
            comments: Vec::new(),
            welcome: 0,
            modlog: Vec::new(),
            last_activity: HashMap::new(),
        }
    }

    /// Ids of the made-up members (everyone after the four demo users).
    fn others(&self) -> Vec<i64> {
        (5..=self.usernames.len() as i64).collect()
    }

    /// The four demo users, then made-up members with random interests.
    /// See [`crate::db::realign_ids`].
    pub async fn realign_ids(&mut self) -> Result<(), sqlx::Error> {
        crate::db::realign_ids(self.c).await
    }

    pub async fn users(&mut self, hash: &str) -> Result<(), sqlx::Error> {
        let mut users: Vec<(String, String, Vec<String>)> = data::PEOPLE
            .iter()
            .map(|(name, display, interests)| {
                (name.to_string(), display.to_string(), interests.iter().map(|i| i.to_string()).collect())
            })
            .collect();
        for i in 0..data::GENERATED_PEOPLE {
            let f = data::FIRST[i % data::FIRST.len()];
            let l = data::LAST[(i / data::FIRST.len() + i) % data::LAST.len()];
            let name = format!("{}_{}", f.to_lowercase().replace('é', "e"), l.to_lowercase());
            let name = if users.iter().any(|u| u.0 == name) { format!("{name}{i}") } else { name };
            let mut interests = BTreeSet::new();
            for _ in 0..(1 + self.rng.below(4)) {
                interests.insert(self.rng.pick(kith_api::validate::TOPICS).to_string());
            }
            users.push((name, format!("{f} {l}"), interests.into_iter().collect()));
        }
        let rows: Vec<UserSeed> = users
            .into_iter()
            .enumerate()
            .map(|(i, (username, display_name, interests))| UserSeed {
                id: i as i64 + 1,
                username,
                display_name,
                interests,
                created_at: self.now - 400 * DAY + i as i64 * 3600,
            })
            .collect();
        seed_db::users(self.c, &rows, hash).await?;
        self.usernames = rows.into_iter().map(|u| u.username).collect();
        self.counts.users = self.usernames.len();
        Ok(())
    }

    /// Every group with its members: the demo users in their fixed roles, then a random
    /// crowd of a size that depends on the group.
    pub async fn groups(&mut self) -> Result<(), sqlx::Error> {
        let now = self.now;
        let others = self.others();
        let mut topics = BTreeSet::new();
        let mut regions = BTreeSet::new();
        for (gi, gd) in GROUPS.iter().enumerate() {
            let rng = &mut self.rng;
            let created = now - (120 + rng.range(0, 600)) * DAY;
            topics.extend(gd.topics.iter().copied());
            regions.insert(gd.region);
            let joined = |rng: &mut Rng| created + rng.range(0, (now - created) / 2);
            let owner = if data::ALICE_OWNS.contains(&gd.slug) { ALICE } else { *rng.pick(&others) };
            let mut m = vec![MemberSeed { user_id: owner, role: Role::Owner, joined_at: created }];
            let bob_mod = data::BOB_MODERATES.contains(&gd.slug);
            if bob_mod {
                m.push(MemberSeed { user_id: BOB, role: Role::Moderator, joined_at: joined(rng) });
            } else if gi % 5 == 1 {
                m.push(MemberSeed { user_id: BOB, role: Role::Member, joined_at: joined(rng) });
            }
            if data::CAROL_IN.contains(&gd.slug) {
                m.push(MemberSeed { user_id: CAROL, role: Role::Member, joined_at: joined(rng) });
            }
            if data::ALICE_MEMBER_OF.contains(&gd.slug) {
                m.push(MemberSeed { user_id: ALICE, role: Role::Member, joined_at: joined(rng) });
            }
            let size = match gi % 3 {
                0 => rng.range(5, 14),
                1 => rng.range(16, 30),
                _ => rng.range(31, 60),
            } as usize;
            let mut pool = others.clone();
            let mut added = 0;
            while added < size && !pool.is_empty() {
                let u = pool.swap_remove(rng.below(pool.len()));
                if m.iter().any(|x| x.user_id == u) {
                    continue;
                }
                let role = if added == 0 && !bob_mod { Role::Moderator } else { Role::Member };
                m.push(MemberSeed { user_id: u, role, joined_at: joined(rng) });
                added += 1;
            }
            let group = GroupSeed {
                id: gi as i64 + 1,
                slug: gd.slug,
                name: gd.name,
                purpose: gd.purpose,
                guidelines: &data::guidelines(gd.name),
                topics: gd.topics,
                region: gd.region,
                visibility: gd.vis,
                archived: gd.slug == "old-trams",
                member_count: m.len() as i64,
                created_by: owner,
                created_at: created,
            };
            seed_db::group(self.c, &group, &m).await?;
            self.members.push(m);
        }
        self.counts.groups = GROUPS.len();
        self.counts.topics = topics.len();
        self.counts.regions = regions.len();
        Ok(())
    }

    /// Posts of every group (more of them lately), their comments and reactions, and a welcome
    /// post in hiking.
    pub async fn posts(&mut self) -> Result<(), sqlx::Error> {
        let now = self.now;
        let rng = &mut self.rng;
        let mut post_reacts: Vec<ReactionSeed> = Vec::new();
        let mut comment_reacts: Vec<ReactionSeed> = Vec::new();
        for (gi, gd) in GROUPS.iter().enumerate() {
            let gid = gi as i64 + 1;
            let m = &self.members[gi];
            let n_posts = if gd.slug == "hiking" { 120 } else { 30 + rng.below(40) };
            let quiet = gd.slug == "old-trams" || gd.slug == "family-history";
            for _ in 0..n_posts {
                let pid = self.posts.len() as i64 + 1;
                let author = m[rng.below(m.len())].user_id;
                // More posts recently: squared distribution over 90 days (quiet groups: old).
                let x = rng.next() % 10_000;
                let age = if quiet {
                    40 * DAY + (x as i64 * 50 * DAY) / 10_000
                } else {
                    (x * x / 10_000) as i64 * 90 * DAY / 10_000 + 600
                };
                let created = now - age;
                let topic = *rng.pick(gd.topics);
                let s = *rng.pick(data::subjects(topic));
                let title = rng.pick(data::TITLES).replace("{s}", s);
                let title = format!("{}{}", title[..1].to_uppercase(), &title[1..]);
                let body = data::post_body(rng, topic, s);
                let n_comments = rng.below(7);
                let mut ids: Vec<i64> = Vec::new();
                let mut t = created;
                for _ in 0..n_comments {
                    t += rng.range(300, 2 * DAY).min((now - t).max(1));
                    let parent =
                        if !ids.is_empty() && rng.chance(0.3) { Some(*rng.pick(&ids)) } else { None };
                    let cauthor = m[rng.below(m.len())].user_id;
                    let body = *rng.pick(data::COMMENTS);
                    let id = self.comments.len() as i64 + 1;
                    // Parents come before their replies (ids are places in the list, from 1).
                    let depth = parent.map_or(1, |p| self.comments[p as usize - 1].depth + 1);
                    self.comments.push(CommentSeed {
                        id,
                        post_id: pid,
                        group_id: gid,
                        parent_id: parent,
                        depth,
                        author_id: cauthor,
                        body,
                        created_at: t.min(now),
                    });
                    if rng.chance(0.3) {
                        let r = m[rng.below(m.len())].user_id;
                        comment_reacts.push(ReactionSeed {
                            target_id: id,
                            user_id: r,
                            kind: "like",
                            group_id: gid,
                            created_at: t.min(now),
                        });
                    }
                    ids.push(id);
                    let e = self.last_activity.entry(gid).or_insert(0);
                    *e = (*e).max(t.min(now));
                }
                let mut reacted = BTreeSet::new();
                for _ in 0..rng.below(9) {
                    let r = m[rng.below(m.len())].user_id;
                    let k = *rng.pick(&ReactionKind::ALL);
                    if reacted.insert((r, k)) {
                        post_reacts.push(ReactionSeed {
                            target_id: pid,
                            user_id: r,
                            kind: k.as_str(),
                            group_id: gid,
                            created_at: (created + rng.range(60, DAY)).min(now),
                        });
                    }
                }
                let e = self.last_activity.entry(gid).or_insert(0);
                *e = (*e).max(created);
                self.posts.push(PostSeed {
                    id: pid,
                    group_id: gid,
                    author_id: author,
                    title,
                    body,
                    created_at: created,
                    comment_count: n_comments as i64,
                    reaction_count: reacted.len() as i64,
                });
            }
        }
        self.welcome = self.posts.len() as i64 + 1;
        self.posts.push(PostSeed {
            id: self.welcome,
            group_id: gid_of("hiking"),
            author_id: ALICE,
            title: data::WELCOME_TITLE.into(),
            body: data::WELCOME_BODY.into(),
            created_at: now - 80 * DAY,
            comment_count: 0,
            reaction_count: 0,
        });
        seed_db::posts(self.c, &self.posts).await?;
        seed_db::comments(self.c, &self.comments).await?;
        seed_db::reactions(self.c, false, &post_reacts).await?;
        // One like per member and comment.
        let mut seen = BTreeSet::new();
        comment_reacts.retain(|x| seen.insert((x.target_id, x.user_id)));
        seed_db::reactions(self.c, true, &comment_reacts).await?;
        self.counts.posts = self.posts.len();
        self.counts.comments = self.comments.len();
        self.counts.reactions = post_reacts.len() + comment_reacts.len();
        Ok(())
    }

    /// The welcome post and the first post of a few groups pinned; one hiking post locked.
    pub async fn pins_and_locks(&mut self) -> Result<(), sqlx::Error> {
        let (now, hiking, welcome) = (self.now, gid_of("hiking"), self.welcome);
        seed_db::flag_post(self.c, welcome, PostFlag::Pinned).await?;
        let target = ("post", welcome.to_string());
        self.modlog.push(entry(
            hiking,
            ALICE,
            ModLogKind::PostPinned,
            target,
            data::WELCOME_TITLE.into(),
            "",
            now - 80 * DAY + 60,
        ));
        for slug in data::PINNED_IN {
            let gid = gid_of(slug);
            let first = self.posts.iter().find(|p| p.group_id == gid).map(|p| (p.id, p.title.clone()));
            if let Some((pid, title)) = first {
                seed_db::flag_post(self.c, pid, PostFlag::Pinned).await?;
                let actor = self.members[gid as usize - 1][0].user_id;
                self.modlog.push(entry(
                    gid,
                    actor,
                    ModLogKind::PostPinned,
                    ("post", pid.to_string()),
                    title,
                    "",
                    now - 20 * DAY,
                ));
            }
        }
        let locked = self.posts.iter().filter(|p| p.group_id == hiking && p.id != welcome).nth(3);
        let (pid, title) = locked.map(|p| (p.id, p.title.clone())).expect("hiking has posts");
        seed_db::flag_post(self.c, pid, PostFlag::Locked).await?;
        let reason = "The discussion went in circles; locking.";
        self.modlog.push(entry(
            hiking,
            BOB,
            ModLogKind::PostLocked,
            ("post", pid.to_string()),
            title,
            reason,
            now - 5 * DAY,
        ));
        Ok(())
    }

    /// Events of every group over six months, some all-day, online or full (with a waitlist
    /// carol is on), a few cancelled; RSVPs from the members.
    pub async fn events(&mut self) -> Result<(), sqlx::Error> {
        let now = self.now;
        let rng = &mut self.rng;
        let mut events: Vec<EventSeed> = Vec::new();
        let mut rsvps: Vec<RsvpSeed> = Vec::new();
        for (gi, gd) in GROUPS.iter().enumerate() {
            let gid = gi as i64 + 1;
            let n = if gd.slug == "hiking" {
                12
            } else if gd.slug == "old-trams" {
                1
            } else {
                3 + rng.below(2)
            };
            for k in 0..n {
                let ev_id = events.len() as i64 + 1;
                let m = &self.members[gi];
                let creator =
                    m.iter().find(|x| x.role != Role::Member).map(|x| x.user_id).unwrap_or(m[0].user_id);
                let zone: &'static str = if gd.region == "Online" {
                    data::ONLINE_ZONES[k % data::ONLINE_ZONES.len()]
                } else {
                    data::zone_of(gd.region)
                };
                let offset_days = if gd.slug == "hiking" {
                    -40 + (k as i64) * 11
                } else if gd.slug == "old-trams" {
                    -200
                } else {
                    rng.range(-90, 90)
                };
                let hour = data::EVENT_HOURS[rng.below(data::EVENT_HOURS.len())];
                let start = (now / DAY + offset_days) * DAY + hour * 3600;
                let all_day = k % 5 == 4 || (k == 1 && gi % 4 == 1);
                let (s, e) = if all_day {
                    all_day_bounds(start, start + (1 + rng.range(0, 2)) * DAY, zone)
                } else {
                    (start, start + (2 + rng.range(0, 4)) * 3600)
                };
                let online = gd.region == "Online" || k % 4 == 3;
                let topic = gd.topics[0];
                let subjects = data::subjects(topic);
                let title = format!(
                    "{} — {}",
                    data::EVENT_KINDS[k % data::EVENT_KINDS.len()],
                    subjects[k % subjects.len()]
                );
                let capacity = if k % 3 == 0 { Some(4 + rng.range(0, 10)) } else { None };
                let description = format!(
                    "Join us for **{}**.\n\n- Bring a friend\n- All levels welcome\n\nQuestions? Ask in the group feed.",
                    title.to_lowercase()
                );
                let created_at = (s - 14 * DAY).min(now - DAY);
                events.push(EventSeed {
                    id: ev_id,
                    group_id: gid,
                    title,
                    description,
                    starts_at: s,
                    ends_at: e,
                    all_day,
                    time_zone: zone,
                    location: (!online).then(|| data::PLACES[k % data::PLACES.len()].to_string()),
                    online_url: online.then(|| format!("https://meet.example.org/{}-{k}", gd.slug)),
                    capacity,
                    cancelled: k == 2 && gi % 4 == 0 && gd.slug != "hiking",
                    created_by: creator,
                    created_at,
                });
                // RSVPs: fill full events to capacity and waitlist a few.
                let mut pool: Vec<i64> = m.iter().map(|x| x.user_id).filter(|u| *u != CAROL).collect();
                let mut seq = 0;
                let going = match capacity {
                    Some(cap) if k % 2 == 0 => cap as usize + 3,
                    Some(cap) => (cap as usize).saturating_sub(2),
                    None => rng.below(pool.len().max(1)),
                };
                let going = going.min(pool.len());
                let rsvp = |user_id, status, responded_at, waitlist_seq| RsvpSeed {
                    event_id: ev_id,
                    user_id,
                    group_id: gid,
                    status,
                    responded_at,
                    waitlist_seq,
                };
                for j in 0..going {
                    let u = pool.swap_remove(rng.below(pool.len()));
                    let at = (s - 10 * DAY + j as i64 * 3600).min(now);
                    let full = capacity.is_some_and(|cap| j as i64 >= cap);
                    if full {
                        seq += 1;
                    }
                    let status = if full { RsvpStatus::Waitlisted } else { RsvpStatus::Going };
                    rsvps.push(rsvp(u, status, at, full.then_some(seq)));
                }
                for _ in 0..rng.below(4).min(pool.len()) {
                    let u = pool.swap_remove(rng.below(pool.len()));
                    let status = if rng.chance(0.7) { RsvpStatus::Maybe } else { RsvpStatus::Declined };
                    rsvps.push(rsvp(u, status, (s - 5 * DAY).min(now), None));
                }
                let carol_member = m.iter().any(|x| x.user_id == CAROL);
                if capacity.is_some_and(|cap| going as i64 > cap) {
                    self.counts.full_events += 1;
                    if carol_member && s > now {
                        seq += 1;
                        rsvps.push(rsvp(CAROL, RsvpStatus::Waitlisted, now - 3600, Some(seq)));
                    }
                } else if carol_member && rng.chance(0.5) {
                    rsvps.push(rsvp(CAROL, RsvpStatus::Going, (s - 2 * DAY).min(now), None));
                }
                if s > now || e > now {
                    self.last_activity.entry(gid).and_modify(|t| *t = (*t).max(created_at));
                }
            }
        }
        seed_db::events(self.c, &events).await?;
        seed_db::rsvps(self.c, &rsvps).await?;
        self.counts.events = events.len();
        for e in events.iter().filter(|e| e.cancelled) {
            let actor = self.members[e.group_id as usize - 1][0].user_id;
            let reason = "Not enough people could make it.";
            let target = ("event", e.id.to_string());
            self.modlog.push(entry(
                e.group_id,
                actor,
                ModLogKind::EventCancelled,
                target,
                e.title.clone(),
                reason,
                e.created_at + DAY,
            ));
        }
        Ok(())
    }

    /// A weekly ride in spree-cyclists (bob goes to every date, one date moved on its own) and
    /// an open date poll there with a few answers.
    pub async fn series_and_polls(&mut self) -> Result<(), sqlx::Error> {
        use crate::db::{polls as pdb, series as sdb};
        use kith_api::recur::{Recurrence, check_recurrence};
        let now = self.now;
        let gi = GROUPS.iter().position(|g| g.slug == "spree-cyclists").unwrap_or(0);
        let gid = gi as i64 + 1;
        let zone = "Europe/Berlin";
        let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::Tz::UTC);
        // Three weeks ago, 19:00 local; the rule (every Thursday) gives the first Thursday on or after.
        let day = crate::domain::recurrence::utc_to_local(tz, now - 21 * DAY).date();
        let start =
            crate::domain::recurrence::local_to_utc(tz, day.and_hms_opt(19, 0, 0).unwrap_or_default());
        let rec = Recurrence {
            freq: kith_api::Freq::Weekly,
            interval: 1,
            by_day: vec!["TH".into()],
            count: None,
            until: None,
        };
        let Ok(rule) = check_recurrence(&rec, None, "") else { return Ok(()) };
        let mut s = sdb::SeriesRow {
            duration: 2 * 3600,
            title: "Thursday evening ride".into(),
            description: "An easy **25 km** loop along the Spree. Lights on, helmets on.".into(),
            location: Some("Oberbaumbrücke, Kreuzberg side".into()),
            capacity: Some(12),
            ..sdb::SeriesRow::new(gid, &rule, zone, start, ALICE, now - 30 * DAY)
        };
        s.start_on_first_date();
        s.id = sdb::insert(self.c, &s).await?;
        if self.members[gi].iter().any(|m| m.user_id == BOB) {
            sqlx::query(&crate::db::sql(
                "INSERT INTO series_rsvps (series_id, user_id, group_id, created_at) VALUES (?, ?, ?, ?)",
            ))
            .bind(s.id)
            .bind(BOB)
            .bind(gid)
            .bind(now - 20 * DAY)
            .execute(&mut *self.c)
            .await?;
        }
        sdb::plan(self.c, &mut s, i64::MIN / 4, now, sdb::Match::Day).await?;
        // The fourth coming date meets at another place.
        sqlx::query(&crate::db::sql(
            "UPDATE events SET location = 'Treptower Park, main gate', detached = 1, version = version + 1 \
             WHERE id = (SELECT id FROM events WHERE series_id = ? AND starts_at > ? ORDER BY starts_at LIMIT 1 OFFSET 3)",
        ))
        .bind(s.id)
        .bind(now)
        .execute(&mut *self.c)
        .await?;
        self.counts.events += 1;
        // A date poll: three Saturdays, 10:00–17:00 Berlin.
        let sat = |weeks: i64| {
            let d = crate::domain::recurrence::utc_to_local(tz, now + weeks * 7 * DAY).date();
            let d = d + chrono::Duration::days(
                (5 - chrono::Datelike::weekday(&d).num_days_from_monday() as i64).rem_euclid(7),
            );
            let s = crate::domain::recurrence::local_to_utc(tz, d.and_hms_opt(10, 0, 0).unwrap_or_default());
            (s, s + 7 * 3600)
        };
        let options = [sat(4), sat(5), sat(6)];
        let pid = pdb::insert(
            self.c,
            gid,
            "Day ride to the Müggelsee: which Saturday?",
            "A day ride, about **70 km** with a swim break. Pick every date you could make.",
            zone,
            ALICE,
            now - 2 * DAY,
            &options,
        )
        .await?;
        let opts = pdb::options(self.c, pid).await?;
        let voters: Vec<i64> =
            self.members[gi].iter().map(|m| m.user_id).filter(|u| *u != ALICE).take(6).collect();
        let answers = [kith_api::PollAnswer::Yes, kith_api::PollAnswer::IfNeedBe, kith_api::PollAnswer::No];
        for (i, u) in voters.iter().enumerate() {
            for (j, o) in opts.iter().enumerate() {
                let a = answers[(i + j * 2) % 3];
                pdb::put_vote(self.c, pid, o.id, *u, a, now - DAY + i as i64 * 60).await?;
            }
        }
        Ok(())
    }

    /// Five report items in each of a few groups: three open, one removed, one dismissed.
    pub async fn reports(&mut self) -> Result<(), sqlx::Error> {
        let now = self.now;
        let mut item_id = 0;
        for slug in data::REPORTED_IN {
            let gid = gid_of(slug);
            let gposts: Vec<&PostSeed> = self.posts.iter().filter(|p| p.group_id == gid).collect();
            let gcomments: Vec<&CommentSeed> = self.comments.iter().filter(|x| x.group_id == gid).collect();
            let members = &self.members[gid as usize - 1];
            let m: Vec<i64> = members.iter().map(|x| x.user_id).filter(|u| *u > 4).collect();
            let moderator =
                if data::REPORTS_HANDLED_BY_BOB.contains(slug) { BOB } else { members[0].user_id };
            for k in 0..5 {
                item_id += 1;
                let (kind, target, label) = if k % 2 == 0 || gcomments.is_empty() {
                    let p = gposts[(k * 7 + 5) % gposts.len()];
                    ("post", p.id, p.title.clone())
                } else {
                    let x = gcomments[(k * 5 + 1) % gcomments.len()];
                    ("comment", x.id, x.body.chars().take(60).collect::<String>())
                };
                let n = 1 + k % 3;
                let first = now - (k as i64 + 1) * DAY;
                let resolution = match k {
                    0..3 => None,
                    3 => Some(("remove", "Spam, removed.")),
                    _ => Some(("dismiss", "Not against the guidelines.")),
                };
                let item = ReportItemSeed {
                    id: item_id,
                    group_id: gid,
                    target_kind: kind,
                    target_id: target,
                    report_count: n as i64,
                    first_reported_at: first,
                    last_reported_at: first + 3600,
                    resolution: resolution.map(|(action, reason)| (action, reason, moderator, first + 7200)),
                };
                seed_db::report_item(self.c, &item).await?;
                for r in 0..n {
                    let reporter = if *slug == "hiking" && r == 0 && k == 0 {
                        CAROL
                    } else {
                        m[(k * 3 + r) % m.len().max(1)]
                    };
                    let reason = data::REPORT_REASONS[(k + r) % data::REPORT_REASONS.len()];
                    mdb::insert_report(self.c, item_id, reporter, reason, first + r as i64 * 600).await?;
                }
                let target_ref = (kind, target.to_string());
                match resolution {
                    None => self.counts.open_reports += 1,
                    Some(("remove", reason)) => {
                        if kind == "post" {
                            seed_db::flag_post(self.c, target, PostFlag::Removed).await?;
                        } else {
                            seed_db::remove_comment(self.c, target).await?;
                        }
                        let lk =
                            if kind == "post" { ModLogKind::PostRemoved } else { ModLogKind::CommentRemoved };
                        self.modlog.push(entry(gid, moderator, lk, target_ref, label, reason, first + 7200));
                    }
                    Some((_, reason)) => {
                        let kind = ModLogKind::ReportDismissed;
                        self.modlog.push(entry(
                            gid,
                            moderator,
                            kind,
                            target_ref,
                            label,
                            reason,
                            first + 7200,
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// In hiking, bob muted one member and banned another.
    pub async fn sanctions(&mut self) -> Result<(), sqlx::Error> {
        let (now, hiking) = (self.now, gid_of("hiking"));
        let hm: Vec<i64> =
            self.members[hiking as usize - 1].iter().map(|x| x.user_id).filter(|u| *u > 4).collect();
        let muted = hm[0];
        msdb::set_mute(self.c, hiking, muted, Some(now + 3 * DAY)).await?;
        let name = self.usernames[muted as usize - 1].clone();
        let reason = "Repeated off-topic posts after a warning.";
        self.modlog.push(entry(
            hiking,
            BOB,
            ModLogKind::MemberMuted,
            ("member", name.clone()),
            name,
            reason,
            now - 2 * DAY,
        ));
        let banned = hm[1];
        let reason = "Spam links in several posts.";
        msdb::remove_member(self.c, hiking, banned).await?;
        msdb::insert_ban(self.c, hiking, banned, Some(now + 30 * DAY), reason, BOB, now - 6 * DAY).await?;
        let name = self.usernames[banned as usize - 1].clone();
        self.modlog.push(entry(
            hiking,
            BOB,
            ModLogKind::MemberBanned,
            ("member", name.clone()),
            name,
            reason,
            now - 6 * DAY,
        ));
        Ok(())
    }

    /// Log entries of older changes: bob made moderator, the hiking guidelines edited, the
    /// tram group archived.
    pub fn past_changes(&mut self) {
        let (now, hiking) = (self.now, gid_of("hiking"));
        let bob = ("member", "bob".to_string());
        self.modlog.push(entry(
            hiking,
            ALICE,
            ModLogKind::RoleChanged,
            bob,
            "bob".into(),
            "member → moderator",
            now - 60 * DAY,
        ));
        let group = ("group", "hiking".to_string());
        self.modlog.push(entry(
            hiking,
            ALICE,
            ModLogKind::GuidelinesUpdated,
            group,
            GROUPS[0].name.into(),
            "",
            now - 30 * DAY,
        ));
        let trams = ("group", "old-trams".to_string());
        let (name, reason) = ("Old Tram Enthusiasts", "The project is finished.");
        self.modlog.push(entry(
            gid_of("old-trams"),
            ALICE,
            ModLogKind::GroupArchived,
            trams,
            name.into(),
            reason,
            now - 100 * DAY,
        ));
    }

    /// Pending requests to join private groups, carol's among them.
    pub async fn join_requests(&mut self) -> Result<(), sqlx::Error> {
        for (slug, who, message) in data::JOIN_REQUESTS {
            let (gid, uid) = (gid_of(slug), *who as i64 + 1);
            if self.members[gid as usize - 1].iter().any(|x| x.user_id == uid) {
                continue;
            }
            msdb::add_request(self.c, gid, uid, message, self.now - DAY).await?;
        }
        Ok(())
    }

    /// The shelf: three links in hiking, one or two elsewhere, added by the owners.
    pub async fn resources(&mut self) -> Result<(), sqlx::Error> {
        for (gi, gd) in GROUPS.iter().enumerate() {
            let gid = gi as i64 + 1;
            let owner = self.members[gi][0].user_id;
            let n = if gd.slug == "hiking" { 3 } else { 1 + gi % 2 };
            for (k, (title, url, description, tag)) in data::RESOURCES.iter().enumerate().take(n) {
                let title = if gd.slug == "hiking" || k > 0 {
                    title.to_string()
                } else {
                    format!("{} starter guide", gd.name)
                };
                let at = self.now - (50 - k as i64) * DAY;
                rdb::insert_resource(self.c, gid, &title, url, description, &[tag.to_string()], owner, at)
                    .await?;
                self.modlog.push(entry(
                    gid,
                    owner,
                    ModLogKind::ResourceAdded,
                    ("resource", "0".into()),
                    title,
                    "",
                    at,
                ));
            }
        }
        Ok(())
    }

    /// The moderation log in time order, and each group's last activity.
    pub async fn finish(mut self) -> Result<Counts, sqlx::Error> {
        self.modlog.sort_by_key(|l| l.created_at);
        seed_db::modlog(self.c, &self.modlog).await?;
        self.counts.modlog = self.modlog.len();
        for (gid, t) in &self.last_activity {
            gdb::touch_activity(self.c, *gid, *t).await?;
        }
        Ok(self.counts)
    }
}
