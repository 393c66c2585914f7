//! The OpenAPI 3.1 document, generated from the wire types. The committed `api/openapi.json`
//! must equal [`document_json`]; a test in kith-server fails when it is stale
//! (`UPDATE_OPENAPI=1 cargo test -p kith-server openapi` rewrites it).
//!
//! It is built in two steps. utoipa derives the schemas from the wire types (lengths, numbers,
//! formats and short patterns sit on their fields) and the operations from the functions
//! below (each lists the statuses particular to it). Then [`refine`] works on the JSON itself
//! (in key order) and adds what the derive cannot say or what every operation shares:
//! the character rules of text fields ([`TEXT_RULES`]), cross-field rules as `if`/`then`, the
//! statuses any request can meet (401, 408, 413, 415, 500, 503 …) with problem bodies, the
//! response headers (`ETag`, `Retry-After`, `Idempotent-Replayed`), `If-Match` and
//! `Idempotency-Key`. The shared validation in [`crate::validate`] is the source of truth; the
//! fuzz stage of `scripts/test` (tests/contract) holds the server to this document.
//!
//! The functions below are never called: they only carry each endpoint's description.
#![allow(dead_code)]

use std::borrow::Cow;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::json;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, PartialSchema, ToSchema};

use crate::validate::TOPICS;
use crate::*;

/// The whole contract, as JSON with its keys in document order.
pub fn document() -> Json {
    let generated = ApiDoc::openapi().to_json().unwrap_or_default();
    let mut doc: Json = serde_json::from_str(&generated).unwrap_or(Json::Null);
    refine(&mut doc);
    doc
}

/// The document as committed: pretty JSON with a final newline.
pub fn document_json() -> String {
    let mut s = serde_json::to_string_pretty(&document()).unwrap_or_default();
    s.push('\n');
    s
}

// ---- schemas that exist only in the document ----------------------------------------------

/// A topic: one of [`crate::validate::TOPICS`] (also served in `Meta::topics`).
pub struct Topic;

impl PartialSchema for Topic {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("A topic groups may carry and members may follow (`Meta::topics`)."))
            .enum_values(Some(TOPICS.iter().copied()))
            .into()
    }
}

impl ToSchema for Topic {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Topic")
    }
}

/// An IANA time zone name the reference server knows: the zones of chrono-tz 0.10.4 (tzdata
/// 2025b), which the server's `zone_known` parses. A zone it does not know is a 422 at
/// `/time_zone`; the fuzz stage fails if this list names one the server refuses.
pub struct TimeZone;

impl PartialSchema for TimeZone {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "An IANA time zone name (the tz database's names, exact case), e.g. `Europe/Berlin`.",
            ))
            .enum_values(Some(TIME_ZONES.split_whitespace()))
            .into()
    }
}

impl ToSchema for TimeZone {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("TimeZone")
    }
}

/// One event of `GET /stream` as an `EventSource` parses it (`event`, `data`, `id`): before
/// Open API 3.2's `itemSchema`, the `schema` of `text/event-stream` describes each event (as
/// tools such as Schemathesis read it). [`refine`] adds the properties and, per event name, the
/// schema of the JSON in `data` (`contentSchema`).
pub struct StreamEvent;

impl PartialSchema for StreamEvent {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "One event of the live stream (`GET /stream`), as an `EventSource` reads it: its name, its data (one line of JSON) and, for the events a client can resume after, its `id`.",
            ))
            .into()
    }
}

impl ToSchema for StreamEvent {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("StreamEvent")
    }
}

/// The stable problem codes of [`crate::codes`].
pub struct ProblemCode;

/// Every code of [`crate::codes`].
pub const PROBLEM_CODES: &[&str] = codes::ALL;

impl PartialSchema for ProblemCode {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("A stable, machine-readable code; the status says which apply."))
            .enum_values(Some(PROBLEM_CODES.iter().copied()))
            .into()
    }
}

impl ToSchema for ProblemCode {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ProblemCode")
    }
}

// ---- text rules ---------------------------------------------------------------------------

/// How a text field is checked by [`crate::validate`]: its characters, and its minimum length
/// counted after trimming whitespace (the maximum counts every character).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TextRule {
    /// [`crate::validate::line`]: no control characters, line or paragraph separators or
    /// bidirectional controls.
    Line,
    /// [`crate::validate::text`]: no control characters but tab, line feed and carriage return.
    Text,
    /// [`crate::validate::http_url_problem`]: `http://` or `https://`, a host, no whitespace
    /// or control characters.
    HttpUrl,
    /// An array whose items are [`TextRule::Line`]s of this many characters (tags).
    LineItems(usize, usize),
    /// A push service's URL ([`push_endpoint_pattern`]): `https://`, a public host name (not
    /// [`push_endpoint_local_pattern`]), then visible ASCII (so its length in bytes is its
    /// length in characters).
    PushEndpoint,
    /// Base64url, padded or not, of exactly this many bytes ([`base64url_pattern`]).
    Base64Url(usize),
    /// Base64url of an uncompressed P-256 point: 65 bytes, the first 0x04
    /// ([`p256_point_pattern`]). Whether the point is on the curve no pattern can say.
    P256Point,
}

/// Every text field of a request body and its rule. Lengths come from the fields' own
/// `min_length`/`max_length`; a test checks that every entry names a property.
pub const TEXT_RULES: &[(&str, &str, TextRule)] = &[
    ("RegisterRequest", "display_name", TextRule::Line),
    ("MePatch", "display_name", TextRule::Line),
    ("NewGroup", "name", TextRule::Line),
    ("NewGroup", "purpose", TextRule::Text),
    ("NewGroup", "guidelines", TextRule::Text),
    ("NewGroup", "region", TextRule::Line),
    ("GroupPatch", "name", TextRule::Line),
    ("GroupPatch", "purpose", TextRule::Text),
    ("GroupPatch", "guidelines", TextRule::Text),
    ("GroupPatch", "region", TextRule::Line),
    ("JoinRequestBody", "message", TextRule::Text),
    ("JoinDecision", "message", TextRule::Text),
    ("SanctionRequest", "reason", TextRule::Text),
    ("LiftRequest", "reason", TextRule::Text),
    ("NewShelfItem", "title", TextRule::Line),
    ("NewShelfItem", "url", TextRule::HttpUrl),
    ("NewShelfItem", "description", TextRule::Text),
    ("NewShelfItem", "tags", TextRule::LineItems(1, 30)),
    ("ShelfItemPatch", "title", TextRule::Line),
    ("ShelfItemPatch", "url", TextRule::HttpUrl),
    ("ShelfItemPatch", "description", TextRule::Text),
    ("ShelfItemPatch", "tags", TextRule::LineItems(1, 30)),
    ("NewPost", "title", TextRule::Line),
    ("NewPost", "body", TextRule::Text),
    ("PostPatch", "title", TextRule::Line),
    ("PostPatch", "body", TextRule::Text),
    ("NewComment", "body", TextRule::Text),
    ("CommentPatch", "body", TextRule::Text),
    ("NewEvent", "title", TextRule::Line),
    ("NewEvent", "description", TextRule::Text),
    ("NewEvent", "location", TextRule::Line),
    ("NewEvent", "online_url", TextRule::HttpUrl),
    ("EventPatch", "title", TextRule::Line),
    ("EventPatch", "description", TextRule::Text),
    ("EventPatch", "location", TextRule::Line),
    ("EventPatch", "online_url", TextRule::HttpUrl),
    ("NewPoll", "title", TextRule::Line),
    ("NewPoll", "description", TextRule::Text),
    ("CancelRequest", "reason", TextRule::Text),
    ("NewReport", "reason", TextRule::Text),
    ("ResolveRequest", "reason", TextRule::Text),
    ("ModerationReason", "reason", TextRule::Text),
    ("MePatch", "bio", TextRule::Text),
    ("PushSubscriptionBody", "endpoint", TextRule::PushEndpoint),
    ("PushKeys", "p256dh", TextRule::P256Point),
    ("PushKeys", "auth", TextRule::Base64Url(16)),
    ("PushEndpoint", "endpoint", TextRule::PushEndpoint),
];

/// Characters a single line refuses ([`crate::validate::forbidden_in_line`]), as the inside of
/// a regex character class: C0, DEL and C1 controls, U+2028–U+202E, U+2066–U+2069.
pub const LINE_FORBIDDEN: &str = r"\u0000-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069";
/// Characters multi-line text refuses ([`crate::validate::forbidden_in_text`]): controls but
/// tab, line feed and carriage return.
pub const TEXT_FORBIDDEN: &str = r"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F";
/// White space as Rust's `str::trim` sees it (`char::is_whitespace`), merged with the
/// forbidden characters of a line: what cannot start or end a trimmed line.
const LINE_INVISIBLE: &str =
    r"\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028-\u202F\u205F\u2066-\u2069\u3000";
/// The same for multi-line text (and for links, which have no white space at all).
const TEXT_INVISIBLE: &str = r"\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";

/// A regex for text made of `[^forbidden]` characters whose trimmed length is at least `min`.
fn shaped(forbidden: &str, invisible: &str, min: usize) -> String {
    let any = format!("[^{forbidden}]");
    let visible = format!("[^{invisible}]");
    match min {
        0 => format!("^{any}*$"),
        1 => format!("^{any}*{visible}{any}*$"),
        n => format!("^{any}*{visible}{any}{{{},}}{visible}{any}*$", n - 2),
    }
}

/// The pattern of a single-line field whose trimmed length is at least `min`.
pub fn line_pattern(min: usize) -> String {
    shaped(LINE_FORBIDDEN, LINE_INVISIBLE, min)
}

/// The pattern of a multi-line field whose trimmed length is at least `min`.
pub fn text_pattern(min: usize) -> String {
    shaped(TEXT_FORBIDDEN, TEXT_INVISIBLE, min)
}

/// The pattern of an http(s) link.
pub fn http_url_pattern() -> String {
    format!("^https?://[^/{TEXT_INVISIBLE}][^{TEXT_INVISIBLE}]*$")
}

/// The pattern of a push endpoint, a little narrower than what the server parses (an absolute
/// `https://` URL with a host and without credentials): host labels of lowercase letters and
/// digits that start with a letter (joined by single hyphens, so never an address or an IDNA
/// `xn--` label), a port of at most 4 digits, then a path, query or fragment of visible ASCII.
pub fn push_endpoint_pattern() -> String {
    let label = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    format!(r"^https://{label}(\.{label})*(:[0-9]{{1,4}})?([/?#][!-~]*)?$")
}

/// What a push endpoint must not match (as `not`): a host that is local rather than a public
/// push service, `localhost` or a name under `.localhost`, `.local` or `.internal`. (Addresses,
/// which the server also checks, the pattern above leaves out already.)
pub fn push_endpoint_local_pattern() -> String {
    r"^https://([a-z0-9-]+\.)*(localhost|local|internal)([:/?#]|$)".to_string()
}

/// Base64url characters.
const B64: &str = "[A-Za-z0-9_-]";

/// The last character of base64url whose final group carries `rem` bytes (1 or 2): its unused
/// low bits are zero.
fn b64_tail(rem: usize) -> &'static str {
    if rem == 1 { "[AQgw]={0,2}" } else { "[AEIMQUYcgkosw048]=?" }
}

/// The pattern of base64url (padding optional) that decodes to exactly `bytes` bytes.
pub fn base64url_pattern(bytes: usize) -> String {
    let chars = bytes * 4 / 3; // whole characters before the last, partial one
    match bytes % 3 {
        0 => format!("^{B64}{{{chars}}}$"),
        rem => format!("^{B64}{{{chars}}}{}$", b64_tail(rem)),
    }
}

