//! Dictionary entities on Korean sentences written for these tests: word boundaries,
//! particles, aliases, overlaps, and byte and char offsets agreeing.

use korex::{Document, EntityType, Entry, Extractor, Source};

const TEST_DICT: &str = "\
# test dictionary
퓨처랩스\tORG\tFL|퓨처랩\tkind=company
한빛은행\tORG\t한빛|HB은행
한빛은행\tORG\t빛은\tonly=standalone
대한민국\tLOCATION\t한국|韓
미국\tLOCATION\t美
중국\tLOCATION\t中
서울\tLOCATION
도쿄\tLOCATION
제인 도우\tPERSON\t제인 도|Jane Doe
김가온\tPERSON\t\ttitle=회장
회장\tTITLE
최고경영자\tTITLE\tCEO
마이크로소프트\tORG\tMS
남궁\tPERSON\t\tonly=before-title
";

/// The test dictionary alone, without discovery: dictionary boundaries only.
fn extractor() -> Extractor {
    Extractor::builder()
        .default_dictionaries(false)
        .discovery(false)
        .dictionary_str("test.tsv", TEST_DICT)
        .build()
        .expect("test dictionary loads")
}

/// `(mention text, canonical, type)` in document order.
fn mentions(doc: &Document) -> Vec<(String, String, EntityType)> {
    let mut all: Vec<_> = doc
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.start, m.text.clone(), e.canonical.clone(), e.kind))
        })
        .collect();
    all.sort();
    all.into_iter().map(|(_, t, c, k)| (t, c, k)).collect()
}

fn texts(doc: &Document) -> Vec<String> {
    mentions(doc).into_iter().map(|(t, _, _)| t).collect()
}

#[test]
fn particles_are_split_off() {
    let doc = extractor().extract("퓨처랩스가 한빛은행과 서울에서도 협약을 맺었다.");
    assert_eq!(texts(&doc), ["퓨처랩스", "한빛은행", "서울"]);
}

#[test]
fn never_inside_a_word() {
    let doc = extractor().extract("한국어 교재와 한국형 모델, 빛은행은 아니다.");
    assert!(texts(&doc).is_empty(), "{:?}", texts(&doc));
}

#[test]
fn script_changes_and_punctuation_are_boundaries() {
    let doc = extractor().extract("퓨처랩스·한빛은행 등이 MS데이터센터를 찾았다(FL).");
    assert_eq!(texts(&doc), ["퓨처랩스", "한빛은행", "MS", "FL"]);
}

#[test]
fn compound_heads_keep_the_name() {
    let doc = extractor().extract("도쿄지사가 문을 열었고 서울본사는 그대로다.");
    assert_eq!(texts(&doc), ["도쿄", "서울"]);
}

#[test]
fn aliases_join_one_entity() {
    let doc = extractor()
        .extract("퓨처랩스는 FL로도 불린다. 퓨처랩이 밝혔다. Jane Doe와 제인 도우가 만났다.");
    let orgs: Vec<_> = doc.entities_of(EntityType::Org).collect();
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0].canonical, "퓨처랩스");
    assert_eq!(orgs[0].mentions.len(), 3);
    let people: Vec<_> = doc.entities_of(EntityType::Person).collect();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].canonical, "제인 도우");
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn longest_surface_wins_the_overlap() {
    // `제인 도우` and `제인 도` both start here: the longer one is the mention.
    let doc = extractor().extract("제인 도우는 말했다.");
    assert_eq!(texts(&doc), ["제인 도우"]);
}

#[test]
fn hanja_abbreviations_are_countries() {
    let doc = extractor().extract("韓美 정상회담, 中 반발");
    assert_eq!(
        mentions(&doc)
            .into_iter()
            .map(|(t, c, _)| (t, c))
            .collect::<Vec<_>>(),
        [
            ("韓".to_string(), "대한민국".to_string()),
            ("美".to_string(), "미국".to_string()),
            ("中".to_string(), "중국".to_string())
        ]
    );
}

