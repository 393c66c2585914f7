//! The committed OpenAPI document must match the one generated from the wire types.
//! `UPDATE_OPENAPI=1 cargo test -p kith-server --test openapi_fresh` rewrites it.

#[test]
fn committed_openapi_document_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../api/openapi.json");
    let generated = kith_api::openapi::document_json();
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(path, &generated).expect("write api/openapi.json");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "api/openapi.json is stale: run `UPDATE_OPENAPI=1 cargo test -p kith-server --test openapi_fresh` and commit it"
    );
}
