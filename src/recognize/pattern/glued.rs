//! Titles written glued to their organization or place, as Korean news writes them:
//!
//! * a place's office is one title, the post it names: `서울시장`, `경기도지사`,
//!   `강남구청장` (`dictionaries/discovery/glued_titles.tsv`, with the guard that keeps
//!   `주식시장`, `중국시장` and `도쿄지사` no title), as the project's gold annotates it; the
//!   place inside is no mention of its own, and the position relation takes the place's
//!   government as its organization ([`place_of_office`], read by the relate stage);
//! * an association's head: `대한의사협회장` = `대한의사협회` + `장`, where the 회 of the
//!   organization and the 장 glue as 회장 (the title mention is `장`, its entity 회장); a
//!   bank's: `기업은행장` = `기업은행` + `장` (행장);
//! * a member's office: `이장섭 의원실` = the title `의원` of the person before it.
//!
//! The split replaces whatever candidate crosses it (the dictionary's owner stopping short,
//! the compound title `강남구청장`, the place inside a place's office), so that the parts
//! win the resolve stage.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::shape::{is_likely_name, is_stop_word, is_surname};
use crate::document::{EntityType, Source};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::without_particle;
use crate::text::Script;

const GLUED_TITLES: &str = include_str!("../../../dictionaries/discovery/glued_titles.tsv");

/// The titles of a place's office and the level syllable each needs (`시장`, `시`), longest
/// title first.
static PLACE_TITLES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut titles: Vec<(&str, &str)> = GLUED_TITLES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (title, level) = l.split_once('\t')?;
            Some((title.trim(), level.trim()))
        })
        .collect();
    titles.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    titles
});

/// Heads of associations whose last syllable 회 glues with 장 as 회장 (`대한의사협회장`),
/// and of banks whose 행 glues as 행장 (`기업은행장`): head, title.
const HEADED: [(&str, &str); 7] = [
    ("협회", "회장"),
    ("연합회", "회장"),
    ("협의회", "회장"),
    ("학회", "회장"),
    ("체육회", "회장"),
    ("의사회", "회장"),
    ("은행", "행장"),
];

/// Splits the titles of `text` (normalized) glued to a place or an organization among the
/// dictionary's candidates `dictionary_hits`, adding the owner and the title, dropping the
/// candidates that cross the split, and leaving the list in text order: discovery then sees
/// the title (a name before it: `박민지 대전시의원`).
pub(crate) fn glued_titles(
    text: &str,
    dictionary: &Dictionary,
    dictionary_hits: &mut Vec<Candidate>,
) {
    split_words(text, dictionary_hits, |start, stem| {
        place_office(dictionary, stem)
            .or_else(|| association_head(dictionary, stem))
            .or_else(|| envoy(dictionary, stem))
            .or_else(|| minister(dictionary, stem))
            .or_else(|| surname_title(dictionary, stem))
            .or_else(|| name_title(dictionary, stem))
            .or_else(|| former_title(dictionary, text, start, stem))
    });
}

/// Splits `의원실` after a person among `candidates` (all recognizers' so far) into the title
/// `의원` and the room: `이장섭 의원실`.
pub(crate) fn member_offices(text: &str, dictionary: &Dictionary, candidates: &mut Vec<Candidate>) {
    if !text.contains("의원실") {
        return;
    }
    let people: Vec<usize> = candidates
        .iter()
        .filter(|c| c.kind == EntityType::Person)
        .map(|c| c.end)
        .collect();
    split_words(text, candidates, |start, stem| {
        member_office(dictionary, text, start, stem, &people)
    });
}

/// The last syllables of the titles split off (`시장`, `군수`, `도지사`, `총재`, `의원실`,
/// `총리`, `대표`, `장관`, `감독`, `후보`, `대통령`).
const FINALS: [char; 12] = [
    '장', '원', '수', '사', '재', '실', '리', '표', '관', '독', '보', '령',
];

/// The last two syllables of the titles split off, one of which a word must hold.
const TAILS: [&str; 20] = [
    "시장", "지사", "의원", "청장", "군수", "회장", "행장", "사장", "총재", "원장", "대사", "총리",
    "대표", "장관", "감독", "후보", "통령", "의장", "총장", "차관",
];

