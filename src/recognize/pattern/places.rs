//! Place names the dictionary matched where the text does not name the place:
//!
//! * a people or an origin word built on it (`한국인에게`, `중국인들`, `일본산 부품`): the
//!   word means its people or its products, and labelled news marks no place in it;
//! * a particle after a closing quote that spells a place (`…짓거리들"이란 비난`: `이란` is
//!   `이라는`, not Iran);
//! * a word glued to a number (`1분당 70회`: per minute, not 분당);
//! * `中` after a noun, where it is the Sino-Korean "during" (`방송 中 키스`), not China;
//! * the host in an event's name (`평창 겨울올림픽`, `인천 아시안게임`, `여수 엑스포`): the
//!   name is the event's, and news annotation marks no place nested in it (a team named after
//!   the event keeps its country: `한국 월드컵 대표팀`).
//!
//! Short province forms that are common words too (`경기`) are places beside another place
//! (`경기 파주`, `서울·경기`), and so are short city names after their province (`경북 구미`).
//!
//! A place glued to the head of a road's name is the road (`세종대로`, `한강대로`), and a
//! place before a newspaper's head written apart is the paper (`워싱턴 포스트`, an ORG).
//!
//! A place's name right before an age (`안산(20·광주여대)`, `강남(28)`) is a person's: a
//! place takes no age. The person is named so at the name's other bare mentions too
//! (`안산 선수에게`), as the news annotation keeps one person for the one name.
//!
//! And a place in the note after a person (`강정호(29·피츠버그)`, `추신수(35·텍사스
//! 레인저스)`): after the age it names the person's team or side, an ORG, written as the
//! note's whole part (`텍사스 레인저스`). Only a foreign city, state, province or country is
//! read so; a Korean city or district there is where the person lives (`(34·서울 송파구)`).

use super::occupied::Occupied;
use crate::document::{EntityType, Source};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::{hangul_run_at, hangul_run_start, only_particles, particle_chain};
use crate::text::Script;

/// The syllables that make a place's people (`한국인`) or origin (`일본산`). A Korean city's
/// or county's name before `산` is more often a mountain's (`영주산`): only `인` there.
const DERIVED: [&str; 2] = ["인", "산"];

/// The counters a number is glued to (`1분`, `2경기`, `3시`): a place whose name starts with
/// one, glued to a number, is the counter's word (`1분당`, `1경기도 못 뛰었다`). An ordinal
/// name keeps its number (`제2경인고속도로`, `88올림픽대로`): their places start otherwise.
const COUNTERS: [&str; 12] = [
    "분", "경기", "시간", "세", "명", "회", "년", "개월", "일", "주", "차례", "번",
];

/// Closing quotes and brackets: a word glued to one starts right after a quotation.
const CLOSING: [char; 8] = ['"', '\'', ')', '」', '』', '》', '〉', ']'];

/// Drops the dictionary's place candidates that name no place (the first list above), and
/// re-types a place in a person's note as the team it stands for.
pub(crate) fn places(text: &str, dictionary: &Dictionary, candidates: &mut Vec<Candidate>) {
    candidates.retain(|c| {
        let Label::Entry(e) = c.label else {
            return true;
        };
        c.kind != EntityType::Location
            || !(derived_word(text, c.end, municipal(dictionary, e))
                || quoted_particle(text, c.start, c.end)
                || after_number(text, c.start)
                || sino_during(text, c.start, c.end)
                || per_minute(text, c.start, c.end)
                || world_war(text, c.start, c.end)
                || common_noun_after_modifier(text, c.start, c.end)
                || in_event_name(text, c.end))
    });
    let short = province_short_forms(text, candidates);
    if !short.is_empty() {
        candidates.extend(short);
        candidates.sort_by_key(|c| c.start);
    }
    let cities = cities_after_provinces(text, dictionary, candidates);
    if !cities.is_empty() {
        candidates.extend(cities);
        candidates.sort_by_key(|c| c.start);
    }
    spaced_levels(text, dictionary, candidates);
    people_before_an_age(text, candidates);
    roads(text, candidates);
    glued_venues(text, dictionary, candidates);
    province_governments(text, dictionary, candidates);
    schools_named_by_places(text, candidates);
    newspapers(text, candidates);
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        if c.kind != EntityType::Location || !foreign(dictionary, e) {
            continue;
        }
        let Some(end) = affiliation(text, c.start, c.end) else {
            continue;
        };
        // the note's part may run past the place only over text no candidate holds
        let end = if candidates.get(i + 1).is_some_and(|n| n.start < end) {
            c.end
        } else {
            end
        };
        let c = &mut candidates[i];
        c.kind = EntityType::Org;
        c.label = Label::Surface;
        c.end = end;
    }
}