/// The pattern of a P-256 public key as browsers send it: an uncompressed point (65 bytes,
/// the first 0x04, so `B` and one of `A`–`P` lead) in base64url.
pub fn p256_point_pattern() -> String {
    format!("^B[A-P]{B64}{{84}}{}$", b64_tail(2))
}

/// Names for which slugify makes an address of at least 3 characters: three latin letters or
/// digits, or two apart (`"a b"` → `a-b`).
pub const SLUGGABLE_NAME: &str =
    "[A-Za-z0-9][^A-Za-z0-9]*[A-Za-z0-9][^A-Za-z0-9]*[A-Za-z0-9]|[A-Za-z0-9][^A-Za-z0-9]+[A-Za-z0-9]";

/// The zones of [`TimeZone`], from chrono-tz 0.10.4's `Tz::name` (597 names).
pub const TIME_ZONES: &str = "\
    Africa/Abidjan Africa/Accra Africa/Addis_Ababa Africa/Algiers Africa/Asmara \
    Africa/Asmera Africa/Bamako Africa/Bangui Africa/Banjul Africa/Bissau Africa/Blantyre \
    Africa/Brazzaville Africa/Bujumbura Africa/Cairo Africa/Casablanca Africa/Ceuta \
    Africa/Conakry Africa/Dakar Africa/Dar_es_Salaam Africa/Djibouti Africa/Douala \
    Africa/El_Aaiun Africa/Freetown Africa/Gaborone Africa/Harare Africa/Johannesburg \
    Africa/Juba Africa/Kampala Africa/Khartoum Africa/Kigali Africa/Kinshasa Africa/Lagos \
    Africa/Libreville Africa/Lome Africa/Luanda Africa/Lubumbashi Africa/Lusaka \
    Africa/Malabo Africa/Maputo Africa/Maseru Africa/Mbabane Africa/Mogadishu \
    Africa/Monrovia Africa/Nairobi Africa/Ndjamena Africa/Niamey Africa/Nouakchott \
    Africa/Ouagadougou Africa/Porto-Novo Africa/Sao_Tome Africa/Timbuktu Africa/Tripoli \
    Africa/Tunis Africa/Windhoek America/Adak America/Anchorage America/Anguilla \
    America/Antigua America/Araguaina America/Argentina/Buenos_Aires \
    America/Argentina/Catamarca America/Argentina/ComodRivadavia America/Argentina/Cordoba \
    America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza \
    America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan \
    America/Argentina/San_Luis America/Argentina/Tucuman America/Argentina/Ushuaia \
    America/Aruba America/Asuncion America/Atikokan America/Atka America/Bahia \
    America/Bahia_Banderas America/Barbados America/Belem America/Belize \
    America/Blanc-Sablon America/Boa_Vista America/Bogota America/Boise \
    America/Buenos_Aires America/Cambridge_Bay America/Campo_Grande America/Cancun \
    America/Caracas America/Catamarca America/Cayenne America/Cayman America/Chicago \
    America/Chihuahua America/Ciudad_Juarez America/Coral_Harbour America/Cordoba \
    America/Costa_Rica America/Coyhaique America/Creston America/Cuiaba America/Curacao \
    America/Danmarkshavn America/Dawson America/Dawson_Creek America/Denver America/Detroit \
    America/Dominica America/Edmonton America/Eirunepe America/El_Salvador America/Ensenada \
    America/Fort_Nelson America/Fort_Wayne America/Fortaleza America/Glace_Bay \
    America/Godthab America/Goose_Bay America/Grand_Turk America/Grenada America/Guadeloupe \
    America/Guatemala America/Guayaquil America/Guyana America/Halifax America/Havana \
    America/Hermosillo America/Indiana/Indianapolis America/Indiana/Knox \
    America/Indiana/Marengo America/Indiana/Petersburg America/Indiana/Tell_City \
    America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac \
    America/Indianapolis America/Inuvik America/Iqaluit America/Jamaica America/Jujuy \
    America/Juneau America/Kentucky/Louisville America/Kentucky/Monticello America/Knox_IN \
    America/Kralendijk America/La_Paz America/Lima America/Los_Angeles America/Louisville \
    America/Lower_Princes America/Maceio America/Managua America/Manaus America/Marigot \
    America/Martinique America/Matamoros America/Mazatlan America/Mendoza America/Menominee \
    America/Merida America/Metlakatla America/Mexico_City America/Miquelon America/Moncton \
    America/Monterrey America/Montevideo America/Montreal America/Montserrat America/Nassau \
    America/New_York America/Nipigon America/Nome America/Noronha \
    America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem \
    America/Nuuk America/Ojinaga America/Panama America/Pangnirtung America/Paramaribo \
    America/Phoenix America/Port-au-Prince America/Port_of_Spain America/Porto_Acre \
    America/Porto_Velho America/Puerto_Rico America/Punta_Arenas America/Rainy_River \
    America/Rankin_Inlet America/Recife America/Regina America/Resolute America/Rio_Branco \
    America/Rosario America/Santa_Isabel America/Santarem America/Santiago \
    America/Santo_Domingo America/Sao_Paulo America/Scoresbysund America/Shiprock \
    America/Sitka America/St_Barthelemy America/St_Johns America/St_Kitts America/St_Lucia \
    America/St_Thomas America/St_Vincent America/Swift_Current America/Tegucigalpa \
    America/Thule America/Thunder_Bay America/Tijuana America/Toronto America/Tortola \
    America/Vancouver America/Virgin America/Whitehorse America/Winnipeg America/Yakutat \
    America/Yellowknife Antarctica/Casey Antarctica/Davis Antarctica/DumontDUrville \
    Antarctica/Macquarie Antarctica/Mawson Antarctica/McMurdo Antarctica/Palmer \
    Antarctica/Rothera Antarctica/South_Pole Antarctica/Syowa Antarctica/Troll \
    Antarctica/Vostok Arctic/Longyearbyen Asia/Aden Asia/Almaty Asia/Amman Asia/Anadyr \
    Asia/Aqtau Asia/Aqtobe Asia/Ashgabat Asia/Ashkhabad Asia/Atyrau Asia/Baghdad \
    Asia/Bahrain Asia/Baku Asia/Bangkok Asia/Barnaul Asia/Beirut Asia/Bishkek Asia/Brunei \
    Asia/Calcutta Asia/Chita Asia/Choibalsan Asia/Chongqing Asia/Chungking Asia/Colombo \
    Asia/Dacca Asia/Damascus Asia/Dhaka Asia/Dili Asia/Dubai Asia/Dushanbe Asia/Famagusta \
    Asia/Gaza Asia/Harbin Asia/Hebron Asia/Ho_Chi_Minh Asia/Hong_Kong Asia/Hovd \
    Asia/Irkutsk Asia/Istanbul Asia/Jakarta Asia/Jayapura Asia/Jerusalem Asia/Kabul \
    Asia/Kamchatka Asia/Karachi Asia/Kashgar Asia/Kathmandu Asia/Katmandu Asia/Khandyga \
    Asia/Kolkata Asia/Krasnoyarsk Asia/Kuala_Lumpur Asia/Kuching Asia/Kuwait Asia/Macao \
    Asia/Macau Asia/Magadan Asia/Makassar Asia/Manila Asia/Muscat Asia/Nicosia \
    Asia/Novokuznetsk Asia/Novosibirsk Asia/Omsk Asia/Oral Asia/Phnom_Penh Asia/Pontianak \
    Asia/Pyongyang Asia/Qatar Asia/Qostanay Asia/Qyzylorda Asia/Rangoon Asia/Riyadh \
    Asia/Saigon Asia/Sakhalin Asia/Samarkand Asia/Seoul Asia/Shanghai Asia/Singapore \
    Asia/Srednekolymsk Asia/Taipei Asia/Tashkent Asia/Tbilisi Asia/Tehran Asia/Tel_Aviv \
    Asia/Thimbu Asia/Thimphu Asia/Tokyo Asia/Tomsk Asia/Ujung_Pandang Asia/Ulaanbaatar \
    Asia/Ulan_Bator Asia/Urumqi Asia/Ust-Nera Asia/Vientiane Asia/Vladivostok Asia/Yakutsk \
    Asia/Yangon Asia/Yekaterinburg Asia/Yerevan Atlantic/Azores Atlantic/Bermuda \
    Atlantic/Canary Atlantic/Cape_Verde Atlantic/Faeroe Atlantic/Faroe Atlantic/Jan_Mayen \
    Atlantic/Madeira Atlantic/Reykjavik Atlantic/South_Georgia Atlantic/St_Helena \
    Atlantic/Stanley Australia/ACT Australia/Adelaide Australia/Brisbane \
    Australia/Broken_Hill Australia/Canberra Australia/Currie Australia/Darwin \
    Australia/Eucla Australia/Hobart Australia/LHI Australia/Lindeman Australia/Lord_Howe \
    Australia/Melbourne Australia/NSW Australia/North Australia/Perth Australia/Queensland \
    Australia/South Australia/Sydney Australia/Tasmania Australia/Victoria Australia/West \
    Australia/Yancowinna Brazil/Acre Brazil/DeNoronha Brazil/East Brazil/West CET CST6CDT \
    Canada/Atlantic Canada/Central Canada/Eastern Canada/Mountain Canada/Newfoundland \
    Canada/Pacific Canada/Saskatchewan Canada/Yukon Chile/Continental Chile/EasterIsland \
    Cuba EET EST EST5EDT Egypt Eire Etc/GMT Etc/GMT+0 Etc/GMT+1 Etc/GMT+10 Etc/GMT+11 \
    Etc/GMT+12 Etc/GMT+2 Etc/GMT+3 Etc/GMT+4 Etc/GMT+5 Etc/GMT+6 Etc/GMT+7 Etc/GMT+8 \
    Etc/GMT+9 Etc/GMT-0 Etc/GMT-1 Etc/GMT-10 Etc/GMT-11 Etc/GMT-12 Etc/GMT-13 Etc/GMT-14 \
    Etc/GMT-2 Etc/GMT-3 Etc/GMT-4 Etc/GMT-5 Etc/GMT-6 Etc/GMT-7 Etc/GMT-8 Etc/GMT-9 \
    Etc/GMT0 Etc/Greenwich Etc/UCT Etc/UTC Etc/Universal Etc/Zulu Europe/Amsterdam \
    Europe/Andorra Europe/Astrakhan Europe/Athens Europe/Belfast Europe/Belgrade \
    Europe/Berlin Europe/Bratislava Europe/Brussels Europe/Bucharest Europe/Budapest \
    Europe/Busingen Europe/Chisinau Europe/Copenhagen Europe/Dublin Europe/Gibraltar \
    Europe/Guernsey Europe/Helsinki Europe/Isle_of_Man Europe/Istanbul Europe/Jersey \
    Europe/Kaliningrad Europe/Kiev Europe/Kirov Europe/Kyiv Europe/Lisbon Europe/Ljubljana \
    Europe/London Europe/Luxembourg Europe/Madrid Europe/Malta Europe/Mariehamn \
    Europe/Minsk Europe/Monaco Europe/Moscow Europe/Nicosia Europe/Oslo Europe/Paris \
    Europe/Podgorica Europe/Prague Europe/Riga Europe/Rome Europe/Samara Europe/San_Marino \
    Europe/Sarajevo Europe/Saratov Europe/Simferopol Europe/Skopje Europe/Sofia \
    Europe/Stockholm Europe/Tallinn Europe/Tirane Europe/Tiraspol Europe/Ulyanovsk \
    Europe/Uzhgorod Europe/Vaduz Europe/Vatican Europe/Vienna Europe/Vilnius \
    Europe/Volgograd Europe/Warsaw Europe/Zagreb Europe/Zaporozhye Europe/Zurich GB GB-Eire \
    GMT GMT+0 GMT-0 GMT0 Greenwich HST Hongkong Iceland Indian/Antananarivo Indian/Chagos \
    Indian/Christmas Indian/Cocos Indian/Comoro Indian/Kerguelen Indian/Mahe \
    Indian/Maldives Indian/Mauritius Indian/Mayotte Indian/Reunion Iran Israel Jamaica \
    Japan Kwajalein Libya MET MST MST7MDT Mexico/BajaNorte Mexico/BajaSur Mexico/General NZ \
    NZ-CHAT Navajo PRC PST8PDT Pacific/Apia Pacific/Auckland Pacific/Bougainville \
    Pacific/Chatham Pacific/Chuuk Pacific/Easter Pacific/Efate Pacific/Enderbury \
    Pacific/Fakaofo Pacific/Fiji Pacific/Funafuti Pacific/Galapagos Pacific/Gambier \
    Pacific/Guadalcanal Pacific/Guam Pacific/Honolulu Pacific/Johnston Pacific/Kanton \
    Pacific/Kiritimati Pacific/Kosrae Pacific/Kwajalein Pacific/Majuro Pacific/Marquesas \
    Pacific/Midway Pacific/Nauru Pacific/Niue Pacific/Norfolk Pacific/Noumea \
    Pacific/Pago_Pago Pacific/Palau Pacific/Pitcairn Pacific/Pohnpei Pacific/Ponape \
    Pacific/Port_Moresby Pacific/Rarotonga Pacific/Saipan Pacific/Samoa Pacific/Tahiti \
    Pacific/Tarawa Pacific/Tongatapu Pacific/Truk Pacific/Wake Pacific/Wallis Pacific/Yap \
    Poland Portugal ROC ROK Singapore Turkey UCT US/Alaska US/Aleutian US/Arizona \
    US/Central US/East-Indiana US/Eastern US/Hawaii US/Indiana-Starke US/Michigan \
    US/Mountain US/Pacific US/Samoa UTC Universal W-SU WET Zulu";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kith REST contract",
        version = "1.0.0",
        license(name = "MIT")
    ),
    servers((url = "/api/v1")),
    modifiers(&BearerAuth),
    paths(
        meta, register, login, logout, logout_all, me, patch_me, change_password, get_profile,
        list_groups, list_regions, create_group, get_group, patch_group, archive_group,
        join_group, leave_group, list_members, list_bans, list_join_requests,
        approve_join_request, deny_join_request, set_role, sanction_member, unmute_member, unban_member,
        list_resources, create_resource, patch_resource, delete_resource,
        list_group_posts, create_post, home_feed, get_post, patch_post, delete_post,
        pin_post, unpin_post, lock_post, unlock_post, remove_post, restore_post, react_post,
        list_comments, create_comment, get_comment, patch_comment, delete_comment, react_comment,
        remove_comment, restore_comment,
        list_group_events, create_event, list_my_events, get_event, patch_event, cancel_event,
        rsvp, list_attendees, group_calendar_ics, event_ics, skip_event, get_series, pause_series,
        rsvp_series, unrsvp_series, list_polls, create_poll, get_poll, vote_poll, poll_voters, poll_to_event,
        create_report, list_reports, resolve_report, modlog, health,
        list_notifications, unread_count, mark_read, set_notification_level, list_blocks, block_member,
        unblock_member, stream_ticket, stream, subscribe_push, unsubscribe_push,
    ),
    components(schemas(
        Problem, FieldError, ProblemCode, Topic, TimeZone,
        Visibility, SizeBand, ActivityFilter, GroupSort, PostSort, Role, ReportStatus, ModLogKind,
        NotificationKind, NotificationLevel, StreamPost, StreamComment, PushMessage,
        crate::recur::ByDay, EditScope,
    )),
    tags(
        (name = "meta"), (name = "auth"), (name = "groups"), (name = "membership"),
        (name = "resources"), (name = "posts"), (name = "comments"), (name = "events"),
        (name = "moderation"), (name = "notifications"), (name = "polls"),
    )
)]
struct ApiDoc;

