//! The endpoints every feature stands on: the backend's capabilities, and the session's own
//! life (logging in and out, the member's profile). The account feature adds sign-up, the
//! password, the profile and "log out everywhere".

use kith_api::{Limits, LoginRequest, Me, Meta, SessionToken};

use super::client::{Api, Req};
use super::error::ApiError;

impl Api {
    pub async fn meta(&self) -> Result<Meta, ApiError> {
        self.send(Req::get("/meta")).await
    }

    /// The backend's limits from `/meta`, or the reference backend's when it cannot say.
    pub async fn limits(&self) -> Limits {
        self.meta().await.map(|m| m.limits).unwrap_or(kith_api::validate::LIMITS)
    }

    pub async fn login(&self, body: &LoginRequest) -> Result<SessionToken, ApiError> {
        self.send(Req::post("/auth/login").json(body)).await
    }

    pub async fn logout(&self) -> Result<(), ApiError> {
        self.send(Req::post("/auth/logout")).await
    }

    pub async fn me(&self) -> Result<Me, ApiError> {
        self.send(Req::get("/me")).await
    }
}