/// The level words written apart after a foreign city's, province's or state's name, as
/// Korean news often spells Japanese prefectures and Chinese provinces (`가고시마 현`,
/// `광둥 성`, `오하이오 주`).
const SPACED_LEVELS: [&str; 3] = ["현", "성", "주"];

/// Takes the level word written apart after a foreign place into its mention (`가고시마 현`
/// is one mention of 가고시마현), when the word ends there or before particles and no other
/// candidate holds it.
fn spaced_levels(text: &str, dictionary: &Dictionary, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        if c.kind != EntityType::Location || !foreign(dictionary, e) {
            continue;
        }
        let Some(rest) = text[c.end..].strip_prefix(' ') else {
            continue;
        };
        let Some(level) = SPACED_LEVELS.iter().find(|l| rest.starts_with(**l)) else {
            continue;
        };
        let word_ends = nothing_or_particles(rest_of_word(&rest[level.len()..]));
        let end = c.end + 1 + level.len();
        let free = candidates.get(i + 1).is_none_or(|n| n.start >= end);
        if word_ends && free {
            candidates[i].end = end;
        }
    }
}

/// The heads of event names a host place is written before (`평창 겨울올림픽`): the games,
/// world fairs and art and film festivals that carry their host's name.
const EVENT_HEADS: [&str; 14] = [
    "올림픽",
    "동계올림픽",
    "하계올림픽",
    "겨울올림픽",
    "여름올림픽",
    "패럴림픽",
    "월드컵",
    "아시안게임",
    "아시안컵",
    "유니버시아드",
    "엑스포",
    "세계박람회",
    "비엔날레",
    "국제영화제",
];

/// The season words written apart before `올림픽` (`평창 동계 올림픽`).
const SEASONS: [&str; 4] = ["동계", "하계", "겨울", "여름"];

/// Does an event's name go on after the place ending at `end` (one space on: `평창
/// 겨울올림픽`, `평창 동계 올림픽`), and no team of the event follow it (`월드컵 대표팀`)?
fn in_event_name(text: &str, end: usize) -> bool {
    let Some(mut rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    if let Some(season) = SEASONS.iter().find(|s| {
        rest.strip_prefix(**s)
            .is_some_and(|r| r.starts_with(" 올림픽"))
    }) {
        rest = &rest[season.len() + 1..];
    }
    let word = rest_of_word(rest);
    let word_end = word.len();
    let Some(head) = EVENT_HEADS
        .iter()
        .filter(|h| word.starts_with(**h))
        .max_by_key(|h| h.len())
    else {
        return false;
    };
    let tail = &word[head.len()..];
    let team = rest[word_end..].trim_start().starts_with("대표");
    nothing_or_particles(tail) && !team && !tail.starts_with("대표")
}

/// The heads of newspapers named after their city, written apart from it (`워싱턴 포스트`,
/// `뉴욕 타임스`, `시카고 트리뷴`).
const PAPER_HEADS: [&str; 9] = [
    "포스트",
    "타임스",
    "타임즈",
    "헤럴드",
    "트리뷴",
    "저널",
    "크로니클",
    "텔레그래프",
    "가제트",
];

/// Takes a newspaper's head written one space after a place into one ORG (`워싱턴 포스트에`
/// is the paper, not Washington), when the head ends its word or stands before particles and
/// no other candidate holds it.
fn newspapers(text: &str, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        if c.kind != EntityType::Location {
            continue;
        }
        let Some(rest) = text[c.end..].strip_prefix(' ') else {
            continue;
        };
        let Some(head) = PAPER_HEADS.iter().find(|h| rest.starts_with(**h)) else {
            continue;
        };
        let end = c.end + 1 + head.len();
        let free = candidates.get(i + 1).is_none_or(|n| n.start >= end);
        if free && nothing_or_particles(rest_of_word(&rest[head.len()..])) {
            let c = &mut candidates[i];
            c.kind = EntityType::Org;
            c.label = Label::Surface;
            c.end = end;
        }
    }
}

