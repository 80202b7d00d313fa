//! Venues and facilities by their heads, as LOCATION: `올림픽공원`, `노벨광장`,
//! `킨텍스컨벤션센터`, and a known place followed by a head word: `나리타 국제공항`,
//! `도쿄 역`.

use std::sync::LazyLock;

use super::scan::{Run, VENUE_HEAD};
use super::shape::is_stop_word;
use super::{covered, WordList};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};

const VENUE_HEADS: &str = include_str!("../../../dictionaries/discovery/venue_heads.txt");

pub(super) static HEADS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(VENUE_HEADS));

/// Common words that end in `역` (station) and name no station: an area (`지역`, `구역`,
/// `해역`), a field (`영역`), a service (`용역`, `통역`), a record (`내역`), a role (`주역`),
/// a class of military service (`보충역`), and stations no name tells apart (`기차역`).
#[rustfmt::skip]
const NOT_STATIONS: &[&str] = &[
    "지역", "구역", "해역", "수역", "전역", "영역", "권역", "광역", "성역", "이역", "용역",
    "내역", "대역", "무역", "병역", "징역", "노역", "부역", "통역", "번역", "방역", "검역",
    "현역", "예비역", "퇴역", "주역", "단역", "악역", "배역", "조역", "하역", "직역", "의역",
    "온역", "상대역", "보충역", "근로역", "기차역", "전철역", "지하철역", "환승역", "간이역",
    "종착역", "시발역",
    // a stop on the way, trade, and seaweed (`정차역`, `국제교역`, `생미역`)
    "정차역", "교역", "미역",
];

/// The parts of a town a station is named for, whose last syllable and `역` spell a common
/// word of [`NOT_STATIONS`]: `가산디지털단지역` is no `지역`, `홍대입구역` no `구역`.
const STATION_NAME_HEADS: [&str; 2] = ["단지", "입구"];

/// Is the word `stem`, ending in `역`, no station: `역` alone, or a common word of
/// [`NOT_STATIONS`] (`지역`, `농촌지역`, `보충역`)? A name of a town's part before `역` is a
/// station (`가산디지털단지역`, `홍대입구역`), and so is a three-syllable word in `현역` or
/// `전역` that is no common word (`서현역`, `나전역`: `비현역` and `제대전역` are written
/// otherwise in news; `전역` and `현역` alone are words).
fn no_station(stem: &str) -> bool {
    let Some(common) = NOT_STATIONS
        .iter()
        .filter(|w| stem.ends_with(**w))
        .max_by_key(|w| w.len())
    else {
        return stem == "역";
    };
    if stem == *common {
        return true;
    }
    let name = &stem[..stem.len() - "역".len()];
    if let Some(head) = STATION_NAME_HEADS.iter().find(|h| name.ends_with(**h)) {
        let own = &name[..name.len() - head.len()];
        return own.chars().count() < 2 || is_stop_word(own);
    }
    let before = &stem[..stem.len() - common.len()];
    !(before.chars().count() == 1 && ["현역", "전역"].contains(common) && !is_stop_word(stem))
}

/// The head of a port's name (`팽목항`, `인천항`).
const PORT: &str = "항";

/// Common words that end in `항` and name no port: an item or clause (`사항`, `조항`,
/// `문항`: `주의사항`, `특례조항`), resistance (`저항`, `대항`, `반항`: `전기저항`), and a ship's
/// or plane's movements (`운항`, `출항`, `입항`, `회항`, `결항`: `안전운항`, `입출항`), or a
/// kind of port no name tells apart (`무역항`, `어항`).
#[rustfmt::skip]
const NOT_PORTS: &[&str] = &[
    "사항", "조항", "문항", "저항", "대항", "반항", "운항", "출항", "입항", "회항",
    "결항", "취항", "귀항", "기항", "잠항", "난항", "무역항", "어항", "모항", "요항",
];

/// Is the word `stem`, ending in `항`, no port: a name of fewer than two syllables before
/// `항` (`항` alone, `신항`, `북항`: `포항` is the dictionary's city), or a common word of
/// [`NOT_PORTS`] (`요구사항`, `안전운항`)? Ports are written glued to their names.
fn no_port(stem: &str) -> bool {
    stem[..stem.len() - PORT.len()].chars().count() < 2
        || NOT_PORTS.iter().any(|w| stem.ends_with(w))
}

