//! Rules of the domain that neither HTTP nor SQL owns, shared by the routes and the demo seed.

pub mod calendar;
pub mod passwords;
pub mod recurrence;
