//! Clubs written as their home city in match reports: `전북은 수원을 2-1로 꺾었다`, `제주
//! 이적 후 첫 골`. A place of `dictionaries/discovery/sports_clubs.txt` (the home cities of
//! K League clubs) is the club, an ORG, where it stands as a side (with a subject, object or
//! partner particle, or `전` "the match against") in a sentence that reads as a match report:
//! a score (`2-1`, `1대0`) or a word of the game (`꺾었다`, `무승부`, `선제골`, `이적`).
//! Elsewhere (`서울에서 열린`, `수원 시민`) it stays the place.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::word_list::WordList;
use crate::document::EntityType;
use crate::recognize::{Candidate, Label};
use crate::text::segment::particle_chain;

static CLUB_CITIES: LazyLock<WordList> = LazyLock::new(|| {
    WordList::parse(include_str!(
        "../../../dictionaries/discovery/sports_clubs.txt"
    ))
});

/// Words of a match report: results, scoring, the table, transfers, and the positions and
/// plays of football and baseball.
const GAME_WORDS: [&str; 88] = [
    "꺾었",
    "꺾고",
    "꺾으",
    "이겼",
    "이기고",
    "제압",
    "완파",
    "격파",
    "누르고",
    "눌렀",
    "패했",
    "패배",
    "비겼",
    "무승부",
    "승점",
    "원정",
    "홈경기",
    "라운드",
    "선제골",
    "동점골",
    "결승골",
    "역전골",
    "득점",
    "이적",
    // football: positions, set pieces, cards, leagues
    "공격수",
    "미드필더",
    "수비수",
    "골키퍼",
    "페널티킥",
    "프리킥",
    "코너킥",
    "어시스트",
    "슈팅",
    "옐로카드",
    "레드카드",
    "퇴장당",
    "분데스리가",
    "프리미어리그",
    "챔피언스리그",
    "맞대결",
    "연승",
    // baseball: positions, plays, the season (`안타` only before a particle: `안타깝다`)
    "홈런",
    "타점",
    "타율",
    "타석",
    "투수",
    "타자",
    "등판",
    "마운드",
    "볼넷",
    "세이브",
    "루타",
    "도루",
    "우익수",
    "좌익수",
    "중견수",
    "유격수",
    "포수",
    "불펜",
    "메이저리그",
    "빅리그",
    "시범경기",
    "포스트시즌",
    "플레이오프",
    "정규시즌",
    "월드시리즈",
    "안타를",
    "안타로",
    "안타와",
    // a club's people, its season, its place in the table and its cups (`울산 윤정환 감독은`,
    // `전북 선수들은`, `올 시즌 수원은`, `포항은 최하위로`, `성남은 FA컵 2연패가`); the
    // manager with a particle (`감독원`, `감독관` are no club's), the season with the word
    // that counts it (`포시즌스 호텔` is none)
    "감독은",
    "감독이",
    "감독의",
    "감독과",
    "구단",
    "선수",
    "올 시즌",
    "지난 시즌",
    "이번 시즌",
    "K리그",
    "FA컵",
    "최하위",
    "선두",
    "우승",
    "주전",
    "실점",
    "연패",
    "역전승",
    "챔스",
];

/// The words of the game, found in one pass over a sentence.
static GAME: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(GAME_WORDS).ok());

/// What may follow a club's name in its word: the particles of a side in a match, and `전`
/// (`수원전`: the match against Suwon); `과의`/`와의` name the other side (`사우샘프턴과의 홈경기`).
const SIDE_ENDINGS: [&str; 17] = [
    "",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "과",
    "와",
    "과의",
    "와의",
    "의",
    "도",
    "전",
    "전에서",
    "전을",
    "전의",
];

/// The most bytes read on each side of a club's name for the match report around it.
const WINDOW: usize = 150;

/// Re-types the places of `candidates` that stand for a club in a match report.
pub(super) fn clubs(text: &str, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        if c.kind != EntityType::Location || !CLUB_CITIES.contains(&text[c.start..c.end]) {
            continue;
        }
        let rest = word_rest(text, c.end);
        if !SIDE_ENDINGS.contains(&rest) || !in_match_report(text, c.start, c.end) {
            continue;
        }
        if matches!(rest, "" | "의") && where_played(text, candidates, i, c.end + rest.len()) {
            continue;
        }
        // a player named like a city, or one from it (`안산 선수가`); a club's players are
        // many (`전북 선수들은`)
        if rest.is_empty() && one_player_after(text, c.end) {
            continue;
        }
        let c = &mut candidates[i];
        c.kind = EntityType::Org;
        c.label = Label::Surface;
    }
}

/// Words of the ground a match is played on, in the word after a city (`수원 kt위즈파크에서`,
/// `부산 사직구장에서`, `피츠버그의 PNC파크`, `샌프란시스코 원정 3연전`, `울산 홈구장`).
const GROUNDS: [&str; 7] = ["파크", "구장", "스타디움", "경기장", "돔", "필드", "원정"];