/// The head of a road's name glued to a place (`세종대로`, `한강대로`): the road is the place.
const ROAD: &str = "대로";

/// Takes the road head glued after a place into its mention, as a LOCATION of its own
/// (`세종대로를` is the road, not 세종): when the word ends there or before particles, and not in
/// `X는 X대로` ("X in its own way").
fn roads(text: &str, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        if c.kind != EntityType::Location || !text[c.end..].starts_with(ROAD) {
            continue;
        }
        let end = c.end + ROAD.len();
        if !nothing_or_particles(rest_of_word(&text[end..])) {
            continue;
        }
        let name = &text[c.start..c.end];
        let before = text[..c.start].trim_end_matches(' ');
        if ["은", "는"]
            .iter()
            .any(|p| before.strip_suffix(p).is_some_and(|b| b.ends_with(name)))
        {
            continue;
        }
        c.end = end;
        c.label = Label::Surface;
    }
}

/// Heads of venues a place names glued (`대구역`, `광주공항`, `인천항`, `한강신도시`,
/// `서해대교`, `남산터널`): the word is the venue, one LOCATION, as news annotation keeps
/// `부산역` and `김해공항` whole. The dictionary matches the place before them
/// (`crate::text::segment`'s compound heads).
const GLUED_VENUES: [&str; 8] = [
    "역",
    "입구역",
    "공항",
    "국제공항",
    "항",
    "신도시",
    "대교",
    "터널",
];

/// Takes a venue's head glued after a place into its mention, as a LOCATION of its own
/// (`대구역에서` is the station, not 대구), when the word ends there or before particles. A
/// country names no such venue in news (`한국역사` is history): only a place of another kind,
/// or an organization before a station's head, whose name the station took (`삼성역`,
/// `서울대입구역`).
fn glued_venues(text: &str, dictionary: &Dictionary, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        let word = rest_of_word(&text[c.end..]);
        let Some(head) = GLUED_VENUES
            .iter()
            .filter(|h| word.strip_prefix(**h).is_some_and(nothing_or_particles))
            .max_by_key(|h| h.len())
        else {
            continue;
        };
        let fits = match c.kind {
            EntityType::Location => attribute(dictionary, e, "kind") != Some("country"),
            EntityType::Org => head.ends_with('역'),
            _ => false,
        };
        let end = c.end + head.len();
        if !fits || candidates.get(i + 1).is_some_and(|n| n.start < end) {
            continue;
        }
        let c = &mut candidates[i];
        c.kind = EntityType::Location;
        c.label = Label::Surface;
        c.end = end;
    }
}

/// Takes the `도` glued after a province's short form into its mention when particles follow
/// it (`경북도는`, `충남도와`, `전북도의`): the province, as news names its government
/// (`경북도는 … 밝혔다`), which the government rule then reads as it reads `강원도`. Apart, `도`
/// may be the particle "also" (`경북도 피해를 입었다`): the word stays as it is.
fn province_governments(text: &str, dictionary: &Dictionary, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        let name = &text[c.start..c.end];
        if c.kind != EntityType::Location
            || name.chars().count() != 2
            || !name.ends_with(['북', '남'])
            || attribute(dictionary, e, "kind") != Some("province")
        {
            continue;
        }
        let word = rest_of_word(&text[c.end..]);
        let Some(after) = word.strip_prefix('도') else {
            continue;
        };
        let end = c.end + '도'.len_utf8();
        if after.is_empty()
            || particle_chain(after).is_none()
            || candidates.get(i + 1).is_some_and(|n| n.start < end)
        {
            continue;
        }
        candidates[i].end = end;
    }
}

