//! Regression tests for faults found by attacking the reference server (the contract-level
//! ones are in the conformance suite).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::StatusCode;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::kit::App;
use crate::db;
use crate::http::extract::{parse_json, token_hash};
use crate::http::limits::{Create, Guard, Policy, RateLimiter};
use crate::http::serve::{Timeouts, serve};

/// A token used once sits in the session cache; when it then expires, the next request that
/// sends it used to lock the cache's mutex twice and hang a worker thread, and soon the whole
/// server. The test runs on its own threads so a hang fails it instead of hanging the suite.
#[test]
fn an_expired_cached_session_is_refused_and_the_server_keeps_answering() {
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        rt.block_on(async {
            let app = App::new().await;
            let (token, uid) = app.register("sleepy").await;
            assert_eq!(app.call("GET", "/me", Some(&token), None).await.status, StatusCode::OK);
            assert!(app.state.cached_session(&token_hash(&token)).is_some(), "the session is cached");
            // The session expires while it sits in the cache.
            let past = db::now() - 1;
            sqlx::query(&crate::db::sql("UPDATE sessions SET expires_at = ?"))
                .bind(past)
                .execute(&app.state.db.pool)
                .await
                .unwrap();
            app.state.cache_session(token_hash(&token), uid, past);
            for _ in 0..4 {
                let r = app.call("GET", "/me", Some(&token), None).await;
                assert_eq!(r.status, StatusCode::UNAUTHORIZED);
            }
            assert_eq!(app.call("GET", "/meta", None, None).await.status, StatusCode::OK);
            let (other, _) = app.register("awake").await;
            assert_eq!(app.call("GET", "/me", Some(&other), None).await.status, StatusCode::OK);
        });
        let _ = done.send(());
    });
    match finished.recv_timeout(Duration::from_secs(30)) {
        Ok(()) => {}
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("requests with an expired cached session hung the server")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the test's server thread failed (see above)"),
    }
}

#[tokio::test]
async fn idempotency_answers_are_kept_only_for_authenticated_creates() {
    let app = App::new().await;
    let key = [("idempotency-key", "same-key-for-everyone")];
    let anon = |method: &str, path: &str, body: Option<serde_json::Value>| {
        App::request(method, path, None, body.as_ref(), &key)
    };
    // Unknown paths, anonymous creates, sign-up and login keep nothing.
    assert_eq!(app.send(anon("POST", "/no/such/path", Some(json!({}))), None).await.status, 404);
    assert_eq!(app.send(anon("POST", "/groups", Some(json!({"name": "x"}))), None).await.status, 401);
    let reg = json!({"username": "keyed", "password": "test-password"});
    assert_eq!(app.send(anon("POST", "/auth/register", Some(reg)), None).await.status, 201);
    let login = json!({"username": "keyed", "password": "test-password"});
    let a = app.send(anon("POST", "/auth/login", Some(login.clone())), None).await;
    let b = app.send(anon("POST", "/auth/login", Some(login)), None).await;
    assert_eq!((a.status, b.status), (StatusCode::OK, StatusCode::OK));
    assert_ne!(a.json["token"], b.json["token"], "a login answer was replayed");
    assert_eq!(app.count("idempotency_keys").await, 0, "anonymous or auth requests stored answers");
    // An authenticated create keeps its answer.
    let token = a.json["token"].as_str().unwrap().to_string();
    app.group(&token, "keyed-group").await;
    let post = json!({"title": "Once", "body": "Only once."});
    let req = |p: &serde_json::Value| {
        App::request("POST", "/groups/keyed-group/posts", Some(&token), Some(p), &key)
    };
    let first = app.send(req(&post), None).await;
    let again = app.send(req(&post), None).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(first.json["id"], again.json["id"]);
    assert_eq!(app.count("idempotency_keys").await, 1);
    // Expired answers go with the purge that runs on a timer.
    sqlx::query(&crate::db::sql("UPDATE idempotency_keys SET created_at = 0"))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let (_, keys) = db::purge_expired(&app.state.db, db::now()).await.unwrap();
    assert_eq!(keys, 1);
    assert_eq!(app.count("idempotency_keys").await, 0);
}

