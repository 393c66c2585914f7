//! Register, log in and out, the caller's profile.

use kith_api::time::parse_rfc3339;
use kith_api::*;

use super::client::get_with_etag;
use super::world::{PASSWORD, World, now};
use super::{Suite, need};

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let username = w.name("auth");
    let topic = w.topics[0].clone();
    let registration = RegisterRequest {
        username: username.clone(),
        password: PASSWORD.into(),
        display_name: Some("Auth Tester".into()),
        interests: vec![topic.clone()],
    };

    let reg = s.check_value("auth/register-201", || {
        let t: SessionToken = h.post("/auth/register").json(&registration).send()?.expect_json(201)?;
        ensure!(!t.token.is_empty(), "the token is empty");
        ensure!(t.me.username == username, "me.username is {:?}", t.me.username);
        ensure!(t.me.display_name == "Auth Tester", "me.display_name is {:?}", t.me.display_name);
        ensure!(t.me.interests == [topic.clone()], "me.interests is {:?}", t.me.interests);
        ensure!(t.me.memberships.is_empty(), "a new user has memberships");
        ensure!(!t.me.etag.is_empty(), "me.etag is empty");
        let exp = parse_rfc3339(&t.expires_at)
            .ok_or_else(|| format!("expires_at {:?} is not RFC 3339", t.expires_at))?;
        ensure!(exp > now(), "expires_at {} is in the past", t.expires_at);
        Ok(t)
    });
    s.check("auth/register-duplicate-409", || {
        h.post("/auth/register").json(&registration).send()?.expect_problem(409, codes::USERNAME_TAKEN)?;
        Ok(())
    });
    s.check("auth/register-invalid-422", || {
        h.post("/auth/register")
            .json(&RegisterRequest {
                username: "Al".into(),
                password: "short".into(),
                display_name: None,
                interests: vec![],
            })
            .send()?
            .expect_invalid(&["/username", "/password"])?;
        Ok(())
    });
    s.check("auth/register-unknown-interest-422", || {
        h.post("/auth/register")
            .json(&RegisterRequest {
                username: w.name("auth-bad"),
                password: PASSWORD.into(),
                display_name: None,
                interests: vec!["no-such-topic-at-all".into()],
            })
            .send()?
            .expect_invalid(&["/interests/0"])?;
        Ok(())
    });

    let login = |remember: bool| {
        h.post("/auth/login")
            .json(&LoginRequest { username: username.clone(), password: PASSWORD.into(), remember })
            .send()?
            .expect_json::<SessionToken>(200)
    };
    let session = s.check_value("auth/login-200", || {
        let t = login(false)?;
        ensure!(t.me.username == username, "me.username is {:?}", t.me.username);
        if let Some(r) = &reg {
            ensure!(t.token != r.token, "login returned the registration's token");
        }
        Ok(t)
    });
    s.check("auth/login-remember-lasts-longer", || {
        let short = need(&session, "auth/login-200")?;
        let long = login(true)?;
        let (a, b) =
            (parse_rfc3339(&short.expires_at).unwrap_or(0), parse_rfc3339(&long.expires_at).unwrap_or(0));
        ensure!(
            b > a,
            "remember=true expires at {}, not later than remember=false ({})",
            long.expires_at,
            short.expires_at
        );
        Ok(())
    });
    s.check("auth/login-wrong-password-401", || {
        h.post("/auth/login")
            .json(&LoginRequest {
                username: username.clone(),
                password: "not-the-password".into(),
                remember: false,
            })
            .send()?
            .expect_problem(401, codes::INVALID_CREDENTIALS)?;
        Ok(())
    });
    s.check("auth/login-unknown-user-401", || {
        h.post("/auth/login")
            .json(&LoginRequest { username: w.name("nobody"), password: PASSWORD.into(), remember: false })
            .send()?
            .expect_problem(401, codes::INVALID_CREDENTIALS)?;
        Ok(())
    });

    let token = session.as_ref().map(|t| t.token.clone());
    let me_user = |t: &str| super::world::User { username: username.clone(), token: t.to_string(), id: 0 };
    s.check("auth/me-200-with-etag", || {
        let t = need(&token, "auth/login-200")?;
        let me: Me = get_with_etag(h, "/me", Some(&me_user(t)), |m: &Me| &m.etag)?;
        ensure!(me.username == username, "username is {:?}", me.username);
        Ok(())
    });
    s.check("auth/me-shows-memberships", || {
        let me: Me = h.get("/me").by(&w.alice).send()?.expect_json(200)?;
        let m = me
            .memberships
            .iter()
            .find(|m| m.group_slug == w.public.slug)
            .ok_or_else(|| format!("alice's memberships lack {}: {:?}", w.public.slug, me.memberships))?;
        ensure!(m.role == Role::Member, "alice's role is {:?}", m.role);
        Ok(())
    });
    s.check("auth/me-anonymous-401", || {
        h.get("/me").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("auth/me-garbage-token-401", || {
        h.get("/me").bearer("not-a-token").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });

    // PATCH /me: a fresh etag, a change, then the old etag is stale.
    let before = token
        .as_ref()
        .and_then(|t| h.get("/me").bearer(t).send().ok())
        .and_then(|r| r.expect_json::<Me>(200).ok());
    s.check("auth/patch-me-without-if-match-428", || {
        let t = need(&token, "auth/login-200")?;
        h.patch("/me")
            .bearer(t)
            .json(&MePatch { display_name: Some("No Precondition".into()), ..Default::default() })
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("auth/patch-me-invalid-422", || {
        let t = need(&token, "auth/login-200")?;
        let me = need(&before, "GET /me")?;
        h.patch("/me")
            .bearer(t)
            .if_match(&me.etag)
            .json(&MePatch {
                display_name: Some(String::new()),
                interests: Some(vec!["no-such-topic-at-all".into()]),
                bio: None,
            })
            .send()?
            .expect_invalid(&["/display_name", "/interests/0"])?;
        Ok(())
    });
    let patched = s.check_value("auth/patch-me-200", || {
        let t = need(&token, "auth/login-200")?;
        let me = need(&before, "GET /me")?;
        let after: Me = h
            .patch("/me")
            .bearer(t)
            .if_match(&me.etag)
            .json(&MePatch {
                display_name: Some("Renamed Tester".into()),
                interests: Some(vec![w.topics[1].clone()]),
                bio: None,
            })
            .send()?
            .expect_json(200)?;
        ensure!(after.display_name == "Renamed Tester", "display_name is {:?}", after.display_name);
        ensure!(after.interests == [w.topics[1].clone()], "interests are {:?}", after.interests);
        ensure!(after.etag != me.etag, "the etag did not change");
        let again: Me = h.get("/me").bearer(t).send()?.expect_json(200)?;
        ensure!(again.display_name == "Renamed Tester", "GET /me afterwards shows {:?}", again.display_name);
        Ok(after)
    });
    s.check("auth/patch-me-stale-etag-412-unchanged", || {
        let t = need(&token, "auth/login-200")?;
        let old = need(&before, "GET /me")?;
        need(&patched, "auth/patch-me-200")?;
        h.patch("/me")
            .bearer(t)
            .if_match(&old.etag)
            .json(&MePatch { display_name: Some("Lost Update".into()), ..Default::default() })
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let now: Me = h.get("/me").bearer(t).send()?.expect_json(200)?;
        ensure!(
            now.display_name == "Renamed Tester",
            "the refused change was written: display_name is {:?}",
            now.display_name
        );
        Ok(())
    });

    s.check("auth/logout-204", || {
        let t = need(&token, "auth/login-200")?;
        h.post("/auth/logout").bearer(t).send()?.expect(204)?;
        Ok(())
    });
    s.check("auth/logged-out-token-401", || {
        let t = need(&token, "auth/login-200")?;
        h.get("/me").bearer(t).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("auth/other-sessions-survive-logout", || {
        let r = need(&reg, "auth/register-201")?;
        h.get("/me").bearer(&r.token).send()?.expect_json::<Me>(200)?;
        Ok(())
    });
    s.check("auth/logout-anonymous-401", || {
        h.post("/auth/logout").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
}
