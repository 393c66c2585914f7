//! Events and RSVPs.

use kith_api::{
    Attendee, CancelRequest, Event, EventPatch, EventQuery, NewEvent, Page, PageParams, RsvpChoice,
    RsvpOutcome, RsvpRequest,
};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    pub async fn list_group_events(&self, slug: &str, q: &EventQuery) -> Result<Page<Event>, ApiError> {
        self.send(Req::get(format!("/groups/{}/events", enc(slug))).query(q)).await
    }

    pub async fn list_my_events(&self, q: &EventQuery) -> Result<Page<Event>, ApiError> {
        self.send(Req::get("/events").query(q)).await
    }

    pub async fn create_event(&self, slug: &str, e: &NewEvent, key: Option<&str>) -> Result<Event, ApiError> {
        self.send(Req::post(format!("/groups/{}/events", enc(slug))).json(e).idempotency_key(key)).await
    }

    pub async fn get_event(&self, id: i64) -> Result<Event, ApiError> {
        self.send(Req::get(format!("/events/{id}"))).await
    }

    pub async fn patch_event(&self, id: i64, etag: &str, p: &EventPatch) -> Result<Event, ApiError> {
        self.send(Req::patch(format!("/events/{id}")).if_match(etag).json(p)).await
    }

    pub async fn cancel_event(&self, id: i64, reason: Option<String>) -> Result<Event, ApiError> {
        self.send(Req::post(format!("/events/{id}/cancel")).json(&CancelRequest { reason })).await
    }

    pub async fn rsvp(&self, id: i64, status: RsvpChoice) -> Result<RsvpOutcome, ApiError> {
        self.send(Req::put(format!("/events/{id}/rsvp")).json(&RsvpRequest { status })).await
    }

    pub async fn list_attendees(&self, id: i64, p: &PageParams) -> Result<Page<Attendee>, ApiError> {
        self.send(Req::get(format!("/events/{id}/attendees")).query(p)).await
    }

    /// One event as iCalendar text (sent with the member's token, so private events work).
    pub async fn event_ics(&self, id: i64) -> Result<String, ApiError> {
        self.send_text(Req::get(format!("/events/{id}.ics"))).await
    }

    /// Download link of one event as iCalendar.
    pub fn event_ics_url(&self, id: i64) -> String {
        self.url(&format!("/events/{id}.ics"))
    }

    /// Subscription link of a group's calendar.
    pub fn group_calendar_url(&self, slug: &str) -> String {
        self.url(&format!("/groups/{}/calendar.ics", enc(slug)))
    }
}
