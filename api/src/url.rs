//! URL components, encoded the same way by the app and the conformance suite.

/// Percent-encodes a path segment or query component: RFC 3986's unreserved characters stay,
/// every other byte of the UTF-8 becomes `%XX`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserved_and_non_ascii_bytes_are_escaped() {
        assert_eq!(super::encode_component("a b/ü~_.-"), "a%20b%2F%C3%BC~_.-");
    }
}
