//! Moderation's endpoints: reports and the queue, join requests, roles, mutes and bans, the
//! moderation log and group health.

use kith_api::{
    Ban, Comment, GroupHealth, JoinDecision, JoinRequest, LiftRequest, Member, ModLogEntry, ModLogQuery,
    ModerationReason, NewReport, Page, PageParams, Post, ReportItem, ReportQuery, ReportReceipt,
    ResolveRequest, Role, RoleChange, SanctionRequest,
};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    /// Removes (`remove`) or restores a post where a moderator reads it.
    pub async fn remove_post(&self, id: i64, remove: bool, reason: String) -> Result<Post, ApiError> {
        let action = if remove { "remove" } else { "restore" };
        self.send(Req::post(format!("/posts/{id}/{action}")).json(&ModerationReason { reason })).await
    }

    /// Removes (`remove`) or restores a comment where a moderator reads it.
    pub async fn remove_comment(&self, id: i64, remove: bool, reason: String) -> Result<Comment, ApiError> {
        let action = if remove { "remove" } else { "restore" };
        self.send(Req::post(format!("/comments/{id}/{action}")).json(&ModerationReason { reason })).await
    }

    pub async fn create_report(&self, r: &NewReport, key: Option<&str>) -> Result<ReportReceipt, ApiError> {
        self.send(Req::post("/reports").json(r).idempotency_key(key)).await
    }

    pub async fn list_reports(&self, slug: &str, q: &ReportQuery) -> Result<Page<ReportItem>, ApiError> {
        self.send(Req::get(format!("/groups/{}/reports", enc(slug))).query(q)).await
    }

    pub async fn resolve_report(
        &self,
        slug: &str,
        id: i64,
        etag: &str,
        r: &ResolveRequest,
    ) -> Result<ReportItem, ApiError> {
        self.send(Req::post(format!("/groups/{}/reports/{id}/resolve", enc(slug))).if_match(etag).json(r))
            .await
    }

    pub async fn modlog(&self, slug: &str, q: &ModLogQuery) -> Result<Page<ModLogEntry>, ApiError> {
        self.send(Req::get(format!("/groups/{}/modlog", enc(slug))).query(q)).await
    }

    pub async fn group_health(&self, slug: &str) -> Result<GroupHealth, ApiError> {
        self.send(Req::get(format!("/groups/{}/health", enc(slug)))).await
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
}
