//! Sentences, eojeol (space-separated words) and the particles (josa) that end them.
//!
//! The particle is what tells a Korean rule which role a word plays: `오픈AI가` is a subject,
//! `한국산업은행과` a partner, `MOU를` an object. A particle chain may stack
//! (`한국에서도`, `오픈AI와의`), and a name may head a compound (`도쿄지사`).

use std::ops::Range;

use serde::Serialize;

use super::{is_boundary, skip_syllables, Script};

/// The grammatical role a particle signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// 은/는: the topic, usually the subject of the whole paragraph.
    Topic,
    /// 이/가/께서: the subject.
    Subject,
    /// 을/를: the object.
    Object,
    /// 과/와/하고/이랑: a partner (with A).
    Partner,
    /// 에서/서: where something happens.
    Place,
    /// 에/로/으로/에게: the goal or destination.
    Goal,
    /// 의: the possessor (A's).
    Possessor,
    /// 도/만/까지 …: no role of its own.
    Other,
    /// No particle: a bare noun (apposition, compound modifier, list item).
    Bare,
    /// The word heads a compound (`도쿄지사`, `서울본사`).
    Compound,
}

impl Role {
    /// Parses a role as written in rule packs (`topic`, `subject` …).
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "topic" => Role::Topic,
            "subject" => Role::Subject,
            "object" => Role::Object,
            "partner" => Role::Partner,
            "place" => Role::Place,
            "goal" => Role::Goal,
            "possessor" => Role::Possessor,
            "other" => Role::Other,
            "bare" => Role::Bare,
            "compound" => Role::Compound,
            _ => return None,
        })
    }

    /// The name used in rule packs and `explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Topic => "topic",
            Role::Subject => "subject",
            Role::Object => "object",
            Role::Partner => "partner",
            Role::Place => "place",
            Role::Goal => "goal",
            Role::Possessor => "possessor",
            Role::Other => "other",
            Role::Bare => "bare",
            Role::Compound => "compound",
        }
    }
}

/// Particles, longest first within each starting syllable so the first hit is the longest.
const PARTICLES: &[(&str, Role)] = &[
    ("께서는", Role::Topic),
    ("에서는", Role::Place),
    ("에서도", Role::Place),
    ("에서의", Role::Place),
    ("에서만", Role::Place),
    // the emphatic `-야` after a particle of time or place (`12시 29분에야`, `이번에서야`)
    ("에서야", Role::Place),
    ("에게서", Role::Goal),
    ("으로부터", Role::Goal),
    ("로부터", Role::Goal),
    ("으로서", Role::Other),
    ("으로써", Role::Other),
    ("으로는", Role::Goal),
    ("으로도", Role::Goal),
    ("으로의", Role::Goal),
    ("으로", Role::Goal),
    ("이라고", Role::Other),
    ("이라는", Role::Other),
    ("이라며", Role::Other),
    ("이라도", Role::Other),
    // the copula with a quoting or joining ending (`556만710원이었다고`, `대표였으며`)
    ("이었다고", Role::Other),
    ("이었다며", Role::Other),
    ("이었다는", Role::Other),
    ("이었으며", Role::Other),
    ("이었지만", Role::Other),
    ("이었는데", Role::Other),
    ("이었고", Role::Other),
    ("이었다", Role::Other),
    ("이었던", Role::Other),
    ("이지만", Role::Other),
    ("이란", Role::Other),
    ("이던", Role::Other),
    ("이며", Role::Other),
    ("이고", Role::Other),
    ("이나", Role::Other),
    ("이다", Role::Other),
    ("이자", Role::Other),
    ("이랑", Role::Partner),
    ("께서", Role::Subject),
    ("에서", Role::Place),
    ("에게", Role::Goal),
    ("에는", Role::Goal),
    ("에도", Role::Goal),
    ("에만", Role::Goal),
    ("에의", Role::Goal),
    ("에야", Role::Goal),
    ("한테", Role::Goal),
    ("하고", Role::Partner),
    ("로서", Role::Other),
    ("로써", Role::Other),
    ("로는", Role::Goal),
    ("로도", Role::Goal),
    ("로의", Role::Goal),
    ("라고", Role::Other),
    ("라는", Role::Other),
    ("라며", Role::Other),
    ("라도", Role::Other),
    ("까지", Role::Other),
    ("부터", Role::Other),
    ("마저", Role::Other),
    ("조차", Role::Other),
    ("처럼", Role::Other),
    ("보다", Role::Other),
    ("대로", Role::Other),
    ("마다", Role::Other),
    ("밖에", Role::Other),
    ("였다고", Role::Other),
    ("였다며", Role::Other),
    ("였다는", Role::Other),
    ("였으며", Role::Other),
    ("였지만", Role::Other),
    ("였는데", Role::Other),
    ("였고", Role::Other),
    ("였다", Role::Other),
    ("였던", Role::Other),
    ("이", Role::Subject),
    ("가", Role::Subject),
    ("은", Role::Topic),
    ("는", Role::Topic),
    ("을", Role::Object),
    ("를", Role::Object),
    ("과", Role::Partner),
    ("와", Role::Partner),
    ("랑", Role::Partner),
    ("의", Role::Possessor),
    ("에", Role::Goal),
    ("께", Role::Goal),
    ("로", Role::Goal),
    ("서", Role::Place),
    ("도", Role::Topic),
    ("만", Role::Other),
    ("란", Role::Other),
    ("며", Role::Other),
    ("나", Role::Other),
    ("다", Role::Other),
    ("인", Role::Other),
];

