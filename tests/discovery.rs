//! Discovery: people, titles and governments found by how news writes them, on sentences
//! written for these tests. Every rule has a sentence where it finds a name and one where it
//! must not.

use korex::{Document, EntityType, Extractor, Source};

fn extract(text: &str) -> Document {
    Extractor::default().extract(text)
}

/// Mention texts of one type, in text order.
fn of(doc: &Document, kind: EntityType) -> Vec<String> {
    let mut all: Vec<(usize, String)> = doc
        .entities_of(kind)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.text.clone())))
        .collect();
    all.sort();
    all.into_iter().map(|(_, t)| t).collect()
}

fn people(text: &str) -> Vec<String> {
    of(&extract(text), EntityType::Person)
}

#[test]
fn honorifics_and_initials() {
    assert_eq!(
        people("경찰에 따르면 김모(45)씨는 지난 3일 귀가했다."),
        ["김모"]
    );
    assert_eq!(people("박씨는 혐의를 부인했다."), ["박씨"]);
    // a surname or an initial alone keeps its honorific (`A씨`, as the gold keeps `강 회장`);
    // after an age in parentheses it does not
    assert_eq!(
        people("A씨와 B 씨, C(40)씨가 함께 있었다."),
        ["A씨", "B 씨", "C"]
    );
    assert_eq!(people("윤서진 씨는 시장에서 일한다."), ["윤서진"]);
    assert_eq!(people("사고로 이모 군이 다쳤다."), ["이모"]);
}

#[test]
fn initials_of_minors() {
    // a minor named by an initial takes `군`/`양` as an adult takes `씨`, glued or apart
    assert_eq!(
        people("잠자던 7세 A양을 납치한 혐의로 경찰은 B 군을 조사했다."),
        ["A양", "B 군"]
    );
    assert_eq!(people("C양(11)의 할머니가 말했다."), ["C양"]);
    assert_eq!(people("검도부에 들어간 D(18)군은 선배에게 맞았다."), ["D"]);
    // no initial before a word that only starts with 양 or 군 (`A양식`, `B군단`)
    assert!(people("A양식과 B군단이 맞섰다.").is_empty());
}

#[test]
fn list_marks_open_a_name() {
    // obituary and people columns start an item with a mark glued to the name
    assert_eq!(
        people("▲김철수씨 별세, 이영희씨 부친상 ■박민수 씨 결혼"),
        ["김철수", "이영희", "박민수"]
    );
}

#[test]
fn honorific_lookalikes_are_not_people() {
    assert!(people("씨름 대회와 양국 관계, 군사 훈련이 이어졌다.").is_empty());
    assert!(people("조 양 국가의 정상은 만났다.").is_empty());
}

#[test]
fn a_name_before_an_age() {
    assert_eq!(people("용의자 윤서진(34)이 붙잡혔다."), ["윤서진"]);
    assert!(people("조사단(30)이 도착했다.").is_empty());
}

#[test]
fn role_nouns_before_and_after_names() {
    assert_eq!(people("배우 송지민이 새 영화에 출연한다."), ["송지민"]);
    assert_eq!(people("이준서 선수가 결승골을 넣었다."), ["이준서"]);
    assert!(people("배우 활동을 시작한 그는 가수 데뷔도 했다.").is_empty());
}

#[test]
fn a_surname_alone_before_a_title() {
    assert_eq!(people("안 전 비서관은 답하지 않았다."), ["안 전 비서관"]);
    assert!(people("전 비서관은 답하지 않았다.").is_empty());
}

#[test]
fn a_role_after_the_organization_of_a_name() {
    // `NAME ORG ROLE`: the organization says whose the role is (`류현진 LA 다저스 투수`)
    assert_eq!(titles("김도윤 LG전자 선수가 복귀했다."), ["선수"]);
    // not after a particle, and not a role in the plural (the organization's people)
    assert!(titles("김도윤은 LG전자 선수들과 만났다.").is_empty());
}

#[test]
fn a_section_chief_after_a_surname() {
    // `과장` is a title after a surname alone (`박 과장은`), an exaggeration elsewhere
    assert_eq!(people("박 과장은 예산안을 설명했다."), ["박 과장"]);
    assert!(people("이 과장 광고는 과장된 표현이 많다.").is_empty());
}

#[test]
fn a_title_glued_to_its_post() {
    // `직` after a title names the post: the title is read, and no one before it holds it
    assert_eq!(
        titles("그는 총리직에서 물러났고 의원직도 내놓았다."),
        ["총리", "의원"]
    );
    assert_eq!(
        titles("박 회장은 대표이사직을 내려놓았다."),
        ["회장", "대표이사"]
    );
    assert!(people("단 하루만 국회의원직을 지내도 연금을 받는다.").is_empty());
    // a word that only starts with 직 is no post (`직원`, `직속`)
    assert!(titles("사장직속 부서의 사장직원들").is_empty());
}

#[test]
fn an_initial_before_a_title_maybe_with_an_age() {
    // an initial withholds a name as a surname does, with an age in a note or none; after
    // the note the mention is the initial alone, as `김모(59) 교수` gives `김모`
    assert_eq!(people("B 교수가 논문을 냈다."), ["B 교수"]);
    assert_eq!(people("조사 결과 A(59) 교수가 폭언을 했다."), ["A"]);
    assert_eq!(people("P(31·여) 순경에게 경위서를 받았다."), ["P"]);
    // a note that is no age, or an initial glued to a word, withholds no one
    assert!(people("제품 C(신형) 모델의 가격이 올랐다.").is_empty());
}

#[test]
fn full_names_by_their_shape() {
    assert_eq!(
        people("김민수는 이날 기자회견에서 입장을 밝혔다."),
        ["김민수"]
    );
    assert!(people("이번 정책은 정부가 이사회에서 정했다.").is_empty());
    assert!(people("신청자는 정책을 조사한다.").is_empty());
}

#[test]
fn compound_titles_by_their_head() {
    let doc = extract("박지훈 경영지원본부장은 베트남법인장과 만났다.");
    assert_eq!(
        of(&doc, EntityType::Title),
        ["경영지원본부장", "베트남법인장"]
    );
    assert_eq!(of(&doc, EntityType::Person), ["박지훈"]);
    let doc = extract("결국은 원장과 국장이 만났다.");
    assert!(doc
        .entities_of(EntityType::Title)
        .all(|e| e.mentions.iter().all(|m| m.source != Source::Pattern)));
}

#[test]
fn a_surname_alone_joins_the_full_name() {
    let doc = extract("최순영 씨는 가게를 열었다. 최씨는 손님을 맞았다.");
    let people: Vec<_> = doc.entities_of(EntityType::Person).collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].mentions.len(), 2);
    // two people with that surname: the surname alone stays its own
    let doc = extract("최순영 씨와 최민호 씨가 만났다. 최씨는 웃었다.");
    assert_eq!(doc.entities_of(EntityType::Person).count(), 3);
}

#[test]
fn governments_act_and_places_are_where() {
    let doc = extract("서울시는 투자 계획을 발표했다. 행사는 서울시에서 열렸다.");
    assert_eq!(of(&doc, EntityType::Org), ["서울시"]);
    assert_eq!(of(&doc, EntityType::Location), ["서울시"]);
    let doc = extract("미국은 서울시와 협약을 맺었다.");
    assert_eq!(of(&doc, EntityType::Org), ["서울시"]);
    assert_eq!(of(&doc, EntityType::Location), ["미국"]);
    // at the head of an address it is where, too
    let doc = extract("회의는 서울시 신월동 구민회관에서 열렸고, 서울시 공동 주최였다.");
    assert_eq!(
        of(&doc, EntityType::Location).first().map(String::as_str),
        Some("서울시")
    );
    assert_eq!(of(&doc, EntityType::Org), ["서울시"]);
}

