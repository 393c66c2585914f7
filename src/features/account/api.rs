//! The account's endpoints: signing up, the password, the profile, and ending every session.

use kith_api::{Me, MePatch, PasswordChange, RegisterRequest, SessionToken};

use crate::core::api::{Api, ApiError, Req};

impl Api {
    pub async fn register(&self, body: &RegisterRequest) -> Result<SessionToken, ApiError> {
        self.send(Req::post("/auth/register").json(body)).await
    }

    /// Ends every session of the account, this one included.
    pub async fn logout_all(&self) -> Result<(), ApiError> {
        self.send(Req::post("/auth/logout-all")).await
    }

    /// Changes the password; the server ends every other session of the account.
    pub async fn change_password(&self, body: &PasswordChange) -> Result<(), ApiError> {
        self.send(Req::post("/me/password").json(body)).await
    }

    pub async fn patch_me(&self, etag: &str, patch: &MePatch) -> Result<Me, ApiError> {
        self.send(Req::patch("/me").if_match(etag).json(patch)).await
    }
}