/// A school named by its city and `고` or `대` (`부산고를 졸업하고`, `인천고 재학생`,
/// `(18·대구고)`) is the school, an ORG over the word, where the text says it is a school
/// (`schools.rs`); elsewhere the place stays (`부산고 …` apart from a school's words).
fn schools_named_by_places(text: &str, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        if c.kind != EntityType::Location || !matches!(c.label, Label::Entry(_)) {
            continue;
        }
        let word = hangul_run_at(text, c.end);
        let Some(rest) = word.strip_prefix(['고', '대']) else {
            continue;
        };
        let end = c.end + '고'.len_utf8();
        if !nothing_or_particles(rest)
            || candidates.get(i + 1).is_some_and(|n| n.start < end)
            || !super::schools::says_school(text, c.start, end, c.end + word.len())
        {
            continue;
        }
        let c = &mut candidates[i];
        c.kind = EntityType::Org;
        c.label = Label::Surface;
        c.end = end;
    }
}

/// Short forms of provinces that are common words too (`경기` game, economy), so no
/// dictionary entry: a place beside or listed with another place, or before a part of the
/// province (`경기 북부`).
const PROVINCE_SHORT: [&str; 4] = ["경기", "전라", "충청", "경상"];

/// A SIMD substring searcher for each of [`PROVINCE_SHORT`], built once: `str::match_indices`
/// walks every byte of the text, and a searcher built per text costs more than most texts'
/// search.
static PROVINCE_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        PROVINCE_SHORT
            .iter()
            .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
            .collect()
    });

/// The short province forms one space before a place (`경기 파주에`, an address's head) or
/// listed with one by `·` (`서울·경기`, `경기·인천`), as LOCATIONs. Looked for only beside the
/// places already found.
fn province_short_forms(text: &str, candidates: &[Candidate]) -> Vec<Candidate> {
    let mut found: Vec<Candidate> = Vec::new();
    let place = |start: usize, short: &str| Candidate {
        start,
        end: start + short.len(),
        kind: EntityType::Location,
        label: Label::Surface,
        source: crate::document::Source::Pattern,
    };
    let mut occupied = Occupied::new(candidates);
    for c in candidates.iter().filter(|c| c.kind == EntityType::Location) {
        for short in PROVINCE_SHORT {
            // before the place: `경기 파주`, `경기·인천`, `경기/인천`, `경기, 인천`, `경기와
            // 강원`, starting a word
            for sep in [" ", "·", "/", ", ", ",", "와 ", "과 "] {
                let Some(head) = text[..c.start].strip_suffix(sep) else {
                    continue;
                };
                let Some(rest) = head.strip_suffix(short) else {
                    continue;
                };
                let starts = rest
                    .chars()
                    .next_back()
                    .is_none_or(|b| Script::of(b) != Script::Hangul);
                if starts && !occupied.overlaps(rest.len(), head.len()) {
                    occupied.add(rest.len(), head.len());
                    found.push(place(rest.len(), short));
                }
            }
            // after it in a list: `서울·경기`, `인천/경기`, `서울, 경기`, ending its word or
            // before particles
            for sep in ["·", "/", ", ", ","] {
                let Some(after) = text[c.end..].strip_prefix(sep) else {
                    continue;
                };
                let Some(tail) = after.strip_prefix(short) else {
                    continue;
                };
                let ends = nothing_or_particles(hangul_run_at(tail, 0));
                let at = c.end + sep.len();
                if ends && !occupied.overlaps(at, at + short.len()) {
                    occupied.add(at, at + short.len());
                    found.push(place(at, short));
                }
            }
        }
    }
    // before a part of the province: `경기 북부`, `경기남부`, `경기지역`
    for (short, finder) in PROVINCE_SHORT.iter().zip(&*PROVINCE_FINDERS) {
        for at in finder.find_iter(text.as_bytes()) {
            let starts = text[..at]
                .chars()
                .next_back()
                .is_none_or(|b| Script::of(b) != Script::Hangul);
            let rest = &text[at + short.len()..];
            // apart, only a direction is the province's (`경기 지역 예선` is a game's)
            let (rest, parts) = match rest.strip_prefix(' ') {
                Some(r) => (r, &REGION_PARTS[..8]),
                None => (rest, &REGION_PARTS[..]),
            };
            let part = parts.iter().find(|p| rest.starts_with(**p));
            let ends = part.is_some_and(|p| nothing_or_particles(hangul_run_at(rest, p.len())));
            if starts && ends && !occupied.overlaps(at, at + short.len()) {
                occupied.add(at, at + short.len());
                found.push(place(at, short));
            }
        }
    }
    found
}

