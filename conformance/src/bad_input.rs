//! Bad input of every kind gets the right 4xx problem, never a 5xx, and writes nothing.

use kith_api::*;
use serde_json::json;

use super::world::{self, World};
use super::{Suite, need};

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let slug = &w.public.slug;
    let posts = format!("/groups/{slug}/posts");
    let titled = |title: &str| -> super::Outcome<usize> {
        let list: Vec<Post> = world::list(h, None, &posts)?;
        Ok(list.iter().filter(|p| p.title == title).count())
    };

    // Bodies.
    let raw = |name: &str, content_type: Option<&str>, body: Vec<u8>, statuses: &[u16], codes: &[&str]| {
        s.check(name, || {
            let call = h.post(&posts).by(&w.alice);
            let call = match content_type {
                Some(ct) => call.body(ct, body),
                None => call.body_without_type(body),
            };
            call.send()?.expect_problem_in(statuses, codes)?;
            Ok(())
        });
    };
    let json_type = Some("application/json");
    raw(
        "bad-input/malformed-json-400",
        json_type,
        br#"{"title": "unterminated"#.to_vec(),
        &[400],
        &[codes::MALFORMED_REQUEST],
    );
    raw(
        "bad-input/trailing-garbage-400",
        json_type,
        br#"{"title": "a", "body": "b"} and more"#.to_vec(),
        &[400],
        &[codes::MALFORMED_REQUEST],
    );
    raw("bad-input/empty-body-400", json_type, Vec::new(), &[400], &[codes::MALFORMED_REQUEST]);
    raw(
        "bad-input/invalid-utf8-400",
        json_type,
        b"{\"title\": \"\xff\xfe\", \"body\": \"x\"}".to_vec(),
        &[400],
        &[codes::MALFORMED_REQUEST],
    );
    let shape = [400, 422];
    let shape_codes = [codes::MALFORMED_REQUEST, codes::VALIDATION_FAILED];
    raw(
        "bad-input/wrong-types-4xx",
        json_type,
        br#"{"title": 5, "body": ["not", "a", "string"]}"#.to_vec(),
        &shape,
        &shape_codes,
    );
    raw(
        "bad-input/missing-field-4xx",
        json_type,
        br#"{"title": "Only a title"}"#.to_vec(),
        &shape,
        &shape_codes,
    );
    raw(
        "bad-input/null-for-required-4xx",
        json_type,
        br#"{"title": null, "body": "x"}"#.to_vec(),
        &shape,
        &shape_codes,
    );
    raw(
        "bad-input/array-instead-of-object-4xx",
        json_type,
        br#"["title", "body"]"#.to_vec(),
        &shape,
        &shape_codes,
    );
    raw(
        "bad-input/wrong-content-type-415",
        Some("text/plain"),
        br#"{"title": "Plain", "body": "text"}"#.to_vec(),
        &[415, 400],
        &[codes::UNSUPPORTED_MEDIA_TYPE, codes::MALFORMED_REQUEST],
    );
    raw(
        "bad-input/missing-content-type-415",
        None,
        br#"{"title": "No type", "body": "at all"}"#.to_vec(),
        &[415, 400],
        &[codes::UNSUPPORTED_MEDIA_TYPE, codes::MALFORMED_REQUEST],
    );
    raw(
        "bad-input/duplicate-keys-4xx",
        json_type,
        br#"{"title": "One", "title": "Two", "body": "x"}"#.to_vec(),
        &shape,
        &shape_codes,
    );
    raw(
        "bad-input/deeply-nested-json-4xx",
        json_type,
        format!("{{\"title\": {}1{}, \"body\": \"x\"}}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
        &shape,
        &shape_codes,
    );
    s.check("bad-input/json-with-charset-accepted", || {
        let body = serde_json::to_vec(&NewPost {
            title: w.title("Charset"),
            body: "Content-Type with a charset parameter.".into(),
        })
        .unwrap_or_default();
        h.post(&posts).by(&w.alice).body("application/json; charset=utf-8", body).send()?.expect(201)?;
        Ok(())
    });
    let big_title = w.title("Oversized");
    s.check("bad-input/oversized-body-413", || {
        let max = w.limits.max_body_bytes.max(64 * 1024) as usize;
        let body = serde_json::to_vec(&json!({
            "title": big_title,
            "body": "x".repeat(max + 1024),
        }))
        .unwrap_or_default();
        h.post(&posts)
            .by(&w.alice)
            .body("application/json", body)
            .send()?
            .expect_problem(413, codes::PAYLOAD_TOO_LARGE)?;
        Ok(())
    });
    s.check("bad-input/oversized-body-wrote-nothing", || {
        let n = titled(&big_title)?;
        ensure!(n == 0, "the refused oversized post was written");
        Ok(())
    });
    s.check("bad-input/unknown-enum-in-body-4xx", || {
        h.post("/groups")
            .by(&w.owner)
            .json(&json!({
                "name": format!("Conformance {} Secret", w.run),
                "slug": w.name("secret"),
                "purpose": "A group with an unknown visibility.",
                "topics": [w.topics[0]],
                "region": "Nowhere",
                "visibility": "secret",
            }))
            .send()?
            .expect_problem_in(&shape, &shape_codes)?;
        h.get(format!("/groups/{}", w.name("secret"))).send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    let invalid_title = w.title("Half written");
    s.check("bad-input/invalid-event-wrote-nothing", || {
        let mut e = w.new_event(&invalid_title, 50, Some(0));
        e.time_zone = "Nowhere/Atlantis".into();
        h.post(format!("/groups/{slug}/events"))
            .by(&w.moderator)
            .json(&e)
            .send()?
            .expect_invalid(&["/capacity", "/time_zone"])?;
        let events: Vec<Event> = world::list(h, None, &format!("/groups/{slug}/events"))?;
        ensure!(events.iter().all(|e| e.title != invalid_title), "the refused event was written");
        Ok(())
    });
    s.check("bad-input/unicode-round-trips", || {
        let title = format!("Grüße 👋 עברית 中文 {}", w.next());
        let p = world::create_post(h, &w.alice, slug, &title)?;
        let back: Post = world::get_json(h, None, &format!("/posts/{}", p.id))?;
        ensure!(back.title == title, "the title came back as {:?}", back.title);
        Ok(())
    });

    // Queries: unknown enum values.
    let enum_queries: Vec<(&str, String, &str, &str)> = vec![
        ("groups-sort", "/groups".into(), "sort", "loudest"),
        ("groups-visibility", "/groups".into(), "visibility", "secret"),
        ("groups-size", "/groups".into(), "size", "huge"),
        ("groups-activity", "/groups".into(), "activity", "hourly"),
        ("groups-recommended", "/groups".into(), "recommended", "perhaps"),
        ("posts-sort", posts.clone(), "sort", "best"),
        ("feed-sort", "/feed".into(), "sort", "best"),
        ("members-role", format!("/groups/{slug}/members"), "role", "king"),
        ("reports-status", format!("/groups/{slug}/reports"), "status", "pending"),
        ("modlog-kind", format!("/groups/{slug}/modlog"), "kind", "post_vaporized"),
    ];
    for (what, path, name, value) in &enum_queries {
        s.check(&format!("bad-input/unknown-{what}-400"), || {
            h.get(path).by(&w.owner).query(name, value).send()?.expect_problem(400, codes::INVALID_QUERY)?;
            Ok(())
        });
    }

    // Limits.
    for (what, path) in [
        ("groups", "/groups".to_string()),
        ("posts", posts.clone()),
        ("feed", "/feed".to_string()),
        ("members", format!("/groups/{slug}/members")),
    ] {
        s.check(&format!("bad-input/limit-out-of-range-{what}-400"), || {
            for bad in ["0", "-1", "101", "abc", "1.5", "99999999999999999999"] {
                h.get(&path)
                    .by(&w.alice)
                    .query("limit", bad)
                    .send()?
                    .expect_problem(400, codes::INVALID_QUERY)
                    .map_err(|e| format!("limit={bad:?}: {e}"))?;
            }
            Ok(())
        });
    }
    s.check("bad-input/limit-bounds-accepted", || {
        for ok in ["1", "100"] {
            h.get("/groups").query("limit", ok).send()?.expect(200)?;
        }
        Ok(())
    });

    // Cursors.
    for (what, path) in [
        ("groups", "/groups".to_string()),
        ("posts", posts.clone()),
        ("members", format!("/groups/{slug}/members")),
        ("feed", "/feed".to_string()),
    ] {
        s.check(&format!("bad-input/garbage-cursor-{what}-400"), || {
            h.get(&path)
                .by(&w.alice)
                .query("cursor", "not-a-cursor-at-all")
                .send()?
                .expect_problem(400, codes::INVALID_CURSOR)?;
            Ok(())
        });
    }
    let real_cursor = s.setup("bad-input", || {
        let page: Page<Member> =
            h.get(format!("/groups/{slug}/members")).query("limit", 2).send()?.expect_json(200)?;
        page.next_cursor.ok_or_else(|| "no next_cursor with limit=2 over 6 members".into())
    });
    s.check("bad-input/tampered-cursor-400", || {
        let c = need(&real_cursor, "a real cursor")?;
        for variant in tamper(c) {
            h.get(format!("/groups/{slug}/members"))
                .query("limit", 2)
                .query("cursor", &variant)
                .send()?
                .expect_problem(400, codes::INVALID_CURSOR)
                .map_err(|e| format!("cursor {variant:?} (edited from {c:?}): {e}"))?;
        }
        Ok(())
    });

    // Tokens and preconditions.
    s.check("bad-input/garbage-token-401", || {
        for token in ["garbage", "a.b.c", &"x".repeat(500)] {
            h.get(&posts)
                .bearer(token)
                .send()?
                .expect_problem(401, codes::UNAUTHORIZED)
                .map_err(|e| format!("token {:?}: {e}", super::client::snippet(token, 20)))?;
        }
        Ok(())
    });
    s.check("bad-input/if-match-mismatch-412-unchanged", || {
        let p = world::create_post(h, &w.alice, slug, &w.title("Precondition"))?;
        for etag in ["\"not-the-etag\"", "*x", "W/\"weak\""] {
            h.patch(format!("/posts/{}", p.id))
                .by(&w.alice)
                .if_match(etag)
                .json(&PostPatch { title: Some("Overwritten".into()), body: None })
                .send()?
                .expect_problem(412, codes::PRECONDITION_FAILED)
                .map_err(|e| format!("If-Match {etag}: {e}"))?;
        }
        let now: Post = world::get_json(h, None, &format!("/posts/{}", p.id))?;
        ensure!(now.title == p.title && now.etag == p.etag, "the post changed despite the 412s");
        Ok(())
    });
    s.check("bad-input/idempotency-key-too-long-4xx", || {
        h.post(&posts)
            .by(&w.alice)
            .idempotency_key(&"k".repeat(201))
            .json(&NewPost { title: w.title("Long key"), body: "x".into() })
            .send()?
            .expect_client_error()?;
        Ok(())
    });

    // Paths.
    for (what, path) in [
        ("non-numeric-id", "/posts/abc"),
        ("huge-id", "/posts/99999999999999999999999"),
        ("negative-id", "/events/-5"),
    ] {
        s.check(&format!("bad-input/{what}-4xx"), || {
            h.get(path).send()?.expect_problem_in(
                &[400, 404],
                &[codes::MALFORMED_REQUEST, codes::INVALID_QUERY, codes::NOT_FOUND],
            )?;
            Ok(())
        });
    }
}

/// Edited copies of a cursor: a changed character in the middle, a truncation, an appended
/// character.
fn tamper(c: &str) -> Vec<String> {
    let chars: Vec<char> = c.chars().collect();
    let mut out = Vec::new();
    if !chars.is_empty() {
        let mut changed = chars.clone();
        let mid = chars.len() / 2;
        changed[mid] = if chars[mid] == 'A' { 'B' } else { 'A' };
        out.push(changed.into_iter().collect());
        out.push(chars[..chars.len() - 1].iter().collect());
    }
    out.push(format!("{c}A"));
    out
}
