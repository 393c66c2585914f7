//! Opaque, signed cursors: base64url of the list's scope and sort key, plus a truncated
//! HMAC-SHA256 with the server secret. Anything not issued by this server for this list is
//! refused with 400 `invalid_cursor`. [`Pager`] pages a keyset list with them.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{ApiError, ApiResult};

const SEP: char = '\u{1f}';
const MAC_LEN: usize = 12;

fn mac(secret: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    m.update(payload);
    m.finalize().into_bytes()[..MAC_LEN].to_vec()
}

/// Encodes the key parts of the last item of a page, for the list named `scope`.
pub fn encode(secret: &[u8], scope: &str, parts: &[String]) -> String {
    let mut payload = String::from(scope);
    for p in parts {
        payload.push(SEP);
        payload.push_str(p);
    }
    let mut bytes = payload.into_bytes();
    let tag = mac(secret, &bytes);
    bytes.extend_from_slice(&tag);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The key parts, when the cursor is genuine and belongs to `scope`.
pub fn decode(secret: &[u8], scope: &str, cursor: &str) -> Result<Vec<String>, ApiError> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).map_err(|_| ApiError::invalid_cursor())?;
    if bytes.len() < MAC_LEN {
        return Err(ApiError::invalid_cursor());
    }
    let (payload, tag) = bytes.split_at(bytes.len() - MAC_LEN);
    let expected = mac(secret, payload);
    // Constant-time enough for a 12-byte tag: compare every byte.
    let diff = expected.iter().zip(tag).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if diff != 0 {
        return Err(ApiError::invalid_cursor());
    }
    let text = std::str::from_utf8(payload).map_err(|_| ApiError::invalid_cursor())?;
    let mut it = text.split(SEP);
    if it.next() != Some(scope) {
        return Err(ApiError::invalid_cursor());
    }
    Ok(it.map(String::from).collect())
}

/// Parses key part `i` as an integer.
pub fn int(parts: &[String], i: usize) -> Result<i64, ApiError> {
    parts.get(i).and_then(|p| p.parse().ok()).ok_or_else(ApiError::invalid_cursor)
}

fn text(parts: &[String], i: usize) -> Result<String, ApiError> {
    parts.get(i).cloned().ok_or_else(ApiError::invalid_cursor)
}

/// The sort key of a list's last item, as it goes into a cursor and comes out again.
pub trait Key: Sized {
    fn parts(&self) -> Vec<String>;
    fn from_parts(parts: &[String]) -> Result<Self, ApiError>;
}

impl Key for i64 {
    fn parts(&self) -> Vec<String> {
        vec![self.to_string()]
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        int(p, 0)
    }
}

impl Key for (i64, i64) {
    fn parts(&self) -> Vec<String> {
        vec![self.0.to_string(), self.1.to_string()]
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        Ok((int(p, 0)?, int(p, 1)?))
    }
}

impl Key for (i64, i64, i64) {
    fn parts(&self) -> Vec<String> {
        vec![self.0.to_string(), self.1.to_string(), self.2.to_string()]
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        Ok((int(p, 0)?, int(p, 1)?, int(p, 2)?))
    }
}

impl Key for (i64, i64, i64, i64) {
    fn parts(&self) -> Vec<String> {
        vec![self.0.to_string(), self.1.to_string(), self.2.to_string(), self.3.to_string()]
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        Ok((int(p, 0)?, int(p, 1)?, int(p, 2)?, int(p, 3)?))
    }
}

impl Key for (i64, String) {
    fn parts(&self) -> Vec<String> {
        vec![self.0.to_string(), self.1.clone()]
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        Ok((int(p, 0)?, text(p, 1)?))
    }
}

impl Key for (String, i64) {
    fn parts(&self) -> Vec<String> {
        vec![self.0.clone(), self.1.to_string()]
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        Ok((text(p, 0)?, int(p, 1)?))
    }
}

/// Key parts as they are, for lists whose key depends on their order.
impl Key for Vec<String> {
    fn parts(&self) -> Vec<String> {
        self.clone()
    }
    fn from_parts(p: &[String]) -> Result<Self, ApiError> {
        Ok(p.to_vec())
    }
}

/// Keyset paging of the list named `scope`: where a page starts, and the cursor of the next.
pub struct Pager<'a> {
    secret: &'a [u8],
    scope: String,
}

impl<'a> Pager<'a> {
    pub fn new(secret: &'a [u8], scope: String) -> Pager<'a> {
        Pager { secret, scope }
    }

    /// The key the page continues after: `None` without a cursor, 400 for a foreign one.
    pub fn after<K: Key>(&self, cursor: Option<&str>) -> ApiResult<Option<K>> {
        cursor.map(|c| K::from_parts(&decode(self.secret, &self.scope, c)?)).transpose()
    }

    pub fn cursor<K: Key>(&self, key: &K) -> String {
        encode(self.secret, &self.scope, &key.parts())
    }

    /// Cuts `rows`, read with a limit of `limit + 1`, to `limit`; when there was more, the
    /// cursor after the last row kept.
    pub fn page<T, K: Key>(
        &self,
        mut rows: Vec<T>,
        limit: i64,
        key: impl Fn(&T) -> K,
    ) -> (Vec<T>, Option<String>) {
        let more = rows.len() as i64 > limit;
        rows.truncate(limit as usize);
        let next = match (more, rows.last()) {
            (true, Some(last)) => Some(self.cursor(&key(last))),
            _ => None,
        };
        (rows, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper_detection() {
        let s = b"secret-one";
        let c = encode(s, "posts:g1:new", &["1700000000".into(), "42".into()]);
        assert_eq!(decode(s, "posts:g1:new", &c).unwrap(), vec!["1700000000".to_string(), "42".to_string()]);
        // Another list, another secret, garbage, and a flipped byte are all refused.
        assert!(decode(s, "posts:g2:new", &c).is_err());
        assert!(decode(b"secret-two", "posts:g1:new", &c).is_err());
        assert!(decode(s, "posts:g1:new", "not a cursor!").is_err());
        assert!(decode(s, "posts:g1:new", "").is_err());
        let mut raw = URL_SAFE_NO_PAD.decode(&c).unwrap();
        raw[3] ^= 1;
        assert!(decode(s, "posts:g1:new", &URL_SAFE_NO_PAD.encode(raw)).is_err());
        // A forged cursor with a plausible payload but no valid tag.
        let forged = URL_SAFE_NO_PAD.encode(b"posts:g1:new\x1f1\x1f1xxxxxxxxxxxx");
        assert!(decode(s, "posts:g1:new", &forged).is_err());
    }

    #[test]
    fn pages_stop_at_the_limit_and_continue_after_the_last_row() {
        let p = Pager::new(b"s", "list:1".into());
        let (rows, next) = p.page(vec![(5, 1), (4, 2), (3, 3)], 2, |r| *r);
        assert_eq!(rows, vec![(5, 1), (4, 2)]);
        let next = next.expect("a third row means another page");
        assert_eq!(p.after::<(i64, i64)>(Some(&next)).unwrap(), Some((4, 2)));
        assert_eq!(p.after::<(i64, i64)>(None).unwrap(), None);
        assert!(Pager::new(b"s", "list:2".into()).after::<(i64, i64)>(Some(&next)).is_err());
        let (rows, next) = p.page(vec![1i64, 2], 2, |r| *r);
        assert_eq!((rows.len(), next), (2, None));
    }
}
