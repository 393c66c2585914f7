//! Discovery filters held in the URL query, so links reproduce a view and Back/Forward work.
//! Unknown or malformed values are dropped with a notice, never trusted.

use kith_api::validate::TOPICS;
use kith_api::{ActivityFilter, GroupQuery, GroupSort, SizeBand, Visibility};

/// The filters of `/discover`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiscoverFilters {
    pub q: String,
    pub topic: Option<String>,
    pub region: String,
    pub visibility: Option<Visibility>,
    pub size: Option<SizeBand>,
    pub activity: Option<ActivityFilter>,
    pub sort: GroupSort,
}

impl DiscoverFilters {
    /// Reads filters from query pairs; returns the names of parameters that were ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (DiscoverFilters, Vec<String>) {
        let mut f = DiscoverFilters::default();
        let mut ignored = Vec::new();
        for (k, v) in pairs {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            let ok = match k {
                "q" => {
                    f.q = v.chars().take(100).collect();
                    true
                }
                "topic" => TOPICS.contains(&v).then(|| f.topic = Some(v.to_string())).is_some(),
                "region" => {
                    f.region = v.chars().take(40).collect();
                    true
                }
                "visibility" => Visibility::parse(v).map(|x| f.visibility = Some(x)).is_some(),
                "size" => SizeBand::parse(v).map(|x| f.size = Some(x)).is_some(),
                "activity" => ActivityFilter::parse(v).map(|x| f.activity = Some(x)).is_some(),
                "sort" => GroupSort::parse(v).map(|x| f.sort = x).is_some(),
                _ => true, // other parameters belong to someone else
            };
            if !ok {
                ignored.push(k.to_string());
            }
        }
        (f, ignored)
    }

    /// The query string (with `?`, or empty) that reproduces these filters.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.trim().to_string()));
        }
        if let Some(t) = &self.topic {
            pairs.push(("topic", t.clone()));
        }
        if !self.region.trim().is_empty() {
            pairs.push(("region", self.region.trim().to_string()));
        }
        if let Some(v) = self.visibility {
            pairs.push(("visibility", v.as_str().into()));
        }
        if let Some(s) = self.size {
            pairs.push(("size", s.as_str().into()));
        }
        if let Some(a) = self.activity {
            pairs.push(("activity", a.as_str().into()));
        }
        if self.sort != GroupSort::default() {
            pairs.push(("sort", self.sort.as_str().into()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", crate::core::api::encode_component(&v)))
            .collect();
        format!("?{}", body.join("&"))
    }

    /// Whether anything narrows the list.
    pub fn is_filtered(&self) -> bool {
        DiscoverFilters { sort: GroupSort::default(), ..self.clone() } != DiscoverFilters::default()
    }

    /// How many filters are set (not the words searched for, nor the order), for the button
    /// that folds them away on a phone.
    pub fn filter_count(&self) -> usize {
        [
            self.topic.is_some(),
            !self.region.trim().is_empty(),
            self.visibility.is_some(),
            self.size.is_some(),
            self.activity.is_some(),
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    /// The API query for one page.
    pub fn to_api(&self, cursor: Option<String>) -> GroupQuery {
        GroupQuery {
            q: (!self.q.trim().is_empty()).then(|| self.q.trim().to_string()),
            topic: self.topic.clone(),
            region: (!self.region.trim().is_empty()).then(|| self.region.trim().to_string()),
            visibility: self.visibility,
            size: self.size,
            activity: self.activity,
            sort: Some(self.sort),
            recommended: None,
            limit: Some(24),
            cursor,
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_filter_count_leaves_out_words_and_order() {
        let none = DiscoverFilters { q: "books".into(), sort: GroupSort::Name, ..Default::default() };
        assert_eq!(none.filter_count(), 0);
        let two = DiscoverFilters {
            region: "Mun".into(),
            visibility: Some(Visibility::Private),
            ..Default::default()
        };
        assert_eq!(two.filter_count(), 2);
        assert_eq!(DiscoverFilters { region: "  ".into(), ..Default::default() }.filter_count(), 0);
    }

    use super::*;

    #[test]
    fn round_trips_through_the_query_string() {
        let f = DiscoverFilters {
            q: "trail runs".into(),
            topic: Some("running".into()),
            region: "Leipzig".into(),
            visibility: Some(Visibility::Private),
            size: Some(SizeBand::Small),
            activity: Some(ActivityFilter::Week),
            sort: GroupSort::Members,
        };
        let qs = f.to_query_string();
        assert_eq!(
            qs,
            "?q=trail%20runs&topic=running&region=Leipzig&visibility=private&size=small&activity=week&sort=members"
        );
        let pairs: Vec<(String, String)> = qs[1..]
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (k.to_string(), v.replace("%20", " "))
            })
            .collect();
        let (back, ignored) =
            DiscoverFilters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(back, f);
        assert!(ignored.is_empty());
    }

    #[test]
    fn garbage_values_are_ignored_and_reported() {
        let (f, ignored) = DiscoverFilters::from_pairs([
            ("topic", "<script>"),
            ("size", "enormous"),
            ("sort", "random"),
            ("visibility", "secret"),
            ("q", "  books "),
            ("utm_source", "x"),
        ]);
        assert_eq!(f.q, "books");
        assert_eq!(f.topic, None);
        assert_eq!(f.sort, GroupSort::Active);
        assert_eq!(ignored, ["topic", "size", "sort", "visibility"]);
        assert!(f.is_filtered());
        assert!(!DiscoverFilters { sort: GroupSort::Name, ..Default::default() }.is_filtered());
        assert_eq!(DiscoverFilters::default().to_query_string(), "");
    }
}