/// The bearer scheme every authenticated operation names.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An opaque token from /auth/login or /auth/register. A token that is unknown, expired or ended (logout, a password change elsewhere) is a 401 on every operation that reads it, public reads included.",
                    ))
                    .build(),
            ),
        );
    }
}

// ---- meta and auth -------------------------------------------------------------------------

/// What this backend supports.
#[utoipa::path(get, path = "/meta", tag = "meta", responses((status = 200, body = Meta)))]
fn meta() {}

/// Create an account and a session (throttled per client address).
#[utoipa::path(post, path = "/auth/register", tag = "auth", request_body = RegisterRequest,
    responses((status = 201, body = SessionToken), (status = 409, description = "`username_taken`"),
        (status = 422, description = "`validation_failed`"),
        (status = 429, description = "`rate_limited`: too many sign-ups from this network"),
        (status = 503, description = "`busy`: too many passwords are being checked, or the request took too long")))]
fn register() {}

/// Log in; the token is stored hashed and expires. Failed attempts are throttled per address
/// and per account (an address the account logged in from before keeps its own budget).
#[utoipa::path(post, path = "/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = SessionToken), (status = 401, description = "`invalid_credentials`"),
        (status = 429, description = "`rate_limited`: too many failed logins"),
        (status = 503, description = "`busy`: too many passwords are being checked, or the request took too long")))]
fn login() {}

/// End the caller's session; the token stops working.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", security(("bearer" = [])), responses((status = 204)))]
fn logout() {}

/// End every session of the caller's account, this one included.
#[utoipa::path(post, path = "/auth/logout-all", tag = "auth", security(("bearer" = [])), responses((status = 204)))]
fn logout_all() {}

/// A member's profile: name, bio, interests, the groups the caller shares with them, and their
/// recent posts and comments where the caller may read them. Anyone may ask (an anonymous caller
/// sees public groups' content only).
#[utoipa::path(get, path = "/users/{username}", tag = "auth", security(("bearer" = []), ()), params(("username" = String, Path)),
    responses((status = 200, body = Profile), (status = 404, description = "`not_found`: no such member")))]
fn get_profile() {}

/// The caller's profile, interests and memberships.
#[utoipa::path(get, path = "/me", tag = "auth", security(("bearer" = [])), responses((status = 200, body = Me)))]
fn me() {}

/// Change display name, interests or bio.
#[utoipa::path(patch, path = "/me", tag = "auth", security(("bearer" = [])), request_body = MePatch,
    responses((status = 200, body = Me), (status = 422, description = "`validation_failed`")))]
fn patch_me() {}

/// Change the caller's password, given the current one (throttled like a login). Every other
/// session of the account ends; this one stays.
#[utoipa::path(post, path = "/me/password", tag = "auth", security(("bearer" = [])), request_body = PasswordChange,
    responses((status = 204), (status = 422, description = "`validation_failed`, also for a wrong current password (at `/current_password`)"),
        (status = 429, description = "`rate_limited`: too many failed attempts"),
        (status = 503, description = "`busy`: too many passwords are being checked, or the request took too long")))]
fn change_password() {}

// ---- groups and membership -----------------------------------------------------------------

/// Discover groups: search, filter, sort, or `recommended=true`. Unlisted groups appear only
/// to members; private groups are listed (their content is not).
#[utoipa::path(get, path = "/groups", tag = "groups", security(("bearer" = []), ()), params(GroupQuery),
    responses((status = 200, body = Page<Group>), (status = 401, description = "`unauthorized`: also `recommended=true` without a token")))]
fn list_groups() {}

/// Regions that listed groups (public and private, not archived) name, the most groups first:
/// suggestions for the region filter of `GET /groups`.
#[utoipa::path(get, path = "/regions", tag = "groups", security(("bearer" = []), ()), params(RegionQuery),
    responses((status = 200, body = RegionList), (status = 400, description = "`invalid_query`: a prefix over 200 characters")))]
fn list_regions() {}

/// Start a group; the caller becomes its owner.
#[utoipa::path(post, path = "/groups", tag = "groups", security(("bearer" = [])), request_body = NewGroup,
    responses((status = 201, body = Group), (status = 409, description = "`slug_taken`"), (status = 422, description = "`validation_failed`"),
        (status = 429, description = "`rate_limited`: the account creates groups too fast")))]
fn create_group() {}

/// One group (private groups show their card to everyone, their content to members).
#[utoipa::path(get, path = "/groups/{slug}", tag = "groups", security(("bearer" = []), ()), params(("slug" = String, Path)),
    responses((status = 200, body = Group), (status = 404)))]
fn get_group() {}

