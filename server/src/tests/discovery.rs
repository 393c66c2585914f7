//! Discovery pages in SQL: every sort and filter, walked page by page, gives the same groups in
//! the same order as sorting them all in memory would.

use axum::http::StatusCode;
use kith_api::Visibility;
use serde_json::Value;

use super::kit::App;
use crate::db::groups as gdb;

struct G {
    id: i64,
    name: String,
    topics: Vec<String>,
    region: String,
    visibility: Visibility,
    members: i64,
    created: i64,
    active: i64,
}

async fn seed(app: &App, owner: i64) -> Vec<G> {
    let topics = ["hiking", "cycling", "books", "music"];
    let regions = ["Berlin", "Köln", "München", "Online"];
    let mut out = Vec::new();
    let mut w = app.state.db.write().await.unwrap();
    for i in 0..37i64 {
        let name =
            format!("{} Group {i:02}", ["Älpler", "Bikers", "Readers", "zither", "Éclair"][i as usize % 5]);
        let t: Vec<String> =
            vec![topics[i as usize % 4].to_string(), topics[(i as usize / 4) % 4].to_string()];
        let mut t2 = t.clone();
        t2.dedup();
        let vis = match i % 7 {
            3 => Visibility::Private,
            5 => Visibility::Unlisted,
            _ => Visibility::Public,
        };
        let region = regions[i as usize % 4].to_string();
        let id = gdb::insert(
            w.conn(),
            &format!("g{i:02}"),
            &name,
            "A group to test discovery with.",
            "",
            &t2,
            &region,
            vis,
            owner,
            1_000 + (i * 37) % 11,
        )
        .await
        .unwrap();
        let members = (i * 13) % 41;
        let active = 5_000 + (i * 29) % 17;
        sqlx::query(&crate::db::sql("UPDATE groups SET member_count = ?, last_activity_at = ? WHERE id = ?"))
            .bind(members)
            .bind(active)
            .bind(id)
            .execute(w.conn())
            .await
            .unwrap();
        out.push(G {
            id,
            name,
            topics: t2,
            region,
            visibility: vis,
            members,
            created: 1_000 + (i * 37) % 11,
            active,
        });
    }
    w.commit().await.unwrap();
    out
}

async fn walk(app: &App, token: Option<&str>, query: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..50 {
        let mut path = format!("/groups?limit=7&{query}");
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let r = app.call("GET", &path, token, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.json);
        for g in r.json["items"].as_array().unwrap() {
            ids.push(g["id"].as_i64().unwrap());
        }
        match r.json["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => return ids,
        }
    }
    panic!("more than 50 pages for {query}");
}

#[tokio::test]
async fn every_sort_and_filter_pages_like_an_in_memory_sort() {
    let app = App::new().await;
    let (token, uid) = app.register("explorer").await;
    let all = seed(&app, uid).await;
    // The caller owns every group, so unlisted ones are listed for them but not for visitors.
    let listed = |g: &&G, member: bool| member || g.visibility != Visibility::Unlisted;
    for (sort, member) in [("active", false), ("new", true), ("members", false), ("name", true)] {
        let token = member.then_some(token.as_str());
        let mut want: Vec<&G> = all.iter().filter(|g| listed(g, member)).collect();
        want.sort_by(|a, b| {
            let primary = match sort {
                "active" => b.active.cmp(&a.active),
                "new" => b.created.cmp(&a.created),
                "members" => b.members.cmp(&a.members),
                _ => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            };
            primary.then(a.id.cmp(&b.id))
        });
        let want: Vec<i64> = want.iter().map(|g| g.id).collect();
        assert_eq!(walk(&app, token, &format!("sort={sort}")).await, want, "sort={sort}");
    }
    // Filters, combined with a sort.
    let got = walk(&app, None, "topic=books&region=k%C3%B6ln&sort=members").await;
    let mut want: Vec<&G> = all
        .iter()
        .filter(|g| listed(g, false) && g.topics.iter().any(|t| t == "books") && g.region == "Köln")
        .collect();
    want.sort_by(|a, b| b.members.cmp(&a.members).then(a.id.cmp(&b.id)));
    assert_eq!(got, want.iter().map(|g| g.id).collect::<Vec<_>>());
    let got = walk(&app, None, "size=medium&visibility=private").await;
    assert!(got.iter().all(|id| {
        let g = all.iter().find(|g| g.id == *id).unwrap();
        g.visibility == Visibility::Private && (16..=30).contains(&g.members)
    }));
    // Search is case-insensitive beyond ASCII and needs every word; % and _ are literal.
    let got = walk(&app, None, "q=%C3%A4lpler%20GROUP").await;
    let want: Vec<i64> =
        all.iter().filter(|g| listed(g, false) && g.name.starts_with("Älpler")).map(|g| g.id).collect();
    let mut got_sorted = got.clone();
    got_sorted.sort();
    assert_eq!(got_sorted, want);
    assert!(walk(&app, None, "q=%25").await.is_empty(), "a % matched everything");
    assert!(walk(&app, None, "q=_").await.is_empty(), "an _ matched everything");
    // Recommendations: by shared interests, never the caller's own groups.
    let (reader, _) = app.register("reader").await;
    let me = app.call("GET", "/me", Some(&reader), None).await;
    let patch = app
        .send(
            App::request(
                "PATCH",
                "/me",
                Some(&reader),
                Some(&serde_json::json!({"interests": ["music", "books"]})),
                &[("if-match", me.json["etag"].as_str().unwrap())],
            ),
            None,
        )
        .await;
    assert_eq!(patch.status, StatusCode::OK, "{}", patch.json);
    let rec = walk(&app, Some(&reader), "recommended=true").await;
    let score = |g: &G| g.topics.iter().filter(|t| *t == "music" || *t == "books").count();
    let mut want: Vec<&G> = all.iter().filter(|g| listed(g, false) && score(g) > 0).collect();
    want.sort_by(|a, b| score(b).cmp(&score(a)).then(b.active.cmp(&a.active)).then(a.id.cmp(&b.id)));
    assert_eq!(rec, want.iter().map(|g| g.id).collect::<Vec<_>>());
    let first = app.call("GET", "/groups?recommended=true&limit=1", Some(&reader), None).await;
    let reason = first.json["items"][0]["recommendation_reason"].as_str().unwrap_or("");
    assert!(reason.starts_with("Because you follow"), "{reason}");
    let _: Value = first.json;
}
