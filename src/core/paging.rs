//! The one way the app loads a cursor-paged list: [`Paged`] for lists the member pages through
//! ("Show more", or a feed that asks as it scrolls), and [`fetch_all`] for the few views that
//! need every page at once (a discussion, a calendar's days), with a page limit that is reported
//! when reached instead of silently cutting the list. The status line under a paged list is
//! `ui::paged_status::PagedStatus`.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use kith_api::Page;

use crate::core::api::ApiError;

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>, ApiError>>>>;
type Fetch<T> = Box<dyn Fn(Option<String>) -> PageFuture<T>>;
/// An item's identity, for lists that skip items they already hold.
type Key<T> = fn(&T) -> i64;

/// Where a list's loading stands.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    Loading,
    Idle,
    Failed(ApiError),
}

/// A list loaded page by page: the items so far (which the page may edit optimistically), and
/// whether there is more. A reload supersedes a load still under way; leaving the page drops
/// whatever is still on its way.
pub struct Paged<T: Send + Sync + 'static> {
    pub items: RwSignal<Vec<T>>,
    pub state: RwSignal<LoadState>,
    more: RwSignal<bool>,
    next: StoredValue<Option<String>>,
    generation: StoredValue<u32>,
    /// For lists the page also adds to (a new post on top): appended pages skip known items.
    key: StoredValue<Option<Key<T>>>,
    fetch: StoredValue<Fetch<T>, LocalStorage>,
    /// The component that made the list: its requests run under it and are aborted with it.
    owner: StoredValue<Option<Owner>>,
}

impl<T: Send + Sync + 'static> Clone for Paged<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Paged<T> {}

impl<T: Send + Sync + 'static> Paged<T> {
    /// A list of its own; starts loading the first page at once.
    pub fn new<F, Fut>(fetch: F) -> Self
    where
        F: Fn(Option<String>) -> Fut + 'static,
        Fut: Future<Output = Result<Page<T>, ApiError>> + 'static,
    {
        let p = Self::build(RwSignal::new(Vec::new()), None, fetch);
        p.load(false);
        p
    }

    /// Fills `items`, which belongs to the caller (a page that puts new posts on top): emptied
    /// now, then every page is added after what is there, skipping items whose `key` is known.
    pub fn filling<F, Fut>(items: RwSignal<Vec<T>>, key: Key<T>, fetch: F) -> Self
    where
        F: Fn(Option<String>) -> Fut + 'static,
        Fut: Future<Output = Result<Page<T>, ApiError>> + 'static,
    {
        items.set(Vec::new());
        let p = Self::build(items, Some(key), fetch);
        p.load(true);
        p
    }

    fn build<F, Fut>(items: RwSignal<Vec<T>>, key: Option<Key<T>>, fetch: F) -> Self
    where
        F: Fn(Option<String>) -> Fut + 'static,
        Fut: Future<Output = Result<Page<T>, ApiError>> + 'static,
    {
        let boxed: Fetch<T> = Box::new(move |c| Box::pin(fetch(c)));
        Paged {
            items,
            state: RwSignal::new(LoadState::Loading),
            more: RwSignal::new(false),
            next: StoredValue::new(None),
            generation: StoredValue::new(0),
            key: StoredValue::new(key),
            fetch: StoredValue::new_local(boxed),
            owner: StoredValue::new(Owner::current()),
        }
    }

    fn load(self, append: bool) {
        // The list may be gone by the time a reload is asked for.
        let Some(generation) = self.generation.try_get_value().map(|g| g + 1) else { return };
        let cursor = if append { self.next.try_get_value().flatten() } else { None };
        self.generation.set_value(generation);
        self.state.set(LoadState::Loading);
        let Some(fut) = self.fetch.try_with_value(|f| f(cursor)) else { return };
        let owner = self.owner.try_get_value().flatten();
        let task = async move {
            let result = fut.await;
            // Superseded by a reload, or the list is gone.
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            match result {
                Ok(page) => {
                    if append {
                        let key = self.key.get_value();
                        self.items.update(|v| match key {
                            Some(key) => {
                                for item in page.items {
                                    if !v.iter().any(|x| key(x) == key(&item)) {
                                        v.push(item);
                                    }
                                }
                            }
                            None => v.extend(page.items),
                        });
                    } else {
                        self.items.set(page.items);
                    }
                    self.more.set(page.next_cursor.is_some());
                    self.next.set_value(page.next_cursor);
                    self.state.set(LoadState::Idle);
                }
                // Cancelled by the app: nothing to tell the member.
                Err(ApiError::Aborted) => self.state.set(LoadState::Idle),
                Err(e) => self.state.set(LoadState::Failed(e)),
            }
        };
        match owner {
            Some(owner) => owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task)),
            None => leptos::task::spawn_local(task),
        }
    }

    /// Loads the next page, unless one is loading or there is none.
    pub fn load_more(self) {
        if self.is_loading() || !self.more.get_untracked() {
            return;
        }
        self.load(true);
    }

    /// After a failure: the page that failed, again.
    pub fn retry(self) {
        self.load(!self.is_empty_untracked());
    }

    /// Loads the first page again, replacing the items.
    pub fn reload(self) {
        self.load(false);
    }

    pub fn is_empty(self) -> bool {
        self.items.with(Vec::is_empty)
    }

    fn is_empty_untracked(self) -> bool {
        self.items.with_untracked(Vec::is_empty)
    }

    fn is_loading(self) -> bool {
        self.state.with_untracked(|s| *s == LoadState::Loading)
    }

    /// Whether the server has more pages (tracked).
    pub fn has_more(self) -> bool {
        self.more.get()
    }

    /// Whether a page is on its way (tracked).
    pub fn loading(self) -> bool {
        self.state.with(|s| *s == LoadState::Loading)
    }
}