#[test]
fn provinces_and_cities_act_and_countries_stay_places() {
    // a province or city that decides or announces is its government
    let doc = extract("강원도가 채무 보증을 서기로 결정했다. 가평군은 축제 일정을 발표했다.");
    assert_eq!(of(&doc, EntityType::Org), ["강원도", "가평군"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // where it is, or the subject of no act, it is the place
    let doc = extract("부산은 비가 많이 내렸다. 행사는 강원도에서 열렸다.");
    assert_eq!(of(&doc, EntityType::Location), ["부산", "강원도"]);
    assert!(of(&doc, EntityType::Org).is_empty());
    // another actor's verb, or a quotation the place stands in, is not the place's act
    let doc = extract("부산은 기온이 영하로 떨어졌다고 기상청이 밝혔다.");
    assert_eq!(of(&doc, EntityType::Location), ["부산"]);
    let doc = extract("\"강원도가 가장 추웠다\"고 그는 말했다.");
    assert_eq!(of(&doc, EntityType::Location), ["강원도"]);
    // a country stays a place where it acts
    let doc = extract("일본은 한국에 항의했다고 밝혔다.");
    assert_eq!(of(&doc, EntityType::Location), ["일본", "한국"]);
    assert!(of(&doc, EntityType::Org).is_empty());
}

#[test]
fn a_place_that_acts_once_is_its_government_throughout() {
    let doc = extract("강원도가 보증을 서기로 결정했다. 강원도의 재정은 나빠졌다.");
    assert_eq!(of(&doc, EntityType::Org), ["강원도", "강원도"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // no act: every mention stays the place
    let doc = extract("강원도의 재정은 나빠졌다. 강원도에 눈이 왔다.");
    assert_eq!(of(&doc, EntityType::Location), ["강원도", "강원도"]);
}

#[test]
fn a_body_named_by_its_building_is_where_beside_or_toward_it() {
    let doc = extract("시위대는 청와대 앞에서 모였고 대통령은 백악관으로 돌아갔다.");
    assert_eq!(of(&doc, EntityType::Location), ["청와대", "백악관"]);
    assert!(of(&doc, EntityType::Org).is_empty());
    let doc = extract("노조는 서울시청 인근에서 집회를 열었다.");
    assert_eq!(of(&doc, EntityType::Location), ["서울시청"]);
    // acting, or written to, it is the body
    let doc = extract("청와대는 성명을 냈고 노조는 백악관으로 서한을 보냈다.");
    assert_eq!(of(&doc, EntityType::Org), ["청와대", "백악관"]);
    let doc = extract("서울시청 앞으로 공문이 접수됐다며 서울시청은 대책을 발표했다.");
    assert!(of(&doc, EntityType::Location).is_empty());
}

#[test]
fn roads_named_after_places() {
    let doc = extract("행렬은 세종대로를 지나 한강대로까지 이어졌다.");
    assert_eq!(of(&doc, EntityType::Location), ["세종대로", "한강대로"]);
    // `X는 X대로` is "X in its own way", and a place before another word stays the place
    let doc = extract("미국은 미국대로 대응했다. 세종대왕 동상이 서 있다.");
    assert_eq!(of(&doc, EntityType::Location), ["미국", "미국"]);
}

#[test]
fn hotels_named_after_their_city() {
    let doc =
        extract("시상식은 르 메르디앙 서울에서, 만찬은 부산이 아닌 그랜드 하얏트 서울에서 열렸다.");
    assert_eq!(
        of(&doc, EntityType::Location),
        ["르 메르디앙 서울", "부산", "그랜드 하얏트 서울"]
    );
    // the joining words alone make no hotel, nor a brand's word apart from the place
    let doc = extract("파크 서울에 갔고 그랜드 서울 투어를 했다. 힐튼 가문의 서울 방문.");
    assert_eq!(of(&doc, EntityType::Location), ["서울", "서울", "서울"]);
}

#[test]
fn a_newspaper_named_after_its_city() {
    let doc = extract("그는 《시카고 트리뷴》에 기고했고 뉴욕 타임스도 보도했다.");
    assert_eq!(of(&doc, EntityType::Org), ["시카고 트리뷴", "뉴욕 타임스"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // the head glued into a longer word is no paper's
    let doc = extract("런던 포스트모더니즘 전시가 열렸다.");
    assert_eq!(of(&doc, EntityType::Location), ["런던"]);
}

#[test]
fn a_host_inside_an_event_name_is_no_place() {
    let doc = extract("2030 부산 세계박람회와 인천 아시안게임, 평창 동계 올림픽을 비교했다.");
    assert!(of(&doc, EntityType::Location).is_empty());
    // the place itself, and a team of the event, keep their place
    let doc = extract("올림픽은 평창에서 열렸고 한국 월드컵 대표팀이 출국했다.");
    assert_eq!(of(&doc, EntityType::Location), ["평창", "한국"]);
}

#[test]
fn clubs_by_their_short_names() {
    let doc = extract("NC는 KIA를 5-3으로 꺾었고 kt와 KGC도 이겼다. 첼시는 비겼다.");
    assert_eq!(
        of(&doc, EntityType::Org),
        ["NC", "KIA", "kt", "KGC", "첼시"]
    );
    // glued into a longer word they are none
    let doc = extract("NC소프트의 KGCX 사업과 ktx 노선을 봤다.");
    let orgs = of(&doc, EntityType::Org);
    assert!(
        !orgs.iter().any(|o| o == "NC" || o == "KGC" || o == "kt"),
        "{orgs:?}"
    );
}

#[test]
fn a_province_short_form_with_do_before_particles_is_the_province() {
    let doc = extract("충남도는 예산 10억 원을 지원한다고 밝혔다.");
    assert_eq!(of(&doc, EntityType::Org), ["충남도"]);
    let doc = extract("행사는 경북도의 지원으로 열렸다.");
    assert_eq!(of(&doc, EntityType::Location), ["경북도"]);
    // `도` apart, or glued to a longer word, is the particle or another word
    let doc = extract("경북도 큰 피해를 입었다. 경북도지사 선거.");
    let all: Vec<String> = [EntityType::Org, EntityType::Location]
        .into_iter()
        .flat_map(|k| of(&doc, k))
        .collect();
    assert!(!all.iter().any(|m| m == "경북도"), "{all:?}");
}

#[test]
fn peoples_of_a_language_or_land_before_a_role_are_no_names() {
    assert!(people("학교는 원어민 교사 세 명을 채용했다.").is_empty());
    assert!(people("원주민 대표가 회의에 참석했다.").is_empty());
    assert_eq!(people("원어민 강사 윤서진 씨가 왔다."), ["윤서진"]);
}

#[test]
fn schools_by_their_short_names_where_the_text_says_school() {
    let doc = extract("솔빛고 재학생들과 한결대 교수들이 모였다.");
    assert_eq!(of(&doc, EntityType::Org), ["솔빛고", "한결대"]);
    let doc = extract("윤서진(17·솔빛고)이 금메달을 땄다.");
    assert_eq!(of(&doc, EntityType::Org), ["솔빛고"]);
    // a school named by its city, not the city
    let doc = extract("그는 부산고를 졸업하고 인천고 교사가 됐다.");
    assert_eq!(of(&doc, EntityType::Org), ["부산고", "인천고"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // the same shapes elsewhere are words: verb forms, kinds of school, compounds
    for text in [
        "그리고 학생들이 모였다.",
        "졸업을 앞두고 학생들이 모였다.",
        "자사고 교장단이 모였다.",
        "신세대 학생들이 늘었다.",
        "솔빛고가 이겼다.",
    ] {
        assert!(of(&extract(text), EntityType::Org).is_empty(), "{text}");
    }
}

#[test]
fn baseball_and_football_clubs_by_their_city() {
    let doc = extract("류현진은 애리조나와의 경기에 선발 등판해 6이닝을 막았다.");
    assert_eq!(of(&doc, EntityType::Org), ["애리조나"]);
    let doc = extract("수비수 한결(도르트문트)과 골키퍼 윤솔(마인츠)이 뽑혔다.");
    assert_eq!(of(&doc, EntityType::Org), ["도르트문트", "마인츠"]);
    // where the match is played the city stays the place: its ground, a team's match there,
    // a state that holds it
    for text in [
        "그는 18일 피츠버그의 PNC파크에서 열린 경기에서 홈런을 쳤다.",
        "그는 20일 부산 한빛전에서 홈런 두 개를 쳤다.",
        "미국 미주리주 캔자스시티 구장에서 선발 투수로 나섰다.",
        "투수들은 샌프란시스코 원정 3연전에 나선다.",
    ] {
        let doc = extract(text);
        assert!(
            of(&doc, EntityType::Org)
                .iter()
                .all(|o| !o.ends_with("피츠버그")
                    && o != "부산"
                    && o != "캔자스시티"
                    && o != "샌프란시스코"),
            "{text}"
        );
    }
    // an address, a phone number or a lot number is no match report's
    let doc = extract("행사는 서울 광진구 한빛홀에서 열렸고 그는 상대 후보를 눌렀다.");
    assert!(of(&doc, EntityType::Org).iter().all(|o| o != "서울"));
    let doc = extract("견본주택은 인천 서구 경서동 950-22번지에 있다.");
    assert!(of(&doc, EntityType::Org).is_empty());
    // outside a match report the city is the place
    let doc = extract("시애틀은 비가 잦은 도시로 알려졌다.");
    assert_eq!(of(&doc, EntityType::Location), ["시애틀"]);
}

#[test]
fn the_country_before_its_assembly_is_the_place() {
    let doc = extract("대한민국 국회 교육위원회에서 법안이 통과됐다. 대한민국 국회는 휴회했다.");
    assert_eq!(of(&doc, EntityType::Org), ["국회 교육위원회", "국회"]);
    assert_eq!(of(&doc, EntityType::Location), ["대한민국", "대한민국"]);
}

#[test]
fn units_join_their_owner() {
    let doc = extract("국회 정보위원회는 미국 지질조사국과 만났다. 대한민국 환경부도 참석했다.");
    let orgs = of(&doc, EntityType::Org);
    assert!(orgs.contains(&"국회 정보위원회".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"미국 지질조사국".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"환경부".to_string()), "{orgs:?}");
}

#[test]
fn venues_by_their_heads() {
    let doc = extract("집회는 노벨광장에서 열렸고 일행은 나리타 국제공항에 내렸다.");
    assert_eq!(
        of(&doc, EntityType::Location),
        ["노벨광장", "나리타 국제공항"]
    );
    let doc = extract("공원과 광장, 박물관을 둘러봤다.");
    assert!(of(&doc, EntityType::Location).is_empty());
}

#[test]
fn generic_bodies_need_an_owner() {
    let doc = extract("운영위원회는 회의를 열었다. 국회 윤리위원회는 징계를 논의했다.");
    assert_eq!(of(&doc, EntityType::Org), ["국회 윤리위원회"]);
}

#[test]
fn a_body_named_by_its_field_needs_no_owner() {
    let doc = extract("최저임금위원회는 회의를 열었고 경찰위원회도 참석했다.");
    assert_eq!(of(&doc, EntityType::Org), ["최저임금위원회", "경찰위원회"]);
    // a committee's function, an assembly committee's field, or a number, before the head
    // names no body
    let doc = extract("유족대책위원회와 인수위원회, 3위원회, 국방위원회가 모였다.");
    assert!(of(&doc, EntityType::Org).is_empty());
}

#[test]
fn kinds_of_a_thing_are_no_organizations() {
    let doc =
        extract("건강보험과 법인카드, 카드뉴스, 책임병원, 유전자 검사, 도전자, 신혼부부를 다뤘다.");
    assert!(of(&doc, EntityType::Org).is_empty());
    // a company or foundation named with a common word stays one
    let doc = extract("한빛전자와 미래은행, 희망재단, 군사법원이 참여했다.");
    assert_eq!(
        of(&doc, EntityType::Org),
        ["한빛전자", "미래은행", "희망재단", "군사법원"]
    );
}

#[test]
fn companies_by_their_trade() {
    let doc = extract("송학식품은 신제품을 냈고 해태제과와 한진물류도 참여했다.");
    assert_eq!(
        of(&doc, EntityType::Org),
        ["송학식품", "해태제과", "한진물류"]
    );
    // goods and trades after a common word are no companies
    let doc = extract("건강식품과 냉동식품, 수입식품 판매와 택배물류가 늘었다.");
    assert!(of(&doc, EntityType::Org).is_empty());
}

#[test]
fn foreign_names_by_their_spelling() {
    assert_eq!(
        people("마이클 브로크먼은 연설을 했다."),
        ["마이클 브로크먼"]
    );
    assert!(people("스마트 시티 사업과 데이터 센터가 늘었다.").is_empty());
}

#[test]
fn a_name_before_a_former_title() {
    assert_eq!(
        people("'하성용' 전 한국항공우주산업 사장이 말했다."),
        ["하성용"]
    );
    assert!(people("'정상회' 전 회장이 말했다.").is_empty());
}

#[test]
fn role_nouns_beside_a_person_are_titles() {
    let doc = extract("이날 손흥민 선수가 결승골을 넣었고 배우 송강호는 시상식에 참석했다.");
    assert_eq!(of(&doc, EntityType::Title), ["선수", "배우"]);
    let kinds: Vec<&str> = doc.relations.iter().map(|r| r.kind.as_str()).collect();
    assert!(
        kinds.iter().filter(|k| **k == "position").count() == 2,
        "{kinds:?}"
    );
    // Alone, or after a word that is no name, a role noun is a common noun.
    let doc = extract("좋은 선수가 없기 때문에 감독은 고민이 많다.");
    assert!(
        of(&doc, EntityType::Title).is_empty(),
        "{:?}",
        of(&doc, EntityType::Title)
    );
}

/// The positions of `text`, as `person/organization/title` with canonical names (a text
/// argument as written, `-` for a role left out).
fn positions(text: &str) -> Vec<String> {
    let doc = extract(text);
    let name = |r: &korex::Relation, role: &str| {
        r.args
            .iter()
            .find(|a| a.role == role)
            .and_then(|a| match a.entity.as_deref() {
                Some(id) => doc.entity(id).map(|e| e.canonical.clone()),
                None => a.text.clone(),
            })
            .unwrap_or_else(|| "-".to_string())
    };
    doc.relations
        .iter()
        .filter(|r| r.kind == "position")
        .map(|r| {
            format!(
                "{}/{}/{}",
                name(r, "person"),
                name(r, "organization"),
                name(r, "title")
            )
        })
        .collect()
}

#[test]
fn place_titles_glued_to_their_place() {
    // one title, the post it names; the place inside is no mention of its own, and the
    // position's organization is the place's government as the word writes it (text) when
    // the document names it nowhere else
    let doc = extract("오세훈 서울시장은 이날 기자회견을 열고 대책을 발표했다.");
    assert_eq!(of(&doc, EntityType::Title), ["서울시장"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    assert_eq!(
        positions("오세훈 서울시장은 이날 기자회견을 열고 대책을 발표했다."),
        ["오세훈/서울시/서울시장"]
    );
    assert_eq!(
        positions("김동연 경기도지사는 도민 안전 대책을 내놓았다."),
        ["김동연/경기도/경기도지사"]
    );
    assert_eq!(
        positions("정순균 강남구청장과 함께 현장을 찾았다."),
        ["정순균/강남구/강남구청장"]
    );
    assert_eq!(
        positions("조례안은 박민지 대전시의원이 대표 발의했다."),
        ["박민지/대전시/대전시의원"]
    );
    assert_eq!(
        positions("정동균 양평군수는 군정 방향을 밝혔다."),
        ["정동균/양평군/양평군수"]
    );
    // the government named elsewhere is the organization, an ORG before the bare place, in
    // place of the country before the title
    assert_eq!(
        positions(
            "부산 시민들이 모였다. 부산시는 대책을 내놓았다. 김민준 대한민국 부산시장이 사과했다."
        ),
        ["김민준/부산광역시/부산시장"]
    );
    assert_eq!(
        positions("서울 도심에서 집회가 열렸다. 박서윤 서울시장은 말을 아꼈다."),
        ["박서윤/서울/서울시장"]
    );
    // an appointment to the post takes the place too
    assert_eq!(
        positions("김철수는 서울시장에 취임했다."),
        ["김철수/서울시/서울시장"]
    );
}

#[test]
fn markets_and_branch_offices_are_no_place_titles() {
    let doc = extract(
        "주식시장과 부동산시장, 전통시장이 얼어붙었고 중국시장도 흔들렸다. 그는 도쿄지사와 인도지사에서 일했다.",
    );
    assert!(of(&doc, EntityType::Title).is_empty());
    assert_eq!(of(&doc, EntityType::Location), ["중국", "도쿄", "인도"]);
}

#[test]
fn association_and_bank_heads_glued_to_their_name() {
    let doc = extract("노영수 한국건축가협회장이 개회사를 했다.");
    assert_eq!(of(&doc, EntityType::Org), ["한국건축가협회"]);
    assert_eq!(
        positions("노영수 한국건축가협회장이 개회사를 했다."),
        ["노영수/한국건축가협회/회장"]
    );
    // the title's entity is the post, 회장, though only its 장 is written apart
    let title = doc.entities_of(EntityType::Title).next().unwrap();
    assert_eq!(
        (title.canonical.as_str(), title.mentions[0].text.as_str()),
        ("회장", "장")
    );
    assert_eq!(
        positions("조재기 국민체육진흥공단이사장은 사업을 설명했다."),
        ["조재기/국민체육진흥공단/이사장"]
    );
    // a head alone, a hall of an exhibition, a construction site are no organization
    let doc = extract("협회장 선거와 전시회장 입구, 아파트공사장에서 만났다.");
    assert!(of(&doc, EntityType::Org).is_empty());
    assert!(of(&doc, EntityType::Title).is_empty());
}

#[test]
fn a_members_office() {
    assert_eq!(
        positions("사실 확인을 위해 김도윤 의원실에 질의했다."),
        ["김도윤/-/국회의원"]
    );
    // an office no member is named before is no title
    assert!(of(&extract("의원실에서는 답하지 않았다."), EntityType::Title).is_empty());
}

#[test]
fn unit_numbers_inside_compound_titles() {
    let doc = extract("박철수 조사2본부장은 답변을 거부했다.");
    assert_eq!(of(&doc, EntityType::Title), ["조사2본부장"]);
    // a count before a head, in a word of its own, is no unit of a compound title
    let titles = of(
        &extract("최민호 본부장 등 2본부장 체제다."),
        EntityType::Title,
    );
    assert!(titles.iter().all(|t| t == "본부장"), "{titles:?}");
}

#[test]
fn names_listed_beside_a_person() {
    // one name has its context (씨), the others are read from the list
    assert_eq!(
        people("행사에는 윤서진 씨, 박지훈, 최민정이 참석했다."),
        ["윤서진", "박지훈", "최민정"]
    );
    assert_eq!(
        people("강도현·윤서진 씨가 무대에 올랐다."),
        ["강도현", "윤서진"]
    );
}

#[test]
fn words_listed_beside_a_person_stay_words() {
    // common words in the same list are no names, and a list with no person adds none
    assert_eq!(people("윤서진 씨, 구성원, 선후배가 모였다."), ["윤서진"]);
    assert!(people("정부, 기업, 시민단체가 함께 논의했다.").is_empty());
}

#[test]
fn bare_words_that_read_as_words_are_no_names() {
    // words starting with a surname syllable whose other syllables are rare in given names
    for text in [
        "인근에 장릉뷰 아파트가 들어섰다.",
        "김해 지석묘 훼손 사건이 알려졌다.",
        "강릉선 열차가 멈췄다.",
    ] {
        assert!(people(text).is_empty(), "{text}");
    }
    assert_eq!(people("박지훈은 이날 결승골을 넣었다."), ["박지훈"]);
}

#[test]
fn derived_words_are_no_bare_names() {
    // a common word after a Sino-Korean prefix, or before a Sino-Korean suffix
    for text in [
        "해양 신소재 개발이 한창이다.",
        "노사 관계 정상화를 요구했다.",
        "반정부 시위가 이어졌다.",
    ] {
        assert!(people(text).is_empty(), "{text}");
    }
    // a name written so in context stays one
    assert_eq!(people("신소재 씨는 귀가했다."), ["신소재"]);
}

#[test]
fn loanword_phrases_are_no_foreign_names() {
    for text in [
        "그는 스마트 컨퍼런스에서 발표했다.",
        "경기장에는 컨트롤 타워가 없었다.",
        "온라인뿐만 아니라 오프라인에서도 팔린다.",
        "그 영화는 '라스트 스탠드'로 개봉했다.",
    ] {
        assert!(people(text).is_empty(), "{text}");
    }
    assert_eq!(
        people("마이클 브로크먼은 이날 기자회견을 열었다."),
        ["마이클 브로크먼"]
    );
}

#[test]
fn a_context_reads_a_name_the_stop_list_holds() {
    // 한효주 is written bare so often that the stop list holds it; a role noun or an age
    // before or after it still says it is a person
    assert_eq!(people("배우 한효주가 시상식에 왔다."), ["한효주"]);
    assert_eq!(people("한효주(35)가 시상식에 왔다."), ["한효주"]);
    // a common word of the stop list after a role noun stays a word
    assert!(people("배우 구성원들이 모였다.").is_empty());
}

fn places(text: &str) -> Vec<String> {
    of(&extract(text), EntityType::Location)
}

#[test]
fn stations_halls_and_depots_by_their_heads() {
    assert_eq!(places("사고는 한빛역 승강장에서 났다."), ["한빛역"]);
    assert_eq!(places("열차는 새솔차량기지로 옮겨졌다."), ["새솔차량기지"]);
    assert_eq!(places("대회는 누리체육회관에서 열렸다."), ["누리체육회관"]);
    assert_eq!(places("그는 한빛교도소에 수감됐다."), ["한빛교도소"]);
}

#[test]
fn stations_whose_names_end_like_a_common_word() {
    // `단지역` is no `지역`, `입구역` no `구역`, `서현역` no `현역`
    assert_eq!(
        places("그는 가람디지털단지역에서 내렸다."),
        ["가람디지털단지역"]
    );
    assert_eq!(places("약속은 솔빛입구역 3번 출구였다."), ["솔빛입구역"]);
    assert_eq!(places("버스는 누현역을 지나 종점에 섰다."), ["누현역"]);
    // a common word before them stays the word
    for text in [
        "공단지역 주민들이 모였다.",
        "산업단지역 개발이 늦어졌다.",
        "그는 만기 전역했다.",
        "비상구역에 모였다.",
    ] {
        assert!(places(text).is_empty(), "{text}");
    }
}

#[test]
fn a_place_glued_to_its_downtown_is_the_place() {
    assert_eq!(places("불은 부산시내 한 상가에서 났다."), ["부산"]);
    assert_eq!(places("군산도심에 눈이 내렸다."), ["군산"]);
    // a word that only starts like it is none (`시내버스` is the bus)
    assert!(places("그는 부산시내버스를 탔다.")
        .iter()
        .all(|p| p != "부산시내버스"));
}

#[test]
fn a_venue_glued_to_its_place_is_one_place() {
    assert_eq!(places("열차는 대구역에 멈췄다."), ["대구역"]);
    assert_eq!(places("전용기는 광주공항에 내렸다."), ["광주공항"]);
    assert_eq!(places("배는 강릉항에서 떠났다."), ["강릉항"]);
    assert_eq!(
        places("김포 한강신도시에 집을 샀다."),
        ["김포", "한강신도시"]
    );
    // a station named by a body is the station
    assert_eq!(places("서울대입구역 앞에서 만났다."), ["서울대입구역"]);
    // a country names no such venue, and a place before another word stays the place
    let doc = extract("한국역사 교과서와 대구역사박물관, 대구 역사를 다뤘다.");
    let places = of(&doc, EntityType::Location);
    assert!(!places.iter().any(|p| p.ends_with('역')), "{places:?}");
}

#[test]
fn words_ending_in_a_station_head_are_no_stations() {
    for text in [
        "피해 지역에 구호품이 도착했다.",
        "연구용역 보고서가 나왔다.",
        "출입국내역을 확인했다.",
        "그는 주인공 역으로 출연했다.",
        "그는 보충역 판정을 받았다.",
        "기차역에서 만났다.",
    ] {
        assert!(places(text).is_empty(), "{text}");
    }
}

#[test]
fn historical_states_are_places_and_their_lookalikes_are_not() {
    assert_eq!(
        places("대한제국의 황제는 청나라와 맞섰다."),
        ["대한제국", "청나라"]
    );
    // 조선 (also shipbuilding) and 고려 (also consideration) are left out on purpose
    assert!(places("조선·해운 업계는 이를 고려해야 한다.").is_empty());
    assert!(places("청국장을 먹었다.").is_empty());
}

#[test]
fn names_ending_in_do_before_a_title() {
    // 도 ends given names as well as the particle `also`
    assert_eq!(people("한영도 의원은 반대했다."), ["한영도"]);
    assert!(people("이것도 사장이 결정했다.").is_empty());
}

#[test]
fn one_foreign_word_before_a_title() {
    assert_eq!(people("마크롱 대통령은 회견을 열었다."), ["마크롱"]);
    assert!(people("센터 대표가 회견을 열었다.").is_empty());
    assert!(people("에너지 장관이 회견을 열었다.").is_empty());
}

#[test]
fn kin_and_address_nouns_beside_names() {
    assert_eq!(people("그는 아내 하윤정과 함께 왔다."), ["하윤정"]);
    assert_eq!(people("고 육정희 여사의 묘소를 찾았다."), ["육정희"]);
    // they stay words, no TITLE, and a name before a kin noun is its possessor
    let doc = extract("그는 아내 하윤정과 함께 왔다.");
    assert!(of(&doc, EntityType::Title).is_empty());
    assert!(people("그는 아들 교육을 걱정했다.").is_empty());
    assert!(people("천주교 신부를 꿈꿨다.").is_empty());
}

#[test]
fn a_word_with_its_particle_before_a_role_noun_is_no_name() {
    assert!(people("노래의 원곡과 작곡가의 이름을 안다.").is_empty());
    assert!(people("경찰은 아들의 행방을 쫓았다.").is_empty());
    assert_eq!(people("윤서진 작곡가가 곡을 썼다."), ["윤서진"]);
}

#[test]
fn a_bare_name_before_a_chain_of_particles() {
    assert_eq!(people("박지훈과의 대결이 남았다."), ["박지훈"]);
    assert_eq!(people("기회는 박지훈에게는 없었다."), ["박지훈"]);
    // a compound word whose tail reads as particles is no name
    assert!(people("낡은 권위주의와 싸웠다.").is_empty());
    assert!(people("이동경로를 분석했다.").is_empty());
}

#[test]
fn a_role_after_a_name_and_its_note_is_a_title() {
    // an age or a team in parentheses between the name and its role (`나홍진(43) 감독이`,
    // as ko-news-text's free part writes them); our own sentences
    let doc = extract("김지훈(45) 감독이 연출을 맡았다.");
    assert_eq!(of(&doc, EntityType::Title), ["감독"]);
    let doc = extract("이서연(24·한빛FC) 선수가 결승골을 넣었다.");
    assert_eq!(of(&doc, EntityType::Title), ["선수"]);
    // a role after a note far from a name is none, nor a common word after a note
    let doc = extract("그 영화(2013년) 감독이 바뀌었다.");
    assert!(of(&doc, EntityType::Title).is_empty());
    let doc = extract("김지훈(45) 씨가 좋은 선수를 찾았다.");
    assert!(of(&doc, EntityType::Title).is_empty());
}

#[test]
fn a_port_is_named_before_its_head() {
    // a port written glued to its name is a place (`팽목항`, as ko-news-text's free part writes
    // ports); our own sentences
    assert_eq!(places("여객선은 목련항을 떠났다."), ["목련항"]);
    assert_eq!(places("선단은 한빛항에 입항했다."), ["한빛항"]);
    // a port frequent enough in the news to be a stop word is a port still
    assert_eq!(places("가족들은 팽목항에 머물렀다."), ["팽목항"]);
    // an item, a clause, resistance or a ship's movement is no port, nor one syllable before `항`
    for text in [
        "요구사항을 전달했다.",
        "특례조항이 문제다.",
        "전기저항이 커졌다.",
        "안전운항에 힘쓴다.",
        "협상은 난항을 겪었다.",
        "배는 신항에 닿았다.",
    ] {
        assert!(places(text).is_empty(), "{text}");
    }
}

#[test]
fn a_kind_of_venue_alone_is_no_place() {
    // a head after words that say what kind of venue it is names none (free corpus:
    // `원자력발전소 인근의`, `국립공원 탐방객`, `11개 특급호텔`, `인간극장 작가와`)
    for text in [
        "원자력발전소 인근의 해수온도를 쟀다.",
        "국립공원 탐방객이 늘었다.",
        "11개 특급호텔이 참여한다.",
        "그는 실내체육관에서 운동했다.",
        "그는 인간극장 작가와 결혼했다.",
        "베드타운 성격이 강하다.",
    ] {
        assert!(places(text).is_empty(), "{text}");
    }
    // after a known place it joins it; a name of its own stays a venue
    assert_eq!(
        places("진도군 실내체육관에서 기다렸다."),
        ["진도군 실내체육관"]
    );
    assert_eq!(places("집회는 민주광장에서 열렸다."), ["민주광장"]);
}

#[test]
fn a_venue_with_a_name_of_its_own_stays_apart_from_its_place() {
    assert_eq!(
        places("행사는 흑석동 해오름회관에서 열렸다."),
        ["흑석동", "해오름회관"]
    );
    // the head alone, or after a common word, joins the place
    assert_eq!(
        places("그는 나리타 국제공항에 내렸다."),
        ["나리타 국제공항"]
    );
}

#[test]
fn a_foreign_name_the_transliteration_model_reads_before_a_title() {
    assert_eq!(people("아베 마키 사장은 회견을 열었다."), ["아베 마키"]);
    assert!(people("이번 행사 대표는 회견을 열었다.").is_empty());
}

#[test]
fn a_name_before_an_organization_with_a_note_and_a_title() {
    assert_eq!(
        people("하서윤 한국과학기술원(KAIST) 총장은 회견을 열었다."),
        ["하서윤"]
    );
    // a note after no organization gives the word before it no title
    assert!(people("이번 대회(제3회) 총장은 없었다.").is_empty());
}

#[test]
fn places_inside_words_that_name_no_place() {
    let places = |t: &str| of(&extract(t), EntityType::Location);
    // a people, an origin, a quoted particle, a counter, "during": no place
    assert!(places("중국인 관광객과 일본산 부품이 늘었다.").is_empty());
    assert!(places("그는 \"말도 안 되는 소리\"이란 반응을 보였다.").is_empty());
    assert!(places("심장이 1분당 70번 뛴다.").is_empty());
    assert!(places("생방송 中 사고가 났다.").is_empty());
    // the places themselves stay
    assert_eq!(places("중국과 일본이 만났다."), ["중국", "일본"]);
    assert_eq!(places("대통령은 \"이란 방문\"을 마쳤다."), ["이란"]);
    assert_eq!(places("성남시 분당에 산다."), ["성남시", "분당"]);
}

#[test]
fn a_foreign_city_after_an_age_is_the_team() {
    let doc = extract("박준호(31·피츠버그)는 2안타를 쳤고 이민재(28·시애틀 매리너스)는 쉬었다.");
    assert_eq!(of(&doc, EntityType::Org), ["피츠버그", "시애틀 매리너스"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // a Korean place there is where the person lives; a country is the nationality
    let doc = extract("김하은(34·서울 송파구)씨와 한스 뮐러(60·독일) 감독이 왔다.");
    assert!(of(&doc, EntityType::Org).is_empty());
    assert!(of(&doc, EntityType::Location).contains(&"독일".to_string()));
}

#[test]
fn a_surname_alone_before_a_role_noun() {
    assert_eq!(people("경기 뒤 박 감독은 선수들을 칭찬했다."), ["박 감독"]);
    assert_eq!(people("조 코치가 훈련을 맡았다."), ["조 코치"]);
    // `이` before a role noun is "this"; a surname glued to other syllables is a word
    assert!(people("이 가수는 신곡을 냈다.").is_empty());
    assert!(people("양 감독은 악수했다.").is_empty());
    assert!(people("정 많은 감독이다.").is_empty());
}

#[test]
fn an_age_with_a_note_before_an_honorific() {
    assert_eq!(
        people("식당을 하는 김모(53·자영업)씨가 신고했다."),
        ["김모"]
    );
    assert_eq!(people("주민 윤서진(41·회사원)씨는 말했다."), ["윤서진"]);
    // a long aside is no age note
    assert!(people("현장(1·2층 모두 불에 탄 건물과 그 옆 창고까지)씨앗").is_empty());
}

#[test]
fn more_role_nouns() {
    assert_eq!(people("셰프 한지우가 요리했다."), ["한지우"]);
    assert_eq!(people("그룹의 멤버 서도윤과 함께 왔다."), ["서도윤"]);
    // a role noun before a common word is no name
    assert!(people("멤버 모두가 모였다.").is_empty());
}

#[test]
fn a_name_before_former_and_a_title_that_is_also_a_word() {
    // 시장 (market), 고문 (torture), 수석 (top seat) are titles after a name and `전`; after
    // a surname alone they are TITLE mentions too, so the person is `허 전 시장`, `조 전
    // 수석`, as `전 전 대통령` (the gold keeps a surname and its title whole)
    assert_eq!(people("허 전 시장은 민선 3기를 지냈다."), ["허 전 시장"]);
    assert_eq!(people("당시 조 전 수석의 자택을 찾았다."), ["조 전 수석"]);
    assert_eq!(people("강도윤 전 고문은 말했다."), ["강도윤"]);
    // a surname before `전` is read so only before a former title (`전 전 대통령`)
    assert_eq!(people("전 전 대통령은 웃었다."), ["전 전 대통령"]);
    assert!(people("이 전 세계 시장은 커졌다.").is_empty());
    assert!(people("그는 전 시장을 돌았다.").is_empty());
}

#[test]
fn a_hanja_surname_in_a_headline() {
    assert_eq!(people("검찰, 朴 전 대통령 출국금지"), ["朴"]);
    assert_eq!(people("文 대통령, 오늘 출국"), ["文"]);
    // a hanja that is no surname, or a surname hanja before no title
    assert!(people("美 대통령 방한").is_empty());
    assert!(people("朴 정부의 정책").is_empty());
}

#[test]
fn an_actor_in_a_role_note() {
    assert_eq!(people("정 씨(한가은 분)가 등장했다."), ["정 씨", "한가은"]);
    // a number of minutes, or a common word, is no actor
    assert!(people("휴식(10 분)을 가졌다.").is_empty());
    assert!(people("사람들(모든 분)이 왔다.").is_empty());
}

#[test]
fn schools_and_local_offices_by_their_suffix() {
    let orgs = |t: &str| of(&extract(t), EntityType::Org);
    assert_eq!(orgs("그는 한빛여고를 졸업했다."), ["한빛여고"]);
    assert_eq!(orgs("새솔초등학교 학생들이 왔다."), ["새솔초등학교"]);
    assert_eq!(orgs("사건은 달빛경찰서가 맡았다."), ["달빛경찰서"]);
    assert_eq!(
        orgs("대한미래정치학회는 성명을 냈다."),
        ["대한미래정치학회"]
    );
    // the generic words and the suffix alone are no names
    assert!(orgs("일반고등학교와 명문여고 진학률").is_empty());
    assert!(orgs("관할경찰서에 신고했다.").is_empty());
    assert!(orgs("학회에 참석했다.").is_empty());
}

#[test]
fn a_short_province_beside_a_place() {
    let places = |t: &str| of(&extract(t), EntityType::Location);
    assert_eq!(places("경기 파주에 비가 내렸다."), ["경기", "파주"]);
    assert_eq!(places("서울·경기 지역에 눈이 온다."), ["서울", "경기"]);
    assert_eq!(places("광주·전라는 맑다."), ["광주", "전라"]);
    // the same words as common nouns, beside a place or not
    assert!(places("경기 침체가 이어졌다.").is_empty());
    assert_eq!(places("서울 경기가 열렸다."), ["서울"]);
    assert_eq!(places("부산·경기장 건설"), ["부산"]);
}

#[test]
fn a_short_province_listed_with_places_or_before_its_part() {
    let places = |t: &str| of(&extract(t), EntityType::Location);
    assert_eq!(places("[인천/경기] 소식"), ["인천", "경기"]);
    assert_eq!(
        places("서울, 경기, 부산에 눈이 온다."),
        ["서울", "경기", "부산"]
    );
    assert_eq!(places("경기와 강원에 비가 온다."), ["경기", "강원"]);
    assert_eq!(places("경기 북부에 눈, 경기남부는 비."), ["경기", "경기"]);
    assert_eq!(places("경기지역 학교가 쉰다."), ["경기"]);
    // a game's region, a game after a listed place, and the current account stay words
    assert!(places("축구 경기 지역 예선이 열렸고 경상수지가 늘었다.").is_empty());
    assert_eq!(places("서울, 경기장이 붐볐다."), ["서울"]);
}

#[test]
fn a_short_city_name_after_its_province() {
    let doc = extract("지난해 경북 구미에 있는 공장과 전북 전주의 시장을 찾았다.");
    let places = of(&doc, EntityType::Location);
    assert_eq!(places, ["경북", "구미", "전북", "전주"]);
    // alone, or after a province before a common noun, they are words
    let doc = extract("구미가 당기는 전주 경기 결과다. 경북 지역에 비가 왔다.");
    assert_eq!(of(&doc, EntityType::Location), ["경북"]);
}

#[test]
fn a_ballpark_by_its_head() {
    let places = |t: &str| of(&extract(t), EntityType::Location);
    assert_eq!(places("두 팀은 사직구장에서 만났다."), ["사직구장"]);
    // the head alone is a word
    assert!(places("구장에 관중이 가득했다.").is_empty());
}

#[test]
fn a_known_family_name_beside_another_given_name_is_another_person() {
    let canonicals = |t: &str| -> Vec<String> {
        extract(t)
            .entities_of(EntityType::Person)
            .map(|e| e.canonical.clone())
            .collect()
    };
    // the family name alone is the dictionary's person
    assert_eq!(canonicals("그는 트럼프를 만났다."), ["도널드 트럼프"]);
    assert_eq!(canonicals("메르켈 총리가 왔다."), ["앙겔라 메르켈"]);
    // beside another given name it is part of another person's name
    assert_eq!(canonicals("로버트 메르켈 교수가 왔다."), ["로버트 메르켈"]);
}

#[test]
fn foreign_names_read_by_the_role_or_title_beside_them() {
    // one word before a role noun, spelled only leaning foreign
    assert_eq!(
        people("후반전에 카르소 선수가 동점골을 넣었다."),
        ["카르소"]
    );
    assert_eq!(people("결국 벤토 감독이 경질되었다."), ["벤토"]);
    // two words after a role noun, the whole name
    assert_eq!(
        people("스키 선수 마리노 에드워즈가 출전했다."),
        ["마리노 에드워즈"]
    );
    // two words before an organization and a title, the whole name
    assert_eq!(
        people("미야타 하루야 도쿄대 교수가 설문을 진행했다."),
        ["미야타 하루야"]
    );
}

#[test]
fn common_words_beside_roles_stay_common() {
    assert!(people("여자 선수가 결승골을 넣었다.").is_empty());
    assert!(people("축구 선수 생활을 마친 뒤 영화 감독이 되었다.").is_empty());
    assert!(people("유일 진보좌파 후보 선출을 요구했다.").is_empty());
}

#[test]
fn a_name_before_then_and_a_title() {
    assert_eq!(
        people("지난해 윤서진 당시 한빛당 원내대표가 법안을 발의했다."),
        ["윤서진"]
    );
    assert!(people("지난해 그 당시 한빛당 원내대표가 법안을 발의했다.").is_empty());
}

fn orgs(text: &str) -> Vec<String> {
    of(&extract(text), EntityType::Org)
}

#[test]
fn a_company_after_a_noun_for_its_kind() {
    assert_eq!(
        orgs("미국의 트럭 제조업체인 카렌트로가 진출한다. 카렌트로는 신차를 공개했다."),
        ["카렌트로", "카렌트로"]
    );
    // no particle, no name; a common word is no name
    assert!(orgs("국내 제조업체인 만큼 부담이 크다.").is_empty());
    assert!(orgs("협력업체인 관계자가 말했다.").is_empty());
}

#[test]
fn companies_listed_after_a_noun_for_their_kind() {
    let found = orgs("4개 카드사(농협, 하나, 미르, 다온)의 실적을 분석했다.");
    assert_eq!(found, ["농협", "하나", "미르", "다온"]);
    // no item the dictionary knows as a company: no list of companies
    assert!(orgs("3개 회사(가온, 미르, 다온)의 실적을 분석했다.").is_empty());
}

fn titles(text: &str) -> Vec<String> {
    of(&extract(text), EntityType::Title)
}

#[test]
fn a_party_or_a_district_is_no_name() {
    assert!(people("그는 민중당 작전부장을 맡았다. 민중당이 말했다.").is_empty());
    assert_eq!(
        people("정민석 새누리당 마포갑 당협위원장에 따르면"),
        ["정민석"]
    );
    // a name ending so without a place before it is still a name
    assert_eq!(people("윤영갑 당협위원장이 말했다."), ["윤영갑"]);
}

#[test]
fn a_country_and_its_envoy_glued() {
    let doc = extract("캐럴라인 헤이워드 주일 미국대사는 말했다.");
    assert_eq!(of(&doc, EntityType::Title), ["대사"]);
    assert_eq!(of(&doc, EntityType::Location), ["미국"]);
    assert_eq!(of(&doc, EntityType::Person), ["캐럴라인 헤이워드"]);
    // no country before 대사: a line of a play, no title
    assert!(titles("그는 명대사를 남겼다.").is_empty());
}

#[test]
fn a_name_before_a_country_and_a_title() {
    assert_eq!(
        people("미야모토 하루키 일본 외무상은 말했다."),
        ["미야모토 하루키"]
    );
    assert_eq!(
        people("방한한 왕쥔타오 중국 외교담당 국무위원에게 전했다."),
        ["왕쥔타오"]
    );
    assert!(people("한편 미국 대통령은 말했다.").is_empty());
}

#[test]
fn a_role_in_apposition_before_a_name() {
    let doc = extract("중국의 대표적 인권운동가인 왕샤오린이 사망하였다.");
    assert_eq!(of(&doc, EntityType::Person), ["왕샤오린"]);
    assert_eq!(of(&doc, EntityType::Title), ["인권운동가"]);
    assert!(people("배우인 그는 감독인 동시에 작가이다.").is_empty());
    // the word before such a role is what the role is of, no name
    assert_eq!(
        people("가톨릭 사제인 마르코 베넬리가 미사를 집전했다."),
        ["마르코 베넬리"]
    );
}

#[test]
fn a_level_word_written_apart_after_a_foreign_place() {
    let doc = extract("태풍이 일본 가고시마 현 남쪽 해상에서 북상했다.");
    assert_eq!(of(&doc, EntityType::Location), ["일본", "가고시마 현"]);
    // `현재` is no level word, and a country takes none
    let doc = extract("가고시마 현재 상황과 일본 현 정부의 대응");
    assert_eq!(of(&doc, EntityType::Location), ["가고시마", "일본"]);
}

#[test]
fn an_unknown_organization_between_a_name_and_a_title() {
    let doc = extract("정책을 비판한 나윤석 시민교통네트워크 정책위원의 말처럼");
    assert_eq!(of(&doc, EntityType::Person), ["나윤석"]);
    assert_eq!(of(&doc, EntityType::Org), ["시민교통네트워크"]);
    let doc = extract("윤서진 전 한결조선해양 사장이 취임했다.");
    assert_eq!(of(&doc, EntityType::Org), ["한결조선해양"]);
    // a foreign given name and surname before the title are one name
    assert_eq!(
        people("마이클 브로크먼 대표는 말했다."),
        ["마이클 브로크먼"]
    );
    // a common word between is no organization
    assert!(orgs("윤서진 신임 대표는 말했다.").is_empty());
}

#[test]
fn verb_forms_before_titles_and_role_nouns_are_no_names() {
    // a clause ends before the title or the role noun: no one stands there
    assert!(people("그를 제외한 삼성전자 사장이 모였다.").is_empty());
    assert!(people("행사를 마치자 총리 일행은 돌아갔다.").is_empty());
    assert!(people("종소리가 울리자 총리가 일어섰다.").is_empty());
    assert!(!people("해외 무대에 진출한 선수 가운데 그가 첫째다.").contains(&"진출한".to_string()));
    assert!(!people("브랜드를 설립한 디자이너가 은퇴했다.").contains(&"설립한".to_string()));
    // a name ending like a verb form is still one where it reads as a name
    assert_eq!(people("김영한 회장이 취임했다."), ["김영한"]);
    assert_eq!(people("김영자 총장이 말했다."), ["김영자"]);
    assert_eq!(people("조스 웨던 감독이 왔다."), ["웨던"]);
}

#[test]
fn frequent_words_and_units_before_titles_are_no_names() {
    // a common word with its particle, a unit of an organization, a surname glued to 씨
    assert!(people("그의 누나가 대표로 있는 회사다.").is_empty());
    assert!(people("삼성전자 탁구단 감독이 사퇴했다.").is_empty());
    assert_eq!(people("경찰은 윤씨가 대표로 있는 회사를 찾았다."), ["윤씨"]);
    // a name news also writes as a frequent word still stands before a title
    assert_eq!(people("오거돈 부산시장이 사퇴했다."), ["오거돈"]);
}

#[test]
fn a_or_one_before_a_role_noun_is_no_surname() {
    // `한` before a role noun is "a" (`한 가수가`); `박` before one is a surname
    assert!(people("한 가수가 무대에 올랐다.").is_empty());
    assert_eq!(people("박 감독은 웃었다."), ["박 감독"]);
}

#[test]
fn a_given_name_that_is_a_frequent_word_before_a_korean_surname() {
    // a foreign given name and a Korean surname (`제이슨 권`) start with no frequent word
    assert!(!people("그 역시 김 의원을 만났다.").contains(&"역시 김".to_string()));
    assert_eq!(people("그 역시 김 의원을 만났다."), ["김 의원"]);
}

#[test]
fn compound_loanwords_are_no_foreign_names() {
    assert!(people("경기는 와이키키 아이스링크에서 열렸다.").is_empty());
    assert!(people("대회 스페셜 메인이벤트에서 이겼다.").is_empty());
    assert!(people("우리는 트로트 가수 홍미라의 노래를 들었다.")
        .iter()
        .all(|p| p != "트로트"));
    // a name ending like a loanword after a part that is no word stays a name
    assert_eq!(
        people("안드레스 이니에스타가 결승골을 넣었다."),
        ["안드레스 이니에스타"]
    );
}

#[test]
fn a_particle_that_cannot_follow_the_syllable_splits_no_name() {
    // `로` never follows `경` (it takes `으로`): `유출경로는` is one word, no `유출경`
    assert!(people("동영상의 유출경로는 두 가지다.").is_empty());
    assert_eq!(people("박지훈과 만났다."), ["박지훈"]);
}

#[test]
fn a_clubs_home_city_in_a_match_report_is_the_club() {
    assert_eq!(
        orgs("전북은 원정에서 수원을 2-1로 꺾었다."),
        ["전북", "수원"]
    );
    assert_eq!(orgs("그는 제주 이적 후 첫 골을 넣었다."), ["제주"]);
    // where a match is played, or a city outside a match report, is the place
    assert_eq!(places("결승은 서울에서 열렸고 전북이 이겼다."), ["서울"]);
    assert!(orgs("수원은 인구가 많은 도시다.").is_empty());
    assert_eq!(places("수원은 인구가 많은 도시다."), ["수원"]);
    // an English club by its city, the other side with 과의
    assert_eq!(
        orgs("그는 레스터와의 원정경기에서 결승골을 넣었다."),
        ["레스터"]
    );
    assert_eq!(places("그는 뉴캐슬에서 어학연수를 했다."), ["뉴캐슬"]);
}

#[test]
fn a_countrys_armed_forces_glued_to_it() {
    assert_eq!(
        orgs("러시아군과 미군이 각각 훈련을 벌였다."),
        ["러시아군", "미군"]
    );
    // after a Korean place the same syllable is a county
    assert!(orgs("양평군과 가평군이 협약했다.").is_empty());
    assert!(orgs("아군과 적군이 맞섰다.").is_empty());
}

#[test]
fn a_surname_and_a_title_glued() {
    let doc = extract("이총리는 김대표와 만났다.");
    assert_eq!(of(&doc, EntityType::Person), ["이", "김"]);
    assert_eq!(of(&doc, EntityType::Title), ["총리", "대표"]);
    // titles of their own that start like a surname, and common words that read so
    assert!(people("부사장이 왔고 이사장은 떠났다.").is_empty());
    assert!(people("백사장을 걷다가 한의원에 갔다.").is_empty());
    assert!(people("여사장 실종 사건과 동대표 선거").is_empty());
}

#[test]
fn a_country_and_its_ministry_are_two_entities() {
    let doc = extract("미국 국무부와 일본 외무성은 성명을 냈다.");
    assert_eq!(of(&doc, EntityType::Location), ["미국", "일본"]);
    assert_eq!(of(&doc, EntityType::Org), ["국무부", "외무성"]);
    // a body whose name a Korean ministry has is that ministry's entry
    let doc = extract("화춘잉 중국 외교부 대변인은 유감을 표했다.");
    assert_eq!(of(&doc, EntityType::Org), ["외교부"]);
    assert_eq!(of(&doc, EntityType::Location), ["중국"]);
}

#[test]
fn a_chinese_or_japanese_city_by_its_city_form() {
    let doc = extract("베이징시와 오사카시는 교류 협정을 맺었다.");
    assert_eq!(of(&doc, EntityType::Location), ["베이징시", "오사카시"]);
    // 시 starting another word is no part of the name
    assert_eq!(
        of(
            &extract("베이징 시내에서 회의가 열렸다."),
            EntityType::Location
        ),
        ["베이징"]
    );
    // a ward of Tokyo is no city
    assert!(of(&extract("신주쿠시에서 만났다."), EntityType::Location).is_empty());
}

#[test]
fn modifiers_before_role_nouns_are_not_people() {
    assert!(people("최전방 공격수 자리를 놓고 세 명이 경쟁했다.").is_empty());
    assert!(people("그는 차세대 가수로 주목받았다.").is_empty());
    // a name before its role noun still is one
    assert_eq!(people("이연복 셰프가 요리를 선보였다."), ["이연복"]);
    assert_eq!(people("송지민 감독이 작전을 지시했다."), ["송지민"]);
}

#[test]
fn an_address_part_after_its_district() {
    let doc = extract(
        "불은 대구 수성구 범어동 한 상가에서 났고, 진도군 임회면과 화성시 팔탄면까지 번졌다.",
    );
    let places = of(&doc, EntityType::Location);
    for part in ["범어동", "임회면", "팔탄면"] {
        assert!(places.iter().any(|p| p == part), "{part} in {places:?}");
    }
}

#[test]
fn common_words_after_a_district_are_no_address() {
    let doc = extract(
        "마포구 활동을 넓히고 강남구 관리와 서구 측면을 살폈다. 동네 이름 범어동은 옛말이다.",
    );
    let places = of(&doc, EntityType::Location);
    for word in ["활동", "관리", "측면", "범어동"] {
        assert!(!places.iter().any(|p| p == word), "{word} in {places:?}");
    }
}

#[test]
fn a_surname_and_mo_written_apart() {
    // with its honorific, as the gold writes `김 모 씨`; not with a title
    assert_eq!(people("집주인 김 모 씨(53)는 말했다."), ["김 모 씨"]);
    assert_eq!(people("공동대표인 조 모 변호사가 나섰다."), ["조 모"]);
    assert_eq!(people("기관사 오 모씨는 몰랐다."), ["오 모씨"]);
    assert_eq!(people("수술을 받던 한 모(47) 씨가 숨졌다."), ["한 모"]);
}

#[test]
fn mo_apart_without_a_person_context() {
    assert!(people("이 모든 일은 끝났다. 이 모델은 인기다.").is_empty());
    assert!(people("그 모 회사는 문을 닫았다.").is_empty());
}

#[test]
fn a_local_office_named_by_a_part_of_its_city_is_the_citys() {
    let orgs = |t: &str| of(&extract(t), EntityType::Org);
    assert_eq!(
        orgs("인천 남부경찰서는 수사에 나섰다."),
        ["인천 남부경찰서"]
    );
    assert_eq!(orgs("대구 동부소방서가 출동했다."), ["대구 동부소방서"]);
    // an office with a name of its own stays apart from its city
    assert_eq!(orgs("인천 새빛경찰서는 밝혔다."), ["새빛경찰서"]);
}

#[test]
fn a_county_after_its_province() {
    let doc = extract("평안북도 철산군에서 쐈고, 강원도 평강군에도 눈이 왔다.");
    let places = of(&doc, EntityType::Location);
    for part in ["철산군", "평강군"] {
        assert!(places.iter().any(|p| p == part), "{part} in {places:?}");
    }
}

#[test]
fn common_words_after_a_province_or_peninsula_are_no_county() {
    let doc = extract("한반도 재난감시 체계와 경기도 일반도시, 강원도 해군 부대를 살폈다.");
    let places = of(&doc, EntityType::Location);
    for word in ["재난감시", "일반도시", "해군"] {
        assert!(!places.iter().any(|p| p == word), "{word} in {places:?}");
    }
}

#[test]
fn a_city_all_over_which_something_happens_is_where() {
    let doc = extract("광주시 곳곳에 현수막이 걸렸고, 광주시 전역에 비가 왔다.");
    assert!(of(&doc, EntityType::Org).is_empty());
    let doc = extract("광주시는 전역 장병을 돕겠다고 밝혔다.");
    assert!(of(&doc, EntityType::Location).is_empty());
}

#[test]
fn the_police_and_prosecution_where_they_act() {
    assert_eq!(
        orgs("경찰은 용의자의 집에 진입을 시도했다. 주민들은 경찰에 신고했다."),
        ["경찰", "경찰"]
    );
    assert_eq!(orgs("검찰이 구속영장을 청구했다."), ["검찰"]);
    // the subject of no clause, another country's, or a word of its own
    assert!(orgs("집주인은 경찰에 신고했다.").is_empty());
    assert!(orgs("말레이시아 경찰은 용의자를 추적했다.")
        .iter()
        .all(|o| o != "경찰"));
    assert!(orgs("경찰관이 다쳤고 검찰청사가 붐볐다.").is_empty());
}

#[test]
fn the_courts_where_they_judge() {
    // KLUE-style trial reports: the court as subject, as the one a sentence comes from,
    // as the one a case goes to
    assert_eq!(
        orgs("법원이 보석 신청을 받아들여 그는 석방됐다. 검찰은 법원에 항고했다."),
        ["법원", "검찰", "법원"]
    );
    assert_eq!(
        orgs("그는 마약 혐의로 법원으로부터 실형을 선고받았다."),
        ["법원"]
    );
    assert_eq!(orgs("그는 1심 선고 하루 만에 법원에 항소했다."), ["법원"]);
    // a trial held at a court, a court of another country, or a court's own name
    assert!(orgs("그는 법원에서 집행유예를 선고받았다.").is_empty());
    assert!(orgs("중국 법원은 그에게 징역형을 선고했다.")
        .iter()
        .all(|o| o != "법원"));
    assert!(orgs("그는 가정법원 앞에서 기다렸다.")
        .iter()
        .all(|o| o != "법원"));
}

#[test]
fn hospitals_and_hotels_where_something_happens() {
    // the venue of a death, a treatment, a press event: a LOCATION, as the gold keeps venues
    let doc = extract("그는 25일 오전 서울대병원에서 숨을 거뒀다.");
    assert_eq!(of(&doc, EntityType::Location), ["서울대병원"]);
    let doc = extract("부상자 2명은 아주대병원으로 이송됐다.");
    assert_eq!(of(&doc, EntityType::Location), ["아주대병원"]);
    let doc = extract("빈소는 세브란스병원 장례식장에 마련됐다.");
    assert!(of(&doc, EntityType::Location).contains(&"세브란스병원".to_string()));
    // the hospital that speaks or acts stays the ORG
    assert_eq!(
        orgs("삼성서울병원은 격리 대상자가 늘었다고 밝혔다."),
        ["삼성서울병원"]
    );
    assert!(orgs("서울대병원에 따르면 그는 회복 중이다.").contains(&"서울대병원".to_string()));
}

#[test]
fn embassies_named_by_their_country() {
    assert_eq!(
        orgs("시민들은 일본 대사관 앞에서 집회를 열었다."),
        ["일본 대사관"]
    );
    assert_eq!(orgs("주일대사관은 성명을 냈다."), ["주일대사관"]);
    assert_eq!(orgs("주한 프랑스대사관이 밝혔다."), ["주한 프랑스대사관"]);
    // whose embassy, only a place says
    assert!(orgs("대사관은 문을 닫았고 영사관 직원이 나왔다.").is_empty());
}

#[test]
fn parties_by_their_head() {
    assert_eq!(
        orgs("한빛민주당과 누리자유당은 합당을 선언했다."),
        ["한빛민주당", "누리자유당"]
    );
    // a common word ending in 당, and the bare head
    assert!(orgs("그는 식당에서 해당 정당의 신당 창당을 말했다.").is_empty());
}

#[test]
fn civic_groups_and_headquarters_named_at_length() {
    assert_eq!(
        orgs("공정투표시민연대와 바다살리기운동본부가 밝혔다."),
        ["공정투표시민연대", "바다살리기운동본부"]
    );
    assert_eq!(
        orgs("중앙홍수안전대책본부는 비상을 걸었다."),
        ["중앙홍수안전대책본부"]
    );
    // short, the head is a common noun: an alliance, a task force, a social network
    assert!(orgs("야권연대와 사고대책본부, 소셜네트워크가 화제다.").is_empty());
}

#[test]
fn nouns_of_a_process_are_no_bare_names() {
    for text in ["철도 민영화를 반대했다.", "정치의 우경화 우려가 커졌다."] {
        assert!(people(text).is_empty(), "{text}");
    }
    // in a name's context a name ending in 화 stays one
    assert_eq!(people("민영화 씨가 말했다."), ["민영화"]);
}

#[test]
fn the_short_form_of_the_united_states_before_a_title() {
    let doc = extract("존 케리 미 국무장관이 말했다.");
    assert_eq!(of(&doc, EntityType::Location), ["미"]);
    assert!(of(
        &extract("결과는 아직 미 확정 상태다."),
        EntityType::Location
    )
    .is_empty());
}

#[test]
fn a_chairman_beside_a_person() {
    assert_eq!(titles("시진핑 주석은 이날 말했다."), ["주석"]);
    assert!(titles("그는 논문에 주석을 달았다.").is_empty());
    // a verb made a noun after the title is no name
    assert_eq!(people("그는 '천정웅 주석 따라하기'를 했다."), ["천정웅"]);
}

#[test]
fn a_place_name_before_an_age_is_a_person() {
    let doc = extract("양궁 대표 안산(20·광주여대)이 우승했다. 안산 선수는 웃었다.");
    assert_eq!(of(&doc, EntityType::Person), ["안산", "안산"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // no age: the city
    assert_eq!(
        of(&extract("안산에서 대회가 열렸다."), EntityType::Location),
        ["안산"]
    );
}

#[test]
fn a_minister_glued_to_the_ministry() {
    let doc = extract("정하윤 법무부장관은 이날 말했다.");
    assert_eq!(of(&doc, EntityType::Org), ["법무부"]);
    assert_eq!(of(&doc, EntityType::Title), ["장관"]);
    assert_eq!(of(&doc, EntityType::Person), ["정하윤"]);
    // no ministry before it: one word
    assert!(orgs("그는 일부장관들을 비판했다.").is_empty());
}

#[test]
fn historical_states_that_are_common_words_too() {
    assert_eq!(
        places("조선 후기의 유물과 고려시대 문서가 나왔다. 조선의 궁궐이다."),
        ["조선", "고려", "조선"]
    );
    // shipbuilding and consideration
    assert!(places("조선 업계는 수주를 고려해야 한다. 고려를 했다.").is_empty());
}

#[test]
fn a_companys_store_named_by_its_place() {
    assert_eq!(
        places("손님들이 코스트코 양평점과 이마트 성수점에 몰렸다."),
        ["코스트코 양평점", "이마트 성수점"]
    );
    // the kinds of store and other nouns in 점
    assert!(places("코스트코 할인점과 이마트 문제점을 다뤘다.").is_empty());
}

#[test]
fn a_team_after_its_country_and_its_sport() {
    assert_eq!(
        orgs("중국 축구 국가대표팀이 이겼다."),
        ["중국 축구 국가대표팀"]
    );
    // no country before the sport: no owner
    assert!(orgs("동네 축구 대표팀이 이겼다.").is_empty());
}

#[test]
fn unions_by_their_trade() {
    assert_eq!(
        orgs("금융노조와 보건의료노조가 총파업을 결의했다."),
        ["금융노조", "보건의료노조"]
    );
    // kinds of union
    assert!(orgs("법외노조 통보와 강성노조 논란이 일었다.").is_empty());
}

#[test]
fn asking_and_building_are_no_organizations() {
    assert!(orgs("법원에 가처분신청을 냈고 시공사는 협조요청을 했다.").is_empty());
    assert_eq!(orgs("식품의약품안전처가 밝혔다."), ["식품의약품안전처"]);
}

#[test]
fn counted_bodies_and_authorities_are_no_names() {
    assert!(orgs("기존 부서(3위원회 1은행 2국)를 개편했다.").is_empty());
    assert!(orgs("미국 보건당국은 경보를 내렸다.").is_empty());
    assert_eq!(
        orgs("미국 지질조사국은 경보를 내렸다."),
        ["미국 지질조사국"]
    );
}

#[test]
fn a_loanword_before_a_role_noun_is_no_name() {
    assert!(people("그는 일렉트로닉 음악가로 활동했다.").is_empty());
    assert_eq!(people("재즈 피아니스트 윤서진이 연주했다."), ["윤서진"]);
}

#[test]
fn a_bodys_board_after_its_owner() {
    assert_eq!(orgs("EU 이사회 의장국이 밝혔다."), ["EU 이사회"]);
    // alone, whose board only an owner says
    assert!(orgs("이사회는 안건을 의결했다.").is_empty());
}

#[test]
fn an_address_goes_on_after_a_part_found_by_its_head() {
    assert_eq!(
        places("충청남도 연기군 금남면 도암리 농장에서 신고가 들어왔다."),
        ["충청남도", "연기군", "금남면", "도암리"]
    );
    // a word in 리 after no town
    assert!(!places("충청남도 연기군 관리 실태를 점검했다.").contains(&"관리".to_string()));
}

#[test]
fn a_short_given_name_starts_a_foreign_name() {
    // a one-syllable given name several foreign people of the dictionary share, then words
    // spelled foreign: one name, with no title or role around it
    assert_eq!(
        people("득표율 30%를 기록한 존 에드워즈와 함께 무대에 섰다."),
        ["존 에드워즈"]
    );
    assert_eq!(
        people("공원 뒤 존 에프 케네디 기념관에서 모였다."),
        ["존 에프 케네디"]
    );
    // the short name before a common word or a loanword is no name
    assert!(people("이번 존 설정은 어렵다고 말했다.").is_empty());
    assert!(people("그 빌 디스플레이는 밝았다.").is_empty());
}

#[test]
fn a_foreign_name_keeps_its_last_syllable_i() {
    // `이` after a syllable with no final consonant is no subject particle (that is `가`):
    // it ends the name
    assert_eq!(
        people("이 자리에서 빈센트 그레이는 연설을 했다."),
        ["빈센트 그레이"]
    );
    // after a final consonant it is the subject, and the next words are another name: no
    // name runs across it
    let found = people("영국 배우 엠마 왓슨이 알란 릭맨을 추모했다.");
    assert!(found.iter().all(|p| !p.contains("왓슨이")), "{found:?}");
}

#[test]
fn a_company_after_the_bare_noun_for_its_kind() {
    // a noun for a kind of company with its field, then the name and a particle
    assert_eq!(
        orgs("여론조사기관 한빛리서치는 지난주 설문 결과를 내놓았다."),
        ["한빛리서치"]
    );
    assert_eq!(orgs("이날 홍보회사 누리컴이 행사를 맡았다."), ["누리컴"]);
    // the noun alone is the first of two nouns, and a count is no name
    assert!(orgs("이후 회사 승합차가 그를 태우고 떠났다.").is_empty());
    assert!(orgs("자동차부품업체 5곳이 문을 닫았다.").is_empty());
}

#[test]
fn a_company_in_quotation_marks_after_the_noun_for_its_kind() {
    // the quotes close the name: no particle needed after it
    assert_eq!(
        orgs("그는 취업컨설팅업체 '누리잡' 본사를 찾았다."),
        ["누리잡"]
    );
    assert_eq!(orgs("명품업체 “루벨라” 투자를 유치했다."), ["루벨라"]);
    // the noun alone, a count, or a quotation holding more than one word is no company
    assert!(orgs("그 업체 '누리잡' 본사를 찾았다.").is_empty());
    assert!(orgs("자동차부품업체 '5곳'이 문을 닫았다.").is_empty());
    assert!(orgs("의류업체 '대박 행진' 이야기").is_empty());
}

#[test]
fn a_countrys_squad_is_its_team() {
    assert_eq!(
        orgs("개막을 앞두고 북한 선수단이 입국했다."),
        ["북한 선수단"]
    );
    // a club's squad is the club's players: the club stays the name
    assert_eq!(
        orgs("롯데 자이언츠 선수단이 훈련을 마쳤다."),
        ["롯데 자이언츠"]
    );
}

#[test]
fn surname_and_title_that_is_a_common_word() {
    // 지사, 시장, 소장 are left out of the TITLE dictionary (a branch office, a market, a
    // complaint); after a surname alone they are the person's title
    assert_eq!(people("홍 지사는 출석하지 않았다."), ["홍 지사"]);
    assert_eq!(
        people("이날 박 전 시장이 조 소장을 만났다."),
        ["박 전 시장", "조 소장"]
    );
    // `이` is "this" before one, and a market with no surname before it is no one
    assert!(people("이 지사는 문을 닫았다.").is_empty());
    assert!(people("전통 시장 상인과 지사 직원이 모였다.").is_empty());
}

#[test]
fn a_quoted_name_before_a_title() {
    // a Korean name alone in quotation marks, then its title
    assert_eq!(
        people("학계의 원로로 불리는 '박정우' 교수는 강연을 했다."),
        ["박정우"]
    );
    assert_eq!(people("이른바 “김민철” 사장이 나섰다."), ["김민철"]);
    // a word read as a name by the title alone (`정상회`) is none when the quotation holds
    // more words than it or is glued to a word
    assert_eq!(people("이른바 '정상회' 회장이 나섰다."), ["정상회"]);
    assert!(people("이른바 '새 정상회' 회장이 나섰다.").is_empty());
    assert!(people("그는 영화'정상회' 회장이라고 했다.").is_empty());
}

#[test]
fn a_surname_before_madam() {
    // `여사` after a lone surname names the person, `이` included (`이 여사`); the mention
    // takes the noun of address, as a title is taken
    assert_eq!(
        people("이 여사 일행은 만찬에 참석했다. 김 여사는 환영사를 들었다."),
        ["이 여사", "김 여사"]
    );
    // a word that is no surname, or `여사` glued into another word, is no one
    assert!(people("그 여사는 웃었다. 이 여사장은 가게를 열었다.").is_empty());
}

#[test]
fn titles_glued_to_names_and_to_former() {
    // a full name glued to its title, and `전` glued to a title after a lone surname
    assert_eq!(
        people("미국을 방문 중인 윤서진대통령은 연설했다."),
        ["윤서진"]
    );
    assert_eq!(
        people("조사를 받은 성 전회장은 기자회견을 열었다."),
        ["성 전회장"]
    );
    // a common word before a glued title is no name, nor a word glued to `전…`
    assert!(people("정책위의장은 회의를 열었다. 그는 대회장에서 전회장을 만났다.").is_empty());
}

#[test]
fn ordinal_titles_before_two_particles() {
    // `제1위원장과의`: the ordinal title before a chain of two particles
    assert_eq!(
        people("그는 김 제1위원장과의 회동에서 강조했다."),
        ["김 제1위원장"]
    );
    assert!(people("그는 제1위원장과의 회동에서 강조했다.").is_empty());
}

#[test]
fn a_common_given_name_keeps_a_frequent_or_place_family_name() {
    // the family name is a frequent word (`마틴`) or a place (`웨일스`): the given name says
    // a person stands there
    assert_eq!(
        people("리키 마틴은 멕시코에서 콘서트를 열었다."),
        ["리키 마틴"]
    );
    let doc = extract("인터넷 사업가인 지미 웨일스가 강연했다.");
    assert_eq!(of(&doc, EntityType::Person), ["지미 웨일스"]);
    assert!(of(&doc, EntityType::Location).is_empty());
    // before a title the family name may be spelled any way but a common word's
    assert_eq!(
        people("그는 토니 애벗 호주 총리와 회담했다."),
        ["토니 애벗"]
    );
    // a place after a word that is no given name stays a place
    let doc = extract("그는 영국 웨일스에서 자랐다. 지미 회장이 왔다.");
    assert_eq!(of(&doc, EntityType::Location), ["영국", "웨일스"]);
}

#[test]
fn the_police_and_prosecution_by_their_acts() {
    let doc = extract("경찰 조사 결과 그는 금속탐지기를 썼다. 검찰조사를 받은 그는 입을 열었다.");
    assert_eq!(of(&doc, EntityType::Org), ["경찰", "검찰"]);
    // a report to the police is no act of the body
    assert!(of(&extract("집주인은 경찰에 신고했다."), EntityType::Org).is_empty());
}

#[test]
fn nouns_of_a_name_shape_after_a_determiner_or_with_an_affix() {
    // a noun after `새`/`첫`, a noun with a Sino-Korean prefix or suffix: no one
    assert!(people("그는 철도 역사에 새 이정표를 세웠다.").is_empty());
    assert!(people("성장과 분배가 선순환을 이루고 수신료 조정안을 의결했다.").is_empty());
    // a level in a list is no surname before a title
    assert!(people("시·도 소방본부장이 설치를 맡는다.").is_empty());
    // a name with a context stays one after a determiner
    assert_eq!(people("새 대표 윤서진 씨가 왔다."), ["윤서진"]);
}

#[test]
fn an_affiliate_named_after_its_group() {
    // the group's Latin name glued to the affiliate's: the longest name wins
    let doc = extract("검찰은 CJ글로벌홀딩스 부사장을 기소했다.");
    assert_eq!(of(&doc, EntityType::Org), ["검찰", "CJ글로벌홀딩스"]);
    // the group and a kind of business alone stay the dictionary's
    let doc = extract("CJ그룹은 투자를 밝혔다.");
    assert_eq!(of(&doc, EntityType::Org), ["CJ그룹"]);
}

#[test]
fn a_district_that_mobilizes_or_demolishes_acts() {
    let doc = extract("이에 강남구는 이들 시설을 강제 철거했다.");
    assert_eq!(of(&doc, EntityType::Org), ["강남구"]);
    // where it is, it stays a place
    let doc = extract("그는 강남구에서 철거 현장을 봤다.");
    assert_eq!(of(&doc, EntityType::Location), ["강남구"]);
}

#[test]
fn a_station_written_apart_after_its_place() {
    let doc = extract("열차는 도쿄 역에서 출발해 후쿠시마 역과 센다이 사이를 달렸다.");
    assert_eq!(
        of(&doc, EntityType::Location),
        ["도쿄 역", "후쿠시마 역", "센다이"]
    );
    // after a word that is no place, `역` apart is a role
    assert!(of(
        &extract("그는 드라마에서 이순신 역을 맡았다."),
        EntityType::Location
    )
    .is_empty());
}

#[test]
fn a_word_in_the_genitive_owns_the_title_after_it() {
    // one word spelled foreign before a title is the person …
    assert_eq!(people("마크롱 대통령이 연설했다."), ["마크롱"]);
    // … but in the genitive it is the title's owner
    assert!(people("라디오스타의 아나운서 음성이 흘러나왔다.").is_empty());
    assert!(people("데일리스타의 기자는 답하지 않았다.").is_empty());
}

#[test]
fn korean_historical_names_and_poll_regions() {
    assert_eq!(
        people("광개토대왕과 장보고를 다룬 드라마가 방영됐다."),
        ["광개토대왕", "장보고"]
    );
    let doc = extract("권역별로는 경북권과 충남권에서 찬성이 많았다.");
    assert_eq!(of(&doc, EntityType::Location), ["경북권", "충남권"]);
}

#[test]
fn an_adverb_in_hi_before_a_title_is_no_person() {
    // 단순히, 솔직히, 여전히: the adverb suffix 히 ends no Korean given name
    assert!(people("이 수치는 단순히 기자 개인의 분석일 수 있다.").is_empty());
    assert!(people("그 발언은 여전히 후보 개인의 문제로 남았다.").is_empty());
    assert!(people("솔직히 감독 입장에서는 아쉽다.").is_empty());
    // a name before the same titles is still one
    assert_eq!(people("김정희 기자가 보도했다."), ["김정희"]);
    assert_eq!(people("단성호 후보는 이날 사퇴했다."), ["단성호"]);
}

#[test]
fn han_before_a_title_is_a_surname_only_where_a_phrase_starts() {
    // the surname: the person named in full before, and a sentence's first word
    assert_eq!(
        people("한지훈 산업부 장관은 회의를 열었다. 이 때문에 한 장관은 사과했다."),
        ["한지훈", "한 장관"]
    );
    assert_eq!(people("한 총리는 이날 회의를 주재했다."), ["한 총리"]);
    // "a" after an organization, a body or a possessive; "who did" after an object or a quote
    assert!(people("청와대 한 행정관이 지시했다.").is_empty());
    assert!(people("야당 한 의원은 반대했다.").is_empty());
    assert!(people("민생당의 한 당선인은 반대했다.").is_empty());
    assert!(people("막말을 한 목사는 사과했다.").is_empty());
    assert!(people("협력을 약속했다고 한 장관은 설명했다.").is_empty());
}

#[test]
fn daepyo_qualifying_a_noun_is_no_title() {
    let titles = |text: &str| of(&extract(text), EntityType::Title);
    // "the representative company, brand, dish": no title, and no holder before it
    assert!(titles("넥스트론은 코스닥 대표 기업으로 꼽힌다.").is_empty());
    assert!(people("넥스트론은 코스닥 대표 기업으로 꼽힌다.").is_empty());
    assert!(titles("비빔밥은 전주 대표 음식이다.").is_empty());
    assert!(titles("이 회사의 대표 브랜드를 소개했다.").is_empty());
    // the title, before a name, a particle or another title
    assert_eq!(
        titles("김민수 대표는 회사의 대표 상품을 소개했다."),
        ["대표"]
    );
    assert_eq!(titles("회사 대표 김철수 씨가 참석했다."), ["대표"]);
}

#[test]
fn people_before_an_age_note() {
    // a given name alone, before an age and an honorific
    assert_eq!(
        people("회사원 민서(51)씨가 지난 3일 경찰에 신고했다."),
        ["민서"]
    );
    assert_eq!(
        people("그룹 멤버 하윤(27) 씨가 댓글 작성자를 고소했다."),
        ["하윤"]
    );
    // a common given name and a word that leans foreign: the whole name
    assert_eq!(
        people("현지 언론은 카를로스 추비야(38)가 범행을 자백했다고 전했다."),
        ["카를로스 추비야"]
    );
}

#[test]
fn age_notes_after_nouns_name_no_one() {
    assert!(people("집에서 딸(22)과 아들(25)이 함께 살았다.").is_empty());
    assert!(people("작은 숫자(2)와 큰 숫자(8)가 화면에 제시됐다.").is_empty());
    assert!(people("돼지농장(4,300마리)과 더블헤더(7, 8월)가 있었다.").is_empty());
    // a Korean name after a role is no word of a foreign name (`조타수 오모`)
    assert_eq!(
        people("조타수 오모(58)씨에 따르면 배가 기울었다."),
        ["오모"]
    );
}

#[test]
fn names_joined_by_hyphens_to_a_person() {
    assert_eq!(
        people("배우 윤서진-박지훈-이영호 주연의 새 드라마가 공개됐다."),
        ["윤서진", "박지훈", "이영호"]
    );
    assert_eq!(
        people("배우 윤서진-최승현 커플이 결혼 소식을 전했다."),
        ["윤서진", "최승현"]
    );
    // routes and match-ups of places, and words beside no person, are no list of people
    assert!(people("부전-마산 복선전철 구간과 한국-중국 항로가 열렸다.").is_empty());
    assert_eq!(
        people("배우 윤서진이 출연한 중간-최종 결과가 나왔다."),
        ["윤서진"]
    );
}

#[test]
fn lists_of_names_closed_by_deung() {
    // three names closed by `등`: the one whose odds alone lean away is a person too
    assert_eq!(
        people("장례식에는 한다온, 최민경, 윤하늘 등 동료 배우들이 참석했다."),
        ["한다온", "최민경", "윤하늘"]
    );
    // words of a name's form that are no names, and lists of places, are no list of people
    assert!(people("법안은 이성애, 양성애, 동성애 등을 성적지향으로 정의했다.").is_empty());
    assert!(people("폭설로 언별리, 임곡리, 어단리 등 마을의 버스가 끊겼다.").is_empty());
    // `등` starting a longer word closes no list: the word of low odds stays out
    assert!(!people("윤하늘, 최민경, 한다온 등장인물이 바뀌었다.").contains(&"한다온".to_string()));
}

#[test]
fn a_role_noun_is_no_word_of_the_foreign_name_after_it() {
    // role nouns that are transliterations too, and no frequent word of the stop list
    assert_eq!(
        people("피아니스트 알렉산드르 말로페예프가 연주했다."),
        ["알렉산드르 말로페예프"]
    );
    assert_eq!(
        people("스트라이커 에르빈 마르티노스가 골을 넣었다."),
        ["에르빈 마르티노스"]
    );
}

#[test]
fn local_offices_named_with_their_city() {
    let orgs = |t: &str| of(&extract(t), EntityType::Org);
    let places = |t: &str| of(&extract(t), EntityType::Location);
    // a district office named by its direction joins its city; a bare health centre its county
    assert_eq!(orgs("울산 동구청은 29일 도로를 정비했다."), ["울산 동구청"]);
    assert_eq!(orgs("양평군 보건소는 주민을 검진했다."), ["양평군 보건소"]);
    // a station with a name of its own stands apart from its city, and a province is an address
    assert_eq!(places("부산 해운대경찰서는 김씨를 입건했다."), ["부산"]);
    assert_eq!(places("전남 해남경찰서는 수사를 시작했다."), ["전남"]);
    // bare `구청` and the offices of every city and district are words
    assert!(orgs("민원인이 구청에 들렀고 시군구청 직원이 응대했다.").is_empty());
}

#[test]
fn teams_centres_and_venues_by_their_heads() {
    let orgs = |t: &str| of(&extract(t), EntityType::Org);
    let places = |t: &str| of(&extract(t), EntityType::Location);
    // a country's team glued to it, as written apart
    assert_eq!(orgs("일본대표팀은 이틀 뒤 출국한다."), ["일본대표팀"]);
    // a centre named at length, not one every town has
    assert_eq!(
        orgs("환경보건시민감시센터는 조사 결과를 공개했다."),
        ["환경보건시민감시센터"]
    );
    assert!(orgs("유통물류센터와 데이터센터가 문을 열었다.").is_empty());
    // villages, rest stops, interchanges and reservoirs glued to their names
    assert_eq!(
        places("차량은 덕평휴게소를 지나 호법나들목에서 멈췄다."),
        ["덕평휴게소", "호법나들목"]
    );
    assert!(places("시골마을 저수지에서 낚시를 했다.").is_empty());
    // a development apart after its city is the city's
    assert_eq!(places("정부는 군산 산업단지에 공장을 지었다."), ["군산"]);
}

#[test]
fn lists_of_address_parts() {
    let places = |t: &str| of(&extract(t), EntityType::Location);
    assert_eq!(
        places("밀양시 삼랑진읍, 하남읍 일대에 비가 내렸다."),
        ["밀양시", "삼랑진읍", "하남읍"]
    );
    // a common word after the list's comma is no part
    assert_eq!(
        places("밀양시 삼랑진읍, 활동을 마쳤다."),
        ["밀양시", "삼랑진읍"]
    );
}

#[test]
fn a_match_or_a_race_after_a_modifier_is_no_city() {
    let places = |t: &str| of(&extract(t), EntityType::Location);
    assert!(places("두 팀은 흥미로운 대전을 펼쳤다.").is_empty());
    assert!(places("그는 치열했던 경주를 돌아봤다.").is_empty());
    assert_eq!(places("정부는 대전에 연구소를 세운다."), ["대전"]);
}