/// Change a group: owners any field, moderators `guidelines` only.
#[utoipa::path(patch, path = "/groups/{slug}", tag = "groups", security(("bearer" = [])), params(("slug" = String, Path)), request_body = GroupPatch,
    responses((status = 200, body = Group), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn patch_group() {}

/// Archive a group (owners): it becomes read-only and leaves discovery.
#[utoipa::path(post, path = "/groups/{slug}/archive", tag = "groups", security(("bearer" = [])), params(("slug" = String, Path)),
    responses((status = 200, body = Group), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`")))]
fn archive_group() {}

/// Join a public or unlisted group, or ask to join a private one.
#[utoipa::path(post, path = "/groups/{slug}/join", tag = "membership", security(("bearer" = [])), params(("slug" = String, Path)), request_body = Option<JoinRequestBody>,
    responses((status = 200, body = JoinOutcome), (status = 403, description = "`banned`"), (status = 404),
        (status = 409, description = "`conflict` (already a member, or already asked) or `archived`"), (status = 422, description = "`validation_failed`")))]
fn join_group() {}

/// Leave a group (or withdraw a pending request).
#[utoipa::path(post, path = "/groups/{slug}/leave", tag = "membership", security(("bearer" = [])), params(("slug" = String, Path)),
    responses((status = 204), (status = 404), (status = 409, description = "`sole_owner`, or `conflict` when not a member")))]
fn leave_group() {}

/// Members with their roles (members only for private groups).
#[utoipa::path(get, path = "/groups/{slug}/members", tag = "membership", security(("bearer" = []), ()), params(("slug" = String, Path), MemberQuery),
    responses((status = 200, body = Page<Member>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_members() {}

/// Banned users (moderators).
#[utoipa::path(get, path = "/groups/{slug}/bans", tag = "membership", security(("bearer" = [])), params(("slug" = String, Path), PageParams),
    responses((status = 200, body = Page<Ban>), (status = 403, description = "`forbidden`"), (status = 404)))]
fn list_bans() {}

/// Pending join requests (moderators).
#[utoipa::path(get, path = "/groups/{slug}/join-requests", tag = "membership", security(("bearer" = [])), params(("slug" = String, Path), PageParams),
    responses((status = 200, body = Page<JoinRequest>), (status = 403, description = "`forbidden`"), (status = 404)))]
fn list_join_requests() {}

/// Approve a join request (moderators).
#[utoipa::path(post, path = "/groups/{slug}/join-requests/{id}/approve", tag = "membership", security(("bearer" = [])),
    params(("slug" = String, Path), ("id" = i64, Path, minimum = 1)), request_body = Option<JoinDecision>,
    responses((status = 200, body = Member), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn approve_join_request() {}

/// Deny a join request (moderators).
#[utoipa::path(post, path = "/groups/{slug}/join-requests/{id}/deny", tag = "membership", security(("bearer" = [])),
    params(("slug" = String, Path), ("id" = i64, Path, minimum = 1)), request_body = Option<JoinDecision>,
    responses((status = 204), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn deny_join_request() {}

/// Set a member's role (owners).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/role", tag = "membership", security(("bearer" = [])),
    params(("slug" = String, Path), ("username" = String, Path)), request_body = RoleChange,
    responses((status = 200, body = Member), (status = 403, description = "`forbidden`"), (status = 404),
        (status = 409, description = "`sole_owner` or `archived`"), (status = 422, description = "`validation_failed`: an unknown role")))]
fn set_role() {}

/// Mute or ban a member, optionally until a time (moderators; not against moderators unless
/// the caller is an owner, never against owners or oneself). A ban also applies to a user who
/// is not a member.
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/sanction", tag = "membership", security(("bearer" = [])),
    params(("slug" = String, Path), ("username" = String, Path)), request_body = SanctionRequest,
    responses((status = 204), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn sanction_member() {}

/// Lift a mute (moderators).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/unmute", tag = "membership", security(("bearer" = [])),
    params(("slug" = String, Path), ("username" = String, Path)), request_body = Option<LiftRequest>,
    responses((status = 204), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn unmute_member() {}

/// Lift a ban (moderators).
#[utoipa::path(post, path = "/groups/{slug}/members/{username}/unban", tag = "membership", security(("bearer" = [])),
    params(("slug" = String, Path), ("username" = String, Path)), request_body = Option<LiftRequest>,
    responses((status = 204), (status = 403, description = "`forbidden`"), (status = 404, description = "`not_found`: no such group, user or ban"),
        (status = 409, description = "`archived`"), (status = 422, description = "`validation_failed`")))]
fn unban_member() {}

/// The group's curated resources shelf.
#[utoipa::path(get, path = "/groups/{slug}/resources", tag = "resources", security(("bearer" = []), ()), params(("slug" = String, Path), PageParams),
    responses((status = 200, body = Page<ShelfItem>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_resources() {}

/// Add a resource (moderators).
#[utoipa::path(post, path = "/groups/{slug}/resources", tag = "resources", security(("bearer" = [])), params(("slug" = String, Path)), request_body = NewShelfItem,
    responses((status = 201, body = ShelfItem), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn create_resource() {}

/// Change a resource (moderators).
#[utoipa::path(patch, path = "/resources/{id}", tag = "resources", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ShelfItemPatch,
    responses((status = 200, body = ShelfItem), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn patch_resource() {}

/// Remove a resource (moderators).
#[utoipa::path(delete, path = "/resources/{id}", tag = "resources", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 204), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`")))]
fn delete_resource() {}

// ---- posts and comments --------------------------------------------------------------------

/// A group's feed; pinned posts first.
#[utoipa::path(get, path = "/groups/{slug}/posts", tag = "posts", security(("bearer" = []), ()), params(("slug" = String, Path), PostQuery),
    responses((status = 200, body = Page<Post>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_group_posts() {}

/// Post in a group (members who are not muted).
#[utoipa::path(post, path = "/groups/{slug}/posts", tag = "posts", security(("bearer" = [])), params(("slug" = String, Path)), request_body = NewPost,
    responses((status = 201, body = Post), (status = 403, description = "`muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`archived`"), (status = 422, description = "`validation_failed`"),
        (status = 429, description = "`rate_limited`: the account posts too fast")))]
fn create_post() {}

/// The home feed across the caller's groups.
#[utoipa::path(get, path = "/feed", tag = "posts", security(("bearer" = [])), params(PostQuery), responses((status = 200, body = Page<Post>)))]
fn home_feed() {}

/// One post.
#[utoipa::path(get, path = "/posts/{id}", tag = "posts", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Post), (status = 403, description = "`members_only`"), (status = 404)))]
fn get_post() {}

/// Edit one's own post (not while muted).
#[utoipa::path(patch, path = "/posts/{id}", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = PostPatch,
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` (not the author), `muted` or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (deleted or removed) or `archived`"), (status = 422, description = "`validation_failed`")))]
fn patch_post() {}

/// Delete one's own post (moderators remove with `/posts/{id}/remove`).
#[utoipa::path(delete, path = "/posts/{id}", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 204), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`")))]
fn delete_post() {}

/// Pin a post (moderators).
#[utoipa::path(post, path = "/posts/{id}/pin", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`")))]
fn pin_post() {}

/// Unpin a post (moderators).
#[utoipa::path(post, path = "/posts/{id}/unpin", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`")))]
fn unpin_post() {}

/// Lock a post against new comments (moderators).
#[utoipa::path(post, path = "/posts/{id}/lock", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`")))]
fn lock_post() {}

/// Unlock a post (moderators).
#[utoipa::path(post, path = "/posts/{id}/unlock", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`")))]
fn unlock_post() {}

/// Remove a post where it is read (moderators), with a reason for the mod log (`post_removed`).
/// Members then see it without title or text (a tombstone while it has comments, and not at all
/// in feeds without); moderators still see both. Already removed: answered unchanged, nothing
/// logged.
#[utoipa::path(post, path = "/posts/{id}/remove", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ModerationReason,
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` (not a moderator) or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (its author deleted it) or `archived`"), (status = 422, description = "`validation_failed`: the reason")))]
fn remove_post() {}

/// Show a removed post again (moderators), with a reason for the mod log (`post_restored`).
/// Not removed: answered unchanged, nothing logged.
#[utoipa::path(post, path = "/posts/{id}/restore", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ModerationReason,
    responses((status = 200, body = Post), (status = 403, description = "`forbidden` (not a moderator) or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (its author deleted it) or `archived`"), (status = 422, description = "`validation_failed`: the reason")))]
fn restore_post() {}

/// Toggle the caller's reaction on a post (members who are not muted).
#[utoipa::path(post, path = "/posts/{id}/reactions", tag = "posts", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ReactionToggle,
    responses((status = 200, body = Reactions), (status = 403, description = "`muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`conflict` (deleted or removed) or `archived`"), (status = 422, description = "`validation_failed`: an unknown kind")))]
fn react_post() {}

/// A post's comments, oldest first; threads are built from `parent_id`.
#[utoipa::path(get, path = "/posts/{id}/comments", tag = "comments", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1), PageParams),
    responses((status = 200, body = Page<Comment>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_comments() {}

/// Comment on a post or reply to a comment (members who are not muted).
#[utoipa::path(post, path = "/posts/{id}/comments", tag = "comments", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = NewComment,
    responses((status = 201, body = Comment), (status = 403, description = "`locked`, `muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`conflict` (the post is deleted or removed) or `archived`"),
        (status = 422, description = "`validation_failed`, also when `parent_id` is not a comment of this post or the reply would nest deeper than `limits.max_comment_depth`"),
        (status = 429, description = "`rate_limited`: the account comments too fast")))]
fn create_comment() {}

/// One comment.
#[utoipa::path(get, path = "/comments/{id}", tag = "comments", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Comment), (status = 403, description = "`members_only`"), (status = 404)))]
fn get_comment() {}

/// Edit one's own comment (not while muted).
#[utoipa::path(patch, path = "/comments/{id}", tag = "comments", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = CommentPatch,
    responses((status = 200, body = Comment), (status = 403, description = "`forbidden` (not the author), `muted` or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (deleted or removed) or `archived`"), (status = 422, description = "`validation_failed`")))]
fn patch_comment() {}

/// Delete one's own comment; replies stay.
#[utoipa::path(delete, path = "/comments/{id}", tag = "comments", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 204), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`")))]
fn delete_comment() {}

/// Toggle the caller's reaction on a comment (members who are not muted).
#[utoipa::path(post, path = "/comments/{id}/reactions", tag = "comments", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ReactionToggle,
    responses((status = 200, body = Reactions), (status = 403, description = "`muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`conflict` (deleted or removed) or `archived`"), (status = 422, description = "`validation_failed`: an unknown kind")))]
fn react_comment() {}

/// Remove a comment where it is read (moderators), with a reason for the mod log
/// (`comment_removed`); its replies stay. Already removed: answered unchanged, nothing logged.
#[utoipa::path(post, path = "/comments/{id}/remove", tag = "comments", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ModerationReason,
    responses((status = 200, body = Comment), (status = 403, description = "`forbidden` (not a moderator) or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (its author deleted it) or `archived`"), (status = 422, description = "`validation_failed`: the reason")))]
fn remove_comment() {}

/// Show a removed comment again (moderators), with a reason for the mod log
/// (`comment_restored`). Not removed: answered unchanged, nothing logged.
#[utoipa::path(post, path = "/comments/{id}/restore", tag = "comments", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = ModerationReason,
    responses((status = 200, body = Comment), (status = 403, description = "`forbidden` (not a moderator) or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (its author deleted it) or `archived`"), (status = 422, description = "`validation_failed`: the reason")))]
fn restore_comment() {}

// ---- events --------------------------------------------------------------------------------

/// A group's events overlapping `from`..`to`, earliest first.
#[utoipa::path(get, path = "/groups/{slug}/events", tag = "events", security(("bearer" = []), ()), params(("slug" = String, Path), EventQuery),
    responses((status = 200, body = Page<Event>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_group_events() {}

/// Create an event (moderators and owners).
#[utoipa::path(post, path = "/groups/{slug}/events", tag = "events", security(("bearer" = [])), params(("slug" = String, Path)), request_body = NewEvent,
    responses((status = 201, body = Event), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`, also when the end is not after the start or more than 31 days later"),
        (status = 429, description = "`rate_limited`: the account creates events too fast")))]
fn create_event() {}

/// Events across the caller's groups overlapping `from`..`to`, earliest first.
#[utoipa::path(get, path = "/events", tag = "events", security(("bearer" = [])), params(EventQuery), responses((status = 200, body = Page<Event>)))]
fn list_my_events() {}

/// One event.
#[utoipa::path(get, path = "/events/{id}", tag = "events", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Event), (status = 403, description = "`members_only`"), (status = 404)))]
fn get_event() {}

/// Edit an event (moderators and owners). Raising the capacity promotes waitlisted members.
/// For a date of a series, `scope` says which dates change: `this` (the date alone; it keeps
/// its own details from then on), `following` (this and later dates: the series is split
/// here) or `all` (every date not edited on its own; a series already under way is split at
/// its first coming date when times or the rule change, so past dates stay as they were).
/// Re-planned dates keep their ids and answers; dates a new rule drops are removed, or
/// cancelled if someone answered them. Who answered a date in the next 14 days is told.
#[utoipa::path(patch, path = "/events/{id}", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1), ("scope" = Option<EditScope>, Query)), request_body = EventPatch,
    responses((status = 200, body = Event), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`, also when the times after the change break the rules of a new event")))]
fn patch_event() {}

/// Cancel an event (moderators and owners). With `scope=following` on a date of a series, the
/// series also ends before this date: later dates are removed, or cancelled if answered.
#[utoipa::path(post, path = "/events/{id}/cancel", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1), ("scope" = Option<EditScope>, Query)), request_body = Option<CancelRequest>,
    responses((status = 200, body = Event), (status = 403, description = "`forbidden` or `members_only`"), (status = 404),
        (status = 409, description = "`event_cancelled` or `archived`"), (status = 422, description = "`validation_failed`")))]
fn cancel_event() {}

/// Answer an event (members; not while muted, except `declined`). `going` on a full event
/// waitlists; when a place frees, the first on the waitlist is promoted. No `If-Match`: the
/// caller's RSVP is theirs alone.
#[utoipa::path(put, path = "/events/{id}/rsvp", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = RsvpRequest,
    responses((status = 200, body = RsvpOutcome), (status = 403, description = "`muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`event_cancelled` or `archived`"), (status = 422, description = "`validation_failed`: an unknown status")))]
fn rsvp() {}

