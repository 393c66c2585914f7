//! Finding groups: the filtered, sorted and recommended group lists.

use kith_api::{Group, GroupQuery, Page, RegionList, RegionQuery};

use crate::core::api::{Api, ApiError, Req};

impl Api {
    pub async fn list_groups(&self, q: &GroupQuery) -> Result<Page<Group>, ApiError> {
        self.send(Req::get("/groups").query(q)).await
    }

    /// Regions of listed groups, for the region filter's suggestions.
    pub async fn list_regions(&self, q: &RegionQuery) -> Result<RegionList, ApiError> {
        self.send(Req::get("/regions").query(q)).await
    }
}
