//! RFC 8291 message encryption, `aes128gcm` content coding (RFC 8188).

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes128Gcm, Nonce};
use hkdf::Hkdf;
use p256::SecretKey;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use rand::RngCore;
use rand::rngs::OsRng;
use sha2::Sha256;

use super::subscription::{auth_secret, ua_public_key};
use super::{PushError, Subscription};

/// The record size written in the header.
const RECORD_SIZE: u32 = 4096;
/// Header: salt (16) + rs (4) + idlen (1) + keyid (65-byte public key).
const HEADER_LEN: usize = 16 + 4 + 1 + 65;
/// AES-GCM tag.
const TAG_LEN: usize = 16;
/// The largest payload: push services accept 4096-byte bodies (RFC 8030 §7.2), so
/// 4096 − 86 (header) − 16 (tag) − 1 (padding delimiter) = 3993 octets (RFC 8291 §4).
pub const MAX_PAYLOAD: usize = 4096 - HEADER_LEN - TAG_LEN - 1;

/// RFC 8291 message encryption with the `aes128gcm` content coding (RFC 8188): a fresh ephemeral
/// ECDH key and random 16-byte salt per message, record size 4096, one record, padding delimiter 0x02.
pub fn encrypt(sub: &Subscription, payload: &[u8]) -> Result<Vec<u8>, PushError> {
    let ephemeral = SecretKey::random(&mut OsRng);
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    encrypt_with(sub, payload, &ephemeral.to_bytes(), &salt)
}

/// Same with fixed ephemeral private key and salt, for the RFC 8291 Appendix A test vector.
pub fn encrypt_with(
    sub: &Subscription,
    payload: &[u8],
    as_private: &[u8],
    salt: &[u8; 16],
) -> Result<Vec<u8>, PushError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(PushError(format!(
            "The push payload is {} bytes; at most {MAX_PAYLOAD} fit in a push message.",
            payload.len()
        )));
    }
    let (ua_public, ua_public_raw) = ua_public_key(&sub.p256dh).map_err(PushError)?;
    let auth = auth_secret(&sub.auth).map_err(PushError)?;
    if as_private.len() != 32 {
        return Err(PushError("The ephemeral private key must be 32 bytes.".into()));
    }
    let as_secret = SecretKey::from_bytes(p256::FieldBytes::from_slice(as_private))
        .map_err(|_| PushError("The ephemeral private key is not a valid P-256 scalar.".into()))?;
    let as_public = as_secret.public_key().to_encoded_point(false);
    let as_public = as_public.as_bytes();

    // ecdh_secret = ECDH(as_private, ua_public)
    let shared = p256::ecdh::diffie_hellman(as_secret.to_nonzero_scalar(), ua_public.as_affine());

    // IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0x00 || ua_public || as_public, 32)
    let mut key_info = Vec::with_capacity(14 + 65 + 65);
    key_info.extend_from_slice(b"WebPush: info\0");
    key_info.extend_from_slice(&ua_public_raw);
    key_info.extend_from_slice(as_public);
    let mut ikm = [0u8; 32];
    Hkdf::<Sha256>::new(Some(&auth), shared.raw_secret_bytes())
        .expand(&key_info, &mut ikm)
        .map_err(|_| PushError("HKDF expansion failed.".into()))?;

    // CEK and NONCE from HKDF(salt, IKM, …) (RFC 8188 §2.2, §2.3).
    let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
    let mut cek = [0u8; 16];
    let mut nonce = [0u8; 12];
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek)
        .and_then(|()| prk.expand(b"Content-Encoding: nonce\0", &mut nonce))
        .map_err(|_| PushError("HKDF expansion failed.".into()))?;

    // One record (sequence number 0, so the nonce is used as is), ending with the delimiter 0x02.
    let mut plaintext = Vec::with_capacity(payload.len() + 1);
    plaintext.extend_from_slice(payload);
    plaintext.push(0x02);
    let cipher = Aes128Gcm::new_from_slice(&cek)
        .map_err(|_| PushError("Invalid content-encryption key length.".into()))?;
    let ciphertext = cipher
        .encrypt(Nonce::from_slice(&nonce), plaintext.as_slice())
        .map_err(|_| PushError("AES-GCM encryption failed.".into()))?;

    let mut message = Vec::with_capacity(HEADER_LEN + ciphertext.len());
    message.extend_from_slice(salt);
    message.extend_from_slice(&RECORD_SIZE.to_be_bytes());
    message.push(65);
    message.extend_from_slice(as_public);
    message.extend_from_slice(&ciphertext);
    Ok(message)
}
