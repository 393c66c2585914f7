//! A member's profile.

use kith_api::Profile;

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    pub async fn get_profile(&self, username: &str) -> Result<Profile, ApiError> {
        self.send(Req::get(format!("/users/{}", enc(username)))).await
    }
}
