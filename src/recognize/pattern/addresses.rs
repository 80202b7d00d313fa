//! The parts of an address below a district, as LOCATION: a neighbourhood, town or township
//! (`개금동`, `삼랑진읍`, `조도면`) written one space after the city, county or district that
//! holds it (`부산진구 개금동`, `밀양시 삼랑진읍`, `진도군 조도면`). No list names every
//! 동, 읍 and 면 of Korea; news writes them after their district, which is known. So too a
//! city or county one space after its province (`강원도 평강군`, `평안북도 철산군`), as no
//! list holds every county of both Koreas. An address goes on after a part found so
//! (`충청남도 연기군 금남면 도암리`, `홍성군 광천읍 대평리`).

use super::covered;
use super::scan::Run;
use super::shape::is_stop_word;
use crate::document::EntityType;
use crate::recognize::Candidate;
use crate::text::segment::particle_chain;

/// The heads of the parts of a city, county or district: a neighbourhood (`동`, also a
/// street's in North Korea: `거리`), a town (`읍`), a township (`면`), a village (`리`).
const HEADS: [char; 4] = ['동', '읍', '면', '리'];

/// The levels a district, county or city ends in (`부산진구`, `진도군`, `밀양시`,
/// `서울특별시`): the place an address part follows.
const HOLDERS: [char; 3] = ['구', '군', '시'];

/// The heads of the cities and counties a province holds.
const PROVINCE_PARTS: [char; 2] = ['시', '군'];

/// Words ending in 시 or 군 that follow a province without naming a part of it: a city in
/// general (`도시`) and armed forces (`경기도 미군 기지`, `해군`).
const NOT_PROVINCE_PARTS: [&str; 8] = [
    "도시", "해군", "육군", "공군", "미군", "국군", "장군", "대군",
];

/// The heads of lands that end in 도 and are no province.
const LANDS: [&str; 4] = ["반도", "열도", "제도", "군도"];

/// Common words ending in a head that follow a district in news without naming a part of it
/// (`강남구 일대`, `마포구 주민`: no head; `서구 행동`, `중구 관리`): the stop list holds most;
/// these are the short ones it may not.
#[rustfmt::skip]
const NOT_PARTS: &[&str] = &[
    "활동", "행동", "운동", "이동", "공동", "자동", "노동", "변동", "출동", "가동", "작동",
    "관리", "처리", "정리", "무리", "거리", "논리", "원리", "관계리", "측면", "반면", "전면",
    "이면", "표면", "내면", "화면", "지면", "방면", "단면", "대면",
];

/// The address parts among the Hangul runs `runs` of `text`: a run of two to four syllables
/// ending in a head of [`HEADS`] (maybe before particles), one space after a dictionary
/// LOCATION ending in a level of [`HOLDERS`]; `dictionary` in text order.
pub(super) fn addresses(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    // the end and the level of the part found last: the address goes on after it
    // (`충청남도 연기군 금남면 도암리`)
    let mut last: Option<(usize, char)> = None;
    for run in runs {
        // a list of parts of one level after the first (`망월동, 풍산동, 덕풍동`,
        // `청담동과 삼성동`, `원당동·당하동`)
        if let Some((_, level)) = last.filter(|&(e, l)| {
            HEADS.contains(&l) && e < run.start && LIST_JOINS.contains(&&text[e..run.start])
        }) {
            let end = part_end(&text[run.start..run.end])
                .filter(|&n| text[..run.start + n].ends_with(level))
                .map(|n| run.start + n);
            if let Some(end) = end.filter(|&end| !covered(dictionary, run.start, end)) {
                last = Some((end, level));
                out.push(super::location(run.start, end));
                continue;
            }
        }
        // most words follow no district or province: one look at the two characters before
        let mut before = text[..run.start].chars().rev();
        if before.next() != Some(' ') {
            continue;
        }
        let word = &text[run.start..run.end];
        let chained = last
            .filter(|&(e, _)| e + 1 == run.start)
            .map(|(_, level)| level);
        let end = match before.next() {
            Some(c) if HOLDERS.contains(&c) => part_end(word)
                .filter(|_| chained == Some(c) || held(text, run.start, dictionary, &HOLDERS, 1)),
            // a village after the town or township found before it
            Some(c) if TOWNS.contains(&c) && chained == Some(c) => village_end(word),
            Some('도') => {
                province_part_end(word).filter(|_| held(text, run.start, dictionary, &['도'], 3))
            }
            _ => None,
        };
        let Some(end) = end.map(|n| run.start + n) else {
            continue;
        };
        if covered(dictionary, run.start, end) {
            continue;
        }
        last = text[..end].chars().next_back().map(|level| (end, level));
        out.push(super::location(run.start, end));
    }
}

