//! The conformance suite of Kith's REST contract: named checks that exercise every endpoint
//! and permission rule over HTTP against any backend, then print `N passed, N failed`.
//!
//! It registers its own users and groups under a per-run prefix, so it needs no demo data and
//! can run again and again against the same backend. Areas run in order; inside an area,
//! checks run in sequence and a failing check never stops the others.

/// Returns early with a message unless the condition holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

mod client;
mod sse;
mod world;

mod abuse;
mod auth;
mod bad_input;
mod comments;
mod events;
mod general;
mod groups;
mod hardening;
mod ics;
mod idempotency;
mod membership;
mod moderation;
mod notifications;
mod paging;
mod permissions;
mod polls;
mod posts;
mod profiles;
mod reactions;
mod resources;
mod series;
mod shared;
mod visibility;

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

use client::Http;
use world::World;

/// What a check or step returns: `Err` carries what was expected and what came.
pub type Outcome<T> = Result<T, String>;

pub const HELP: &str = "\
conformance: checks a backend against Kith's REST contract over HTTP.

Usage: conformance --base URL [--filter SUBSTRING] [--wait SECONDS] [--verbose]

  --base URL          the backend's origin, e.g. http://127.0.0.1:8080; several servers of one
                      backend (one database) separated by commas: requests alternate
                      between them, and the `shared` checks run
                      (env KITH_CONFORMANCE_BASE)
  --wait SECONDS      wait up to SECONDS for the backend to answer GET /meta
                      (for a server that was just started); default 0
  --filter SUBSTRING  report only checks whose name contains SUBSTRING, e.g. auth/ or
                      -401; areas that cannot match are skipped
  --verbose, -v       print every request with its status and time
  --help, -h          this text

Prints PASS or FAIL per check and ends with `N passed, N failed`; exits 0 only when no
check failed and at least one ran. The suite registers its own users and groups (about 45
sign-ups a run). Its last area, abuse/, floods and guesses on purpose: it spends this
address's login-failure budget, so run it again after two minutes (or --filter it out).
";

/// An area's checks.
type Area = fn(&Suite, &World);

/// The areas in the order they run. Check names start with the area name and a slash.
const AREAS: &[(&str, Area)] = &[
    ("general", general::run),
    ("meta", general::run_meta),
    ("auth", auth::run),
    ("groups", groups::run),
    ("membership", membership::run),
    ("resources", resources::run),
    ("posts", posts::run),
    ("reactions", reactions::run),
    ("comments", comments::run),
    ("events", events::run),
    ("ics", ics::run),
    ("series", series::run),
    ("polls", polls::run),
    ("visibility", visibility::run),
    ("me", profiles::run_me),
    ("profiles", profiles::run),
    ("moderation", moderation::run),
    ("permissions", permissions::run),
    ("idempotency", idempotency::run),
    ("paging", paging::run),
    ("bad-input", bad_input::run),
    ("hardening", hardening::run),
    ("notifications", notifications::run),
    ("shared", shared::run),
    // Last: it spends the suite's login and creation budgets.
    ("abuse", abuse::run),
];

#[derive(Debug, PartialEq)]
struct Options {
    base: String,
    filter: Option<String>,
    wait_secs: u64,
    verbose: bool,
}

fn parse_args(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Option<Options>, String> {
    let mut base = None;
    let mut filter = None;
    let mut wait_secs = 0;
    let mut verbose = false;
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| {
            inline.clone().or_else(|| args.next()).ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--help" | "-h" => return Ok(None),
            "--base" => base = Some(value("--base")?),
            "--filter" => filter = Some(value("--filter")?),
            "--wait" => {
                let v = value("--wait")?;
                wait_secs = v.parse().map_err(|_| format!("--wait needs a number of seconds, got {v:?}"))?;
            }
            "--verbose" | "-v" => verbose = true,
            other => return Err(format!("unknown argument {other:?} (see --help)")),
        }
    }
    let base = base
        .or_else(|| env("KITH_CONFORMANCE_BASE"))
        .filter(|b| !b.trim().is_empty())
        .ok_or("--base URL is required (or set KITH_CONFORMANCE_BASE)")?;
    if !(base.starts_with("http://") || base.starts_with("https://")) {
        return Err(format!("--base must be an http:// URL, e.g. http://127.0.0.1:8080 (got {base:?})"));
    }
    Ok(Some(Options { base, filter: filter.filter(|f| !f.is_empty()), wait_secs, verbose }))
}

