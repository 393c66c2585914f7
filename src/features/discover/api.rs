//! Finding groups: the filtered, sorted and recommended group lists.

use kith_api::{Group, GroupQuery, Page};

use crate::core::api::{Api, ApiError, Req};

impl Api {
    pub async fn list_groups(&self, q: &GroupQuery) -> Result<Page<Group>, ApiError> {
        self.send(Req::get("/groups").query(q)).await
    }
}