/// The byte length of the address part `word` starts with: the word up to a head of
/// [`HEADS`], two to four syllables, with only particles after it, and no common word.
fn part_end(word: &str) -> Option<usize> {
    let end = headed_end(word, 1..5, &HEADS)?;
    let part = &word[..end];
    (!is_stop_word(part) && !NOT_PARTS.contains(&part)).then_some(end)
}

/// What joins the parts of a list of addresses' parts (`망월동, 풍산동`, `원당동·당하동`,
/// `청담동과 삼성동`, `청담동 및 삼성동`).
const LIST_JOINS: [&str; 6] = [", ", ",", "·", "과 ", "와 ", " 및 "];

/// The levels of a town and a township, which hold villages (`금남면 도암리`).
const TOWNS: [char; 2] = ['읍', '면'];

/// The byte length of the village `word` starts with after its town or township: two to four
/// syllables up to `리`, with only particles after it, and no common word.
fn village_end(word: &str) -> Option<usize> {
    let end = headed_end(word, 1..4, &['리'])?;
    let part = &word[..end];
    (!is_stop_word(part) && !NOT_PARTS.contains(&part)).then_some(end)
}

/// The byte length of the city or county `word` starts with after a province: three or four
/// syllables up to a head of [`PROVINCE_PARTS`], with only particles after it (`평강군에서`),
/// and no common word.
fn province_part_end(word: &str) -> Option<usize> {
    let end = headed_end(word, 2..4, &PROVINCE_PARTS)?;
    let part = &word[..end];
    let common = is_stop_word(part) || NOT_PROVINCE_PARTS.iter().any(|w| part.ends_with(w));
    (!common).then_some(end)
}

/// The end of the first of `heads` among the characters `at` (by index) of `word`, when only
/// particles follow it in the word.
fn headed_end(word: &str, at: std::ops::Range<usize>, heads: &[char]) -> Option<usize> {
    let (i, head) = word
        .char_indices()
        .skip(at.start)
        .take(at.len())
        .find(|(_, c)| heads.contains(c))?;
    let end = i + head.len_utf8();
    let rest = &word[end..];
    (rest.is_empty() || particle_chain(rest).is_some()).then_some(end)
}

/// Is the word at `start` one space after a dictionary LOCATION of at least `syllables`
/// syllables ending in one of `levels` (`부산진구 개금동`, `밀양시 삼랑진읍`, `강원도 평강군`)?
fn held(
    text: &str,
    start: usize,
    dictionary: &[Candidate],
    levels: &[char],
    syllables: usize,
) -> bool {
    let i = dictionary.partition_point(|d| d.end < start);
    i.checked_sub(1).map(|p| &dictionary[p]).is_some_and(|p| {
        let level = text[..p.end].chars().next_back();
        // a city's government entry is the city too (`서울시 정동`)
        (p.kind == EntityType::Location || (p.kind == EntityType::Org && level == Some('시')))
            && p.end + 1 == start
            && &text[p.end..start] == " "
            && level.is_some_and(|c| levels.contains(&c))
            && text[p.start..p.end].chars().count() >= syllables
            // a peninsula or an archipelago (`한반도`, `쿠릴 열도`) holds no county
            && !LANDS.iter().any(|l| text[..p.end].ends_with(l))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_end_in_a_head_before_particles() {
        assert_eq!(part_end("개금동"), Some("개금동".len()));
        assert_eq!(part_end("삼랑진읍을"), Some("삼랑진읍".len()));
        assert_eq!(part_end("두천리에서"), Some("두천리".len()));
        assert_eq!(part_end("활동을"), None);
        assert_eq!(part_end("동"), None);
        assert_eq!(part_end("면담"), None);
        assert_eq!(province_part_end("평강군에서"), Some("평강군".len()));
        assert_eq!(province_part_end("일반도시"), None);
        assert_eq!(province_part_end("다시"), None);
    }
}