/// Words before a venue's head that say what kind of venue it is, not which one: who runs it
/// (`국립공원`, `시립경기장`), who or what it is for (`시민공원`, `학생회관`, `자동차극장`,
/// `버스터미널`, `스포츠경기장`), where or how long it stands (`실내체육관`, `야외광장`,
/// `임시전시장`), its size or grade (`대형극장`, `특급호텔`), what it makes or shows
/// (`원자력발전소`, `독립극장`), and words of many uses (`종합터미널`, `복합문화타운`). Seen
/// alone before a head in news (`국립공원 탐방객`, `11개 특급호텔`, `원자력발전소 인근`), they
/// are a kind of venue, a LOCATION only with the place before it (`진도군 실내체육관`).
#[rustfmt::skip]
const KINDS: &[&str] = &[
    "국립", "시립", "도립", "군립", "구립", "공립", "사립", "국제", "시민", "학생", "대학",
    "자동차", "버스", "시외", "스포츠", "실내", "야외", "옥외", "임시", "대형", "소형", "특급",
    "원자력", "화력", "수력", "풍력", "독립", "종합", "복합", "문화",
    // its grade, guests and business (`일류호텔`, `비즈니스호텔`, `캡슐호텔`, `온천호텔`,
    // `실버타운`), what a plant burns (`석탄화력발전소`, `태양광발전소`), what a park keeps or
    // lies by (`생태공원`, `추모공원`, `수변공원`, `근린공원`), where in a town a square is
    // (`중심광장`, `커뮤니티광장`), what a town is for (`벤처타운`, `주거타운`), and an
    // airport's role (`기존공항`, `환승공항`, `통합공항`)
    "일류", "비즈니스", "캡슐", "테마", "온천", "관광", "가족", "실버", "여성", "예술", "상업",
    "석탄", "태양광", "생태", "기념", "추모", "수변", "산림", "근린", "중심",
    "커뮤니티", "웰빙", "벤처", "주거", "브랜드", "보조", "기존", "환승", "통합", "거점",
];

/// Is `own` one or more kind words glued (`실내`, `복합문화`)?
fn is_kind(own: &str) -> bool {
    !own.is_empty()
        && KINDS.iter().any(|k| {
            own.strip_prefix(k)
                .is_some_and(|rest| rest.is_empty() || is_kind(rest))
        })
}

/// Common words that end in a venue's head and name no venue: a kind of suburb (`베드타운`),
/// a television documentary series (`인간극장 '감자밭 그 사나이' 편`), television's viewers
/// at home (`안방극장에 복귀`), a diocese's bishop (`교구장`, ending in `구장`), and a
/// league's divisions (`내셔널리그 서부지구`).
#[rustfmt::skip]
const NOT_VENUES: [&str; 9] = [
    "베드타운", "인간극장", "안방극장", "교구장", "동부지구", "서부지구", "남부지구", "북부지구",
    "중부지구",
];

/// Heads of developments that name one only glued to its name (`녹산산업단지`,
/// `별내신도시`, `미사지구`): written apart after a city the head is the city's development,
/// and the city its place (`새만금 산업단지`, `청주 산업단지의 한 공장`).
const GLUED_ONLY: [&str; 5] = ["산업단지", "관광단지", "신도시", "혁신도시", "지구"];

