//! Posting a push message to a push service (RFC 8030 §5).

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::header::{AUTHORIZATION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{Method, Request, Uri};
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use super::subscription::endpoint_url;
use super::{PushError, Subscription, VapidKeys, encrypt};

/// The whole exchange (DNS, connect, TLS, request, answer) must fit in this.
const PUSH_TIMEOUT: Duration = Duration::from_secs(10);
/// The most of a push service's answer body that is read.
const MAX_ANSWER_BYTES: usize = 8 * 1024;

/// How urgently the push service should deliver (RFC 8030 §5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    VeryLow,
    Low,
    Normal,
    High,
}

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::VeryLow => "very-low",
            Urgency::Low => "low",
            Urgency::Normal => "normal",
            Urgency::High => "high",
        }
    }
}

/// What the push service said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOutcome {
    /// A 2xx answer: the push service accepted the message.
    Delivered,
    /// 404 or 410: the subscription is gone, delete it.
    Gone,
    /// Any other status (e.g. 400, 403 for a VAPID mismatch, 413, 429, 5xx).
    Rejected(u16),
}

type HttpsClient = Client<HttpsConnector<HttpConnector>, Full<Bytes>>;

/// Sends pushes. Built once and shared (Clone, cheap). Uses a bounded timeout (10 s total per
/// push), never reads more than 8 KiB of a push service's answer, supports https (rustls with
/// webpki-roots; no system binary downloads, no openssl) and plain http (only when allow_http).
#[derive(Clone)]
pub struct Sender {
    /// `Err` only if rustls refused its own default protocol versions (never expected); kept
    /// so that building a Sender cannot panic, reported by every `send`.
    client: Result<HttpsClient, String>,
    allow_http: bool,
    timeout: Duration,
}

impl std::fmt::Debug for Sender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sender")
            .field("allow_http", &self.allow_http)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Sender {
    pub fn new(allow_http: bool) -> Sender {
        let mut http = HttpConnector::new();
        http.enforce_http(false); // the TLS layer takes https URLs
        http.set_nodelay(true);
        http.set_connect_timeout(Some(PUSH_TIMEOUT));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let client = HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(provider)
            .map(|builder| {
                let builder = if allow_http { builder.https_or_http() } else { builder.https_only() };
                let connector = builder.enable_http1().wrap_connector(http);
                Client::builder(TokioExecutor::new())
                    .pool_timer(TokioTimer::new())
                    .pool_idle_timeout(Duration::from_secs(60))
                    .pool_max_idle_per_host(4)
                    // Bounds what hyper buffers of an answer (head and body chunks).
                    .http1_max_buf_size(16 * 1024)
                    .build(connector)
            })
            .map_err(|e| format!("TLS setup failed: {e}"));
        Sender { client, allow_http, timeout: PUSH_TIMEOUT }
    }

    /// The same sender with another overall time limit (tests).
    pub(crate) fn with_timeout(mut self, timeout: Duration) -> Sender {
        self.timeout = timeout;
        self
    }

    /// POST the encrypted payload to sub.endpoint with headers TTL, Urgency, Content-Encoding:
    /// aes128gcm, Content-Type: application/octet-stream, Authorization (vapid).
    pub async fn send(
        &self,
        keys: &VapidKeys,
        subject: &str,
        sub: &Subscription,
        payload: &[u8],
        ttl_secs: u32,
        urgency: Urgency,
    ) -> Result<SendOutcome, PushError> {
        let client = self.client.as_ref().map_err(|e| PushError(e.clone()))?;
        let url = endpoint_url(&sub.endpoint, self.allow_http).map_err(PushError)?;
        let uri: Uri = url
            .as_str()
            .parse()
            .map_err(|e| PushError(format!("The push endpoint is not a valid URI ({e}).")))?;
        let body = encrypt(sub, payload)?;
        let authorization = keys
            .authorization(url.as_str(), subject, unix_now())
            .ok_or_else(|| PushError("The push endpoint has no origin.".into()))?;
        let request = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .header("TTL", ttl_secs)
            .header("Urgency", urgency.as_str())
            .header(CONTENT_ENCODING, "aes128gcm")
            .header(CONTENT_TYPE, "application/octet-stream")
            .header(CONTENT_LENGTH, body.len())
            .header(AUTHORIZATION, authorization)
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| PushError(format!("Cannot build the push request: {e}")))?;

        let exchange = async {
            let response = client
                .request(request)
                .await
                .map_err(|e| PushError(format!("The push request failed: {}", error_chain(&e))))?;
            let status = response.status().as_u16();
            // Read (and drop) a bounded part of the answer, so that a short answer leaves the
            // connection reusable and a long one is cut off.
            let mut body = response.into_body();
            let mut read = 0usize;
            while read <= MAX_ANSWER_BYTES {
                match body.frame().await {
                    Some(Ok(frame)) => read += frame.data_ref().map_or(0, |d| d.len()),
                    Some(Err(_)) | None => break,
                }
            }
            Ok(status)
        };
        let status = tokio::time::timeout(self.timeout, exchange).await.map_err(|_| {
            PushError(format!("The push service did not answer within {} s.", self.timeout.as_secs_f32()))
        })??;
        Ok(match status {
            200..=299 => SendOutcome::Delivered,
            404 | 410 => SendOutcome::Gone,
            other => SendOutcome::Rejected(other),
        })
    }
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// An error and its sources, `a: b: c` (hyper's own messages are terse).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
