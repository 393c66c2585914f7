//! Abuse limits: token buckets per account and per client address (creation floods, sign-up
//! floods, password guessing), and a bounded pool for password hashing so a burst of logins
//! cannot take the server's memory (each Argon2 hash holds 19 MiB while it runs).
//!
//! Every map here is bounded: when one is full, buckets that have refilled (and so carry no
//! information) are dropped first, and as a last resort the whole map is.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::FromRequestParts;
use axum::extract::connect_info::ConnectInfo;
use axum::http::request::Parts;
use tokio::sync::Semaphore;

use crate::db::Db;
use crate::error::{ApiError, ApiResult};

/// Whether the limits apply (they do, except for benchmark seeding) and whose
/// `X-Forwarded-For` to believe.
#[derive(Clone, Debug, Default)]
pub struct Policy {
    pub rate_limits: bool,
    pub timeouts: super::serve::Timeouts,
    /// Addresses of reverse proxies in front of the server; requests from them are attributed
    /// to the last address they add to `X-Forwarded-For`.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Policy {
    #[cfg(test)]
    pub fn strict() -> Policy {
        Policy { rate_limits: true, trusted_proxies: Vec::new(), timeouts: Default::default() }
    }
}

/// A refill rate: `burst` at once, then one more every `every`.
#[derive(Clone, Copy, Debug)]
pub struct Rate {
    pub burst: u32,
    pub every: Duration,
}

impl Rate {
    const fn new(burst: u32, every_secs: u64) -> Rate {
        Rate { burst, every: Duration::from_secs(every_secs) }
    }
}

/// What an account creates, each with its own budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Create {
    Group,
    Post,
    Comment,
    Report,
    Event,
}

impl Create {
    pub const ALL: [Create; 5] =
        [Create::Group, Create::Post, Create::Comment, Create::Report, Create::Event];

    /// Generous for people, fatal for floods: a member may start 20 groups at once and then one
    /// every 3 minutes, write 100 posts and then one every 12 s, and so on.
    pub const fn rate(self) -> Rate {
        match self {
            Create::Group => Rate::new(20, 180),
            Create::Post => Rate::new(100, 12),
            Create::Comment => Rate::new(200, 4),
            Create::Report => Rate::new(30, 60),
            Create::Event => Rate::new(100, 30),
        }
    }
    fn plural(self) -> &'static str {
        match self {
            Create::Group => "groups",
            Create::Post => "posts",
            Create::Comment => "comments",
            Create::Report => "reports",
            Create::Event => "events",
        }
    }
}

/// Sign-ups per client address.
pub const REGISTER_PER_ADDRESS: Rate = Rate::new(60, 30);
/// Failed logins per client address (one guesser, many accounts).
pub const LOGIN_FAILURES_PER_ADDRESS: Rate = Rate::new(20, 6);
/// Failed logins per account from addresses it never logged in from (many guessers, one
/// account).
pub const LOGIN_FAILURES_PER_ACCOUNT: Rate = Rate::new(10, 60);
/// Failed logins for an account from an address it logged in from before: such a pair has its
/// own bucket instead of the two above, so an attacker who exhausts them (or shares the
/// member's network) cannot lock the member out of their usual devices.
pub const LOGIN_FAILURES_PER_KNOWN_PAIR: Rate = Rate::new(10, 60);

const MAX_KEYS: usize = 100_000;
const TRUST_FOR: Duration = Duration::from_secs(30 * 86_400);

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Token buckets by key: in memory, or in the database when servers share one.
pub struct RateLimiter<K> {
    rate: Rate,
    max_keys: usize,
    buckets: Mutex<HashMap<K, Bucket>>,
    /// The shared database and this limiter's name there, when servers share one.
    shared: Option<(Db, &'static str)>,
}

/// How a limiter's key is written in the shared database.
pub trait BucketKey {
    fn bucket_key(&self) -> String;
}

impl BucketKey for i64 {
    fn bucket_key(&self) -> String {
        self.to_string()
    }
}

impl BucketKey for AddrKey {
    fn bucket_key(&self) -> String {
        self.0.to_string()
    }
}

impl BucketKey for String {
    fn bucket_key(&self) -> String {
        self.clone()
    }
}

impl BucketKey for (String, AddrKey) {
    fn bucket_key(&self) -> String {
        format!("{}@{}", self.0, self.1.0)
    }
}

impl<K: Eq + Hash> RateLimiter<K> {
    pub fn new(rate: Rate) -> Self {
        Self::with_capacity(rate, MAX_KEYS)
    }

    fn with_capacity(rate: Rate, max_keys: usize) -> Self {
        RateLimiter { rate, max_keys, buckets: Mutex::new(HashMap::new()), shared: None }
    }

