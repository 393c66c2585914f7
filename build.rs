//! Compiles the English catalog (`locales/en/*.ftl`, one file per area) into the app: the sorted
//! message ids, every message's text in that order (no ids, comments or indentation: every
//! member downloads it), and the `__tr_index!` macro `tr!` uses to turn an id into its number.
//! An id English lacks is a compile error where `tr!` names it, and English that does not read
//! fails the build. (Other languages are fetched data, checked by `core::i18n::catalog_check`;
//! a message missing there falls back to English.)

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/core/i18n/fluent.rs"]
mod fluent;

/// `text` with every `{ other-id }` replaced by that message's text (post-build.mjs does the same
/// for the other languages).
fn inline(text: &str, texts: &std::collections::BTreeMap<String, String>, depth: u8) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let close = after.find('}').unwrap_or(after.len());
        let inner = after[..close].trim();
        let is_ref = inner.starts_with(|c: char| c.is_ascii_alphabetic())
            && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        match texts.get(inner) {
            Some(t) if is_ref && depth < 8 => {
                out.push_str(&inline(t, texts, depth + 1));
                rest = after.get(close + 1..).unwrap_or("");
            }
            _ if is_ref => panic!("locales/en: `{{ {inner} }}` names no message"),
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Folders whose code runs only in chunks, by the name of the English they add when loaded
/// (src/chunks.rs, `(texts: NAME, …)`): the English of messages used nowhere else is not in the
/// main module, and each chunk brings only its own.
const LAZY_GROUPS: &[(&str, &str)] = &[
    ("EVENTS", "src/features/events/"),
    ("MODERATION", "src/features/moderation/"),
    ("POLLS", "src/features/polls/"),
    ("ACCOUNT", "src/features/account/"),
    ("PROFILES", "src/features/profiles/"),
];
/// Files in those folders that other pages use too, directly or through these (their messages
/// stay in the main module). The pseudo-locale sweep over every route finds one missing here: a
/// message whose text is not loaded shows its number.
const SHARED_FILES: &[&str] = &[
    "src/features/moderation/guidelines.rs",
    "src/features/moderation/report_button.rs",
    "src/features/moderation/remove_in_place.rs",
    "src/features/moderation/mod_view.rs",
    "src/features/moderation/mod_kit.rs",
    "src/features/moderation/problems.rs",
    "src/features/moderation/sanctions.rs",
    "src/features/polls/poll_settings.rs",
];

fn rs_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Which files name each message with `tr!("id"`.
fn users() -> std::collections::BTreeMap<String, Vec<String>> {
    let mut files = Vec::new();
    rs_files(Path::new("src"), &mut files);
    let mut out: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for f in files {
        let path = f.to_string_lossy().replace('\\', "/");
        let text = fs::read_to_string(&f).unwrap_or_default();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let mut rest = line;
            while let Some(i) = rest.find("tr!(\"") {
                rest = &rest[i + 5..];
                if let Some(end) = rest.find('"') {
                    out.entry(rest[..end].to_string()).or_default().push(path.clone());
                }
            }
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=locales/en");
    println!("cargo:rerun-if-changed=src");
    let mut files: Vec<_> = fs::read_dir("locales/en")
        .expect("locales/en")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        // The service worker's messages are not the app's.
        .filter(|p| p.file_name().is_some_and(|n| n != "push.ftl"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let text = fs::read_to_string(f).expect("read a catalog");
        let (list, errors) = fluent::entries(&text);
        if let Some(e) = errors.first() {
            panic!("{}:{}: {}", f.display(), e.line, e.what);
        }
        for e in list {
            if let Err(what) = fluent::pattern(&e.text) {
                panic!("{}:{}: `{}`: {what}", f.display(), e.line, e.id);
            }
            all.push(e);
        }
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = all.windows(2).find(|w| w[0].id == w[1].id) {
        panic!("locales/en: `{}` is defined twice", w[0].id);
    }
    // Messages naming another (`{ other-id }`) get its text in place: the app has no ids.
    let texts: std::collections::BTreeMap<String, String> =
        all.iter().map(|e| (e.id.clone(), e.text.clone())).collect();
    for e in &mut all {
        e.text = inline(&e.text, &texts, 0);
    }
    let mut out = String::new();
    out.push_str("/// Every message id, sorted: a message's number is its place here (tests only: the app\n");
    out.push_str(
        "/// names messages by number, and post-build.mjs compiles other languages in this order).\n",
    );
    out.push_str("#[cfg(test)]\npub const IDS: &[&str] = &[\n");
    for e in &all {
        let _ = writeln!(out, "    {:?},", e.id);
    }
    out.push_str("];\n\n");
    // Messages only one lazy folder uses travel with its chunks (`add_english`).
    let users = users();
    let group = |id: &str| -> Option<&str> {
        let files = users.get(id)?;
        LAZY_GROUPS.iter().find_map(|(name, dir)| {
            files.iter().all(|f| f.starts_with(dir) && !SHARED_FILES.contains(&f.as_str())).then_some(*name)
        })
    };
    let values: Vec<&str> =
        all.iter().map(|e| if group(&e.id).is_some() { "" } else { e.text.as_str() }).collect();
    out.push_str("/// English, in the order of [`IDS`], separated by U+0001 (empty: in one of [`lazy`]).\n");
    let _ = writeln!(out, "pub const ENGLISH_VALUES: &str = {:?};\n", values.join("\u{1}"));
    out.push_str(
        "/// The English only some chunks use: `number U+0002 text`, separated by U+0001.\npub mod lazy {\n",
    );
    for (name, _) in LAZY_GROUPS {
        let later: Vec<String> = all
            .iter()
            .enumerate()
            .filter(|(_, e)| group(&e.id) == Some(name))
            .map(|(i, e)| format!("{i}\u{2}{}", e.text))
            .collect();
        let _ = writeln!(out, "    pub const {name}: &str = {:?};", later.join("\u{1}"));
    }
    let names: Vec<&str> = LAZY_GROUPS.iter().map(|(n, _)| *n).collect();
    let _ = writeln!(
        out,
        "    /// Every one (native builds have no chunks).\n    pub const ALL: &[&str] = &[{}];\n}}\n",
        names.join(", ")
    );
    out.push_str("/// A message id's number (used by `tr!`); an unknown id does not compile.\n");
    out.push_str("macro_rules! __tr_index {\n");
    for (i, e) in all.iter().enumerate() {
        let _ = writeln!(out, "    ({:?}) => {{ {i}usize }};", e.id);
    }
    out.push_str(
        "    ($other:tt) => { compile_error!(concat!(\"no message `\", $other, \"` in locales/en/*.ftl\")) };\n}\n",
    );
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    fs::write(Path::new(&dir).join("i18n_gen.rs"), out).expect("write i18n_gen.rs");
}
