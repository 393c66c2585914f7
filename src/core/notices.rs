//! App-wide notices: problems that are not tied to one form (storage unavailable, settings
//! reset), shown in a polite live region until dismissed.

use leptos::prelude::*;

/// How a notice should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

/// The list of visible notices, shared through context.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u32>,
}

impl Notices {
    /// Shows a notice unless the same text is already showing.
    pub fn push(&self, kind: NoticeKind, text: impl Into<String>) {
        let text = text.into();
        if self.list.with_untracked(|l| l.iter().any(|n| n.text == text)) {
            return;
        }
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|l| l.push(Notice { id, kind, text }));
    }

    pub fn dismiss(&self, id: u32) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }

    pub fn list(&self) -> Vec<Notice> {
        self.list.get()
    }
}

/// Creates the notice list and puts it in context.
pub fn provide_notices() -> Notices {
    let n = Notices { list: RwSignal::new(Vec::new()), next: StoredValue::new(1) };
    provide_context(n);
    n
}

/// The notice list; a detached list if none was provided, so callers never panic.
pub fn use_notices() -> Notices {
    use_context::<Notices>().unwrap_or_else(provide_notices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos::prelude::Owner;

    #[test]
    fn duplicates_are_shown_once_and_dismissal_removes() {
        Owner::new().with(|| {
            let n = provide_notices();
            n.push(NoticeKind::Warning, "Storage is full");
            n.push(NoticeKind::Warning, "Storage is full");
            n.push(NoticeKind::Info, "Saved");
            let l = n.list();
            assert_eq!(l.len(), 2);
            n.dismiss(l[0].id);
            assert_eq!(n.list().len(), 1);
            assert_eq!(n.list()[0].text, "Saved");
        });
    }
}
