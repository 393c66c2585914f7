//! `--demo`: realistic, deterministic demo data, seeded in one transaction into an empty
//! database, with times relative to now. Users alice, bob, carol and dave (password
//! `kith-demo`) have fixed roles; everything else comes from a seeded PRNG.

// Seed rows are plain tuples, written once and inserted in batches.
#![allow(clippy::type_complexity)]

use std::collections::{BTreeSet, HashMap};

use kith_api::{ModLogKind, ReactionKind, Role};
use sqlx::Row;

use crate::db::{self, Conn, Db, join_list};
use crate::routes::events::all_day_bounds;

pub const PASSWORD: &str = "kith-demo";

/// SplitMix64: small, fast and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo).max(1) as u64)) as i64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What was seeded, for the log line and the tests.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub users: usize,
    pub groups: usize,
    pub topics: usize,
    pub regions: usize,
    pub posts: usize,
    pub comments: usize,
    pub reactions: usize,
    pub events: usize,
    pub full_events: usize,
    pub open_reports: usize,
    pub modlog: usize,
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} users, {} groups, {} posts, {} comments, {} reactions, {} events, {} open reports, {} mod-log entries",
            self.users,
            self.groups,
            self.posts,
            self.comments,
            self.reactions,
            self.events,
            self.open_reports,
            self.modlog
        )
    }
}

