//! A small Server-Sent Events reader for `GET /stream`: the response body is read on its own
//! thread (with a short per-read timeout, so the stream can be closed at any time) and parsed
//! into events (`id:`, `event:`, `data:` lines, a blank line ends one) that arrive on a channel
//! with the moment they were read.

use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use kith_api::BASE_PATH;

use super::Outcome;
use super::client::{Http, encode, snippet};

/// One event of the stream.
#[derive(Clone, Debug)]
pub struct SseEvent {
    pub id: Option<String>,
    /// `message` when the server named none.
    pub event: String,
    pub data: String,
    /// When the reader finished reading it.
    pub at: Instant,
}

impl SseEvent {
    pub fn json(&self) -> Outcome<serde_json::Value> {
        serde_json::from_str(&self.data).map_err(|e| {
            format!("the {} event's data is not JSON ({e}): {:?}", self.event, snippet(&self.data, 200))
        })
    }

    /// The numeric id, if any.
    pub fn num_id(&self) -> Option<i64> {
        self.id.as_deref().and_then(|i| i.trim().parse().ok())
    }

    pub fn summary(&self) -> String {
        format!(
            "{}{}: {}",
            self.event,
            self.id.as_deref().map(|i| format!(" #{i}")).unwrap_or_default(),
            snippet(&self.data, 120)
        )
    }
}

enum Msg {
    Event(SseEvent),
    End(String),
}

/// Parses SSE lines into events (the field rules of the HTML standard, enough for a client).
#[derive(Default)]
pub struct Parser {
    buf: Vec<u8>,
    id: Option<String>,
    event: Option<String>,
    data: Vec<String>,
}

impl Parser {
    /// Feeds bytes; returns the events they complete.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        self.buf.extend_from_slice(bytes);
        let mut out = Vec::new();
        while let Some(pos) = self.buf.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.buf.drain(..=pos).collect();
            let line = String::from_utf8_lossy(&line[..line.len() - 1]).into_owned();
            let line = line.strip_suffix('\r').unwrap_or(&line);
            if line.is_empty() {
                if !self.data.is_empty() || self.event.is_some() {
                    out.push(SseEvent {
                        id: self.id.take(),
                        event: self.event.take().unwrap_or_else(|| "message".into()),
                        data: self.data.join("\n"),
                        at: Instant::now(),
                    });
                }
                self.id = None;
                self.event = None;
                self.data.clear();
                continue;
            }
            if line.starts_with(':') {
                continue;
            }
            let (field, value) = match line.split_once(':') {
                Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
                None => (line, ""),
            };
            match field {
                "id" => self.id = Some(value.to_string()),
                "event" => self.event = Some(value.to_string()),
                "data" => self.data.push(value.to_string()),
                _ => {}
            }
        }
        out
    }
}

/// An open stream.
pub struct EventStream {
    rx: Receiver<Msg>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    /// Everything received so far, in order.
    pub seen: Vec<SseEvent>,
    ended: Option<String>,
}

