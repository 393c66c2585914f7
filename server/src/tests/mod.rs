//! Tests of the reference server through its real router (in-memory database) and, for slow
//! clients, through its real accept loop on a loopback port.

mod compression;
mod discovery;
mod engines;
mod hardening;
mod kit;
mod profiles;
