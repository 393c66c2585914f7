//! The demo's tables: people, groups, the words posts and comments are made of, and who has
//! which part in the story the end-to-end tests tell.

use super::Rng;

/// The four demo users: (username, display name, interests). Their ids are 1 to 4.
pub const PEOPLE: &[(&str, &str, &[&str])] = &[
    ("alice", "Alice Moreno", &["hiking", "photography", "cooking"]),
    ("bob", "Bob Lindqvist", &["hiking", "cycling", "tech"]),
    ("carol", "Carol Okafor", &["hiking", "books", "baking", "astronomy"]),
    ("dave", "Dave Novak", &["cycling", "boardgames", "climbing"]),
];

/// How many members are made up besides the four.
pub const GENERATED_PEOPLE: usize = 116;

/// Groups alice owns; the others get a random owner.
pub const ALICE_OWNS: &[&str] =
    &["hiking", "spree-cyclists", "night-sky", "street-photo-munich", "berlin-mountain-club", "old-trams"];
/// Groups alice joined as a member.
pub const ALICE_MEMBER_OF: &[&str] = &["alster-books", "sourdough-society"];
/// Groups bob moderates (elsewhere a random member is the first moderator).
pub const BOB_MODERATES: &[&str] =
    &["hiking", "spree-cyclists", "cologne-rust", "night-sky", "berlin-mountain-club", "oss-mentors"];
pub const CAROL_IN: &[&str] = &[
    "hiking",
    "sourdough-society",
    "alster-books",
    "night-sky",
    "nyc-scifi-books",
    "hamburg-writers",
    "zurich-bakers",
    "retro-gamers-leipzig",
];
/// Groups whose first post is pinned by their owner (hiking pins its welcome post).
pub const PINNED_IN: &[&str] = &["spree-cyclists", "cologne-rust", "sourdough-society"];
/// Groups with a report queue; in those bob handles, he resolved the reports.
pub const REPORTED_IN: &[&str] = &["hiking", "spree-cyclists", "cologne-rust", "night-sky"];
pub const REPORTS_HANDLED_BY_BOB: &[&str] = &["hiking", "spree-cyclists", "night-sky"];
pub const REPORT_REASONS: &[&str] = &[
    "Spam: this links to a shop.",
    "Rude towards another member.",
    "Off-topic and repeated several times.",
    "Shares someone's phone number.",
];

/// Pending join requests: (group, requester as an index in the user list (alice 0, bob 1,
/// carol 2, dave 3, then the made-up members), message).
pub const JOIN_REQUESTS: &[(&str, usize, &str)] = &[
    ("berlin-mountain-club", 2, "I've done a few via ferratas and would love to join a tour."),
    ("berlin-mountain-club", 7, "Hi! Keen hiker, new to the Alps."),
    ("night-sky", 11, "I just bought my first telescope."),
];

pub const WELCOME_TITLE: &str = "Welcome! Start here";
pub const WELCOME_BODY: &str = "Hi and welcome to **Hiking Berlin & Brandenburg**!\n\n- Introduce yourself in the comments\n- Check the [events](/g/hiking/events) for the next hike\n- Read the guidelines before your first post\n\nSee you on the trail!";

pub const PLACES: &[&str] = &[
    "Meeting point: S-Bahn station exit",
    "Community centre, room 2",
    "The café by the main square",
    "Library, upstairs",
    "Park entrance by the fountain",
];

/// The shelf: (title, url, description, tag); hiking has all three, others one or two.
pub const RESOURCES: &[(&str, &str, &str, &str)] = &[
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

pub struct GroupDef {
    pub name: &'static str,
    pub slug: &'static str,
    pub purpose: &'static str,
    pub topics: &'static [&'static str],
    pub region: &'static str,
    pub vis: &'static str,
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

pub const GROUPS: &[GroupDef] = &[
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

pub fn zone_of(region: &str) -> &'static str {
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

pub fn subjects(topic: &str) -> &'static [&'static str] {
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

pub const TITLES: &[&str] = &[
    "Trip report: {s}",
    "Anyone up for {s} this weekend?",
    "Question about {s}",
    "Tips for {s}",
    "Photos and notes from {s}",
    "What I learned from {s}",
    "Looking for company: {s}",
    "Poll: how do you feel about {s}?",
];

pub const OPENERS: &[&str] = &[
    "Thanks to everyone who came out last time, that was lovely.",
    "I've been thinking about this for a while and would love your input.",
    "Quick one from me today.",
    "Long-time lurker, first post!",
    "Following up on the discussion from last week.",
];

pub const COMMENTS: &[&str] = &[
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

pub fn post_body(rng: &mut Rng, topic: &str, s: &str) -> String {
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

pub fn guidelines(name: &str) -> String {
    format!(
        "## Welcome to {name}\n\n1. **Be kind.** Assume good intent and disagree with ideas, not people.\n2. **Stay on topic.** Off-topic posts may be moved or removed.\n3. **No spam or self-promotion** without asking the moderators first.\n4. **Safety first** at meetups: tell someone where you are going.\n\nReport anything that breaks these rules; moderators read every report.\n"
    )
}

pub const FIRST: &[&str] = &[
    "Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaito", "Lena",
    "Mateo", "Nora", "Omar", "Paula", "Quentin", "Rosa", "Sami", "Tilda", "Umut", "Vera", "Wei", "Ximena",
    "Yusuf", "Zoe",
];
pub const LAST: &[&str] =
    &["Keller", "Novak", "Santos", "Berg", "Okafor", "Lindqvist", "Moreau", "Weber", "Kowalski", "Haddad"];

/// Event titles start with one of these, by the event's place in its group's list.
pub const EVENT_KINDS: &[&str] = &["Meetup", "Workshop", "Outing", "Social evening", "Session"];
pub const EVENT_HOURS: [i64; 5] = [9, 10, 14, 18, 19];
/// Time zones of online groups' events, in turn.
pub const ONLINE_ZONES: &[&str] = &["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"];
