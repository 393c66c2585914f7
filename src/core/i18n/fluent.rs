//! The subset of Fluent (`.ftl`) Kith's catalogs are written in, parsed and formatted without
//! the `fluent` crates: their plural tables would be compiled into the wasm, while the browser
//! already has them (`Intl.PluralRules`), so the plural category comes in as a function.
//!
//! Supported: `# comments`, `id = text` with indented continuation lines, `-term = text`,
//! placeables `{ $var }`, `{ -term }`, `{ other-id }`, `{ "literal" }`, and selectors
//! `{ $var -> [one] … *[other] … }` with one variant per line (numbers match `[0]`-style keys
//! exactly, then by plural category; strings match by name; otherwise the `*` default).

use std::collections::BTreeMap;

/// One value passed into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as f64)
            }
        }
    )*};
}
num_arg!(i32, i64, u8, u16, u32, u64, usize, isize, f32, f64);

/// A part of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Elem {
    Text(String),
    Var(String),
    Ref(String),
    Select { var: String, variants: Vec<(String, Vec<Elem>)>, default: usize },
}

/// A parsed catalog: message and term ids to their patterns.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    msgs: BTreeMap<String, Vec<Elem>>,
}

/// A line of a catalog that could not be read, for the catalog test.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub what: String,
}

/// How a value is shown and which plural category a number is in: the browser's `Intl` in the
/// app, plain English rules in native tests.
pub trait Locale {
    fn number(&self, n: f64) -> String;
    fn plural(&self, n: f64) -> &'static str;
}

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '-'
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// One `id = text` entry of a catalog, its text with continuation lines joined (the build script
/// uses this too, to compile English in without its ids).
pub struct Entry {
    pub line: usize,
    pub id: String,
    pub text: String,
}

/// Splits a catalog into entries; lines that belong to none are reported.
pub fn entries(src: &str) -> (Vec<Entry>, Vec<ParseError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let lines: Vec<&str> = src.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let start = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(' ') || line.starts_with('\t') {
            errors.push(ParseError { line: start, what: "indented line outside a message".into() });
            continue;
        }
        let Some((id, first)) = line.split_once('=') else {
            errors.push(ParseError { line: start, what: "expected `id = text`".into() });
            continue;
        };
        let id = id.trim();
        if id.is_empty() || !id.starts_with(is_id_start) || !id.chars().all(is_id_char) {
            errors.push(ParseError { line: start, what: format!("bad id `{id}`") });
            continue;
        }
        let mut body: Vec<String> = Vec::new();
        let first = first.trim_start();
        if !first.is_empty() {
            body.push(first.to_string());
        }
        let mut indented: Vec<&str> = Vec::new();
        // A selector's closing `}` may stand at the start of its line.
        while i < lines.len() && (lines[i].starts_with([' ', '\t']) || lines[i].trim_end() == "}") {
            indented.push(lines[i]);
            i += 1;
        }
        let indent = indented
            .iter()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('}'))
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        body.extend(indented.iter().map(|l| {
            if l.starts_with('}') { l.trim_end() } else { l.get(indent..).unwrap_or("").trim_end() }
                .to_string()
        }));
        out.push(Entry { line: start, id: id.to_string(), text: body.join("\n") });
    }
    (out, errors)
}

/// A message's text read into its parts.
pub fn pattern(text: &str) -> Result<Vec<Elem>, String> {
    match parse_pattern(&mut text.chars().peekable(), false) {
        Ok(p) if p.is_empty() => Err("no text".into()),
        other => other,
    }
}

impl Catalog {
    /// Reads a catalog; unreadable entries are skipped and reported, never fatal (a catalog is
    /// fetched data).
    pub fn parse(src: &str) -> (Catalog, Vec<ParseError>) {
        let mut cat = Catalog::default();
        let (list, mut errors) = entries(src);
        for Entry { line, id, text } in list {
            match pattern(&text) {
                Ok(p) => {
                    if cat.msgs.insert(id.clone(), p).is_some() {
                        errors.push(ParseError { line, what: format!("`{id}` is defined twice") });
                    }
                }
                Err(what) => errors.push(ParseError { line, what: format!("`{id}`: {what}") }),
            }
        }
        (cat, errors)
    }