    /// The same limiter with its buckets in `db`, under `name`, when other servers share it.
    fn kept_in(mut self, db: Option<&Db>, name: &'static str) -> Self {
        self.shared = db.filter(|d| d.shared()).map(|d| (d.clone(), name));
        self
    }

    fn map(&self) -> MutexGuard<'_, HashMap<K, Bucket>> {
        self.buckets.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn per_second(&self) -> f64 {
        1.0 / self.rate.every.as_secs_f64().max(0.001)
    }

    /// A bucket's level `secs` after it held `tokens`.
    fn refilled(&self, tokens: f64, secs: f64) -> f64 {
        (tokens + secs * self.per_second()).min(self.rate.burst as f64)
    }

    fn level(&self, b: &Bucket, now: Instant) -> f64 {
        self.refilled(b.tokens, now.saturating_duration_since(b.at).as_secs_f64())
    }

    /// Whole seconds until a bucket at `level` holds a token again (at least 1).
    fn wait(&self, level: f64) -> u64 {
        ((1.0 - level).max(0.0) / self.per_second()).ceil().max(1.0) as u64
    }

    /// Asks a bucket at `level` for a token: what it holds after, and the answer.
    fn spend(&self, level: f64) -> (f64, Result<(), u64>) {
        if level >= 1.0 { (level - 1.0, Ok(())) } else { (level, Err(self.wait(level))) }
    }

    /// Takes a token when one is there: `Err(seconds to wait)` otherwise.
    pub fn take_at(&self, key: K, now: Instant) -> Result<(), u64> {
        let mut map = self.map();
        if map.len() >= self.max_keys && !map.contains_key(&key) {
            let burst = self.rate.burst as f64;
            map.retain(|_, b| self.level(b, now) < burst);
            if map.len() >= self.max_keys {
                map.clear();
            }
        }
        let b = map.entry(key).or_insert(Bucket { tokens: self.rate.burst as f64, at: now });
        let (left, answer) = self.spend(self.level(b, now));
        b.tokens = left;
        b.at = now;
        answer
    }

    /// Returns a token taken for an attempt that turned out fine.
    pub fn give_back(&self, key: &K) {
        let burst = self.rate.burst as f64;
        if let Some(b) = self.map().get_mut(key) {
            b.tokens = (b.tokens + 1.0).min(burst);
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.map().len()
    }

    /// Takes a token for `key` at `now`: from its bucket in memory, or, when servers share a
    /// database, from its row there (the same arithmetic on wall-clock milliseconds, the row
    /// locked `FOR UPDATE` in a transaction of its own, so two servers together allow what one
    /// would; not the write lock, which the calling route may hold).
    pub async fn take_now(&self, key: K, now: Instant) -> Result<Result<(), u64>, sqlx::Error>
    where
        K: BucketKey,
    {
        let Some((db, name)) = &self.shared else { return Ok(self.take_at(key, now)) };
        let key = key.bucket_key();
        let mut tx = db.pool.begin().await?;
        let at_ms = now_ms();
        let burst = self.rate.burst as f64;
        let (tokens, at) = crate::db::limits::lock_bucket(&mut tx, name, &key, burst, at_ms).await?;
        let (left, answer) = self.spend(self.refilled(tokens, (at_ms - at).max(0) as f64 / 1000.0));
        crate::db::limits::set_bucket(&mut tx, name, &key, left, at_ms).await?;
        tx.commit().await?;
        Ok(answer)
    }

    /// [`give_back`](Self::give_back), wherever the bucket is kept.
    pub async fn give_back_now(&self, key: &K) -> Result<(), sqlx::Error>
    where
        K: BucketKey,
    {
        let Some((db, name)) = &self.shared else {
            self.give_back(key);
            return Ok(());
        };
        let key = key.bucket_key();
        let mut tx = db.pool.begin().await?;
        let burst = self.rate.burst as f64;
        let (tokens, at) = crate::db::limits::lock_bucket(&mut tx, name, &key, burst, now_ms()).await?;
        crate::db::limits::set_bucket(&mut tx, name, &key, (tokens + 1.0).min(burst), at).await?;
        tx.commit().await
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// A client address as limits see it: IPv4 whole, IPv6 by its /64 (one subscriber's prefix).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddrKey(u128);

impl From<IpAddr> for AddrKey {
    fn from(ip: IpAddr) -> AddrKey {
        match ip {
            IpAddr::V4(v4) => AddrKey(u32::from(v4) as u128),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => AddrKey(u32::from(v4) as u128),
                None => AddrKey((u128::from(v6) >> 64) << 64 | 1),
            },
        }
    }
}

/// The client's address: the peer of the connection, or for a trusted proxy the last address
/// it added to `X-Forwarded-For`. Unknown (in-process tests) is the unspecified address.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub IpAddr);

impl FromRequestParts<super::AppState> for ClientAddr {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &super::AppState) -> Result<Self, ApiError> {
        Ok(ClientAddr(client_addr(parts, &state.guard.policy.trusted_proxies)))
    }
}

pub fn client_addr(parts: &Parts, trusted: &[IpAddr]) -> IpAddr {
    let peer = parts
        .extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    if !trusted.contains(&peer) {
        return peer;
    }
    parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse::<IpAddr>().ok())
        .next_back()
        .unwrap_or(peer)
}

/// Runs password hashes on the blocking pool, a few at a time. Beyond `MAX_WAITING` queued
/// requests (or after waiting 10 s) the answer is a quick 503 `busy` instead of more memory.
pub struct HashPool {
    permits: Arc<Semaphore>,
    waiting: AtomicUsize,
    running: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
    max_waiting: usize,
}

const MAX_WAITING: usize = 32;

struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl HashPool {
    pub fn new(size: usize, max_waiting: usize) -> HashPool {
        HashPool {
            permits: Arc::new(Semaphore::new(size.max(1))),
            waiting: AtomicUsize::new(0),
            running: Arc::new(AtomicUsize::new(0)),
            peak: Arc::new(AtomicUsize::new(0)),
            max_waiting,
        }
    }

    /// As many hashes at once as there are cores (2 to 4): 19 MiB each.
    fn default_size() -> usize {
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 4)
    }

