//! Base64url as Web Push uses it: written without padding, read with or without it.

use base64::Engine;
use base64::alphabet;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};

const URL_SAFE_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

pub(crate) fn encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes base64url, padded or not. `None` on any other input (including the standard `+/`
/// alphabet, which browsers never send for subscription keys).
pub(crate) fn decode(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_LENIENT.decode(text.trim()).ok()
}