/// Runs the suite; returns the process exit status.
pub fn main(args: impl IntoIterator<Item = String>, env: impl Fn(&str) -> Option<String>) -> i32 {
    let options = match parse_args(args, env) {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{HELP}");
            return 0;
        }
        Err(e) => {
            eprintln!("conformance: {e}");
            return 2;
        }
    };
    // A panicking check is reported as a failure; keep the default hook's noise out.
    std::panic::set_hook(Box::new(|_| {}));
    let started = Instant::now();
    let suite = Suite::new(&options);
    let against: Vec<String> =
        suite.http.origins().iter().map(|o| format!("{o}{}", kith_api::BASE_PATH)).collect();
    println!("Kith conformance suite against {}", against.join(" and "));

    let deadline = Instant::now() + std::time::Duration::from_secs(options.wait_secs);
    let mut reachable = suite.http.get("/meta").send();
    while reachable.is_err() && Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(200));
        reachable = suite.http.get("/meta").send();
    }
    if let Err(e) = reachable {
        suite.report(
            "general/backend-reachable",
            Err(format!("cannot reach the backend at {}: {e}", suite.http.origin())),
        );
        return suite.finish(started);
    }

    let world = match catch(|| World::set_up(&suite.http)) {
        Ok(w) => w,
        Err(e) => {
            suite.report(
                "setup/world",
                Err(format!("could not register the suite's users and groups, so no check can run: {e}")),
            );
            return suite.finish(started);
        }
    };
    if options.verbose {
        println!("run id {} (users and groups are named cf-{}-…)", world.run, world.run);
    }

    for (area, run) in AREAS {
        if suite.area_selected(area) {
            run(&suite, &world);
        }
    }

    if suite.area_selected("general") {
        suite.check("general/no-5xx-responses", || {
            let errors = suite.http.server_errors();
            ensure!(
                errors.is_empty(),
                "{} response(s) had a 5xx status; the first: {}",
                errors.len(),
                errors[0]
            );
            Ok(())
        });
    }
    suite.finish(started)
}

/// Runs `f`, turning a panic into an `Err`.
fn catch<T>(f: impl FnOnce() -> Outcome<T>) -> Outcome<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            Err(format!("the check panicked: {msg}"))
        }
    }
}

/// Runs and counts checks.
pub struct Suite {
    pub http: Http,
    filter: Option<String>,
    passed: Cell<u32>,
    failed: Cell<u32>,
    failures: RefCell<Vec<String>>,
}

impl Suite {
    fn new(o: &Options) -> Suite {
        Suite {
            http: Http::new(&o.base, o.verbose),
            filter: o.filter.clone(),
            passed: Cell::new(0),
            failed: Cell::new(0),
            failures: RefCell::new(Vec::new()),
        }
    }

    fn selected(&self, name: &str) -> bool {
        self.filter.as_deref().is_none_or(|f| name.contains(f))
    }

    /// Whether any check of the area could match the filter. Check names have exactly one
    /// slash, so a filter with a slash matches only areas whose name ends with the part
    /// before it.
    fn area_selected(&self, area: &str) -> bool {
        match self.filter.as_deref() {
            None => true,
            Some(f) => match f.split_once('/') {
                None => true,
                Some((before, _)) => area.ends_with(before),
            },
        }
    }

    /// Runs a check. Every check of a running area executes (later ones may depend on the
    /// state it creates), but only those matching the filter are printed and counted.
    pub fn check(&self, name: &str, f: impl FnOnce() -> Outcome<()>) -> bool {
        self.check_value(name, f).is_some()
    }

