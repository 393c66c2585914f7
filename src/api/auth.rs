//! Accounts, sessions and capabilities.

use kith_api::{Limits, LoginRequest, Me, MePatch, Meta, PasswordChange, RegisterRequest, SessionToken};

use super::client::{Api, Req};
use super::error::ApiError;

impl Api {
    pub async fn meta(&self) -> Result<Meta, ApiError> {
        self.send(Req::get("/meta")).await
    }

    pub async fn register(&self, body: &RegisterRequest) -> Result<SessionToken, ApiError> {
        self.send(Req::post("/auth/register").json(body)).await
    }

    pub async fn login(&self, body: &LoginRequest) -> Result<SessionToken, ApiError> {
        self.send(Req::post("/auth/login").json(body)).await
    }

    pub async fn logout(&self) -> Result<(), ApiError> {
        self.send(Req::post("/auth/logout")).await
    }

    /// Ends every session of the account, this one included.
    pub async fn logout_all(&self) -> Result<(), ApiError> {
        self.send(Req::post("/auth/logout-all")).await
    }

    /// Changes the password; the server ends every other session of the account.
    pub async fn change_password(&self, body: &PasswordChange) -> Result<(), ApiError> {
        self.send(Req::post("/me/password").json(body)).await
    }

    /// The backend's limits from `/meta`, or the reference backend's when it cannot say.
    pub async fn limits(&self) -> Limits {
        self.meta().await.map(|m| m.limits).unwrap_or(kith_api::validate::LIMITS)
    }

    pub async fn me(&self) -> Result<Me, ApiError> {
        self.send(Req::get("/me")).await
    }

    pub async fn patch_me(&self, etag: &str, patch: &MePatch) -> Result<Me, ApiError> {
        self.send(Req::patch("/me").if_match(etag).json(patch)).await
    }
}