    pub fn has(&self, id: &str) -> bool {
        self.msgs.contains_key(id)
    }

    /// Every message id (terms, starting with `-`, included).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.msgs.keys().map(String::as_str)
    }

    /// The variables a message uses, for the catalog test.
    pub fn vars(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(p) = self.msgs.get(id) {
            collect_vars(p, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }

    /// The variant keys of each selector in a message, for the catalog test.
    pub fn selector_keys(&self, id: &str) -> Vec<Vec<String>> {
        fn walk(p: &[Elem], out: &mut Vec<Vec<String>>) {
            for e in p {
                if let Elem::Select { variants, .. } = e {
                    out.push(variants.iter().map(|(k, _)| k.clone()).collect());
                    variants.iter().for_each(|(_, v)| walk(v, out));
                }
            }
        }
        let mut out = Vec::new();
        if let Some(p) = self.msgs.get(id) {
            walk(p, &mut out);
        }
        out
    }

    /// The message's text with `args`, or `None` when the catalog lacks it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], loc: &dyn Locale, isolate: bool) -> Option<String> {
        let p = self.msgs.get(id)?;
        let mut out = String::new();
        write(p, args, loc, isolate, &mut out, 0, &|r| self.msgs.get(r).map(Vec::as_slice));
        Some(out)
    }
}

/// A catalog as the app holds it: patterns by message number (the place of the id in English's
/// sorted ids), so neither the code nor the download carries the ids. build.rs compiles English
/// this way and post-build.mjs every other language.
#[derive(Clone, Debug, Default)]
pub struct Table {
    pub pats: Vec<Option<Vec<Elem>>>,
}

impl Table {
    /// Every pattern's text, in id order, separated by U+0001 (an empty one: not translated).
    pub fn from_values(values: &str) -> Table {
        Table { pats: values.split('\u{1}').map(|t| pattern(t).ok()).collect() }
    }

    /// Adds `number U+0002 text` entries separated by U+0001 (build.rs: `ENGLISH_LAZY`).
    pub fn add_numbered(&mut self, entries: &str) {
        for e in entries.split('\u{1}') {
            let Some((n, text)) = e.split_once('\u{2}') else { continue };
            if let (Ok(i), Ok(p)) = (n.parse::<usize>(), pattern(text))
                && let Some(slot) = self.pats.get_mut(i)
            {
                *slot = Some(p);
            }
        }
    }

    /// Message `i`'s text, or `None` when this catalog lacks it. (Compiled catalogs have no ids:
    /// build.rs and post-build.mjs put a named message's text in place of `{ other-id }`.)
    pub fn format(&self, i: usize, args: &[(&str, Arg)], loc: &dyn Locale, isolate: bool) -> Option<String> {
        let p = self.pats.get(i)?.as_ref()?;
        let mut out = String::new();
        write(p, args, loc, isolate, &mut out, 0, &|_| None);
        Some(out)
    }

    /// Applies `f` to every text part (the pseudo-locale stretches and accents them).
    pub fn map_text(&mut self, f: &dyn Fn(&str) -> String) {
        fn walk(p: &mut [Elem], f: &dyn Fn(&str) -> String) {
            for e in p {
                match e {
                    Elem::Text(t) => *t = f(t),
                    Elem::Select { variants, .. } => variants.iter_mut().for_each(|(_, v)| walk(v, f)),
                    _ => {}
                }
            }
        }
        self.pats.iter_mut().flatten().for_each(|p| walk(p, f));
    }
}

type Lookup<'a> = dyn Fn(&str) -> Option<&'a [Elem]> + 'a;

