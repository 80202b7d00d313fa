//! Names no dictionary has, found by their context (discovery).
//!
//! * PERSON: a 2–4 syllable Korean name starting with a common surname, written bare right
//!   before a title (`윤정민 기자`, `홍길동 대표`), or before an organization and a title
//!   (`김민수 퓨처랩스 대표`); a foreign name in Hangul (two or three words, spelled like a
//!   transliteration) before a title (`제이슨 권 오픈AI CSO`).
//! * ORG: a word ending in an organization suffix (`한빛전자`, `미래에셋증권`, `국토교통부`),
//!   a Latin acronym before 측/사 (`ABC측은`), names after `(주)`/`㈜`, and a unit after its
//!   owner (`국회 정보위원회`, `미국 지질조사국`: [`units`]), a party or a civic group by its
//!   head (`열린민주당`, `공정선거국민연대`), an embassy by its country ([`embassies`]), a
//!   country's armed services and chambers ([`forces`]), and the bare police and
//!   prosecution where they act ([`authorities`]).
//!   Schools by their short names where the text says they are schools (`휘문고 재학생`,
//!   `중원대 교수`: [`schools`]).
//! * LOCATION: venues by their heads ([`venues`]), historical states that are common words
//!   too ([`states`]).
//!
//! Pattern names get `source: "pattern"`; a dictionary hit always wins an overlap, and a name
//! found once by its context is found again wherever else it stands alone.

mod acronyms;
mod addresses;
mod ages;
mod authorities;
mod clubs;
mod companies;
mod embassies;
mod family_names;
mod forces;
mod foreign;
mod glued;
mod governments;
mod heads;
mod hotels;
mod name_lists;
mod occupied;
mod offices;
mod people;
mod places;
mod scan;
mod schools;
mod shape;
mod states;
mod titles;
mod units;
mod venues;
mod word_list;

pub(crate) use family_names::family_names;
pub(crate) use glued::{glued_titles, member_offices, place_of_office};
pub(crate) use titles::{nominee_titles, qualifying_titles};

use super::{Candidate, Label};
use crate::document::{EntityType, Source};
use crate::text::segment::{guess_particle, stands_alone};
use crate::text::{find_all, Script};
use scan::{Finals, Run, Scan, SyllableSet};
use word_list::WordList;

/// Words that stand where a name would and are no name (`신임`, `이번`, `당시`):
/// `dictionaries/discovery/not_names.txt`, shared with the relation packs' appositions.
static NOT_NAMES: std::sync::LazyLock<WordList> = std::sync::LazyLock::new(|| {
    WordList::parse(include_str!(
        "../../../dictionaries/discovery/not_names.txt"
    ))
});

/// Whether `word` (without its particle) is one of [`NOT_NAMES`].
pub(crate) fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(word)
}

/// Syllables that mark a Hangul transliteration of a foreign name (`스`, `트`, `먼` …).
const TRANSLITERATION: &str = "스트크드브프르즈츠치니리슨턴먼튼톤번버퍼던든렌론린랜멘엘일롤럴쿡빈딘틴킨윈윌슬즐헨잭존존샘톰팀짐빌밥앤제시엠";

/// Syllables of consonant clusters in transliterated loanwords (`인프라스트럭처`): a word with
/// one is no Korean government body, whatever it ends in.
const LOANWORD: &str = "스트크드브프르즈츠럭";

/// Final syllables of Korean verb and adjective forms (`따르면`, `밝힌`, `있는`): a word
/// ending in one is no part of a foreign name.
const VERBAL_ENDINGS: [char; 16] = [
    '면', '고', '며', '서', '한', '된', '는', '던', '다', '지', '게', '니', '데', '해', '요', '까',
];

/// Organization suffixes: a word ending in one (with at least one syllable before it) names an
/// organization.
#[rustfmt::skip]
const ORG_SUFFIXES: &[&str] = &[
    "전자", "은행", "증권", "그룹", "재단", "협회", "공사", "공단", "연구원", "연구소", "대학교",
    "대학", "병원", "보험", "캐피탈", "건설", "제약", "홀딩스",
    "엔터테인먼트", "위원회", "조합", "연맹", "연합회", "진흥원", "개발원", "정보원", "평가원",
    "항공", "해운", "중공업", "화학", "물산", "상사", "자동차", "카드", "저축은행", "자산운용",
    "투자증권", "벤처스", "파트너스", "인베스트먼트", "테크", "소프트", "네트웍스", "랩스",
    "신문", "일보", "방송", "뉴스", "법원", "검찰청", "경찰청", "교육청",
    // schools (`세화여고`, `용인외고`, `서울과학고`, `대모초등학교`, `이화여대`, `경희사이버대`)
    "여고", "외고", "과학고", "국제고", "고등학교", "중학교", "초등학교", "사이버대", "여대",
    "외국어대", "교육대",
    // local offices and associations (`고양경찰서`, `양천구보건소`, `부산상공회의소`,
    // `대한정치학회`, `경기도한의사회`, `광주환경운동연합`)
    "경찰서", "소방서", "보건소", "상공회의소", "법률사무소", "학회", "의사회", "체육회",
    "운동연합",
    // a union by its trade or workplace (`금융노조`, `금속노조`, `보건의료노조`)
    "노조",
    // an armed or political movement by its people or land (`모로이슬람해방전선`,
    // `팔레스타인해방기구`)
    "해방전선", "해방기구",
    // councils of members (`전국시도지사협의회`; short ones of a committee's function or of its
    // members alone are generic: [`generic_body`]), performing companies (`부산시립교향악단`,
    // `국립발레단`), medical and science institutes (`진주의료원`, `국립환경과학원`), a
    // province's fire headquarters (`경북소방본부`) and a district prosecutors' office
    // (`춘천지검`, `안산지청`)
    "협의회", "교향악단", "관현악단", "합창단", "발레단", "무용단", "오페라단", "의료원",
    "과학원", "소방본부", "소방재난본부", "지검", "지청",
    // a company by a form of its kind (`코코엔터`, `한빛게임즈`, `소후닷컴`), and a foreign
    // company's arm in Korea (`이케아코리아`)
    "엔터", "게임즈", "컴퍼니", "닷컴", "코리아",
    // companies by a form of their kind (`카카오뮤직`, `블루홀스튜디오`,
    // `모든커뮤니케이션`, `JS파운데이션`)
    "뮤직", "스튜디오", "커뮤니케이션", "파운데이션",
];

/// Kinds of business that name a company after a name of two syllables (`송학식품`,
/// `해태제과`, `한진물류`), and after a common word a kind of goods (`건강식품`, `가공식품`):
/// only after two syllables that are no common word (no stop word).
const TRADE_SUFFIXES: [&str; 6] = ["식품", "제과", "유통", "물류", "제지", "철강"];

/// The heads of party names (`열린민주당`, `기독자유당`, `영국노동당`): a word ending in one,
/// with a syllable or more before it, is a party. Bare, the head is often a common word or
/// another country's party (`노동당`, `공화당`): the dictionary's, not these.
#[rustfmt::skip]
const PARTY_HEADS: &[&str] = &[
    "민주당", "자유당", "통합당", "공화당", "국민당", "노동당", "로동당", "사회당", "공산당",
    "진보당", "녹색당", "시민당", "신당", "정의당", "한국당", "미래당", "민중당", "개혁당",
    "평화당", "애국당", "혁신당", "보수당", "민생당", "선진당",
];