/// Nouns that a name may head without a space (`도쿄지사`, `MS데이터센터` has a script
/// change instead). A name followed by anything else inside its eojeol is not a name
/// (`한국어`, `한국형`).
const COMPOUND_HEADS: &[&str] = &[
    "지사",
    "법인",
    "본사",
    "본부",
    "공장",
    "사무소",
    "사무실",
    "지점",
    "지부",
    "지역",
    "센터",
    "연구소",
    "캠퍼스",
    "대사관",
    "총영사관",
    "영사관",
    "정부",
    "당국",
    "측",
    "시장",
    "증시",
    "행",
    "발",
    "산",
    "계열사",
    "그룹",
    "주재",
    "출신",
    "현지",
    "전역",
    "일대",
    "인근",
    "경제",
    "대표팀",
    "노선",
    "공항",
    "항",
    // a station, a new town, a bridge or a tunnel named by its place or a body (`대구역`,
    // `서울대입구역`, `한강신도시`, `서해대교`, `남산터널`): the place then the venue (`pattern/places.rs` joins them)
    "역",
    "입구역",
    "신도시",
    "대교",
    "터널",
    // downtown (`서울시내`, `부산도심`)
    "시내",
    "도심",
];

/// The [`COMPOUND_HEADS`] that begin with the first character of `word` (checked for every
/// name whose eojeol goes on, so the list is not walked whole).
fn heads_starting(word: &str) -> &'static [&'static str] {
    // Sorted, so the heads of one first character are one run.
    static SORTED: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
        let mut v = COMPOUND_HEADS.to_vec();
        v.sort_unstable();
        v
    });
    let Some(c) = word.chars().next() else {
        return &[];
    };
    let mut buf = [0u8; 4];
    let key = c.encode_utf8(&mut buf).as_bytes();
    let from = SORTED.partition_point(|h| h.as_bytes() < key);
    let len = SORTED[from..]
        .iter()
        .take_while(|h| h.as_bytes().starts_with(key))
        .count();
    &SORTED[from..from + len]
}

/// A particle chain that ends a word: its byte length and the role of its first particle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Particle {
    pub(crate) len: usize,
    pub(crate) role: Role,
}

/// Particles indexed by their first syllable, and by their last, so a lookup compares only
/// the few particles that can match (this runs for every dictionary match and every word).
/// Each index maps a Hangul syllable (`가`..`힣`) straight to its bucket of particles.
struct ParticleIndex {
    first: SyllableIndex,
    last: SyllableIndex,
}