/// Titles that news writes glued after a surname alone, in headlines and short reports
/// (`이총리`, `김대표`, `박대통령`).
const SURNAME_TITLES: [&str; 14] = [
    "대통령",
    "총리",
    "대표",
    "장관",
    "의원",
    "회장",
    "사장",
    "위원장",
    "감독",
    "지사",
    "시장",
    "후보",
    "의장",
    "총장",
];

/// The surnames read before a glued title: the most common Korean surnames (census order),
/// less `전` (former), `고` (the late) and `양` (both), which glue to titles as words. Rarer
/// surnames glue as prefixes of common words (`여사장`, `동대표`, `반대표`, `어시장`).
const SURNAMES_BEFORE_GLUED_TITLES: [char; 27] = [
    '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황',
    '안', '송', '류', '홍', '문', '손', '배', '백', '허', '유', '남',
];

/// Common words that read as a surname and a glued title (`백사장` a beach, `한의원` a clinic
/// of Korean medicine, `조감독` an assistant director).
const GLUED_TITLE_LOOKALIKES: [&str; 3] = ["백사장", "한의원", "조감독"];

/// Splits each Hangul word of `text` that `split` (given the word's offset and its stem
/// without particle) splits, in `candidates`.
fn split_words(
    text: &str,
    candidates: &mut Vec<Candidate>,
    split: impl Fn(usize, &str) -> Option<Split>,
) {
    let mut added: Vec<Candidate> = Vec::new();
    for (start, word) in hangul_words(text) {
        // Most words with a title's tail end in no title's last syllable, before a particle
        // of up to four.
        if !word.chars().rev().take(5).any(|c| FINALS.contains(&c)) {
            continue;
        }
        let stem = without_particle(word);
        if let Some((owner, title)) = split(start, stem) {
            let shift = |mut c: Candidate| {
                c.start += start;
                c.end += start;
                c
            };
            added.extend(owner.map(shift));
            added.push(shift(title));
        }
    }
    if added.is_empty() {
        return;
    }
    // Whatever crosses a split loses to its two parts; a part already there stays once.
    // `added` is in text order, its parts never overlapping: one binary search each.
    candidates.retain(|c| {
        let i = added.partition_point(|a| a.end <= c.start);
        added.get(i).is_none_or(|a| a.start >= c.end)
    });
    candidates.extend(added);
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
}

/// Finds the words' title tails ([`TAILS`]) in one pass over the text.
static TAIL_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(TAILS)
        .ok()
});

/// The runs of Hangul syllables of `text` that start at a word boundary and hold a title's
/// tail ([`TAILS`]), with their offsets, in text order.
fn hangul_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_hangul = |c: char| Script::of(c) == Script::Hangul;
    let mut last_start = None;
    let hits = TAIL_FINDER.iter().flat_map(move |ac| ac.find_iter(text));
    hits.filter_map(move |m| {
        let start = text[..m.start()]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_hangul(c))
            .last()
            .map_or(m.start(), |(i, _)| i);
        if last_start == Some(start) {
            return None;
        }
        last_start = Some(start);
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| Script::of(c).is_word())
        {
            return None;
        }
        let end = text[m.end()..]
            .char_indices()
            .find(|&(_, c)| !is_hangul(c))
            .map_or(text.len(), |(i, _)| m.end() + i);
        Some((start, &text[start..end]))
    })
}

/// The whole-word dictionary candidate of `word` of one of `kinds`, if the dictionary knows it.
fn known(dictionary: &Dictionary, word: &str, kinds: &[EntityType]) -> Option<Candidate> {
    let mut found = Vec::new();
    dictionary.recognize(word, &mut found);
    found
        .into_iter()
        .find(|c| c.start == 0 && c.end == word.len() && kinds.contains(&c.kind))
}

/// The title candidate over `start..end` for the dictionary title `title` (its entry when
/// the dictionary holds it, the text itself otherwise).
fn title_candidate(dictionary: &Dictionary, start: usize, end: usize, title: &str) -> Candidate {
    let label = known(dictionary, title, &[EntityType::Title]).map_or(Label::Surface, |c| c.label);
    Candidate {
        start,
        end,
        kind: EntityType::Title,
        label,
        source: Source::Pattern,
    }
}