#[test]
fn conditions_restrict_ambiguous_surfaces() {
    let ex = extractor();
    // `빛은` is marked standalone: a whole word with particles, never a compound modifier.
    assert_eq!(texts(&ex.extract("빛은과 퓨처랩스")), ["빛은", "퓨처랩스"]);
    assert!(texts(&ex.extract("빛은지사 빛은AI")).is_empty());
    // `한빛` has no condition: it may head a compound or meet another script.
    assert_eq!(texts(&ex.extract("한빛지사 한빛AI")), ["한빛", "한빛"]);
    assert!(texts(&ex.extract("남궁에 가다")).is_empty());
    assert_eq!(texts(&ex.extract("남궁 회장이")), ["남궁", "회장"]);
}

#[test]
fn byte_and_char_offsets_agree_on_the_original_text() {
    // Full-width letters, NBSP and a decomposed syllable: offsets still point into the input.
    let input = "ＦＬ과\u{00A0}\u{00A0}제인\u{00A0}도우, \u{1112}\u{1161}\u{11AB}빛은행";
    let doc = extractor().extract(input);
    let found = texts(&doc);
    assert_eq!(
        found,
        ["ＦＬ", "제인\u{00A0}도우", "\u{1112}\u{1161}\u{11AB}빛은행"]
    );
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(&input[m.start..m.end], m.text);
            assert_eq!(input[..m.start].chars().count(), m.char_start);
            assert_eq!(input[..m.end].chars().count(), m.char_end);
        }
    }
    assert_eq!(doc.entities[0].canonical, "퓨처랩스");
}

#[test]
fn pattern_names_before_titles() {
    let ex = Extractor::builder()
        .default_dictionaries(false)
        .dictionary_str("test.tsv", TEST_DICT)
        .build()
        .unwrap();
    let doc = ex.extract("[서울=뉴스]박서준 기자 = 이도윤 퓨처랩스 회장은 신임 회장을 만났다.");
    let people: Vec<_> = doc.entities_of(EntityType::Person).collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].canonical, "이도윤");
    assert_eq!(people[0].mentions[0].source, Source::Pattern);
}

#[test]
fn entries_from_code_and_files_merge() {
    let dir = std::env::temp_dir().join(format!("korex-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("extra.tsv");
    std::fs::write(&path, "새봄전자\tORG\t새봄\n").unwrap();
    let ex = Extractor::builder()
        .default_dictionaries(false)
        .dictionary_file(&path)
        .entry(Entry::new("새봄전자", EntityType::Org).alias("SB"))
        .build()
        .unwrap();
    let doc = ex.extract("새봄과 SB는 같은 회사, 새봄전자다.");
    assert_eq!(doc.entities.len(), 1);
    assert_eq!(doc.entities[0].mentions.len(), 3);
}

#[test]
fn bad_dictionary_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("korex-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.tsv");
    std::fs::write(&path, "# ok\n좋은회사\tORG\n나쁜회사\tCOMPANY\n").unwrap();
    let err = Extractor::builder()
        .dictionary_file(&path)
        .build()
        .expect_err("a bad type is an error");
    assert_eq!(err.line(), Some(3));
    assert!(
        err.to_string()
            .contains("bad.tsv:3: unknown entity type `COMPANY`"),
        "{err}"
    );
    let missing = Extractor::builder()
        .dictionary_file(dir.join("missing.tsv"))
        .build()
        .expect_err("a missing file is an error");
    assert!(
        missing.to_string().contains("missing.tsv: cannot read"),
        "{missing}"
    );
}

#[test]
fn json_follows_the_schema() {
    let doc = extractor().extract("퓨처랩스가");
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "id": null,
            "reference_date": null,
            "entities": [{
                "id": "e0", "type": "ORG", "canonical": "퓨처랩스", "value": null,
                "mentions": [{"text": "퓨처랩스", "start": 0, "end": 12, "char_start": 0, "char_end": 4, "source": "dictionary"}]
            }],
            "relations": []
        })
    );
    let back: Document = serde_json::from_value(json).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn a_longer_surface_does_not_leak_its_suffix() {
    // `니스비즈` is a surface; while the automaton reads it, `니스` ends inside — no match.
    let ex = Extractor::builder()
        .default_dictionaries(false)
        .dictionary_str("t.tsv", "니스\tLOCATION\n비즈니스워치\tORG\n")
        .build()
        .unwrap();
    assert!(texts(&ex.extract("이를 활용해 비즈니스 모델을 만든다")).is_empty());
    assert_eq!(
        texts(&ex.extract("비즈니스워치와 니스")),
        ["비즈니스워치", "니스"]
    );
}