#[derive(Clone, Copy)]
enum V<'a> {
    I(i64),
    O(Option<i64>),
    T(&'a str),
    OT(Option<&'a str>),
}

/// Inserts rows in batches of multi-row VALUES (portable SQL).
async fn insert_many(
    c: &mut Conn,
    table: &str,
    cols: &[&str],
    rows: &[Vec<V<'_>>],
) -> Result<(), sqlx::Error> {
    let per = (900 / cols.len()).max(1);
    for chunk in rows.chunks(per) {
        let one = format!("({})", vec!["?"; cols.len()].join(", "));
        let sql =
            format!("INSERT INTO {table} ({}) VALUES {}", cols.join(", "), vec![one; chunk.len()].join(", "));
        let mut q = sqlx::query(&sql);
        for row in chunk {
            for v in row {
                q = match *v {
                    V::I(i) => q.bind(i),
                    V::O(o) => q.bind(o),
                    V::T(t) => q.bind(t),
                    V::OT(t) => q.bind(t),
                };
            }
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

struct GroupDef {
    name: &'static str,
    slug: &'static str,
    purpose: &'static str,
    topics: &'static [&'static str],
    region: &'static str,
    vis: &'static str,
}

const fn g(
    name: &'static str,
    slug: &'static str,
    purpose: &'static str,
    topics: &'static [&'static str],
    region: &'static str,
    vis: &'static str,
) -> GroupDef {
    GroupDef { name, slug, purpose, topics, region, vis }
}

const GROUPS: &[GroupDef] = &[
    g(
        "Hiking Berlin & Brandenburg",
        "hiking",
        "Weekend hikes around Berlin and Brandenburg for every pace, with a coffee stop guaranteed.",
        &["hiking", "photography"],
        "Berlin",
        "public",
    ),
    g(
        "Spree Cyclists",
        "spree-cyclists",
        "Relaxed group rides along the Spree and out to the lakes, plus repair help for beginners.",
        &["cycling"],
        "Berlin",
        "public",
    ),
    g(
        "Tempelhof Morning Runners",
        "tempelhof-runners",
        "Easy 5–10 km runs on the old airfield every Tuesday and Saturday at 7.",
        &["running"],
        "Berlin",
        "public",
    ),
    g(
        "Boulder Buddies Kreuzberg",
        "boulder-buddies",
        "Find partners for bouldering sessions, share beta and celebrate sends.",
        &["climbing"],
        "Berlin",
        "public",
    ),
    g(
        "Neukölln Supper Club",
        "neukoelln-supper",
        "Monthly potluck dinners where each of us cooks a dish from home.",
        &["cooking"],
        "Berlin",
        "private",
    ),
    g(
        "Sourdough Society",
        "sourdough-society",
        "Starters, schedules and crumb shots: we bake bread together and troubleshoot the flat loaves.",
        &["baking", "cooking"],
        "Hamburg",
        "public",
    ),
    g(
        "Balcony Gardeners",
        "balcony-gardeners",
        "Growing tomatoes, herbs and flowers on tiny balconies, swapping seeds and cuttings.",
        &["gardening"],
        "Hamburg",
        "public",
    ),
    g(
        "Alster Book Circle",
        "alster-books",
        "We read one novel a month and meet by the Alster to talk about it.",
        &["books"],
        "Hamburg",
        "public",
    ),
    g(
        "Hamburg Writers' Room",
        "hamburg-writers",
        "A quiet place for drafts: weekly prompts, feedback swaps and write-ins.",
        &["writing", "books"],
        "Hamburg",
        "private",
    ),
    g(
        "Street Photography Munich",
        "street-photo-munich",
        "Photo walks through Munich's neighbourhoods and honest critique of our shots.",
        &["photography"],
        "Munich",
        "public",
    ),
    g(
        "Isar Folk Session",
        "isar-folk",
        "Acoustic folk jam: bring a fiddle, a guitar or just your voice.",
        &["music"],
        "Munich",
        "public",
    ),
    g(
        "Alpine Day Hikers",
        "alpine-day-hikers",
        "Day hikes in the Bavarian Alps reachable by train from Munich.",
        &["hiking", "climbing"],
        "Munich",
        "public",
    ),
    g(
        "Munich Film Club",
        "munich-film-club",
        "Arthouse screenings followed by a drink and an argument about the ending.",
        &["film"],
        "Munich",
        "public",
    ),
    g(
        "Leipzig Board Game Night",
        "leipzig-boardgames",
        "Weekly board game evenings, from quick fillers to four-hour euros.",
        &["boardgames"],
        "Leipzig",
        "public",
    ),
    g(
        "Retro Gamers Leipzig",
        "retro-gamers-leipzig",
        "CRTs, cartridges and couch co-op: we play and fix old consoles.",
        &["videogames", "tech"],
        "Leipzig",
        "unlisted",
    ),
    g(
        "Leipzig Language Exchange",
        "leipzig-tandem",
        "Tandem partners for German, English, Spanish and more, over coffee.",
        &["languages"],
        "Leipzig",
        "public",
    ),
    g(
        "Cologne Rust Meetup",
        "cologne-rust",
        "Talks, pairing sessions and help for anyone writing Rust in and around Cologne.",
        &["tech"],
        "Cologne",
        "public",
    ),
    g(
        "Rhine Knitters",
        "rhine-knitters",
        "Knitting, crochet and mending circle; beginners get a free lesson.",
        &["crafts"],
        "Cologne",
        "public",
    ),
    g(
        "Ehrenfeld Parents",
        "ehrenfeld-parents",
        "Playground meetups, hand-me-downs and advice for parents of small children.",
        &["parenting"],
        "Cologne",
        "private",
    ),
    g(
        "Food Rescue Cologne",
        "food-rescue-cologne",
        "We collect surplus food from bakeries and shops and share it the same day.",
        &["volunteering", "cooking"],
        "Cologne",
        "public",
    ),
    g(
        "Vienna Birdwatchers",
        "vienna-birds",
        "Early walks in the Lobau and Prater to spot, log and photograph birds.",
        &["birdwatching", "photography"],
        "Vienna",
        "public",
    ),
    g(
        "Night Sky Observers",
        "night-sky",
        "Telescope nights away from the city lights, plus help choosing your first scope.",
        &["astronomy"],
        "Vienna",
        "private",
    ),
    g(
        "Vienna History Walks",
        "vienna-history",
        "Guided walks by members about the stories behind Vienna's streets.",
        &["history", "hiking"],
        "Vienna",
        "public",
    ),
    g(
        "Zurich Trail Running",
        "zurich-trail",
        "Hilly trail runs on the Uetliberg and beyond, all paces welcome.",
        &["running", "hiking"],
        "Zurich",
        "public",
    ),
    g(
        "Zurich Bakers' Guild",
        "zurich-bakers",
        "Laminated doughs, Zopf Sundays and baking science for the curious.",
        &["baking"],
        "Zurich",
        "public",
    ),
    g(
        "Amsterdam Canal Cyclists",
        "canal-cyclists",
        "Evening rides along the canals and day trips to the tulip fields.",
        &["cycling", "photography"],
        "Amsterdam",
        "public",
    ),
    g(
        "Amsterdam Indie Devs",
        "amsterdam-indie-devs",
        "Game jams, playtests and shared desk days for independent game makers.",
        &["videogames", "tech"],
        "Amsterdam",
        "public",
    ),
    g(
        "Dutch for Newcomers",
        "dutch-newcomers",
        "Practice Dutch in a friendly group, from 'hallo' to reading the newspaper.",
        &["languages"],
        "Amsterdam",
        "public",
    ),
    g(
        "Brooklyn Community Garden",
        "brooklyn-garden",
        "We run a shared garden plot: planting days, compost and harvest dinners.",
        &["gardening", "volunteering"],
        "New York",
        "public",
    ),
    g(
        "NYC Sci-Fi Book Club",
        "nyc-scifi-books",
        "A science-fiction novel every month, classics and new voices alike.",
        &["books"],
        "New York",
        "public",
    ),
    g(
        "Queens Home Cooks",
        "queens-home-cooks",
        "Recipes from every corner of Queens, cook-alongs and market trips.",
        &["cooking"],
        "New York",
        "public",
    ),
    g(
        "NYC Amateur Astronomers",
        "nyc-astronomy",
        "Star parties in the parks and help with telescopes and astrophotography.",
        &["astronomy", "photography"],
        "New York",
        "public",
    ),
    g(
        "Toronto Climbing Collective",
        "toronto-climbing",
        "Indoor and outdoor climbing partners, gear swaps and trip planning.",
        &["climbing", "hiking"],
        "Toronto",
        "public",
    ),
    g(
        "Toronto Writers Workshop",
        "toronto-writers",
        "Workshop your short stories and poems with supportive, specific feedback.",
        &["writing"],
        "Toronto",
        "public",
    ),
    g(
        "Remote Board Gamers",
        "remote-boardgames",
        "Board games online across time zones, using shared tables and video calls.",
        &["boardgames", "videogames"],
        "Online",
        "public",
    ),
    g(
        "Open Source Mentors",
        "oss-mentors",
        "Experienced maintainers pair with first-time contributors on real issues.",
        &["tech", "volunteering"],
        "Online",
        "public",
    ),
    g(
        "Home Studio Musicians",
        "home-studio",
        "Recording at home: mics, mixing, and monthly song challenges.",
        &["music", "tech"],
        "Online",
        "public",
    ),
    g(
        "Family History Detectives",
        "family-history",
        "Researching our family trees together: archives, records and brick walls.",
        &["history", "books"],
        "Online",
        "private",
    ),
    g(
        "Crafty Parents Club",
        "crafty-parents",
        "Craft projects to do with kids, with templates and material lists.",
        &["crafts", "parenting"],
        "Online",
        "unlisted",
    ),
    g(
        "London Film Photography",
        "london-film-photo",
        "Shooting film in London: developing tips, lab reviews and photo walks.",
        &["photography", "crafts"],
        "London",
        "public",
    ),
    g(
        "Thames Path Walkers",
        "thames-path",
        "Walking the Thames Path in stages, one Sunday a month.",
        &["hiking", "history"],
        "London",
        "public",
    ),
    g(
        "London Volunteer Gardeners",
        "london-volunteer-gardens",
        "Weekend volunteering in community gardens across London.",
        &["gardening", "volunteering"],
        "London",
        "public",
    ),
    g(
        "Berlin Mountain Club",
        "berlin-mountain-club",
        "Planning alpine tours from Berlin: huts, via ferratas and glacier courses.",
        &["hiking", "climbing"],
        "Berlin",
        "private",
    ),
    g(
        "Old Tram Enthusiasts",
        "old-trams",
        "We documented the city's historic tram lines; the project is finished.",
        &["history", "photography"],
        "Berlin",
        "public",
    ),
];

fn zone_of(region: &str) -> &'static str {
    match region {
        "Vienna" => "Europe/Vienna",
        "Zurich" => "Europe/Zurich",
        "Amsterdam" => "Europe/Amsterdam",
        "New York" => "America/New_York",
        "Toronto" => "America/Toronto",
        "London" => "Europe/London",
        "Online" => "UTC",
        _ => "Europe/Berlin",
    }
}

fn subjects(topic: &str) -> &'static [&'static str] {
    match topic {
        "hiking" => &[
            "the Malerweg stage 3",
            "the lake loop near Werder",
            "winter hiking boots",
            "the ridge trail above the valley",
            "Grunewald at sunrise",
            "a first overnight hut trip",
            "trekking poles",
            "the Barnim nature park",
        ],
        "cycling" => &[
            "the Berlin Wall Trail",
            "tubeless tyres",
            "a weekend bikepacking loop",
            "riding in the rain",
            "the Havel cycle route",
            "cheap bike lights",
        ],
        "running" => &[
            "a first half marathon",
            "interval sessions",
            "running shoes with wide toe boxes",
            "the Saturday long run",
            "hill repeats",
        ],
        "climbing" => &[
            "the new overhang problems",
            "finger injuries",
            "a first outdoor trip",
            "belay certification",
            "crimps versus slopers",
        ],
        "cooking" => &[
            "a one-pot lentil stew",
            "knife skills",
            "fermenting hot sauce",
            "the perfect dumplings",
            "cooking for twenty people",
        ],
        "baking" => &[
            "a stubborn sourdough starter",
            "laminated croissant dough",
            "rye bread hydration",
            "proofing in a cold kitchen",
            "Zopf braiding",
        ],
        "gardening" => &[
            "tomatoes on a north balcony",
            "seed swaps",
            "composting in a flat",
            "aphids on the roses",
            "winter herbs",
        ],
        "books" => &[
            "this month's novel",
            "the ending of the last book",
            "next month's shortlist",
            "audiobooks versus paper",
            "a reading list for the summer",
        ],
        "writing" => &[
            "the opening paragraph",
            "a weekly prompt",
            "dialogue that sounds real",
            "submitting to magazines",
            "a write-in at the library",
        ],
        "photography" => &[
            "golden hour settings",
            "a 35mm prime lens",
            "editing in darktable",
            "the last photo walk",
            "shooting in fog",
        ],
        "music" => &[
            "the new song list",
            "a cheap audio interface",
            "tuning the fiddles",
            "the open mic night",
            "recording vocals at home",
        ],
        "film" => &[
            "Friday's screening",
            "the festival programme",
            "a Kurosawa double bill",
            "subtitles versus dubbing",
        ],
        "boardgames" => &[
            "the new worker-placement game",
            "a two-player recommendation",
            "the campaign night",
            "house rules for the trading game",
        ],
        "videogames" => {
            &["the game jam theme", "fixing a broken console", "a co-op evening", "speedrun practice"]
        }
        "languages" => {
            &["irregular verbs", "a tandem partner", "podcasts for learners", "the next conversation evening"]
        }
        "tech" => &[
            "async Rust",
            "our next talk",
            "a first open-source pull request",
            "SQLite in production",
            "testing strategies",
        ],
        "crafts" => &["a first sweater", "mending jeans", "the yarn swap", "a beginner's quilt"],
        "parenting" => {
            &["rainy-day activities", "sleep schedules", "the hand-me-down box", "playgrounds with shade"]
        }
        "volunteering" => &[
            "Saturday's collection round",
            "new volunteer onboarding",
            "the shift rota",
            "what to do with leftovers",
        ],
        "birdwatching" => &[
            "a kingfisher sighting",
            "binoculars for beginners",
            "the spring migration",
            "logging sightings",
        ],
        "astronomy" => &["the Perseids", "a first telescope", "photographing Jupiter", "dark sky spots"],
        _ => &[
            "the street names of the old town",
            "archive visits",
            "a walk through the old district",
            "records from 1890",
        ],
    }
}

const TITLES: &[&str] = &[
    "Trip report: {s}",
    "Anyone up for {s} this weekend?",
    "Question about {s}",
    "Tips for {s}",
    "Photos and notes from {s}",
    "What I learned from {s}",
    "Looking for company: {s}",
    "Poll: how do you feel about {s}?",
];

const OPENERS: &[&str] = &[
    "Thanks to everyone who came out last time, that was lovely.",
    "I've been thinking about this for a while and would love your input.",
    "Quick one from me today.",
    "Long-time lurker, first post!",
    "Following up on the discussion from last week.",
];

const COMMENTS: &[&str] = &[
    "Count me in!",
    "Great write-up, thanks for sharing.",
    "I had the same problem last month: what helped was going slower at the start.",
    "Could we do this a bit earlier in the day? I have to leave by 3.",
    "+1, this is really useful.",
    "Do you have a link for that? I couldn't find it.",
    "I'll bring snacks.",
    "Love this. Saving it for later.",
    "Not sure I agree, but I see the point. Happy to talk about it next time.",
    "Thanks! **Exactly** what I was looking for.",
    "Here's the [map I used](https://www.openstreetmap.org/) if anyone wants it.",
    "Welcome to the group!",
];

fn post_body(rng: &mut Rng, topic: &str, s: &str) -> String {
    let opener = rng.pick(OPENERS);
    let mut b = format!("{opener}\n\nThis is about **{s}**. A few things I noticed:\n\n");
    let points = [
        "plan an extra half hour",
        "bring water and a snack",
        "check the forecast the evening before",
        "ask in the group if you're unsure",
        "start easy and build up",
        "write down what worked",
    ];
    for _ in 0..(2 + rng.below(3)) {
        b.push_str(&format!("- {}\n", rng.pick(&points)));
    }
    match rng.below(4) {
        0 => b.push_str(
            "\nMore background here: [a good overview](https://en.wikipedia.org/wiki/Main_Page).\n",
        ),
        1 if topic == "tech" => b.push_str(
            "\nThe snippet I mentioned:\n\n```rust\nfn main() {\n    println!(\"hello, kith\");\n}\n```\n",
        ),
        1 => b.push_str("\n1. Meet at the usual spot\n2. Short intro round\n3. Off we go\n"),
        2 => b.push_str("\n> The best time to start was last year; the second best is this weekend.\n"),
        _ => {}
    }
    b.push_str("\nWhat do you think?");
    b
}

fn guidelines(name: &str) -> String {
    format!(
        "## Welcome to {name}\n\n1. **Be kind.** Assume good intent and disagree with ideas, not people.\n2. **Stay on topic.** Off-topic posts may be moved or removed.\n3. **No spam or self-promotion** without asking the moderators first.\n4. **Safety first** at meetups: tell someone where you are going.\n\nReport anything that breaks these rules; moderators read every report.\n"
    )
}

const FIRST: &[&str] = &[
    "Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaito", "Lena",
    "Mateo", "Nora", "Omar", "Paula", "Quentin", "Rosa", "Sami", "Tilda", "Umut", "Vera", "Wei", "Ximena",
    "Yusuf", "Zoe",
];
const LAST: &[&str] =
    &["Keller", "Novak", "Santos", "Berg", "Okafor", "Lindqvist", "Moreau", "Weber", "Kowalski", "Haddad"];

/// Seeds the demo data unless the database already has users.
pub async fn seed_if_empty(db: &Db) -> Result<Option<String>, String> {
    let hash = tokio::task::spawn_blocking(|| crate::routes::auth::hash_password(PASSWORD))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|_| "cannot hash the demo password".to_string())?;
    let mut w = db.write().await.map_err(|e| e.to_string())?;
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(w.conn()).await.map_err(|e| e.to_string())?;
    if n > 0 {
        return Ok(None);
    }
    let counts = seed(w.conn(), &hash, db::now()).await.map_err(|e| e.to_string())?;
    db::groups::fill_keys(w.conn()).await.map_err(|e| e.to_string())?;
    w.commit().await.map_err(|e| e.to_string())?;
    Ok(Some(counts.to_string()))
}