/// The venues of `text` among its Hangul runs `runs` that no dictionary candidate covers;
/// `dictionary` in text order.
pub(super) fn venues(text: &str, runs: &[Run], dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    let mut check = |s: usize, e: usize| {
        let Some((stem, head)) = HEADS.stem_and_head(&text[s..e]) else {
            return;
        };
        if covered(dictionary, s, e) {
            return;
        }
        // a station is written glued to its name (`산본역`); `역` apart is a word of its own
        // (`동아시아 역도`, `주인공 역으로`)
        if head == "역" && no_station(stem) {
            return;
        }
        if head == PORT && no_port(stem) {
            return;
        }
        let before = stem[..stem.len() - head.len()].chars().count();
        // A known place right before: `나리타 국제공항`, `베이징 국가체육장`.
        let i = dictionary.partition_point(|d| d.end <= s);
        let place = i
            .checked_sub(1)
            .map(|p| &dictionary[p])
            .filter(|p| p.kind == EntityType::Location && p.end + 1 == s)
            .filter(|p| &text[p.end..s] == " ");
        // the venue joins the place when it has no name of its own: the head alone or after a
        // common word (`나리타 국제공항`, `베이징 국가체육장`), not `흑석동 원불교회관`
        let own_name = &stem[..stem.len() - head.len()];
        // a kind of venue (`원자력발전소`, `실내체육관`, `특급호텔`) names none alone, and
        // joins the place before it as the head alone does (`잠실 실내체육관`)
        let kind = is_kind(own_name) || NOT_VENUES.contains(&stem);
        let generic = own_name.is_empty() || is_stop_word(own_name) || kind;
        // The stop list holds frequent words, among them a port much in the news (`팽목항`);
        // what is no port in `항` is [`no_port`]'s to say.
        let common = head != PORT && is_stop_word(stem);
        let from = match place {
            Some(p) if before <= 4 && generic && !GLUED_ONLY.contains(&head) => p.start,
            _ if (2..=8).contains(&before) && !common && !kind => s,
            _ => return,
        };
        out.push(Candidate {
            start: from,
            end: s + stem.len(),
            kind: EntityType::Location,
            label: Label::Surface,
            source: Source::Pattern,
        });
    };
    for r in runs.iter().filter(|r| r.ends & VENUE_HEAD != 0) {
        check(r.start, r.end);
    }
}