/// The heads of civic groups and of headquarters named at length (`공정선거국민연대`,
/// `사학개혁국민운동본부`, `중앙재난안전대책본부`, `안전생활실천시민연합`,
/// `공공교통네트워크`): a group only with at least [`LONG_NAME_BEFORE`] syllables before
/// the head; shorter, the word is a common noun (`야권연대`, `사고대책본부`, `소셜네트워크`).
const LONG_NAME_HEADS: [&str; 6] = [
    "연대",
    "운동본부",
    "추진본부",
    "대책본부",
    "시민연합",
    "네트워크",
];

/// The Hangul syllables a word needs before one of [`LONG_NAME_HEADS`].
const LONG_NAME_BEFORE: usize = 3;

/// Suffixes that also make kinds of their thing after a common word (`건강보험`, `법인카드`,
/// `카드뉴스`, `책임병원`, `안내방송`, `보강공사`, `아이돌그룹`, `증인신문`): after a stop
/// word no name. (Companies, foundations and courts
/// are often named with common words, `미래은행`, `희망재단`, `군사법원`: not these.)
const KIND_SUFFIXES: [&str; 12] = [
    "스튜디오",
    "보험",
    "카드",
    "뉴스",
    "병원",
    "방송",
    "공사",
    "그룹",
    "신문",
    "합창단",
    "코리아",
    "컴퍼니",
];

/// Heads of bodies that every organization has: alone they are no name (`운영위원회`,
/// `심사위원회`), after their owner they are one (`국회 윤리위원회`).
const GENERIC_BODIES: &[&str] = &["위원회", "협의회", "위원단"];

/// A generic body alone up to this many syllables is no name; a longer one is specific
/// enough (`세월호참사특별조사위원회`).
const GENERIC_BODY_MAX: usize = 7;

/// What every organization's committees do (`운영`, `심사`, `대책`), and the fields of an
/// assembly's committees: a short body whose words before its head end in one is generic
/// (`운영위원회`, `유족대책위원회`, `국방위원회`); one named by a field of its own is a body
/// (`최저임금위원회`, `경찰위원회`).
#[rustfmt::skip]
const COMMITTEE_FUNCTIONS: &[&str] = &[
    "운영", "심사", "조직", "집행", "윤리", "인사", "평가", "자문", "준비", "추진", "대책",
    "선정", "기획", "상임", "분과", "특별", "조사", "실행", "관리", "감사", "징계", "공천",
    "결산", "편집", "심의", "의결", "협의", "조정", "중재", "검토", "혁신", "발전", "지원",
    "수습", "심판", "상벌", "재정", "정책", "전략", "기술", "안전", "비상", "대표", "소",
    "공동", "합동", "실무", "전문", "자치", "구성", "선거", "경선", "위원", "지역", "중앙",
    "학교", "학부모", "주민", "입주자", "노사", "소위", "인수",
    // the members of a council every body has (`교수협의회`, `당원협의회`: whose, only an
    // owner says)
    "교수", "교사", "학생", "직원", "당원", "가족", "유족", "채권단", "주주", "상인", "사원",
    // the fields of an assembly's standing committees, which every parliament and council has
    // (`국방위원회`, `교육위원회`: whose, only an owner says)
    "국방", "외교", "통일", "교육", "보건", "복지", "환경", "노동", "국토", "교통", "정보",
    "정무", "행정", "산업", "통상", "자원", "과학", "방송", "통신", "문화", "체육", "관광",
    "농림", "축산", "식품", "해양", "여성", "가족", "법제", "사법", "예산", "재무", "건설",
];

/// Is the body `name` (ending in one of [`GENERIC_BODIES`]) generic: short, and with no
/// field of two or more Hangul syllables before its head but a committee's function?
fn generic_body(name: &str) -> bool {
    let Some(head) = GENERIC_BODIES.iter().find(|g| name.ends_with(**g)) else {
        return false;
    };
    let field = &name[..name.len() - head.len()];
    // a number before the head counts bodies (`3위원회`), it names none
    name.chars().count() <= GENERIC_BODY_MAX
        && (field.chars().count() < 2
            || !field.chars().all(|c| Script::of(c) == Script::Hangul)
            || COMMITTEE_FUNCTIONS.iter().any(|f| field.ends_with(f)))
}

/// Words ending in a suffix that are common nouns, not names.
#[rustfmt::skip]
const NOT_ORGS: &[&str] = &[
    "걸그룹", "보이그룹", "소그룹", "대그룹", "보수공사", "건설공사", "정비공사", "토목공사",
    "확장공사", "포장공사", "철거공사", "공사", "전자", "은행", "대학", "병원", "보험", "생명",
    "화재", "신문", "방송", "뉴스", "통신", "항공", "카드", "테크", "조합", "중앙은행", "시중은행",
    "지방은행", "인터넷은행", "국책은행", "외국은행", "대형은행", "투자은행", "종합병원",
    "대학병원", "동물병원", "요양병원", "전문대학", "국립대학", "사립대학", "명문대학",
    "지방대학", "연구소", "연구원", "위원회", "협회", "재단", "노동조합", "지주", "상사", "물산",
    "화학", "자동차", "전기자동차", "수소자동차", "자율주행자동차", "신용카드", "체크카드",
    "교통카드", "가짜뉴스", "생방송", "재방송", "본방송", "지상파방송", "일간신문", "지역신문",
    "산불화재", "대형화재", "주택화재", "법원", "지방법원", "고등법원", "이동통신", "정보통신",
    "저가항공", "국제항공", "대형은행", "대한민국정부", "운전자", "양전자", "발전자", "충전자",
    "반도체건설", "해외건설", "주택건설", "신도시건설", "명문여고", "일반고등학교",
    "특성화고등학교", "사립고등학교", "공립고등학교", "국립고등학교", "사립중학교",
    "공립중학교", "사립초등학교", "공립초등학교", "국립초등학교", "관할경찰서", "일선경찰서",
    "관할소방서", "관할보건소", "지역보건소", "국제학회", "관련학회", "국내학회", "해외학회",
    "지역의사회", "냉동식품", "냉장식품", "즉석식품", "발효식품", "기능식품", "전통식품",
    "편의식품", "항만물류", "택배물류", "국제물류", "냉장물류", "해외유통",
    // a pageant, a shell company, a slogan and a generic hospital, not organizations
    "미스코리아", "페이퍼컴퍼니", "팀코리아", "바이코리아", "다이내믹코리아", "지방의료원",
    "시립교향악단", "시립합창단", "시립무용단", "시립발레단",
    // kinds of insurance, and a mishap (`불상사`), not companies
    "장기요양보험", "노인장기요양보험", "산재보험", "실손보험", "암보험", "불상사",
    // kinds of union, not unions (`법외노조`, `산별노조`, `귀족노조`)
    // the builder of a project, not a company's name (`시공사`)
    "시공사",
    "무노조", "법외노조", "산별노조", "민주노조", "어용노조", "귀족노조", "강성노조", "복수노조",
    "기업노조", "개별노조", "상급노조", "소수노조", "다수노조", "대기업노조", "정규직노조",
    "비정규직노조", "양대노조", "거대노조", "단위노조", "지역노조", "신생노조", "기존노조",
];