#[test]
fn a_surname_and_title_links_only_to_a_person_of_that_title() {
    let ex = Extractor::default();
    let mentions = |text: &str, name: &str| -> Vec<String> {
        ex.extract(text)
            .entities
            .iter()
            .filter(|e| e.canonical == name)
            .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
            .collect()
    };
    assert_eq!(
        mentions(
            "강석훈 한국산업은행 회장이 왔다. 강 회장은 투자를 밝혔다.",
            "강석훈"
        ),
        ["강석훈", "강 회장"]
    );
    assert_eq!(
        mentions(
            "추경호 경제부총리가 왔다. 추 부총리는 세제를 설명했다.",
            "추경호"
        ),
        ["추경호", "추 부총리"]
    );
    // A director is not the minister of the next sentence.
    let found = mentions(
        "한지호 감독의 작품이다. 한 장관의 등장에 주민들이 항의했다.",
        "한지호",
    );
    assert!(!found.contains(&"한 장관".to_string()), "{found:?}");
}

/// 전 and 현 between a surname and a title mark a former or current holder (`하 전 사장`);
/// after a full name they are that name's marker, never the surname 전 (`전두환 전 대통령`).
#[test]
fn former_and_current_markers_in_surname_titles() {
    let ex = Extractor::default();
    let doc = ex.extract(
        "전두환 전 대통령은 연설했다. 하영구 전 한국씨티은행 사장이 왔다. 하 전 사장은 \
         웃었다. 김영석 해양수산부 장관도 참석했다. 김 현 장관은 말이 없었다.",
    );
    let mentions = |name: &str| -> Vec<&str> {
        doc.entities
            .iter()
            .filter(|e| e.canonical == name)
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect()
    };
    assert_eq!(mentions("전두환"), ["전두환"]);
    assert_eq!(mentions("대통령"), ["대통령"]);
    assert_eq!(mentions("하영구"), ["하영구", "하 전 사장"]);
    assert_eq!(mentions("김영석"), ["김영석", "김 현 장관"]);
    let titled: Vec<&str> = doc
        .relations
        .iter()
        .filter(|r| r.kind == "position")
        .filter_map(|r| r.args.iter().find(|a| a.role == "person"))
        .filter_map(|a| a.entity.as_deref())
        .filter_map(|id| doc.entities.iter().find(|e| e.id == id))
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(titled.contains(&"전두환"), "{titled:?}");
}

/// A person named only by a surname and a title keeps both as the mention and the canonical
/// name (`박 대통령`, as the gold keeps `강 회장`); the title keeps its own mention inside it,
/// so the position between the two still names both. A full name stated before wins.
#[test]
fn a_surname_with_its_title_is_one_mention() {
    let ex = Extractor::default();
    let doc = ex.extract("박 대통령은 이날 베트남을 방문했다.");
    let person = doc
        .entities_of(EntityType::Person)
        .next()
        .expect("a person");
    assert_eq!(person.canonical, "박 대통령");
    assert_eq!(person.mentions[0].text, "박 대통령");
    let title = doc.entities_of(EntityType::Title).next().expect("a title");
    assert_eq!(title.mentions[0].text, "대통령");
    assert!(title.mentions[0].start > person.mentions[0].start);
    assert!(doc.relations.iter().any(|r| r.kind == "position"));

    let doc = ex.extract("김가온 회장은 웃었다. 김 회장은 말했다.");
    let person = doc
        .entities_of(EntityType::Person)
        .next()
        .expect("a person");
    assert_eq!(person.canonical, "김가온");

    // 씨 glued or one space on, but not a word that starts with 씨
    let doc = ex.extract("최씨는 부인했다. 양측은 씨름 대회를 열었다.");
    let names: Vec<&str> = doc
        .entities_of(EntityType::Person)
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(names, ["최씨"]);
}

