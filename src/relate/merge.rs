//! Restatements: relations of one event stated twice are merged, partial ones completed from
//! the full statement, and dates and places joined across relations of one event.

use super::*;

/// Merges restatements: same relation type, and every role both state has the same
/// values (texts may contain each other). The merged relation has the union of roles.
/// Beside each relation: the starts of the sentences that state it.
pub(super) fn merge(found: Vec<Found>, an: &Analysis<'_>) -> (Vec<Found>, Vec<Vec<usize>>) {
    let mut out: Vec<Found> = Vec::new();
    let mut stated: Vec<Vec<usize>> = Vec::new();
    let mut restatements = RestatementIndex::default();
    for f in found {
        let hit = restatements
            .candidates(&f, &out)
            .into_iter()
            .find(|&g| compatible(&out[g].args, &f.args, an));
        match hit {
            Some(g) => {
                let mut gained = Vec::new();
                for (role, v) in &f.args {
                    if !out[g].args.iter().any(|(r, _)| r == role) {
                        out[g].args.push((role.clone(), v.clone()));
                        gained.push((role.clone(), v.clone()));
                    }
                }
                restatements.add_args(&out[g].relation, &gained, g);
                stated[g].push(f.evidence.0);
            }
            None => {
                restatements.add(&f, out.len());
                stated.push(vec![f.evidence.0]);
                out.push(f);
            }
        }
    }
    (out, stated)
}

/// Where to look for the relation a new one restates, so that merging stays linear in the
/// number of relations: two restatements that share a role holding entities share its
/// first entity, so relations are indexed by (type, role, entity); restatements that share
/// only free-text roles are looked for among the relations of the type. Each list is
/// searched back over its most recent [`RECENT_WINDOW`] entries only: a restatement further
/// back than that many relations of one kind (possible only in a text of many articles) is
/// kept as a relation of its own.
#[derive(Default)]
pub(super) struct RestatementIndex {
    /// Relation type and role names, numbered as they come (a few dozen at most).
    names: Vec<String>,
    by_entity: HashMap<(u32, u32, usize), Vec<usize>>,
    by_type: HashMap<u32, Vec<usize>>,
    /// Per relation in `out` order: the roles it gives an entity, one bit per role number
    /// (so the type path below tests a relation in one step, not by comparing role names).
    entity_roles: Vec<u64>,
    /// A role numbered 64 or more was seen (many custom packs): its bit does not fit, and
    /// the type path compares role names instead.
    wide: bool,
}

/// How many of the most recent relations of one index list a new relation is compared with.
pub(super) const RECENT_WINDOW: usize = 256;

impl RestatementIndex {
    /// The number of a type or role name, given one on first sight.
    fn number(&mut self, name: &str) -> u32 {
        match self.names.iter().position(|n| n == name) {
            Some(i) => i as u32,
            None => {
                self.names.push(name.to_string());
                (self.names.len() - 1) as u32
            }
        }
    }

    fn known(&self, name: &str) -> Option<u32> {
        self.names.iter().position(|n| n == name).map(|i| i as u32)
    }

    fn add(&mut self, f: &Found, at: usize) {
        if self.entity_roles.len() <= at {
            self.entity_roles.resize(at + 1, 0);
        }
        self.add_args(&f.relation, &f.args, at);
        let t = self.number(&f.relation);
        self.by_type.entry(t).or_default().push(at);
    }

    /// Indexes arguments of relation `at` (on adding it, or when a merge gave it more).
    fn add_args(&mut self, relation: &str, args: &[(String, ArgValue)], at: usize) {
        let t = self.number(relation);
        for (role, v) in args {
            if let ArgValue::Entity(e) = v {
                let r = self.number(role);
                self.by_entity.entry((t, r, *e)).or_default().push(at);
                match 1u64.checked_shl(r) {
                    Some(bit) => self.entity_roles[at] |= bit,
                    None => self.wide = true,
                }
            }
        }
    }