/// Who answered, going first, then waitlist order, then maybe.
#[utoipa::path(get, path = "/events/{id}/attendees", tag = "events", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1), PageParams),
    responses((status = 200, body = Page<Attendee>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_attendees() {}

/// The group's events as an iCalendar (RFC 5545) subscription feed. A `DESCRIPTION` is the
/// event's Markdown description as plain text (formatting dropped, blocks ended as sentences).
#[utoipa::path(get, path = "/groups/{slug}/calendar.ics", tag = "events", security(("bearer" = []), ()), params(("slug" = String, Path)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 403, description = "`members_only`"), (status = 404)))]
fn group_calendar_ics() {}

/// One event as iCalendar (RFC 5545); its `DESCRIPTION` is plain text, as in the feed.
#[utoipa::path(get, path = "/events/{id}.ics", tag = "events", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 403, description = "`members_only`"), (status = 404)))]
fn event_ics() {}

/// Skip a date of a series (moderators and owners). Nobody answered it: it is removed (204),
/// listed in `Series.skipped` and an `EXDATE` in the calendar files. Someone did: it stays as
/// a cancelled date (200; a `RECURRENCE-ID` override with `STATUS:CANCELLED` in the calendar
/// files), so they are told.
#[utoipa::path(post, path = "/events/{id}/skip", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Event), (status = 204, description = "Removed"), (status = 403, description = "`forbidden` or `members_only`"), (status = 404),
        (status = 409, description = "`conflict` (not a date of a series), `event_cancelled` or `archived`")))]
fn skip_event() {}

/// A series: its rule, skipped dates and next date.
#[utoipa::path(get, path = "/series/{id}", tag = "events", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Series), (status = 403, description = "`members_only`"), (status = 404)))]
fn get_series() {}

/// Pause or resume a series (moderators and owners).
#[utoipa::path(put, path = "/series/{id}/paused", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = SeriesPause,
    responses((status = 200, body = Series), (status = 403, description = "`forbidden` or `members_only`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`")))]
fn pause_series() {}

/// Going to every date (members; not while muted): every coming date not answered yet gets
/// `going` (`waitlisted` when full), and so do dates planned later. A date can still be
/// answered on its own, e.g. declined.
#[utoipa::path(put, path = "/series/{id}/rsvp", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = SeriesRsvpOutcome), (status = 403, description = "`muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`archived`")))]
fn rsvp_series() {}

/// No longer going to every date: the coming answers it gave are withdrawn (answers given
/// date by date stay).
#[utoipa::path(delete, path = "/series/{id}/rsvp", tag = "events", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = SeriesRsvpOutcome), (status = 403, description = "`members_only` or `forbidden` for non-members"), (status = 404)))]
fn unrsvp_series() {}

// ---- polls ---------------------------------------------------------------------------------

/// A group's date polls: open ones first, newest first.
#[utoipa::path(get, path = "/groups/{slug}/polls", tag = "polls", security(("bearer" = []), ()), params(("slug" = String, Path), PageParams),
    responses((status = 200, body = Page<Poll>), (status = 403, description = "`members_only`"), (status = 404)))]
fn list_polls() {}

/// Start a date poll: moderators and owners, or any member when `members_can_poll` is on (not
/// while muted).
#[utoipa::path(post, path = "/groups/{slug}/polls", tag = "polls", security(("bearer" = [])), params(("slug" = String, Path)), request_body = NewPoll,
    responses((status = 201, body = Poll), (status = 403, description = "`forbidden`, `muted` or `members_only`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 422, description = "`validation_failed`"), (status = 429, description = "`rate_limited`: counted with events")))]
fn create_poll() {}

/// One date poll with its tallies and the caller's answers.
#[utoipa::path(get, path = "/polls/{id}", tag = "polls", security(("bearer" = []), ()), params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Poll), (status = 403, description = "`members_only`"), (status = 404)))]
fn get_poll() {}

/// Answer options (members, not while muted, while the poll is open).
#[utoipa::path(put, path = "/polls/{id}/votes", tag = "polls", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = PollVotes,
    responses((status = 200, body = Poll), (status = 403, description = "`muted`, `members_only`, or `forbidden` for non-members"), (status = 404),
        (status = 409, description = "`conflict`: the poll became an event; or `archived`"), (status = 422, description = "`validation_failed`: an option of another poll, or one answered twice")))]
fn vote_poll() {}

/// Who can come when (members only), by username.
#[utoipa::path(get, path = "/polls/{id}/voters", tag = "polls", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1), PageParams),
    responses((status = 200, body = Page<PollVoter>), (status = 401), (status = 403, description = "`forbidden` for non-members, `members_only` in a private group"), (status = 404)))]
fn poll_voters() {}

/// Turn a poll into an event (moderators and owners; see `PollToEvent`).
#[utoipa::path(post, path = "/polls/{id}/event", tag = "polls", security(("bearer" = [])), params(("id" = i64, Path, minimum = 1)), request_body = PollToEvent,
    responses((status = 201, body = Event), (status = 403, description = "`forbidden` or `members_only`"), (status = 404),
        (status = 409, description = "`conflict`: already an event; or `archived`"), (status = 422, description = "`validation_failed`; pointers into the event start with `/event`"),
        (status = 429, description = "`rate_limited`")))]
fn poll_to_event() {}

// ---- moderation ----------------------------------------------------------------------------

/// Report a post, comment or member (anyone who can see it, except members muted or banned
/// in its group). Reporting the same item again changes nothing and answers 200.
#[utoipa::path(post, path = "/reports", tag = "moderation", security(("bearer" = [])), request_body = NewReport,
    responses((status = 201, description = "A new report.", body = ReportReceipt),
        (status = 200, description = "The caller had already reported this item; the count is unchanged.", body = ReportReceipt),
        (status = 403, description = "`banned`, `muted` or `members_only`"), (status = 404),
        (status = 422, description = "`validation_failed`"), (status = 429, description = "`rate_limited`: the account reports too fast")))]
fn create_report() {}

/// The group's report queue, one item per reported target (moderators).
#[utoipa::path(get, path = "/groups/{slug}/reports", tag = "moderation", security(("bearer" = [])), params(("slug" = String, Path), ReportQuery),
    responses((status = 200, body = Page<ReportItem>), (status = 403, description = "`forbidden`"), (status = 404)))]
fn list_reports() {}

/// Resolve a queue item with an action (moderators; `If-Match` with the item's `etag`).
#[utoipa::path(post, path = "/groups/{slug}/reports/{id}/resolve", tag = "moderation", security(("bearer" = [])),
    params(("slug" = String, Path), ("id" = i64, Path, minimum = 1)), request_body = ResolveRequest,
    responses((status = 200, body = ReportItem), (status = 403, description = "`forbidden`"), (status = 404), (status = 409, description = "`archived`"),
        (status = 412, description = "`already_handled` (another moderator resolved it first) or `precondition_failed`"),
        (status = 422, description = "`validation_failed`")))]
fn resolve_report() {}

/// The moderation log, newest first (moderators).
#[utoipa::path(get, path = "/groups/{slug}/modlog", tag = "moderation", security(("bearer" = [])), params(("slug" = String, Path), ModLogQuery),
    responses((status = 200, body = Page<ModLogEntry>), (status = 403, description = "`forbidden`"), (status = 404)))]
fn modlog() {}

/// Activity figures for leaders (moderators and owners).
#[utoipa::path(get, path = "/groups/{slug}/health", tag = "moderation", security(("bearer" = [])), params(("slug" = String, Path)),
    responses((status = 200, body = GroupHealth), (status = 403, description = "`forbidden`"), (status = 404)))]
fn health() {}

// ---- notifications -------------------------------------------------------------------------

/// The caller's inbox, newest first (see the `notifications` tag for what arrives and when).
/// Items the caller can no longer see (their post or comment deleted or removed, a private
/// group they left) and items by members they blocked are left out; items are kept 90 days.
#[utoipa::path(get, path = "/notifications", tag = "notifications", security(("bearer" = [])), params(NotificationQuery),
    responses((status = 200, body = Page<Notification>), (status = 404, description = "`not_found`: no group has the slug `group`")))]
fn list_notifications() {}

/// How many of the caller's notifications are unread, counted as `GET /notifications` lists
/// them: the app's badge. Cheap enough to poll when the live stream is not available.
#[utoipa::path(get, path = "/notifications/unread-count", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = UnreadCount)))]
fn unread_count() {}

/// Mark notifications read: exactly one of `ids` (1–100 of the caller's items) or `up_to`
/// (every item with an id up to and including it). Items that are not the caller's, or are read
/// already, are ignored, so marking twice is harmless. Answers the unread count afterwards; the
/// caller's open streams get an `unread_count` event when something changed.
#[utoipa::path(post, path = "/notifications/read", tag = "notifications", security(("bearer" = [])), request_body = MarkRead,
    responses((status = 200, body = UnreadCount),
        (status = 422, description = "`validation_failed`: both `ids` and `up_to`, or neither (at the body), or ids outside 1–100 items")))]
fn mark_read() {}

/// Set how much the caller hears from one group (members; archived groups too). No
/// `If-Match`: the level is the caller's alone. The group's `my_notification_level` shows it.
#[utoipa::path(put, path = "/groups/{slug}/notification-level", tag = "notifications", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NotificationLevelBody,
    responses((status = 200, body = NotificationLevelBody), (status = 403, description = "`members_only` (a private group), or `forbidden` for non-members"),
        (status = 404), (status = 422, description = "`validation_failed`: an unknown level")))]
fn set_notification_level() {}

/// The members the caller has blocked (at most 1,000), by username.
#[utoipa::path(get, path = "/me/blocks", tag = "notifications", security(("bearer" = [])), responses((status = 200, body = BlockList)))]
fn list_blocks() {}

/// Block a member: nothing they do notifies the caller any more, the caller's earlier
/// notifications from them leave the inbox (and the unread count), and their posts and comments
/// come with `author_blocked: true` so the app can collapse them. They are not told. Blocking
/// someone already blocked changes nothing. No `If-Match`: blocks are the caller's own.
#[utoipa::path(post, path = "/me/blocks/{username}", tag = "notifications", security(("bearer" = [])), params(("username" = String, Path)),
    responses((status = 204), (status = 404, description = "`not_found`: no such member"),
        (status = 409, description = "`conflict`: the caller has blocked 1,000 members already"),
        (status = 422, description = "`validation_failed`: the caller cannot block themselves")))]
fn block_member() {}

/// Unblock a member: their notifications show again and new ones arrive. Not blocked: nothing
/// changes.
#[utoipa::path(delete, path = "/me/blocks/{username}", tag = "notifications", security(("bearer" = [])), params(("username" = String, Path)),
    responses((status = 204), (status = 404, description = "`not_found`: no such member")))]
fn unblock_member() {}

/// A single-use ticket for `GET /stream`, valid 60 seconds: an `EventSource` cannot send an
/// `Authorization` header, and a bearer token must never sit in a URL. An account keeps at most
/// its 10 newest unused tickets.
#[utoipa::path(post, path = "/stream/ticket", tag = "notifications", security(("bearer" = [])),
    responses((status = 201, body = StreamTicket)))]
fn stream_ticket() {}

/// The ticket holder's live updates as Server-Sent Events (feature `stream`).
///
/// The stream opens with `retry: 3000` (reconnect after 3 s); when resuming, the events missed
/// after `Last-Event-ID` (the header, or `last_event_id` in the query; events are kept one hour,
/// at most 500 are replayed); then an `unread_count`. Then, as things happen (`event:` name,
/// `data:` one line of JSON):
///
/// - `notification`, with `id:`: a new item for the caller (data: a `Notification`), followed
///   by an `unread_count`;
/// - `unread_count`, without `id:`: the caller's unread count changed (data: an
///   `UnreadCount`), also after marking read or a block in another tab or device;
/// - `post_created`, with `id:`: a new post in one of the caller's groups (data: a
///   `StreamPost`);
/// - `comment_created`, with `id:`: a new comment there (data: a `StreamComment`).
///
/// A comment line (`: keep-alive`) every 15 seconds keeps proxies from closing an idle stream.
/// A stream ends after 15 minutes (so a logout or an expired session ends live updates within
/// that time), and a stream that reads too slowly is closed; the client then asks for a new
/// ticket and reconnects with the last `id:` it saw, and nothing is lost. A member may hold 6
/// streams (tabs, devices); another closes their oldest. Never compressed.
#[utoipa::path(get, path = "/stream", tag = "notifications",
    params(("ticket" = String, Query, min_length = 1, max_length = 128, description = "The `ticket` of `POST /stream/ticket`; used up by this request."),
        ("last_event_id" = Option<i64>, Query, minimum = 0, description = "Resume after this event (the last `id:` seen), for a new `EventSource`, which cannot set `Last-Event-ID`; the header wins.")),
    responses((status = 200, content_type = "text/event-stream", body = StreamEvent,
            description = "The stream: `retry:`, resumed events, `unread_count`, then events as they happen, for at most 15 minutes. The schema describes each event."),
        (status = 401, description = "`unauthorized`: the ticket is missing, unknown, already used or expired; ask for a new one"),
        (status = 503, description = "`busy`: the server holds as many live streams as it can (`Retry-After` 30); the app polls `GET /notifications/unread-count` meanwhile")))]
