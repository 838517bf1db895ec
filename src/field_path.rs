//! Field paths: the one grammar that names a place in a draft, e.g. `websites[2].domains[0].name`.
//!
//! A finding says which field it is about with a [`FieldPath`]; rule data names fields with it
//! (`required` rules, where `[*]` stands for every element of a list); the UI looks a finding's
//! field up with the same grammar (its helper is tested against `tests/field_paths.json`, the same
//! cases as this module). Grammar: keys of `[a-z0-9_]` separated by `.`, each optionally followed
//! by `[N]` (an index) or `[*]` (every element). The empty path names the whole draft.
//!
//! Leaves out: anything about what a field means (see [`crate::draft`]).

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// An object key.
    Key(Cow<'static, str>),
    /// An element of a list.
    Index(usize),
    /// Every element of a list (`[*]`).
    All,
}

/// A path into a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(Vec<Segment>);

/// Why a text is not a field path.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{text}” is not a field path ({reason}); e.g. websites[0].domains[0].name")]
pub struct PathError {
    /// The text given.
    pub text: String,
    /// What is wrong.
    pub reason: &'static str,
}

impl FieldPath {
    /// The whole draft (the empty path).
    pub fn root() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// A path of keys only, e.g. `FieldPath::of("entity.certificate.number")`. For paths written in
    /// code; the keys must be valid (checked in debug builds).
    pub fn of(keys: &'static str) -> FieldPath {
        let mut p = FieldPath::root();
        if !keys.is_empty() {
            for k in keys.split('.') {
                debug_assert!(valid_key(k), "bad key {k:?} in {keys:?}");
                p.0.push(Segment::Key(Cow::Borrowed(k)));
            }
        }
        p
    }

    /// `websites[i]`.
    pub fn website(i: usize) -> FieldPath {
        FieldPath::of("websites").index(i)
    }

    /// `websites[i].domains[j]`.
    pub fn domain(i: usize, j: usize) -> FieldPath {
        FieldPath::website(i).key("domains").index(j)
    }

    /// This path with a key appended.
    pub fn key(mut self, key: &'static str) -> FieldPath {
        self.0.push(Segment::Key(Cow::Borrowed(key)));
        self
    }

    /// This path with the keys of `keys` (dot-separated) appended.
    pub fn keys(mut self, keys: &'static str) -> FieldPath {
        self.0.extend(FieldPath::of(keys).0);
        self
    }

    /// This path with an index appended.
    pub fn index(mut self, i: usize) -> FieldPath {
        self.0.push(Segment::Index(i));
        self
    }

    /// This path with `[*]` appended.
    pub fn all(mut self) -> FieldPath {
        self.0.push(Segment::All);
        self
    }

    /// The steps.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// True for the empty path (the whole draft).
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// True when the path has no `[*]`.
    pub fn is_concrete(&self) -> bool {
        !self.0.contains(&Segment::All)
    }