struct SyllableIndex {
    /// Per syllable: the range of its particles in `particles`.
    ranges: Vec<(u16, u16)>,
    particles: Vec<(&'static str, Role)>,
}

impl SyllableIndex {
    fn new(key: impl Fn(&str) -> Option<char>) -> Self {
        let mut keyed: Vec<(usize, &'static str, Role)> = PARTICLES
            .iter()
            .filter_map(|&(p, r)| Some((syllable_index(key(p)?)?, p, r)))
            .collect();
        // Stable: within a syllable, the order of PARTICLES (longest first) is kept.
        keyed.sort_by_key(|e| e.0);
        let mut ranges = vec![(0u16, 0u16); SYLLABLES];
        for (i, &(k, _, _)) in keyed.iter().enumerate() {
            let r = &mut ranges[k];
            if r.0 == r.1 {
                *r = (i as u16, i as u16 + 1);
            } else {
                r.1 = i as u16 + 1;
            }
        }
        SyllableIndex {
            ranges,
            particles: keyed.into_iter().map(|(_, p, r)| (p, r)).collect(),
        }
    }

    /// Within each syllable, the longest particles first, so that the first one a word ends
    /// with is the longest (the particles are distinct strings: no two of one length match).
    fn longest_first(mut self) -> Self {
        for &(a, b) in &self.ranges {
            self.particles[a as usize..b as usize].sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        self
    }

    #[inline]
    fn get(&self, c: Option<char>) -> &[(&'static str, Role)] {
        match c.and_then(syllable_index) {
            Some(i) => {
                let (a, b) = self.ranges[i];
                &self.particles[a as usize..b as usize]
            }
            None => &[],
        }
    }
}

const SYLLABLES: usize = 0xD7A4 - 0xAC00;

#[inline]
fn syllable_index(c: char) -> Option<usize> {
    (c as usize).checked_sub(0xAC00).filter(|&i| i < SYLLABLES)
}

static PARTICLE_INDEX: std::sync::LazyLock<ParticleIndex> =
    std::sync::LazyLock::new(|| ParticleIndex {
        first: SyllableIndex::new(|p| p.chars().next()),
        last: SyllableIndex::new(|p| p.chars().next_back()).longest_first(),
    });

#[inline]
fn particles_starting(s: &str) -> &'static [(&'static str, Role)] {
    PARTICLE_INDEX.first.get(s.chars().next())
}

/// If `tail` (the rest of an eojeol after a name) is a chain of one to three particles,
/// their length and role. `tail` must not be empty.
pub(crate) fn particle_chain(tail: &str) -> Option<Particle> {
    fn chain(s: &str, depth: u8) -> bool {
        if s.is_empty() {
            return true;
        }
        depth > 0
            && particles_starting(s)
                .iter()
                .any(|(p, _)| s.strip_prefix(p).is_some_and(|rest| chain(rest, depth - 1)))
    }
    particles_starting(tail).iter().find_map(|&(p, role)| {
        let rest = tail.strip_prefix(p)?;
        chain(rest, 2).then_some(Particle {
            len: tail.len(),
            role,
        })
    })
}

/// What follows a name inside its eojeol, as far as its boundary is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tail {
    /// Nothing: the eojeol ends (space, punctuation, end of text).
    End,
    /// A change of script (`MS데이터센터`, `오픈AI가`).
    ScriptChange,
    /// A particle chain.
    Particle(Particle),
    /// A compound head, optionally followed by particles (`도쿄지사가`).
    Compound,
}

/// Classifies what follows a name that ends at byte `end` of `text`; `None` when the name
/// would end inside a word (`한국` in `한국어`).
pub(crate) fn tail_after(text: &str, end: usize, last: char) -> Option<Tail> {
    let rest = &text[end..];
    let Some(next) = rest.chars().next() else {
        return Some(Tail::End);
    };
    let (ls, ns) = (Script::of(last), Script::of(next));
    if !ns.is_word() {
        return Some(Tail::End);
    }
    if is_boundary(ls, ns) {
        return Some(Tail::ScriptChange);
    }
    // The rest of the eojeol in the same script.
    let word_end = rest
        .char_indices()
        .find(|&(_, c)| Script::of(c) != ls)
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..word_end];
    if let Some(p) = particle_chain(word) {
        return Some(Tail::Particle(p));
    }
    heads_starting(word)
        .iter()
        .any(|h| {
            word.strip_prefix(h)
                .is_some_and(|r| r.is_empty() || particle_chain(r).is_some())
        })
        .then_some(Tail::Compound)
}

