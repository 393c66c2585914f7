//! API answers are compressed as the request's `Accept-Encoding` allows (brotli before gzip),
//! and decode to the very bytes an uncompressed answer carries; small answers stay as they are.

use std::io::Read;

use axum::body::{Bytes, to_bytes};
use axum::http::{HeaderMap, StatusCode};
use tower::ServiceExt;

use super::kit::App;

/// GET `/api/v1{path}`, with `Accept-Encoding: accept` when given; the body as it came.
async fn get(app: &App, path: &str, accept: Option<&str>) -> (StatusCode, HeaderMap, Bytes) {
    let headers: Vec<(&str, &str)> = accept.map(|a| ("accept-encoding", a)).into_iter().collect();
    let resp = app.router.clone().oneshot(App::request("GET", path, None, None, &headers)).await.unwrap();
    let (status, headers) = (resp.status(), resp.headers().clone());
    (status, headers, to_bytes(resp.into_body(), usize::MAX).await.unwrap())
}

fn header<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn answers_are_compressed_as_the_client_accepts() {
    let app = App::new().await;
    let (token, _) = app.register("packer").await;
    for i in 0..5 {
        app.group(&token, &format!("packed-{i}")).await;
    }
    let list = "/groups?limit=24";

    let (status, h, plain) = get(&app, list, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&h, "content-encoding"), None);
    assert_eq!(header(&h, "vary"), Some("accept-encoding"), "caches must key on the encoding");
    assert!(plain.len() > 1024, "the list is too small to be compressed: {} bytes", plain.len());
    let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(json["items"].as_array().map(Vec::len), Some(5));

    let (status, h, br) = get(&app, list, Some("gzip, deflate, br")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&h, "content-encoding"), Some("br"), "brotli comes before gzip");
    assert_eq!(header(&h, "cache-control"), Some("no-store"));
    assert_eq!(header(&h, "content-length"), None);
    assert!(br.len() < plain.len() / 3, "{} bytes of brotli for {} plain", br.len(), plain.len());
    let mut decoded = Vec::new();
    brotli::BrotliDecompress(&mut &br[..], &mut decoded).unwrap();
    assert_eq!(decoded, plain);

    let (_, h, gz) = get(&app, list, Some("gzip")).await;
    assert_eq!(header(&h, "content-encoding"), Some("gzip"));
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut decoded).unwrap();
    assert_eq!(decoded, plain);

    // An encoding the server does not speak, or none at all: the plain answer.
    for accept in ["zstd", "identity", "br;q=0, gzip;q=0"] {
        let (_, h, body) = get(&app, list, Some(accept)).await;
        assert_eq!(header(&h, "content-encoding"), None, "{accept}");
        assert_eq!(body, plain, "{accept}");
    }

    // A problem document is too small to be worth it, and stays a readable problem.
    let (status, h, body) = get(&app, "/groups/no-such-group", Some("br")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(header(&h, "content-encoding"), None);
    assert_eq!(header(&h, "content-type"), Some("application/problem+json"));
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["code"], "not_found");
}