/// Everything, into one connection (the caller's transaction).
pub async fn seed(c: &mut Conn, hash: &str, now: i64) -> Result<Counts, sqlx::Error> {
    let mut rng = Rng::new(0x4b17_2026);
    let day = 86_400;
    let mut counts = Counts::default();

    // ---- users ----
    struct U {
        name: String,
        display: String,
        interests: Vec<String>,
    }
    let mut users: Vec<U> = vec![
        U {
            name: "alice".into(),
            display: "Alice Moreno".into(),
            interests: vec!["hiking".into(), "photography".into(), "cooking".into()],
        },
        U {
            name: "bob".into(),
            display: "Bob Lindqvist".into(),
            interests: vec!["hiking".into(), "cycling".into(), "tech".into()],
        },
        U {
            name: "carol".into(),
            display: "Carol Okafor".into(),
            interests: vec!["hiking".into(), "books".into(), "baking".into(), "astronomy".into()],
        },
        U {
            name: "dave".into(),
            display: "Dave Novak".into(),
            interests: vec!["cycling".into(), "boardgames".into(), "climbing".into()],
        },
    ];
    for i in 0..116 {
        let f = FIRST[i % FIRST.len()];
        let l = LAST[(i / FIRST.len() + i) % LAST.len()];
        let name = format!("{}_{}", f.to_lowercase().replace('é', "e"), l.to_lowercase());
        let name = if users.iter().any(|u| u.name == name) { format!("{name}{i}") } else { name };
        let mut interests = BTreeSet::new();
        for _ in 0..(1 + rng.below(4)) {
            interests.insert(rng.pick(kith_api::validate::TOPICS).to_string());
        }
        users.push(U { name, display: format!("{f} {l}"), interests: interests.into_iter().collect() });
    }
    let uid = |i: usize| (i + 1) as i64;
    let rows: Vec<Vec<V>> = users
        .iter()
        .enumerate()
        .map(|(i, u)| {
            vec![
                V::I(uid(i)),
                V::T(&u.name),
                V::T(&u.display),
                V::T(hash),
                V::I(0),
                V::I(now - 400 * day + i as i64 * 3600),
            ]
        })
        .collect();
    insert_many(
        c,
        "users",
        &["id", "username", "display_name", "password_hash", "version", "created_at"],
        &rows,
    )
    .await?;
    for (i, u) in users.iter().enumerate() {
        sqlx::query("UPDATE users SET interests = ?, version = 1 WHERE id = ?")
            .bind(join_list(&u.interests))
            .bind(uid(i))
            .execute(&mut *c)
            .await?;
    }
    counts.users = users.len();
    let (alice, bob, carol) = (1i64, 2i64, 3i64);
    let others: Vec<i64> = (5..=users.len() as i64).collect();

    // ---- groups and memberships ----
    let mut members: Vec<Vec<(i64, Role, i64)>> = Vec::new();
    let mut topics = BTreeSet::new();
    let mut regions = BTreeSet::new();
    for (gi, gd) in GROUPS.iter().enumerate() {
        let gid = gi as i64 + 1;
        let created = now - (120 + rng.range(0, 600)) * day;
        topics.extend(gd.topics.iter().copied());
        regions.insert(gd.region);
        let mut m: Vec<(i64, Role, i64)> = Vec::new();
        let joined = |rng: &mut Rng| created + rng.range(0, (now - created) / 2);
        // Fixed roles for the demo users.
        let owner = match gd.slug {
            "hiking"
            | "spree-cyclists"
            | "night-sky"
            | "street-photo-munich"
            | "berlin-mountain-club"
            | "old-trams" => alice,
            _ => *rng.pick(&others),
        };
        m.push((owner, Role::Owner, created));
        let bob_mod =
            ["hiking", "spree-cyclists", "cologne-rust", "night-sky", "berlin-mountain-club", "oss-mentors"];
        if bob_mod.contains(&gd.slug) {
            m.push((bob, Role::Moderator, joined(&mut rng)));
        } else if gi % 5 == 1 {
            m.push((bob, Role::Member, joined(&mut rng)));
        }
        let carol_in = [
            "hiking",
            "sourdough-society",
            "alster-books",
            "night-sky",
            "nyc-scifi-books",
            "hamburg-writers",
            "zurich-bakers",
            "retro-gamers-leipzig",
        ];
        if carol_in.contains(&gd.slug) {
            m.push((carol, Role::Member, joined(&mut rng)));
        }
        if gd.slug == "alster-books" || gd.slug == "sourdough-society" {
            m.push((alice, Role::Member, joined(&mut rng)));
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
            if m.iter().any(|x| x.0 == u) {
                continue;
            }
            let role = if added == 0 && !bob_mod.contains(&gd.slug) { Role::Moderator } else { Role::Member };
            m.push((u, role, joined(&mut rng)));
            added += 1;
        }
        let archived = gd.slug == "old-trams";
        sqlx::query(
            "INSERT INTO groups (id, slug, name, purpose, guidelines, topics, region, visibility, archived, \
             member_count, created_by, created_at, last_activity_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        )
        .bind(gid)
        .bind(gd.slug)
        .bind(gd.name)
        .bind(gd.purpose)
        .bind(guidelines(gd.name))
        .bind(gd.topics.join(","))
        .bind(gd.region)
        .bind(gd.vis)
        .bind(archived as i64)
        .bind(m.len() as i64)
        .bind(owner)
        .bind(created)
        .bind(created)
        .execute(&mut *c)
        .await?;
        let rows: Vec<Vec<V>> =
            m.iter().map(|(u, r, t)| vec![V::I(gid), V::I(*u), V::T(r.as_str()), V::I(*t)]).collect();
        insert_many(c, "memberships", &["group_id", "user_id", "role", "joined_at"], &rows).await?;
        members.push(m);
    }
    counts.groups = GROUPS.len();
    counts.topics = topics.len();
    counts.regions = regions.len();
    let gid_of = |slug: &str| GROUPS.iter().position(|g| g.slug == slug).map(|i| i as i64 + 1).unwrap_or(1);
    let hiking = gid_of("hiking");

    // ---- posts, comments, reactions ----
    let mut post_rows: Vec<(i64, i64, i64, String, String, i64, i64, i64)> = Vec::new(); // id, gid, author, title, body, created, comments, reactions
    let mut comment_rows: Vec<(i64, i64, i64, Option<i64>, i64, String, i64)> = Vec::new();
    let mut post_reacts: Vec<(i64, i64, &'static str, i64, i64)> = Vec::new();
    let mut comment_reacts: Vec<(i64, i64, &'static str, i64, i64)> = Vec::new();
    let mut last_activity: HashMap<i64, i64> = HashMap::new();
    let mut next_comment = 1i64;
    for (gi, gd) in GROUPS.iter().enumerate() {
        let gid = gi as i64 + 1;
        let m = &members[gi];
        let n_posts = if gd.slug == "hiking" { 120 } else { 30 + rng.below(40) };
        let quiet = gd.slug == "old-trams" || gd.slug == "family-history";
        for _ in 0..n_posts {
            let pid = post_rows.len() as i64 + 1;
            let author = m[rng.below(m.len())].0;
            // More posts recently: squared distribution over 90 days (quiet groups: old).
            let x = rng.next() % 10_000;
            let age = if quiet {
                40 * day + (x as i64 * 50 * day) / 10_000
            } else {
                (x * x / 10_000) as i64 * 90 * day / 10_000 + 600
            };
            let created = now - age;
            let topic = *rng.pick(gd.topics);
            let s = *rng.pick(subjects(topic));
            let title = rng.pick(TITLES).replace("{s}", s);
            let title = format!("{}{}", title[..1].to_uppercase(), &title[1..]);
            let body = post_body(&mut rng, topic, s);
            let n_comments = rng.below(7);
            let mut ids: Vec<i64> = Vec::new();
            let mut t = created;
            for _ in 0..n_comments {
                t += rng.range(300, 2 * day).min((now - t).max(1));
                let parent = if !ids.is_empty() && rng.chance(0.3) { Some(*rng.pick(&ids)) } else { None };
                let cauthor = m[rng.below(m.len())].0;
                comment_rows.push((
                    next_comment,
                    pid,
                    gid,
                    parent,
                    cauthor,
                    rng.pick(COMMENTS).to_string(),
                    t.min(now),
                ));
                if rng.chance(0.3) {
                    let r = m[rng.below(m.len())].0;
                    comment_reacts.push((next_comment, r, "like", gid, t.min(now)));
                }
                ids.push(next_comment);
                next_comment += 1;
                let e = last_activity.entry(gid).or_insert(0);
                *e = (*e).max(t.min(now));
            }
            let mut reacted = BTreeSet::new();
            for _ in 0..rng.below(9) {
                let r = m[rng.below(m.len())].0;
                let k = *rng.pick(&ReactionKind::ALL);
                if reacted.insert((r, k)) {
                    post_reacts.push((pid, r, k.as_str(), gid, (created + rng.range(60, day)).min(now)));
                }
            }
            let e = last_activity.entry(gid).or_insert(0);
            *e = (*e).max(created);
            post_rows.push((pid, gid, author, title, body, created, n_comments as i64, reacted.len() as i64));
        }
    }
    // A welcome post by alice in hiking, pinned.
    let welcome = post_rows.len() as i64 + 1;
    post_rows.push((welcome, hiking, alice, "Welcome! Start here".into(), "Hi and welcome to **Hiking Berlin & Brandenburg**!\n\n- Introduce yourself in the comments\n- Check the [events](/g/hiking/events) for the next hike\n- Read the guidelines before your first post\n\nSee you on the trail!".into(), now - 80 * day, 0, 0));
    let rows: Vec<Vec<V>> = post_rows
        .iter()
        .map(|p| {
            vec![V::I(p.0), V::I(p.1), V::I(p.2), V::T(&p.3), V::T(&p.4), V::I(p.5), V::I(p.6), V::I(p.7)]
        })
        .collect();
    insert_many(
        c,
        "posts",
        &["id", "group_id", "author_id", "title", "body", "created_at", "comment_count", "reaction_count"],
        &rows,
    )
    .await?;
    // Parents come before their replies, so one pass finds every depth.
    let mut depth: HashMap<i64, i64> = HashMap::new();
    for x in &comment_rows {
        let d = x.3.and_then(|p| depth.get(&p)).map_or(1, |d| d + 1);
        depth.insert(x.0, d);
    }
    let rows: Vec<Vec<V>> = comment_rows
        .iter()
        .map(|x| {
            let d = depth.get(&x.0).copied().unwrap_or(1);
            vec![V::I(x.0), V::I(x.1), V::I(x.2), V::O(x.3), V::I(d), V::I(x.4), V::T(&x.5), V::I(x.6)]
        })
        .collect();
    insert_many(
        c,
        "comments",
        &["id", "post_id", "group_id", "parent_id", "depth", "author_id", "body", "created_at"],
        &rows,
    )
    .await?;
    let rows: Vec<Vec<V>> =
        post_reacts.iter().map(|x| vec![V::I(x.0), V::I(x.1), V::T(x.2), V::I(x.3), V::I(x.4)]).collect();
    insert_many(c, "post_reactions", &["post_id", "user_id", "kind", "group_id", "created_at"], &rows)
        .await?;
    let mut seen = BTreeSet::new();
    let rows: Vec<Vec<V>> = comment_reacts
        .iter()
        .filter(|x| seen.insert((x.0, x.1)))
        .map(|x| vec![V::I(x.0), V::I(x.1), V::T(x.2), V::I(x.3), V::I(x.4)])
        .collect();
    insert_many(c, "comment_reactions", &["comment_id", "user_id", "kind", "group_id", "created_at"], &rows)
        .await?;
    counts.posts = post_rows.len();
    counts.comments = comment_rows.len();
    counts.reactions = post_reacts.len() + rows.len();

    let mut log_rows: Vec<(i64, i64, &'static str, String, String, String, String, i64)> = Vec::new();
    // Pins and a lock in hiking and others.
    let pin = |gid: i64| post_rows.iter().filter(|p| p.1 == gid).map(|p| (p.0, p.3.clone())).next();
    sqlx::query("UPDATE posts SET pinned = 1 WHERE id = ?").bind(welcome).execute(&mut *c).await?;
    log_rows.push((
        hiking,
        alice,
        ModLogKind::PostPinned.as_str(),
        "post".into(),
        welcome.to_string(),
        "Welcome! Start here".into(),
        String::new(),
        now - 80 * day + 60,
    ));
    for slug in ["spree-cyclists", "cologne-rust", "sourdough-society"] {
        let gid = gid_of(slug);
        if let Some((pid, title)) = pin(gid) {
            sqlx::query("UPDATE posts SET pinned = 1 WHERE id = ?").bind(pid).execute(&mut *c).await?;
            let actor = members[gid as usize - 1][0].0;
            log_rows.push((
                gid,
                actor,
                ModLogKind::PostPinned.as_str(),
                "post".into(),
                pid.to_string(),
                title,
                String::new(),
                now - 20 * day,
            ));
        }
    }
    let hiking_posts: Vec<&(i64, i64, i64, String, String, i64, i64, i64)> =
        post_rows.iter().filter(|p| p.1 == hiking && p.0 != welcome).collect();
    let locked = hiking_posts[3];
    sqlx::query("UPDATE posts SET locked = 1 WHERE id = ?").bind(locked.0).execute(&mut *c).await?;
    log_rows.push((
        hiking,
        bob,
        ModLogKind::PostLocked.as_str(),
        "post".into(),
        locked.0.to_string(),
        locked.3.clone(),
        "The discussion went in circles; locking.".into(),
        now - 5 * day,
    ));

    // ---- events ----
    let mut ev_id = 0i64;
    let mut rsvp_rows: Vec<(i64, i64, i64, &'static str, i64, Option<i64>)> = Vec::new();
    let places = [
        "Meeting point: S-Bahn station exit",
        "Community centre, room 2",
        "The café by the main square",
        "Library, upstairs",
        "Park entrance by the fountain",
    ];
    let mut event_rows: Vec<(
        i64,
        i64,
        String,
        String,
        i64,
        i64,
        bool,
        &'static str,
        Option<String>,
        Option<String>,
        Option<i64>,
        bool,
        i64,
        i64,
    )> = Vec::new();
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
            ev_id += 1;
            let m = &members[gi];
            let creator = m.iter().find(|x| x.1 != Role::Member).map(|x| x.0).unwrap_or(m[0].0);
            let zone: &'static str = if gd.region == "Online" {
                ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"][k % 4]
            } else {
                zone_of(gd.region)
            };
            let offset_days = if gd.slug == "hiking" {
                -40 + (k as i64) * 11
            } else if gd.slug == "old-trams" {
                -200
            } else {
                rng.range(-90, 90)
            };
            let hour = [9, 10, 14, 18, 19][rng.below(5)];
            let start = (now / day + offset_days) * day + hour * 3600;
            let all_day = k % 5 == 4 || (k == 1 && gi % 4 == 1);
            let (s, e) = if all_day {
                all_day_bounds(start, start + (1 + rng.range(0, 2)) * day, zone)
            } else {
                (start, start + (2 + rng.range(0, 4)) * 3600)
            };
            let online = gd.region == "Online" || k % 4 == 3;
            let topic = gd.topics[0];
            let title = format!(
                "{} — {}",
                ["Meetup", "Workshop", "Outing", "Social evening", "Session"][k % 5],
                subjects(topic)[k % subjects(topic).len()]
            );
            let capacity = if k % 3 == 0 { Some(4 + rng.range(0, 10)) } else { None };
            let description = format!(
                "Join us for **{}**.\n\n- Bring a friend\n- All levels welcome\n\nQuestions? Ask in the group feed.",
                title.to_lowercase()
            );
            let cancelled = k == 2 && gi % 4 == 0 && gd.slug != "hiking";
            event_rows.push((
                ev_id,
                gid,
                title,
                description,
                s,
                e,
                all_day,
                zone,
                (!online).then(|| places[k % places.len()].to_string()),
                online.then(|| format!("https://meet.example.org/{}-{k}", gd.slug)),
                capacity,
                cancelled,
                creator,
                (s - 14 * day).min(now - day),
            ));
            // RSVPs: fill full events to capacity and waitlist a few.
            let mut pool: Vec<i64> = m.iter().map(|x| x.0).filter(|u| *u != carol).collect();
            let mut seq = 0;
            let going = match capacity {
                Some(cap) if k % 2 == 0 => cap as usize + 3,
                Some(cap) => (cap as usize).saturating_sub(2),
                None => rng.below(pool.len().max(1)),
            };
            let going = going.min(pool.len());
            for j in 0..going {
                let u = pool.swap_remove(rng.below(pool.len()));
                let at = (s - 10 * day + j as i64 * 3600).min(now);
                let full = capacity.is_some_and(|cap| j as i64 >= cap);
                if full {
                    seq += 1;
                }
                rsvp_rows.push((
                    ev_id,
                    u,
                    gid,
                    if full { "waitlisted" } else { "going" },
                    at,
                    full.then_some(seq),
                ));
            }
            for _ in 0..rng.below(4).min(pool.len()) {
                let u = pool.swap_remove(rng.below(pool.len()));
                rsvp_rows.push((
                    ev_id,
                    u,
                    gid,
                    if rng.chance(0.7) { "maybe" } else { "declined" },
                    (s - 5 * day).min(now),
                    None,
                ));
            }
            if capacity.is_some_and(|cap| going as i64 > cap) {
                counts.full_events += 1;
                if m.iter().any(|x| x.0 == carol) && s > now {
                    seq += 1;
                    rsvp_rows.push((ev_id, carol, gid, "waitlisted", now - 3600, Some(seq)));
                }
            } else if m.iter().any(|x| x.0 == carol) && rng.chance(0.5) {
                rsvp_rows.push((ev_id, carol, gid, "going", (s - 2 * day).min(now), None));
            }
            if s > now || e > now {
                last_activity
                    .entry(gid)
                    .and_modify(|t| *t = (*t).max(event_rows.last().map(|x| x.13).unwrap_or(0)));
            }
        }
    }
    let rows: Vec<Vec<V>> = event_rows
        .iter()
        .map(|e| {
            vec![
                V::I(e.0),
                V::I(e.1),
                V::T(&e.2),
                V::T(&e.3),
                V::I(e.4),
                V::I(e.5),
                V::I(e.6 as i64),
                V::T(e.7),
                V::OT(e.8.as_deref()),
                V::OT(e.9.as_deref()),
                V::O(e.10),
                V::I(e.11 as i64),
                V::I(e.12),
                V::I(e.13),
            ]
        })
        .collect();
    insert_many(
        c,
        "events",
        &[
            "id",
            "group_id",
            "title",
            "description",
            "starts_at",
            "ends_at",
            "all_day",
            "time_zone",
            "location",
            "online_url",
            "capacity",
            "cancelled",
            "created_by",
            "created_at",
        ],
        &rows,
    )
    .await?;
    let rows: Vec<Vec<V>> = rsvp_rows
        .iter()
        .map(|r| vec![V::I(r.0), V::I(r.1), V::I(r.2), V::T(r.3), V::I(r.4), V::O(r.5)])
        .collect();
    insert_many(
        c,
        "rsvps",
        &["event_id", "user_id", "group_id", "status", "responded_at", "waitlist_seq"],
        &rows,
    )
    .await?;
    counts.events = event_rows.len();
    for e in event_rows.iter().filter(|e| e.11) {
        let actor = members[e.1 as usize - 1][0].0;
        log_rows.push((
            e.1,
            actor,
            ModLogKind::EventCancelled.as_str(),
            "event".into(),
            e.0.to_string(),
            e.2.clone(),
            "Not enough people could make it.".into(),
            e.13 + day,
        ));
    }

    // ---- reports ----
    let report_reasons = [
        "Spam: this links to a shop.",
        "Rude towards another member.",
        "Off-topic and repeated several times.",
        "Shares someone's phone number.",
    ];
    let mut item_id = 0;
    for slug in ["hiking", "spree-cyclists", "cologne-rust", "night-sky"] {
        let gid = gid_of(slug);
        let gposts: Vec<&(i64, i64, i64, String, String, i64, i64, i64)> =
            post_rows.iter().filter(|p| p.1 == gid).collect();
        let gcomments: Vec<&(i64, i64, i64, Option<i64>, i64, String, i64)> =
            comment_rows.iter().filter(|x| x.2 == gid).collect();
        let m: Vec<i64> = members[gid as usize - 1].iter().map(|x| x.0).filter(|u| *u > 4).collect();
        for k in 0..5 {
            item_id += 1;
            let (kind, target, label, author) = if k % 2 == 0 || gcomments.is_empty() {
                let p = gposts[(k * 7 + 5) % gposts.len()];
                ("post", p.0, p.3.clone(), p.2)
            } else {
                let x = gcomments[(k * 5 + 1) % gcomments.len()];
                ("comment", x.0, x.5.chars().take(60).collect::<String>(), x.4)
            };
            let _ = author;
            let open = k < 3;
            let n = 1 + k % 3;
            let first = now - (k as i64 + 1) * day;
            let (action, reason) = if open {
                (None, None)
            } else if k == 3 {
                (Some("remove"), Some("Spam, removed."))
            } else {
                (Some("dismiss"), Some("Not against the guidelines."))
            };
            let moderator = if slug == "hiking" || slug == "spree-cyclists" || slug == "night-sky" {
                bob
            } else {
                members[gid as usize - 1][0].0
            };
            sqlx::query(
                "INSERT INTO report_items (id, group_id, target_kind, target_id, status, report_count, first_reported_at, \
                 last_reported_at, resolution_action, resolution_reason, resolved_by, resolved_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            )
            .bind(item_id)
            .bind(gid)
            .bind(kind)
            .bind(target)
            .bind(if open { "open" } else { "resolved" })
            .bind(n as i64)
            .bind(first)
            .bind(first + 3600)
            .bind(action)
            .bind(reason)
            .bind((!open).then_some(moderator))
            .bind((!open).then_some(first + 7200))
            .execute(&mut *c)
            .await?;
            for r in 0..n {
                let reporter = if slug == "hiking" && r == 0 && k == 0 {
                    carol
                } else {
                    m[(k * 3 + r) % m.len().max(1)]
                };
                sqlx::query(
                    "INSERT INTO reports (item_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?)",
                )
                .bind(item_id)
                .bind(reporter)
                .bind(report_reasons[(k + r) % report_reasons.len()])
                .bind(first + r as i64 * 600)
                .execute(&mut *c)
                .await?;
            }
            if open {
                counts.open_reports += 1;
            } else if action == Some("remove") {
                let table = if kind == "post" { "posts" } else { "comments" };
                sqlx::query(&format!("UPDATE {table} SET removed = 1 WHERE id = ?"))
                    .bind(target)
                    .execute(&mut *c)
                    .await?;
                let lk = if kind == "post" { ModLogKind::PostRemoved } else { ModLogKind::CommentRemoved };
                log_rows.push((
                    gid,
                    moderator,
                    lk.as_str(),
                    kind.into(),
                    target.to_string(),
                    label,
                    reason.unwrap_or_default().into(),
                    first + 7200,
                ));
            } else {
                log_rows.push((
                    gid,
                    moderator,
                    ModLogKind::ReportDismissed.as_str(),
                    kind.into(),
                    target.to_string(),
                    label,
                    reason.unwrap_or_default().into(),
                    first + 7200,
                ));
            }
        }
    }

    // ---- sanctions, join requests, role changes, resources ----
    let hm: Vec<i64> = members[hiking as usize - 1].iter().map(|x| x.0).filter(|u| *u > 4).collect();
    let muted = hm[0];
    sqlx::query("UPDATE memberships SET muted_until = ? WHERE group_id = ? AND user_id = ?")
        .bind(now + 3 * day)
        .bind(hiking)
        .bind(muted)
        .execute(&mut *c)
        .await?;
    log_rows.push((
        hiking,
        bob,
        ModLogKind::MemberMuted.as_str(),
        "member".into(),
        users[muted as usize - 1].name.clone(),
        users[muted as usize - 1].name.clone(),
        "Repeated off-topic posts after a warning.".into(),
        now - 2 * day,
    ));
    let banned = hm[1];
    sqlx::query("DELETE FROM memberships WHERE group_id = ? AND user_id = ?")
        .bind(hiking)
        .bind(banned)
        .execute(&mut *c)
        .await?;
    sqlx::query("UPDATE groups SET member_count = member_count - 1 WHERE id = ?")
        .bind(hiking)
        .execute(&mut *c)
        .await?;
    sqlx::query("INSERT INTO bans (group_id, user_id, until_at, reason, banned_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(hiking)
        .bind(banned)
        .bind(now + 30 * day)
        .bind("Spam links in several posts.")
        .bind(bob)
        .bind(now - 6 * day)
        .execute(&mut *c)
        .await?;
    log_rows.push((
        hiking,
        bob,
        ModLogKind::MemberBanned.as_str(),
        "member".into(),
        users[banned as usize - 1].name.clone(),
        users[banned as usize - 1].name.clone(),
        "Spam links in several posts.".into(),
        now - 6 * day,
    ));
    log_rows.push((
        hiking,
        alice,
        ModLogKind::RoleChanged.as_str(),
        "member".into(),
        "bob".into(),
        "bob".into(),
        "member → moderator".into(),
        now - 60 * day,
    ));
    log_rows.push((
        hiking,
        alice,
        ModLogKind::GuidelinesUpdated.as_str(),
        "group".into(),
        "hiking".into(),
        GROUPS[0].name.into(),
        String::new(),
        now - 30 * day,
    ));
    log_rows.push((
        gid_of("old-trams"),
        alice,
        ModLogKind::GroupArchived.as_str(),
        "group".into(),
        "old-trams".into(),
        "Old Tram Enthusiasts".into(),
        "The project is finished.".into(),
        now - 100 * day,
    ));
    // Pending join requests: carol asks to join the mountain club; two others ask too.
    for (slug, u, msg) in [
        ("berlin-mountain-club", carol, "I've done a few via ferratas and would love to join a tour."),
        ("berlin-mountain-club", others[3], "Hi! Keen hiker, new to the Alps."),
        ("night-sky", others[7], "I just bought my first telescope."),
    ] {
        let gid = gid_of(slug);
        if members[gid as usize - 1].iter().any(|x| x.0 == u) {
            continue;
        }
        sqlx::query("INSERT INTO join_requests (group_id, user_id, message, created_at) VALUES (?, ?, ?, ?)")
            .bind(gid)
            .bind(u)
            .bind(msg)
            .bind(now - day)
            .execute(&mut *c)
            .await?;
    }
    let res = [
        (
            "Trail map of Brandenburg",
            "https://www.openstreetmap.org/",
            "Free, detailed maps; switch to the hiking layer.",
            "maps",
        ),
        (
            "Public transport journey planner",
            "https://www.bahn.de/",
            "Most of our hikes start at a train station.",
            "travel",
        ),
        (
            "First aid basics",
            "https://en.wikipedia.org/wiki/First_aid",
            "Worth a read before longer trips.",
            "safety",
        ),
    ];
    for (gi, gd) in GROUPS.iter().enumerate() {
        let gid = gi as i64 + 1;
        let owner = members[gi][0].0;
        for (k, r) in res.iter().enumerate().take(if gd.slug == "hiking" { 3 } else { 1 + gi % 2 }) {
            let title = if gd.slug == "hiking" || k > 0 {
                r.0.to_string()
            } else {
                format!("{} starter guide", gd.name)
            };
            sqlx::query("INSERT INTO resources (group_id, title, url, description, tags, added_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                .bind(gid)
                .bind(&title)
                .bind(r.1)
                .bind(r.2)
                .bind(r.3)
                .bind(owner)
                .bind(now - (50 - k as i64) * day)
                .execute(&mut *c)
                .await?;
            log_rows.push((
                gid,
                owner,
                ModLogKind::ResourceAdded.as_str(),
                "resource".into(),
                "0".into(),
                title,
                String::new(),
                now - (50 - k as i64) * day,
            ));
        }
    }
    log_rows.sort_by_key(|l| l.7);
    let rows: Vec<Vec<V>> = log_rows
        .iter()
        .map(|l| {
            vec![V::I(l.0), V::I(l.1), V::T(l.2), V::T(&l.3), V::T(&l.4), V::T(&l.5), V::T(&l.6), V::I(l.7)]
        })
        .collect();
    insert_many(
        c,
        "modlog",
        &["group_id", "actor_id", "kind", "target_kind", "target_id", "target_label", "reason", "created_at"],
        &rows,
    )
    .await?;
    counts.modlog = log_rows.len();
    for (gid, t) in last_activity {
        sqlx::query("UPDATE groups SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?")
            .bind(t)
            .bind(gid)
            .bind(t)
            .execute(&mut *c)
            .await?;
    }
    // Sanity: the counters match the rows.
    let r = sqlx::query("SELECT COUNT(*) AS n FROM posts").fetch_one(&mut *c).await?;
    debug_assert_eq!(r.get::<i64, _>("n") as usize, counts.posts);
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn demo_data_meets_the_brief_and_is_deterministic() {
        let db = Db::memory().await;
        let mut w = db.write().await.unwrap();
        let now = 1_800_000_000;
        let started = std::time::Instant::now();
        let counts = seed(w.conn(), "$argon2id$stub", now).await.unwrap();
        assert!(started.elapsed().as_secs() < 30);
        assert!(counts.groups >= 40, "{counts:?}");
        assert!(counts.topics >= 10 && counts.regions >= 8, "{counts:?}");
        assert!(counts.posts >= 2000, "{counts:?}");
        assert!(counts.comments > 2000 && counts.reactions > 2000, "{counts:?}");
        assert!(counts.events >= 150 && counts.full_events >= 5, "{counts:?}");
        assert!(counts.open_reports >= 3 && counts.modlog >= 10, "{counts:?}");
        let c = w.conn();
        let q = |sql: &'static str| sqlx::query_as::<_, (i64,)>(sql);
        // hiking: alice owns, bob moderates, carol belongs; upcoming events; carol waitlisted somewhere.
        let (n,) = q("SELECT COUNT(*) FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id \
             WHERE g.slug = 'hiking' AND ((u.username = 'alice' AND m.role = 'owner') OR (u.username = 'bob' AND m.role = 'moderator') OR (u.username = 'carol' AND m.role = 'member'))")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        assert_eq!(n, 3);
        let (n,) = q("SELECT COUNT(*) FROM events e JOIN groups g ON g.id = e.group_id WHERE g.slug = 'hiking' AND e.starts_at > 1800000000").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 3);
        let (n,) = q("SELECT COUNT(*) FROM rsvps WHERE user_id = 3 AND status = 'waitlisted'")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        assert!(n >= 1);
        let (n,) = q("SELECT COUNT(*) FROM memberships WHERE user_id = 4").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n, 0);
        let (n,) = q("SELECT COUNT(*) FROM events WHERE all_day = 1").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 5);
        let (n,) = q("SELECT COUNT(DISTINCT time_zone) FROM events").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 4);
        let (n,) =
            q("SELECT COUNT(*) FROM events WHERE online_url IS NOT NULL").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 10);
        // Private groups carol is in, and ones she is not in.
        let (n,) = q("SELECT COUNT(*) FROM groups g JOIN memberships m ON m.group_id = g.id AND m.user_id = 3 WHERE g.visibility = 'private'").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 1);
        let (n,) = q("SELECT COUNT(*) FROM groups g WHERE g.visibility = 'private' AND g.id NOT IN (SELECT group_id FROM memberships WHERE user_id = 3)").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 1);
        // The denormalised counters agree with the rows.
        let (n,) = q("SELECT COUNT(*) FROM posts p WHERE p.comment_count <> (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) \
             OR p.reaction_count <> (SELECT COUNT(*) FROM post_reactions r WHERE r.post_id = p.id)").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n, 0);
        let (n,) = q("SELECT COUNT(*) FROM groups g WHERE g.member_count <> (SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id)").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n, 0);
        // Deterministic: the same seed gives the same titles.
        let (t1,): (String,) =
            sqlx::query_as("SELECT title FROM posts WHERE id = 777").fetch_one(&mut *c).await.unwrap();
        drop(w);
        let db2 = Db::memory().await;
        let mut w2 = db2.write().await.unwrap();
        seed(w2.conn(), "x", now).await.unwrap();
        let (t2,): (String,) =
            sqlx::query_as("SELECT title FROM posts WHERE id = 777").fetch_one(w2.conn()).await.unwrap();
        assert_eq!(t1, t2);
    }
}