/// Does `rest`, what follows a title inside its word, name the title's post: `직` and
/// nothing more or only particles (`총리직에서`, `의원직을`, `대통령직`), not a word that
/// starts with `직` (`직원`, `직속`)?
pub(crate) fn names_a_post(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix('직') else {
        return false;
    };
    let run = hangul_run_at(after, 0);
    run.is_empty() || particle_chain(run).is_some()
}

/// Whether `text[s..e]` stands as a word of its own: it starts at a word boundary and is
/// followed by the end of its eojeol or a particle chain (or, when `script_change` allows, a
/// change of script). A found name repeated elsewhere must pass this to count again.
pub(crate) fn stands_alone(text: &str, s: usize, e: usize, script_change: bool) -> bool {
    let before = text[..s].chars().next_back();
    let (Some(first), Some(last)) = (text[s..].chars().next(), text[..e].chars().next_back())
    else {
        return false;
    };
    let starts = before.is_none_or(|b| is_boundary(Script::of(b), Script::of(first)));
    starts
        && match tail_after(text, e, last) {
            Some(Tail::End | Tail::Particle(_)) => true,
            Some(Tail::ScriptChange) => script_change,
            _ => false,
        }
}

/// The Hangul letters of `text` from byte `at` on, up to the first other character (what a
/// name ending at `at` has glued to it: particles, `인`, `들`).
pub(crate) fn hangul_run_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Where the run of Hangul letters that ends at byte `end` of `text` starts (`end` itself when
/// none ends there): the word a head found inside the text is glued to (`중구청` → `중구`).
pub(crate) fn hangul_run_start(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The particle that directly follows a mention ending at `end`, for rules: the role and
/// its length (0 for a bare noun).
pub(crate) fn role_after(text: &str, end: usize) -> (Role, usize) {
    let word = hangul_run_at(text, end);
    if word.is_empty() {
        return (Role::Bare, 0);
    }
    if let Some(p) = particle_chain(word) {
        return (p.role, p.len);
    }
    if heads_starting(word).iter().any(|h| word.starts_with(h)) {
        return (Role::Compound, 0);
    }
    (Role::Bare, 0)
}

/// Common nouns that end in `인` without being a noun and the copula `인` (`법인` is no `법`
/// "being law", `확인` no `확` + `인`): a bare word of these is a noun with no particle. Whole
/// words only, since the same letters do end noun + copula inside longer words (`방법인`,
/// `위원인`, `사원인`); the compounds listed are the ones news writes as one word.
const NOUNS_ENDING_IN_IN: &[&str] = &[
    "법인",
    "현지법인",
    "해외법인",
    "판매법인",
    "생산법인",
    "합작법인",
    "신설법인",
    "재단법인",
    "사단법인",
    "학교법인",
    "의료법인",
    "개인",
    "원인",
    "요인",
    "확인",
    "승인",
    "부인",
    "시인",
    "기인",
    "군인",
    "노인",
    "상인",
    "연예인",
    "외국인",
    "한국인",
    "미국인",
    "중국인",
    "일본인",
    "북한인",
    "체육인",
    "정치인",
    "직장인",
    "지식인",
    "민간인",
    "대변인",
    "증인",
    "피고인",
    "범인",
];

/// Guesses the particle that ends a plain word (not a recognized name): the longest particle
/// suffix that leaves a stem of at least one syllable. Used for the head nouns of phrases
/// (`기업과`, `경영진을`), where no dictionary says where the stem ends. A noun ending in
/// `인` of [`NOUNS_ENDING_IN_IN`] (`법인`) has none.
pub(crate) fn guess_particle(word: &str) -> Option<Particle> {
    // The last character is decoded once (this runs several times for nearly every word of
    // a text): it keys the particles tried, and a word without one has no particle.
    let (word, last) = match word.chars().next_back() {
        Some(c) if Script::of(c) == Script::Hangul => (word, c),
        _ => {
            let word = word.trim_end_matches(|c: char| !Script::of(c).is_word());
            (word, word.chars().next_back()?)
        }
    };
    if last == '인' && NOUNS_ENDING_IN_IN.contains(&word) {
        return None;
    }
    let w = word.as_bytes();
    PARTICLE_INDEX
        .last
        .get(Some(last))
        .iter()
        .find(|(p, _)| w.len() > p.len() && ends_with_particle(w, p.as_bytes()))
        .map(|&(p, role)| Particle { len: p.len(), role })
}

/// `w.ends_with(p)` for a particle `p` of the bucket of `w`'s last syllable: that syllable
/// (the last three bytes) is known to agree, so only the bytes before it are compared, in
/// place (called for nearly every word of a text, several times: a `memcmp` call per
/// particle tried cost more than the comparison). A particle of one syllable is that
/// syllable, and agrees with no comparison at all.
#[inline]
fn ends_with_particle(w: &[u8], p: &[u8]) -> bool {
    let n = p.len();
    if n < 3 || w.len() < n {
        return w.ends_with(p);
    }
    w[w.len() - n..w.len() - 3]
        .iter()
        .zip(&p[..n - 3])
        .all(|(a, b)| a == b)
}

/// The longest note in parentheses (bytes) read as belonging to the name or element before
/// it: an age (`(69)`), a short form (`(이하 교과부)`), a constituency (`(4선·서울 성북갑)`), an
/// affiliation (`(31·한국예술종합학교 영상원 영화과 전문사 연출전공 2년)`, about 80 bytes).
pub(crate) const MAX_NOTE: usize = 120;

/// Where the note that `inside` opens (the text right after its `(`) closes: the offset of
/// its `)` within [`MAX_NOTE`] bytes, with no `(` before it. The search stops there, so a
/// `(` with no close costs no scan of the rest of the text.
pub(crate) fn note_close(inside: &str) -> Option<usize> {
    let window = &inside.as_bytes()[..inside.len().min(MAX_NOTE + 1)];
    let i = window.iter().position(|&b| b == b')' || b == b'(')?;
    (window[i] == b')').then_some(i)
}

/// `word` without the particle [`guess_particle`] reads at its end (`김민수는` → `김민수`), or
/// `word` itself when it has none or is all particle.
pub(crate) fn without_particle(word: &str) -> &str {
    match guess_particle(word) {
        Some(p) if p.len < word.len() => &word[..word.len() - p.len],
        _ => word,
    }
}

/// Is `rest` (what a word has after a name or a head) empty or a chain of particles only
/// (`는`, `에게는`)?
pub(crate) fn only_particles(rest: &str) -> bool {
    rest.is_empty() || particle_chain(rest).is_some_and(|p| p.len == rest.len())
}

/// One space-separated word of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Eojeol {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Sentences and eojeol of a normalized text.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    /// Sentence spans, in order, covering the text without leading/trailing space.
    pub(crate) sentences: Vec<Range<usize>>,
    /// For each sentence, the index of its paragraph (line).
    pub(crate) paragraph_of: Vec<u32>,
    /// Eojeol spans, in order.
    pub(crate) eojeols: Vec<Eojeol>,
}

#[cfg(test)]
impl Segments {
    /// The sentence that contains byte `pos`, if any.
    pub(crate) fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}

/// Splits a normalized text into sentences and eojeol.
///
/// A sentence ends at a line break, or at `.`, `?`, `!`, `…` followed by space, a closing
/// quote or the end — but not at a period between digits (`2024.11.27`, `9.5%`).
pub(crate) fn segment(text: &str) -> Segments {
    // Korean news has an eojeol every 8–12 bytes and a sentence every 100–200: room for
    // about that many at once, not a regrowth at each doubling.
    let mut seg = Segments {
        sentences: Vec::with_capacity(text.len() / 128 + 1),
        paragraph_of: Vec::with_capacity(text.len() / 128 + 1),
        eojeols: Vec::with_capacity(text.len() / 8 + 1),
    };
    let bytes = text.as_bytes();
    let mut paragraph = 0u32;
    let mut sent_start: Option<usize> = None;
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    let close_sentence = |seg: &mut Segments, start: Option<usize>, end: usize, para: u32| {
        if let Some(s) = start {
            if end > s {
                seg.sentences.push(s..end);
                seg.paragraph_of.push(para);
            }
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\n' || b == b'\r' || b == b'\t' {
            if let Some(ws) = word_start.take() {
                seg.eojeols.push(Eojeol { start: ws, end: i });
            }
            if b == b'\n' {
                close_sentence(&mut seg, sent_start.take(), trim_end(text, i), paragraph);
                paragraph += 1;
            }
            i += 1;
            continue;
        }
        if word_start.is_none() {
            word_start = Some(i);
        }
        if sent_start.is_none() {
            sent_start = Some(i);
        }
        // A run of Hangul syllables ends no word and no sentence: stepped over undecoded.
        let syllables = bytes.len() - i - skip_syllables(&bytes[i..]).len();
        if syllables > 0 {
            i += syllables;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if matches!(c, '.' | '?' | '!' | '…' | '。') {
            let next = text[i + len..].chars().next();
            let prev_digit = i > 0 && bytes[i - 1].is_ascii_digit();
            let next_digit = next.is_some_and(|n| n.is_ascii_digit());
            let ends = match next {
                None => true,
                Some(n) => {
                    n.is_whitespace()
                        || ((n == '"' || n == '\'' || n == ')' || n == '”') && c != '.')
                }
            };
            if ends && !(prev_digit && next_digit) && !is_abbreviation_dot(text, i) {
                close_sentence(&mut seg, sent_start.take(), i + len, paragraph);
            }
        }
        i += len;
    }
    if let Some(ws) = word_start {
        seg.eojeols.push(Eojeol {
            start: ws,
            end: text.len(),
        });
    }
    close_sentence(&mut seg, sent_start, trim_end(text, text.len()), paragraph);
    seg
}

/// Lines of page chrome scraped with the article (share buttons `• 페이스북`): a bullet and
/// at most three words. Their names are no mentions.
pub(crate) fn chrome_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    while line_start < text.len() {
        // Lines found with `memchr`: most documents are one line, searched in one call.
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[line_start..])
            .map_or(text.len(), |k| line_start + k + 1);
        let trimmed = text[line_start..line_end].trim_start();
        let bullet = trimmed.starts_with(['·', '▶', '▷', '◆', '■', '□', '○', '●', '-', '*']);
        if bullet && trimmed.split_whitespace().count() <= 3 {
            out.push(line_start..line_end);
        }
        line_start = line_end;
    }
    out
}