/// The parts of a province written after its short form: its directions apart or glued
/// (`경기 북부`, `경기남부`), the rest glued only (`경기지역`).
const REGION_PARTS: [&str; 12] = [
    "북부",
    "남부",
    "동부",
    "서부",
    "북서부",
    "남서부",
    "북동부",
    "남동부",
    "지역",
    "지방",
    "일대",
    "도내",
];

/// The city or county suffixes a short city name drops (`구미시` → `구미`).
const MUNICIPAL_SUFFIXES: [&str; 2] = ["시", "군"];

/// A city's or county's short name one space after its province (`경북 구미에`, `전북 전주`,
/// `경기 여주`), where it is a common word alone (`구미` appetite, `전주` last week) and so no
/// dictionary entry: the dictionary's `구미시` / `여주군` entity there. Probed only after
/// provinces, with the few bytes of the word and its suffix.
fn cities_after_provinces(
    text: &str,
    dictionary: &Dictionary,
    candidates: &[Candidate],
) -> Vec<Candidate> {
    let mut found = Vec::new();
    let mut probe = String::new();
    let mut hits = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let province = c.kind == EntityType::Location
            && match c.label {
                Label::Entry(e) => attribute(dictionary, e, "kind") == Some("province"),
                Label::Surface => PROVINCE_SHORT.contains(&&text[c.start..c.end]),
                _ => false,
            };
        if !province {
            continue;
        }
        let Some(rest) = text[c.end..].strip_prefix(' ') else {
            continue;
        };
        let start = text.len() - rest.len();
        if candidates.get(i + 1).is_some_and(|n| n.start == start) {
            continue;
        }
        let word_end = rest
            .char_indices()
            .find(|&(_, c)| Script::of(c) != Script::Hangul)
            .map_or(rest.len(), |(i, _)| i);
        // a two-syllable name, alone or before particles
        let Some(name) = rest.get(..6).filter(|n| n.chars().count() == 2) else {
            continue;
        };
        if word_end < 6 || !(word_end == 6 || particle_chain(&rest[6..word_end]).is_some()) {
            continue;
        }
        for suffix in MUNICIPAL_SUFFIXES {
            probe.clear();
            probe.push_str(name);
            probe.push_str(suffix);
            hits.clear();
            dictionary.recognize(&probe, &mut hits);
            let city = hits
                .iter()
                .find(|h| h.start == 0 && h.end == probe.len() && h.kind == EntityType::Location);
            if let Some(&Candidate {
                label: Label::Entry(e),
                ..
            }) = city
            {
                if municipal(dictionary, e) {
                    found.push(Candidate {
                        start,
                        end: start + name.len(),
                        kind: EntityType::Location,
                        label: Label::Entry(e),
                        source: crate::document::Source::Pattern,
                    });
                    break;
                }
            }
        }
    }
    found
}

/// The value of the entry's attribute `key`.
pub(super) fn attribute<'d>(dictionary: &'d Dictionary, e: u32, key: &str) -> Option<&'d str> {
    dictionary
        .entity(e)
        .attributes
        .iter()
        .find(|(k, _)| &**k == key)
        .map(|(_, v)| &**v)
}

/// Is the place a Korean city, county or district?
fn municipal(dictionary: &Dictionary, e: u32) -> bool {
    matches!(
        attribute(dictionary, e, "kind"),
        Some("city" | "county" | "district")
    )
}

