//! Groups, membership and the resources shelf.

use kith_api::{
    Ban, Group, GroupPatch, GroupQuery, JoinDecision, JoinOutcome, JoinRequest, JoinRequestBody, LiftRequest,
    Member, MemberQuery, NewGroup, NewShelfItem, Page, PageParams, Role, RoleChange, SanctionRequest,
    ShelfItem, ShelfItemPatch,
};

use super::client::{Api, Req, encode_component as enc};
use super::error::ApiError;

impl Api {
    pub async fn list_groups(&self, q: &GroupQuery) -> Result<Page<Group>, ApiError> {
        self.send(Req::get("/groups").query(q)).await
    }

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

    pub async fn list_bans(&self, slug: &str, p: &PageParams) -> Result<Page<Ban>, ApiError> {
        self.send(Req::get(format!("/groups/{}/bans", enc(slug))).query(p)).await
    }

    pub async fn list_join_requests(
        &self,
        slug: &str,
        p: &PageParams,
    ) -> Result<Page<JoinRequest>, ApiError> {
        self.send(Req::get(format!("/groups/{}/join-requests", enc(slug))).query(p)).await
    }

    pub async fn approve_join_request(
        &self,
        slug: &str,
        id: i64,
        message: Option<String>,
    ) -> Result<Member, ApiError> {
        self.send(
            Req::post(format!("/groups/{}/join-requests/{id}/approve", enc(slug)))
                .json(&JoinDecision { message }),
        )
        .await
    }

    pub async fn deny_join_request(
        &self,
        slug: &str,
        id: i64,
        message: Option<String>,
    ) -> Result<(), ApiError> {
        self.send(
            Req::post(format!("/groups/{}/join-requests/{id}/deny", enc(slug)))
                .json(&JoinDecision { message }),
        )
        .await
    }

    pub async fn set_role(&self, slug: &str, username: &str, role: Role) -> Result<Member, ApiError> {
        self.send(
            Req::post(format!("/groups/{}/members/{}/role", enc(slug), enc(username)))
                .json(&RoleChange { role }),
        )
        .await
    }

    pub async fn sanction_member(
        &self,
        slug: &str,
        username: &str,
        s: &SanctionRequest,
    ) -> Result<(), ApiError> {
        self.send(Req::post(format!("/groups/{}/members/{}/sanction", enc(slug), enc(username))).json(s))
            .await
    }

    pub async fn unmute_member(
        &self,
        slug: &str,
        username: &str,
        reason: Option<String>,
    ) -> Result<(), ApiError> {
        self.send(
            Req::post(format!("/groups/{}/members/{}/unmute", enc(slug), enc(username)))
                .json(&LiftRequest { reason }),
        )
        .await
    }

    pub async fn unban_member(
        &self,
        slug: &str,
        username: &str,
        reason: Option<String>,
    ) -> Result<(), ApiError> {
        self.send(
            Req::post(format!("/groups/{}/members/{}/unban", enc(slug), enc(username)))
                .json(&LiftRequest { reason }),
        )
        .await
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
