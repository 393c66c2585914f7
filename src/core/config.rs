//! Runtime configuration read from `/config.json`, so one static build can be hosted on any CDN
//! and pointed at any compatible backend.

use serde::Deserialize;

use crate::tr;

/// The validated configuration the app runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppConfig {
    /// Origin (and optional path prefix) of the backend, without a trailing slash; empty means
    /// "the origin that served the app".
    pub api_base: String,
    /// Name shown in the header and the document title.
    pub community_name: String,
}

/// Why the configuration could not be used; each variant knows how to explain the fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The server answered 404 (or served the app page instead of the file).
    Missing,
    /// The request failed before an answer arrived.
    Unreachable(String),
    /// The server answered with an unexpected status.
    Status(u16),
    /// The body was not the JSON object we expect.
    Malformed(String),
    /// The JSON was well formed but a value is unusable.
    Invalid { field: &'static str, detail: String },
}

impl ConfigError {
    /// One sentence on what went wrong.
    pub fn message(&self) -> String {
        match self {
            ConfigError::Missing => tr!("core-config-missing"),
            ConfigError::Unreachable(why) => tr!("core-config-unreachable", reason = why),
            ConfigError::Status(code) => tr!("core-config-status", status = code.to_string()),
            ConfigError::Malformed(why) => tr!("core-config-malformed", reason = why),
            ConfigError::Invalid { field, detail } => {
                tr!("core-config-invalid", field = *field, reason = detail)
            }
        }
    }

    /// What the operator should do about it.
    pub fn fix(&self) -> String {
        match self {
            ConfigError::Missing => tr!("core-config-fix-missing"),
            ConfigError::Unreachable(_) | ConfigError::Status(_) => tr!("core-config-fix-unreachable"),
            ConfigError::Malformed(_) => tr!("core-config-fix-malformed"),
            ConfigError::Invalid { .. } => tr!("core-config-fix-invalid"),
        }
    }
}

#[derive(Deserialize)]
struct RawConfig {
    api_base: Option<serde_json::Value>,
    community_name: Option<serde_json::Value>,
}

/// Parses and validates the text of config.json.
pub fn parse_config(text: &str) -> Result<AppConfig, ConfigError> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('<') {
        // A host that rewrites every path to index.html answers 200 with HTML.
        return Err(ConfigError::Missing);
    }
    let raw: RawConfig = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line().to_string(), e.column().to_string());
        ConfigError::Malformed(if e.is_eof() {
            tr!("core-config-json-ends-early", line = line, column = column)
        } else {
            tr!("core-config-json-not-object", line = line, column = column)
        })
    })?;
    let api_base = match raw.api_base {
        None => {
            return Err(ConfigError::Invalid { field: "api_base", detail: tr!("core-config-value-missing") });
        }
        Some(serde_json::Value::String(s)) => {
            normalize_api_base(&s).map_err(|detail| ConfigError::Invalid { field: "api_base", detail })?
        }
        Some(_) => {
            return Err(ConfigError::Invalid {
                field: "api_base",
                detail: tr!("core-config-value-not-string"),
            });
        }
    };
    let community_name = match raw.community_name {
        None => tr!("app-name"),
        Some(serde_json::Value::String(s)) => {
            let name = s.trim();
            let len = name.chars().count();
            if len == 0 || len > 60 {
                return Err(ConfigError::Invalid {
                    field: "community_name",
                    detail: tr!("core-config-name-length", count = len),
                });
            }
            name.to_string()
        }
        Some(_) => {
            return Err(ConfigError::Invalid {
                field: "community_name",
                detail: tr!("core-config-value-not-string"),
            });
        }
    };
    Ok(AppConfig { api_base, community_name })
}

/// Checks a backend base URL and strips its trailing slash; `""` or `"/"` mean this origin.
pub fn normalize_api_base(input: &str) -> Result<String, String> {
    let s = input.trim();
    if s.is_empty() || s == "/" {
        return Ok(String::new());
    }
    let rest = if let Some(r) = s.strip_prefix("https://") {
        r
    } else if let Some(r) = s.strip_prefix("http://") {
        r
    } else {
        return Err(tr!("core-url-needs-scheme"));
    };
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() {
        return Err(tr!("core-url-no-host"));
    }
    if s.contains('?') || s.contains('#') {
        return Err(tr!("core-url-no-query"));
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(tr!("core-url-no-spaces"));
    }
    if host.contains('@') {
        return Err(tr!("core-url-no-credentials"));
    }
    Ok(s.trim_end_matches('/').to_string())
}

/// The origin part (`scheme://host[:port]`) of a base URL, for display and CSP advice.
pub fn origin_of(base: &str) -> Option<&str> {
    let scheme_end = base.find("://")? + 3;
    let host_end = base[scheme_end..].find('/').map_or(base.len(), |i| scheme_end + i);
    Some(&base[..host_end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_full_config() {
        let c = parse_config(r#"{"api_base":"https://api.example.org/","community_name":" Trail folk "}"#)
            .unwrap();
        assert_eq!(c.api_base, "https://api.example.org");
        assert_eq!(c.community_name, "Trail folk");
    }

    #[test]
    fn slash_means_same_origin_and_name_defaults() {
        let c = parse_config(r#"{"api_base":"/"}"#).unwrap();
        assert_eq!(c.api_base, "");
        assert_eq!(c.community_name, "Kith");
    }

    #[test]
    fn html_instead_of_json_means_missing() {
        assert_eq!(parse_config("<!DOCTYPE html><html>"), Err(ConfigError::Missing));
    }

    #[test]
    fn truncated_json_is_malformed_with_position() {
        match parse_config(r#"{"api_base": "https://x"#) {
            Err(ConfigError::Malformed(m)) => assert!(m.contains("ends too early"), "{m}"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn wrong_types_and_bad_urls_are_invalid() {
        assert!(matches!(
            parse_config(r#"{"api_base": 3}"#),
            Err(ConfigError::Invalid { field: "api_base", .. })
        ));
        assert!(matches!(parse_config(r#"{}"#), Err(ConfigError::Invalid { field: "api_base", .. })));
        for bad in
            ["javascript:alert(1)", "ftp://x", "https://", "https://a.b/?q=1", "https://u:p@h", "http://a b"]
        {
            assert!(normalize_api_base(bad).is_err(), "{bad} accepted");
        }
        assert!(matches!(
            parse_config(r#"{"api_base": "/", "community_name": ""}"#),
            Err(ConfigError::Invalid { field: "community_name", .. })
        ));
    }

    #[test]
    fn every_error_explains_a_fix() {
        let all = [
            ConfigError::Missing,
            ConfigError::Unreachable("offline".into()),
            ConfigError::Status(500),
            ConfigError::Malformed("x".into()),
            ConfigError::Invalid { field: "api_base", detail: "y".into() },
        ];
        for e in all {
            assert!(!e.message().is_empty() && e.fix().len() > 20);
        }
    }

    #[test]
    fn origin_is_scheme_and_host() {
        assert_eq!(origin_of("https://api.example.org/v/x"), Some("https://api.example.org"));
        assert_eq!(origin_of("http://127.0.0.1:8080"), Some("http://127.0.0.1:8080"));
        assert_eq!(origin_of(""), None);
    }
}