/// A period after a single Latin capital (`J. Smith`) or a digit run that continues as a
/// date (`2024.11.26.` followed by more text on the line still ends the caption) is kept.
fn is_abbreviation_dot(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let mut rev = before.chars().rev();
    match (rev.next(), rev.next()) {
        (Some(a), Some(b)) => a.is_ascii_uppercase() && !b.is_alphanumeric(),
        (Some(a), None) => a.is_ascii_uppercase(),
        _ => false,
    }
}

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particle_chains() {
        assert_eq!(particle_chain("가").unwrap().role, Role::Subject);
        assert_eq!(particle_chain("과의").unwrap().role, Role::Partner);
        assert_eq!(particle_chain("에서도").unwrap().role, Role::Place);
        assert_eq!(particle_chain("으로부터").unwrap().role, Role::Goal);
        assert_eq!(particle_chain("는").unwrap().role, Role::Topic);
        assert_eq!(particle_chain("이었다고").unwrap().len, "이었다고".len());
        assert_eq!(particle_chain("였으며").unwrap().len, "였으며".len());
        assert_eq!(particle_chain("어"), None);
        assert_eq!(particle_chain("형"), None);
        assert_eq!(particle_chain("업은행"), None);
    }

    #[test]
    fn nouns_ending_in_in_are_no_copula() {
        for noun in [
            "법인",
            "현지법인",
            "개인",
            "원인",
            "확인",
            "승인",
            "외국인",
            "연예인",
        ] {
            assert_eq!(guess_particle(noun), None, "{noun}");
        }
        // With a particle after them, the particle is found as before.
        let p = guess_particle("법인을").unwrap();
        assert_eq!((p.role, p.len), (Role::Object, "을".len()));
        let p = guess_particle("개인이").unwrap();
        assert_eq!((p.role, p.len), (Role::Subject, "이".len()));
        // A noun and the copula 인 still are one, also where a listed noun ends the word, and
        // where a person noun reads both ways (`라디오 방송인 '자유북한방송'은`).
        for word in [
            "교수인",
            "사장인",
            "방법인",
            "위원인",
            "회원인",
            "방송인",
            "기업인",
        ] {
            let p = guess_particle(word).unwrap();
            assert_eq!((p.role, p.len), (Role::Other, "인".len()), "{word}");
        }
    }

    #[test]
    fn tails() {
        let t = "한국어와 한국산업은행과 도쿄지사가 MS데이터센터 부산은";
        assert_eq!(tail_after(t, "한국".len(), '국'), None);
        let s = t.find("한국산업은행").unwrap() + "한국산업은행".len();
        assert!(matches!(
            tail_after(t, s, '행'),
            Some(Tail::Particle(Particle {
                role: Role::Partner,
                ..
            }))
        ));
        let s = t.find("도쿄").unwrap() + "도쿄".len();
        assert_eq!(tail_after(t, s, '쿄'), Some(Tail::Compound));
        let s = t.find("MS").unwrap() + 2;
        assert_eq!(tail_after(t, s, 'S'), Some(Tail::ScriptChange));
        assert_eq!(tail_after(t, t.len(), '은'), Some(Tail::End));
    }

    #[test]
    fn compound_heads_by_first_character() {
        for h in COMPOUND_HEADS {
            let first = h.chars().next();
            let found = heads_starting(&format!("{h}가"));
            assert!(found.contains(h), "{h}");
            assert!(found.iter().all(|f| f.chars().next() == first), "{h}");
            let all: Vec<_> = COMPOUND_HEADS
                .iter()
                .filter(|o| o.chars().next() == first)
                .collect();
            assert_eq!(found.len(), all.len(), "{h}");
        }
        assert!(heads_starting("").is_empty());
        assert!(heads_starting("어").is_empty());
    }

    #[test]
    fn roles_after_mentions() {
        let t = "오픈AI가 산은과";
        assert_eq!(role_after(t, "오픈AI".len()), (Role::Subject, 3));
        let e = t.len() - "과".len();
        assert_eq!(role_after(t, e), (Role::Partner, 3));
        assert_eq!(role_after(t, t.len()), (Role::Bare, 0));
    }

    #[test]
    fn sentences_skip_dotted_numbers() {
        let t = "등록 2024.11.27 06:01:00\n성장률은 9.5%였다. 오픈AI는 MOU를 체결했다고 밝혔다. 끝";
        let seg = segment(t);
        let s: Vec<&str> = seg.sentences.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            s,
            [
                "등록 2024.11.27 06:01:00",
                "성장률은 9.5%였다.",
                "오픈AI는 MOU를 체결했다고 밝혔다.",
                "끝"
            ]
        );
        assert_eq!(seg.paragraph_of, [0, 1, 1, 1]);
        assert_eq!(seg.sentence_at(t.find("끝").unwrap()), Some(3));
    }

    #[test]
    fn bullet_lines_are_chrome() {
        let t =
            "  · 페이스북\n  · 이메일 보내기\n· 삼성전자는 1일 신제품을 출시했다고 밝혔다\n본문";
        let chrome: Vec<&str> = chrome_lines(t)
            .iter()
            .map(|r| t[r.clone()].trim())
            .collect();
        assert_eq!(chrome, ["· 페이스북", "· 이메일 보내기"]);
    }

    #[test]
    fn eojeols_split_on_space() {
        let t = "  오픈AI가  산은과\nMOU를";
        let seg = segment(t);
        let w: Vec<&str> = seg.eojeols.iter().map(|e| &t[e.start..e.end]).collect();
        assert_eq!(w, ["오픈AI가", "산은과", "MOU를"]);
    }
}