/// Government bodies end in 부/처/청 (`국토교통부`, `식품의약품안전처`, `국세청`); these
/// common words end the same way.
#[rustfmt::skip]
const NOT_GOVERNMENT: &[&str] = &[
    "본부", "내부", "외부", "전부", "일부", "세부", "간부", "지부", "학부", "정부", "대부", "상부",
    "하부", "북부", "남부", "동부", "서부", "중부", "흉부", "복부", "두부", "여부", "근처", "거처",
    "출처", "용처", "행처", "민원처", "부처", "관계부처", "각부처", "대청", "시청", "구청", "군청",
    "도청", "청청", "민원청", "본청", "사무처", "비서처", "사령부", "지휘부", "수뇌부", "집행부",
    "지도부", "경영진부", "편집부", "영업부", "기획부", "총무부", "인사부", "재무부서", "사업부",
    "연구부", "개발부", "생산부", "판매부", "관리부", "교육부서", "중앙부", "수도부", "최상부",
    "최하부", "상층부", "하층부", "중심부", "외곽부", "국경부", "접경부", "남서부", "북서부",
    "남동부", "북동부", "중서부", "중동부", "서남부", "동남부", "서북부", "동북부", "중남부",
    "중북부", "정부부처", "상급부", "하급부",
    // asking, not an agency (`가처분신청`, `협조요청`, `공식초청`)
    "신청", "요청", "초청",
];

/// Is `c` a title glued to `직`, its post (`총리직에서`, `의원직을`)? The dictionary reads the
/// title there; it names an office, not the person before it.
pub(crate) fn is_post_of_title(text: &str, c: &Candidate) -> bool {
    c.kind == EntityType::Title && crate::text::segment::names_a_post(&text[c.end..])
}

/// Finds names by their context. `dictionary` holds the dictionary's candidates, in order.
pub(crate) fn recognize(text: &str, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    let first = out.len();
    let scan = Scan::new(text, &FINALS);
    let mut compound = titles::compound_titles(text, &scan.hangul, dictionary);
    compound.extend(titles::appointed_titles(text, &scan.hangul, dictionary));
    // The dictionary's candidates and the compound and appointed titles, in text order (they
    // never overlap: both kinds of title are words no dictionary candidate covers). A title
    // written as its post (`의원직을`, `대통령직 인수위`) is no one's title in apposition: the
    // word before it names no holder (`단 하루만 국회의원직을`), so it is left out here.
    let post = |c: &Candidate| is_post_of_title(text, c);
    let with_titles: std::borrow::Cow<[Candidate]> =
        if compound.is_empty() && !dictionary.iter().any(post) {
            dictionary.into()
        } else {
            let mut all: Vec<Candidate> = dictionary
                .iter()
                .chain(&compound)
                .filter(|c| !post(c))
                .cloned()
                .collect();
            all.sort_by_key(|c| c.start);
            all.into()
        };
    people_before_titles(text, &with_titles, out);
    // Names already found before a title are not found twice.
    let mut known: Vec<Candidate> = [dictionary, &out[first..]].concat();
    known.sort_by_key(|c| c.start);
    known.dedup_by(|b, a| b.start < a.end);
    // Names found by their shape alone are found wherever they stand: no repeat search.
    let mut shaped = Vec::new();
    people::recognize(text, &scan.words, &known, &with_titles, out, &mut shaped);
    // people by an age note after them or a list closed by `등` around them
    let aged = text.contains('(');
    let deung = text.contains(" 등");
    if aged || deung {
        let mut found: Vec<Candidate> = [&known[..], &out[first..], &shaped].concat();
        found.sort_by_key(|c| c.start);
        found.dedup_by(|b, a| b.start < a.end);
        if aged {
            ages::people_before_ages(text, &scan.words, &found, out, first);
        }
        if deung {
            name_lists::lists_closed_by_deung(text, &found, out);
        }
    }
    organizations(text, &scan.words, dictionary, out);
    if scan.words.iter().any(|w| w.ends & scan::UNIT_HEAD != 0) {
        let mut owners: Vec<Candidate> = dictionary
            .iter()
            .chain(&out[first..])
            .filter(|c| matches!(c.kind, EntityType::Org | EntityType::Location))
            .cloned()
            .collect();
        owners.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        owners.dedup_by(|b, a| b.start < a.end);
        units::units(text, &scan.words, &owners, dictionary, out);
    }
    units::prosecution_divisions(text, dictionary, out);
    venues::venues(text, &scan.hangul, dictionary, out);
    venues::branch_stores(text, dictionary, out);
    venues::spaced_stations(text, dictionary, out);
    let heads = heads::HeadHits::new(text);
    authorities::authorities(text, &heads, dictionary, out);
    embassies::embassies(text, &heads, dictionary, out);
    offices::local_offices(text, &heads, dictionary, out);
    forces::forces(text, &heads, dictionary, out);
    states::states(text, &heads, dictionary, out);
    addresses::addresses(text, &scan.hangul, dictionary, out);
    {
        let mut taken: Vec<Candidate> = [dictionary, &out[first..]].concat();
        taken.sort_by_key(|c| c.start);
        taken.dedup_by(|b, a| b.start < a.end);
        schools::schools(text, &scan.hangul, &taken, out);
    }
    companies::apposed_companies(text, &scan.words, dictionary, out);
    if scan.words.iter().any(|w| w.ends & scan::ORG_SUFFIX != 0) || aged {
        let mut taken: Vec<Candidate> = [dictionary, &out[first..]].concat();
        taken.sort_by_key(|c| c.start);
        taken.dedup_by(|b, a| b.start < a.end);
        // a name and a company's or a school's head one space on (`큐브 엔터테인먼트`)
        companies::spaced_heads(text, &scan.words, &taken, out);
        if aged {
            // an organization's acronym in brackets beside its name
            acronyms::acronyms(text, &taken, dictionary, out);
        }
    }
    repeat_found_names(text, dictionary, out, first);
    companies::listed_companies(text, &scan.words, dictionary, out);
    let mut people: Vec<Candidate> = out[first..]
        .iter()
        .chain(&shaped)
        .chain(dictionary)
        .filter(|c| c.kind == EntityType::Person)
        .cloned()
        .collect();
    people.sort_by_key(|c| c.start);
    let mut taken: Vec<Candidate> = [dictionary, &out[first..], &compound].concat();
    taken.sort_by_key(|c| c.start);
    taken.dedup_by(|b, a| b.start < a.end);
    let roles = people::role_titles(text, &people, &taken);
    out.extend(roles);
    // names listed beside a person found so far (by a dictionary, a context or a shape)
    if !people.is_empty() && text.contains([',', '·', '-', '~']) {
        let listed = people::listed_people(text, &people, &taken);
        out.extend(listed);
    }
    out.extend(compound);
    // a hospital or hotel found by its head where the text says it is where
    venues::hospitals_and_hotels_where(text, &mut out[first..]);
    if !shaped.is_empty() {
        // a repeat of a name found in context may stand where the shape found it too
        let mut found: Vec<Candidate> = out[first..].to_vec();
        found.sort_by_key(|c| c.start);
        found.dedup_by(|b, a| b.start < a.end);
        out.extend(
            shaped
                .into_iter()
                .filter(|c| !covered(&found, c.start, c.end)),
        );
    }
}

/// Re-reads the dictionary's places and governments by their context: a place inside a word
/// that names no place is dropped, a place in a person's note is the person's side
/// ([`places`]), and a government's name where it says *where* is a LOCATION
/// ([`governments`]), a city that ends a hotel's name is the hotel ([`hotels`]), a hospital
/// or hotel where something happens is the venue ([`venues`]), and a club's home city in a
/// match report is the club ([`clubs`]).
pub(crate) fn governments_and_places(
    text: &str,
    dictionary: &crate::recognize::dictionary::Dictionary,
    candidates: &mut Vec<Candidate>,
) {
    places::places(text, dictionary, candidates);
    hotels::hotels(text, candidates);
    governments::governments_and_places(text, dictionary, candidates);
    venues::hospitals_and_hotels_where(text, candidates);
    clubs::clubs(text, candidates);
}