/// A name withheld as `김모` or `김 모` takes its honorific, glued or one space on (`김모 씨`,
/// `윤모씨`, as the gold writes them), but not its title (`양모 대표`: `모` already stands for
/// the given name).
#[test]
fn a_withheld_name_takes_its_honorific_not_its_title() {
    let ex = Extractor::default();
    let people = |text: &str| -> Vec<String> {
        ex.extract(text)
            .entities_of(EntityType::Person)
            .map(|e| e.mentions[0].text.clone())
            .collect()
    };
    assert_eq!(people("경찰은 김모 씨를 붙잡았다."), ["김모 씨"]);
    assert_eq!(people("그는 윤모씨에게 허위 사실을 알렸다."), ["윤모씨"]);
    assert_eq!(people("김 모 씨가 숨졌다."), ["김 모 씨"]);
    assert_eq!(people("양모 대표는 말했다."), ["양모"]);
    assert_eq!(people("이모(74)씨는 말했다."), ["이모"]);
}

/// Every PERSON mention text and every TITLE mention text of `text`, in text order.
fn people_and_titles(ex: &Extractor, text: &str) -> (Vec<String>, Vec<String>) {
    let doc = ex.extract(text);
    let of = |kind: EntityType| {
        let mut found: Vec<(usize, String)> = doc
            .entities_of(kind)
            .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.text.clone())))
            .collect();
        found.sort();
        found.into_iter().map(|(_, t)| t).collect::<Vec<_>>()
    };
    (of(EntityType::Person), of(EntityType::Title))
}

/// A role noun before a list names every member (`가수 제시카, 니콜 등`), a stage name or a
/// name whose odds alone lean away from one included; a common word after the separator ends
/// the list.
#[test]
fn a_role_noun_names_every_member_of_its_list() {
    let ex = Extractor::default();
    let (people, _) = people_and_titles(&ex, "행사에는 가수 하루비, 도담, 서하린 등이 나왔다.");
    assert_eq!(people, ["하루비", "도담", "서하린"]);
    let (people, _) = people_and_titles(&ex, "그는 멤버 김도진, 마이키와의 추억을 말했다.");
    assert_eq!(people, ["김도진", "마이키"]);
    let (people, _) = people_and_titles(&ex, "배우 김도진, 영화 제작사 대표도 왔다.");
    assert_eq!(people, ["김도진"]);
}

/// The national team between a name and its role (`슈틸리케 대표팀 감독`): the role is the
/// person's title, and a foreign name of two words is read whole there.
#[test]
fn a_name_before_the_national_team_and_its_role() {
    let ex = Extractor::default();
    let (people, titles) = people_and_titles(&ex, "울리 슈틸리케 대표팀 감독의 요청이 있었다.");
    assert_eq!(people, ["울리 슈틸리케"]);
    assert_eq!(titles, ["감독"]);
    let (people, titles) = people_and_titles(&ex, "박지훈 축구대표팀 코치가 말했다.");
    assert_eq!(people, ["박지훈"]);
    assert_eq!(titles, ["코치"]);
    // a country or a side before the team is no name
    let (people, _) = people_and_titles(&ex, "여자 대표팀 감독이 말했다.");
    assert!(people.is_empty(), "{people:?}");
}

