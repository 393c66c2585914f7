//! Creating, reading, discovering, changing and archiving groups.

use kith_api::time::parse_rfc3339;
use kith_api::validate::slugify;
use kith_api::*;

use super::client::{Http, get_with_etag, walk};
use super::world::{self, User, World};
use super::{Outcome, Suite, need};

/// Discovery restricted to this run's groups (their names carry the run id).
fn discover(h: &Http, w: &World, user: Option<&User>, extra: &[(&str, &str)]) -> Outcome<Vec<Group>> {
    let mut q = vec![("q", w.run.clone())];
    q.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    walk(h, "/groups", &q, user, 100)
}

fn slugs(groups: &[Group]) -> Vec<&str> {
    groups.iter().map(|g| g.slug.as_str()).collect()
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let spec = NewGroup { topics: vec![w.topics[1].clone()], ..w.new_group("grp", Visibility::Public) };
    let slug = spec.slug.clone().unwrap_or_default();
    let group = s.check_value("groups/create-201", || {
        let g: Group = h.post("/groups").by(&w.owner).json(&spec).send()?.expect_json(201)?;
        ensure!(g.slug == slug, "slug is {:?}, asked for {slug:?}", g.slug);
        ensure!(g.name == spec.name, "name is {:?}", g.name);
        ensure!(g.purpose == spec.purpose, "purpose is {:?}", g.purpose);
        ensure!(g.topics == spec.topics, "topics are {:?}", g.topics);
        ensure!(g.region == spec.region, "region is {:?}", g.region);
        ensure!(g.visibility == Visibility::Public, "visibility is {:?}", g.visibility);
        ensure!(g.my_role == Some(Role::Owner), "my_role is {:?}", g.my_role);
        ensure!(g.member_count == 1, "member_count is {}", g.member_count);
        ensure!(!g.archived, "a new group is archived");
        ensure!(!g.etag.is_empty(), "etag is empty");
        Ok(g)
    });
    s.check("groups/create-derived-slug-201", || {
        let spec = NewGroup {
            name: format!("Conformance {} Derived", w.run),
            slug: None,
            ..w.new_group("unused", Visibility::Public)
        };
        let g: Group = h.post("/groups").by(&w.owner).json(&spec).send()?.expect_json(201)?;
        let want = slugify(&spec.name);
        ensure!(
            g.slug.starts_with(&want),
            "slug {:?} is not derived from the name (expected {want:?})",
            g.slug
        );
        Ok(())
    });
    s.check("groups/derived-slug-transliterates-and-numbers-when-taken", || {
        let name = format!("Müggelsee Straße {}", w.run);
        let spec = NewGroup { name: name.clone(), slug: None, ..w.new_group("unused", Visibility::Public) };
        let first: Group = h.post("/groups").by(&w.owner).json(&spec).send()?.expect_json(201)?;
        let want = slugify(&name);
        ensure!(want.starts_with("mueggelsee-strasse-"), "the shared slugify gave {want:?}");
        ensure!(first.slug == want, "the first group of that name got {:?}, not {want:?}", first.slug);
        let second: Group = h.post("/groups").by(&w.bob).json(&spec).send()?.expect_json(201)?;
        ensure!(
            second.slug == format!("{want}-2"),
            "the second group of that name got {:?}, not {want}-2",
            second.slug
        );
        Ok(())
    });
    s.check("groups/create-slug-taken-409", || {
        need(&group, "groups/create-201")?;
        h.post("/groups").by(&w.bob).json(&spec).send()?.expect_problem(409, codes::SLUG_TAKEN)?;
        Ok(())
    });
    s.check("groups/create-invalid-422", || {
        h.post("/groups")
            .by(&w.owner)
            .json(&NewGroup {
                name: "x".into(),
                purpose: "short".into(),
                topics: vec!["no-such-topic-at-all".into()],
                region: "B".into(),
                ..w.new_group("invalid", Visibility::Public)
            })
            .send()?
            .expect_invalid(&["/name", "/purpose", "/topics/0", "/region"])?;
        Ok(())
    });
    s.check("groups/create-bad-slug-422", || {
        h.post("/groups")
            .by(&w.owner)
            .json(&NewGroup {
                slug: Some("Not A Slug!".into()),
                ..w.new_group("badslug", Visibility::Public)
            })
            .send()?
            .expect_invalid(&["/slug"])?;
        Ok(())
    });
    s.check("groups/create-anonymous-401", || {
        h.post("/groups")
            .json(&w.new_group("anon", Visibility::Public))
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("groups/get-anonymous-200-with-etag", || {
        need(&group, "groups/create-201")?;
        let g: Group = get_with_etag(h, &format!("/groups/{slug}"), None, |g: &Group| &g.etag)?;
        ensure!(g.my_role.is_none(), "anonymous my_role is {:?}", g.my_role);
        ensure!(!g.my_request_pending, "anonymous my_request_pending is true");
        Ok(())
    });
    s.check("groups/get-shows-my-role", || {
        let g: Group = world::get_json(h, Some(&w.moderator), &format!("/groups/{}", w.public.slug))?;
        ensure!(g.my_role == Some(Role::Moderator), "the moderator's my_role is {:?}", g.my_role);
        let g: Group = world::get_json(h, Some(&w.bob), &format!("/groups/{}", w.public.slug))?;
        ensure!(g.my_role == Some(Role::Member), "bob's my_role is {:?}", g.my_role);
        ensure!(g.member_count == 6, "member_count is {}, expected 6", g.member_count);
        Ok(())
    });
    s.check("groups/get-unknown-404", || {
        h.get(format!("/groups/{}", w.name("no-such-group")))
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });

    // Discovery.
    s.check("groups/discovery-lists-public-and-private", || {
        let found = discover(h, w, Some(&w.outsider), &[])?;
        let got = slugs(&found);
        for want in [&w.public.slug, &w.private.slug] {
            ensure!(got.contains(&want.as_str()), "{want} is missing from {got:?}");
        }
        ensure!(
            !got.contains(&w.unlisted.slug.as_str()),
            "the unlisted group {} is listed for a non-member",
            w.unlisted.slug
        );
        Ok(())
    });
    s.check("groups/discovery-anonymous-hides-unlisted", || {
        let found = discover(h, w, None, &[])?;
        let got = slugs(&found);
        ensure!(got.contains(&w.public.slug.as_str()), "{} is missing", w.public.slug);
        ensure!(!got.contains(&w.unlisted.slug.as_str()), "the unlisted group is listed");
        Ok(())
    });
    s.check("groups/discovery-unlisted-for-members", || {
        let found = discover(h, w, Some(&w.alice), &[])?;
        ensure!(
            slugs(&found).contains(&w.unlisted.slug.as_str()),
            "alice is a member of {} but it is not listed for her",
            w.unlisted.slug
        );
        Ok(())
    });
    s.check("groups/discovery-filter-visibility", || {
        let found = discover(h, w, Some(&w.outsider), &[("visibility", "private")])?;
        ensure!(
            found.iter().all(|g| g.visibility == Visibility::Private),
            "visibility=private listed {:?}",
            found.iter().map(|g| (&g.slug, g.visibility)).collect::<Vec<_>>()
        );
        ensure!(slugs(&found).contains(&w.private.slug.as_str()), "{} is missing", w.private.slug);
        Ok(())
    });
    s.check("groups/discovery-filter-topic", || {
        need(&group, "groups/create-201")?;
        let found = discover(h, w, None, &[("topic", &w.topics[1])])?;
        ensure!(
            found.iter().all(|g| g.topics.contains(&w.topics[1])),
            "topic={} listed groups without it",
            w.topics[1]
        );
        ensure!(slugs(&found).contains(&slug.as_str()), "{slug} is missing");
        Ok(())
    });
    s.check("groups/discovery-filter-region", || {
        let region = format!("Region {}", w.run);
        let found = walk::<Group>(h, "/groups", &[("region", region.clone())], None, 100)?;
        let key = kith_api::text::fold(&region);
        ensure!(
            found.iter().all(|g| kith_api::text::fold(&g.region).starts_with(&key)),
            "region filter listed regions that do not start with {region:?}"
        );
        ensure!(slugs(&found).contains(&w.public.slug.as_str()), "{} is missing", w.public.slug);
        Ok(())
    });
    s.check("groups/discovery-region-prefix-ignores-case-and-accents", || {
        let region = format!("Zürich {}", w.run);
        let spec = NewGroup { region: region.clone(), ..w.new_group("zurich", Visibility::Public) };
        let g: Group = h.post("/groups").by(&w.owner).json(&spec).send()?.expect_json(201)?;
        let typed = format!("zUrich {}", w.run);
        let typed = typed.get(..typed.len() - 1).unwrap_or(&typed).to_string();
        let found = walk::<Group>(h, "/groups", &[("region", typed.clone())], None, 100)?;
        ensure!(
            slugs(&found).contains(&g.slug.as_str()),
            "region={typed:?} does not find a group in {region:?}"
        );
        let list: RegionList = h.get("/regions").query("prefix", &typed).send()?.expect_json(200)?;
        ensure!(
            list.items.iter().any(|r| r.region == region && r.groups >= 1),
            "GET /regions?prefix={typed:?} gave {:?}, without {region:?}",
            list.items
        );
        Ok(())
    });
    s.check("groups/discovery-filter-size", || {
        let small = discover(h, w, None, &[("size", "small")])?;
        ensure!(slugs(&small).contains(&w.public.slug.as_str()), "size=small lacks a 6-member group");
        ensure!(small.iter().all(|g| g.member_count <= 15), "size=small lists a group over 15 members");
        let large = discover(h, w, None, &[("size", "large")])?;
        ensure!(!slugs(&large).contains(&w.public.slug.as_str()), "size=large lists a 6-member group");
        Ok(())
    });
    s.check("groups/discovery-activity-filters-200", || {
        for a in ActivityFilter::ALL {
            discover(h, w, None, &[("activity", a.as_str())])?;
        }
        Ok(())
    });
    s.check("groups/discovery-sorts-200", || {
        let base = discover(h, w, None, &[])?;
        let mut want: Vec<&str> = slugs(&base);
        want.sort();
        for sort in GroupSort::ALL {
            let got = discover(h, w, None, &[("sort", sort.as_str())])?;
            let mut got: Vec<&str> = slugs(&got);
            got.sort();
            ensure!(got == want, "sort={} lists {got:?}, unsorted lists {want:?}", sort.as_str());
        }
        Ok(())
    });
    s.check("groups/discovery-sort-name-alphabetical", || {
        let found = discover(h, w, None, &[("sort", "name")])?;
        let names: Vec<String> = found.iter().map(|g| g.name.to_lowercase()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        ensure!(names == sorted, "sort=name gave {names:?}");
        Ok(())
    });
    s.check("groups/discovery-sort-members-descending", || {
        let found = discover(h, w, None, &[("sort", "members")])?;
        let counts: Vec<u32> = found.iter().map(|g| g.member_count).collect();
        ensure!(counts.windows(2).all(|p| p[0] >= p[1]), "sort=members gave counts {counts:?}");
        Ok(())
    });
    s.check("groups/discovery-sort-new-newest-first", || {
        let found = discover(h, w, None, &[("sort", "new")])?;
        let times: Vec<i64> = found.iter().map(|g| parse_rfc3339(&g.created_at).unwrap_or(0)).collect();
        ensure!(times.windows(2).all(|p| p[0] >= p[1]), "sort=new is not newest first");
        Ok(())
    });
    s.check("groups/discovery-recommended", || {
        let rec = world::register(h, &w.name("rec"), &[w.topics[0].clone()])?;
        world::join(h, &rec, &w.public.slug)?;
        let page: Page<Group> = h
            .get("/groups")
            .by(&rec)
            .query("recommended", "true")
            .query("limit", 100)
            .send()?
            .expect_json(200)?;
        ensure!(
            !page.items.is_empty(),
            "nothing is recommended to a user interested in {:?}, although groups of this run carry it",
            w.topics[0]
        );
        for g in &page.items {
            ensure!(
                g.recommendation_reason.as_deref().is_some_and(|r| !r.is_empty()),
                "recommended group {} has no recommendation_reason",
                g.slug
            );
            ensure!(g.slug != w.public.slug, "a group the caller belongs to is recommended");
            ensure!(g.my_role.is_none(), "recommended {} although the caller is a member", g.slug);
        }
        Ok(())
    });

    s.check("groups/discovery-recommended-anonymous-401", || {
        h.get("/groups").query("recommended", "true").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });

    // Changing a group.
    let moderated = group.as_ref().and_then(|g| {
        world::join(h, &w.moderator, &g.slug).ok()?;
        world::set_role(h, &w.owner, &g.slug, &w.moderator.username, Role::Moderator).ok()?;
        world::get_json::<Group>(h, Some(&w.owner), &format!("/groups/{}", g.slug)).ok()
    });
    let path = format!("/groups/{slug}");
    s.check("groups/patch-without-if-match-428", || {
        need(&moderated, "groups/create-201 and promoting a moderator")?;
        h.patch(&path)
            .by(&w.owner)
            .json(&GroupPatch {
                purpose: Some("A purpose that never gets written.".into()),
                ..Default::default()
            })
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("groups/patch-invalid-422", || {
        let g = need(&moderated, "groups/create-201 and promoting a moderator")?;
        h.patch(&path)
            .by(&w.owner)
            .if_match(&g.etag)
            .json(&GroupPatch { name: Some("x".into()), topics: Some(vec![]), ..Default::default() })
            .send()?
            .expect_invalid(&["/name", "/topics"])?;
        Ok(())
    });
    let new_purpose = format!("A changed purpose for run {}.", w.run);
    let patched = s.check_value("groups/patch-200", || {
        let g = need(&moderated, "groups/create-201 and promoting a moderator")?;
        let after: Group = h
            .patch(&path)
            .by(&w.owner)
            .if_match(&g.etag)
            .json(&GroupPatch { purpose: Some(new_purpose.clone()), ..Default::default() })
            .send()?
            .expect_json(200)?;
        ensure!(after.purpose == new_purpose, "purpose is {:?}", after.purpose);
        ensure!(after.etag != g.etag, "the etag did not change");
        ensure!(after.name == g.name, "the name changed although it was absent from the patch");
        let again: Group = world::get_json(h, None, &path)?;
        ensure!(again.purpose == new_purpose, "GET shows purpose {:?}", again.purpose);
        Ok(after)
    });
    s.check("groups/patch-stale-etag-412-unchanged", || {
        let old = need(&moderated, "groups/create-201 and promoting a moderator")?;
        need(&patched, "groups/patch-200")?;
        h.patch(&path)
            .by(&w.owner)
            .if_match(&old.etag)
            .json(&GroupPatch {
                purpose: Some("A lost update that must not be written.".into()),
                ..Default::default()
            })
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let now: Group = world::get_json(h, None, &path)?;
        ensure!(now.purpose == new_purpose, "the refused change was written: {:?}", now.purpose);
        Ok(())
    });
    s.check("groups/patch-moderator-guidelines-200", || {
        need(&patched, "groups/patch-200")?;
        let g: Group = world::get_json(h, Some(&w.moderator), &path)?;
        let after: Group = h
            .patch(&path)
            .by(&w.moderator)
            .if_match(&g.etag)
            .json(&GroupPatch { guidelines: Some("Be kind. Stay on topic.".into()), ..Default::default() })
            .send()?
            .expect_json(200)?;
        ensure!(after.guidelines == "Be kind. Stay on topic.", "guidelines are {:?}", after.guidelines);
        Ok(())
    });
    s.check("groups/patch-moderator-other-fields-403", || {
        need(&moderated, "groups/create-201 and promoting a moderator")?;
        let g: Group = world::get_json(h, Some(&w.moderator), &path)?;
        h.patch(&path)
            .by(&w.moderator)
            .if_match(&g.etag)
            .json(&GroupPatch { name: Some("Renamed By A Moderator".into()), ..Default::default() })
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });

    // Archiving.
    let archived = s.check_value("groups/archive-200", || {
        let g = world::create_group(h, &w.owner, &w.new_group("archived", Visibility::Public))?;
        let a: Group = h.post(format!("/groups/{}/archive", g.slug)).by(&w.owner).send()?.expect_json(200)?;
        ensure!(a.archived, "archived is false after archiving");
        Ok(a)
    });
    s.check("groups/archived-is-read-only-409", || {
        let g = need(&archived, "groups/archive-200")?;
        h.post(format!("/groups/{}/posts", g.slug))
            .by(&w.owner)
            .json(&NewPost { title: "Too late".into(), body: "The group is archived.".into() })
            .send()?
            .expect_problem(409, codes::ARCHIVED)?;
        Ok(())
    });
    s.check("groups/archived-leaves-discovery", || {
        let g = need(&archived, "groups/archive-200")?;
        let found = discover(h, w, None, &[])?;
        ensure!(!slugs(&found).contains(&g.slug.as_str()), "the archived group is still listed");
        Ok(())
    });
    s.check("groups/archived-still-readable", || {
        let g = need(&archived, "groups/archive-200")?;
        let again: Group = world::get_json(h, None, &format!("/groups/{}", g.slug))?;
        ensure!(again.archived, "GET shows archived false");
        Ok(())
    });
}