fn stream() {}

/// Register this browser for web push (feature `push`): `PushSubscription.toJSON()` of a
/// subscription made with `Meta::vapid_public_key` as its `applicationServerKey`. An endpoint
/// belongs to one browser: subscribing it again (a new login there) moves it to the caller with
/// the new keys. An account holds at most 10 subscriptions; another replaces its oldest. One
/// that the push service reports gone, or that fails 5 times in a row, is dropped. What is
/// pushed and when: see the `notifications` tag.
#[utoipa::path(post, path = "/push/subscriptions", tag = "notifications", security(("bearer" = [])), request_body = PushSubscriptionBody,
    responses((status = 201, description = "Subscribed; no body"),
        (status = 404, description = "`not_found`: this server does not offer web push (no `push` in `Meta::features`)"),
        (status = 422, description = "`validation_failed` at `/endpoint` (not an absolute `https://` URL of a public host without credentials, or over 2,048 bytes; `localhost`, names under `.localhost`, `.local` and `.internal`, and loopback, private, link-local and unspecified addresses are refused), `/keys/p256dh` (not base64url of a 65-byte uncompressed point on the P-256 curve) or `/keys/auth` (not base64url of 16 bytes)")))]
fn subscribe_push() {}

/// Stop pushing to an endpoint of the caller's (at logout, or when the member turns push off).
/// An endpoint that is not the caller's changes nothing and is answered the same. No
/// `If-Match`: subscriptions are the caller's own.
#[utoipa::path(delete, path = "/push/subscriptions", tag = "notifications", security(("bearer" = [])), request_body = PushEndpoint,
    responses((status = 204)))]
fn unsubscribe_push() {}

/// What the document says before the operations: the conventions every operation shares.
const INTRO: &str = "The API any Kith-compatible backend implements.

**Requests.** JSON in UTF-8, as `application/json`, at most `limits.max_body_bytes` (64 KiB) \
per body (413 `payload_too_large` beyond; 415 `unsupported_media_type` for another type; 400 \
`malformed_request` for JSON of the wrong shape, 422 `validation_failed` with one `errors` \
entry per field for values the rules below refuse). Strings are put in Unicode Normalization \
Form C before they are checked, so lengths are counted in NFC code points. An integer may be \
written with a zero fraction (`5.0` is `5`); an object may not repeat a property (400). \
Unknown properties are ignored.

**Text.** A *single line* (names, titles, regions, places, tags) has no control characters \
(U+0000–U+001F, U+007F–U+009F), no line or paragraph separators (U+2028, U+2029) and no \
bidirectional controls (U+202A–U+202E, U+2066–U+2069). *Multi-line text* (Markdown bodies, \
purposes, descriptions, reasons, messages) has no control characters but tab, line feed and \
carriage return. A minimum length is counted after trimming white space (`\"   \"` is not a \
title); the maximum counts every character. Every such field carries its rule as a `pattern`.

**Times** are RFC 3339 strings; the server answers in UTC (`2026-11-27T18:00:00Z`) and reads \
any offset, with years 1900–9999.

**Lists** are pages (`items`, `next_cursor`); pass `next_cursor` back unchanged as `cursor`.

**Errors** are RFC 9457 problem details (`application/problem+json`) with a stable `code`; \
every operation lists the statuses it can answer. 429 `rate_limited` and 503 `busy` carry \
`Retry-After` (seconds). A path that names no operation is a 404 `not_found`, another method on \
a known path a 405 `method_not_allowed`.

**Changes.** Single resources carry an `etag` (and an `ETag` header) that PATCH, PUT and \
DELETE must send back in `If-Match` (412 on mismatch, 428 when missing); the caller's own \
settings (an RSVP, a notification level, a block, a push subscription) take none. \
Authenticated POSTs (except `/auth/*`) accept an `Idempotency-Key`.

**Caching.** Every answer carries `Cache-Control: no-store` and `X-Content-Type-Options: \
nosniff`: answers are per caller and change with every write.

**Compression.** Answers may come compressed as the request's `Accept-Encoding` allows \
(`br`, `gzip`), with `Vary: Accept-Encoding`; without that header they come uncompressed.";

/// The description of the `notifications` tag: what the inbox, the stream and push promise.
const NOTIFICATIONS: &str = "The inbox, per-group notification levels, blocking, the live \
stream and web push (features `notifications`, `stream` and `push` in `GET /meta`).

**Kinds.** A notification is written for each member an action concerns:

- `post_reply`: a comment on the member's post; `comment_reply`: a reply to their comment.
- `mention`: `@username` in a post or comment the member can see (at most 20 names each; \
whoever hears `post_reply` or `comment_reply` for a comment is not told of a mention in it too).
- `new_post`: a new post in a group at level `all`, or at level `default` when the group's \
previous post is at least 7 days old.
- `new_event`: a new event in one of the member's groups.
- `event_changed`, `event_cancelled`: an event the member answered (going, maybe or \
waitlisted) changed its time or place, or was cancelled; `until` is its start.
- `waitlist_promoted`: the member moved up from an event's waitlist and is going (no actor).
- `event_reminder`: 24 hours and 1 hour before an event the member is going to or may go to \
(no actor; only the second when the event is less than an hour away); `until` is its start.
- `join_approved`, `join_denied`: the member's request to join was decided.
- `role_changed`: the member's role changed (`role`); `sanctioned`: the member was muted or \
banned (`sanction`, and `until` when it ends).
- `new_report`, `new_join_request`: for the group's moderators and owners.

Nobody is notified of their own actions, of content they cannot see (a private group they do \
not belong to; a post or comment deleted or removed since is dropped from the inbox), or by \
a member they blocked (`/me/blocks`; earlier items by that member are hidden too). Mentions, \
replies and event news also reach people outside a public group whom they concern directly. \
Notifications are written in the same transaction as the action that causes them: they exist \
exactly when the action does, and a retry with the same `Idempotency-Key` notifies once. Items \
are kept 90 days.

**Levels** (per group, `PUT /groups/{slug}/notification-level`, shown as \
`Group.my_notification_level`): `all` hears everything, every new post included; `default` \
(the default) everything but new posts, except the first after a quiet spell of 7 days; \
`mentions` only `post_reply`, `comment_reply`, `mention` and `waitlist_promoted`; `muted` \
nothing. At every level the member's own standing arrives: `join_approved`, `join_denied`, \
`role_changed`, `sanctioned`.

**Live.** `GET /stream` (with a ticket from `POST /stream/ticket`) sends new notifications, \
unread counts and the new posts and comments of the member's groups as Server-Sent Events; \
`GET /notifications/unread-count` is the fallback to poll.

**Push.** A member who subscribed a browser (`POST /push/subscriptions`, with \
`Meta::vapid_public_key`) gets unread notifications pushed: at most one push per member every \
3 minutes, summing up what arrived meanwhile, except `mention` and `event_reminder`, which \
are pushed at once (with high urgency). Nothing is pushed while one of the member's streams is \
open (the app shows it live), nor for items already read or older than 6 hours. The service \
worker receives a `PushMessage` (JSON, encrypted as RFC 8291 says): `title` and `body` of the \
newest unread item (`body` adds how many more are unread), the app's `url` to open, the \
`unread` count for the badge, and the item's `id`. `title` and `body` are English; `kind`, \
`actor`, `group`, `detail`, `excerpt` and `more` let the service worker word them in the \
member's language instead.";

/// Resources whose answers carry their `etag` as an `ETag` header too.
const ETAG_SCHEMAS: &[&str] = &["Me", "Group", "ShelfItem", "Post", "Comment", "Event", "ReportItem"];

/// Adds, on the generated JSON, what the derives cannot say (see the module documentation).
fn refine(doc: &mut Json) {
    doc.set("info", {
        let mut info = doc.get("info").cloned().unwrap_or(Json::object());
        info.set("description", Json::from(INTRO));
        info
    });
    if let Some(schemas) = doc.pointer_mut("/components/schemas") {
        refine_schemas(schemas);
    }
    if let Some(Json::Object(components)) = doc.get_mut("components") {
        let at = components.iter().position(|(k, _)| k == "schemas").map_or(0, |i| i + 1);
        components.insert(at, ("responses".to_string(), problem_responses()));
    }
    if let Some(Json::Array(tags)) = doc.get_mut("tags") {
        for tag in tags.iter_mut() {
            if tag.get("name").and_then(Json::as_str) == Some("notifications") {
                tag.set("description", Json::from(NOTIFICATIONS));
            }
        }
    }
    // Query text (the server's `Query::text`: search words, region prefixes, names) is at most
    // 200 characters (400 `invalid_query` beyond), on every operation that reads it.
    if let Some(Json::Object(paths)) = doc.get_mut("paths") {
        for op in paths.iter_mut().filter_map(|(_, item)| item.get_mut("get")) {
            let Some(Json::Array(params)) = op.get_mut("parameters") else { continue };
            for p in params.iter_mut() {
                let text = p.get("in").and_then(Json::as_str) == Some("query")
                    && p.get("name")
                        .and_then(Json::as_str)
                        .is_some_and(|n| ["q", "region", "prefix", "actor", "target", "group"].contains(&n));
                if let Some(schema) = p.get_mut("schema").filter(|_| text)
                    && schema.get("type").and_then(Json::as_str) == Some("string")
                {
                    schema.set("maxLength", Json::from(json!(200)));
                }
            }
        }
    }
    let Some(Json::Object(paths)) = doc.get_mut("paths") else { return };
    for (path, item) in paths.iter_mut() {
        let Json::Object(methods) = item else { continue };
        for (method, op) in methods.iter_mut() {
            refine_operation(path, method, op);
        }
    }
}