/// The last syllables of the word lists that end the words discovery looks at.
static FINALS: std::sync::LazyLock<Finals> = std::sync::LazyLock::new(|| {
    Finals::new(&[
        (scan::TITLE_HEAD, titles::HEADS.finals()),
        (scan::VENUE_HEAD, venues::HEADS.finals()),
        (scan::ORG_SUFFIX, &SUFFIX_FINALS),
        (scan::ROLE_NOUN, people::ROLES.finals()),
        (scan::UNIT_HEAD, units::HEADS.heads.finals()),
        (scan::SCHOOL_HEAD, &schools::HEAD_SET),
    ])
});

/// Does any candidate of `list` (in text order, none overlapping) share a byte with `s..e`?
fn covered(list: &[Candidate], s: usize, e: usize) -> bool {
    let i = list.partition_point(|d| d.end <= s);
    list.get(i).is_some_and(|d| d.start < e)
}

/// `NAME TITLE`, `NAME ORG TITLE`, with a Korean or a foreign name.
fn people_before_titles(text: &str, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    for (i, c) in dictionary.iter().enumerate() {
        if c.kind != EntityType::Title {
            continue;
        }
        // the field of the office one word before (`외교담당 국무위원`)
        let mut anchor = word_before(text, c.start)
            .filter(|(_, w)| w.len() > "담당".len() && w.ends_with("담당"))
            .map_or(c.start, |(s, _)| s);
        if i > 0 {
            let prev = &dictionary[i - 1];
            // the organization or country one space before, or a place or organization glued
            // to the title (`대전시의원`: pattern/glued.rs)
            let spaced = (prev.kind == EntityType::Org || dictionary_place(prev))
                && prev.end + 1 == anchor
                && &text[prev.end..anchor] == " ";
            let glued =
                matches!(prev.kind, EntityType::Org | EntityType::Location) && prev.end == c.start;
            if spaced || glued {
                anchor = prev.start;
                // the post abroad before the country (`주일 미국대사`)
                if let Some((s, _)) =
                    word_before(text, anchor).filter(|(_, w)| POSTS_ABROAD.contains(w))
                {
                    anchor = s;
                }
            } else if let Some(open) = note_before(text, c.start) {
                // the organization before a parenthesized note (`한국과학기술원(KAIST) 총장`)
                if let Some(org) = dictionary[..i]
                    .iter()
                    .rev()
                    .take(3)
                    .find(|d| d.end == open && d.kind == EntityType::Org)
                {
                    anchor = org.start;
                }
            }
        }
        // Something the dictionary knows stands right before: no name to find. Candidates
        // are sorted and do not overlap, so only the one before the anchor can cover it.
        let before = dictionary.partition_point(|d| d.start < anchor);
        let covered_before = |s: usize| before > 0 && dictionary[before - 1].end > s;
        // A word shaped like a Korean name that reads as none (`나오야`) may end a foreign
        // name (`세키야 나오야 도쿄대 교수`): the foreign name then.
        // `나상윤 공공교통네트워크 정책위원`, `하성용 전 성동조선해양 사장`: a Korean name,
        // then a word no dictionary knows, then the title: the word is the organization
        if anchor == c.start {
            if let Some((name, org)) = name_and_unknown_org(text, c.start) {
                if !covered_before(name.0) {
                    out.push(person(name.0, name.1));
                    out.push(Candidate {
                        kind: EntityType::Org,
                        ..person(org.0, org.1)
                    });
                    continue;
                }
            }
        }
        let foreign = foreign_name_before(text, anchor);
        let korean = korean_name_before(text, anchor)
            .filter(|&(s, e)| {
                foreign.is_none_or(|(f, _)| f >= s)
                    || shape::name_score(&text[s..e]).is_none_or(|v| v >= 0.0)
            })
            .filter(|&(s, e)| !electoral_district(text, s, e, &dictionary[..before]));
        if let Some((s, e)) = korean {
            if !covered_before(s) {
                out.push(person(s, e));
                // A list of names shares the title: `김정재·윤종필·김승희 의원`.
                let mut start = s;
                while let Some(prev) = listed_name_before(text, start) {
                    out.push(person(prev.0, prev.1));
                    start = prev.0;
                }
                continue;
            }
        }
        // one word spelled like a transliteration, bare (`마크롱 대통령`)
        let single = || {
            let (s, w) = word_before(text, anchor)?;
            (people::single_foreign_name_in_context(w) && !people::name_after_title(text, c.end))
                .then_some((s, s + w.len()))
        };
        // a district is no foreign name either (`새누리당 마포갑 당협위원장`)
        let foreign = foreign
            .or_else(single)
            .filter(|&(s, e)| !electoral_district(text, s, e, &dictionary[..before]));
        if let Some((s, e)) = foreign {
            if !covered_before(s) {
                out.push(person(s, e));
            }
        }
    }
}

/// The longest name of an organization [`name_and_unknown_org`] reads, in syllables.
const UNKNOWN_ORG_MAX: usize = 12;

/// A Korean name and, between it and the title at `title`, one word no dictionary knows that
/// can be an organization's name (no common word, no particle or verb form at its end), maybe
/// after `전`: the spans of the name and of the organization.
fn name_and_unknown_org(text: &str, title: usize) -> Option<((usize, usize), (usize, usize))> {
    let (ws, word) = word_before(text, title)?;
    let n = word.chars().count();
    if !(3..=UNKNOWN_ORG_MAX).contains(&n)
        || NOT_NAMES.contains(word)
        || shape::is_stop_word(word)
        || word.ends_with(['의', '는', '를', '을', '에', '와', '과', '로', '도', '인'])
        || word.ends_with(VERBAL_ENDINGS)
        || shape::has_name_form(word)
    {
        return None;
    }
    let before = text[..ws].strip_suffix("전 ").map_or(ws, |b| b.len());
    let name = korean_name_before(text, before)?;
    let name_word = &text[name.0..name.1];
    // a foreign given name and surname (`마이클 브로크먼 대표`) are one person's name
    let foreign_pair = before == ws
        && (foreign::is_foreign_given_name(name_word)
            || foreign::is_foreign_name(&[name_word, word]));
    (shape::is_name_shaped(name_word) && !foreign_pair).then_some((name, (ws, ws + word.len())))
}

/// Words for an envoy's post in a country, written before the country that sends the envoy
/// (`주일 미국대사`: the US ambassador to Japan).
const POSTS_ABROAD: [&str; 8] = [
    "주한",
    "주일",
    "주미",
    "주중",
    "주러",
    "주영",
    "주유엔",
    "주북",
];

/// Is `c` a place the dictionary knows (`일본`, in `이시바 시게루 일본 총리`)?
fn dictionary_place(c: &Candidate) -> bool {
    c.kind == EntityType::Location
        && matches!(c.label, Label::Entry(_))
        && c.source == Source::Dictionary
}