/// Is the place a foreign city, state or province (Korean provinces carry no `in=`)? A
/// country after an age is the person's nationality (`(63·독일)`), still a place.
fn foreign(dictionary: &Dictionary, e: u32) -> bool {
    match attribute(dictionary, e, "kind") {
        Some("world-city" | "state") => true,
        Some("province") => attribute(dictionary, e, "in").is_some(),
        _ => false,
    }
}

/// Does a people or origin word go on from `end` (`인`/`산`, then the word's end, `들` or
/// particles)? After a `municipal` name only `인` counts.
fn derived_word(text: &str, end: usize, municipal: bool) -> bool {
    let word = hangul_run_at(text, end);
    let derived = if municipal { &DERIVED[..1] } else { &DERIVED };
    derived.iter().any(|d| {
        word.strip_prefix(d)
            .is_some_and(|tail| only_particles(tail.strip_prefix('들').unwrap_or(tail)))
    })
}

/// Is `start..end` glued to a closing quote (one that follows a word: quotes are folded to
/// `"` and `'`) and, with the rest of its word, only particles (`짓거리들"이란`)?
fn quoted_particle(text: &str, start: usize, end: usize) -> bool {
    let Some(quote) = text[..start].strip_suffix(CLOSING) else {
        return false;
    };
    if quote.chars().next_back().is_none_or(char::is_whitespace) {
        return false;
    }
    let rest = &text[start..];
    let word_end = rest
        .char_indices()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(rest.len(), |(i, _)| i);
    word_end >= end - start && particle_chain(&rest[..word_end]).is_some_and(|p| p.len == word_end)
}

/// Is the candidate glued to a digit and starts with a counter (`1분당`)?
fn after_number(text: &str, start: usize) -> bool {
    text[..start].ends_with(|c: char| c.is_ascii_digit())
        && COUNTERS.iter().any(|c| text[start..].starts_with(c))
}

/// Is it `中` one space after a Hangul word, before a space, a closing quote or mark, or the
/// end (`방송 中 키스`, `조사 中”`, `치료 中…`)? Glued to the word it is China (`대中 수출`).
fn sino_during(text: &str, start: usize, end: usize) -> bool {
    &text[start..end] == "中"
        && (text[end..].is_empty()
            || text[end..].starts_with([' ', '”', '"', '’', '\'', '…', '.', ',', ')', ']']))
        && text[..start]
            .strip_suffix(' ')
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| Script::of(c) == Script::Hangul)
}

