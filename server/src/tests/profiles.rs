//! A profile's recent activity: newest first across posts and comments (ties within a second
//! broken the same way every time), bounded, and limited to groups the viewer may read.

use kith_api::Visibility;

use crate::db::{Db, content as cdb, groups as gdb, memberships as msdb, users as udb};

#[tokio::test]
async fn recent_activity_is_newest_first_bounded_and_readable() {
    let db = Db::memory().await;
    let mut w = db.write().await.unwrap();
    let c = w.conn();
    let author = udb::insert_user(c, "author", "Author", "x", &[], 1).await.unwrap();
    let viewer = udb::insert_user(c, "viewer", "Viewer", "x", &[], 1).await.unwrap();
    let mut gids = Vec::new();
    for (slug, vis) in [("open", Visibility::Public), ("closed", Visibility::Private)] {
        gids.push(gdb::insert(c, slug, slug, "A group.", "", &[], "Online", vis, author, 1).await.unwrap());
    }
    let (open, closed) = (gids[0], gids[1]);
    // Same second: post 1, a comment on it, post 2; then a later post in the closed group.
    let p1 = cdb::insert_post(c, open, author, "One", "First **post**", 100).await.unwrap();
    let c1 = cdb::insert_comment(c, p1, open, None, 1, author, "On one", 100).await.unwrap();
    let p2 = cdb::insert_post(c, open, author, "Two", "Second post", 100).await.unwrap();
    let p3 = cdb::insert_post(c, closed, author, "Three", "Closed post", 200).await.unwrap();
    let key = |a: &cdb::ActivityRow| (a.post_id, a.comment_id);

    let anonymous = cdb::recent_activity(c, author, None, 10).await.unwrap();
    assert_eq!(anonymous.iter().map(key).collect::<Vec<_>>(), [(p2, None), (p1, Some(c1)), (p1, None)]);
    assert_eq!(anonymous[1].title, "One");
    assert_eq!(cdb::recent_activity(c, author, Some(viewer), 10).await.unwrap().len(), 3);
    let own = cdb::recent_activity(c, author, Some(author), 10).await.unwrap();
    assert_eq!(own.iter().map(key).collect::<Vec<_>>()[0], (p3, None));
    assert_eq!(cdb::recent_activity(c, author, Some(author), 2).await.unwrap().len(), 2);

    msdb::add_member(c, closed, viewer, kith_api::Role::Member, 300).await.unwrap();
    assert_eq!(cdb::recent_activity(c, author, Some(viewer), 10).await.unwrap().len(), 4);
    let shared = msdb::shared_groups(c, viewer, author).await.unwrap();
    assert_eq!(shared.iter().map(|g| g.slug.as_str()).collect::<Vec<_>>(), ["closed"]);
    let all = msdb::shared_groups(c, author, author).await.unwrap();
    assert_eq!(all.iter().map(|g| g.slug.as_str()).collect::<Vec<_>>(), ["closed", "open"]);
}
