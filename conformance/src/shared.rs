//! Several servers of one backend on one database (`--base A,B`): what one server knows, the
//! others must know at once. Runs only with two or more origins; every other area already
//! alternates its requests between them.

use kith_api::*;

use super::client::Http;
use super::world::{PASSWORD, World};
use super::{Outcome, Suite};

/// Groups `flooder` creates before the first 429, sending each request to `server(i)`.
fn groups_until_refused(h: &Http, w: &World, who: &str, server: impl Fn(usize) -> usize) -> Outcome<usize> {
    let flooder = w.user(h, who)?;
    for i in 0..200 {
        let g = w.new_group(&format!("{who}{i}"), Visibility::Public);
        let r = h.on(server(i), "POST", "/groups").by(&flooder).json(&g).send()?;
        if r.status == 429 {
            return Ok(i);
        }
        r.expect(201)?;
    }
    Err("200 groups in a row by one account were all created".into())
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    if h.origins().len() < 2 {
        return;
    }
    s.check("shared/logout-on-one-server-ends-the-session-on-all", || {
        let u = w.user(h, "twoservers")?;
        // Each server has answered with the token (and may have cached it) before the logout.
        for i in 0..2 {
            h.on(i, "GET", "/me").by(&u).send()?.expect(200)?;
        }
        h.on(0, "POST", "/auth/logout").by(&u).send()?.expect(204)?;
        let r = h.on(1, "GET", "/me").by(&u).send()?;
        ensure!(r.status == 401, "the other server still took the logged-out token: {}", r.summary());
        r.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("shared/login-on-one-server-works-on-the-other", || {
        let u = w.user(h, "roaming")?;
        let t: SessionToken = h
            .on(1, "POST", "/auth/login")
            .json(&LoginRequest { username: u.username.clone(), password: PASSWORD.into(), remember: false })
            .send()?
            .expect_json(200)?;
        let me: Me = h.on(0, "GET", "/me").bearer(&t.token).send()?.expect_json(200)?;
        ensure!(me.id == u.id, "the token named user {} on the other server", me.id);
        Ok(())
    });
    s.check("shared/a-write-on-one-server-is-read-on-the-other-at-once", || {
        // Both servers have just answered the feeds (and may keep those pages for a while).
        let group_feed = format!("/groups/{}/posts", w.public.slug);
        let (feed_new, home_new) = (format!("{group_feed}?sort=new"), "/feed?sort=new");
        for i in 0..2 {
            h.on(i, "GET", &feed_new).send()?.expect(200)?;
            h.on(i, "GET", home_new).by(&w.bob).send()?.expect(200)?;
        }
        let post: Post = h
            .on(0, "POST", &group_feed)
            .by(&w.alice)
            .json(&NewPost { title: w.title("Written on one server"), body: "Read on the other.".into() })
            .send()?
            .expect_json(201)?;
        for i in 0..2 {
            let feed: Page<Post> = h.on(i, "GET", &feed_new).send()?.expect_json(200)?;
            ensure!(
                feed.items.iter().any(|p| p.id == post.id),
                "server {} does not list the new post yet",
                i + 1
            );
            let home: Page<Post> = h.on(i, "GET", home_new).by(&w.bob).send()?.expect_json(200)?;
            ensure!(
                home.items.iter().any(|p| p.id == post.id),
                "server {} does not show the new post in a member's home feed yet",
                i + 1
            );
        }
        Ok(())
    });
    s.check("shared/creation-budget-is-one-budget-across-servers", || {
        // One account's flood, all on one server, then another account's, alternating: the
        // servers share one budget, so alternating gets no further.
        let alone = groups_until_refused(h, w, "floodone", |_| 0)?;
        let spread = groups_until_refused(h, w, "floodtwo", |i| i % 2)?;
        ensure!(
            spread <= alone,
            "one server allowed {alone} groups before refusing, two servers together {spread}: each keeps its own budget"
        );
        Ok(())
    });
}
