//! A group's own endpoints: creating and changing it, joining and leaving, its members and its
//! resources shelf.

use kith_api::{
    Group, GroupPatch, JoinOutcome, JoinRequestBody, Member, MemberQuery, NewGroup, NewShelfItem, Page,
    PageParams, ShelfItem, ShelfItemPatch,
};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    pub async fn create_group(&self, g: &NewGroup, key: Option<&str>) -> Result<Group, ApiError> {
        self.send(Req::post("/groups").json(g).idempotency_key(key)).await
    }

    pub async fn get_group(&self, slug: &str) -> Result<Group, ApiError> {
        self.send(Req::get(format!("/groups/{}", enc(slug)))).await
    }

    pub async fn patch_group(&self, slug: &str, etag: &str, p: &GroupPatch) -> Result<Group, ApiError> {
        self.send(Req::patch(format!("/groups/{}", enc(slug))).if_match(etag).json(p)).await
    }

    pub async fn archive_group(&self, slug: &str) -> Result<Group, ApiError> {
        self.send(Req::post(format!("/groups/{}/archive", enc(slug)))).await
    }

    pub async fn join_group(&self, slug: &str, message: Option<String>) -> Result<JoinOutcome, ApiError> {
        self.send(Req::post(format!("/groups/{}/join", enc(slug))).json(&JoinRequestBody { message })).await
    }

    pub async fn leave_group(&self, slug: &str) -> Result<(), ApiError> {
        self.send(Req::post(format!("/groups/{}/leave", enc(slug)))).await
    }

    pub async fn list_members(&self, slug: &str, q: &MemberQuery) -> Result<Page<Member>, ApiError> {
        self.send(Req::get(format!("/groups/{}/members", enc(slug))).query(q)).await
    }

    pub async fn list_resources(&self, slug: &str, p: &PageParams) -> Result<Page<ShelfItem>, ApiError> {
        self.send(Req::get(format!("/groups/{}/resources", enc(slug))).query(p)).await
    }

    pub async fn create_resource(
        &self,
        slug: &str,
        r: &NewShelfItem,
        key: Option<&str>,
    ) -> Result<ShelfItem, ApiError> {
        self.send(Req::post(format!("/groups/{}/resources", enc(slug))).json(r).idempotency_key(key)).await
    }

    pub async fn patch_resource(
        &self,
        id: i64,
        etag: &str,
        p: &ShelfItemPatch,
    ) -> Result<ShelfItem, ApiError> {
        self.send(Req::patch(format!("/resources/{id}")).if_match(etag).json(p)).await
    }

    pub async fn delete_resource(&self, id: i64, etag: &str) -> Result<(), ApiError> {
        self.send(Req::delete(format!("/resources/{id}")).if_match(etag)).await
    }
}