/// Is the word `s..e` an electoral district after its party or place (`새누리당 성북갑
/// 당협위원장`, `서울 마포을 지역위원장`): a place's short name and 갑, 을 or 병, where a
/// name would stand? `before` are the candidates before it, in text order.
fn electoral_district(text: &str, s: usize, e: usize, before: &[Candidate]) -> bool {
    text[s..e].ends_with(['갑', '을', '병'])
        && before.last().is_some_and(|p| {
            matches!(p.kind, EntityType::Org | EntityType::Location)
                && p.end + 1 == s
                && &text[p.end..s] == " "
        })
}

/// Where the short parenthesized note that ends one space before `at` opens (`(KAIST) 총장`,
/// `(이하 교과부) 장관`): the byte of its `(`.
fn note_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].strip_suffix(") ")?;
    let open = before.rfind('(')?;
    let note = &before[open + 1..];
    ((1..=30).contains(&note.len()) && !note.contains(')')).then_some(open)
}

/// A PERSON found by a pattern at `start..end`.
fn person(start: usize, end: usize) -> Candidate {
    Candidate {
        start,
        end,
        kind: EntityType::Person,
        label: Label::Surface,
        source: Source::Pattern,
    }
}

/// A LOCATION found by a pattern at `start..end`.
fn location(start: usize, end: usize) -> Candidate {
    Candidate {
        kind: EntityType::Location,
        ..person(start, end)
    }
}

/// The Hangul word that ends one space before `at`, starting at a boundary.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    word_ending_at(text, text[..at].strip_suffix(' ')?.len())
}

/// The Hangul word that ends at byte `end`, starting at a boundary.
pub(super) fn word_ending_at(text: &str, end: usize) -> Option<(usize, &str)> {
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| Script::of(c) == Script::Hangul)
        .last()
        .map(|(i, _)| i)?;
    if let Some(p) = before[..start].chars().next_back() {
        if Script::of(p).is_word() {
            return None;
        }
    }
    Some((start, &before[start..]))
}

/// A bare Korean name ending one space before `at`: a surname and a two-syllable given name
/// (`윤정민`), or a two-syllable surname and given name (`남궁민수`). Two-syllable names
/// (`이영`) are too easily common nouns (`경찰`, `심지`): they come from dictionaries.
fn korean_name_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text[..at].strip_suffix(' ')?;
    korean_name_ending_at(text, before.len()).or_else(|| quoted_name_ending_at(text, before))
}

/// The quotation marks news writes a name in before its title (`'안호상' 교수는`).
const NAME_QUOTES: [(char, char); 4] = [('\'', '\''), ('‘', '’'), ('"', '"'), ('“', '”')];

/// A Korean name alone in quotation marks that close at the end of `before`, the quotation
/// opening a word (`… '안호상'`).
fn quoted_name_ending_at(text: &str, before: &str) -> Option<(usize, usize)> {
    NAME_QUOTES.iter().find_map(|&(open, close)| {
        let inner = before.strip_suffix(close)?;
        let (s, e) = korean_name_ending_at(text, inner.len())?;
        let outside = text[..s].strip_suffix(open)?;
        outside
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "([".contains(c))
            .then_some((s, e))
    })
}

/// A bare Korean name ending at byte `end`.
fn korean_name_ending_at(text: &str, end: usize) -> Option<(usize, usize)> {
    let (start, word) = word_ending_at(text, end)?;
    let syllables = word.chars().count();
    let first = word.chars().next()?;
    let shaped = match syllables {
        3 => shape::is_surname(first),
        4 => shape::compound_surname(word).is_some(),
        _ => false,
    };
    if !shaped || NOT_NAMES.contains(word) {
        return None;
    }
    // A word ending in 당 before a title is a party (`한빛당 대표`, `노동당 위원장`).
    if !shape::has_name_form(word) {
        return None;
    }
    // A word ending in a particle that names never end in is a noun phrase, not a name
    // (`은`, `이` and `가` end many given names, so they stay; so does `도` of a word that
    // reads as a name: `곽상도`, `김영도`).
    if word.ends_with(['의', '는', '를', '을', '에', '와', '과', '로']) {
        return None;
    }
    if word.ends_with('도') && !shape::is_likely_name(word, 0.0) {
        return None;
    }
    // the subject particle after the stem (`타구가 투수에`): no name in apposition
    let last = word.char_indices().next_back().map_or(0, |(i, _)| i);
    if people::subject_marked_name(word, last) {
        return None;
    }
    if common_word_before_title(word) {
        return None;
    }
    Some((start, start + word.len()))
}

/// Final syllables of verb forms that end a clause before the noun it qualifies or the next
/// clause (`신 회장을 제외한 롯데 총수`, `장례를 치르고 서울시 …본부장이`, `경고음이 울리자
/// 총리`): a three-syllable word ending in one reads as a name only when its syllables do not
/// lean to a word (`김영한`, `김영자`, `이문한`).
const CLAUSE_ENDINGS: [char; 4] = ['한', '고', '자', '며'];

/// Is `word`, a three- or four-syllable word right before a title (or an organization and a
/// title), a common word rather than a name? A surname glued to 씨 (`임씨가`: the surname is the
/// name, found with its 씨); or, when its syllables do not lean to a name, a frequent word of
/// news (`그러나`, `소속사`), one with a particle (`누나가`, `당국이`, `경찰은`) or a verb form
/// (`제외한`, `치르고`), a unit of an organization (`탁구단`) or a word of syllables no name
/// has (`국내차`). A name that is also a frequent word still passes (`최순실`, `오거돈`).
pub(super) fn common_word_before_title(word: &str) -> bool {
    let score = shape::name_score(word);
    let below = |floor: f32| score.is_some_and(|s| s < floor);
    if word.chars().nth(1) == Some('씨') || is_hi_adverb(word) || people::noun_and_copula(word) {
        return true;
    }
    let common = || {
        let stem_len = word.len() - guess_particle(word).map_or(0, |p| p.len);
        shape::is_stop_word(word) || shape::is_stop_word(&word[..stem_len])
    };
    (word.ends_with(CLAUSE_ENDINGS) && below(VERB_FORM_FLOOR))
        || (below(COMMON_WORD_FLOOR) && common())
        // the unit of an organization before its head's title (`한국마사회 탁구단 감독`)
        || (word.ends_with(people::UNIT_ENDINGS) && below(0.0))
        // syllables no name has, spelled like no transliteration either (`국내차`)
        || (below(WORD_FLOOR) && foreign::transliteration_score(word) < 0.0)
}

/// A three-syllable word ending in the adverb suffix 히 (`단순히 기자 개인의`, `솔직히`,
/// `여전히`, `충분히`), with or without a particle: the name model has 히 as the last syllable of
/// one distinct name against 59 ordinary words, and every such word that stands often in the
/// free corpora (KLUE WikiTree sentences: 솔직히 93, 여전히 47, 상당히 34 …) is an adverb.
fn is_hi_adverb(word: &str) -> bool {
    let stem = &word[..word.len() - guess_particle(word).map_or(0, |p| p.len)];
    stem.ends_with('히')
        && stem.chars().count() == 3
        && stem.chars().all(|c| Script::of(c) == Script::Hangul)
}

/// The log-odds under which any word before a title, not spelled like a transliteration, is
/// no name (`국내차` -7.1; foreign names that start like a surname, `소니아` -5.2, pass by
/// their spelling).
const WORD_FLOOR: f32 = -6.0;

/// The name-model log-odds under which a verb form before a title is no name (`제외한` -2.6,
/// `참석한` -2.4; `이문한` -0.3 is a name). Chosen on ko-news-text lines 1–14,758.
const VERB_FORM_FLOOR: f32 = -1.0;

