//! An organization's unit written after its owner is one ORG, the longest name winning over
//! its tail: `국회 기획재정위원회`, `환경부 환경감시팀`, `서울지방경찰청 광역수사대`; so is a
//! body no dictionary holds after the place it belongs to: `미국 지질조사국`,
//! `말레이시아 총리실`. A ministry the dictionary knows stays its own name after a country
//! (`대한민국 환경부`: the country and the ministry), and so does a government
//! (`대한민국 정부`), as the news fixtures annotate them.

use std::sync::LazyLock;

use super::scan::{Run, UNIT_HEAD};
use super::shape::is_stop_word;
use super::WordList;
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::without_particle;

const UNIT_HEADS: &str = include_str!("../../../dictionaries/discovery/unit_heads.tsv");

/// The heads of units, and for each the syllables a word needs before it.
pub(super) struct UnitHeads {
    pub(super) heads: WordList,
    before: Vec<(&'static str, usize)>,
}

pub(super) static HEADS: LazyLock<UnitHeads> = LazyLock::new(|| {
    let mut before: Vec<(&str, usize)> = UNIT_HEADS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (head, n) = l.split_once('\t')?;
            Some((head.trim(), n.trim().parse().ok()?))
        })
        .collect();
    before.sort_unstable();
    UnitHeads {
        heads: WordList::new(before.iter().map(|(h, _)| *h)),
        before,
    }
});

