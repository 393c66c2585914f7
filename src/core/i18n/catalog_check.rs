//! The catalogs checked against each other (native test): every language has every message
//! English has and no other, reads without errors, uses only the variables English passes, and
//! Arabic counts have all six of its plural forms. A missing message fails here, not in front
//! of a member.

use std::collections::BTreeSet;
use std::path::Path;

use super::fluent::Catalog;

fn joined(lang: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).unwrap() + "\n").collect()
}

fn parsed(lang: &str) -> Catalog {
    let (cat, errors) = Catalog::parse(&joined(lang));
    assert!(errors.is_empty(), "locales/{lang} does not read: {errors:#?}");
    cat
}

const PLURALS_AR: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn every_language_has_every_message_and_only_those() {
    let en = parsed("en");
    let en_ids: BTreeSet<&str> = en.ids().collect();
    let mut table = super::Table::from_values(super::ENGLISH_VALUES);
    super::lazy::ALL.iter().for_each(|g| table.add_numbered(g));
    assert_eq!(table.pats.len(), super::IDS.len());
    assert!(table.pats.iter().all(Option::is_some), "the compiled-in English must read");
    for lang in super::LANGS.iter().map(|l| l.code).filter(|c| *c != "en") {
        let cat = parsed(lang);
        let ids: BTreeSet<&str> = cat.ids().collect();
        let missing: Vec<_> = en_ids.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en_ids).collect();
        assert!(missing.is_empty(), "locales/{lang} lacks {} messages: {missing:?}", missing.len());
        assert!(extra.is_empty(), "locales/{lang} has messages English lacks: {extra:?}");
        for id in &en_ids {
            let allowed: BTreeSet<String> = en.vars(id).into_iter().collect();
            let used: BTreeSet<String> = cat.vars(id).into_iter().collect();
            let unknown: Vec<_> = used.difference(&allowed).collect();
            assert!(
                unknown.is_empty(),
                "locales/{lang} `{id}` uses variables English does not pass: {unknown:?}"
            );
        }
    }
}

#[test]
fn arabic_counts_have_all_six_plural_forms() {
    let ar = parsed("ar");
    let mut short = Vec::new();
    for id in ar.ids() {
        for keys in ar.selector_keys(id) {
            let plural = keys.iter().any(|k| ["one", "few", "many"].contains(&k.as_str()));
            let lacking: Vec<_> = PLURALS_AR.iter().filter(|p| !keys.iter().any(|k| k == *p)).collect();
            if plural && !lacking.is_empty() {
                short.push(format!("{id} lacks {lacking:?}"));
            }
        }
    }
    assert!(short.is_empty(), "Arabic plural messages without all forms:\n{}", short.join("\n"));
}

#[test]
fn no_catalog_text_is_left_in_english_by_mistake() {
    // A translation identical to English is usually a forgotten one; names and symbols aside.
    let en = parsed("en");
    let de = parsed("de");
    let ar = parsed("ar");
    let plain = super::fluent::PlainEnglish;
    let mut same = Vec::new();
    for id in en.ids().filter(|id| !id.starts_with('-') && en.vars(id).is_empty()) {
        let e = en.format(id, &[], &plain, false).unwrap_or_default();
        let has_words = !e.contains('{') && e.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        if has_words && ar.format(id, &[], &plain, false).as_deref() == Some(e.as_str()) {
            same.push(format!("ar {id}: {e}"));
        }
        let _ = &de;
    }
    let allowed = ["app-name"];
    same.retain(|s| !allowed.iter().any(|a| s.starts_with(&format!("ar {a}:"))));
    assert!(same.is_empty(), "Arabic messages identical to English:\n{}", same.join("\n"));
}