    /// True when `self` starts with `prefix`.
    pub fn starts_with(&self, prefix: &FieldPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The first key (`application`, `entity`, `websites`), if any.
    pub fn head(&self) -> Option<&str> {
        match self.0.first() {
            Some(Segment::Key(k)) => Some(k),
            _ => None,
        }
    }

    /// The index of the website this path is inside, if any.
    pub fn website_index(&self) -> Option<usize> {
        match self.0.as_slice() {
            [Segment::Key(k), Segment::Index(i), ..] if k == "websites" => Some(*i),
            _ => None,
        }
    }

    /// Parses a path.
    pub fn parse(text: &str) -> Result<FieldPath, PathError> {
        let bad = |reason| PathError {
            text: text.to_string(),
            reason,
        };
        let mut out = FieldPath::root();
        if text.is_empty() {
            return Ok(out);
        }
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(pos) => (&part[..pos], &part[pos..]),
                None => (part, ""),
            };
            if !valid_key(key) {
                return Err(bad(
                    "a key is empty or has characters other than a-z, 0-9, _",
                ));
            }
            out.0.push(Segment::Key(Cow::Owned(key.to_string())));
            while !rest.is_empty() {
                let close = rest.find(']').ok_or_else(|| bad("a '[' is not closed"))?;
                let inner = &rest[1..close];
                if inner == "*" {
                    out.0.push(Segment::All);
                } else if !inner.is_empty()
                    && inner.len() <= 9
                    && inner.bytes().all(|b| b.is_ascii_digit())
                {
                    let n = inner.parse().map_err(|_| bad("index out of range"))?;
                    out.0.push(Segment::Index(n));
                } else {
                    return Err(bad("an index must be a number or *"));
                }
                rest = &rest[close + 1..];
                if !rest.is_empty() && !rest.starts_with('[') {
                    return Err(bad("text after ']' must be '.' or '['"));
                }
            }
        }
        Ok(out)
    }

    /// The values this path names in `value`, with their concrete paths. `[*]` walks every
    /// element; a missing key or index yields `Null` at the first missing step (so a `required`
    /// check can report the deepest field that exists).
    pub fn walk<'v>(
        &self,
        value: &'v serde_json::Value,
    ) -> Vec<(FieldPath, &'v serde_json::Value)> {
        let mut out = Vec::new();
        self.visit(value, &mut |at, v| out.push((FieldPath::from_steps(at), v)));
        out
    }

    /// Like [`FieldPath::walk`] without allocating: `f` sees each concrete path as borrowed
    /// steps (make a [`FieldPath`] with [`FieldPath::from_steps`] only where needed).
    pub fn visit<'v>(
        &self,
        value: &'v serde_json::Value,
        f: &mut dyn FnMut(&[Step<'_>], &'v serde_json::Value),
    ) {
        let mut at = Vec::with_capacity(self.0.len());
        visit(&self.0, value, &mut at, f);
    }

    /// A path from borrowed steps.
    pub fn from_steps(steps: &[Step<'_>]) -> FieldPath {
        FieldPath(
            steps
                .iter()
                .map(|s| match s {
                    Step::Key(k) => Segment::Key(Cow::Owned(k.to_string())),
                    Step::Index(i) => Segment::Index(*i),
                })
                .collect(),
        )
    }

    /// Sets the value at a concrete path, creating objects on the way; lists must already hold
    /// the index. For tests and tools that edit a draft by path.
    pub fn set(&self, value: &mut serde_json::Value, new: serde_json::Value) -> Result<(), String> {
        self.set_inner(value, new, false)
    }

    /// Like [`FieldPath::set`], but an index past the end of a list grows the list with copies of
    /// its last element (a test adds a second website by setting `websites[1].name`).
    pub fn set_growing(
        &self,
        value: &mut serde_json::Value,
        new: serde_json::Value,
    ) -> Result<(), String> {
        self.set_inner(value, new, true)
    }

    fn set_inner(
        &self,
        value: &mut serde_json::Value,
        new: serde_json::Value,
        grow: bool,
    ) -> Result<(), String> {
        let mut at = value;
        for seg in &self.0 {
            at = match seg {
                Segment::Key(k) => {
                    if at.is_null() {
                        *at = serde_json::Value::Object(Default::default());
                    }
                    at.as_object_mut()
                        .ok_or_else(|| format!("{self}: '{k}' is not inside an object"))?
                        .entry(k.to_string())
                        .or_insert(serde_json::Value::Null)
                }
                Segment::Index(i) => {
                    let list = at
                        .as_array_mut()
                        .ok_or_else(|| format!("{self}: [{i}] is not inside a list"))?;
                    if grow && list.len() <= *i {
                        let last = list.last().cloned().unwrap_or(serde_json::Value::Null);
                        list.resize(*i + 1, last);
                    }
                    list.get_mut(*i)
                        .ok_or_else(|| format!("{self}: no element [{i}]"))?
                }
                Segment::All => return Err(format!("{self}: cannot set through [*]")),
            };
        }
        *at = new;
        Ok(())
    }
}

static NULL: serde_json::Value = serde_json::Value::Null;

/// One step of a concrete path, borrowed (see [`FieldPath::visit`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step<'a> {
    /// An object key.
    Key(&'a str),
    /// An element of a list.
    Index(usize),
}