impl EventStream {
    /// `GET /stream?ticket=…`, optionally resuming with a `Last-Event-ID` header or a
    /// `last_event_id` query parameter. Fails unless the answer is 200 `text/event-stream`.
    pub fn open(
        http: &Http,
        ticket: &str,
        last_event_id: Option<&str>,
        as_query: bool,
    ) -> Outcome<EventStream> {
        let mut url = format!("{}{BASE_PATH}/stream?ticket={}", http.origin(), encode(ticket));
        if let (Some(id), true) = (last_event_id, as_query) {
            url.push_str(&format!("&last_event_id={}", encode(id)));
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .max_idle_connections(0)
            .timeout_connect(Some(Duration::from_secs(5)))
            .timeout_recv_response(Some(Duration::from_secs(10)))
            .timeout_per_read(Some(Duration::from_millis(100)))
            // A stream in a check never lives longer than this.
            .timeout_global(Some(Duration::from_secs(60)))
            .user_agent("kith-conformance")
            .build()
            .into();
        let mut req = agent.get(&url).header("Accept", "text/event-stream");
        if let (Some(id), false) = (last_event_id, as_query) {
            req = req.header("Last-Event-ID", id);
        }
        let what = format!("GET {BASE_PATH}/stream");
        let resp = req.call().map_err(|e| format!("{what}: no HTTP response: {e}"))?;
        let status = resp.status().as_u16();
        let ct = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if status != 200 {
            let text = resp.into_body().read_to_string().unwrap_or_default();
            return Err(format!("{what} → {status}, expected 200: {}", snippet(&text, 200)));
        }
        if !ct.starts_with("text/event-stream") {
            return Err(format!("{what} → 200 with Content-Type {ct:?}, expected text/event-stream"));
        }
        let (tx, rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = stop.clone();
        let mut body = resp.into_body().into_reader();
        let thread = std::thread::spawn(move || {
            let mut parser = Parser::default();
            let mut buf = [0u8; 8192];
            loop {
                if stop2.load(Ordering::Relaxed) {
                    return;
                }
                match body.read(&mut buf) {
                    Ok(0) => {
                        let _ = tx.send(Msg::End("the server closed the stream".into()));
                        return;
                    }
                    Ok(n) => {
                        for ev in parser.feed(&buf[..n]) {
                            if tx.send(Msg::Event(ev)).is_err() {
                                return;
                            }
                        }
                    }
                    Err(e) if is_timeout(&e) => continue,
                    Err(e) => {
                        let _ = tx.send(Msg::End(format!("reading the stream failed: {e}")));
                        return;
                    }
                }
            }
        });
        Ok(EventStream { rx, stop, thread: Some(thread), seen: Vec::new(), ended: None })
    }

    /// The next event within `timeout`.
    pub fn next(&mut self, timeout: Duration) -> Outcome<Option<SseEvent>> {
        if let Some(e) = &self.ended {
            return Err(e.clone());
        }
        match self.rx.recv_timeout(timeout) {
            Ok(Msg::Event(ev)) => {
                self.seen.push(ev.clone());
                Ok(Some(ev))
            }
            Ok(Msg::End(e)) => {
                self.ended = Some(e.clone());
                Err(e)
            }
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => {
                let e = "the stream's reader stopped".to_string();
                self.ended = Some(e.clone());
                Err(e)
            }
        }
    }

    /// The first event (from now on) that satisfies `pred`, within `timeout`.
    pub fn wait_for(
        &mut self,
        timeout: Duration,
        what: &str,
        pred: impl Fn(&SseEvent) -> bool,
    ) -> Outcome<SseEvent> {
        let deadline = Instant::now() + timeout;
        let first = self.seen.len();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let got: Vec<String> = self.seen[first..].iter().map(SseEvent::summary).collect();
                return Err(format!(
                    "{what}: did not arrive on the stream within {} ms; got {got:?}",
                    timeout.as_millis()
                ));
            }
            match self.next(left) {
                Ok(Some(ev)) if pred(&ev) => return Ok(ev),
                Ok(_) => {}
                Err(e) => {
                    let got: Vec<String> = self.seen[first..].iter().map(SseEvent::summary).collect();
                    return Err(format!("waiting for {what}: {e}; got {got:?}"));
                }
            }
        }
    }

    /// Reads whatever arrives for `quiet`, then returns it.
    pub fn drain(&mut self, quiet: Duration) -> Vec<SseEvent> {
        let mut out = Vec::new();
        while let Ok(Some(ev)) = self.next(quiet) {
            out.push(ev);
        }
        out
    }

    /// The largest numeric `id:` seen so far.
    pub fn last_id(&self) -> Option<i64> {
        self.seen.iter().filter_map(SseEvent::num_id).max()
    }

    /// Closes the connection (the reader notices within its per-read timeout).
    pub fn close(mut self) {
        self.shut();
    }

    fn shut(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for EventStream {
    fn drop(&mut self) {
        self.shut();
    }
}

fn is_timeout(e: &std::io::Error) -> bool {
    if matches!(e.kind(), std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock) {
        return true;
    }
    let text = e.to_string().to_ascii_lowercase();
    text.contains("timeout") || text.contains("timed out")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_comments_and_split_chunks() {
        let mut p = Parser::default();
        let mut evs = p.feed(b"retry: 3000\n\n: keep-alive\n\nid: 7\nevent: notif");
        assert!(evs.is_empty());
        evs.extend(p.feed(b"ication\ndata: {\"id\":1}\r\n\r\nevent: unread_count\ndata: {\"count\":2}\n\n"));
        evs.extend(p.feed(b"data: a\ndata: b\n\n"));
        assert_eq!(evs.len(), 3);
        assert_eq!(evs[0].id.as_deref(), Some("7"));
        assert_eq!(evs[0].event, "notification");
        assert_eq!(evs[0].data, "{\"id\":1}");
        assert_eq!(evs[1].id, None);
        assert_eq!(evs[1].event, "unread_count");
        assert_eq!(evs[2].event, "message");
        assert_eq!(evs[2].data, "a\nb");
    }
}