/// A split of a word into an owner and a title, offsets relative to the word (no owner: the
/// title is the whole word, `서울시장`).
type Split = (Option<Candidate>, Candidate);

const PLACES: [EntityType; 2] = [EntityType::Location, EntityType::Org];

/// `미국대사`, `주한 일본대사`: a country the dictionary knows and its envoy.
fn envoy(dictionary: &Dictionary, stem: &str) -> Option<Split> {
    let country = stem.strip_suffix("대사")?;
    if country.chars().count() < 2 {
        return None;
    }
    let owner = known(dictionary, country, &[EntityType::Location])?;
    let Label::Entry(e) = owner.label else {
        return None;
    };
    (super::places::attribute(dictionary, e, "kind") == Some("country")).then(|| {
        (
            Some(owner),
            title_candidate(dictionary, country.len(), stem.len(), "대사"),
        )
    })
}

/// The ministers of a ministry, written glued to it (`법무부장관`, `문체부차관`).
const MINISTERS: [&str; 2] = ["장관", "차관"];

/// `법무부장관`, `문체부장관`, `국방부차관`: a ministry the dictionary knows (an ORG ending
/// in 부 or 처) and its minister, as `법무부 장관` written apart gives them.
fn minister(dictionary: &Dictionary, stem: &str) -> Option<Split> {
    let title = MINISTERS.iter().find(|t| stem.ends_with(**t))?;
    let ministry = &stem[..stem.len() - title.len()];
    if !ministry.ends_with(['부', '처']) || ministry.chars().count() < 2 {
        return None;
    }
    let owner = known(dictionary, ministry, &[EntityType::Org])?;
    Some((
        Some(owner),
        title_candidate(dictionary, ministry.len(), stem.len(), title),
    ))
}

/// `서울시장`, `경기도지사`, `강남구청장`: a known place and the title of its office, one
/// title over the whole word (the post it names, as the gold annotates `부산시장`).
fn place_office(dictionary: &Dictionary, stem: &str) -> Option<Split> {
    let office = place_of_office(stem)?;
    let (place, level) = (office.place, office.level);
    // The title starts with its level (`시장`: 서울 + 시 must be known), or the place ends in
    // it (`부지사`: 경기도); else a province's short name may stand before it (`충남지사`).
    let written = office.title.starts_with(level) || place.ends_with(level);
    let known_place = (written && known(dictionary, &office.government(), &PLACES).is_some())
        || (level == "도" && province(dictionary, place));
    known_place.then(|| (None, title_candidate(dictionary, 0, stem.len(), stem)))
}

/// A place's office written glued to the place (`서울시장`, `경기도부지사`, `충남지사`), read
/// from the word alone: the place as written, the level syllable of its government and the
/// title. Whether the place is one is the dictionary's to say ([`place_office`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlaceOffice<'a> {
    /// The place as written before the title (`서울`, `경기도`, `충남`).
    pub(crate) place: &'a str,
    /// The level syllable of the office's government (`시`, `도`, `구`, `군`).
    pub(crate) level: &'static str,
    /// The title after the place (`시장`, `부지사`, `지사`).
    pub(crate) title: &'static str,
}

impl PlaceOffice<'_> {
    /// The government with its level syllable, as news writes it: `서울` + `시장` → `서울시`,
    /// `경기도` + `부지사` → `경기도`, `충남` + `지사` → `충남도`.
    pub(crate) fn government(&self) -> String {
        if self.place.ends_with(self.level) {
            self.place.to_string()
        } else {
            format!("{}{}", self.place, self.level)
        }
    }
}

/// The last syllables of [`PLACE_TITLES`] (`장`, `수`, …).
static PLACE_TITLE_FINALS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut finals: Vec<char> = PLACE_TITLES
        .iter()
        .filter_map(|(t, _)| t.chars().next_back())
        .collect();
    finals.sort_unstable();
    finals.dedup();
    finals
});

/// The place, level and title of `word` when it ends in a title of a place's office
/// (`glued_titles.tsv`) after a place of two syllables or more: `서울시장` → 서울, 시, 시장.
/// Only the word's shape: `주식시장` reads as 주식 + 시장 too.
pub(crate) fn place_of_office(word: &str) -> Option<PlaceOffice<'_>> {
    // Most words end in no title's last syllable.
    if !word
        .chars()
        .next_back()
        .is_some_and(|c| PLACE_TITLE_FINALS.contains(&c))
    {
        return None;
    }
    let &(title, level) = PLACE_TITLES.iter().find(|(t, _)| word.ends_with(t))?;
    let place = &word[..word.len() - title.len()];
    (place.chars().count() >= 2).then_some(PlaceOffice {
        place,
        level,
        title,
    })
}

