//! Posts, comments and reactions.

use kith_api::{
    Comment, CommentPatch, NewComment, NewPost, Page, PageParams, Post, PostPatch, PostQuery, ReactionKind,
    ReactionToggle, Reactions,
};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    pub async fn list_group_posts(&self, slug: &str, q: &PostQuery) -> Result<Page<Post>, ApiError> {
        self.send(Req::get(format!("/groups/{}/posts", enc(slug))).query(q)).await
    }

    pub async fn home_feed(&self, q: &PostQuery) -> Result<Page<Post>, ApiError> {
        self.send(Req::get("/feed").query(q)).await
    }

    pub async fn create_post(&self, slug: &str, p: &NewPost, key: Option<&str>) -> Result<Post, ApiError> {
        self.send(Req::post(format!("/groups/{}/posts", enc(slug))).json(p).idempotency_key(key)).await
    }

    pub async fn get_post(&self, id: i64) -> Result<Post, ApiError> {
        self.send(Req::get(format!("/posts/{id}"))).await
    }

    pub async fn patch_post(&self, id: i64, etag: &str, p: &PostPatch) -> Result<Post, ApiError> {
        self.send(Req::patch(format!("/posts/{id}")).if_match(etag).json(p)).await
    }

    pub async fn delete_post(&self, id: i64, etag: &str) -> Result<(), ApiError> {
        self.send(Req::delete(format!("/posts/{id}")).if_match(etag)).await
    }

    /// `action` is one of `pin`, `unpin`, `lock`, `unlock`.
    pub async fn moderate_post(&self, id: i64, action: &str) -> Result<Post, ApiError> {
        self.send(Req::post(format!("/posts/{id}/{action}"))).await
    }

    pub async fn react_post(&self, id: i64, kind: ReactionKind) -> Result<Reactions, ApiError> {
        self.send(Req::post(format!("/posts/{id}/reactions")).json(&ReactionToggle { kind })).await
    }

    pub async fn list_comments(&self, post: i64, p: &PageParams) -> Result<Page<Comment>, ApiError> {
        self.send(Req::get(format!("/posts/{post}/comments")).query(p)).await
    }

    pub async fn create_comment(
        &self,
        post: i64,
        c: &NewComment,
        key: Option<&str>,
    ) -> Result<Comment, ApiError> {
        self.send(Req::post(format!("/posts/{post}/comments")).json(c).idempotency_key(key)).await
    }

    pub async fn patch_comment(&self, id: i64, etag: &str, body: String) -> Result<Comment, ApiError> {
        self.send(Req::patch(format!("/comments/{id}")).if_match(etag).json(&CommentPatch { body })).await
    }

    pub async fn delete_comment(&self, id: i64, etag: &str) -> Result<(), ApiError> {
        self.send(Req::delete(format!("/comments/{id}")).if_match(etag)).await
    }

    pub async fn react_comment(&self, id: i64, kind: ReactionKind) -> Result<Reactions, ApiError> {
        self.send(Req::post(format!("/comments/{id}/reactions")).json(&ReactionToggle { kind })).await
    }
}
