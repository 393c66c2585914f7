//! Reports, the queue, the moderation log and group health.

use kith_api::{
    GroupHealth, ModLogEntry, ModLogQuery, NewReport, Page, ReportItem, ReportQuery, ReportReceipt,
    ResolveRequest,
};

use super::client::{Api, Req, encode_component as enc};
use super::error::ApiError;

impl Api {
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
}
