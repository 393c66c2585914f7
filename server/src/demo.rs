//! Demo data (stub).
use crate::db::Db;
pub async fn seed_if_empty(_db: &Db) -> Result<Option<String>, String> {
    Ok(None)
}