    /// Candidate relations in `out` order (the first compatible one wins, as a scan would).
    fn candidates(&self, f: &Found, out: &[Found]) -> Vec<usize> {
        let mut cands: Vec<usize> = Vec::new();
        let Some(t) = self.known(&f.relation) else {
            return cands;
        };
        let mut f_roles = 0u64;
        for (role, v) in &f.args {
            if let ArgValue::Entity(e) = v {
                let Some(r) = self.known(role) else { continue };
                f_roles |= 1u64.checked_shl(r).unwrap_or(0);
                if let Some(b) = self.by_entity.get(&(t, r, *e)) {
                    cands.extend(&b[b.len().saturating_sub(RECENT_WINDOW)..]);
                }
            }
        }
        if let Some(of_type) = self.by_type.get(&t) {
            let recent = &of_type[of_type.len().saturating_sub(RECENT_WINDOW)..];
            // Only those that share no entity-valued role with `f` need this path.
            if self.wide {
                cands.extend(recent.iter().copied().filter(|&g| {
                    !out[g].args.iter().any(|(r, v)| {
                        matches!(v, ArgValue::Entity(_))
                            && f.args
                                .iter()
                                .any(|(fr, fv)| fr == r && matches!(fv, ArgValue::Entity(_)))
                    })
                }));
            } else {
                cands.extend(
                    recent
                        .iter()
                        .copied()
                        .filter(|&g| self.entity_roles[g] & f_roles == 0),
                );
            }
        }
        cands.sort_unstable();
        cands.dedup();
        cands
    }
}

/// How many sentences back a `joins` rule looks for the relation it joins.
pub(super) const JOIN_REACH: usize = 2;

/// Adds what `joins` rules found to the relation of their type stated last in the sentences
/// just before theirs, in their paragraph (`…정상회담을 가졌다. 이날 회담에는 B 장관도
/// 배석했다`: B joins the meeting); with none stated there, they give nothing. A role the
/// relation has already gains values only where the rule takes `many` of it (participants,
/// not a second date).
pub(super) fn join_stated(
    relations: &mut [Found],
    stated: &[Vec<usize>],
    joiners: Vec<(usize, Found)>,
    rules: &[Rule],
    a: &Analysis<'_>,
    seg: &Segments,
) {
    for (si, j) in joiners {
        let first = si.saturating_sub(JOIN_REACH);
        let paragraph = a.paragraph_of.get(si);
        let earlier = (first..si)
            .filter(|&s| a.paragraph_of.get(s) == paragraph)
            .map(|s| seg.sentences[s].start)
            .collect::<Vec<_>>();
        // The relation stated last in those sentences (also one first stated in the headline
        // and restated there).
        let target = (0..relations.len())
            .filter(|&i| relations[i].relation == j.relation)
            .filter_map(|i| {
                let last = stated[i].iter().filter(|s| earlier.contains(s)).max()?;
                Some((*last, i))
            })
            .max()
            .map(|(_, i)| i);
        let Some(t) = target else { continue };
        let spec = &rules[j.rule_index].args;
        for (role, v) in j.args {
            let held = relations[t].args.iter().any(|(r, _)| *r == role);
            let many = spec.iter().any(|s| s.role == role && s.many);
            if (!held || many) && !relations[t].args.iter().any(|(r, x)| *r == role && *x == v) {
                relations[t].args.push((role, v));
            }
        }
    }
}

/// Completes relations with the partial restatements that point at exactly one of them: every
/// entity the partial names is in that relation under the same role, and every role both
/// state agrees. The relation gains the roles only the restatement states (a date).
pub(super) fn complete_restatements(relations: &mut [Found], partials: Vec<Found>) {
    for p in partials {
        let matches: Vec<usize> = relations
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.relation == p.relation
                    && p.args.iter().all(|(role, v)| {
                        !matches!(v, ArgValue::Entity(_))
                            || r.args.iter().any(|(r2, v2)| r2 == role && v2 == v)
                            || !r.args.iter().any(|(r2, _)| r2 == role)
                    })
                    && restates(&r.args, &p.args)
            })
            .map(|(i, _)| i)
            .collect();
        if let [only] = matches[..] {
            let r = &mut relations[only];
            for (role, v) in p.args {
                if !r.args.iter().any(|(r2, _)| *r2 == role) {
                    r.args.push((role, v));
                }
            }
        }
    }
}