/// Whether `place` is a province the dictionary knows by its short name (`충남`, not as
/// `충남도`) or by its full name (`경기도`, whose short name is also a common word): before
/// `지사` or `도지사` it names the province's office (`경남도지사`, `충남지사`, `경기지사`).
fn province(dictionary: &Dictionary, place: &str) -> bool {
    let owner = known(dictionary, place, &[EntityType::Location])
        .or_else(|| known(dictionary, &format!("{place}도"), &[EntityType::Location]));
    owner.is_some_and(|o| {
        matches!(o.label, Label::Entry(e)
            if super::places::attribute(dictionary, e, "kind") == Some("province"))
    })
}

/// Heads of organizations that a whole title may follow glued (`국민체육진흥공단이사장`,
/// `한국토지주택공사사장`).
const ORG_HEADS: [&str; 12] = [
    "협회",
    "연맹",
    "공사",
    "공단",
    "은행",
    "위원회",
    "재단",
    "연합회",
    "협의회",
    "학회",
    "체육회",
    "조합",
];

/// Titles that follow an organization glued.
const HEAD_TITLES: [&str; 7] = [
    "부회장",
    "회장",
    "이사장",
    "부사장",
    "사장",
    "총재",
    "위원장",
];

/// `대한의사협회장`, `기업은행장`, `국민체육진흥공단이사장`: an association or bank and its
/// head, the organization named by its head or known to the dictionary.
fn association_head(dictionary: &Dictionary, stem: &str) -> Option<Split> {
    let glued_head = stem.strip_suffix('장').and_then(|org| {
        let &(_, title) = HEADED.iter().find(|(h, _)| org.ends_with(h))?;
        Some((org, title))
    });
    let whole_title = || {
        let title = HEAD_TITLES.iter().find(|t| stem.ends_with(*t))?;
        Some((&stem[..stem.len() - title.len()], *title))
    };
    let (org, title) = glued_head.or_else(whole_title)?;
    let known_org = known(dictionary, org, &[EntityType::Org]);
    let by_head = ORG_HEADS
        .iter()
        .chain(HEADED.iter().map(|(h, _)| h))
        .any(|h| {
            org.strip_suffix(h)
                .is_some_and(|before| before.chars().count() >= 2)
        });
    if known_org.is_none() && (!by_head || is_stop_word(org) || super::LISTS.not_orgs.contains(org))
    {
        return None;
    }
    let owner = known_org.unwrap_or(Candidate {
        start: 0,
        end: org.len(),
        kind: EntityType::Org,
        label: Label::Surface,
        source: Source::Pattern,
    });
    Some((
        Some(owner),
        title_candidate(dictionary, org.len(), stem.len(), title),
    ))
}

/// `이총리`, `김대표는`, `박대통령`: a surname alone and a title glued to it, split into the
/// person (the surname, as a surname-only mention is written) and the title. Not a title of its
/// own that starts like a surname (`부사장`, `이사장`: the dictionary's TITLE), nor a common
/// word.
fn surname_title(dictionary: &Dictionary, stem: &str) -> Option<Split> {
    let mut chars = stem.chars();
    let first = chars.next()?;
    let title = SURNAME_TITLES.iter().find(|t| chars.as_str() == **t)?;
    if !SURNAMES_BEFORE_GLUED_TITLES.contains(&first)
        || GLUED_TITLE_LOOKALIKES.contains(&stem)
        || is_stop_word(stem)
        || known(dictionary, stem, &[EntityType::Title]).is_some()
    {
        return None;
    }
    let surname = first.len_utf8();
    let person = Candidate {
        start: 0,
        end: surname,
        kind: EntityType::Person,
        label: Label::Surface,
        source: Source::Pattern,
    };
    Some((
        Some(person),
        title_candidate(dictionary, surname, stem.len(), title),
    ))
}