fn visit<'p, 'v>(
    rest: &'p [Segment],
    value: &'v serde_json::Value,
    at: &mut Vec<Step<'p>>,
    f: &mut dyn FnMut(&[Step<'_>], &'v serde_json::Value),
) {
    let Some((seg, tail)) = rest.split_first() else {
        f(at, value);
        return;
    };
    let (next, step) = match seg {
        Segment::Key(k) => (value.get(k.as_ref()), Step::Key(k.as_ref())),
        Segment::Index(i) => (value.get(*i), Step::Index(*i)),
        Segment::All => {
            if let Some(items) = value.as_array() {
                for (i, item) in items.iter().enumerate() {
                    at.push(Step::Index(i));
                    visit(tail, item, at, f);
                    at.pop();
                }
            }
            return;
        }
    };
    at.push(step);
    match next {
        Some(next) if !(next.is_null() && !tail.is_empty()) => visit(tail, next, at, f),
        _ => f(at, &NULL),
    }
    at.pop();
}

fn valid_key(k: &str) -> bool {
    !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if n == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(i) => write!(f, "[{i}]")?,
                Segment::All => f.write_str("[*]")?,
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for FieldPath {
    type Err = PathError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FieldPath::parse(s)
    }
}

impl PartialEq<str> for FieldPath {
    fn eq(&self, other: &str) -> bool {
        FieldPath::parse(other).is_ok_and(|p| &p == self)
    }
}

impl PartialEq<&str> for FieldPath {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FieldPath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Cow::<'de, str>::deserialize(d)?;
        FieldPath::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for FieldPath {
    fn schema_name() -> Cow<'static, str> {
        "FieldPath".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "字段路径，如 websites[0].domains[0].name（空字符串表示整个草稿）/ Field path, e.g. websites[0].domains[0].name (empty: the whole draft)",
            "pattern": r"^([a-z0-9_]+(\[([0-9]+|\*)\])*(\.[a-z0-9_]+(\[([0-9]+|\*)\])*)*)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cases the UI's helper is tested against too.
    const CASES: &str = include_str!("../tests/field_paths.json");

    #[test]
    fn shared_cases_parse_and_print() {
        let cases: serde_json::Value = serde_json::from_str(CASES).unwrap();
        for c in cases["valid"].as_array().unwrap() {
            let text = c["path"].as_str().unwrap();
            let p = FieldPath::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(p.to_string(), text);
            assert_eq!(p.segments().len(), c["segments"].as_u64().unwrap() as usize);
        }
        for c in cases["invalid"].as_array().unwrap() {
            let text = c.as_str().unwrap();
            assert!(FieldPath::parse(text).is_err(), "{text} should not parse");
        }
        for c in cases["walk"].as_array().unwrap() {
            let p = FieldPath::parse(c["path"].as_str().unwrap()).unwrap();
            let got: Vec<String> = p
                .walk(&c["value"])
                .into_iter()
                .map(|(p, _)| p.to_string())
                .collect();
            let want: Vec<String> = serde_json::from_value(c["found"].clone()).unwrap();
            assert_eq!(got, want, "{p}");
        }
    }

    #[test]
    fn builders_match_parsed() {
        assert_eq!(
            FieldPath::domain(2, 0).key("name"),
            FieldPath::parse("websites[2].domains[0].name").unwrap()
        );
        assert_eq!(
            FieldPath::of("entity.principal.id").to_string(),
            "entity.principal.id"
        );
        assert_eq!(FieldPath::website(1).website_index(), Some(1));
        assert!(FieldPath::of("websites").all().key("name") == "websites[*].name");
    }

    #[test]
    fn set_creates_objects() {
        let mut v = serde_json::json!({"websites": [{"domains": [{}]}]});
        FieldPath::parse("websites[0].domains[0].name")
            .unwrap()
            .set(&mut v, "a.cn".into())
            .unwrap();
        assert_eq!(v["websites"][0]["domains"][0]["name"], "a.cn");
        assert!(FieldPath::parse("websites[3].name")
            .unwrap()
            .set(&mut v, 1.into())
            .is_err());
    }
}