/// A company's store named by where it stands, written after the company (`코스트코
/// 양평점`, `이마트 성수점`): a LOCATION over both. The word before `점` must be no common
/// word, which makes the kinds and qualities of stores and the other nouns in `점`
/// (`할인점`, `전문점`, `문제점`, `공통점`).
pub(super) fn branch_stores(text: &str, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    for company in dictionary.iter().filter(|c| c.kind == EntityType::Org) {
        let Some(rest) = text[company.end..].strip_prefix(' ') else {
            continue;
        };
        let word = &rest[..rest
            .find(|c: char| crate::text::Script::of(c) != crate::text::Script::Hangul)
            .unwrap_or(rest.len())];
        let stem = match crate::text::segment::guess_particle(word) {
            Some(p) if p.len < word.len() => &word[..word.len() - p.len],
            _ => word,
        };
        let Some(place) = stem.strip_suffix(BRANCH) else {
            continue;
        };
        let s = company.end + 1;
        if (2..=4).contains(&place.chars().count())
            && !is_stop_word(place)
            && !is_stop_word(stem)
            && !covered(dictionary, s, s + stem.len())
        {
            out.push(Candidate {
                start: company.start,
                end: s + stem.len(),
                kind: EntityType::Location,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
}

/// A station written one space after the place it is named for (`도쿄 역에서`, `후쿠시마 역과`,
/// as Japanese station names are often written): a LOCATION over both. Only after a place the
/// dictionary knows: after another word `역` apart is mostly a role (`이순신 역을`).
pub(super) fn spaced_stations(text: &str, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    for place in dictionary.iter().filter(|c| c.kind == EntityType::Location) {
        let Some(rest) = text[place.end..].strip_prefix(STATION) else {
            continue;
        };
        let word = &rest[..rest
            .find(|c: char| crate::text::Script::of(c) != crate::text::Script::Hangul)
            .unwrap_or(rest.len())];
        // `역` and a particle that are a word of their own are no station (`역도`, `역시`)
        let whole = format!("역{word}");
        if word.is_empty()
            || (crate::text::segment::particle_chain(word).is_some()
                && !NOT_STATION_WORDS.contains(&whole.as_str()))
        {
            out.push(Candidate {
                start: place.start,
                end: place.end + STATION.len(),
                kind: EntityType::Location,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
}

/// Words of `역` and a particle's syllables (`역도` weightlifting, `역시` also: `서울 역시`).
const NOT_STATION_WORDS: [&str; 2] = ["역도", "역시"];

/// A station's head written apart.
const STATION: &str = " 역";

/// The head of a store's name (`양평점`).
const BRANCH: char = '점';

/// Hospitals and hotels (an ORG of the dictionary or of a name's head, `서울대병원`,
/// `롯데호텔`, `한국병원`) where the text says they are *where*: the place something happens
/// in or is taken to, a LOCATION as the gold keeps venues (`서울대병원에서 숨을 거뒀다`,
/// `아주대병원으로 이송됐다`, `롯데호텔에서 기자 간담회를 열었다`, `신촌세브란스병원
/// 장례식장에서`). Where they act or speak (`삼성서울병원은 … 밝혔다`, `서울아산병원과
/// 손잡고`, `서울대병원에 따르면`) they stay the ORG.
pub(crate) fn hospitals_and_hotels_where(text: &str, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        if c.kind != EntityType::Org {
            continue;
        }
        let name = &text[c.start..c.end];
        if !(name.ends_with("병원") || name.ends_with("호텔")) || !says_where(text, c.end) {
            continue;
        }
        c.kind = EntityType::Location;
        c.label = Label::Surface;
    }
}

/// Place particles after a venue: something happens there or is put there (`에 입원했다`,
/// `에 안치됐다`, `에 마련됐다`).
const AT: [&str; 6] = ["에서", "에서는", "에서도", "에", "에는", "에도"];

/// Words after `…에` that make the venue the source or the topic, not the place
/// (`병원에 따르면`, `병원에 대해`, `병원에 의해`).
const NOT_AT: [&str; 4] = ["따르", "대해", "대한", "의해"];

/// Particles of a destination, and the words of taking someone there (`병원으로 이송됐다`,
/// `병원으로 옮겨졌다`, `병원으로 실려 갔다`).
const TO: [&str; 2] = ["으로", "로"];
const TAKEN: [&str; 6] = ["이송", "옮", "실려", "후송", "향", "긴급"];

/// Parts and surroundings of a venue written one space after it (`병원 장례식장`,
/// `병원 응급실`, `호텔 앞`, `호텔 연회장`).
const PARTS: [&str; 14] = [
    "장례식장",
    "빈소",
    "응급실",
    "중환자실",
    "영안실",
    "안치실",
    "병실",
    "연회장",
    "그랜드볼룸",
    "로비",
    "앞",
    "인근",
    "근처",
    "주변",
];

/// Does the venue whose name ends at `end` say where?
fn says_where(text: &str, end: usize) -> bool {
    let word = crate::text::segment::hangul_run_at(text, end);
    let next = text[end + word.len()..]
        .strip_prefix(' ')
        .map(|rest| crate::text::segment::hangul_run_at(rest, 0))
        .unwrap_or("");
    let starts = |list: &[&str]| list.iter().any(|w| next.starts_with(w));
    if AT.contains(&word) {
        return !starts(&NOT_AT);
    }
    if TO.contains(&word) {
        return starts(&TAKEN);
    }
    // `앞으로` alone is "from now on"
    word.is_empty() && starts(&PARTS) && next != "앞으로"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;

    fn typed(text: &str, name: &str) -> EntityType {
        let start = text.find(name).unwrap();
        let mut c = [Candidate {
            start,
            end: start + name.len(),
            kind: EntityType::Org,
            label: Label::Surface,
            source: Source::Pattern,
        }];
        hospitals_and_hotels_where(text, &mut c);
        c[0].kind
    }

    #[test]
    fn kinds_of_venue_and_words_in_a_head_name_none() {
        let text = "일류호텔과 태양광발전소, 기존공항, 안방극장, 국제교역, 생미역, 한빛공원";
        let mut out = Vec::new();
        let scan = super::super::scan::Scan::new(text, &super::super::FINALS);
        venues(text, &scan.hangul, &[], &mut out);
        let names: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(names, ["한빛공원"]);
    }

    #[test]
    fn venues_where_something_happens_or_someone_is_taken() {
        for (text, name) in [
            ("그는 서울대병원에서 숨을 거뒀다.", "서울대병원"),
            ("부상자는 한국병원으로 이송됐다.", "한국병원"),
            ("빈소는 세브란스병원 장례식장에 마련됐다.", "세브란스병원"),
            ("그는 롯데호텔에서 기자 간담회를 열었다.", "롯데호텔"),
        ] {
            assert_eq!(typed(text, name), EntityType::Location, "{text}");
        }
    }

    #[test]
    fn venues_that_act_or_speak_stay_the_org() {
        for (text, name) in [
            ("삼성서울병원은 환자가 늘었다고 밝혔다.", "삼성서울병원"),
            ("재단은 서울아산병원과 손잡고 지원한다.", "서울아산병원"),
            ("서울대병원에 따르면 그는 회복 중이다.", "서울대병원"),
            ("한국병원으로 기부금이 전달됐다.", "한국병원"),
        ] {
            assert_eq!(typed(text, name), EntityType::Org, "{text}");
        }
    }
}