/// The unit ORGs of `text` among its words `words`. `owners` holds the ORG and LOCATION
/// candidates found so far (dictionary and pattern) and `dictionary` the dictionary's, both in
/// text order.
pub(super) fn units(
    text: &str,
    words: &[Run],
    owners: &[Candidate],
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for w in words.iter().filter(|w| w.ends & UNIT_HEAD != 0 && w.hangul) {
        let word = &text[w.start..w.end];
        let stem = without_particle(word);
        let Some(head) = HEADS.heads.head_of(stem) else {
            continue;
        };
        let Ok(k) = HEADS.before.binary_search_by(|(h, _)| h.cmp(&head)) else {
            continue;
        };
        let before = stem[..stem.len() - head.len()].chars().count();
        // A one-syllable head ends many common words (`사무실`, `교실`), and `당국` is the
        // authorities of a field, no unit (`정보당국`, `보건당국`).
        if before < HEADS.before[k].1
            || (head.chars().count() == 1 && is_stop_word(stem))
            || stem.ends_with(AUTHORITIES)
        {
            continue;
        }
        // A country's team glued to the country (`한국대표팀`, `일본축구대표팀`), as written
        // apart (`한국 대표팀`).
        if head == TEAM {
            if let Some(country) = glued_country(text, w.start, w.start + stem.len(), owners) {
                out.push(Candidate {
                    start: country,
                    end: w.start + stem.len(),
                    kind: EntityType::Org,
                    label: Label::Surface,
                    source: Source::Pattern,
                });
                continue;
            }
        }
        // The owner ends one space before the word, or before the sport of its team
        // (`중국 축구 국가대표팀`, `한국 여자 양궁 대표팀`).
        let Some(mut at) = text[..w.start].strip_suffix(' ').map(str::len) else {
            continue;
        };
        // An association is one of a sport (`잉글랜드 축구협회`, `토고 축구 협회`): the sport
        // glued to its head or one word before it; without one the word is no unit.
        let association = ASSOCIATIONS.contains(&head);
        let field = &stem[..stem.len() - head.len()];
        if association && !field.is_empty() && !SPORTS.contains(&field) {
            continue;
        }
        let mut sports = 0;
        if head == TEAM || (association && field.is_empty()) {
            for _ in 0..2 {
                let Some((s, word)) = word_ending_at(text, at) else {
                    break;
                };
                if !SPORTS.contains(&word) {
                    break;
                }
                sports += 1;
                match text[..s].strip_suffix(' ') {
                    Some(b) => at = b.len(),
                    None => break,
                }
            }
        }
        if association && field.is_empty() && sports == 0 {
            continue;
        }
        let i = owners.partition_point(|c| c.end < at);
        let Some(owner) = owners
            .get(i)
            .filter(|o| o.end == at && matches!(o.kind, EntityType::Org | EntityType::Location))
        else {
            continue;
        };
        // A country's squad is its team (`북한 선수단`); a club's squad is the club's players,
        // the club already named (`롯데 자이언츠 선수단`).
        if head == SQUAD && owner.kind != EntityType::Location {
            continue;
        }
        // A body named at length is a name of its own, also after its ministry
        // (`국토교통부 항공철도사고조사위원회`: two ORGs, as the news fixtures annotate it).
        if owner.kind == EntityType::Org && stem.chars().count() > super::GENERIC_BODY_MAX {
            continue;
        }
        let end = w.start + stem.len();
        // The word itself may be a name the dictionary knows only when it is an ORG and the
        // owner is an organization (`국회 정보위원회`, not `대한민국 환경부` or `미국 중국`).
        let j = dictionary.partition_point(|d| d.end <= w.start);
        let unit_known = dictionary.get(j).filter(|d| d.start < end);
        let joins = match unit_known {
            None => true,
            Some(d) => {
                d.start == w.start
                    && d.end == end
                    && d.kind == EntityType::Org
                    && owner.kind == EntityType::Org
            }
        };
        if joins {
            out.push(Candidate {
                start: owner.start,
                end,
                kind: EntityType::Org,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
}

/// A prosecutors' office's numbered division after it (`서울중앙지검 특수2부`,
/// `서울북부지검 형사3부`, `서울중앙지검 금융조세조사3부`): one ORG, as labelled news writes it.
/// Looked for only after the dictionary's ORGs whose names end in an office's head.
pub(super) fn prosecution_divisions(
    text: &str,
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for c in dictionary.iter().filter(|c| c.kind == EntityType::Org) {
        let name = &text[c.start..c.end];
        if !PROSECUTORS.iter().any(|h| name.ends_with(h)) {
            continue;
        }
        let Some(rest) = text[c.end..].strip_prefix(' ') else {
            continue;
        };
        let field = rest
            .char_indices()
            .find(|&(_, ch)| !('가'..='힣').contains(&ch))
            .map_or(rest.len(), |(i, _)| i);
        let digits = rest[field..].bytes().take_while(u8::is_ascii_digit).count();
        let after = &rest[field + digits..];
        let syllables = rest[..field].chars().count();
        if !(1..=6).contains(&syllables) || !(1..=2).contains(&digits) || !after.starts_with('부')
        {
            continue;
        }
        // the division's word ends after `부`, or goes on in particles or a note (`(윤 부장검사)`)
        let tail = &after['부'.len_utf8()..];
        let word = tail
            .split(|ch: char| !('가'..='힣').contains(&ch))
            .next()
            .unwrap_or("");
        if !word.is_empty() && crate::text::segment::particle_chain(word).is_none() {
            continue;
        }
        out.push(Candidate {
            start: c.start,
            end: c.end + 1 + field + digits + '부'.len_utf8(),
            kind: EntityType::Org,
            label: Label::Surface,
            source: Source::Pattern,
        });
    }
}

/// The heads of prosecutors' offices' names (`서울중앙지검`, `수원지방검찰청`, `안산지청`).
const PROSECUTORS: [&str; 3] = ["지검", "검찰청", "지청"];

/// The authorities of a field (`정보당국`, `방역당국`): a country's, no unit of it.
const AUTHORITIES: &str = "당국";

/// The head of a team, which a sport or a side may part from its country (`중국 축구
/// 국가대표팀`).
const TEAM: &str = "대표팀";

/// The start of the country glued to the start of the team `s..e` (`한국대표팀`,
/// `한국축구대표팀`, `일본국가대표팀`): a place of `owners` (in text order) that is a
/// country, with nothing but a sport or `국가` between it and the head.
fn glued_country(text: &str, s: usize, e: usize, owners: &[Candidate]) -> Option<usize> {
    let i = owners.partition_point(|c| c.start < s);
    let country = owners.get(i).filter(|c| {
        c.start == s
            && c.end < e
            && c.kind == EntityType::Location
            && super::COUNTRIES.contains(&text[c.start..c.end])
    })?;
    let between = &text[country.end..e - TEAM.len()];
    let sport = between.strip_suffix(NATIONAL).unwrap_or(between);
    (sport.is_empty() || SPORTS.contains(&sport)).then_some(s)
}

/// "National", before a team's head (`국가대표팀`).
const NATIONAL: &str = "국가";

/// The heads of a sport's associations, which join a country or a region before the sport
/// (`독일 축구협회`, `아프리카 축구 연맹`) as a team does.
const ASSOCIATIONS: [&str; 2] = ["협회", "연맹"];

/// The head of a squad, a team of a country only.
const SQUAD: &str = "선수단";

/// The sports and sides written between a country and its team or association.
#[rustfmt::skip]
const SPORTS: &[&str] = &[
    "축구", "야구", "농구", "배구", "양궁", "핸드볼", "하키", "아이스하키", "럭비", "탁구",
    "배드민턴", "테니스", "골프", "수영", "육상", "유도", "태권도", "레슬링", "복싱", "펜싱",
    "사격", "체조", "컬링", "쇼트트랙", "스키", "여자", "남자", "청소년", "올림픽",
];

/// The Hangul word ending at `end` and where it starts.
fn word_ending_at(text: &str, end: usize) -> Option<(usize, &str)> {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::Script::of(c) == crate::text::Script::Hangul)
        .last()
        .map(|(i, _)| i)?;
    Some((start, &text[start..end]))
}

#[cfg(test)]
mod tests {
    use super::super::scan::Scan;
    use super::super::FINALS;
    use super::*;
    use crate::recognize::pattern::dictionary_hit;

    #[test]
    fn numbered_divisions_after_a_prosecutors_office() {
        let text = "서울중앙지검 특수2부(윤 부장검사)는 서울북부지검 형사3부에 사건을 넘겼다.";
        let dictionary = [
            dictionary_hit(text, EntityType::Org, "서울중앙지검"),
            dictionary_hit(text, EntityType::Org, "서울북부지검"),
        ];
        let mut out = Vec::new();
        prosecution_divisions(text, &dictionary, &mut out);
        let found: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(found, ["서울중앙지검 특수2부", "서울북부지검 형사3부"]);
        // no number, a word after the number, or no office: no division
        let text = "서울중앙지검 특수부는 서울중앙지검 2부장 서울중앙지검 형사3부장을 불렀다.";
        let dictionary: Vec<Candidate> = text
            .match_indices("서울중앙지검")
            .map(|(at, name)| Candidate {
                start: at,
                end: at + name.len(),
                kind: EntityType::Org,
                label: Label::Surface,
                source: Source::Dictionary,
            })
            .collect();
        let mut out = Vec::new();
        prosecution_divisions(text, &dictionary, &mut out);
        assert!(out.is_empty());
    }

    fn found<'t>(text: &'t str, dictionary: &[Candidate]) -> Vec<&'t str> {
        let scan = Scan::new(text, &FINALS);
        let mut out = Vec::new();
        units(text, &scan.words, dictionary, dictionary, &mut out);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn units_join_their_owner() {
        let text = "국회 정보위원회와 미국 지질조사국은 말레이시아 총리실에 알렸다";
        let dict = [
            dictionary_hit(text, EntityType::Org, "국회"),
            dictionary_hit(text, EntityType::Org, "정보위원회"),
            dictionary_hit(text, EntityType::Location, "미국"),
            dictionary_hit(text, EntityType::Location, "말레이시아"),
        ];
        assert_eq!(
            found(text, &dict),
            ["국회 정보위원회", "미국 지질조사국", "말레이시아 총리실"]
        );
    }

    #[test]
    fn a_team_after_its_country_and_sport() {
        let text = "중국 축구 국가대표팀과 한국 여자 양궁 대표팀, 경기 축구 대표팀";
        let dict = [
            dictionary_hit(text, EntityType::Location, "중국"),
            dictionary_hit(text, EntityType::Location, "한국"),
        ];
        assert_eq!(
            found(text, &dict),
            ["중국 축구 국가대표팀", "한국 여자 양궁 대표팀"]
        );
    }

    #[test]
    fn a_team_glued_to_its_country() {
        let text = "한국대표팀은 일본축구대표팀과 만났고 여자대표팀과 경기대표팀, 한국팀도 왔다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "한국"),
            dictionary_hit(text, EntityType::Location, "일본"),
        ];
        assert_eq!(found(text, &dict), ["한국대표팀", "일본축구대표팀"]);
    }

    #[test]
    fn a_sports_association_after_its_country_and_sport() {
        let text = "독일 축구협회와 스페인 축구 연맹, 미국 여자 농구 협회가 만났다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "독일"),
            dictionary_hit(text, EntityType::Location, "스페인"),
            dictionary_hit(text, EntityType::Location, "미국"),
        ];
        assert_eq!(
            found(text, &dict),
            ["독일 축구협회", "스페인 축구 연맹", "미국 여자 농구 협회"]
        );
        // no sport before the head: a country and a common noun
        let text = "한국 협회와 일본 연맹, 미국 의사협회";
        let dict = [
            dictionary_hit(text, EntityType::Location, "한국"),
            dictionary_hit(text, EntityType::Location, "일본"),
            dictionary_hit(text, EntityType::Location, "미국"),
        ];
        assert!(found(text, &dict).is_empty());
    }

    #[test]
    fn a_body_named_at_length_stays_apart_from_its_ministry() {
        let text = "국토교통부 항공철도사고조사위원회와 국회 정보위원회";
        let dict = [
            dictionary_hit(text, EntityType::Org, "국토교통부"),
            dictionary_hit(text, EntityType::Org, "국회"),
        ];
        assert_eq!(found(text, &dict), ["국회 정보위원회"]);
    }

    #[test]
    fn known_ministries_rooms_and_bare_units_stay_apart() {
        let text = "대한민국 환경부는 국회 사무실과 중국 대사관, 감시팀에 미국 한국·조사국";
        let dict = [
            dictionary_hit(text, EntityType::Location, "대한민국"),
            dictionary_hit(text, EntityType::Org, "환경부"),
            dictionary_hit(text, EntityType::Org, "국회"),
            dictionary_hit(text, EntityType::Location, "중국"),
            dictionary_hit(text, EntityType::Location, "미국"),
            dictionary_hit(text, EntityType::Location, "한국"),
        ];
        assert!(found(text, &dict).is_empty());
    }
}
