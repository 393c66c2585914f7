//! The curated resources shelf of a group.

use kith_api::*;

use super::world::{self, World};
use super::{Suite, need};

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let slug = &w.public.slug;
    let list_path = format!("/groups/{slug}/resources");
    let listed = |id: i64| -> super::Outcome<Option<ShelfItem>> {
        let items: Vec<ShelfItem> = world::list(h, None, &list_path)?;
        Ok(items.into_iter().find(|i| i.id == id))
    };
    let spec = NewShelfItem {
        title: w.title("Trail map"),
        url: "https://example.org/trails".into(),
        description: "Where we walk.".into(),
        tags: vec!["maps".into()],
    };
    let item = s.check_value("resources/create-201", || {
        let i: ShelfItem = h.post(&list_path).by(&w.moderator).json(&spec).send()?.expect_json(201)?;
        ensure!(i.title == spec.title && i.url == spec.url, "created {i:?}");
        ensure!(i.tags == spec.tags, "tags are {:?}", i.tags);
        ensure!(i.added_by.id == w.moderator.id, "added_by is {:?}", i.added_by);
        ensure!(!i.etag.is_empty(), "etag is empty");
        Ok(i)
    });
    s.check("resources/list-anonymous-200", || {
        let i = need(&item, "resources/create-201")?;
        ensure!(listed(i.id)?.is_some(), "the new resource is not listed");
        Ok(())
    });
    s.check("resources/create-invalid-422", || {
        h.post(&list_path)
            .by(&w.moderator)
            .json(&NewShelfItem {
                title: String::new(),
                url: "javascript:alert(1)".into(),
                ..Default::default()
            })
            .send()?
            .expect_invalid(&["/title", "/url"])?;
        Ok(())
    });
    let path = item.as_ref().map(|i| format!("/resources/{}", i.id));
    let path = path.as_deref().unwrap_or("/resources/0");
    s.check("resources/patch-without-if-match-428", || {
        need(&item, "resources/create-201")?;
        h.patch(path)
            .by(&w.moderator)
            .json(&ShelfItemPatch { title: Some("Never written".into()), ..Default::default() })
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    let patched = s.check_value("resources/patch-200", || {
        let i = need(&item, "resources/create-201")?;
        let p: ShelfItem = h
            .patch(path)
            .by(&w.moderator)
            .if_match(&i.etag)
            .json(&ShelfItemPatch { title: Some("Updated trail map".into()), ..Default::default() })
            .send()?
            .expect_json(200)?;
        ensure!(p.title == "Updated trail map", "title is {:?}", p.title);
        ensure!(p.url == i.url, "the url changed although absent from the patch");
        ensure!(p.etag != i.etag, "the etag did not change");
        Ok(p)
    });
    s.check("resources/patch-stale-etag-412-unchanged", || {
        let old = need(&item, "resources/create-201")?;
        need(&patched, "resources/patch-200")?;
        h.patch(path)
            .by(&w.moderator)
            .if_match(&old.etag)
            .json(&ShelfItemPatch { title: Some("Lost update".into()), ..Default::default() })
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let now = listed(old.id)?.ok_or("the resource vanished")?;
        ensure!(now.title == "Updated trail map", "the refused change was written: {:?}", now.title);
        Ok(())
    });
    s.check("resources/delete-without-if-match-428", || {
        need(&item, "resources/create-201")?;
        h.delete(path).by(&w.moderator).send()?.expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("resources/delete-stale-etag-412-kept", || {
        let old = need(&item, "resources/create-201")?;
        need(&patched, "resources/patch-200")?;
        h.delete(path)
            .by(&w.moderator)
            .if_match(&old.etag)
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        ensure!(listed(old.id)?.is_some(), "the resource was deleted despite the 412");
        Ok(())
    });
    s.check("resources/delete-204", || {
        let p = need(&patched, "resources/patch-200")?;
        h.delete(path).by(&w.moderator).if_match(&p.etag).send()?.expect(204)?;
        ensure!(listed(p.id)?.is_none(), "the deleted resource is still listed");
        Ok(())
    });
    s.check("resources/patch-deleted-404", || {
        let p = need(&patched, "resources/patch-200")?;
        h.patch(path)
            .by(&w.moderator)
            .if_match(&p.etag)
            .json(&ShelfItemPatch { title: Some("Gone".into()), ..Default::default() })
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
}