/// The log-odds under which a frequent word before a title is no name (`소속사` -5.2, `경찰은`
/// -6.1; names news writes often bare lean higher: `오거돈` -3.0, `김용판` -1.8).
const COMMON_WORD_FLOOR: f32 = -4.0;

/// The Korean name listed right before the name at `at`, joined by `·` or `,`.
fn listed_name_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text[..at]
        .strip_suffix('·')
        .or_else(|| text[..at].strip_suffix(", "))
        .or_else(|| text[..at].strip_suffix(','))?;
    korean_name_ending_at(text, before.len())
}

/// A foreign name in Hangul (two or three words) ending one space before `at`.
fn foreign_name_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let (mut s2, mut last) = word_before(text, at)?;
    // `전` or `현` right before the title, or the organization and the title, is the marker,
    // no surname (`빌 리처드슨 전 뉴멕시코주 주지사`): the name ends before it. A surname of
    // another syllable stays one (`제이슨 권 교수`); `전 전` is left alone, and so is a Korean
    // name before the marker (`교체와 원세훈 전 국정원장`), found as one alone.
    if matches!(last, "전" | "현") {
        (s2, last) = word_before(text, s2)?;
        if matches!(last, "전" | "현") || korean_name_ending_at(text, s2 + last.len()).is_some() {
            return None;
        }
    }
    let (s1, first) = word_before(text, s2)?;
    let end = s2 + last.len();
    let (start, words) = match word_before(text, s1) {
        Some((s0, w0))
            if w0.chars().count() <= 4
                && !NOT_NAMES.contains(w0)
                && w0.chars().any(|c| TRANSLITERATION.contains(c)) =>
        {
            (s0, vec![w0, first, last])
        }
        _ => (s1, vec![first, last]),
    };
    let syllables: usize = words.iter().map(|w| w.chars().count()).sum();
    let (last_word, leading) = words.split_last()?;
    // A one-syllable last word is a Korean surname after a foreign given name (`제이슨 권`);
    // the given name is then no frequent word of news (`역시 김 의원`), unless people are
    // named so (`마이클`).
    if last_word.chars().count() == 1
        && leading
            .iter()
            .any(|w| shape::is_stop_word(w) && !foreign::is_foreign_given_name(w))
    {
        return None;
    }
    let looks_foreign = words.iter().all(|w| {
        w.chars().count() <= 5
            && !NOT_NAMES.contains(w)

            && guess_particle(w).is_none_or(|p| p.len == 0 || w.chars().count() <= 2)
    }) && leading.iter().all(|w| !w.ends_with(VERBAL_ENDINGS))
        && !last_word.is_empty()
        && words
            .iter()
            .filter(|w| w.chars().any(|c| TRANSLITERATION.contains(c)))
            .count()
            >= 1
        && (3..=11).contains(&syllables)
        && words[0].chars().count() >= 1
        // and, over its words, the spelling leans no way Korean (`유일 진보좌파 후보`)
        && words
            .iter()
            .map(|w| foreign::transliteration_score(w))
            .sum::<f32>()
            >= 0.0;
    // or spelled like a transliteration by the model, read as the title beside it allows
    // (`세키야 나오야`)
    let modelled = || foreign::is_foreign_name_in_context(&words);
    (looks_foreign || modelled()).then_some((start, end))
}

/// Organizations by suffix, by `(주)`/`㈜`, and Latin acronyms before 측/사; `words` are the
/// words of `text`.
fn organizations(text: &str, words: &[Run], dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    let mut d = 0usize; // the first dictionary candidate that may overlap the current word
    for &Run {
        start, end, ends, ..
    } in words
    {
        let word = &text[start..end];
        let after_prefix = text[..start].ends_with("(주)") || text[..start].ends_with('㈜');
        // Most words end in no suffix's last syllable (before a particle of up to four) and
        // start with no capital: no candidate.
        if ends & scan::ORG_SUFFIX == 0
            && !word.starts_with(|c: char| c.is_ascii_uppercase())
            && !after_prefix
        {
            continue;
        }
        while d < dictionary.len() && dictionary[d].end <= start {
            d += 1;
        }
        // a group's Latin name the dictionary knows, glued to the rest of an affiliate's name
        // (`CJ글로벌홀딩스`, `KT스카이라이프`): the affiliate, the longest name, wins
        let group_prefix = dictionary.get(d).is_some_and(|c| {
            c.start == start
                && c.end < end
                && c.kind == EntityType::Org
                && text[c.start..c.end].bytes().all(|b| b.is_ascii_uppercase())
                && text[c.end..end].starts_with(|ch: char| Script::of(ch) == Script::Hangul)
        });
        if dictionary.get(d).is_some_and(|c| c.start < end) && !group_prefix {
            continue;
        }
        let Some(len) = org_word(word, after_prefix) else {
            continue;
        };
        // the affiliate's own part has a name of two syllables or more before its suffix
        if group_prefix && !affiliate_name(&word[..len]) {
            continue;
        }
        let name = &text[start..start + len];
        if titled_korea(text, start, start + len) {
            continue;
        }
        // A committee is named by its owner (`국회 윤리위원회`, `FIFA 집행위원회`): one ORG
        // from the owner on. Alone, a short one is a generic body (`운영위원회`).
        let before = d
            .checked_sub(1)
            .map(|o| &dictionary[o])
            .filter(|o| o.end + 1 == start && &text[o.end..start] == " ");
        let owner = before.filter(|o| o.kind == EntityType::Org);
        let generic = GENERIC_BODIES.iter().any(|g| name.ends_with(g));
        // a local office named by its part of the city is the city's (`광주 북부경찰서`)
        let city = before.filter(|o| o.kind == EntityType::Location && directional_office(name));
        let from = match (owner, city) {
            (_, Some(c)) => c.start,
            (Some(o), _) if generic => o.start,
            (None, _) if generic_body(name) => continue,
            _ => start,
        };
        out.push(Candidate {
            start: from,
            end: start + len,
            kind: EntityType::Org,
            label: Label::Surface,
            source: Source::Pattern,
        });
    }
}

/// Is the word `s..e`, ending in `코리아`, the title of a show or an event rather than a
/// company's arm in Korea: in quotation marks (`'SNL코리아'`), or before a season's or a
/// year's number (`SNL코리아6`, `투르드코리아 2015`)?
fn titled_korea(text: &str, s: usize, e: usize) -> bool {
    if !text[s..e].ends_with("코리아") {
        return false;
    }
    let after = text[e..].strip_prefix(' ').unwrap_or(&text[e..]);
    text[..s].ends_with(['\'', '‘', '"', '“']) || after.starts_with(|c: char| c.is_ascii_digit())
}

/// Is `name` (a Latin group name glued to Hangul) an affiliate's: a Hangul part of three
/// syllables or more ending in an organization suffix (`CJ글로벌홀딩스`), not the group and a
/// kind of business alone (`CJ그룹`, `LG전자` are the dictionary's)?
fn affiliate_name(name: &str) -> bool {
    let hangul = name.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    hangul.chars().count() >= 4
        && hangul.chars().all(|c| Script::of(c) == Script::Hangul)
        && ORG_SUFFIXES
            .iter()
            .any(|s| hangul.ends_with(s) && hangul.len() - s.len() >= 2 * '가'.len_utf8())
}

/// The parts of a city a local office is named by (`북부경찰서`, `중부소방서`): no name
/// without the city.
const CITY_PARTS: [&str; 5] = ["북부", "남부", "동부", "서부", "중부"];