    /// Runs a check that yields a value later checks use.
    pub fn check_value<T>(&self, name: &str, f: impl FnOnce() -> Outcome<T>) -> Option<T> {
        let result = catch(f);
        let ok = result.as_ref().map(|_| ()).map_err(|e| e.clone());
        self.report(name, ok);
        result.ok()
    }

    /// Runs an area's preparation; a failure is reported as `<area>/setup` and the caller
    /// skips the area.
    pub fn setup<T>(&self, area: &str, f: impl FnOnce() -> Outcome<T>) -> Option<T> {
        match catch(f) {
            Ok(v) => Some(v),
            Err(e) => {
                self.report(
                    &format!("{area}/setup"),
                    Err(format!("preparing the area failed, its checks did not run: {e}")),
                );
                None
            }
        }
    }

    fn report(&self, name: &str, result: Outcome<()>) {
        if !self.selected(name) && !name.ends_with("/setup") && !name.starts_with("setup/") {
            return;
        }
        match result {
            Ok(()) => {
                self.passed.set(self.passed.get() + 1);
                println!("PASS {name}");
            }
            Err(e) => {
                self.failed.set(self.failed.get() + 1);
                let line = format!("{name}: {e}");
                println!("FAIL {line}");
                self.failures.borrow_mut().push(line);
            }
        }
    }

    fn finish(&self, started: Instant) -> i32 {
        let (passed, failed) = (self.passed.get(), self.failed.get());
        let failures = self.failures.borrow();
        if !failures.is_empty() {
            println!("\nFailed checks:");
            for f in failures.iter() {
                println!("  {}", client::snippet(f, 300));
            }
        }
        if passed + failed == 0 {
            println!("\nno check matched --filter {:?}", self.filter.as_deref().unwrap_or(""));
        }
        println!("\n{} requests in {:.1} s", self.http.request_count(), started.elapsed().as_secs_f64());
        println!("{passed} passed, {failed} failed");
        if failed == 0 && passed > 0 { 0 } else { 1 }
    }
}

/// The value a check depends on, or a failure naming the check that did not provide it.
pub fn need<'a, T>(value: &'a Option<T>, from: &str) -> Outcome<&'a T> {
    value.as_ref().ok_or_else(|| format!("depends on {from}, which failed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_flags_env_and_help() {
        let none = |_: &str| None;
        let o = parse_args(args(&["--base", "http://h:1", "--filter=auth/", "-v", "--wait", "5"]), none)
            .unwrap()
            .unwrap();
        assert_eq!(o.base, "http://h:1");
        assert_eq!(o.wait_secs, 5);
        assert!(parse_args(args(&["--base", "http://h:1", "--wait", "soon"]), none).is_err());
        assert_eq!(o.filter.as_deref(), Some("auth/"));
        assert!(o.verbose);
        let env = |k: &str| (k == "KITH_CONFORMANCE_BASE").then(|| "http://e:2".to_string());
        assert_eq!(parse_args(args(&[]), env).unwrap().unwrap().base, "http://e:2");
        assert!(parse_args(args(&["--help"]), none).unwrap().is_none());
        assert!(parse_args(args(&[]), none).is_err());
        assert!(parse_args(args(&["--base", "localhost:8080"]), none).is_err());
        assert!(parse_args(args(&["--base"]), none).is_err());
        assert!(parse_args(args(&["--bogus"]), none).is_err());
    }

    #[test]
    fn filters_select_areas_and_checks() {
        let s = |f: Option<&str>| {
            Suite::new(&Options {
                base: "http://x".into(),
                filter: f.map(str::to_string),
                wait_secs: 0,
                verbose: false,
            })
        };
        let all = s(None);
        assert!(all.area_selected("posts") && all.selected("posts/create-201"));
        let slash = s(Some("posts/pin"));
        assert!(slash.area_selected("posts"));
        assert!(!slash.area_selected("comments"));
        assert!(slash.selected("posts/pin-200") && !slash.selected("posts/unpin-200"));
        let bare = s(Some("-401"));
        assert!(bare.area_selected("comments") && bare.area_selected("auth"));
        assert!(s(Some("/login")).area_selected("auth"));
    }
}
