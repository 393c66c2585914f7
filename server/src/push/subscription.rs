//! A browser's PushSubscription and the checks it passes before it is stored.

use p256::PublicKey;

use super::b64;

/// The longest endpoint URL accepted, in bytes.
pub const MAX_ENDPOINT_LEN: usize = 2048;

/// A browser's PushSubscription (keys base64url, padding optional, as browsers send them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

/// Checks a subscription before it is stored: endpoint is an absolute https URL (http allowed
/// only when `allow_http`, used by tests with a loopback receiver), at most 2048 bytes, no
/// credentials in it; p256dh decodes to a valid uncompressed P-256 point (65 bytes); auth decodes
/// to exactly 16 bytes. Err carries (json pointer like "/endpoint" or "/keys/p256dh", English message).
pub fn check_subscription(sub: &Subscription, allow_http: bool) -> Result<(), (&'static str, String)> {
    endpoint_url(&sub.endpoint, allow_http).map_err(|m| ("/endpoint", m))?;
    ua_public_key(&sub.p256dh).map_err(|m| ("/keys/p256dh", m))?;
    auth_secret(&sub.auth).map_err(|m| ("/keys/auth", m))?;
    Ok(())
}

/// The endpoint as a URL, checked as [`check_subscription`] describes (fragment removed).
pub(crate) fn endpoint_url(endpoint: &str, allow_http: bool) -> Result<url::Url, String> {
    if endpoint.len() > MAX_ENDPOINT_LEN {
        return Err(format!(
            "The push endpoint is {} bytes long; at most {MAX_ENDPOINT_LEN} are accepted.",
            endpoint.len()
        ));
    }
    let mut url =
        url::Url::parse(endpoint).map_err(|e| format!("The push endpoint is not an absolute URL ({e})."))?;
    match url.scheme() {
        "https" => {}
        "http" if allow_http => {}
        "http" => return Err("The push endpoint must use https.".into()),
        other => return Err(format!("The push endpoint must be an https URL, not {other}:.")),
    }
    let Some(host) = url.host() else {
        return Err("The push endpoint has no host.".into());
    };
    // Push services are public: a subscription must not turn the server into a way to reach
    // its own network (tests with a loopback receiver allow http, and with it local hosts).
    if !allow_http && is_local(&host) {
        return Err("The push endpoint must be a public push service, not a local or private address.".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("The push endpoint must not contain credentials.".into());
    }
    url.set_fragment(None);
    Ok(url)
}

/// Loopback, private, link-local and unspecified addresses, and `localhost` names.
fn is_local(host: &url::Host<&str>) -> bool {
    use std::net::IpAddr;
    let ip_local = |ip: IpAddr| match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1])
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
                || v6
                    .to_ipv4_mapped()
                    .is_some_and(|v4| v4.is_loopback() || v4.is_private() || v4.is_link_local())
        }
    };
    match host {
        url::Host::Ipv4(a) => ip_local(IpAddr::V4(*a)),
        url::Host::Ipv6(a) => ip_local(IpAddr::V6(*a)),
        url::Host::Domain(d) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost") || d.ends_with(".local") || d.ends_with(".internal")
        }
    }
}

/// The user agent's public key: an uncompressed P-256 point (65 bytes) on the curve.
pub(crate) fn ua_public_key(p256dh: &str) -> Result<(PublicKey, [u8; 65]), String> {
    let bytes = b64::decode(p256dh).ok_or("The p256dh key is not base64url.")?;
    let raw: [u8; 65] = bytes.as_slice().try_into().map_err(|_| {
        format!("The p256dh key is {} bytes long; an uncompressed P-256 point has 65.", bytes.len())
    })?;
    if raw[0] != 0x04 {
        return Err("The p256dh key is not an uncompressed P-256 point.".into());
    }
    let key = PublicKey::from_sec1_bytes(&raw)
        .map_err(|_| "The p256dh key is not a point on the P-256 curve.".to_string())?;
    Ok((key, raw))
}

/// The 16-byte authentication secret.
pub(crate) fn auth_secret(auth: &str) -> Result<[u8; 16], String> {
    let bytes = b64::decode(auth).ok_or("The auth secret is not base64url.")?;
    bytes
        .as_slice()
        .try_into()
        .map_err(|_| format!("The auth secret is {} bytes long; it must be 16.", bytes.len()))
}
