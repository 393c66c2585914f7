//! Floods and guessing, run last: they spend the suite's own budgets (its address's login
//! failures, fresh accounts' creation allowances), so nothing after them would be fair.
//! Run again right away and the login checks may find the address still throttled: that is
//! the point; wait two minutes.

use std::time::Instant;

use kith_api::*;

use super::client::{Http, Resp};
use super::world::{self, PASSWORD, World};
use super::{Outcome, Suite};

fn login(h: &Http, username: &str, password: &str) -> Outcome<Resp> {
    h.post("/auth/login")
        .json(&LoginRequest { username: username.into(), password: password.into(), remember: false })
        .send()
}

/// A 429 `rate_limited` problem with a whole number of seconds in `Retry-After`.
fn ensure_throttled(r: Resp) -> Outcome<u64> {
    let retry = r.header("retry-after").and_then(|v| v.trim().parse::<u64>().ok());
    r.expect_problem(429, codes::RATE_LIMITED)?;
    let secs = retry.ok_or("a 429 without a Retry-After in seconds")?;
    ensure!(secs >= 1, "Retry-After is {secs}");
    Ok(secs)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("abuse/unknown-and-known-usernames-take-as-long-to-refuse", || {
        let known = w.user(h, "timing")?;
        let mut wrong = Vec::new();
        let mut unknown = Vec::new();
        for i in 0..5 {
            let t = Instant::now();
            login(h, &known.username, "not-the-password")?.expect_problem(401, codes::INVALID_CREDENTIALS)?;
            wrong.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            login(h, &w.name(&format!("ghost{i}")), "not-the-password")?
                .expect_problem(401, codes::INVALID_CREDENTIALS)?;
            unknown.push(t.elapsed().as_secs_f64());
        }
        let (mw, mu) = (median(wrong), median(unknown));
        let alike = mu >= mw * 0.3;
        ensure!(
            alike,
            "refusing an unknown username took {:.1} ms, a wrong password {:.1} ms: the difference tells \
             which usernames exist",
            mu * 1000.0,
            mw * 1000.0
        );
        Ok(())
    });
    s.check("abuse/password-guessing-is-throttled", || {
        let victim = w.user(h, "victim")?;
        let mut throttled = None;
        for i in 0..40 {
            let r = login(h, &victim.username, &format!("guess-{i}"))?;
            if r.status == 429 {
                throttled = Some(ensure_throttled(r)?);
                break;
            }
            r.expect_problem(401, codes::INVALID_CREDENTIALS)?;
        }
        let secs = throttled.ok_or("40 wrong passwords in a row were all answered 401")?;
        ensure!(secs <= 3600, "a guesser is asked to wait {secs} s: the member would be locked out too long");
        // While throttled, even the right password is not checked.
        let r = login(h, &victim.username, PASSWORD)?;
        ensure!(r.status == 429, "the right password right after the guesses answered {}", r.summary());
        ensure_throttled(r)?;
        // The member's own session is untouched.
        ensure!(h.get("/me").bearer(&victim.token).send()?.status == 200, "the member's session ended");
        Ok(())
    });
    s.check("abuse/post-flood-is-rate-limited", || {
        let flooder = w.user(h, "postflood")?;
        world::join(h, &flooder, &w.public.slug)?;
        let path = format!("/groups/{}/posts", w.public.slug);
        for i in 0..300 {
            let key = w.key();
            let send = || {
                h.post(&path)
                    .by(&flooder)
                    .idempotency_key(&key)
                    .json(&NewPost { title: format!("Flood {i}"), body: "Buy now.".into() })
                    .send()
            };
            let r = send()?;
            if r.status == 429 {
                ensure_throttled(r)?;
                ensure!(i >= 10, "rate-limited after only {i} posts: members writing normally would be too");
                // "Not now" is not the request's outcome: a retry with the key must run again
                // (and be refused again now), not replay the 429 for a day.
                let again = send()?;
                ensure!(
                    again.header("idempotent-replayed").is_none(),
                    "the 429 was stored under its Idempotency-Key and replayed"
                );
                ensure_throttled(again)?;
                return Ok(());
            }
            r.expect(201)?;
        }
        Err("300 posts in a row by one account were all created".into())
    });
    s.check("abuse/group-flood-is-rate-limited", || {
        let flooder = w.user(h, "groupflood")?;
        for i in 0..100 {
            let g = w.new_group(&format!("flood{i}"), Visibility::Public);
            let r = h.post("/groups").by(&flooder).json(&g).send()?;
            if r.status == 429 {
                ensure_throttled(r)?;
                ensure!(i >= 3, "rate-limited after only {i} groups");
                return Ok(());
            }
            r.expect(201)?;
        }
        Err("100 groups in a row by one account were all created".into())
    });
}