    pub async fn run<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> ApiResult<T> {
        let queued = self.waiting.fetch_add(1, Ordering::SeqCst);
        let waiting = Waiting(&self.waiting);
        if queued >= self.max_waiting {
            return Err(ApiError::busy());
        }
        let permit =
            match tokio::time::timeout(Duration::from_secs(10), self.permits.clone().acquire_owned()).await {
                Ok(Ok(p)) => p,
                _ => return Err(ApiError::busy()),
            };
        drop(waiting);
        let (running, peak) = (self.running.clone(), self.peak.clone());
        tokio::task::spawn_blocking(move || {
            let n = running.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(n, Ordering::SeqCst);
            let out = f();
            running.fetch_sub(1, Ordering::SeqCst);
            drop(permit);
            out
        })
        .await
        .map_err(|_| ApiError::internal())
    }

    /// The most hashes that ever ran at once.
    #[cfg(test)]
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

/// What a login attempt spent, to give back when the password was right.
#[derive(Debug)]
pub enum LoginAttempt {
    Unlimited,
    Pair((String, AddrKey)),
    Stranger(AddrKey, String),
}

/// Every limit of the server.
pub struct Guard {
    pub policy: Policy,
    /// Per account, one limiter per kind of creation (each with its own rate).
    creates: [RateLimiter<i64>; 5],
    register_by_addr: RateLimiter<AddrKey>,
    login_by_addr: RateLimiter<AddrKey>,
    login_by_account: RateLimiter<String>,
    login_by_pair: RateLimiter<(String, AddrKey)>,
    /// (account, address) pairs that logged in successfully, and when.
    trusted: Mutex<HashMap<(String, AddrKey), Instant>>,
    pub hashing: HashPool,
    /// The database that keeps `trusted` (and the buckets) when servers share it.
    shared: Option<Db>,
}

impl Guard {
    /// Limits kept in memory (the tests' guard).
    #[cfg(test)]
    pub fn new(policy: Policy) -> Guard {
        Self::build(policy, None)
    }

    /// The limits of a server on `db`: kept in the database when other servers share it.
    pub fn for_db(policy: Policy, db: &Db) -> Guard {
        Self::build(policy, Some(db))
    }

    fn build(policy: Policy, db: Option<&Db>) -> Guard {
        Guard {
            policy,
            creates: Create::ALL.map(|k| RateLimiter::new(k.rate()).kept_in(db, k.plural())),
            register_by_addr: RateLimiter::new(REGISTER_PER_ADDRESS).kept_in(db, "register"),
            login_by_addr: RateLimiter::new(LOGIN_FAILURES_PER_ADDRESS).kept_in(db, "login-addr"),
            login_by_account: RateLimiter::new(LOGIN_FAILURES_PER_ACCOUNT).kept_in(db, "login-account"),
            login_by_pair: RateLimiter::new(LOGIN_FAILURES_PER_KNOWN_PAIR).kept_in(db, "login-pair"),
            trusted: Mutex::new(HashMap::new()),
            hashing: HashPool::new(HashPool::default_size(), MAX_WAITING),
            shared: db.filter(|d| d.shared()).cloned(),
        }
    }