/// Is it `분당` before a spaced number, the rate per minute (`분당 180m`, `분당 3000회`), not
/// the town? (Glued to a number before it, [`after_number`] says so: `1분당`.)
fn per_minute(text: &str, start: usize, end: usize) -> bool {
    &text[start..end] == "분당"
        && text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Is it `대전` after `세계` or an ordinal `차`, the world war (大戰: `2차 대전`, `세계 대전`,
/// `세계 제2차 대전`), not the city?
fn world_war(text: &str, start: usize, end: usize) -> bool {
    // a count glued after is a rally's or a match's in the city (`4차 대전10만 시국대회`)
    if &text[start..end] != "대전" || text[end..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let before = text[..start].strip_suffix(' ').unwrap_or(&text[..start]);
    before.ends_with("세계")
        || before
            .strip_suffix('차')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// Cities whose names are common nouns too: `대전` (大戰/對戰, a great war, a match) and
/// `경주` (競走, a race).
const HOMOGRAPH_CITIES: [&str; 2] = ["대전", "경주"];

/// The last syllables of the modifiers before a noun: adnominal forms of adjectives and
/// verbs (`흥미로운`, `치열했던`, `치러진`, `벌어질`) and the possessive (`7명의`, `세기의`).
/// News writes a city after them rarely; a common noun often (`흥미로운 대전이`, `세기의
/// 대전`). `는`, `은`, `한` and `린` are left out: they end topics and verbs of visiting too
/// (`정부는 대전에`, `방문한 대전에서`).
const MODIFIER_ENDINGS: [char; 8] = ['운', '던', '의', '된', '진', '른', '질', '될'];

/// Is it one of [`HOMOGRAPH_CITIES`] one space after a modifier ([`MODIFIER_ENDINGS`]) or
/// after `첫` ("first": `첫 경주`), the common noun, not the city? `한` alone ("one", `한
/// 대전 시민`) stays a city's.
fn common_noun_after_modifier(text: &str, start: usize, end: usize) -> bool {
    if !HOMOGRAPH_CITIES.contains(&&text[start..end]) {
        return false;
    }
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let word = &before[hangul_run_start(before, before.len())..];
    word == "첫" || (word.chars().count() >= 2 && word.ends_with(MODIFIER_ENDINGS))
}

/// The end of the note's part that the place at `start..end` begins, when it is the part after
/// an age: `(29·피츠버그)`, `(35·텍사스 레인저스)`, `(30·자메이카·사진)`. The part ends at
/// `·` or `)` within three words; `None` otherwise.
fn affiliation(text: &str, start: usize, end: usize) -> Option<usize> {
    let before = text[..start].strip_suffix('·')?;
    let age = before.trim_end_matches(|c: char| c.is_ascii_digit());
    if age.len() == before.len() || before.len() - age.len() > 3 || !age.ends_with('(') {
        return None;
    }
    let rest = &text[end..];
    let close = rest.find([')', '·'])?;
    let part = &rest[..close];
    (part.split(' ').count() <= 3 && !part.contains(['(', ',', '.'])).then_some(end + close)
}

/// The rest of the word `tail` starts in: up to the first character that is no letter or
/// digit of any script.
fn rest_of_word(tail: &str) -> &str {
    let end = tail
        .find(|ch: char| !Script::of(ch).is_word())
        .unwrap_or(tail.len());
    &tail[..end]
}

/// Re-types a place right before an age as the person it names, and that name's other
/// mentions that stand as a word of their own.
fn people_before_an_age(text: &str, candidates: &mut [Candidate]) {
    let mut people: Vec<&str> = Vec::new();
    for c in candidates.iter() {
        if c.kind == EntityType::Location
            && matches!(c.label, Label::Entry(_))
            && before_an_age(&text[c.end..])
            && text[..c.start]
                .chars()
                .next_back()
                .is_none_or(|b| !Script::of(b).is_word())
        {
            people.push(&text[c.start..c.end]);
        }
    }
    if people.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        let name = &text[c.start..c.end];
        if c.kind == EntityType::Location
            && matches!(c.label, Label::Entry(_))
            && people.contains(&name)
            && (before_an_age(&text[c.end..]) || nothing_or_particles(rest_of_word(&text[c.end..])))
        {
            c.kind = EntityType::Person;
            c.label = Label::Surface;
            c.source = Source::Pattern;
        }
    }
}

/// Does `rest` start with an age in brackets, alone or before a note (`(20)`, `(20·광주여대)`)?
fn before_an_age(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix('(') else {
        return false;
    };
    let digits = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (1..=3).contains(&digits) && inner[digits..].starts_with([')', '·'])
}

/// Is `rest` (what a word has after a name or head) nothing, or particles only (`에서는`)?
fn nothing_or_particles(rest: &str) -> bool {
    rest.is_empty() || particle_chain(rest).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_and_origin_words_are_no_place() {
        let text = "한국인에게 꼭 필요한 영양제";
        assert!(derived_word(text, "한국".len(), false));
        assert!(derived_word("중국인들이 몰렸다", "중국".len(), false));
        assert!(derived_word("일본산 자동차", "일본".len(), false));
        assert!(derived_word("서울인 대부분은", "서울".len(), true));
        // the place itself, a compound, another word, or a city's mountain go on
        assert!(!derived_word("한국에 왔다", "한국".len(), false));
        assert!(!derived_word("서울인근에서", "서울".len(), true));
        assert!(!derived_word("부산산업단지", "부산".len(), true));
        assert!(!derived_word("영주산은 오름이다", "영주".len(), true));
    }

    #[test]
    fn a_particle_after_a_quote_is_no_place() {
        let text = "짓거리들\"이란 비난을 받았다";
        let s = text.find("이란").unwrap();
        assert!(quoted_particle(text, s, s + "이란".len()));
        // the country after a space, or glued to a quote with a noun after it
        let text = "\"이란 정부는\" 밝혔다";
        assert!(!quoted_particle(text, 1, 1 + "이란".len()));
        let text = "우리는 \"이란과 협상\"";
        let s = text.find("이란").unwrap();
        assert!(!quoted_particle(text, s, s + "이란".len()));
        // an opening quote (after a space) before the country
        let text = "대통령은 \"이란 방문을 마쳤다\"";
        let s = text.find("이란").unwrap();
        assert!(!quoted_particle(text, s, s + "이란".len()));
    }

    #[test]
    fn a_word_glued_to_a_number_is_no_place() {
        let text = "보통 1분당 70회";
        assert!(after_number(text, text.find("분당").unwrap()));
        let text = "성남시 분당구";
        assert!(!after_number(text, text.find("분당").unwrap()));
        let text = "제2경인고속도로 연장";
        assert!(!after_number(text, text.find("경인").unwrap()));
    }

    #[test]
    fn zhong_after_a_noun_is_during() {
        let text = "방송 中 키스를 했다";
        let s = text.find('中').unwrap();
        assert!(sino_during(text, s, s + 3));
        let text = "中, 美군사장비 억류";
        assert!(!sino_during(text, 0, 3));
        let text = "美 中 정상회담";
        let s = text.find('中').unwrap();
        assert!(!sino_during(text, s, s + 3));
        // before a closing quote or at the end, too
        let text = "\"검토 中\"이라고";
        let s = text.find('中').unwrap();
        assert!(sino_during(text, s, s + 3));
        let text = "회복 中";
        assert!(sino_during(text, text.len() - 3, text.len()));
    }

    #[test]
    fn a_match_or_a_race_after_a_modifier_is_no_city() {
        let at = |text: &str| text.find("대전").or_else(|| text.find("경주")).unwrap();
        for text in [
            "흥미로운 대전이",
            "세기의 대전",
            "치열했던 경주를",
            "첫 경주",
            "7명의 경주에",
        ] {
            let s = at(text);
            assert!(
                common_noun_after_modifier(text, s, s + "대전".len()),
                "{text}"
            );
        }
        for text in [
            "정부는 대전에",
            "한 대전 시민",
            "방문한 경주는",
            "충남 대전",
            "서울 경주",
        ] {
            let s = at(text);
            assert!(
                !common_noun_after_modifier(text, s, s + "대전".len()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_rate_per_minute_and_the_world_war_are_no_places() {
        let text = "속도는 분당 120m에 이른다";
        let s = text.find("분당").unwrap();
        assert!(per_minute(text, s, s + "분당".len()));
        let text = "분당 신도시";
        assert!(!per_minute(text, 0, "분당".len()));
        for text in ["1차 대전 때", "세계 대전이 끝나고", "세계 제2차 대전 당시"]
        {
            let s = text.find("대전").unwrap();
            assert!(world_war(text, s, s + "대전".len()), "{text}");
        }
        let text = "대전 유성구";
        assert!(!world_war(text, 0, "대전".len()));
    }

    #[test]
    fn a_place_after_an_age_is_a_side() {
        let text = "강정호(29·피츠버그)는 홈런을 쳤다";
        let s = text.find("피츠버그").unwrap();
        let e = s + "피츠버그".len();
        assert_eq!(affiliation(text, s, e), Some(e));
        let text = "추신수(35·텍사스 레인저스)는 결장했다";
        let s = text.find("텍사스").unwrap();
        assert_eq!(
            affiliation(text, s, s + "텍사스".len()).map(|e| &text[s..e]),
            Some("텍사스 레인저스")
        );
        // no age before it, or a place in running text
        let text = "그는 (피츠버그) 출신이다";
        let s = text.find("피츠버그").unwrap();
        assert_eq!(affiliation(text, s, s + "피츠버그".len()), None);
        let text = "김철수·피츠버그 시장";
        let s = text.find("피츠버그").unwrap();
        assert_eq!(affiliation(text, s, s + "피츠버그".len()), None);
    }
}
