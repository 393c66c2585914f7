//! VAPID (RFC 8292): the server's identity towards push services.

use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use rand::rngs::OsRng;

use super::b64;

/// How long a VAPID token stays valid (RFC 8292 caps it at 24 h).
const TOKEN_LIFETIME_SECS: i64 = 12 * 60 * 60;

/// The server's VAPID key pair (P-256, ES256).
#[derive(Clone)]
pub struct VapidKeys {
    signing: SigningKey,
}

impl std::fmt::Debug for VapidKeys {
    // Never prints the private key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VapidKeys").field("public", &self.public_key_b64url()).finish_non_exhaustive()
    }
}

impl VapidKeys {
    pub fn generate() -> VapidKeys {
        VapidKeys { signing: SigningKey::random(&mut OsRng) }
    }

    /// The key pair from its 32-byte big-endian private scalar; `None` when the bytes are not
    /// 32 long or not a valid scalar (zero, or not below the group order).
    pub fn from_private_bytes(bytes: &[u8]) -> Option<VapidKeys> {
        if bytes.len() != 32 {
            return None;
        }
        let signing = SigningKey::from_bytes(p256::FieldBytes::from_slice(bytes)).ok()?;
        Some(VapidKeys { signing })
    }

    /// The 32-byte private scalar, to store in the database.
    pub fn private_bytes(&self) -> Vec<u8> {
        self.signing.to_bytes().to_vec()
    }

    /// The uncompressed public point (65 bytes).
    pub fn public_key_bytes(&self) -> Vec<u8> {
        self.signing.verifying_key().to_encoded_point(false).as_bytes().to_vec()
    }

    /// Uncompressed public point (65 bytes) base64url without padding: what the browser's
    /// pushManager.subscribe({applicationServerKey}) takes and what /meta advertises.
    pub fn public_key_b64url(&self) -> String {
        b64::encode(&self.public_key_bytes())
    }

    /// `vapid t=<JWT>, k=<public key>` for the push service at `endpoint` (RFC 8292): JWT ES256
    /// with aud = endpoint's origin (scheme://host[:port]), exp = now + 12 h, sub = `subject`
    /// (e.g. "mailto:admin@example.org" or an https URL). None if endpoint has no origin.
    pub fn authorization(&self, endpoint: &str, subject: &str, now_unix: i64) -> Option<String> {
        let aud = origin(endpoint)?;
        let header = b64::encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = serde_json::json!({
            "aud": aud,
            "exp": now_unix.saturating_add(TOKEN_LIFETIME_SECS),
            "sub": subject,
        });
        let claims = b64::encode(claims.to_string().as_bytes());
        let signing_input = format!("{header}.{claims}");
        let signature: Signature = self.signing.sign(signing_input.as_bytes());
        let signature = b64::encode(&signature.to_bytes());
        Some(format!("vapid t={signing_input}.{signature}, k={}", self.public_key_b64url()))
    }
}

/// `scheme://host[:port]` of an http(s) URL, the port left out when it is the default one.
pub(crate) fn origin(endpoint: &str) -> Option<String> {
    let url = url::Url::parse(endpoint).ok()?;
    if !matches!(url.scheme(), "https" | "http") {
        return None;
    }
    match url.origin() {
        origin @ url::Origin::Tuple(..) => Some(origin.ascii_serialization()),
        url::Origin::Opaque(_) => None,
    }
}
