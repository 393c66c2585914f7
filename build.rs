//! Joins the English catalog (`locales/en/*.ftl`, one file per area) into one text the app
//! compiles in (comments and indentation left out), and fails the build when a `tr!("id")` in `src/` names a message English lacks.
//! (Other languages are checked by `tests/catalogs.rs`: they are fetched data, and a missing
//! message there falls back to English.)

use std::fs;
use std::path::Path;

fn ftl_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect())
        .unwrap_or_default();
    files.sort();
    files
}

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

/// Message ids defined in a catalog: lines `id = …` at the start of a line.
fn defined(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.starts_with([' ', '\t', '#']) && l.contains('='))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .filter(|id| !id.is_empty())
        .collect()
}

/// Ids used as `tr!("id"` in Rust source (comments aside).
fn used(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(i) = rest.find("tr!(\"") {
            rest = &rest[i + 5..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=locales/en");
    println!("cargo:rerun-if-changed=src");
    let mut joined = String::new();
    for f in ftl_files(Path::new("locales/en")) {
        println!("cargo:rerun-if-changed={}", f.display());
        // The service worker's messages are not the app's.
        if f.file_name().is_some_and(|n| n == "push.ftl") {
            continue;
        }
        joined.push_str(&fs::read_to_string(&f).unwrap_or_default());
        joined.push('\n');
    }
    // What the wasm carries is only what the reader needs: no comments, blank lines or
    // indentation beyond one space (every member downloads it).
    let joined: String = joined
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| if l.starts_with([' ', '\t']) { format!(" {}\n", l.trim_start()) } else { format!("{l}\n") })
        .collect();
    let ids: std::collections::BTreeSet<String> = defined(&joined).into_iter().collect();
    let mut sources = Vec::new();
    rs_files(Path::new("src"), &mut sources);
    let mut missing = Vec::new();
    for f in sources {
        let text = fs::read_to_string(&f).unwrap_or_default();
        for id in used(&text) {
            if !ids.contains(&id) {
                missing.push(format!("{}: {id}", f.display()));
            }
        }
    }
    if !missing.is_empty() {
        panic!("messages used in src/ but missing from locales/en/*.ftl:\n  {}", missing.join("\n  "));
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    fs::write(Path::new(&out).join("en.ftl"), joined).expect("write en.ftl");
}