/// The local offices that cities name by their parts.
const LOCAL_OFFICES: [&str; 3] = ["경찰서", "소방서", "보건소"];

/// Is `name` a local office named by a part of its city (`북부경찰서`)?
fn directional_office(name: &str) -> bool {
    LOCAL_OFFICES.iter().any(|o| {
        name.strip_suffix(o)
            .is_some_and(|part| CITY_PARTS.contains(&part))
    })
}

/// The last syllables of the organization suffixes: a word ending otherwise is no candidate.
static SUFFIX_FINALS: std::sync::LazyLock<SyllableSet> = std::sync::LazyLock::new(|| {
    SyllableSet::new(
        ORG_SUFFIXES
            .iter()
            .filter_map(|s| s.chars().next_back())
            .chain(TRADE_SUFFIXES.iter().filter_map(|s| s.chars().next_back()))
            .chain(
                PARTY_HEADS
                    .iter()
                    .chain(&LONG_NAME_HEADS)
                    .filter_map(|s| s.chars().next_back()),
            )
            .chain(['부', '처', '청', '터', ARMED_FORCES]),
    )
});

/// The word lists of organizations, sorted for lookup.
struct OrgLists {
    suffixes: WordList,
    not_orgs: WordList,
    not_government: WordList,
}

static LISTS: std::sync::LazyLock<OrgLists> = std::sync::LazyLock::new(|| OrgLists {
    suffixes: WordList::new(ORG_SUFFIXES.iter().copied()),
    not_orgs: WordList::new(NOT_ORGS.iter().copied()),
    not_government: WordList::new(NOT_GOVERNMENT.iter().copied()),
});

/// The length of the organization name at the start of `word`, if it is one.
fn org_word(word: &str, after_prefix: bool) -> Option<usize> {
    // A Latin acronym before 측/사: `ABC측은`, `XYZ사는`.
    let latin = word
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_uppercase() && !c.is_ascii_digit())
        .map_or(word.len(), |(i, _)| i);
    if (2..=6).contains(&latin) && word[..latin].starts_with(|c: char| c.is_ascii_uppercase()) {
        let rest = &word[latin..];
        if rest.starts_with('측')
            || (rest.starts_with('사')
                && rest.len() > 3
                && guess_particle(rest).is_some_and(|p| p.len + 3 == rest.len()))
        {
            return Some(latin);
        }
    }
    // Hangul (with Latin or digits) ending in a suffix, maybe followed by particles. Most
    // words end in no suffix's last syllable and stop here.
    let without_particle = word.len() - guess_particle(word).map_or(0, |p| p.len);
    let ends_like_suffix = |len: usize| {
        word[..len]
            .chars()
            .next_back()
            .is_some_and(|c| SUFFIX_FINALS.contains(c))
    };
    let stem_len = if ends_like_suffix(without_particle) {
        without_particle
    } else if ends_like_suffix(word.len()) {
        word.len()
    } else if after_prefix {
        without_particle
    } else {
        return None;
    };
    let stem = &word[..stem_len];
    if after_prefix && stem.chars().count() >= 2 {
        return Some(stem_len);
    }
    // no suffix ends in 군: a country's forces or nothing
    if stem.ends_with(ARMED_FORCES) {
        return armed_forces(stem).then_some(stem_len);
    }
    if !stem.chars().any(|c| Script::of(c) == Script::Hangul) || LISTS.not_orgs.contains(stem) {
        return None;
    }
    // A suffix with at least one syllable before it; a kind's suffix after a common word
    // names a kind (`건강보험`, `카드뉴스`, `책임병원`), and `전자` after a word that ends in
    // `전` is that word and `자` (`유전자`, `도전자`).
    if let Some(suffix) = LISTS.suffixes.tails(stem).find(|s| s.len() < stem.len()) {
        let before = &stem[..stem.len() - suffix.len()];
        // a number before the suffix counts bodies (`1은행`, `2공사`), it names none
        if before.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let kind = KIND_SUFFIXES.contains(&suffix) && shape::is_stop_word(before);
        let person = suffix == "전자" && shape::is_stop_word(&stem[..stem.len() - "자".len()]);
        return (!kind && !person).then_some(stem_len);
    }
    if let Some(trade) = TRADE_SUFFIXES.iter().find(|s| stem.ends_with(**s)) {
        let name = &stem[..stem.len() - trade.len()];
        return (name.chars().count() == 2
            && name.chars().all(|c| Script::of(c) == Script::Hangul)
            && !shape::is_stop_word(name))
        .then_some(stem_len);
    }
    let hangul = |w: &str| {
        w.chars()
            .filter(|&c| Script::of(c) == Script::Hangul)
            .count()
    };
    if PARTY_HEADS
        .iter()
        .any(|h| stem.len() > h.len() && stem.ends_with(h))
        && stem.chars().all(|c| Script::of(c) == Script::Hangul)
        && !shape::is_stop_word(stem)
    {
        return Some(stem_len);
    }
    if let Some(head) = LONG_NAME_HEADS.iter().find(|h| stem.ends_with(**h)) {
        let before = &stem[..stem.len() - head.len()];
        return (hangul(before) >= LONG_NAME_BEFORE
            && !before.chars().any(|c| LOANWORD.contains(c))
            && !shape::is_stop_word(stem))
        .then_some(stem_len);
    }
    if let Some(field) = stem.strip_suffix(CENTRE) {
        return named_centre(field).then_some(stem_len);
    }
    // a couple (`신혼부부`) is no ministry
    let government =
        ["부", "처", "청"].iter().any(|s| stem.ends_with(s)) && !stem.ends_with("부부");
    if government
        && stem.chars().count() >= 4
        && stem
            .chars()
            .all(|c| Script::of(c) == Script::Hangul && !LOANWORD.contains(c))
        && LISTS.not_government.tails(stem).next().is_none()
    {
        return Some(stem_len);
    }
    None
}

/// The head of a centre's name (`시민방사능감시센터`).
const CENTRE: &str = "센터";

/// What a centre named at length does or serves, when that alone is a kind of centre every
/// town or firm has (`자진신고센터`, `유통물류센터`, `응급의료센터`, `다산콜센터`,
/// `가족지원센터`, `건강증진센터`, `치매안심센터`, `지역고용센터`, `기업금융센터`,
/// `장기이식센터`), or a building (`세계무역센터`).
#[rustfmt::skip]
const CENTRE_KINDS: [&str; 16] = [
    "신고", "물류", "의료", "관제", "콜", "상담", "고객", "서비스", "지원", "증진", "안심",
    "고용", "금융", "이식", "무역", "여행정보",
];

/// Is `field`, the words before `센터`, a centre's own name: four Hangul syllables or more
/// (`시민방사능감시`, `인권민주주의정보`, `광양노인복지`), no common word, and no kind of
/// centre ([`CENTRE_KINDS`])? Shorter, a centre is named by its field alone (`데이터센터`,
/// `물류센터`, `암센터`, `프레스센터`) or is a building (`록펠러센터`).
fn named_centre(field: &str) -> bool {
    field.chars().count() >= 4
        && field
            .chars()
            .all(|c| Script::of(c) == Script::Hangul && !LOANWORD.contains(c))
        && !shape::is_stop_word(field)
        && !CENTRE_KINDS.iter().any(|k| field.ends_with(k))
}

/// The syllable of a country's armed forces glued to the country (`러시아군`, `미군`). After a
/// Korean place the same syllable is a county (`양평군`), so only countries take it.
const ARMED_FORCES: char = '군';

