//! Events and RSVPs, and series of dates (recurring events).

use kith_api::{
    Attendee, CancelRequest, EditScope, Event, EventPatch, EventQuery, NewEvent, Page, PageParams,
    RsvpChoice, RsvpOutcome, RsvpRequest, ScopeQuery, Series, SeriesPause, SeriesRsvpOutcome,
};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    pub async fn list_group_events(&self, slug: &str, q: &EventQuery) -> Result<Page<Event>, ApiError> {
        self.send(Req::get(format!("/groups/{}/events", enc(slug))).query(q)).await
    }

    pub async fn list_my_events(&self, q: &EventQuery) -> Result<Page<Event>, ApiError> {
        self.send(Req::get("/events").query(q)).await
    }

    /// Creates an event, or a series when `e.recurrence` is set (the answer is its first date).
    pub async fn create_event(&self, slug: &str, e: &NewEvent, key: Option<&str>) -> Result<Event, ApiError> {
        self.send(Req::post(format!("/groups/{}/events", enc(slug))).json(e).idempotency_key(key)).await
    }

    pub async fn get_event(&self, id: i64) -> Result<Event, ApiError> {
        self.send(Req::get(format!("/events/{id}"))).await
    }

    /// Edits an event; for a date of a series, `scope` says which dates (`None`: the server's
    /// default, this date only).
    pub async fn patch_event(
        &self,
        id: i64,
        etag: &str,
        scope: Option<EditScope>,
        p: &EventPatch,
    ) -> Result<Event, ApiError> {
        self.send(Req::patch(format!("/events/{id}")).query(&ScopeQuery { scope }).if_match(etag).json(p))
            .await
    }

    /// Cancels an event; for a date of a series, `scope` may take the following dates too.
    pub async fn cancel_event(
        &self,
        id: i64,
        reason: Option<String>,
        scope: Option<EditScope>,
    ) -> Result<Event, ApiError> {
        self.send(
            Req::post(format!("/events/{id}/cancel"))
                .query(&ScopeQuery { scope })
                .json(&CancelRequest { reason }),
        )
        .await
    }

    /// Takes a date out of its series: `None` when it was removed (nobody had answered), else
    /// the date, now cancelled.
    pub async fn skip_date(&self, id: i64) -> Result<Option<Event>, ApiError> {
        self.send(Req::post(format!("/events/{id}/skip"))).await
    }

    pub async fn rsvp(&self, id: i64, status: RsvpChoice) -> Result<RsvpOutcome, ApiError> {
        self.send(Req::put(format!("/events/{id}/rsvp")).json(&RsvpRequest { status })).await
    }

    pub async fn list_attendees(&self, id: i64, p: &PageParams) -> Result<Page<Attendee>, ApiError> {
        self.send(Req::get(format!("/events/{id}/attendees")).query(p)).await
    }

    pub async fn get_series(&self, id: i64) -> Result<Series, ApiError> {
        self.send(Req::get(format!("/series/{id}"))).await
    }

    /// Pauses (no new dates; coming dates nobody answered go) or resumes a series.
    pub async fn set_series_paused(&self, id: i64, paused: bool) -> Result<Series, ApiError> {
        self.send(Req::put(format!("/series/{id}/paused")).json(&SeriesPause { paused })).await
    }

    /// "Going to every date" of a series (on) or not any more (off).
    pub async fn set_every_date(&self, series_id: i64, on: bool) -> Result<SeriesRsvpOutcome, ApiError> {
        let path = format!("/series/{series_id}/rsvp");
        self.send(if on { Req::put(path) } else { Req::delete(path) }).await
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
