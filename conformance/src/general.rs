//! `/meta`, unknown paths and methods, and tokens on public endpoints.

use kith_api::*;

use super::world::World;
use super::{Suite, need};

pub fn run(s: &Suite, _w: &World) {
    let h = &s.http;
    s.check("general/unknown-path-404", || {
        h.get("/no-such-endpoint").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("general/unknown-nested-path-404", || {
        h.get("/groups/a/b/c/d/e").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("general/wrong-method-405", || {
        h.delete("/meta").send()?.expect_problem(405, codes::METHOD_NOT_ALLOWED)?;
        Ok(())
    });
    s.check("general/garbage-token-on-public-get-401", || {
        h.get("/groups")
            .bearer("garbage-token-that-was-never-issued")
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("general/non-bearer-authorization-401", || {
        h.get("/groups")
            .header("Authorization", "Basic Y29uZm9ybWFuY2U6c3VpdGU=")
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
}

pub fn run_meta(s: &Suite, w: &World) {
    let h = &s.http;
    let meta = s.check_value("meta/get-200", || h.get("/meta").send()?.expect_json::<Meta>(200));
    s.check("meta/contract-version-1x", || {
        let m = need(&meta, "meta/get-200")?;
        ensure!(
            m.contract_version.starts_with("1."),
            "expected contract_version 1.x, got {:?}",
            m.contract_version
        );
        Ok(())
    });
    s.check("meta/reactions-are-the-five-kinds", || {
        let m = need(&meta, "meta/get-200")?;
        let mut got = m.reactions.clone();
        got.sort();
        let mut want: Vec<String> = ReactionKind::ALL.iter().map(|k| k.as_str().to_string()).collect();
        want.sort();
        ensure!(got == want, "expected reactions {want:?}, got {got:?}");
        Ok(())
    });
    s.check("meta/topics-listed", || {
        let m = need(&meta, "meta/get-200")?;
        ensure!(!m.topics.is_empty(), "topics is empty");
        let mut t = m.topics.clone();
        t.sort();
        t.dedup();
        ensure!(t.len() == m.topics.len(), "topics has duplicates");
        Ok(())
    });
    s.check("meta/limits-consistent", || {
        let l = &need(&meta, "meta/get-200")?.limits;
        ensure!(
            l.default_page_size >= 1 && l.default_page_size <= l.max_page_size,
            "default_page_size {} must be within 1..=max_page_size {}",
            l.default_page_size,
            l.max_page_size
        );
        ensure!(l.max_body_bytes >= 1024, "max_body_bytes {} is implausibly small", l.max_body_bytes);
        ensure!(
            l.max_post_title > 0 && l.max_post_body > 0 && l.max_comment_body > 0,
            "zero text limits: {l:?}"
        );
        Ok(())
    });
    s.check("meta/features-listed", || {
        let m = need(&meta, "meta/get-200")?;
        let all = [
            features::RECOMMENDATIONS,
            features::REACTIONS,
            features::EVENTS,
            features::WAITLIST,
            features::ICALENDAR,
            features::MODERATION,
            features::HEALTH,
            features::IDEMPOTENCY,
            features::RESOURCES,
        ];
        let missing: Vec<&str> = all.iter().copied().filter(|f| !m.features.iter().any(|g| g == f)).collect();
        ensure!(
            missing.is_empty(),
            "features lacks {missing:?} (this suite checks all of them); got {:?}",
            m.features
        );
        Ok(())
    });
    s.check("meta/readable-with-a-valid-token", || {
        // A logged-in client sends its token everywhere; /meta must not mind.
        let u = &w.alice;
        h.get("/meta").by(u).send()?.expect_json::<Meta>(200)?;
        Ok(())
    });
}