/// The countries of `dictionaries/location.tsv` (`kind=country`) in their Hangul forms of two
/// syllables or more, and the short forms news glues to 군 (`미군`: the US forces; `국군`: the
/// Korean ones).
static COUNTRIES: std::sync::LazyLock<WordList> =
    std::sync::LazyLock::new(|| WordList::new(place_forms("country").chain(["미", "국"])));

/// The surfaces (canonical and aliases) of the embedded places of one `kind=`, in their Hangul
/// forms of two syllables or more.
fn place_forms(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    let attribute = format!("kind={kind}");
    include_str!("../../../dictionaries/location.tsv")
        .lines()
        .filter(move |l| !l.starts_with('#') && l.split(';').any(|a| a.ends_with(&attribute)))
        .flat_map(|l| {
            let mut cols = l.split('\t');
            let canonical = cols.next().unwrap_or("");
            let aliases = cols.nth(1).unwrap_or("");
            std::iter::once(canonical).chain(aliases.split('|'))
        })
        .filter(|w| w.chars().count() >= 2 && w.chars().all(|c| ('가'..='힣').contains(&c)))
}

/// Is `stem` a country's armed forces, the country and 군 (`러시아군`, `중국군`, `미군`)?
fn armed_forces(stem: &str) -> bool {
    stem.strip_suffix(ARMED_FORCES)
        .is_some_and(|country| COUNTRIES.contains(country))
}

/// A name found once by its context is a name wherever else it stands as a word.
fn repeat_found_names(
    text: &str,
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
    first: usize,
) {
    // Each surface once, with the kind it was first found as (a set, not a scan of the list:
    // a long text finds thousands of names).
    let mut names: Vec<(&str, EntityType)> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for c in &out[first..] {
        let surface = &text[c.start..c.end];
        if surface.chars().count() >= 2 && seen.insert(surface) {
            names.push((surface, c.kind));
        }
    }
    if names.is_empty() {
        return;
    }
    let surfaces: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
    let hits = find_all(text, &surfaces);
    let mut found: Vec<Candidate> = out[first..].to_vec();
    found.sort_by_key(|c| c.start);
    let taken = |list: &[Candidate], s: usize, e: usize| {
        let i = list.partition_point(|d| d.end <= s);
        list.get(i).is_some_and(|d| d.start < e)
    };
    let mut repeats = Vec::new();
    for (s, e, k) in hits {
        if taken(dictionary, s, e) || taken(&found, s, e) || taken(&repeats, s, e) {
            continue;
        }
        if stands_alone(text, s, e, false) {
            repeats.push(Candidate {
                start: s,
                end: e,
                kind: names[k].1,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
    out.extend(repeats);
}

/// For tests of the recognizers: a dictionary mention of `kind` at the first `name` in `text`.
#[cfg(test)]
pub(super) fn dictionary_hit(text: &str, kind: EntityType, name: &str) -> Candidate {
    let s = text.find(name).expect("the name is in the test text");
    Candidate {
        start: s,
        end: s + name.len(),
        kind,
        label: Label::Surface,
        source: Source::Dictionary,
    }
}

/// For tests of the recognizers that read the dictionary's candidates and the words of the
/// one pass of [`heads`]: the surfaces that `recognizer` finds in `text`, in text order.
#[cfg(test)]
fn surfaces_found<'t>(
    recognizer: fn(&str, &heads::HeadHits, &[Candidate], &mut Vec<Candidate>),
    text: &'t str,
    dictionary: &[Candidate],
) -> Vec<&'t str> {
    let mut out = Vec::new();
    recognizer(text, &heads::HeadHits::new(text), dictionary, &mut out);
    out.sort_by_key(|c| c.start);
    out.iter().map(|c| &text[c.start..c.end]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, dict: &[Candidate]) -> Vec<(String, EntityType)> {
        let mut out = Vec::new();
        recognize(text, dict, &mut out);
        out.sort_by_key(|c| c.start);
        out.iter()
            .map(|c| (text[c.start..c.end].to_string(), c.kind))
            .collect()
    }

    #[test]
    fn korean_names_before_titles_and_their_repeats() {
        let text = "[서울=뉴시스]윤정민 기자 = 신임 회장이 왔다. 윤정민은 답했다.";
        let dict = vec![
            dictionary_hit(text, EntityType::Title, "기자"),
            dictionary_hit(text, EntityType::Title, "회장"),
        ];
        let names = found(text, &dict);
        assert_eq!(
            names,
            [
                ("윤정민".to_string(), EntityType::Person),
                ("윤정민".to_string(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn listed_names_share_the_title() {
        let text = "참여한 의원은 김정재·윤종필·박찬우 의원 등이다.";
        let at = text.find("의원 등").unwrap();
        let dict = [Candidate {
            start: at,
            end: at + "의원".len(),
            kind: EntityType::Title,
            label: Label::Surface,
            source: Source::Dictionary,
        }];
        let names: Vec<String> = found(text, &dict).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["김정재", "윤종필", "박찬우"]);
    }

    #[test]
    fn foreign_names_before_titles() {
        let text = "크리스 레한 부사장과 반도체 기업 대표가 만났다.";
        let dict = vec![
            dictionary_hit(text, EntityType::Title, "부사장"),
            dictionary_hit(text, EntityType::Title, "대표"),
        ];
        let names = found(text, &dict);
        assert_eq!(names, [("크리스 레한".to_string(), EntityType::Person)]);
    }

    #[test]
    fn particles_stay_out_of_names() {
        // the name is found by its shape, without its particle; the title does not take the
        // whole word as a name
        let text = "김철수의 회장 선임";
        let dict = vec![dictionary_hit(text, EntityType::Title, "회장")];
        assert_eq!(
            found(text, &dict),
            [("김철수".to_string(), EntityType::Person)]
        );
    }

    #[test]
    fn organizations_by_suffix_prefix_and_acronym() {
        let text = "한빛전자와 미래소프트(주)는 ㈜다온 및 국토미래부, 걸그룹, 보수공사, 정부, 인프라스트럭처, XYZ측은 반대했다.";
        let names: Vec<String> = found(text, &[]).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            ["한빛전자", "미래소프트", "다온", "국토미래부", "XYZ"]
        );
    }

    #[test]
    fn councils_companies_and_korean_arms_by_suffix() {
        let text = "전국약사단체협의회와 한빛게임즈, 다온코리아는 'SNL코리아' 출연과 교수협의회를 반대했다.";
        let names: Vec<String> = found(text, &[]).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["전국약사단체협의회", "한빛게임즈", "다온코리아"]);
    }

    #[test]
    fn a_liberation_front_by_its_people_or_land() {
        assert_eq!(
            org_word("모로이슬람해방전선과", false),
            Some("모로이슬람해방전선".len())
        );
        assert_eq!(
            org_word("팔레스타인해방기구", false),
            Some("팔레스타인해방기구".len())
        );
        assert_eq!(org_word("해방전선이", false), None);
    }

    #[test]
    fn a_kind_of_broadcast_work_or_group_is_no_name() {
        assert_eq!(org_word("경인방송은", false), Some("경인방송".len()));
        assert_eq!(org_word("다온그룹", false), Some("다온그룹".len()));
        for word in ["안내방송이", "교체공사를", "아이돌그룹", "증인신문에서"]
        {
            assert_eq!(org_word(word, false), None, "{word}");
        }
    }
}
