//! A server in a test: the real API router over an in-memory database, called in-process.

use std::net::SocketAddr;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::connect_info::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

use crate::db::Db;
use crate::http::AppState;
use crate::http::limits::Policy;

#[derive(Clone)]
pub struct App {
    pub state: AppState,
    pub router: Router,
}

/// What came back.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub json: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl App {
    pub async fn new() -> App {
        App::with(Policy::strict()).await
    }

    pub async fn with(policy: Policy) -> App {
        let db = Db::memory().await;
        let state = AppState::new(db, b"test-secret".to_vec(), policy);
        let router = crate::api::router(state.clone(), &[]);
        App { state, router }
    }

    /// A request to `/api/v1{path}` from `peer`.
    pub fn request(
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Request<Body> {
        let mut b = Request::builder().method(method).uri(format!("/api/v1{path}"));
        if let Some(t) = token {
            b = b.header("authorization", format!("Bearer {t}"));
        }
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        let body = match body {
            Some(v) => {
                b = b.header("content-type", "application/json");
                Body::from(serde_json::to_vec(v).unwrap())
            }
            None => Body::empty(),
        };
        b.body(body).unwrap()
    }

    pub async fn send(&self, mut req: Request<Body>, peer: Option<SocketAddr>) -> Reply {
        if let Some(p) = peer {
            req.extensions_mut().insert(ConnectInfo(p));
        }
        let resp = self.router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = to_bytes(resp.into_body(), usize::MAX).await.unwrap();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply { status, headers, json }
    }

    pub async fn call(&self, method: &str, path: &str, token: Option<&str>, body: Option<Value>) -> Reply {
        self.send(App::request(method, path, token, body.as_ref(), &[]), None).await
    }

    /// Registers `name` (password `test-password`); returns (token, user id).
    pub async fn register(&self, name: &str) -> (String, i64) {
        let r = self
            .call(
                "POST",
                "/auth/register",
                None,
                Some(serde_json::json!({"username": name, "password": "test-password"})),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
        (r.json["token"].as_str().unwrap().to_string(), r.json["me"]["id"].as_i64().unwrap())
    }

    /// Creates a public group `slug` owned by `token`'s user.
    pub async fn group(&self, token: &str, slug: &str) -> Value {
        let r = self
            .call(
                "POST",
                "/groups",
                Some(token),
                Some(serde_json::json!({
                    "name": format!("Group {slug}"), "slug": slug, "purpose": "A group for a test.",
                    "topics": ["hiking"], "region": "Berlin", "visibility": "public"
                })),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
        r.json
    }

    pub async fn count(&self, table: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(&crate::db::sql(&format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&self.state.db.pool)
            .await
            .unwrap();
        n
    }
}
