//! `GET /meta`: what this backend supports, so the app can adapt to it.

use serde::{Deserialize, Serialize};

/// Capabilities and limits of a backend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Meta {
    /// Semantic version of the contract the backend implements.
    pub contract_version: String,
    /// Free-form name of the implementation, e.g. `kith-server 0.1.0`.
    pub implementation: String,
    /// Optional capabilities; see [`features`].
    pub features: Vec<String>,
    pub limits: Limits,
    /// The reaction kinds posts and comments accept.
    pub reactions: Vec<String>,
    /// The topics groups may carry.
    pub topics: Vec<String>,
    /// With the `push` feature: the server's VAPID public key (RFC 8292), base64url, for
    /// `pushManager.subscribe({ applicationServerKey })`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vapid_public_key: Option<String>,
}

/// Size limits the backend enforces with 422 (fields) or 413 (whole body).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Limits {
    pub max_body_bytes: u32,
    pub max_page_size: u32,
    pub default_page_size: u32,
    pub max_post_title: u32,
    pub max_post_body: u32,
    pub max_comment_body: u32,
    pub max_group_name: u32,
    pub max_group_purpose: u32,
    pub max_guidelines: u32,
    pub max_event_title: u32,
    pub max_event_description: u32,
    pub max_report_reason: u32,
    /// How deep replies may nest (1: comments on the post only); a reply deeper than this is a
    /// 422 at `/parent_id`.
    #[serde(default = "default_comment_depth")]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub max_comment_depth: u32,
}

fn default_comment_depth() -> u32 {
    16
}

/// Names of optional features a backend may list in [`Meta::features`].
pub mod features {
    pub const RECOMMENDATIONS: &str = "recommendations";
    pub const REACTIONS: &str = "reactions";
    pub const EVENTS: &str = "events";
    pub const WAITLIST: &str = "waitlist";
    pub const ICALENDAR: &str = "icalendar";
    pub const MODERATION: &str = "moderation";
    pub const HEALTH: &str = "health";
    pub const IDEMPOTENCY: &str = "idempotency";
    pub const RESOURCES: &str = "resources";
    /// The inbox, levels and blocking (`/notifications`, `/me/blocks`).
    pub const NOTIFICATIONS: &str = "notifications";
    /// `GET /stream` (Server-Sent Events).
    pub const STREAM: &str = "stream";
    /// `POST /push/subscriptions` and `Meta::vapid_public_key`.
    pub const PUSH: &str = "push";
}
