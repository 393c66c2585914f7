//! Events: calendar maths (days, weeks, time zones, daylight saving), the browser's zones, the
//! month, week and agenda views, the event page and form, recurring series (`repeat`: the
//! form's presets, previews and rules in words), and RSVPs with a waitlist. Native tests:
//! `calendar` (against the IANA database), `repeat`; end-to-end: tests/e2e (events.spec.js).

pub mod api;
pub mod calendar;
pub mod calendar_page;
pub mod calendar_view;
pub mod event_form;
pub mod event_page;
pub mod group_events_page;
pub mod problems;
pub mod repeat;
pub mod rsvp_buttons;
pub mod zones;
