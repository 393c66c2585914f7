//! kith-server: the reference backend of Kith's REST contract, and the host of the built app.

mod app_host;
mod cli;
mod db;
mod demo;
mod error;
mod http;
mod routes;

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;

#[tokio::main]
async fn main() {
    let settings = match cli::parse(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(cli::Command::Run(s)) => s,
        Ok(cli::Command::Help) => {
            print!("{}", cli::HELP);
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
    let db = match db::Db::open(&settings.data_dir).await {
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
    let state = http::AppState::new(db.clone(), secret);
    let app = Router::new()
        .merge(http::router::api(state, &settings.cors_origins))
        .merge(app_host::router(host))
        .layer(middleware::from_fn(log_request));

    let listener = match tokio::net::TcpListener::bind(settings.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("kith-server: cannot listen on {}: {e}", settings.addr);
            std::process::exit(1);
        }
    };
    println!("kith-server listening on http://{}", settings.addr);
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await {
        eprintln!("kith-server: {e}");
        std::process::exit(1);
    }
    db.pool.close().await;
    println!("kith-server stopped");
}

/// 32 random bytes, hex: the key that signs cursors.
fn random_secret() -> String {
    use rand::RngCore;
    let mut b = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
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
