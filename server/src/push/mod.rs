//! Web push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payload encryption (RFC 8291).
//!
//! - [`VapidKeys`]: the server's P-256 key pair and the `Authorization: vapid …` header.
//! - [`Subscription`], [`check_subscription`]: a browser's PushSubscription, checked before it
//!   is stored.
//! - [`encrypt`]: the RFC 8291 message encryption (one `aes128gcm` record).
//! - [`Sender`]: the HTTP client that posts a push to a push service (rustls, bounded time and
//!   answer size).
#![allow(dead_code)]

mod b64;
mod ece;
mod send;
mod subscription;
mod vapid;

#[cfg(test)]
mod tests;

#[allow(unused_imports)] // until the server wires push in
pub use ece::{MAX_PAYLOAD, encrypt, encrypt_with};
#[allow(unused_imports)]
pub use send::{SendOutcome, Sender, Urgency};
#[allow(unused_imports)]
pub use subscription::{MAX_ENDPOINT_LEN, Subscription, check_subscription};
pub use vapid::VapidKeys;

/// Why a push could not be encrypted or sent (English, for logs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushError(pub String);

impl std::fmt::Display for PushError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PushError {}
