//! The inbox's endpoints: notifications, read state, per-group levels, blocking, the live
//! stream's ticket and push subscriptions.

use kith_api::{
    BlockList, MarkRead, Notification, NotificationLevel, NotificationLevelBody, NotificationQuery, Page,
    PushEndpoint, PushSubscriptionBody, StreamTicket, UnreadCount,
};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    pub async fn list_notifications(&self, q: &NotificationQuery) -> Result<Page<Notification>, ApiError> {
        self.send(Req::get("/notifications").query(q)).await
    }

    pub async fn unread_count(&self) -> Result<UnreadCount, ApiError> {
        self.send(Req::get("/notifications/unread-count")).await
    }

    pub async fn mark_read(&self, body: &MarkRead) -> Result<UnreadCount, ApiError> {
        self.send(Req::post("/notifications/read").json(body)).await
    }

    pub async fn set_notification_level(
        &self,
        slug: &str,
        level: NotificationLevel,
    ) -> Result<NotificationLevelBody, ApiError> {
        self.send(
            Req::put(format!("/groups/{}/notification-level", enc(slug)))
                .json(&NotificationLevelBody { level }),
        )
        .await
    }

    pub async fn blocks(&self) -> Result<BlockList, ApiError> {
        self.send(Req::get("/me/blocks")).await
    }

    pub async fn block(&self, username: &str) -> Result<(), ApiError> {
        self.send(Req::post(format!("/me/blocks/{}", enc(username)))).await
    }

    pub async fn unblock(&self, username: &str) -> Result<(), ApiError> {
        self.send(Req::delete(format!("/me/blocks/{}", enc(username)))).await
    }

    pub async fn stream_ticket(&self) -> Result<StreamTicket, ApiError> {
        self.send(Req::post("/stream/ticket")).await
    }

    /// The stream's address for a ticket (an `EventSource` cannot send the bearer token).
    pub fn stream_url(&self, ticket: &str, last_event_id: Option<i64>) -> String {
        let mut url = self.url(&format!("/stream?ticket={}", enc(ticket)));
        if let Some(id) = last_event_id {
            url.push_str(&format!("&last_event_id={id}"));
        }
        url
    }

    pub async fn subscribe_push(&self, body: &PushSubscriptionBody) -> Result<(), ApiError> {
        self.send(Req::post("/push/subscriptions").json(body)).await
    }

    pub async fn unsubscribe_push(&self, endpoint: &str) -> Result<(), ApiError> {
        self.send(Req::delete("/push/subscriptions").json(&PushEndpoint { endpoint: endpoint.into() })).await
    }
}