fn write<'a>(
    p: &[Elem],
    args: &[(&str, Arg)],
    loc: &dyn Locale,
    iso: bool,
    out: &mut String,
    depth: u8,
    get: &Lookup<'a>,
) {
    for e in p {
        match e {
            Elem::Text(t) => out.push_str(t),
            Elem::Var(v) => match args.iter().find(|(k, _)| k == v).map(|(_, a)| a) {
                Some(Arg::Str(s)) if iso => {
                    // First-strong isolation, as Fluent does: a name in another script does
                    // not reorder the sentence around it.
                    out.push('\u{2068}');
                    out.push_str(s);
                    out.push('\u{2069}');
                }
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => out.push_str(&loc.number(*n)),
                None => {
                    out.push('{');
                    out.push_str(v);
                    out.push('}');
                }
            },
            Elem::Ref(r) => match get(r) {
                Some(q) if depth < 8 => write(q, args, loc, iso, out, depth + 1, get),
                _ => out.push_str(r),
            },
            Elem::Select { var, variants, default } => {
                let arg = args.iter().find(|(k, _)| k == var).map(|(_, a)| a);
                let pick = match arg {
                    Some(Arg::Num(n)) => {
                        variants.iter().position(|(k, _)| k.parse::<f64>().ok() == Some(*n)).or_else(|| {
                            let cat = loc.plural(*n);
                            variants.iter().position(|(k, _)| k == cat)
                        })
                    }
                    Some(Arg::Str(s)) => variants.iter().position(|(k, _)| k == s),
                    None => None,
                };
                if let Some((_, v)) = variants.get(pick.unwrap_or(*default)) {
                    write(v, args, loc, iso, out, depth, get);
                }
            }
        }
    }
}

fn collect_vars(p: &[Elem], out: &mut Vec<String>) {
    for e in p {
        match e {
            Elem::Var(v) => out.push(v.clone()),
            Elem::Select { var, variants, .. } => {
                out.push(var.clone());
                variants.iter().for_each(|(_, v)| collect_vars(v, out));
            }
            _ => {}
        }
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// A pattern up to the end of input, or (in a variant) to the end of its line or the `}` that
/// closes the selector.
fn parse_pattern(it: &mut Chars, in_variant: bool) -> Result<Vec<Elem>, String> {
    let mut out = Vec::new();
    let mut text = String::new();
    while let Some(&c) = it.peek() {
        if in_variant && (c == '\n' || c == '}') {
            break;
        }
        it.next();
        if c == '{' {
            if !text.is_empty() {
                out.push(Elem::Text(std::mem::take(&mut text)));
            }
            out.push(parse_placeable(it)?);
        } else if c == '}' {
            return Err("`}` without `{`".into());
        } else {
            text.push(c);
        }
    }
    if in_variant {
        let t = text.trim_end();
        if !t.is_empty() {
            out.push(Elem::Text(t.to_string()));
        }
    } else if !text.is_empty() {
        out.push(Elem::Text(text));
    }
    Ok(out)
}

fn skip_ws(it: &mut Chars) {
    while it.peek().is_some_and(|c| c.is_whitespace()) {
        it.next();
    }
}

fn ident(it: &mut Chars) -> String {
    let mut s = String::new();
    while let Some(&c) = it.peek() {
        if is_id_char(c) {
            s.push(c);
            it.next();
        } else {
            break;
        }
    }
    s
}

fn parse_placeable(it: &mut Chars) -> Result<Elem, String> {
    skip_ws(it);
    let elem = match it.peek() {
        Some('$') => {
            it.next();
            let var = ident(it);
            if var.is_empty() {
                return Err("`$` without a name".into());
            }
            skip_ws(it);
            if it.peek() == Some(&'-') {
                it.next();
                if it.next() != Some('>') {
                    return Err("expected `->`".into());
                }
                return parse_select(it, var);
            }
            Elem::Var(var)
        }
        Some('"') => {
            it.next();
            let mut s = String::new();
            loop {
                match it.next() {
                    Some('"') => break,
                    Some('\\') => match it.next() {
                        Some('u') => {
                            let hex: String = (0..4).filter_map(|_| it.next()).collect();
                            let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                            s.push(c.ok_or("bad \\u escape")?);
                        }
                        Some(c) => s.push(c),
                        None => return Err("unclosed string".into()),
                    },
                    Some(c) => s.push(c),
                    None => return Err("unclosed string".into()),
                }
            }
            Elem::Text(s)
        }
        Some(&c) if is_id_start(c) => Elem::Ref(ident(it)),
        _ => return Err("unreadable placeable".into()),
    };
    skip_ws(it);
    if it.next() != Some('}') {
        return Err("expected `}`".into());
    }
    Ok(elem)
}

fn parse_select(it: &mut Chars, var: String) -> Result<Elem, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        skip_ws(it);
        match it.next() {
            Some('}') => break,
            Some('*') => {
                if it.next() != Some('[') {
                    return Err("expected `[` after `*`".into());
                }
                if default.replace(variants.len()).is_some() {
                    return Err("two default variants".into());
                }
            }
            Some('[') => {}
            _ => return Err("expected a variant `[key]`".into()),
        }
        if variants.len() > 32 {
            return Err("too many variants".into());
        }
        let mut key = String::new();
        loop {
            match it.next() {
                Some(']') => break,
                Some('\n') | None => return Err("unclosed variant key".into()),
                Some(c) => key.push(c),
            }
        }
        while it.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            it.next();
        }
        let value = parse_pattern(it, true)?;
        variants.push((key.trim().to_string(), value));
    }
    let default = default.ok_or("a selector needs a `*[default]` variant")?;
    Ok(Elem::Select { var, variants, default })
}