fn refine_schemas(schemas: &mut Json) {
    for (schema, property, rule) in TEXT_RULES {
        let Some(p) = schemas.pointer_mut(&format!("/{schema}/properties/{property}")) else { continue };
        match rule {
            TextRule::Line | TextRule::Text => {
                let min = p.get("minLength").and_then(Json::as_u64).unwrap_or(0) as usize;
                let pattern = if *rule == TextRule::Line { line_pattern(min) } else { text_pattern(min) };
                p.set("pattern", Json::from(pattern));
            }
            TextRule::HttpUrl => p.set("pattern", Json::from(http_url_pattern())),
            TextRule::PushEndpoint => {
                p.set("pattern", Json::from(push_endpoint_pattern()));
                p.set("not", Json::from(json!({"pattern": push_endpoint_local_pattern()})));
            }
            TextRule::Base64Url(bytes) => p.set("pattern", Json::from(base64url_pattern(*bytes))),
            TextRule::P256Point => p.set("pattern", Json::from(p256_point_pattern())),
            TextRule::LineItems(min, max) => p.set(
                "items",
                Json::from(json!({
                    "type": "string", "minLength": min, "maxLength": max, "pattern": line_pattern(*min),
                })),
            ),
        }
    }
    // A topic listed twice is refused.
    if let Json::Object(all) = schemas {
        for (_, schema) in all.iter_mut() {
            if let Some(Json::Object(props)) = schema.get_mut("properties") {
                for (_, p) in props.iter_mut() {
                    if p.pointer("/items/$ref").and_then(Json::as_str) == Some("#/components/schemas/Topic") {
                        p.set("uniqueItems", Json::Bool(true));
                    }
                }
            }
        }
    }
    // Cross-field rules.
    if let Some(s) = schemas.get_mut("SanctionRequest") {
        s.set("if", Json::from(json!({"properties": {"kind": {"const": "mute"}}, "required": ["kind"]})));
        s.set(
            "then",
            Json::from(json!({"properties": {"until": {"type": "string"}}, "required": ["until"]})),
        );
    }
    if let Some(s) = schemas.get_mut("ResolveRequest") {
        s.set(
            "if",
            Json::from(json!({"properties": {"action": {"not": {"const": "ban"}}}, "required": ["action"]})),
        );
        s.set("then", Json::from(json!({"properties": {"ban_until": {"type": "null"}}})));
    }
    // Exactly one of `ids` and `up_to` (`null` counts as absent); ids are positive.
    if let Some(s) = schemas.get_mut("MarkRead") {
        s.set(
            "oneOf",
            Json::from(json!([
                {"properties": {"ids": {"type": "array"}}, "required": ["ids"]},
                {"properties": {"up_to": {"type": "integer"}}, "required": ["up_to"]},
            ])),
        );
    }
    if let Some(items) = schemas.pointer_mut("/MarkRead/properties/ids/items") {
        items.set("minimum", Json::from(json!(1)));
    }
    // The live stream's events, by name, with the schema of their data.
    if let Some(s) = schemas.get_mut("StreamEvent") {
        let event = |name: &str, data: &str, resumable: bool| {
            let mut e = json!({
                "properties": {
                    "event": {"const": name},
                    "data": {
                        "contentMediaType": "application/json",
                        "contentSchema": {"$ref": format!("#/components/schemas/{data}")},
                    },
                },
            });
            if resumable {
                e["required"] = json!(["id"]);
            }
            e
        };
        s.set("required", Json::from(json!(["event", "data"])));
        s.set(
            "properties",
            Json::from(json!({
                "event": {
                    "type": "string",
                    "enum": ["notification", "unread_count", "post_created", "comment_created"],
                },
                "data": {"type": "string", "description": "JSON, on one `data:` line."},
                "id": {
                    "type": "string",
                    "pattern": "^[0-9]+$",
                    "description": "The position to resume after (`Last-Event-ID`); `unread_count` has none of its own.",
                },
                "retry": {"type": "integer", "minimum": 0, "description": "Milliseconds to wait before reconnecting."},
            })),
        );
        s.set(
            "oneOf",
            Json::from(json!([
                event("notification", "Notification", true),
                event("unread_count", "UnreadCount", false),
                event("post_created", "StreamPost", true),
                event("comment_created", "StreamComment", true),
            ])),
        );
    }
    if let Some(s) = schemas.get_mut("NewGroup") {
        s.set(
            "anyOf",
            Json::from(json!([
                {"properties": {"slug": {"type": "string"}}, "required": ["slug"]},
                {"properties": {"name": {"pattern": SLUGGABLE_NAME}}},
            ])),
        );
    }
}

/// The two problem responses every operation refers to (with its own description).
fn problem_responses() -> Json {
    let mut responses = Json::object();
    responses.set("Problem", problem("A problem (RFC 9457) with a stable `code`.", false));
    responses.set(
        "ProblemRetry",
        problem("A problem (RFC 9457) with a stable `code`, to retry after `Retry-After` seconds.", true),
    );
    responses
}