/// The head of a body named in a note after it, the title first (`재단(이사장 김도진)은`).
#[test]
fn a_name_after_a_title_in_a_note() {
    let ex = Extractor::default();
    let (people, _) = people_and_titles(&ex, "한빛재단(이사장 김도진)은 밝혔다.");
    assert_eq!(people, ["김도진"]);
    let (people, _) = people_and_titles(&ex, "조사기관 미래리서치(대표: 이현석)가 발표했다.");
    assert_eq!(people, ["이현석"]);
    // a vacancy, or a word spelled as a transliteration, is no holder
    let (people, _) = people_and_titles(&ex, "위원회(위원장 공석)는 열리지 않았다.");
    assert!(people.is_empty(), "{people:?}");
    let (people, _) = people_and_titles(&ex, "세계주교대의원회의(주교 시노드) 총회를 앞두고");
    assert!(people.is_empty(), "{people:?}");
}

/// A hanja surname glued to a title, as headlines write a president (`朴대통령`), and players
/// of a relay joined by `~` after one found.
#[test]
fn a_glued_hanja_surname_and_a_relay_of_players() {
    let ex = Extractor::default();
    let (people, titles) = people_and_titles(&ex, "文대통령 지지율이 올랐다.");
    assert_eq!(people, ["文"]);
    assert_eq!(titles, ["대통령"]);
    let (people, _) = people_and_titles(&ex, "불펜은 윤지호~김도진~박정훈이 이어 던졌다.");
    assert_eq!(people, ["윤지호", "김도진", "박정훈"]);
    let (people, _) = people_and_titles(&ex, "서울~부산 구간에서 김도진 씨가 달렸다.");
    assert_eq!(people, ["김도진"]);
}

/// A three-syllable name with its subject or topic particle that opens a sentence needs only
/// odds that lean to a name (`우도현은 …`); elsewhere it needs the bare name's stronger odds,
/// and a kind of person or a group (`강경파`, `사기범`) or a surname glued to a title (`김대리`)
/// opens a sentence as no name.
#[test]
fn a_name_that_opens_a_sentence() {
    let ex = Extractor::default();
    let (people, _) = people_and_titles(&ex, "우도현은 이날 경기에 나섰다.");
    assert_eq!(people, ["우도현"]);
    let (people, _) = people_and_titles(&ex, "그는 3회에 교체됐다. 우도현은 이날 나섰다.");
    assert_eq!(people, ["우도현"]);
    let (people, _) = people_and_titles(&ex, "그는 우도현은 이날 나섰다고 말했다.");
    assert!(people.is_empty(), "{people:?}");
    for text in [
        "강경파가 당을 장악했다.",
        "사기범은 공문을 보냈다.",
        "김대리는 아침마다 급행열차를 탄다.",
    ] {
        let (people, _) = people_and_titles(&ex, text);
        assert!(people.is_empty(), "{text}: {people:?}");
    }
}

/// A club named by its city before its country's note is no person (`레알 마드리드(스페인)`).
#[test]
fn a_club_before_a_country_note_is_no_person() {
    let ex = Extractor::default();
    let (people, _) = people_and_titles(
        &ex,
        "레알 마드리드(스페인)와 바이에른 뮌헨(독일)이 맞붙는다.",
    );
    assert!(people.is_empty(), "{people:?}");
}

/// `후보자` (a nominee) is a role beside a person (`김 후보자는`, `박지훈 후보자가`), and after a
/// role noun a compound of two frequent words is no name (`총리 후보자 자진사퇴`).
#[test]
fn a_nominee_and_a_compound_after_a_role_noun() {
    let ex = Extractor::default();
    let (people, titles) = people_and_titles(&ex, "김 후보자는 22일 사퇴 의사를 밝혔다.");
    assert_eq!(people, ["김 후보자"]);
    assert_eq!(titles, ["후보자"]);
    let (people, _) = people_and_titles(&ex, "박지훈 총리 후보자 자진사퇴");
    assert_eq!(people, ["박지훈"]);
}
