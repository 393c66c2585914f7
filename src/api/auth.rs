//! Accounts, sessions and capabilities.

use kith_api::{LoginRequest, Me, MePatch, Meta, RegisterRequest, SessionToken};

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

    pub async fn me(&self) -> Result<Me, ApiError> {
        self.send(Req::get("/me")).await
    }

    pub async fn patch_me(&self, etag: &str, patch: &MePatch) -> Result<Me, ApiError> {
        self.send(Req::patch("/me").if_match(etag).json(patch)).await
    }
}