/// Whether partial arguments `p` agree with relation arguments `r` on every role both have:
/// the partial's values are among the relation's (texts may contain each other).
pub(super) fn restates(r: &[(String, ArgValue)], p: &[(String, ArgValue)]) -> bool {
    p.iter().all(|(role, v)| {
        let theirs: Vec<&ArgValue> = r
            .iter()
            .filter(|(r2, _)| r2 == role)
            .map(|(_, x)| x)
            .collect();
        theirs.is_empty()
            || theirs.iter().any(|x| match (x, v) {
                (ArgValue::Text(a, ..), ArgValue::Text(b, ..)) => {
                    let (a, b) = (squash(a), squash(b));
                    a.contains(&b) || b.contains(&a)
                }
                _ => *x == v,
            })
    })
}

/// Whether two relations of one type restate each other: they share a role, and on every
/// role both state, their values agree (texts may contain each other).
pub(super) fn compatible(
    a: &[(String, ArgValue)],
    b: &[(String, ArgValue)],
    an: &Analysis<'_>,
) -> bool {
    // Called for every candidate of every relation: no allocation, values read in place.
    fn values<'v>(
        x: &'v [(String, ArgValue)],
        role: &'v str,
    ) -> impl Iterator<Item = &'v ArgValue> + Clone + 'v {
        x.iter().filter(move |(r, _)| r == role).map(|(_, v)| v)
    }
    let mut shared = false;
    for (i, (role, _)) in a.iter().enumerate() {
        if a[..i].iter().any(|(r, _)| r == role) || !b.iter().any(|(r, _)| r == role) {
            continue;
        }
        shared = true;
        let (va, vb) = (values(a, role), values(b, role));
        let (na, nb) = (va.clone().count(), vb.clone().count());
        let (Some(a0), Some(b0)) = (va.clone().next(), vb.clone().next()) else {
            continue;
        };
        let agree = match (a0, b0) {
            (ArgValue::Text(x, ..), ArgValue::Text(y, ..)) => either_contains(x, y),
            // One restatement names the entity, the other a phrase around it
            // (`인도네시아` and `인도네시아 배터리 공장`).
            (ArgValue::Entity(e), ArgValue::Text(t, ..))
            | (ArgValue::Text(t, ..), ArgValue::Entity(e))
                if na == 1 && nb == 1 =>
            {
                let t = squash(t);
                entity_texts(an, *e)
                    .iter()
                    .any(|name| !name.is_empty() && t.contains(&squash(name)))
            }
            // `강창희 국회의장` and `강창희 의장`: a title and its short form.
            (ArgValue::Entity(x), ArgValue::Entity(y)) if na == 1 && nb == 1 && x != y => {
                short_title_of(an, *x, *y) || short_title_of(an, *y, *x)
            }
            _ => na == nb && va.clone().all(|v| vb.clone().any(|w| w == v)),
        };
        if !agree {
            return false;
        }
    }
    shared
}

/// Prefixes that make another rank of a title, not a longer name of it (`부회장`, `명예회장`,
/// `원내대표`, `수석부위원장`).
pub(super) const RANK_PREFIXES: &[&str] = &[
    "부",
    "명예",
    "수석",
    "원내",
    "공동",
    "상임",
    "직무대행",
    "전",
    "前",
];

/// Whether TITLE entity `short` is the short form of TITLE entity `long`: `의장` of `국회의장`,
/// `위원장` of `정보위원장` — the long title ends with the short one after a prefix of two
/// syllables or more that is no rank of its own.
pub(super) fn short_title_of(an: &Analysis<'_>, short: usize, long: usize) -> bool {
    let (Some(s), Some(l)) = (
        an.resolved.entities.get(short),
        an.resolved.entities.get(long),
    ) else {
        return false;
    };
    if s.kind != EntityType::Title || l.kind != EntityType::Title {
        return false;
    }
    l.canonical
        .strip_suffix(s.canonical.as_str())
        .is_some_and(|prefix| {
            prefix.chars().count() >= 2
                && prefix.chars().all(|c| Script::of(c).is_word())
                && !RANK_PREFIXES.iter().any(|r| prefix.ends_with(r))
        })
}

/// Whether one text contains the other, spaces ignored.
pub(super) fn either_contains(x: &str, y: &str) -> bool {
    if x.contains(char::is_whitespace) || y.contains(char::is_whitespace) {
        let (x, y) = (squash(x), squash(y));
        x.contains(&y) || y.contains(&x)
    } else {
        x.contains(y) || y.contains(x)
    }
}

pub(super) fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
