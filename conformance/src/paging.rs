//! Paging: default and explicit limits, and walking with `next_cursor` through every list
//! kind, each item exactly once, ending with `null`.

use kith_api::time::format_rfc3339;
use kith_api::*;

use super::Suite;
use super::client::{ensure_each_once, walk, walk_from};
use super::world::{self, World, now};

const POSTS: usize = 23;

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some((slug, created)) = s.setup("paging", || {
        let g = world::create_group(h, &w.owner, &w.new_group("paging", Visibility::Public))?;
        let mut ids = Vec::new();
        for i in 0..POSTS {
            ids.push(world::create_post(h, &w.owner, &g.slug, &format!("Page post {i}"))?.id);
        }
        Ok((g.slug, ids))
    }) else {
        return;
    };
    let list = format!("/groups/{slug}/posts");
    let newest_first: Vec<i64> = created.iter().rev().copied().collect();

    s.check("paging/default-limit", || {
        let page: Page<Post> = h.get(&list).send()?.expect_json(200)?;
        let want = (w.limits.default_page_size as usize).min(POSTS);
        ensure!(
            page.items.len() == want,
            "{} items without a limit, expected the default {want}",
            page.items.len()
        );
        ensure!(page.next_cursor.is_some(), "next_cursor is null although more posts exist");
        Ok(())
    });
    s.check("paging/limit-1", || {
        let page: Page<Post> = h.get(&list).query("limit", 1).send()?.expect_json(200)?;
        ensure!(page.items.len() == 1, "{} items with limit=1", page.items.len());
        ensure!(page.next_cursor.is_some(), "next_cursor is null after 1 of {POSTS}");
        Ok(())
    });
    s.check("paging/limit-100-single-page", || {
        let page: Page<Post> = h.get(&list).query("limit", 100).send()?.expect_json(200)?;
        ensure!(page.items.len() == POSTS, "{} items with limit=100, expected {POSTS}", page.items.len());
        ensure!(page.next_cursor.is_none(), "next_cursor is not null on the last page");
        Ok(())
    });
    s.check("paging/walk-posts-each-once-in-order", || {
        let all: Vec<Post> = walk(h, &list, &[("sort", "new".into())], None, 7)?;
        let ids: Vec<i64> = all.iter().map(|p| p.id).collect();
        ensure_each_once(&ids, &created, "posts")?;
        ensure!(ids == newest_first, "walking with limit 7 gave {ids:?}, expected {newest_first:?}");
        Ok(())
    });
    s.check("paging/walk-survives-new-post", || {
        let first: Page<Post> = h.get(&list).query("limit", 5).send()?.expect_json(200)?;
        let cursor = first.next_cursor.clone().ok_or("no next_cursor after 5 posts")?;
        let fresh = world::create_post(h, &w.owner, &slug, "Posted mid-walk")?;
        let mut ids: Vec<i64> = first.items.iter().map(|p| p.id).collect();
        let rest: Vec<Post> = walk_from(h, &list, &[], None, 5, Some(cursor))?;
        ids.extend(rest.iter().map(|p| p.id));
        ids.retain(|id| *id != fresh.id);
        ensure_each_once(&ids, &created, "posts")?;
        Ok(())
    });
    s.check("paging/walk-groups", || {
        let q = [("q", w.run.clone())];
        let one: Vec<Group> = walk(h, "/groups", &q, Some(&w.alice), 100)?;
        let paged: Vec<Group> = walk(h, "/groups", &q, Some(&w.alice), 2)?;
        let want: Vec<i64> = one.iter().map(|g| g.id).collect();
        let ids: Vec<i64> = paged.iter().map(|g| g.id).collect();
        ensure!(want.len() >= 3, "discovery finds only {} of this run's groups", want.len());
        ensure_each_once(&ids, &want, "groups")?;
        ensure!(ids.len() == want.len(), "paging gave {} groups, one page {}", ids.len(), want.len());
        Ok(())
    });
    s.check("paging/walk-members", || {
        let path = format!("/groups/{}/members", w.public.slug);
        let one: Vec<Member> = walk(h, &path, &[], None, 100)?;
        let paged: Vec<Member> = walk(h, &path, &[], None, 2)?;
        let want: Vec<i64> = one.iter().map(|m| m.user.id).collect();
        let ids: Vec<i64> = paged.iter().map(|m| m.user.id).collect();
        ensure_each_once(&ids, &want, "members")?;
        ensure!(ids.len() == want.len(), "paging gave {} members, one page {}", ids.len(), want.len());
        Ok(())
    });
    s.check("paging/walk-feed", || {
        let one: Vec<Post> = walk(h, "/feed", &[], Some(&w.owner), 100)?;
        let paged: Vec<Post> = walk(h, "/feed", &[], Some(&w.owner), 9)?;
        let want: Vec<i64> = one.iter().map(|p| p.id).collect();
        let ids: Vec<i64> = paged.iter().map(|p| p.id).collect();
        ensure_each_once(&ids, &want, "feed")?;
        Ok(())
    });
    s.check("paging/walk-events", || {
        let q = [("from", format_rfc3339(now() - 86_400)), ("to", format_rfc3339(now() + 30 * 86_400))];
        let path = format!("/groups/{}/events", w.public.slug);
        let one: Vec<Event> = walk(h, &path, &q, None, 100)?;
        let paged: Vec<Event> = walk(h, &path, &q, None, 1)?;
        let want: Vec<i64> = one.iter().map(|e| e.id).collect();
        let ids: Vec<i64> = paged.iter().map(|e| e.id).collect();
        ensure!(want.len() >= 2, "only {} events in the range", want.len());
        ensure_each_once(&ids, &want, "events")?;
        ensure!(ids == want, "paged order {ids:?} differs from one page {want:?}");
        Ok(())
    });
}