/// A 429 is "not now", not the outcome: storing it under the key made the outbox's retry get
/// the 429 back for a day.
#[tokio::test]
async fn rate_limited_answers_are_not_kept_under_their_key() {
    let app = App::new().await;
    let (token, _) = app.register("eager").await;
    app.group(&token, "eager-group").await;
    let post = |i: usize| json!({"title": format!("Post {i}"), "body": "Text."});
    for i in 0..100 {
        assert_eq!(
            app.call("POST", "/groups/eager-group/posts", Some(&token), Some(post(i))).await.status,
            201
        );
    }
    let key = [("idempotency-key", "outbox-item-1")];
    let req = || App::request("POST", "/groups/eager-group/posts", Some(&token), Some(&post(100)), &key);
    let first = app.send(req(), None).await;
    assert_eq!(first.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(first.header("retry-after").is_some());
    assert_eq!(app.count("idempotency_keys").await, 0, "the 429 was stored");
    let again = app.send(req(), None).await;
    assert_eq!(again.header("idempotent-replayed"), None);
}

/// 40 logins at once used to start 40 Argon2 hashes (19 MiB each) on 40 blocking threads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_hashing_runs_a_few_at_a_time_and_sheds_the_rest() {
    let app = App::with(Policy { rate_limits: false, ..Policy::strict() }).await;
    app.register("target").await;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..40 {
        let app2 = app.clone();
        tasks.push(tokio::spawn(async move {
            let body = json!({"username": "target", "password": format!("wrong-{i}")});
            app2.call("POST", "/auth/login", None, Some(body)).await.status
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    let peak = app.state.guard.hashing.peak();
    assert!((1..=4).contains(&peak), "{peak} hashes ran at once");
    assert!(
        statuses.iter().all(|s| *s == StatusCode::UNAUTHORIZED || *s == StatusCode::SERVICE_UNAVAILABLE),
        "{statuses:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[tokio::test]
async fn guessing_is_throttled_but_the_member_is_not_locked_out() {
    let g = Guard::new(Policy::strict());
    let attacker = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 7));
    let member = IpAddr::V4(Ipv4Addr::new(198, 51, 100, 2));
    let t0 = Instant::now();
    let first = g.login_attempt_at("alice", member, t0).await.unwrap();
    g.login_succeeded_at(first, "alice", member, t0).await.unwrap();
    // Ten wrong guesses, as if sent all at once: each spends its token before the check.
    let mut guesses = Vec::new();
    for i in 0..10 {
        guesses.push(
            g.login_attempt_at("alice", attacker, t0).await.unwrap_or_else(|e| panic!("guess {i}: {e:?}")),
        );
    }
    assert_eq!(guesses.len(), 10);
    let e = g.login_attempt_at("Alice", attacker, t0).await.unwrap_err();
    assert_eq!(e.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(e.retry_after.is_some_and(|s| (1..=60).contains(&s)), "{:?}", e.retry_after);
    // A new attacker address is throttled too: the account's budget is spent.
    assert!(g.login_attempt_at("alice", IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), t0).await.is_err());
    // The member's usual address is not, and a right password gives its token back.
    for _ in 0..20 {
        let a = g.login_attempt_at("alice", member, t0).await.expect("the member was locked out");
        g.login_succeeded_at(a, "alice", member, t0).await.unwrap();
    }
    // A minute later one more guess is allowed, and only one.
    let later = t0 + Duration::from_secs(61);
    assert!(g.login_attempt_at("alice", attacker, later).await.is_ok());
    assert!(g.login_attempt_at("alice", attacker, later).await.is_err());
    // One address guessing across many accounts is throttled by address.
    let sprayer = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 99));
    for i in 0..20 {
        g.login_attempt_at(&format!("user{i}"), sprayer, t0).await.unwrap();
    }
    assert!(g.login_attempt_at("fresh-account", sprayer, t0).await.is_err());
}

/// Concurrent guesses used to all pass the throttle before any failure was counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_guesses_stay_inside_the_budget() {
    let app = App::new().await;
    app.register("target").await;
    let mut tasks = Vec::new();
    for i in 0..32 {
        let app2 = app.clone();
        tasks.push(tokio::spawn(async move {
            let body = json!({"username": "target", "password": format!("wrong-{i}")});
            app2.call("POST", "/auth/login", None, Some(body)).await.status
        }));
    }
    let mut checked = 0;
    for t in tasks {
        let s = t.await.unwrap();
        if s == StatusCode::UNAUTHORIZED {
            checked += 1;
        } else {
            assert!(s == StatusCode::TOO_MANY_REQUESTS || s == StatusCode::SERVICE_UNAVAILABLE, "{s}");
        }
    }
    assert!(checked <= 10, "{checked} passwords were checked; the account's budget is 10");
}

#[tokio::test]
async fn creation_budgets_stop_floods_and_refill() {
    let g = Guard::new(Policy::strict());
    for i in 0..100 {
        assert!(g.create(7, Create::Post).await.is_ok(), "post {i} refused");
    }
    let e = g.create(7, Create::Post).await.unwrap_err();
    assert_eq!(e.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(e.retry_after.is_some_and(|s| (1..=12).contains(&s)));
    assert!(g.create(8, Create::Post).await.is_ok(), "budgets are per account");
    assert!(g.create(7, Create::Comment).await.is_ok(), "and per kind");
    for _ in 0..20 {
        g.create(9, Create::Group).await.unwrap();
    }
    assert!(g.create(9, Create::Group).await.is_err());
    let off = Guard::new(Policy { rate_limits: false, ..Policy::strict() });
    for _ in 0..500 {
        off.create(1, Create::Group).await.unwrap();
    }
}

#[test]
fn limiter_maps_stay_bounded() {
    let rate = Create::Post.rate();
    let l: RateLimiter<u32> = RateLimiter::new(rate);
    let t0 = Instant::now();
    for k in 0..250_000u32 {
        let _ = l.take_at(k, t0);
    }
    assert!(l.len() <= 100_000, "{} buckets", l.len());
}

#[tokio::test]
async fn framework_rejections_are_problems_too() {
    let app = App::new().await;
    let r = app.call("GET", "/groups/%FF", None, None).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert_eq!(r.json["code"], "malformed_request");
}

#[test]
fn bodies_are_normalized_and_duplicate_fields_refused() {
    #[derive(serde::Deserialize)]
    struct T {
        title: String,
    }
    let t: T = parse_json(b"{\"title\": \"Cafe\\u0301\"}").unwrap();
    assert_eq!(t.title, "Caf\u{e9}");
    let t: T = parse_json("{\"title\": \"Cafe\u{301}\"}".as_bytes()).unwrap();
    assert_eq!(t.title, "Caf\u{e9}");
    assert!(parse_json::<T>(b"{\"title\": \"a\", \"title\": \"b\"}").is_err());
    assert!(parse_json::<T>(b"{\"title\": \"a\"} trailing").is_err());
    assert!(parse_json::<T>(b"{\"x\": {\"k\": 1, \"k\": 2}, \"title\": \"a\"}").is_err(), "nested repeats");
    // JSON Schema counts 1.0 as an integer, and so does the server.
    #[derive(serde::Deserialize)]
    struct N {
        id: i64,
        page: u32,
    }
    let n: N = parse_json(b"{\"id\": 2893590.0, \"page\": 2e0}").unwrap();
    assert_eq!((n.id, n.page), (2_893_590, 2));
    assert!(parse_json::<N>(b"{\"id\": 1.5, \"page\": 1}").is_err());
}

/// Starts the real accept loop with short timeouts; returns its address.
async fn serve_for_test(timeouts: Timeouts, max_connections: usize) -> SocketAddr {
    let app = App::with(Policy { timeouts, ..Policy::strict() }).await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = Router::new().merge(app.router);
    tokio::spawn(serve(listener, router, timeouts.headers, max_connections, std::future::pending()));
    addr
}

/// Reads until the peer closes or `limit` passes; returns what came and whether it closed.
async fn read_all(s: &mut TcpStream, limit: Duration) -> (String, bool) {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + limit;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&out).into(), true),
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&out).into(), false),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_silent_clients_are_cut_off() {
    let t = Timeouts {
        headers: Duration::from_millis(700),
        body: Duration::from_millis(700),
        request: Duration::from_secs(5),
    };
    let addr = serve_for_test(t, 64).await;
    // Headers that never end.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /api/v1/meta HTTP/1.1\r\nHost: kith\r\nX-Slow: 1\r\n").await.unwrap();
    // A connection that says nothing at all.
    let mut silent = TcpStream::connect(addr).await.unwrap();
    // A body that announces 60,000 bytes and sends one.
    let mut short = TcpStream::connect(addr).await.unwrap();
    short
        .write_all(
            b"POST /api/v1/auth/login HTTP/1.1\r\nHost: kith\r\nContent-Type: application/json\r\n\
              Content-Length: 60000\r\n\r\n{",
        )
        .await
        .unwrap();
    let (_, closed) = read_all(&mut slow, Duration::from_secs(5)).await;
    assert!(closed, "a client that never finished its headers was still connected after 5 s");
    let (_, closed) = read_all(&mut silent, Duration::from_secs(5)).await;
    assert!(closed, "a silent connection was still open after 5 s");
    let (answer, _) = read_all(&mut short, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "a stalled body got {answer:?}");
    assert!(answer.contains("request_timeout"), "{answer}");
    // The server still answers.
    let mut ok = TcpStream::connect(addr).await.unwrap();
    ok.write_all(b"GET /api/v1/meta HTTP/1.1\r\nHost: kith\r\nConnection: close\r\n\r\n").await.unwrap();
    let (answer, _) = read_all(&mut ok, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("cache-control: no-store"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_cap_wait_instead_of_piling_up() {
    let t = Timeouts {
        headers: Duration::from_secs(2),
        body: Duration::from_secs(2),
        request: Duration::from_secs(5),
    };
    let addr = serve_for_test(t, 4).await;
    let mut idle = Vec::new();
    for _ in 0..4 {
        idle.push(TcpStream::connect(addr).await.unwrap());
    }
    // The fifth waits in the backlog until an idle one is cut off, then is served.
    let started = Instant::now();
    let mut fifth = TcpStream::connect(addr).await.unwrap();
    fifth.write_all(b"GET /api/v1/meta HTTP/1.1\r\nHost: kith\r\nConnection: close\r\n\r\n").await.unwrap();
    let (answer, _) = read_all(&mut fifth, Duration::from_secs(8)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer:?}");
    assert!(started.elapsed() >= Duration::from_millis(1500), "served before a slot was free");
}

#[tokio::test]
async fn the_write_ahead_log_is_emptied_by_a_checkpoint() {
    let dir = std::env::temp_dir().join(format!("kith-wal-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let db = db::Db::open(&dir).await.unwrap();
    let mut w = db.write().await.unwrap();
    for i in 0..200 {
        sqlx::query(&crate::db::sql("INSERT INTO settings (name, value) VALUES (?, ?)"))
            .bind(format!("k{i}"))
            .bind("x".repeat(2000))
            .execute(w.conn())
            .await
            .unwrap();
    }
    w.commit().await.unwrap();
    let wal = dir.join("kith.sqlite3-wal");
    assert!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) > 100_000);
    db.checkpoint().await.unwrap();
    assert_eq!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0), 0, "the log was not emptied");
    db.pool.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
