//! Kith's REST contract: the wire types every compatible backend speaks, shared by the app and
//! the reference server so they cannot drift, plus validation rules both sides apply, the
//! OpenAPI 3.1 document (feature `openapi`) and the conformance suite (`bin/conformance`).
//!
//! Conventions: base path [`BASE_PATH`]; JSON in UTF-8; times are RFC 3339 strings in UTC
//! (`2026-11-27T18:00:00Z`); lists are [`Page`]s; errors are [`Problem`]s
//! (`application/problem+json`); single resources carry an `etag` (also sent as the `ETag`
//! header) that `PATCH`/`PUT`/`DELETE` must echo in `If-Match`.

pub mod auth;
pub mod common;
pub mod events;
pub mod groups;
pub mod health;
pub mod meta;
pub mod moderation;
pub mod notifications;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod polls;
pub mod posts;
pub mod recur;
pub mod text;
pub mod time;
pub mod url;
pub mod validate;

pub use auth::*;
pub use common::*;
pub use events::*;
pub use groups::*;
pub use health::*;
pub use meta::*;
pub use moderation::*;
pub use notifications::*;
pub use polls::*;
pub use posts::*;
pub use recur::{Freq, Recurrence};

/// Every endpoint lives under this path.
pub const BASE_PATH: &str = "/api/v1";

/// The contract version served in [`Meta::contract_version`]; the major part changes only on
/// breaking changes.
pub const CONTRACT_VERSION: &str = "1.0.0";

/// Header carrying a client-chosen key that makes a create safe to retry.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