/// English rules for native tests and the no-`Intl` fallback.
pub struct PlainEnglish;

impl Locale for PlainEnglish {
    fn number(&self, n: f64) -> String {
        if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n}") }
    }
    fn plural(&self, n: f64) -> &'static str {
        if n == 1.0 { "one" } else { "other" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(src: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let (c, e) = Catalog::parse(src);
        assert!(e.is_empty(), "{e:?}");
        c.format(id, args, &PlainEnglish, false).unwrap()
    }

    #[test]
    fn plain_variables_terms_and_literals() {
        let src = "# c\n-brand = Kith\nhello = Welcome to { -brand }, { $name }!\nbrace = a {\"{\"} b\n";
        assert_eq!(fmt(src, "hello", &[("name", "Ana".into())]), "Welcome to Kith, Ana!");
        assert_eq!(fmt(src, "brace", &[]), "a { b");
    }

    #[test]
    fn plurals_and_string_selectors() {
        let src = "members = { $count ->\n    [0] No members\n    [one] One member\n   *[other] { $count } members\n}\n\
                   rsvp = { $state ->\n    [going] Going\n   *[other] Not going\n}\n";
        assert_eq!(fmt(src, "members", &[("count", 0.into())]), "No members");
        assert_eq!(fmt(src, "members", &[("count", 1.into())]), "One member");
        assert_eq!(fmt(src, "members", &[("count", 12.into())]), "12 members");
        assert_eq!(fmt(src, "rsvp", &[("state", "going".into())]), "Going");
        assert_eq!(fmt(src, "rsvp", &[("state", "maybe".into())]), "Not going");
        assert_eq!(fmt(src, "rsvp", &[]), "Not going");
    }

    #[test]
    fn text_around_a_selector_and_multiline() {
        let src = "a = You have { $n ->\n [one] one draft\n *[other] { $n } drafts\n } saved.\nb =\n    Line one\n    line two\n";
        assert_eq!(fmt(src, "a", &[("n", 3.into())]), "You have 3 drafts saved.");
        assert_eq!(fmt(src, "b", &[]), "Line one\nline two");
    }

    #[test]
    fn isolation_wraps_names_only() {
        let (c, _) = Catalog::parse("by = by { $name } ({ $n })\n");
        let s = c.format("by", &[("name", "نور".into()), ("n", 2.into())], &PlainEnglish, true).unwrap();
        assert_eq!(s, "by \u{2068}نور\u{2069} (2)");
    }

    #[test]
    fn bad_entries_are_reported_not_fatal() {
        let (c, e) = Catalog::parse("ok = fine\nbad = { $n ->\n [one] x\n}\nalso bad\n  stray\nx = {\n");
        assert!(c.has("ok"));
        assert_eq!(e.len(), 4, "{e:?}");
        assert_eq!(c.format("missing", &[], &PlainEnglish, false), None);
    }

    #[test]
    fn missing_variables_show_their_name() {
        assert_eq!(fmt("a = Hi { $who }\n", "a", &[]), "Hi {who}");
    }
}