    /// One creation by an account: 429 when it creates faster than its budget allows.
    pub async fn create(&self, uid: i64, kind: Create) -> ApiResult<()> {
        if !self.policy.rate_limits {
            return Ok(());
        }
        self.creates[kind as usize].take_now(uid, Instant::now()).await?.map_err(|secs| {
            ApiError::rate_limited(
                secs,
                format!("You are creating {} too fast; try again in {secs} s.", kind.plural()),
            )
        })
    }

    pub async fn register(&self, addr: IpAddr) -> ApiResult<()> {
        if !self.policy.rate_limits {
            return Ok(());
        }
        self.register_by_addr.take_now(addr.into(), Instant::now()).await?.map_err(|secs| {
            ApiError::rate_limited(
                secs,
                format!("Too many sign-ups from your network; try again in {secs} s."),
            )
        })
    }

    fn account_key(username: &str) -> String {
        username.trim().to_lowercase().chars().take(64).collect()
    }

    /// Whether the account logged in from this address in the last 30 days (on any server,
    /// when servers share a database).
    async fn is_trusted(&self, account: &str, addr: AddrKey, now: Instant) -> Result<bool, sqlx::Error> {
        if let Some(db) = &self.shared {
            let mut c = db.pool.acquire().await?;
            return crate::db::limits::trusted(&mut c, account, &addr.bucket_key(), now_ms()).await;
        }
        let map = self.trusted.lock().unwrap_or_else(|p| p.into_inner());
        Ok(map
            .get(&(account.to_string(), addr))
            .is_some_and(|t| now.saturating_duration_since(*t) < TRUST_FOR))
    }

    /// Before checking a password: spends a token of the known pair's bucket, or of both the
    /// address's and the account's (429 when one is empty). Spending before the check (and
    /// giving the token back after a success) keeps concurrent guesses inside the budget.
    pub async fn login_attempt(&self, username: &str, addr: IpAddr) -> ApiResult<LoginAttempt> {
        self.login_attempt_at(username, addr, Instant::now()).await
    }

    pub async fn login_attempt_at(
        &self,
        username: &str,
        addr: IpAddr,
        now: Instant,
    ) -> ApiResult<LoginAttempt> {
        if !self.policy.rate_limits {
            return Ok(LoginAttempt::Unlimited);
        }
        let key = AddrKey::from(addr);
        let account = Self::account_key(username);
        let refused = |secs: u64| {
            ApiError::rate_limited(
                secs,
                format!("Too many failed logins; wait {secs} s before trying again."),
            )
        };
        if self.is_trusted(&account, key, now).await? {
            let pair = (account, key);
            self.login_by_pair.take_now(pair.clone(), now).await?.map_err(refused)?;
            return Ok(LoginAttempt::Pair(pair));
        }
        self.login_by_addr.take_now(key, now).await?.map_err(refused)?;
        if let Err(secs) = self.login_by_account.take_now(account.clone(), now).await? {
            self.login_by_addr.give_back_now(&key).await?;
            return Err(refused(secs));
        }
        Ok(LoginAttempt::Stranger(key, account))
    }

    /// The password was right: the attempt's tokens come back, and the address is remembered
    /// as the account's own.
    pub async fn login_succeeded(
        &self,
        attempt: LoginAttempt,
        username: &str,
        addr: IpAddr,
    ) -> ApiResult<()> {
        self.login_succeeded_at(attempt, username, addr, Instant::now()).await
    }

    pub async fn login_succeeded_at(
        &self,
        attempt: LoginAttempt,
        username: &str,
        addr: IpAddr,
        now: Instant,
    ) -> ApiResult<()> {
        match &attempt {
            LoginAttempt::Unlimited => return Ok(()),
            LoginAttempt::Pair(pair) => self.login_by_pair.give_back_now(pair).await?,
            LoginAttempt::Stranger(key, account) => {
                self.login_by_addr.give_back_now(key).await?;
                self.login_by_account.give_back_now(account).await?;
            }
        }
        self.trust(username, addr, now).await?;
        Ok(())
    }

    /// Remembers that the account logged in from this address.
    async fn trust(&self, username: &str, addr: IpAddr, now: Instant) -> Result<(), sqlx::Error> {
        let (account, addr) = (Self::account_key(username), AddrKey::from(addr));
        if let Some(db) = &self.shared {
            let mut c = db.pool.acquire().await?;
            return crate::db::limits::trust(&mut c, &account, &addr.bucket_key(), now_ms()).await;
        }
        let mut map = self.trusted.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_KEYS {
            map.retain(|_, t| now.saturating_duration_since(*t) < TRUST_FOR);
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        map.insert((account, addr), now);
        Ok(())
    }
}
