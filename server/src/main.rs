//! kith-server: the reference backend of Kith's REST contract, and the host of the built app.

mod api;
mod app_host;
mod cli;
mod db;
mod demo;
mod domain;
mod error;
mod http;
mod live;
mod notify;
mod push;
mod pusher;
mod routes;
#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;

/// Large allocations (an Argon2 hash takes 19 MiB) are mapped and unmapped, never kept in
/// malloc's arenas: otherwise glibc raises its mmap threshold after the first free and every
/// thread that ever hashed a password keeps 19 MiB (hundreds of MB after a burst of logins).
fn return_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a malloc tuning parameter; it is called before any thread
    // starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

fn main() {
    return_large_allocations();
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("kith-server: cannot start the runtime: {e}");
            std::process::exit(1);
        }
    };
    rt.block_on(run());
}

async fn run() {
    let settings = match cli::parse(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(cli::Command::Run(s)) => s,
        Ok(cli::Command::Help) => {
            print!("{}", cli::HELP);
            return;
        }
        Ok(cli::Command::ExpandRules) => {
            if let Err(e) =
                domain::recurrence::expand_lines(std::io::stdin().lock(), std::io::stdout().lock())
            {
                eprintln!("kith-server: expand-rules: {e}");
                std::process::exit(1);
            }
            return;
        }
        Err(e) => {
            eprintln!("kith-server: {e}");
            std::process::exit(2);
        }
    };
    let host = Arc::new(app_host::Host::new(&settings.dist, &settings.community_name, &settings.connect_src));
    if host.csp().is_none() {
        eprintln!(
            "kith-server: warning: {} holds no built app; only the API is served",
            settings.dist.display()
        );
    }
    let opened = match &settings.database {
        Some(url) => db::Db::open_url(url).await,
        None => db::Db::open(&settings.data_dir).await,
    };
    let db = match opened {
        Ok(db) => db,
        Err(e) => {
            eprintln!("kith-server: {e}");
            std::process::exit(1);
        }
    };
    let secret = match db.setting("cursor_secret", random_secret).await {
        Ok(s) => s.into_bytes(),
        Err(e) => {
            eprintln!("kith-server: cannot read the server secret: {e}");
            std::process::exit(1);
        }
    };
    if settings.demo {
        let started = Instant::now();
        match demo::seed_if_empty(&db).await {
            Ok(Some(counts)) => println!(
                "kith-server: seeded demo data ({counts}) in {:.1}s",
                started.elapsed().as_secs_f64()
            ),
            Ok(None) => println!("kith-server: database not empty; demo data not seeded"),
            Err(e) => {
                eprintln!("kith-server: cannot seed demo data: {e}");
                std::process::exit(1);
            }
        }
    }
    let policy = http::limits::Policy {
        rate_limits: settings.rate_limits,
        trusted_proxies: settings.trusted_proxies.clone(),
        timeouts: http::serve::Timeouts::default(),
    };
    if !policy.rate_limits {
        eprintln!(
            "kith-server: warning: rate limits are off (--no-rate-limits); use this only to seed benchmarks"
        );
    }
    let header_timeout = policy.timeouts.headers;
    let push = if settings.push {
        match db.setting("vapid_private_key", || hex(&push::VapidKeys::generate().private_bytes())).await {
            Ok(h) => match unhex(&h).and_then(|b| push::VapidKeys::from_private_bytes(&b)) {
                Some(keys) => Some(http::PushConfig {
                    keys,
                    allow_http: settings.push_allow_http,
                    subject: settings.push_subject.clone(),
                    sender: push::Sender::new(settings.push_allow_http),
                }),
                None => {
                    eprintln!("kith-server: the stored VAPID key is unreadable; web push is off");
                    None
                }
            },
            Err(e) => {
                eprintln!("kith-server: cannot read the VAPID key: {e}");
                std::process::exit(1);
            }
        }
    } else {
        None
    };
    let state = http::AppState::with_push(db.clone(), secret, policy, push);
    let state_hub = state.hub.clone();
    tokio::spawn(live::dispatch(db.clone(), state.hub.clone()));
    if let Some(url) = db.url.clone() {
        tokio::spawn(live::listen(url, state.hub.clone()));
        tokio::spawn(live::keep_presence(db.clone(), state.hub.clone()));
    }
    tokio::spawn(pusher::run(state.clone(), std::time::Duration::from_secs(2)));
    tokio::spawn(purge_expired(db.clone()));
    tokio::spawn(checkpoint_log(db.clone()));
    let app = Router::new()
        .merge(api::router(state, &settings.cors_origins))
        .merge(app_host::router(host))
        .layer(middleware::from_fn(log_request))
        .layer(middleware::map_response(nosniff));

    let listener = match tokio::net::TcpListener::bind(settings.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("kith-server: cannot listen on {}: {e}", settings.addr);
            std::process::exit(1);
        }
    };
    println!("kith-server listening on http://{}", settings.addr);
    let hub = state_hub.clone();
    let stop = async move {
        shutdown_signal().await;
        // Open streams would hold the graceful stop for its whole grace period.
        hub.close_all();
    };
    http::serve::serve(listener, app, header_timeout, http::serve::MAX_CONNECTIONS, stop).await;
    db.pool.close().await;
    println!("kith-server stopped");
}

/// 32 random bytes, hex: the key that signs cursors.
fn random_secret() -> String {
    use rand::RngCore;
    let mut b = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut b);
    hex(&b)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// Every answer, API or static file, is read as what its Content-Type says and nothing else.
async fn nosniff(mut resp: Response) -> Response {
    resp.headers_mut()
        .insert(axum::http::header::X_CONTENT_TYPE_OPTIONS, axum::http::HeaderValue::from_static("nosniff"));
    resp
}

/// Deletes expired sessions and idempotency answers every ten minutes, so neither table grows
/// with traffic and no request pays for the scan.
async fn purge_expired(db: db::Db) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        tick.tick().await;
        if let Err(e) = db::purge_expired(&db, db::now()).await {
            eprintln!("kith-server: cannot purge expired rows: {e}");
        }
    }
}

/// Keeps the write-ahead log small: a checkpoint every minute.
async fn checkpoint_log(db: db::Db) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    tick.tick().await;
    loop {
        tick.tick().await;
        if let Err(e) = db.checkpoint().await {
            eprintln!("kith-server: cannot checkpoint the database log: {e}");
        }
    }
}

/// One line per request: method, path, status, milliseconds.
async fn log_request(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let resp = next.run(req).await;
    println!("{method} {path} {} {:.1}ms", resp.status().as_u16(), started.elapsed().as_secs_f64() * 1000.0);
    resp
}

/// Resolves on Ctrl-C or SIGTERM, so in-flight requests finish and the database closes cleanly.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