/// `박근혜대통령은`, `김정은위원장`: a full name and a title glued to it, split into the person
/// and the title. The name is the PERSON dictionary's, or a Korean name by its shape that
/// reads strongly as one (a common word before a title is no name: `정책위의장`).
fn name_title(dictionary: &Dictionary, stem: &str) -> Option<Split> {
    let (name, title) = SURNAME_TITLES.iter().find_map(|t| {
        let name = stem.strip_suffix(t)?;
        (2..=4)
            .contains(&name.chars().count())
            .then_some((name, *t))
    })?;
    if is_stop_word(stem)
        || known(dictionary, stem, &[EntityType::Title, EntityType::Org]).is_some()
    {
        return None;
    }
    let person = known(dictionary, name, &[EntityType::Person]).or_else(|| {
        is_likely_name(name, GLUED_NAME_THRESHOLD).then_some(Candidate {
            start: 0,
            end: name.len(),
            kind: EntityType::Person,
            label: Label::Surface,
            source: Source::Pattern,
        })
    })?;
    Some((
        Some(person),
        title_candidate(dictionary, name.len(), stem.len(), title),
    ))
}

/// The name-shape log-odds a name glued to its title needs without the dictionary: the
/// strong reading, as no space says where the name ends.
const GLUED_NAME_THRESHOLD: f32 = 2.0;

/// `성 전회장은`, `김 전대표가`: `전` (former) glued to a title after a lone surname and a
/// space; the title split off, the surname is found before it.
fn former_title(dictionary: &Dictionary, text: &str, start: usize, stem: &str) -> Option<Split> {
    let title = stem.strip_prefix('전')?;
    if !SURNAME_TITLES.contains(&title) {
        return None;
    }
    let mut before = text[..start].strip_suffix(' ')?.chars().rev();
    let lone_surname = before.next().is_some_and(is_surname)
        && before.next().is_none_or(|c| !Script::of(c).is_word());
    lone_surname.then(|| {
        (
            None,
            title_candidate(dictionary, '전'.len_utf8(), stem.len(), title),
        )
    })
}

/// `이장섭 의원실`: the office of the member named right before it.
fn member_office(
    dictionary: &Dictionary,
    text: &str,
    start: usize,
    stem: &str,
    people_ends: &[usize],
) -> Option<Split> {
    if stem != "의원실" {
        return None;
    }
    let at = text[..start].strip_suffix(' ')?.len();
    if !people_ends.contains(&at) {
        return None;
    }
    Some((None, title_candidate(dictionary, 0, "의원".len(), "의원")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_title_passes_the_quick_filter() {
        let titles = PLACE_TITLES
            .iter()
            .map(|(t, _)| *t)
            .chain(HEAD_TITLES)
            .chain(HEADED.iter().map(|(_, t)| *t))
            .chain(SURNAME_TITLES)
            .chain(["의원실"]);
        for t in titles {
            let last = t.chars().next_back().unwrap();
            assert!(FINALS.contains(&last), "{t}");
            assert!(TAILS.iter().any(|tail| t.contains(tail)), "{t}");
        }
    }

    #[test]
    fn place_offices_by_their_shape() {
        // every title of the list passes the quick test on its last syllable
        for (t, _) in PLACE_TITLES.iter() {
            assert!(place_of_office(&format!("서울{t}")).is_some(), "{t}");
        }
        let office = place_of_office("서울시장").unwrap();
        assert_eq!(
            (office.place, office.level, office.title),
            ("서울", "시", "시장")
        );
        assert_eq!(office.government(), "서울시");
        assert_eq!(
            place_of_office("경기도부지사").unwrap().government(),
            "경기도"
        );
        assert_eq!(place_of_office("충남지사").unwrap().government(), "충남도");
        assert_eq!(place_of_office("양평군수").unwrap().government(), "양평군");
        // a title alone, or after one syllable, names no place
        assert!(place_of_office("부시장").is_none());
        assert!(place_of_office("구청장").is_none());
        assert!(place_of_office("인도지사").is_none());
        assert!(place_of_office("위원장").is_none());
    }

    #[test]
    fn hangul_words_start_at_boundaries() {
        let words: Vec<&str> = hangul_words("서울시장, A사장 2본부장 오세훈 대한의사협회장이")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(words, ["서울시장", "대한의사협회장이"]);
    }
}
