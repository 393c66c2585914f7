//! Idempotency-Key on creates: a retry returns the first answer and creates nothing twice;
//! the same key with a different request is refused; concurrent retries also create one.

use kith_api::*;
use serde::Serialize;
use serde_json::Value;

use super::client::Http;
use super::world::{self, User, World};
use super::{Outcome, Suite, need};

/// Sends the same create twice with one key; both answers must have the first's status and
/// id. Returns that id.
fn twice<T: Serialize>(h: &Http, user: &User, path: &str, key: &str, body: &T) -> Outcome<i64> {
    let send = || h.post(path).by(user).idempotency_key(key).json(body).send();
    let a = send()?;
    let b = send()?;
    ensure!(a.status == 201, "the first create answered {}", a.summary());
    ensure!(b.status == a.status, "the retry answered {} where the first answered {}", b.summary(), a.status);
    let id = |v: &Value| v.get("id").or_else(|| v.get("item_id")).and_then(Value::as_i64);
    let (va, vb): (Value, Value) = (a.json()?, b.json()?);
    let (ia, ib) = (id(&va), id(&vb));
    ensure!(ia.is_some(), "the answer has no id: {}", a.summary());
    ensure!(ia == ib, "the retry created another resource: ids {ia:?} and {ib:?}");
    Ok(ia.unwrap_or(0))
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let slug = &w.public.slug;
    let posts = format!("/groups/{slug}/posts");
    let key = w.key();
    let post = NewPost { title: w.title("Retried post"), body: "Sent twice over a flaky network.".into() };
    let post_id =
        s.check_value("idempotency/post-retry-same-answer", || twice(h, &w.alice, &posts, &key, &post));
    s.check("idempotency/post-retry-created-once", || {
        need(&post_id, "idempotency/post-retry-same-answer")?;
        let list: Vec<Post> = world::list(h, None, &posts)?;
        let n = list.iter().filter(|p| p.title == post.title).count();
        ensure!(n == 1, "{n} posts titled {:?} exist", post.title);
        Ok(())
    });
    s.check("idempotency/key-reused-with-other-body-409", || {
        need(&post_id, "idempotency/post-retry-same-answer")?;
        h.post(&posts)
            .by(&w.alice)
            .idempotency_key(&key)
            .json(&NewPost { title: "A different post".into(), body: "Same key, different request.".into() })
            .send()?
            .expect_problem(409, codes::IDEMPOTENCY_KEY_REUSED)?;
        let list: Vec<Post> = world::list(h, None, &posts)?;
        ensure!(list.iter().all(|p| p.title != "A different post"), "the refused post was created");
        Ok(())
    });
    s.check("idempotency/keys-are-per-user", || {
        let first = need(&post_id, "idempotency/post-retry-same-answer")?;
        let p: Post = h.post(&posts).by(&w.bob).idempotency_key(&key).json(&post).send()?.expect_json(201)?;
        ensure!(p.id != *first, "another user's key replayed alice's post to bob");
        ensure!(p.author.id == w.bob.id, "author is {:?}", p.author);
        Ok(())
    });
    s.check("idempotency/concurrent-retries-create-once", || {
        // A client that times out and retries at once can have both requests in flight: the
        // backend must still create one post and give every request its answer.
        let key = w.key();
        let post = NewPost { title: w.title("Concurrent retries"), body: "Sent eight times at once.".into() };
        let alice = &w.alice;
        let send = || -> Outcome<(u16, Option<i64>)> {
            let r = h.post(&posts).by(alice).idempotency_key(&key).json(&post).send()?;
            let v: Value = r.json()?;
            Ok((r.status, v.get("id").and_then(Value::as_i64)))
        };
        let answers: Vec<Outcome<(u16, Option<i64>)>> = std::thread::scope(|scope| {
            let threads: Vec<_> = (0..8).map(|_| scope.spawn(send)).collect();
            threads
                .into_iter()
                .map(|t| t.join().unwrap_or_else(|_| Err("a request thread failed".into())))
                .collect()
        });
        let answers = answers.into_iter().collect::<Outcome<Vec<_>>>()?;
        ensure!(
            answers.iter().all(|a| a.0 == 201),
            "statuses {:?}",
            answers.iter().map(|a| a.0).collect::<Vec<_>>()
        );
        let first = answers[0].1;
        ensure!(first.is_some() && answers.iter().all(|a| a.1 == first), "ids {:?}", answers);
        let list: Vec<Post> = world::list(h, None, &posts)?;
        let n = list.iter().filter(|p| p.title == post.title).count();
        ensure!(n == 1, "{n} posts titled {:?} exist", post.title);
        Ok(())
    });
    s.check("idempotency/comment-retry-same-answer", || {
        let id = *need(&post_id, "idempotency/post-retry-same-answer")?;
        twice(
            h,
            &w.bob,
            &format!("/posts/{id}/comments"),
            &w.key(),
            &NewComment { body: "Retried comment".into(), parent_id: None },
        )?;
        let list: Vec<Comment> = world::list(h, None, &format!("/posts/{id}/comments"))?;
        let n = list.iter().filter(|c| c.body == "Retried comment").count();
        ensure!(n == 1, "{n} copies of the comment exist");
        Ok(())
    });
    s.check("idempotency/group-retry-same-answer", || {
        // Without the key, the second create would be a 409 slug_taken.
        twice(h, &w.owner, "/groups", &w.key(), &w.new_group("retried", Visibility::Public))?;
        Ok(())
    });
    s.check("idempotency/event-retry-same-answer", || {
        twice(
            h,
            &w.moderator,
            &format!("/groups/{slug}/events"),
            &w.key(),
            &w.new_event(&w.title("Retried event"), 60, None),
        )?;
        Ok(())
    });
    s.check("idempotency/resource-retry-same-answer", || {
        twice(
            h,
            &w.moderator,
            &format!("/groups/{slug}/resources"),
            &w.key(),
            &NewShelfItem {
                title: w.title("Retried resource"),
                url: "https://example.org/retry".into(),
                ..Default::default()
            },
        )?;
        Ok(())
    });
    s.check("idempotency/report-retry-counts-once", || {
        let id = *need(&post_id, "idempotency/post-retry-same-answer")?;
        let key = w.key();
        let body =
            NewReport { target: ReportTarget::Post { id }, reason: "Reported over a flaky network".into() };
        let send = || h.post("/reports").by(&w.carol).idempotency_key(&key).json(&body).send();
        let a: ReportReceipt = send()?.expect_json(201)?;
        let b: ReportReceipt = send()?.expect_json(201)?;
        ensure!(a == b, "the retry answered {b:?}, the first {a:?}");
        ensure!(a.report_count == 1, "report_count is {}", a.report_count);
        Ok(())
    });
}