fn problem(description: &str, retry_after: bool) -> Json {
    let mut r = Json::object();
    r.set("description", Json::from(description));
    if retry_after {
        let mut headers = Json::object();
        headers.set(
            "Retry-After",
            Json::from(json!({
                "description": "Seconds to wait before trying again.",
                "required": true,
                "schema": {"type": "integer", "minimum": 1},
            })),
        );
        r.set("headers", headers);
    }
    r.set(
        "content",
        Json::from(json!({"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}})),
    );
    r
}

fn header_param(name: &str, required: bool, description: &str, schema: serde_json::Value) -> Json {
    let mut p = Json::object();
    p.set("name", Json::from(name));
    p.set("in", Json::from("header"));
    p.set("description", Json::from(description));
    p.set("required", Json::Bool(required));
    p.set("schema", Json::from(schema));
    p
}

/// The statuses any operation of this shape can answer, with what they mean.
fn shared_statuses(path: &str, method: &str, op: &Json) -> Vec<(u16, String)> {
    let has_body = op.get("requestBody").is_some();
    let has_query = op
        .get("parameters")
        .and_then(Json::as_array)
        .is_some_and(|ps| ps.iter().any(|p| p.get("in").and_then(Json::as_str) == Some("query")));
    let secured = op.get("security").and_then(Json::as_array).is_some_and(|s| !s.is_empty());
    let keyed = method == "post" && !path.starts_with("/auth/");
    let if_match = needs_if_match(path, method);
    let mut out = Vec::new();
    let mut bad = Vec::new();
    if path.contains('{') {
        bad.push("`malformed_request`: a path segment is not valid UTF-8");
    }
    if has_body {
        bad.push("`malformed_request`: the body is not a JSON object of the right shape");
    }
    if has_query {
        bad.push("`invalid_query`: a query parameter is malformed; `invalid_cursor`: the cursor was not issued for this list");
    }
    if keyed {
        bad.push("`malformed_request`: an `Idempotency-Key` that is not 1–200 visible ASCII characters");
    }
    if !bad.is_empty() {
        out.push((400, bad.join("; ")));
    }
    if secured {
        out.push((
            401,
            "`unauthorized`: a token is needed and missing, or the token is unknown, expired or ended".into(),
        ));
    }
    if has_body || keyed {
        out.push((408, "`request_timeout`: the body arrived too slowly".into()));
    }
    if keyed {
        out.push((
            409,
            "`idempotency_key_reused`: the `Idempotency-Key` was used for another request".into(),
        ));
    }
    if if_match {
        out.push((412, "`precondition_failed`: `If-Match` names another version".into()));
        out.push((428, "`precondition_required`: `If-Match` is missing".into()));
    }
    if has_body || keyed {
        out.push((413, "`payload_too_large`: the body is larger than `limits.max_body_bytes`".into()));
    }
    if has_body {
        out.push((415, "`unsupported_media_type`: the body is not `application/json`".into()));
    }
    out.push((500, "`internal`: the server failed; nothing was written".into()));
    out.push((503, "`busy`: the request took longer than 30 s; nothing was written".into()));
    out
}

fn needs_if_match(path: &str, method: &str) -> bool {
    // The caller's own settings have no versions: an RSVP, a notification level, a block, a
    // push subscription.
    let own = path.ends_with("/rsvp")
        || path.ends_with("/notification-level")
        || path.starts_with("/me/blocks/")
        || path == "/push/subscriptions";
    (matches!(method, "patch" | "put" | "delete") && !own) || (method == "post" && path.ends_with("/resolve"))
}

fn refine_operation(path: &str, method: &str, op: &mut Json) {
    let keyed = method == "post" && !path.starts_with("/auth/");
    // Parameters: If-Match on changes of single resources, Idempotency-Key on POSTs.
    let mut params: Vec<Json> = op.get("parameters").and_then(Json::as_array).cloned().unwrap_or_default();
    if needs_if_match(path, method) {
        params.push(header_param(
            "If-Match",
            true,
            "The resource's current `etag` (or `*` for whatever version is current); 412 when it changed, 428 when missing.",
            json!({"type": "string"}),
        ));
    }
    if keyed {
        params.push(header_param(
            "Idempotency-Key",
            false,
            "A client-chosen key, 1–200 visible ASCII characters; retrying with the same key (and the same request) returns the first result and creates nothing twice, also when the retry arrives while the first request is still being handled. Kept 24 hours per account; answers 408, 429 and 5xx are not kept (a retry with the key runs again), and the same key with another request is a 409 `idempotency_key_reused`.",
            json!({"type": "string", "pattern": "^[!-~]{1,200}$"}),
        ));
    }
    if path == "/stream" {
        params.push(header_param(
            "Last-Event-ID",
            false,
            "Resume after this event, as an `EventSource` sends it when it reconnects by itself; anything but a whole number is ignored.",
            json!({"type": "string"}),
        ));
    }
    if !params.is_empty() {
        op.set("parameters", Json::Array(params));
    }
    // Optional bodies (`Option<T>` in the path attributes): no body at all means the defaults
    // (a JSON `null` is not an object, so it is a 400).
    if let Some(schema) = op.pointer_mut("/requestBody/content/application~1json/schema")
        && let Some(Json::Array(one_of)) = schema.get("oneOf").cloned()
    {
        if let Some(object) = one_of.into_iter().find(|s| s.get("$ref").is_some()) {
            *schema = object;
        }
        if let Some(body) = op.get_mut("requestBody") {
            body.set("description", Json::from("Optional: an empty body means the defaults."));
            body.set("required", Json::Bool(false));
        }
    }
    let shared = shared_statuses(path, method, op);
    let Some(Json::Object(responses)) = op.get_mut("responses") else { return };
    for (status, description) in shared {
        let key = status.to_string();
        match responses.iter_mut().find(|(k, _)| *k == key) {
            Some((_, r)) => {
                let mine = r.get("description").and_then(Json::as_str).unwrap_or("").to_string();
                let merged = if mine.is_empty() { description } else { format!("{mine}; {description}") };
                r.set("description", Json::from(merged));
            }
            None => responses.push((key, Json::object_with("description", Json::from(description)))),
        }
    }
    responses.sort_by_key(|(k, _)| k.parse::<u16>().unwrap_or(999));
    for (key, r) in responses.iter_mut() {
        let status: u16 = key.parse().unwrap_or(0);
        let description = r.get("description").and_then(Json::as_str).unwrap_or("").to_string();
        if status >= 400 {
            let description = if description.is_empty() {
                match status {
                    404 => "`not_found`".to_string(),
                    _ => "A problem".to_string(),
                }
            } else {
                description
            };
            let name = if status == 429 || status == 503 { "ProblemRetry" } else { "Problem" };
            let mut reference =
                Json::object_with("$ref", Json::from(format!("#/components/responses/{name}")));
            reference.set("description", Json::from(description));
            *r = reference;
            continue;
        }
        if description.is_empty() {
            let d = match status {
                200 => "OK",
                201 => "Created",
                204 => "Done; no body",
                _ => "",
            };
            r.set("description", Json::from(d));
        }
        let etag = r
            .pointer("/content/application~1json/schema/$ref")
            .and_then(Json::as_str)
            .and_then(|s| s.strip_prefix("#/components/schemas/"))
            .is_some_and(|s| ETAG_SCHEMAS.contains(&s));
        let mut headers = Json::object();
        if etag {
            headers.set(
                "ETag",
                Json::from(json!({
                    "description": "The resource's `etag`, for `If-Match`.",
                    "required": true,
                    "schema": {"type": "string", "pattern": "^(W/)?\"[!#-~]*\"$"},
                })),
            );
        }
        if keyed {
            headers.set(
                "Idempotent-Replayed",
                Json::from(json!({
                    "description": "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.",
                    "schema": {"type": "string", "enum": ["true"]},
                })),
            );
        }
        if headers != Json::object() {
            // Headers go before the content, as in the problem responses.
            let content = r.remove("content");
            r.set("headers", headers);
            if let Some(c) = content {
                r.set("content", c);
            }
        }
    }
}

// ---- JSON in document order ----------------------------------------------------------------

/// A JSON value that keeps the order of object keys. (`serde_json::Value` sorts them unless
/// serde_json's `preserve_order` feature is on, which would change every crate of the
/// workspace.)
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn object() -> Json {
        Json::Object(Vec::new())
    }

    fn object_with(key: &str, value: Json) -> Json {
        Json::Object(vec![(key.to_string(), value)])
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(m) => m.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Replaces the value of `key`, or appends it.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Json::Object(m) = self {
            match m.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value,
                None => m.push((key.to_string(), value)),
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Json> {
        match self {
            Json::Object(m) => {
                let i = m.iter().position(|(k, _)| k == key)?;
                Some(m.remove(i).1)
            }
            _ => None,
        }
    }

    /// A JSON Pointer (RFC 6901) lookup.
    pub fn pointer(&self, pointer: &str) -> Option<&Json> {
        let mut at = self;
        for token in pointer.split('/').skip(1) {
            let token = token.replace("~1", "/").replace("~0", "~");
            at = match at {
                Json::Array(a) => a.get(token.parse::<usize>().ok()?)?,
                _ => at.get(&token)?,
            };
        }
        Some(at)
    }

    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Json> {
        let mut at = self;
        for token in pointer.split('/').skip(1) {
            let token = token.replace("~1", "/").replace("~0", "~");
            at = match at {
                Json::Array(a) => a.get_mut(token.parse::<usize>().ok()?)?,
                _ => at.get_mut(&token)?,
            };
        }
        Some(at)
    }

    pub fn as_str(&self) -> Option<&str> {
        if let Json::String(s) = self { Some(s) } else { None }
    }

    pub fn as_u64(&self) -> Option<u64> {
        if let Json::Number(n) = self { n.as_u64() } else { None }
    }

    pub fn as_array(&self) -> Option<&Vec<Json>> {
        if let Json::Array(a) = self { Some(a) } else { None }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::String(s.to_string())
    }
}

impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::String(s)
    }
}

impl From<serde_json::Value> for Json {
    fn from(v: serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Number(n),
            serde_json::Value::String(s) => Json::String(s),
            serde_json::Value::Array(a) => Json::Array(a.into_iter().map(Json::from).collect()),
            serde_json::Value::Object(m) => {
                // serde_json sorts keys; `type` reads best first, as utoipa writes it.
                let mut fields: Vec<(String, Json)> =
                    m.into_iter().map(|(k, v)| (k, Json::from(v))).collect();
                fields.sort_by_key(|(k, _)| k != "type");
                Json::Object(fields)
            }
        }
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Number(n) => n.serialize(s),
            Json::String(v) => s.serialize_str(v),
            Json::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Json::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Json;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_none<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
                Ok(Json::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
                Ok(Json::Number(n.into()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
                Ok(Json::Number(n.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Json, E> {
                serde_json::Number::from_f64(n)
                    .map(Json::Number)
                    .ok_or_else(|| E::custom("not a JSON number"))
            }
            fn visit_str<E>(self, s: &str) -> Result<Json, E> {
                Ok(Json::String(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Json, E> {
                Ok(Json::String(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Json, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = a.next_element()? {
                    out.push(v);
                }
                Ok(Json::Array(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Json, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, Json>()? {
                    out.push((k, v));
                }
                Ok(Json::Object(out))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    fn doc() -> Value {
        serde_json::from_str(&super::document_json()).unwrap()
    }

    fn operations(doc: &Value) -> Vec<(String, String, Value)> {
        let mut out = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                out.push((path.clone(), method.clone(), op.clone()));
            }
        }
        out
    }

    #[test]
    fn document_is_openapi_3_1_with_every_path() {
        let doc = doc();
        assert_eq!(doc["openapi"], "3.1.0");
        assert!(doc["paths"].as_object().unwrap().len() >= 40);
        assert!(doc["components"]["schemas"]["Problem"].is_object());
        assert!(doc["paths"]["/posts/{id}"]["patch"]["parameters"].to_string().contains("If-Match"));
        assert!(!doc["paths"]["/events/{id}/rsvp"]["put"]["parameters"].to_string().contains("If-Match"));
        // The keys keep their order: `openapi` first, as utoipa writes it.
        assert!(super::document_json().starts_with("{\n  \"openapi\": \"3.1.0\""));
    }

    /// Every `$ref` names something the document defines.
    #[test]
    fn every_ref_resolves() {
        fn walk(v: &Value, doc: &Value, at: &str, bad: &mut Vec<String>) {
            match v {
                Value::Object(m) => {
                    if let Some(r) = m.get("$ref") {
                        let target = r.as_str().and_then(|r| r.strip_prefix('#')).map(|p| doc.pointer(p));
                        if !matches!(target, Some(Some(_))) {
                            bad.push(format!("{at}: {r}"));
                        }
                    }
                    for (k, v) in m {
                        walk(v, doc, &format!("{at}/{k}"), bad);
                    }
                }
                Value::Array(a) => {
                    for (i, v) in a.iter().enumerate() {
                        walk(v, doc, &format!("{at}/{i}"), bad);
                    }
                }
                _ => {}
            }
        }
        let doc = doc();
        let mut bad = Vec::new();
        walk(&doc, &doc, "", &mut bad);
        assert!(bad.is_empty(), "unresolved references:\n{}", bad.join("\n"));
    }

    /// Path parameters are exactly the path template's names, and required; every other
    /// parameter is in the query or a header.
    #[test]
    fn path_parameters_match_their_templates() {
        let doc = doc();
        let mut bad = Vec::new();
        for (path, method, op) in operations(&doc) {
            let mut template: Vec<String> = path
                .split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
                .collect();
            template.sort();
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let mut declared: Vec<String> = Vec::new();
            for p in &params {
                let name = p["name"].as_str().unwrap_or("").to_string();
                match p["in"].as_str() {
                    Some("path") => {
                        if p["required"] != true {
                            bad.push(format!("{method} {path}: path parameter {name} is not required"));
                        }
                        if !template.contains(&name) {
                            bad.push(format!("{method} {path}: path parameter {name} is not in the path"));
                        }
                        declared.push(name);
                    }
                    Some("query" | "header") => {}
                    other => bad.push(format!("{method} {path}: {name} is in {other:?}")),
                }
            }
            declared.sort();
            if declared != template {
                bad.push(format!("{method} {path}: path parameters {declared:?}, template {template:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    /// Every operation lists its statuses (no catch-all `default`); every problem status comes
    /// as problem+json, and 429 and 503 with `Retry-After`.
    #[test]
    fn statuses_are_listed_with_problem_bodies() {
        let doc = doc();
        let mut bad = Vec::new();
        for (path, method, op) in operations(&doc) {
            let responses = op["responses"].as_object().unwrap();
            for must in ["500", "503"] {
                if !responses.contains_key(must) {
                    bad.push(format!("{method} {path}: no {must}"));
                }
            }
            for (status, r) in responses {
                let Ok(code) = status.parse::<u16>() else {
                    bad.push(format!("{method} {path}: response {status}"));
                    continue;
                };
                let r = match r["$ref"].as_str().and_then(|p| p.strip_prefix('#')) {
                    Some(p) => doc.pointer(p).unwrap(),
                    None => r,
                };
                if code >= 400
                    && r["content"]["application/problem+json"]["schema"]["$ref"]
                        != "#/components/schemas/Problem"
                {
                    bad.push(format!("{method} {path}: {status} is not a problem"));
                }
                if (code == 429 || code == 503) && r["headers"]["Retry-After"]["required"] != true {
                    bad.push(format!("{method} {path}: {status} without Retry-After"));
                }
                if responses[status]["description"].as_str().unwrap_or("").is_empty() {
                    bad.push(format!("{method} {path}: {status} has no description"));
                }
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    /// The problem codes of the document are those of `codes` in common.rs.
    #[test]
    fn problem_codes_are_those_of_common_rs() {
        let source = include_str!("common.rs");
        let module = source.split("pub mod codes {").nth(1).unwrap().split("\n}").next().unwrap();
        let mut in_source: Vec<&str> = module
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub const "))
            .filter_map(|l| l.split('"').nth(1))
            .collect();
        let mut documented = super::PROBLEM_CODES.to_vec();
        in_source.sort();
        documented.sort();
        assert_eq!(documented, in_source);
    }

    /// The text rules name real properties, and every string a request body carries has a rule
    /// (a pattern, an enum or a format) unless it is one of the few free ones.
    #[test]
    fn request_strings_are_constrained() {
        let doc = doc();
        let schemas = &doc["components"]["schemas"];
        for (schema, property, _) in super::TEXT_RULES {
            let p = &schemas[schema]["properties"][property];
            assert!(p.is_object(), "TEXT_RULES names {schema}.{property}, which does not exist");
            assert!(
                p["pattern"].is_string() || p["items"]["pattern"].is_string(),
                "{schema}.{property} has no pattern"
            );
        }
        // Free text the server checks only for length, or not at all.
        let free = [
            "LoginRequest.username",
            "LoginRequest.password",
            "RegisterRequest.password",
            "PasswordChange.current_password",
            "PasswordChange.new_password",
        ];
        let mut bodies: Vec<String> = Vec::new();
        for (_, _, op) in operations(&doc) {
            if let Some(r) = op["requestBody"]["content"]["application/json"]["schema"].as_object() {
                let s = serde_json::to_string(r).unwrap();
                for name in s.split("#/components/schemas/").skip(1) {
                    bodies.push(name.split('"').next().unwrap().to_string());
                }
            }
        }
        let mut bad = Vec::new();
        for name in bodies {
            for (prop, p) in schemas[&name]["properties"].as_object().into_iter().flatten() {
                let types = p["type"].to_string();
                let string = types.contains("string") && !types.contains("array");
                let ruled =
                    p.get("pattern").is_some() || p.get("enum").is_some() || p.get("format").is_some();
                if string && !ruled && !free.contains(&format!("{name}.{prop}").as_str()) {
                    bad.push(format!("{name}.{prop}"));
                }
                // Arrays of strings (of numbers, the items' own bounds do).
                if types.contains("array")
                    && p["items"]["type"].to_string().contains("string")
                    && !p["items"]["pattern"].is_string()
                {
                    bad.push(format!("{name}.{prop}[]"));
                }
            }
        }
        assert!(bad.is_empty(), "request strings without a rule: {bad:?}");
    }

    #[test]
    fn text_patterns_count_the_trimmed_minimum() {
        assert_eq!(super::line_pattern(0), format!("^[^{}]*$", super::LINE_FORBIDDEN));
        let p = super::text_pattern(10);
        assert!(p.contains("]{8,}[^"), "{p}");
        assert!(super::TIME_ZONES.split_whitespace().any(|z| z == "Europe/Berlin"));
        assert_eq!(super::TIME_ZONES.split_whitespace().count(), 597);
    }

    /// Base64url lengths: 16 bytes are 22 characters (the last with 4 unused bits), 65 are 87
    /// (the last with 2); 3 bytes fill 4 characters exactly.
    #[test]
    fn push_key_patterns_count_bytes() {
        assert_eq!(super::base64url_pattern(16), "^[A-Za-z0-9_-]{21}[AQgw]={0,2}$");
        assert_eq!(super::base64url_pattern(3), "^[A-Za-z0-9_-]{4}$");
        assert_eq!(super::p256_point_pattern(), "^B[A-P][A-Za-z0-9_-]{84}[AEIMQUYcgkosw048]=?$");
        assert!(super::push_endpoint_pattern().starts_with("^https://[a-z]"));
        assert!(super::push_endpoint_local_pattern().contains("(localhost|local|internal)"));
    }
}
