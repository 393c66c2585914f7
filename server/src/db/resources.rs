//! The resources shelf of a group: links with a description and tags.

use kith_api::UserRef;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, join_list, split_list, user_in};

pub struct ResourceRow {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub url: String,
    pub description: String,
    pub tags: Vec<String>,
    pub added_by: UserRef,
    pub created_at: i64,
    pub version: i64,
}

fn resource_row(r: &AnyRow) -> ResourceRow {
    ResourceRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        title: r.get("title"),
        url: r.get("url"),
        description: r.get("description"),
        tags: split_list(&r.get::<String, _>("tags")),
        added_by: user_in(r, "uid"),
        created_at: r.get("created_at"),
        version: r.get("version"),
    }
}

const RES_SELECT: &str = "SELECT r.id, r.group_id, r.title, r.url, r.description, r.tags, r.created_at, \
    r.version, u.id AS uid, u.username, u.display_name FROM resources r JOIN users u ON u.id = r.added_by";

pub async fn resources(
    c: &mut Conn,
    gid: i64,
    after: Option<i64>,
    limit: i64,
) -> Result<Vec<ResourceRow>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(&format!(
        "{RES_SELECT} WHERE r.group_id = ? AND r.id > ? ORDER BY r.id LIMIT ?"
    )))
    .bind(gid)
    .bind(after.unwrap_or(0))
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(resource_row).collect())
}

pub async fn resource(c: &mut Conn, id: i64) -> Result<Option<ResourceRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("{RES_SELECT} WHERE r.id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(resource_row))
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_resource(
    c: &mut Conn,
    gid: i64,
    title: &str,
    url: &str,
    description: &str,
    tags: &[String],
    by: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO resources (group_id, title, url, description, tags, added_by, created_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
    ))
    .bind(gid)
    .bind(title)
    .bind(url)
    .bind(description)
    .bind(join_list(tags))
    .bind(by)
    .bind(now)
    .fetch_one(c)
    .await?;
    Ok(r)
}

pub async fn update_resource(c: &mut Conn, r: &ResourceRow) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE resources SET title = ?, url = ?, description = ?, tags = ?, version = version + 1 WHERE id = ?",
    ))
    .bind(&r.title)
    .bind(&r.url)
    .bind(&r.description)
    .bind(join_list(&r.tags))
    .bind(r.id)
    .execute(c)
    .await?;
    Ok(())
}

pub async fn delete_resource(c: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("DELETE FROM resources WHERE id = ?")).bind(id).execute(c).await?;
    Ok(())
}
