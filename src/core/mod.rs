//! What every feature stands on: the REST client and its typed error (`api`), browser storage
//! (`storage`: the `KvStore` trait, IndexedDB, saved copies, device settings), the runtime
//! configuration and the backend it names, the session, connectivity, app-wide notices, the
//! theme, PWA updates, the route table, and the paged-list primitive. Reactive contexts are set
//! up with `provide_*` and read with `use_*`; their rules are plain functions tested natively
//! beside them.

pub mod api;
pub mod backend;
pub mod config;
pub mod connectivity;
pub mod early;
pub mod i18n;
pub mod notices;
pub mod paging;
pub mod pwa;
pub mod route_table;
pub mod session;
pub mod storage;
pub mod theme;
