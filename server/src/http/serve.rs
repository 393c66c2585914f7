//! The HTTP/1.1 accept loop. Unlike `axum::serve` it bounds what slow or idle clients can hold:
//! a deadline for a request's headers (which also closes keep-alive connections that sit idle),
//! a cap on open connections (beyond it, new ones wait in the kernel's backlog), and the peer
//! address on every request for the abuse limits. Stopping lets requests in flight finish.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::extract::connect_info::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How long the server waits for a slow or silent client.
#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    /// From a connection's first byte (or the end of its previous request) to the end of the
    /// request's headers; an idle keep-alive connection is closed after this too.
    pub headers: Duration,
    /// For a request body to arrive completely (408 otherwise).
    pub body: Duration,
    /// For a whole request, handler included (503 otherwise).
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            headers: Duration::from_secs(10),
            body: Duration::from_secs(15),
            request: Duration::from_secs(30),
        }
    }
}

/// Open connections at most; each costs a task and buffers, so memory stays bounded.
pub const MAX_CONNECTIONS: usize = 2048;

/// Serves `app` until `stop` resolves, then waits up to 10 s for requests in flight.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    header_timeout: Duration,
    max_connections: usize,
    stop: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let slot = tokio::select! {
            s = slots.clone().acquire_owned() => match s {
                Ok(s) => s,
                Err(_) => break,
            },
            _ = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    eprintln!("kith-server: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let svc = app.clone().map_request(move |mut req: Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            if let Some(uri) = without_nul(req.uri()) {
                *req.uri_mut() = uri;
            }
            req
        });
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .keep_alive(true)
            // A client that sends its request and then closes its writing half still gets
            // the answer.
            .half_close(true)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(svc));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
            drop(slot);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {},
        _ = tokio::time::sleep(Duration::from_secs(10)) => {
            eprintln!("kith-server: some requests were still running after 10 s; stopping anyway");
        },
    }
}

/// The URI with every `%00` (a NUL character, which no name, slug or search can contain)
/// written as U+FFFD, before routing: it then matches nothing, on either engine, where
/// PostgreSQL would refuse the text outright. `None` when there is none.
pub fn without_nul(uri: &axum::http::Uri) -> Option<axum::http::Uri> {
    let pq = uri.path_and_query()?.as_str();
    if !pq.contains("%00") {
        return None;
    }
    let fixed = pq.replace("%00", "%EF%BF%BD");
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = fixed.parse().ok();
    axum::http::Uri::from_parts(parts).ok()
}

#[cfg(test)]
mod nul_tests {
    use super::*;

    #[test]
    fn nul_characters_in_addresses_become_replacement_characters() {
        let uri: axum::http::Uri = "/api/v1/groups/a%00b/posts?q=x%00y&sort=new".parse().unwrap();
        assert_eq!(
            without_nul(&uri).unwrap().to_string(),
            "/api/v1/groups/a%EF%BF%BDb/posts?q=x%EF%BF%BDy&sort=new"
        );
        assert!(without_nul(&"/api/v1/groups?q=100%25".parse().unwrap()).is_none());
    }
}