/// Every page of a list, as far as [`fetch_all`] went.
#[derive(Clone, Debug, PartialEq)]
pub struct AllPages<T> {
    pub items: Vec<T>,
    /// The server had more after the page limit: the list is cut short, and the view says so.
    pub cut_short: bool,
    /// What stopped the loading before the end, if anything; the items before it are kept.
    pub error: Option<ApiError>,
}

/// Fetches page after page until the last, a failure, or `max_pages` pages: enough for the
/// lists of a micro-community, bounded against a backend that never stops answering "more".
pub async fn fetch_all<T, F, Fut>(max_pages: usize, fetch: F) -> AllPages<T>
where
    F: Fn(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>, ApiError>>,
{
    let mut all = AllPages { items: Vec::new(), cut_short: false, error: None };
    let mut cursor = None;
    for _ in 0..max_pages {
        match fetch(cursor.take()).await {
            Ok(page) => {
                all.items.extend(page.items);
                match page.next_cursor {
                    Some(c) => cursor = Some(c),
                    None => return all,
                }
            }
            Err(e) => {
                all.error = Some(e);
                return all;
            }
        }
    }
    all.cut_short = cursor.is_some();
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::task::{Context, Poll, Waker};

    /// Runs a future whose every await is ready at once (the fake pages below).
    fn run<F: Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("the fake pages are always ready"),
        }
    }

    /// A server with `pages` pages of two items each; it fails at page `fail_at`, if given.
    fn server(
        pages: usize,
        fail_at: Option<usize>,
    ) -> impl Fn(Option<String>) -> std::future::Ready<Result<Page<usize>, ApiError>> {
        move |cursor| {
            let n: usize = cursor.map_or(0, |c| c.parse().unwrap());
            std::future::ready(if fail_at == Some(n) {
                Err(ApiError::Timeout)
            } else {
                Ok(Page {
                    items: vec![2 * n, 2 * n + 1],
                    next_cursor: (n + 1 < pages).then(|| (n + 1).to_string()),
                })
            })
        }
    }

    #[test]
    fn every_page_is_fetched_up_to_the_last() {
        let all = run(fetch_all(20, server(3, None)));
        assert_eq!(all, AllPages { items: (0..6).collect(), cut_short: false, error: None });
        // Exactly as many pages as the limit is not cut short.
        assert!(!run(fetch_all(3, server(3, None))).cut_short);
    }

    #[test]
    fn the_page_limit_is_reported_not_silent() {
        let asked = Cell::new(0);
        let fetch = |c| {
            asked.set(asked.get() + 1);
            server(50, None)(c)
        };
        let all = run(fetch_all(20, fetch));
        assert_eq!((all.items.len(), all.cut_short, asked.get()), (40, true, 20));
    }

    #[test]
    fn a_failure_keeps_what_came_before_it() {
        let all = run(fetch_all(20, server(5, Some(2))));
        assert_eq!(all.items, [0, 1, 2, 3]);
        assert_eq!(all.error, Some(ApiError::Timeout));
        assert!(!all.cut_short);
    }
}