/// Does the bare city of `candidates[i]` (its word ending at `end`) say where a match is
/// played, not who plays it: after a place that holds it (`미국 미주리주 캔자스시티`), before
/// its ground (`부산 사직구장에서`) or a team's match (`대전 NC전부터`, the hosts' city),
/// before a club's name of its own (`서울 SK가`: the city is that name's part), or before a
/// place of its address (`서울 서초구`)?
fn where_played(text: &str, candidates: &[Candidate], i: usize, end: usize) -> bool {
    let after_place = i > 0 && {
        let p = &candidates[i - 1];
        p.kind == EntityType::Location && text[p.end..candidates[i].start].trim().is_empty()
    };
    let Some(next) = text[end..].strip_prefix(' ') else {
        return after_place;
    };
    let word = &next[..next.find([' ', '\n']).unwrap_or(next.len())];
    let before_org = candidates
        .get(i + 1)
        .is_some_and(|n| n.kind == EntityType::Org && n.start == end + 1);
    let match_of = word.char_indices().any(|(k, ch)| {
        let tail = &word[k + ch.len_utf8()..];
        k > 0 && ch == '전' && (tail.is_empty() || particle_chain(tail).is_some())
    });
    // an address goes on with the city's district (`서울 서초구 …`)
    let before_place = candidates
        .get(i + 1)
        .is_some_and(|n| n.kind == EntityType::Location && n.start == end + 1);
    after_place
        || before_org
        || before_place
        || match_of
        || GROUNDS.iter().any(|g| word.contains(g))
}

/// Does the word one space after `end` name one player (`선수`, `선수가`, not `선수들`)?
fn one_player_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(" 선수")
        .is_some_and(|rest| !rest.starts_with(['들', '단']))
}

/// The Hangul after `end` up to the end of its word.
fn word_rest(text: &str, end: usize) -> &str {
    let rest = &text[end..];
    let len = rest
        .char_indices()
        .find(|&(_, ch)| !('가'..='힣').contains(&ch))
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

/// Does the sentence around `start..end` (up to [`WINDOW`] bytes each way) read as a match
/// report: a score or a word of the game?
fn in_match_report(text: &str, start: usize, end: usize) -> bool {
    let from = floor_boundary(text, start.saturating_sub(WINDOW));
    let to = ceil_boundary(text, (end + WINDOW).min(text.len()));
    let before = &text[from..start];
    let after = &text[end..to];
    // the sentence only: stop at a full stop or a line break
    let before = before
        .rfind(['.', '\n', '!', '?'])
        .map_or(before, |i| &before[i + 1..]);
    let after = after
        .find(['.', '\n', '!', '?'])
        .map_or(after, |i| &after[..i]);
    let window = [before, after];
    window.iter().any(|w| has_score(w))
        || GAME
            .as_ref()
            .is_some_and(|ac| window.iter().any(|w| ac.is_match(w)))
}

/// Does `s` hold a score: digits, `-`, `:` or `대`, digits (`2-1`, `1:0`, `3대2`)? Not a
/// run of numbers joined by dashes, as phone numbers and lot numbers are written
/// (`010-2290-5981`, `950-22번지`).
fn has_score(s: &str) -> bool {
    let b = s.as_bytes();
    s.char_indices().any(|(i, ch)| {
        let sep = match ch {
            '-' | ':' => 1,
            '대' => '대'.len_utf8(),
            _ => return false,
        };
        if !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + sep).is_some_and(u8::is_ascii_digit)) {
            return false;
        }
        let left = b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let right = b[i + sep..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let before = b[..i - left].last();
        let after = &s[i + sep + right..];
        !(before == Some(&b'-') || after.starts_with('-') || after.starts_with("번지"))
    })
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_and_game_words() {
        assert!(has_score("2-1로 꺾었다") && has_score("1대0 승리") && has_score("3:2"));
        assert!(!has_score("2017-") && !has_score("대한민국"));
        // phone and lot numbers are no scores
        assert!(!has_score("문의 010-2290-5981") && !has_score("경서동 950-22번지"));
        assert!(in_match_report(
            "전북은 수원을 2-1로 이겼다.",
            0,
            "전북".len()
        ));
        assert!(!in_match_report(
            "서울은 비가 왔다. 수원은 2-1로 이겼다.",
            0,
            "서울".len()
        ));
        // the people and the season of a club; a watchdog or a hotel's name is no cue
        assert!(in_match_report(
            "울산 홍길동 감독은 웃었다",
            0,
            "울산".len()
        ));
        assert!(in_match_report(
            "올 시즌 포항은 부진했다",
            "올 시즌 ".len(),
            "올 시즌 포항".len()
        ));
        assert!(!in_match_report("서울 금융감독원 앞", 0, "서울".len()));
        assert!(!in_match_report("서울 포시즌스 호텔에서", 0, "서울".len()));
        assert!(one_player_after("안산 선수가", "안산".len()));
        assert!(!one_player_after("전북 선수들은", "전북".len()));
    }
}
