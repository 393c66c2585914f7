//! Command line and `KITH_*` environment settings; a flag wins over its variable.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

pub const HELP: &str = "\
kith-server: Kith's reference backend and the static host of the built app

USAGE:
    kith-server [OPTIONS]

OPTIONS:
    --addr <ADDR>             Address to listen on [env: KITH_ADDR] [default: 127.0.0.1:8080]
    --data-dir <DIR>          Where the SQLite database lives; created on first start
                              [env: KITH_DATA_DIR] [default: ./data]
    --database <URL>          A PostgreSQL database (postgres://user:password@host:port/name)
                              instead of SQLite; any number of servers may share it
                              [env: KITH_DATABASE_URL]
    --dist <DIR>              The built app (trunk build output) to serve
                              [env: KITH_DIST] [default: ./dist]
    --demo                    Seed demo data when the database is empty [env: KITH_DEMO=1]
    --community-name <NAME>   Name the app shows, sent in /config.json
                              [env: KITH_COMMUNITY_NAME] [default: Kith]
    --cors-origins <LIST>     Comma-separated origins allowed to call the API from a browser
                              (an app hosted on a CDN) [env: KITH_CORS_ORIGINS]
    --connect-src <LIST>      Extra backend origins the app's CSP lets members switch to,
                              space-separated [env: KITH_CONNECT_SRC]
    --trusted-proxies <LIST>  Comma-separated addresses of reverse proxies in front of the
                              server; their X-Forwarded-For names the client for the abuse
                              limits [env: KITH_TRUSTED_PROXIES]
    --no-rate-limits          Turn off the per-account and per-address rate limits (only for
                              seeding benchmarks; never in production) [env: KITH_RATE_LIMITS=off]
    --no-push                 Send no web pushes (and do not advertise the capability)
                              [env: KITH_PUSH=off]
    --push-subject <URI>      How push services reach the operator (the VAPID `sub` claim)
                              [env: KITH_PUSH_SUBJECT] [default: mailto:admin@localhost]
    --push-allow-http         Accept http push endpoints (only for tests with a receiver on
                              loopback; never in production) [env: KITH_PUSH_ALLOW_HTTP=1]
    -h, --help                Print this help
";

/// Everything the server needs to start.
#[derive(Clone, Debug)]
pub struct Settings {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    /// A `postgres://` URL; SQLite in `data_dir` when absent.
    pub database: Option<String>,
    pub dist: PathBuf,
    pub demo: bool,
    pub community_name: String,
    pub cors_origins: Vec<String>,
    pub connect_src: Vec<String>,
    pub trusted_proxies: Vec<IpAddr>,
    pub rate_limits: bool,
    pub push: bool,
    pub push_subject: String,
    pub push_allow_http: bool,
}

/// What the command line asked for.
#[derive(Debug)]
pub enum Command {
    Run(Box<Settings>),
    Help,
    /// `expand-rules` (hidden, for tests/recur): recurrence rules on stdin, their dates on stdout.
    ExpandRules,
}

fn truthy(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on")
}

/// Parses arguments (without the program name) over an environment lookup.
pub fn parse(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Command, String> {
    let mut addr = env("KITH_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
    let mut data_dir = env("KITH_DATA_DIR").unwrap_or_else(|| "data".into());
    let mut database = env("KITH_DATABASE_URL").filter(|v| !v.trim().is_empty());
    let mut dist = env("KITH_DIST").unwrap_or_else(|| "dist".into());
    let mut demo = env("KITH_DEMO").is_some_and(|v| truthy(&v));
    let mut community_name = env("KITH_COMMUNITY_NAME").unwrap_or_else(|| "Kith".into());
    let mut cors = env("KITH_CORS_ORIGINS").unwrap_or_default();
    let mut connect = env("KITH_CONNECT_SRC").unwrap_or_default();
    let mut proxies = env("KITH_TRUSTED_PROXIES").unwrap_or_default();
    let mut rate_limits = !env("KITH_RATE_LIMITS")
        .is_some_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "0" | "false" | "no" | "off"));

    let off = |v: String| matches!(v.trim().to_ascii_lowercase().as_str(), "0" | "false" | "no" | "off");
    let mut push = !env("KITH_PUSH").is_some_and(off);
    let mut push_subject = env("KITH_PUSH_SUBJECT").unwrap_or_else(|| "mailto:admin@localhost".into());
    let mut push_allow_http = env("KITH_PUSH_ALLOW_HTTP").is_some_and(|v| truthy(&v));

    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| it.next()).ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "expand-rules" => return Ok(Command::ExpandRules),
            "--demo" => demo = true,
            "--addr" => addr = value("--addr")?,
            "--data-dir" => data_dir = value("--data-dir")?,
            "--database" => database = Some(value("--database")?),
            "--dist" => dist = value("--dist")?,
            "--community-name" => community_name = value("--community-name")?,
            "--cors-origins" => cors = value("--cors-origins")?,
            "--connect-src" => connect = value("--connect-src")?,
            "--trusted-proxies" => proxies = value("--trusted-proxies")?,
            "--no-rate-limits" => rate_limits = false,
            "--no-push" => push = false,
            "--push-subject" => push_subject = value("--push-subject")?,
            "--push-allow-http" => push_allow_http = true,
            other => return Err(format!("unknown argument {other:?}; see --help")),
        }
    }
    if let Some(url) = &database
        && crate::db::engine_of(url) != Some(crate::db::Engine::Postgres)
    {
        return Err(
            "--database takes a postgres:// (or postgresql://) URL; without it, SQLite lives in --data-dir"
                .into(),
        );
    }
    let addr = addr.parse().map_err(|_| format!("--addr {addr:?} is not an address like 127.0.0.1:8080"))?;
    let cors_origins = cors.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
    let connect_src = connect.split_whitespace().map(String::from).collect();
    let trusted_proxies = proxies
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|p| p.parse::<IpAddr>().map_err(|_| format!("--trusted-proxies: {p:?} is not an IP address")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Command::Run(Box::new(Settings {
        addr,
        data_dir: data_dir.into(),
        database,
        dist: dist.into(),
        demo,
        community_name,
        cors_origins,
        connect_src,
        trusted_proxies,
        rate_limits,
        push,
        push_subject,
        push_allow_http,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str], env: &[(&str, &str)]) -> Result<Settings, String> {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        match parse(args.iter().map(|s| s.to_string()), |k| {
            env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
        })? {
            Command::Run(s) => Ok(*s),
            Command::Help => Err("help".into()),
            Command::ExpandRules => Err("expand-rules".into()),
        }
    }

    #[test]
    fn defaults_env_and_flags() {
        let s = run(&[], &[]).unwrap();
        assert_eq!(s.addr.to_string(), "127.0.0.1:8080");
        assert!(!s.demo);
        let s = run(&["--addr=0.0.0.0:9000"], &[("KITH_ADDR", "127.0.0.1:1"), ("KITH_DEMO", "1")]).unwrap();
        assert_eq!(s.addr.to_string(), "0.0.0.0:9000");
        assert!(s.demo);
        let s = run(&["--cors-origins", "https://a.example, https://b.example"], &[]).unwrap();
        assert_eq!(s.cors_origins, vec!["https://a.example", "https://b.example"]);
        assert!(s.rate_limits && s.trusted_proxies.is_empty());
        let s = run(&["--trusted-proxies", "10.0.0.1, ::1"], &[("KITH_RATE_LIMITS", "off")]).unwrap();
        assert!(!s.rate_limits);
        assert_eq!(s.trusted_proxies.len(), 2);
        assert!(run(&["--trusted-proxies", "proxy.example"], &[]).is_err());
        let s = run(&[], &[]).unwrap();
        assert!(s.push && !s.push_allow_http && s.push_subject.starts_with("mailto:"));
        let s = run(&["--push-allow-http", "--push-subject", "https://ops.example"], &[("KITH_PUSH", "off")])
            .unwrap();
        assert!(!s.push && s.push_allow_http && s.push_subject == "https://ops.example");
        assert!(!run(&["--no-push"], &[]).unwrap().push);
    }

    #[test]
    fn a_postgres_database_by_flag_or_variable_and_sqlite_otherwise() {
        assert_eq!(run(&[], &[]).unwrap().database, None);
        let url = "postgres://kith@db.internal:5432/kith";
        assert_eq!(run(&["--database", url], &[]).unwrap().database.as_deref(), Some(url));
        assert_eq!(run(&[], &[("KITH_DATABASE_URL", url)]).unwrap().database.as_deref(), Some(url));
        assert_eq!(run(&[], &[("KITH_DATABASE_URL", " ")]).unwrap().database, None);
        let flag_wins = run(&["--database=postgresql://other/x"], &[("KITH_DATABASE_URL", url)]).unwrap();
        assert_eq!(flag_wins.database.as_deref(), Some("postgresql://other/x"));
        assert!(run(&["--database", "mysql://db/kith"], &[]).unwrap_err().contains("postgres://"));
        assert!(run(&["--database", "kith.sqlite3"], &[]).unwrap_err().contains("--data-dir"));
    }

    #[test]
    fn bad_input_is_explained() {
        assert!(run(&["--addr", "nope"], &[]).unwrap_err().contains("not an address"));
        assert!(run(&["--bogus"], &[]).unwrap_err().contains("unknown argument"));
        assert!(run(&["--dist"], &[]).unwrap_err().contains("needs a value"));
        assert_eq!(run(&["--help"], &[]).unwrap_err(), "help");
        assert_eq!(run(&["expand-rules"], &[]).unwrap_err(), "expand-rules");
    }
}
