// Generated from the catalogues locales/{kk,ru,en}.toml by `cargo run --example codegen`
// (tests/generated.rs fails while it is stale): edit the catalogues, not this file.
//! Every word of the core but the grammar (the sentences that need cases and plurals are
//! code, in `{kk,ru,en}.rs`): the catalogues packed into the tables the core reads.

/// The number messages in Kazakh.
pub(crate) const NUMBER_KK: crate::words::NumberTexts = crate::words::NumberTexts {
    names: [["ЖСН", "ЖСН"], ["БСН", "БСН"]],
    quotes: ["«", "»"],
    empty_base: "ЖСН-нің алғашқы 11 цифрын енгізіңіз",
    empty: "{} енгізіңіз",
    need_base: "11 цифр қажет",
    need: "{} 12 цифрдан тұруы керек",
    found: "{}, ал енгізілгені: {}",
    far_too_long: "{}, ал енгізілгені әлдеқайда көп",
    invalid_character: "{} тек цифрлардан тұрады: {} таңбасын алып тастаңыз ({}-орын)",
    checksum: "{} қате енгізілген: бақылау разряды сәйкес келмейді. Әр цифрды тексеріңіз",
    unissuable: "Бұл 11 цифрдан {} қалыптастырылмайды. Әр цифрды тексеріңіз",
    not_a_string: "{} мәтін түрінде берілуі керек",
};

/// The number messages in Russian.
pub(crate) const NUMBER_RU: crate::words::NumberTexts = crate::words::NumberTexts {
    names: [["ИИН", "ИИН"], ["БИН", "БИН"]],
    quotes: ["«", "»"],
    empty_base: "Введите первые 11 цифр ИИН",
    empty: "Введите {}",
    need_base: "Нужно 11 цифр",
    need: "{} должен состоять из 12 цифр",
    found: "{}, а введено: {}",
    far_too_long: "{}, а введено намного больше",
    invalid_character: "{} может содержать только цифры: уберите символ {} (позиция {})",
    checksum: "{} указан с ошибкой: контрольный разряд не совпадает. Проверьте каждую цифру",
    unissuable: "{} не может начинаться с этих 11 цифр. Проверьте каждую цифру",
    not_a_string: "{} нужно передать в виде текста",
};

/// The number messages in English.
pub(crate) const NUMBER_EN: crate::words::NumberTexts = crate::words::NumberTexts {
    names: [["IIN", "An IIN"], ["BIN", "A BIN"]],
    quotes: ["“", "”"],
    empty_base: "Enter the first 11 digits of the IIN",
    empty: "Enter the {}",
    need_base: "Enter 11 digits",
    need: "{} must have 12 digits",
    found: "{}: this has {}",
    far_too_long: "{}: this is far too long",
    invalid_character: "{} can only contain digits: remove {} (character {})",
    checksum: "This {} is not valid: its check digit does not match. Check each digit",
    unissuable: "No {} begins with these 11 digits. Check each digit",
    not_a_string: "{} must be given as text",
};

/// The sections' legends.
#[cfg(feature = "form")]
pub(crate) mod sections {
    use crate::words::Words;
    /// `addressee`.
    pub(crate) const ADDRESSEE: Words = words!["Кімге", "Кому", "To whom"];
    /// `request`.
    pub(crate) const REQUEST: Words = words!["Өтініш", "Заявление", "Application"];
    /// `names`.
    pub(crate) const NAMES: Words = words!["Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Name"];
    /// `birth`.
    pub(crate) const BIRTH: Words = words!["Туған күні және жынысы", "Дата рождения и пол", "Date of birth and sex"];
    /// `citizenship`.
    pub(crate) const CITIZENSHIP: Words = words!["Азаматтығы", "Гражданство", "Citizenship"];
    /// `document`.
    pub(crate) const DOCUMENT: Words = words!["Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"];
    /// `birthPlace`.
    pub(crate) const BIRTH_PLACE: Words = words!["Туған жері", "Место рождения", "Place of birth"];
    /// `previousIin`.
    pub(crate) const PREVIOUS_IIN: Words = words!["Бұрын берілген ЖСН", "Ранее присвоенный ИИН", "IIN already assigned"];
    /// `consents`.
    pub(crate) const CONSENTS: Words = words!["Келісім", "Согласие", "Consent"];
}

/// The choices' labels, by list.
#[cfg(feature = "form")]
pub(crate) mod choices {
    /// `sex`.
    pub(crate) mod sex {
        use crate::words::Words;
        /// `male`.
        pub(crate) const MALE: Words = words!["Ер", "Мужской", "Male"];
        /// `female`.
        pub(crate) const FEMALE: Words = words!["Әйел", "Женский", "Female"];
    }
    /// `documentType`.
    pub(crate) mod document_type {
        use crate::words::Words;
        /// `passport`.
        pub(crate) const PASSPORT: Words = words!["Төлқұжат", "Паспорт", "Passport"];
        /// `identity_card`.
        pub(crate) const IDENTITY_CARD: Words = words!["Жеке куәлік", "Удостоверение личности", "Identity card"];
        /// `residence_permit`.
        pub(crate) const RESIDENCE_PERMIT: Words = words!["Тұруға ықтиярхат", "Вид на жительство", "Residence permit"];
        /// `stateless_travel_document`.
        pub(crate) const STATELESS_TRAVEL_DOCUMENT: Words = words!["Азаматтығы жоқ адамның жол жүру құжаты", "Проездной документ лица без гражданства", "Travel document of a stateless person"];
        /// `refugee_travel_document`.
        pub(crate) const REFUGEE_TRAVEL_DOCUMENT: Words = words!["Босқынның жол жүру құжаты", "Проездной документ беженца", "Refugee travel document"];
        /// `other`.
        pub(crate) const OTHER: Words = words!["Басқа құжат", "Иной документ", "Other document"];
    }
}

/// Each field's label, how messages name it, and its hint.
#[cfg(feature = "form")]
pub(crate) mod fields {
    /// `institution`.
    pub(crate) mod institution {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Қазақстан Республикасының шет елдегі мекемесі", "Загранучреждение Республики Казахстан", "Embassy or consulate"];
        pub(crate) const NAMED: Words = words!["шет елдегі мекемені (елшілікті немесе консулдықты)", "загранучреждение (посольство или консульство)", "the embassy or consulate"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `addresseePosition`.
    pub(crate) mod addressee_position {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Басшының лауазымы", "Должность руководителя", "Position of the head"];
        pub(crate) const NAMED: Words = words!["басшының лауазымын", "должность руководителя", "the position of the head"];
        pub(crate) const HINT: Option<Words> = Some(words!["Мекеме басшысының лауазымы", "Должность руководителя загранучреждения", "The position of the head of the institution"]);
    }
    /// `addresseeName`.
    pub(crate) mod addressee_name {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Басшының тегі және аты-жөні", "Фамилия и инициалы руководителя", "Surname and initials of the head"];
        pub(crate) const NAMED: Words = words!["басшының тегі мен аты-жөнін", "фамилию и инициалы руководителя", "the surname and initials of the head"];
        pub(crate) const HINT: Option<Words> = Some(words!["Мысалы: Иванов И. И.", "Например: Иванов И. И.", "For example: Ivanov I. I."]);
    }
    /// `purpose`.
    pub(crate) mod purpose {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Мақсаты: ЖСН не үшін қажет", "Цель: ИИН необходим для", "Purpose: the IIN is needed for"];
        pub(crate) const NAMED: Words = words!["ЖСН алу мақсатын", "цель получения ИИН", "what you need the IIN for"];
        pub(crate) const HINT: Option<Words> = Some(words!["… үшін жеке сәйкестендіру нөмірін беруді сұраймын: мысалы, банк шотын ашу", "Прошу присвоить индивидуальный идентификационный номер для: например, открытия банковского счета", "I ask to be given an individual identification number for: for example, opening a bank account"]);
    }
    /// `givenNameLatin`.
    pub(crate) mod given_name_latin {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Аты латын транскрипциясында", "Имя в латинской транскрипции", "Given name in Latin transcription"];
        pub(crate) const NAMED: Words = words!["латын транскрипциясындағы атыңызды", "имя в латинской транскрипции", "your given name in Latin letters"];
        pub(crate) const HINT: Option<Words> = Some(words!["Төлқұжаттағыдай", "Как в паспорте", "As written in your passport"]);
    }
    /// `givenNameCyrillic`.
    pub(crate) mod given_name_cyrillic {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Аты кириллица транскрипциясында", "Имя в кириллической транскрипции", "Given name in Cyrillic transcription"];
        pub(crate) const NAMED: Words = words!["кириллица транскрипциясындағы атыңызды", "имя в кириллической транскрипции", "your given name in Cyrillic letters"];
        pub(crate) const HINT: Option<Words> = Some(words!["Орыс немесе қазақ әріптерімен", "Русскими или казахскими буквами", "In Russian or Kazakh letters"]);
    }
    /// `surnameLatin`.
    pub(crate) mod surname_latin {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Тегі латын транскрипциясында", "Фамилия в латинской транскрипции", "Surname in Latin transcription"];
        pub(crate) const NAMED: Words = words!["латын транскрипциясындағы тегіңізді", "фамилию в латинской транскрипции", "your surname in Latin letters"];
        pub(crate) const HINT: Option<Words> = Some(words!["Төлқұжаттағыдай", "Как в паспорте", "As written in your passport"]);
    }
    /// `surnameCyrillic`.
    pub(crate) mod surname_cyrillic {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Тегі кириллица транскрипциясында", "Фамилия в кириллической транскрипции", "Surname in Cyrillic transcription"];
        pub(crate) const NAMED: Words = words!["кириллица транскрипциясындағы тегіңізді", "фамилию в кириллической транскрипции", "your surname in Cyrillic letters"];
        pub(crate) const HINT: Option<Words> = Some(words!["Орыс немесе қазақ әріптерімен", "Русскими или казахскими буквами", "In Russian or Kazakh letters"]);
    }
    /// `patronymicLatin`.
    pub(crate) mod patronymic_latin {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Әкесінің аты (бар болған жағдайда) латын транскрипциясында", "Отчество (при его наличии) в латинской транскрипции", "Patronymic (if any) in Latin transcription"];
        pub(crate) const NAMED: Words = words!["латын транскрипциясындағы әкеңіздің атын", "отчество в латинской транскрипции", "your patronymic in Latin letters"];
        pub(crate) const HINT: Option<Words> = Some(words!["Төлқұжаттағыдай", "Как в паспорте", "As written in your passport"]);
    }
    /// `patronymicCyrillic`.
    pub(crate) mod patronymic_cyrillic {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Әкесінің аты (бар болған жағдайда) кириллица транскрипциясында", "Отчество (при его наличии) в кириллической транскрипции", "Patronymic (if any) in Cyrillic transcription"];
        pub(crate) const NAMED: Words = words!["кириллица транскрипциясындағы әкеңіздің атын", "отчество в кириллической транскрипции", "your patronymic in Cyrillic letters"];
        pub(crate) const HINT: Option<Words> = Some(words!["Орыс немесе қазақ әріптерімен", "Русскими или казахскими буквами", "In Russian or Kazakh letters"]);
    }
    /// `birthDate`.
    pub(crate) mod birth_date {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Туған күні", "Дата рождения", "Date of birth"];
        pub(crate) const NAMED: Words = words!["туған күніңізді", "дату рождения", "your date of birth"];
        pub(crate) const HINT: Option<Words> = Some(words!["Мысалы, 27 3 2007", "Например, 27 3 2007", "For example, 27 3 2007"]);
    }
    /// `sex`.
    pub(crate) mod sex {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Жынысы", "Пол", "Sex"];
        pub(crate) const NAMED: Words = words!["жынысыңызды", "пол", "your sex"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `citizenship`.
    pub(crate) mod citizenship {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Азаматтығы", "Гражданство", "Citizenship"];
        pub(crate) const NAMED: Words = words!["азаматтығыңызды", "гражданство", "your citizenship"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `nationality`.
    pub(crate) mod nationality {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Ұлты", "Национальность", "Nationality"];
        pub(crate) const NAMED: Words = words!["ұлтыңызды", "национальность", "your nationality"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `arrivalCountry`.
    pub(crate) mod arrival_country {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Келген елі", "Страна прибытия", "Country of arrival"];
        pub(crate) const NAMED: Words = words!["келген еліңізді", "страну прибытия", "the country you arrived from"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `documentType`.
    pub(crate) mod document_type {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Жеке басын куәландыратын құжат түрі", "Вид документа, удостоверяющего личность", "Type of identity document"];
        pub(crate) const NAMED: Words = words!["жеке басын куәландыратын құжат түрін", "вид документа, удостоверяющего личность", "the type of your identity document"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `documentNumber`.
    pub(crate) mod document_number {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Жеке басын куәландыратын құжат нөмірі", "Номер документа, удостоверяющего личность", "Number of identity document"];
        pub(crate) const NAMED: Words = words!["жеке басын куәландыратын құжат нөмірін", "номер документа, удостоверяющего личность", "the number of your identity document"];
        pub(crate) const HINT: Option<Words> = Some(words!["Құжаттағыдай әріптер мен цифрлар", "Буквы и цифры, как в документе", "Letters and digits, as in the document"]);
    }
    /// `documentIssueDate`.
    pub(crate) mod document_issue_date {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Жеке басын куәландыратын құжатты берген күні", "Дата выдачи документа, удостоверяющего личность", "Date of issue of identity document"];
        pub(crate) const NAMED: Words = words!["құжатты берген күнді", "дату выдачи документа", "the date your identity document was issued"];
        pub(crate) const HINT: Option<Words> = Some(words!["Мысалы, 27 3 2007", "Например, 27 3 2007", "For example, 27 3 2007"]);
    }
    /// `documentExpiryDate`.
    pub(crate) mod document_expiry_date {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Жеке басын куәландыратын құжаттың қолданылу мерзімі", "Срок действия документа, удостоверяющего личность", "Expiry date of identity document"];
        pub(crate) const NAMED: Words = words!["құжаттың қолданылу мерзімін", "срок действия документа", "the date your identity document expires"];
        pub(crate) const HINT: Option<Words> = Some(words!["Мысалы, 27 3 2007", "Например, 27 3 2007", "For example, 27 3 2007"]);
    }
    /// `documentIssuingCountry`.
    pub(crate) mod document_issuing_country {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Жеке басын куәландыратын құжатты берген ел", "Страна выдачи документа, удостоверяющего личность", "Country that issued the identity document"];
        pub(crate) const NAMED: Words = words!["құжатты берген елді", "страну выдачи документа", "the country that issued your identity document"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `birthCountry`.
    pub(crate) mod birth_country {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Туған жері: ел", "Место рождения: страна", "Place of birth: country"];
        pub(crate) const NAMED: Words = words!["туған еліңізді", "страну рождения", "your country of birth"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `birthRegion`.
    pub(crate) mod birth_region {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Туған жері: облыс", "Место рождения: область", "Place of birth: region"];
        pub(crate) const NAMED: Words = words!["туған облысыңызды", "область рождения", "the region where you were born"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `birthDistrict`.
    pub(crate) mod birth_district {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Туған жері: аудан", "Место рождения: район", "Place of birth: district"];
        pub(crate) const NAMED: Words = words!["туған ауданыңызды", "район рождения", "the district where you were born"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `birthAddress`.
    pub(crate) mod birth_address {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Туған жері: мекенжайы", "Место рождения: адрес", "Place of birth: address"];
        pub(crate) const NAMED: Words = words!["туған жеріңіздің мекенжайын", "адрес места рождения", "the place where you were born"];
        pub(crate) const HINT: Option<Words> = None;
    }
    /// `previousIin`.
    pub(crate) mod previous_iin {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Бұрын берілген ЖСН (бар болса)", "Ранее присвоенный ИИН (при наличии)", "IIN already assigned to you (if any)"];
        pub(crate) const NAMED: Words = words!["бұрын берілген ЖСН-ді", "ранее присвоенный ИИН", "the IIN already assigned to you"];
        pub(crate) const HINT: Option<Words> = Some(words!["12 цифр. ЖСН өмір бойы бір рет беріледі: бұрын берілген болса, көрсетіңіз", "12 цифр. ИИН присваивается один раз на всю жизнь: если он у вас был, укажите его", "12 digits. An IIN is for life: if you were ever given one, enter it"]);
    }
    /// `consentPersonalData`.
    pub(crate) mod consent_personal_data {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Дербес деректерді жинауға және өңдеуге келісім", "Согласие на сбор и обработку персональных данных", "Consent to the processing of personal data"];
        pub(crate) const NAMED: Words = words!["дербес деректерді жинауға және өңдеуге келісіміңізді", "согласие на сбор и обработку персональных данных", "your consent to the processing of your personal data"];
        pub(crate) const HINT: Option<Words> = Some(words!["Мен жоғарыда көрсетілген дербес деректерді Қазақстан Республикасының шет елдегі мекемесі, Қазақстан Республикасының Ішкі істер министрлігі (БСН 960340000514) мен \"Азаматтарға арналған үкімет\" Мемлекеттік корпорациясы (БСН 160440007161) жүзеге асыратын мақсаттар мен міндеттерді орындау үшін \"Сәйкестендіру нөмірлерінің ұлттық тізілімдер туралы\" Қазақстан Республикасының Заңында белгіленген кезеңге, дербес деректерді өндеу процесінде оларды трансшекаралық беруге, осы мемлекеттік қызметті көрсету мақсатында дербес деректерді үшінші тұлғаларға беруге, жинау мен өндеуге өз келісімімді беремін.", "Даю согласие на сбор и обработку указанных выше персональных данных, их трансграничную передачу в процессе обработки и передачу третьим лицам в целях оказания данной государственной услуги для выполнения целей и задач, осуществляемых загранучреждением Республики Казахстан, Министерством внутренних дел Республики Казахстан (БИН 960340000514) и Государственной корпорацией «Правительство для граждан» (БИН 160440007161), на срок, установленный Законом Республики Казахстан «О национальных реестрах идентификационных номеров».", "I consent to the collection and processing of the personal data given above, to their cross-border transfer in the course of processing, and to their transfer to third parties in order to provide this public service, so that the institution of the Republic of Kazakhstan abroad, the Ministry of Internal Affairs of the Republic of Kazakhstan (BIN 960340000514) and the State Corporation “Government for Citizens” (BIN 160440007161) can carry out their purposes and tasks, for the period set by the Law of the Republic of Kazakhstan “On national registers of identification numbers”."]);
    }
    /// `consentProtectedSecrets`.
    pub(crate) mod consent_protected_secrets {
        use crate::words::Words;
        pub(crate) const LABEL: Words = words!["Заңмен қорғалатын құпиядан тұратын мәліметтерді пайдалануға келісім", "Согласие на использование сведений, составляющих охраняемую законом тайну", "Consent to the use of information containing secrets protected by law"];
        pub(crate) const NAMED: Words = words!["заңмен қорғалатын құпиядан тұратын мәліметтерді пайдалануға келісіміңізді", "согласие на использование сведений, составляющих охраняемую законом тайну", "your consent to the use of information containing secrets protected by law"];
        pub(crate) const HINT: Option<Words> = Some(words!["Ақпараттық жүйелерде заңмен қорғалатын құпиядан тұратын мәліметтерді пайдалануға келісемін.", "Даю согласие на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах.", "I consent to the use of information containing secrets protected by law in information systems."]);
    }
}

/// The application widget's own words: `(key, words)`, in the catalogues' order; `{}` marks where a value goes.
#[cfg(feature = "form")]
pub const UI_TEXTS: [(&str, crate::words::Words); 48] = [
    ("title", words!["Жеке сәйкестендіру нөмірін (ЖСН) беру туралы өтініш", "Заявление о присвоении индивидуального идентификационного номера (ИИН)", "Application for an individual identification number (IIN)"]),
    ("problem", words!["Өтініште қателер бар", "В заявлении есть ошибки", "There is a problem"]),
    ("errorPrefix", words!["Қате:", "Ошибка:", "Error:"]),
    ("warningPrefix", words!["Тексеріңіз:", "Проверьте:", "Check:"]),
    ("optional", words!["(міндетті емес)", "(необязательно)", "(optional)"]),
    ("select", words!["Таңдаңыз", "Выберите", "Select"]),
    ("day", words!["Күні", "День", "Day"]),
    ("month", words!["Айы", "Месяц", "Month"]),
    ("year", words!["Жылы", "Год", "Year"]),
    ("continue", words!["Жалғастыру", "Продолжить", "Continue"]),
    ("reviewTitle", words!["Өтінішті жібермес бұрын жауаптарыңызды тексеріңіз", "Проверьте ответы перед отправкой заявления", "Check your answers before sending your application"]),
    ("reviewLead", words!["Өтініштің заңдық күші бар: барлық жауаптың дұрыс екеніне көз жеткізіңіз.", "Заявление имеет юридическую силу: убедитесь, что все ответы верны.", "This application is a legal declaration: make sure every answer is right."]),
    ("change", words!["Өзгерту", "Изменить", "Change"]),
    ("back", words!["Формаға оралу", "Вернуться к форме", "Back to the form"]),
    ("send", words!["Өтінішті жіберу", "Отправить заявление", "Send application"]),
    ("notGiven", words!["Көрсетілмеген", "Не указано", "Not given"]),
    ("yes", words!["Иә", "Да", "Yes"]),
    ("sending", words!["Өтініш жіберілуде…", "Заявление отправляется…", "Sending your application…"]),
    ("mrz.legend", words!["Төлқұжаттың машинамен оқылатын аймағы", "Машиночитаемая зона паспорта", "Passport machine-readable zone"]),
    ("mrz.label", words!["Машинамен оқылатын аймақ (фотосуреті бар беттің төменгі жағындағы < белгілері бар жолдар)", "Машиночитаемая зона (строки со знаками < внизу страницы с фотографией)", "Machine-readable zone (the lines with < signs at the bottom of the photo page)"]),
    ("mrz.hint", words!["Төлқұжаттың немесе жеке куәліктің фотосуреті бар бетін оқу құрылғысына қойыңыз немесе оның 2 не 3 жолын осында енгізіңіз. Толтырылғанның бәрін тексеріп, түзетуге болады.", "Положите страницу паспорта или удостоверения личности с фотографией на считыватель или введите здесь её 2 или 3 строки. Всё заполненное можно проверить и исправить.", "Put the photo page of your passport or identity card on the reader, or type its 2 or 3 lines here. You can check and change everything it fills in."]),
    ("mrz.fill", words!["Өтінішті осы бойынша толтыру", "Заполнить заявление по ней", "Fill in the form from it"]),
    ("mrz.filled", words!["Құжатыңыз бойынша толтырылды: {}. Әрқайсысын құжатпен салыстырып, қатесін түзетіңіз.", "Заполнено по вашему документу: {}. Сверьте каждое поле с документом и исправьте неверное.", "Filled in from your document: {}. Check each against your document and correct anything that is wrong."]),
    ("mrz.truncated", words!["Аттарыңыз аймақты толық алады, сондықтан қысқартылуы мүмкін: оларды фотосуреті бар бетпен салыстырыңыз.", "Имена занимают всю зону и могли быть сокращены: сверьте их со страницей с фотографией.", "Your names fill the whole zone and may be cut short there: compare them with the photo page."]),
    ("mrz.unavailable", words!["Төлқұжатты оқу құралы жүктелмеді: құрылғы желіге қосылмаған болуы мүмкін. Деректерді формаға қолмен енгізіңіз немесе қайталап көріңіз.", "Не удалось загрузить чтение паспорта: возможно, устройство не в сети. Введите данные в форму вручную или попробуйте ещё раз.", "The passport reader could not be loaded: this device may be offline. Type your details into the form, or try again."]),
    ("suggest.lead", words!["Ұсынылатын жазылуы:", "Предлагаемое написание:", "Suggested spelling:"]),
    ("suggest.use", words!["«{}» қою", "Вставить «{}»", "Use “{}”"]),
    ("idle.title", words!["Сіз әлі осындасыз ба?", "Вы ещё здесь?", "Are you still there?"]),
    ("idle.text", words!["Деректеріңізді қорғау үшін өтініш {} секундтан кейін тазартылады.", "Для защиты ваших данных заявление будет очищено через {} с.", "For your privacy, this form will be cleared in {} seconds."]),
    ("idle.continue", words!["Жалғастыру", "Продолжить", "Continue"]),
    ("idle.restart", words!["Қазір тазарту", "Очистить сейчас", "Clear the form now"]),
    ("kioskDone", words!["Бірнеше секундтан кейін экран келесі адам үшін тазартылады.", "Через несколько секунд экран будет очищен для следующего посетителя.", "This screen will be cleared for the next person in a few seconds."]),
    ("sendFailed.offline", words!["Өтініш жіберілмеді: құрылғы желіге қосылмаған. Жауаптарыңыз экранда сақталды: байланыс қалпына келгенде қайталаңыз.", "Заявление не отправлено: устройство не подключено к сети. Ваши ответы сохранены на экране: повторите, когда связь восстановится.", "Your application was not sent: this device is offline. Your answers are kept on this screen: try again when the connection is back."]),
    ("sendFailed.network", words!["Өтініш жіберілмеді: сервермен байланыс жоқ. Жауаптарыңыз сақталды, қайталап көріңіз.", "Заявление не отправлено: нет связи с сервером. Ваши ответы сохранены, попробуйте еще раз.", "Your application was not sent: the server could not be reached. Your answers are kept: try again."]),
    ("sendFailed.timeout", words!["Өтініш жіберілмеді: сервер уақытында жауап бермеді. Жауаптарыңыз сақталды, қайталап көріңіз.", "Заявление не отправлено: сервер не ответил вовремя. Ваши ответы сохранены, попробуйте еще раз.", "Your application was not sent: the server did not answer in time. Your answers are kept: try again."]),
    ("sendFailed.status", words!["Өтініш жіберілмеді: сервер қатемен жауап берді ({}). Жауаптарыңыз сақталды, қайталап көріңіз.", "Заявление не отправлено: сервер ответил ошибкой ({}). Ваши ответы сохранены, попробуйте еще раз.", "Your application was not sent: the server answered with an error ({}). Your answers are kept: try again."]),
    ("retry", words!["Қайталау", "Повторить", "Try again"]),
    ("doneTitle", words!["Өтініш жіберілді", "Заявление отправлено", "Application sent"]),
    ("doneText", words!["Өтінішіңіз қабылданды. Мекемеге жеке басыңызды куәландыратын құжатты алып келіңіз.", "Ваше заявление принято. Возьмите с собой документ, удостоверяющий личность.", "Your application has been received. Bring your identity document to the institution."]),
    ("receipt", words!["Өтінішіңіздің нөмірі (оны қабылдау терезесінде айтыңыз):", "Номер вашего заявления (назовите его в окне приёма):", "Your application number (say it at the window):"]),
    ("sent.accessCode", words!["Мәртебені тексеру коды:", "Код для проверки статуса:", "Code to check its status:"]),
    ("sent.keepThese", words!["Нөмір мен кодты сақтаңыз.", "Сохраните номер и код.", "Keep the number and the code."]),
    ("sent.statusLink", words!["Өтінішімнің мәртебесі", "Статус моего заявления", "Where is my application?"]),
    ("sent.qrLabel", words!["Мәртебе бетінің сілтемесі бар QR-код", "QR-код со ссылкой на страницу статуса", "QR code of the link to the status page"]),
    ("draft.keep", words!["Жауаптарымды осы құрылғыда 7 күн сақтау", "Сохранить ответы на этом устройстве на 7 дней", "Keep my answers on this device for 7 days"]),
    ("draft.restored", words!["{} сақталған жауаптар қалпына келтірілді.", "Ответы от {} восстановлены.", "Your answers of {} are back."]),
    ("draft.startAgain", words!["Қайта бастау", "Начать заново", "Start again"]),
    ("newApplication", words!["Жаңа өтініш", "Новое заявление", "Start a new application"]),
];

/// A word of [`UI_TEXTS`], by name: a word that is not in every catalogue does not compile.
#[cfg(feature = "form")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiText {
    /// `title`: Application for an individual identification number (IIN)
    Title,
    /// `problem`: There is a problem
    Problem,
    /// `errorPrefix`: Error:
    ErrorPrefix,
    /// `warningPrefix`: Check:
    WarningPrefix,
    /// `optional`: (optional)
    Optional,
    /// `select`: Select
    Select,
    /// `day`: Day
    Day,
    /// `month`: Month
    Month,
    /// `year`: Year
    Year,
    /// `continue`: Continue
    Continue,
    /// `reviewTitle`: Check your answers before sending your application
    ReviewTitle,
    /// `reviewLead`: This application is a legal declaration: make sure every answer is right.
    ReviewLead,
    /// `change`: Change
    Change,
    /// `back`: Back to the form
    Back,
    /// `send`: Send application
    Send,
    /// `notGiven`: Not given
    NotGiven,
    /// `yes`: Yes
    Yes,
    /// `sending`: Sending your application…
    Sending,
    /// `mrz.legend`: Passport machine-readable zone
    MrzLegend,
    /// `mrz.label`: Machine-readable zone (the lines with < signs at the bottom of the photo page)
    MrzLabel,
    /// `mrz.hint`: Put the photo page of your passport or identity card on the reader, or type its 2 or 3 lines here. You can check and change everything it fills in.
    MrzHint,
    /// `mrz.fill`: Fill in the form from it
    MrzFill,
    /// `mrz.filled`: Filled in from your document: {}. Check each against your document and correct anything that is wrong.
    MrzFilled,
    /// `mrz.truncated`: Your names fill the whole zone and may be cut short there: compare them with the photo page.
    MrzTruncated,
    /// `mrz.unavailable`: The passport reader could not be loaded: this device may be offline. Type your details into the form, or try again.
    MrzUnavailable,
    /// `suggest.lead`: Suggested spelling:
    SuggestLead,
    /// `suggest.use`: Use “{}”
    SuggestUse,
    /// `idle.title`: Are you still there?
    IdleTitle,
    /// `idle.text`: For your privacy, this form will be cleared in {} seconds.
    IdleText,
    /// `idle.continue`: Continue
    IdleContinue,
    /// `idle.restart`: Clear the form now
    IdleRestart,
    /// `kioskDone`: This screen will be cleared for the next person in a few seconds.
    KioskDone,
    /// `sendFailed.offline`: Your application was not sent: this device is offline. Your answers are kept on this screen: try again when the connection is back.
    SendFailedOffline,
    /// `sendFailed.network`: Your application was not sent: the server could not be reached. Your answers are kept: try again.
    SendFailedNetwork,
    /// `sendFailed.timeout`: Your application was not sent: the server did not answer in time. Your answers are kept: try again.
    SendFailedTimeout,
    /// `sendFailed.status`: Your application was not sent: the server answered with an error ({}). Your answers are kept: try again.
    SendFailedStatus,
    /// `retry`: Try again
    Retry,
    /// `doneTitle`: Application sent
    DoneTitle,
    /// `doneText`: Your application has been received. Bring your identity document to the institution.
    DoneText,
    /// `receipt`: Your application number (say it at the window):
    Receipt,
    /// `sent.accessCode`: Code to check its status:
    SentAccessCode,
    /// `sent.keepThese`: Keep the number and the code.
    SentKeepThese,
    /// `sent.statusLink`: Where is my application?
    SentStatusLink,
    /// `sent.qrLabel`: QR code of the link to the status page
    SentQrLabel,
    /// `draft.keep`: Keep my answers on this device for 7 days
    DraftKeep,
    /// `draft.restored`: Your answers of {} are back.
    DraftRestored,
    /// `draft.startAgain`: Start again
    DraftStartAgain,
    /// `newApplication`: Start a new application
    NewApplication,
}

#[cfg(feature = "form")]
impl UiText {
    /// Every word, in the table's order.
    pub const ALL: [UiText; 48] = [UiText::Title, UiText::Problem, UiText::ErrorPrefix, UiText::WarningPrefix, UiText::Optional, UiText::Select, UiText::Day, UiText::Month, UiText::Year, UiText::Continue, UiText::ReviewTitle, UiText::ReviewLead, UiText::Change, UiText::Back, UiText::Send, UiText::NotGiven, UiText::Yes, UiText::Sending, UiText::MrzLegend, UiText::MrzLabel, UiText::MrzHint, UiText::MrzFill, UiText::MrzFilled, UiText::MrzTruncated, UiText::MrzUnavailable, UiText::SuggestLead, UiText::SuggestUse, UiText::IdleTitle, UiText::IdleText, UiText::IdleContinue, UiText::IdleRestart, UiText::KioskDone, UiText::SendFailedOffline, UiText::SendFailedNetwork, UiText::SendFailedTimeout, UiText::SendFailedStatus, UiText::Retry, UiText::DoneTitle, UiText::DoneText, UiText::Receipt, UiText::SentAccessCode, UiText::SentKeepThese, UiText::SentStatusLink, UiText::SentQrLabel, UiText::DraftKeep, UiText::DraftRestored, UiText::DraftStartAgain, UiText::NewApplication];

    /// Its key in the catalogues.
    pub const fn key(self) -> &'static str {
        UI_TEXTS[self as usize].0
    }

    /// Its words.
    pub const fn words(self) -> crate::words::Words {
        UI_TEXTS[self as usize].1
    }
}

/// What a service answers when it cannot take a request; the key is the refusal's stable code: `(key, words)`, in the catalogues' order; `{}` marks where a value goes.
#[cfg(feature = "form")]
pub const SERVICE_TEXTS: [(&str, crate::words::Words); 25] = [
    ("not_json", words!["Өтініш JSON түрінде (Content-Type: application/json) жіберілуі керек", "Заявление нужно отправить в формате JSON (Content-Type: application/json)", "Send the application as JSON (Content-Type: application/json)"]),
    ("invalid_json", words!["Өтініш оқылмады: JSON қате жазылған", "Заявление не прочитано: JSON записан с ошибкой", "The application could not be read: its JSON is not well formed"]),
    ("too_large", words!["Өтініш тым үлкен: оны тексеріп, қайта жіберіңіз", "Заявление слишком большое: проверьте его и отправьте снова", "The application is too large: check it and send it again"]),
    ("idempotency_key_missing", words!["Сұрауда Idempotency-Key тақырыбы жоқ: әр өтінішті өз кілтімен жіберіңіз, қайталағанда да сол кілтпен", "В запросе нет заголовка Idempotency-Key: отправляйте каждое заявление со своим ключом, при повторе — с тем же", "The request has no Idempotency-Key header: send each application with a key of its own, the same on every retry"]),
    ("idempotency_key_invalid", words!["Idempotency-Key 1-ден 128-ге дейін көрінетін ASCII таңбадан тұруы керек", "Idempotency-Key должен состоять из 1–128 видимых символов ASCII", "The Idempotency-Key must be 1 to 128 visible ASCII characters"]),
    ("idempotency_key_reused", words!["Бұл Idempotency-Key басқа өтінішпен бұрын жіберілген: жаңа өтінішке жаңа кілт керек", "Этот Idempotency-Key уже использован для другого заявления: для нового заявления нужен новый ключ", "This Idempotency-Key was used for another application: a new application needs a new key"]),
    ("unavailable", words!["Қызмет уақытша қолжетімсіз: өтінішіңіз сақталмады, біраз уақыттан кейін қайталаңыз", "Сервис временно недоступен: заявление не сохранено, повторите попытку позже", "The service is unavailable for a moment: your application was not kept, try again shortly"]),
    ("not_form", words!["Өтінішті беттегі форма арқылы жіберіңіз", "Отправьте заявление через форму на странице", "Send the application with the form on the page"]),
    ("invalid_form", words!["Форма оқылмады: бетті жаңартып, қайта толтырыңыз", "Форма не прочитана: обновите страницу и заполните её снова", "The form could not be read: reload the page and fill it in again"]),
    ("already_sent", words!["Бұл өтініш жіберілген: жаңа өтініш үшін жаңа форманы ашыңыз", "Это заявление уже отправлено: для нового заявления откройте новую форму", "This application was already sent: for a new application, open a new form"]),
    ("not_found", words!["Мұндай бет жоқ", "Такой страницы нет", "There is no such page"]),
    ("unauthorized", words!["Жалғастыру үшін жүйеге кіріңіз", "Войдите, чтобы продолжить", "Sign in to continue"]),
    ("csrf", words!["Бет ескірген: оны жаңартып, қайталап көріңіз", "Страница устарела: обновите её и повторите", "This page has expired: reload it and try again"]),
    ("scope", words!["Бұл токен тек оқи алады: шешім қабылдау үшін decide аясы бар токен керек", "Этот токен может только читать: для решений нужен токен с областью decide", "This token may only read: deciding needs a token with the decide scope"]),
    ("no_such_application", words!["Мұндай нөмір мен коды бар өтініш жоқ: екеуін де тексеріңіз", "Заявления с таким номером и кодом нет: проверьте оба", "There is no application with this number and code: check both"]),
    ("wrong_credentials", words!["Логин немесе құпиясөз қате", "Неверный логин или пароль", "The login or the password is wrong"]),
    ("too_many_attempts", words!["Сәтсіз әрекеттер тым көп: бірнеше минуттан кейін қайталаңыз", "Слишком много неудачных попыток: повторите через несколько минут", "Too many failed attempts: try again in a few minutes"]),
    ("rate_limited", words!["Сұраулар тым көп: біраз күтіп, қайталаңыз", "Слишком много запросов: подождите немного и повторите", "Too many requests: wait a moment and try again"]),
    ("busy", words!["Қазір кірушілер тым көп: бірнеше секундтан кейін қайталаңыз", "Сейчас слишком много попыток входа: повторите через несколько секунд", "Too many sign-ins at this moment: try again in a few seconds"]),
    ("bad_request", words!["Сұрау оқылмады: сілтемені немесе оның параметрлерін тексеріңіз", "Запрос не прочитан: проверьте ссылку и её параметры", "The request could not be read: check the link and its parameters"]),
    ("iin_taken", words!["Бұл ЖСН басқа адамға тіркелген", "Этот ИИН уже записан за другим лицом", "This IIN is already recorded for another person"]),
    ("person_has_iin", words!["Бұл адамға басқа ЖСН тіркелген: ЖСН бір рет беріледі және өзгермейді", "Этому лицу уже записан другой ИИН: ИИН присваивается один раз и не меняется", "This person already holds another recorded IIN: an IIN is given once and never changes"]),
    ("already_decided", words!["Бұл өтініш бойынша шешім қабылданған: шешім түпкілікті", "По этому заявлению уже принято решение: оно окончательное", "This application has already been decided: a decision is final"]),
    ("erased", words!["Бұл өтініштің дербес деректері жойылған", "Персональные данные этого заявления удалены", "The personal data of this application was erased"]),
    ("not_decided", words!["Бұл өтініш бойынша әлі шешім жоқ: құжат әзір емес", "По этому заявлению ещё нет решения: документа нет", "This application has not been decided yet: there is no document"]),
];

/// A word of [`SERVICE_TEXTS`], by name: a word that is not in every catalogue does not compile.
#[cfg(feature = "form")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceText {
    /// `not_json`: Send the application as JSON (Content-Type: application/json)
    NotJson,
    /// `invalid_json`: The application could not be read: its JSON is not well formed
    InvalidJson,
    /// `too_large`: The application is too large: check it and send it again
    TooLarge,
    /// `idempotency_key_missing`: The request has no Idempotency-Key header: send each application with a key of its own, the same on every retry
    IdempotencyKeyMissing,
    /// `idempotency_key_invalid`: The Idempotency-Key must be 1 to 128 visible ASCII characters
    IdempotencyKeyInvalid,
    /// `idempotency_key_reused`: This Idempotency-Key was used for another application: a new application needs a new key
    IdempotencyKeyReused,
    /// `unavailable`: The service is unavailable for a moment: your application was not kept, try again shortly
    Unavailable,
    /// `not_form`: Send the application with the form on the page
    NotForm,
    /// `invalid_form`: The form could not be read: reload the page and fill it in again
    InvalidForm,
    /// `already_sent`: This application was already sent: for a new application, open a new form
    AlreadySent,
    /// `not_found`: There is no such page
    NotFound,
    /// `unauthorized`: Sign in to continue
    Unauthorized,
    /// `csrf`: This page has expired: reload it and try again
    Csrf,
    /// `scope`: This token may only read: deciding needs a token with the decide scope
    Scope,
    /// `no_such_application`: There is no application with this number and code: check both
    NoSuchApplication,
    /// `wrong_credentials`: The login or the password is wrong
    WrongCredentials,
    /// `too_many_attempts`: Too many failed attempts: try again in a few minutes
    TooManyAttempts,
    /// `rate_limited`: Too many requests: wait a moment and try again
    RateLimited,
    /// `busy`: Too many sign-ins at this moment: try again in a few seconds
    Busy,
    /// `bad_request`: The request could not be read: check the link and its parameters
    BadRequest,
    /// `iin_taken`: This IIN is already recorded for another person
    IinTaken,
    /// `person_has_iin`: This person already holds another recorded IIN: an IIN is given once and never changes
    PersonHasIin,
    /// `already_decided`: This application has already been decided: a decision is final
    AlreadyDecided,
    /// `erased`: The personal data of this application was erased
    Erased,
    /// `not_decided`: This application has not been decided yet: there is no document
    NotDecided,
}

#[cfg(feature = "form")]
impl ServiceText {
    /// Every word, in the table's order.
    pub const ALL: [ServiceText; 25] = [ServiceText::NotJson, ServiceText::InvalidJson, ServiceText::TooLarge, ServiceText::IdempotencyKeyMissing, ServiceText::IdempotencyKeyInvalid, ServiceText::IdempotencyKeyReused, ServiceText::Unavailable, ServiceText::NotForm, ServiceText::InvalidForm, ServiceText::AlreadySent, ServiceText::NotFound, ServiceText::Unauthorized, ServiceText::Csrf, ServiceText::Scope, ServiceText::NoSuchApplication, ServiceText::WrongCredentials, ServiceText::TooManyAttempts, ServiceText::RateLimited, ServiceText::Busy, ServiceText::BadRequest, ServiceText::IinTaken, ServiceText::PersonHasIin, ServiceText::AlreadyDecided, ServiceText::Erased, ServiceText::NotDecided];

    /// Its key in the catalogues.
    pub const fn key(self) -> &'static str {
        SERVICE_TEXTS[self as usize].0
    }

    /// Its words.
    pub const fn words(self) -> crate::words::Words {
        SERVICE_TEXTS[self as usize].1
    }
}

/// The officers' pages: `(key, words)`, in the catalogues' order; `{}` marks where a value goes.
#[cfg(feature = "form")]
pub const STAFF_TEXTS: [(&str, crate::words::Words); 82] = [
    ("title", words!["Қызметкер кабинеті", "Кабинет сотрудника", "Officer's desk"]),
    ("problem", words!["Қате бар", "Есть ошибка", "There is a problem"]),
    ("signInTitle", words!["Қызметкердің кіруі", "Вход для сотрудников", "Sign in, officers"]),
    ("login", words!["Логин", "Логин", "Login"]),
    ("password", words!["Құпиясөз", "Пароль", "Password"]),
    ("signIn", words!["Кіру", "Войти", "Sign in"]),
    ("signOut", words!["Шығу", "Выйти", "Sign out"]),
    ("signedInAs", words!["Кірген: {}", "Вы вошли как {}", "Signed in as {}"]),
    ("allInstitutions", words!["барлық мекемелер", "все загранучреждения", "all institutions"]),
    ("events", words!["Хабарламалар (вебхуктар)", "События (вебхуки)", "Events (webhooks)"]),
    ("eventsWaiting", words!["Жеткізуді күтіп тұр: {}", "Ожидают доставки: {}", "Waiting to be delivered: {}"]),
    ("eventsFailed", words!["Бір тәулік бойы жеткізілмеді: {}", "Не доставлены за сутки: {}", "Not delivered for a day: {}"]),
    ("eventsRetry", words!["Қабылдаушы жөнделгеннен кейін оларды қайта жіберу: kz-iin-server events retry", "Отправить их снова, когда получатель исправлен: kz-iin-server events retry", "To send them again once the receiver is mended: kz-iin-server events retry"]),
    ("eventsNone", words!["Жеткізілмеген хабарлама жоқ", "Недоставленных событий нет", "No event is undelivered"]),
    ("event", words!["Хабарлама", "Событие", "Event"]),
    ("attempts", words!["Әрекеттер", "Попытки", "Attempts"]),
    ("lastError", words!["Соңғы жауап", "Последний ответ", "Last answer"]),
    ("queue", words!["Өтініштер", "Заявления", "Applications"]),
    ("status", words!["Күйі", "Статус", "Status"]),
    ("status.all", words!["Барлығы", "Все", "All"]),
    ("status.received", words!["Қабылданды", "Принято", "Received"]),
    ("status.certified", words!["Куәлік берілді", "Выдано свидетельство", "Certificate issued"]),
    ("status.refused", words!["Бас тартылды", "Отказано", "Refused"]),
    ("receipt", words!["Өтініш нөмірі", "Номер заявления", "Application number"]),
    ("receivedAt", words!["Қабылданған күні", "Дата приёма", "Received"]),
    ("institution", words!["Мекеме", "Загранучреждение", "Institution"]),
    ("applicant", words!["Өтініш беруші", "Заявитель", "Applicant"]),
    ("find", words!["Нөмір бойынша іздеу", "Найти по номеру", "Find by number"]),
    ("show", words!["Көрсету", "Показать", "Show"]),
    ("none", words!["Өтініштер жоқ", "Заявлений нет", "No applications"]),
    ("previous", words!["Алдыңғы бет", "Предыдущая страница", "Previous page"]),
    ("next", words!["Келесі бет", "Следующая страница", "Next page"]),
    ("page", words!["{}-бет", "Страница {}", "Page {}"]),
    ("back", words!["Өтініштерге оралу", "К списку заявлений", "Back to the applications"]),
    ("answers", words!["Өтініш беруші жауаптары", "Ответы заявителя", "The applicant's answers"]),
    ("notGiven", words!["Көрсетілмеген", "Не указано", "Not given"]),
    ("yes", words!["Иә", "Да", "Yes"]),
    ("warnings", words!["Тексеру керек", "Проверьте", "Worth a check"]),
    ("noWarnings", words!["Ескертулер жоқ", "Замечаний нет", "Nothing to check"]),
    ("holder", words!["Бұл адамға ЖСН бұрын тіркелген: {}", "Этому лицу уже записан ИИН: {}", "This person already holds a recorded IIN: {}"]),
    ("holderErased", words!["Бұл адамға ЖСН бұрын тіркелген (өтініштің деректері жойылған)", "Этому лицу уже записан ИИН (данные заявления удалены)", "This person already holds a recorded IIN (its application's data was erased)"]),
    ("decision", words!["Шешім", "Решение", "Decision"]),
    ("decisionFinal", words!["Шешім түпкілікті: оны өзгертуге болмайды.", "Решение окончательное: изменить его нельзя.", "A decision is final: it cannot be changed."]),
    ("certificate", words!["Тіркеу куәлігін беру", "Выдать регистрационное свидетельство", "Issue the registration certificate"]),
    ("iin", words!["Ұлттық тізілім қалыптастырған ЖСН", "ИИН, сформированный национальным реестром", "IIN formed by the national register"]),
    ("issueDate", words!["Берілген күні (ЖЖЖЖ-АА-КК)", "Дата выдачи (ГГГГ-ММ-ДД)", "Date of issue (YYYY-MM-DD)"]),
    ("refusal", words!["Бас тарту туралы хабарлама беру", "Выдать уведомление об отказе", "Issue a notice of refusal"]),
    ("reason", words!["Бас тарту себебі", "Причина отказа", "Reason for the refusal"]),
    ("standardKk", words!["Стандартты себеп, қазақша (міндетті емес)", "Типовая причина на казахском (необязательно)", "Standard reason in Kazakh (optional)"]),
    ("standardRu", words!["Стандартты себеп, орысша (міндетті емес)", "Типовая причина на русском (необязательно)", "Standard reason in Russian (optional)"]),
    ("decided.certificate", words!["Куәлік берілді: ЖСН {}, {}", "Выдано свидетельство: ИИН {}, {}", "Certificate issued: IIN {}, {}"]),
    ("decided.refusal", words!["Бас тартылды: {}", "Отказано: {}", "Refused: {}"]),
    ("decidedBy", words!["{} шешті, {}", "Решение принял(а) {}, {}", "Decided by {} on {}"]),
    ("document", words!["Құжатты ашу және басып шығару", "Открыть и распечатать документ", "Open and print the document"]),
    ("print", words!["Басып шығару", "Распечатать", "Print"]),
    ("paper", words!["Парақ", "Формат", "Paper"]),
    ("erased", words!["Бұл өтініштің дербес деректері {} жойылды: тек нөмірі, күндері мен нәтижесі қалды.", "Персональные данные этого заявления удалены {}: остались только номер, даты и результат.", "The personal data of this application was erased on {}: only its number, dates and outcome remain."]),
    ("audit", words!["Әрекеттер журналы", "Журнал действий", "Audit trail"]),
    ("audit.at", words!["Уақыты", "Время", "When"]),
    ("audit.officer", words!["Қызметкер", "Сотрудник", "Officer"]),
    ("audit.action", words!["Әрекет", "Действие", "Action"]),
    ("code", words!["Аутентификатор қосымшасындағы код (6 сан)", "Код из приложения-аутентификатора (6 цифр)", "Code from the authenticator app (6 digits)"]),
    ("changePassword", words!["Құпиясөзді өзгерту", "Сменить пароль", "Change password"]),
    ("currentPassword", words!["Қазіргі құпиясөз", "Текущий пароль", "Current password"]),
    ("newPassword", words!["Жаңа құпиясөз (кемінде 12 таңба)", "Новый пароль (не менее 12 символов)", "New password (at least 12 characters)"]),
    ("passwordChanged", words!["Құпиясөз өзгертілді: басқа құрылғылардағы сеанстар аяқталды", "Пароль изменён: сеансы на других устройствах завершены", "Your password was changed: your sessions on other devices have ended"]),
    ("passwordTooShort", words!["Жаңа құпиясөзде кемінде 12 таңба болуы керек", "Новый пароль должен содержать не менее 12 символов", "The new password must have at least 12 characters"]),
    ("currentPasswordWrong", words!["Қазіргі құпиясөз қате", "Текущий пароль указан неверно", "The current password is wrong"]),
    ("holderDeclared", words!["Өтініш беруші бұрынғы ЖСН көрсеткен, ол тізілімде басқа құжатқа тіркелген (расталмаған): {}", "Заявитель указал прежний ИИН, в реестре он записан за другим документом (не подтверждено): {}", "Declared by the applicant as their previous IIN, recorded in the register for another document (not yet confirmed): {}"]),
    ("holderDocument", words!["Осы құжатқа тізілімде ЖСН тіркелген: {}", "По этому документу в реестре записан ИИН: {}", "Recorded in the register for this document: IIN {}"]),
    ("sameHolder", words!["Өтініш беруші — осы ЖСН иесі (бұрынғы ЖСН ретінде көрсетілген, туған күні мен азаматтығы сәйкес): растаймын", "Заявитель — держатель этого ИИН (указан как прежний ИИН, дата рождения и гражданство совпадают): подтверждаю", "The applicant is the holder of this IIN (declared as their previous IIN, the date of birth and citizenship match): I confirm"]),
    ("action.sign_in_failed", words!["Жүйеге кіре алмады", "Неудачная попытка входа", "Failed to sign in"]),
    ("action.sign_out", words!["Жүйеден шықты", "Выход из системы", "Signed out"]),
    ("action.queue", words!["Өтініштер тізімін қарады", "Просмотр списка заявлений", "Viewed the list of applications"]),
    ("action.password_changed", words!["Құпиясөзін өзгертті", "Сменил(а) пароль", "Changed their password"]),
    ("action.same_holder", words!["ЖСН иесін растады", "Подтвердил(а) держателя ИИН", "Confirmed the IIN's holder"]),
    ("action.trail", words!["Аудит жазбаларын қарады", "Просмотрел(а) журнал аудита", "Read the audit trail"]),
    ("action.sign_in", words!["Жүйеге кірді", "Вход в систему", "Signed in"]),
    ("action.view", words!["Өтінішті қарады", "Просмотр заявления", "Viewed the application"]),
    ("action.certificate", words!["Куәлік берді", "Выдал(а) свидетельство", "Issued the certificate"]),
    ("action.refusal", words!["Бас тартты", "Отказал(а)", "Refused"]),
    ("action.document", words!["Құжатты ашты", "Открыл(а) документ", "Opened the document"]),
];

/// A word of [`STAFF_TEXTS`], by name: a word that is not in every catalogue does not compile.
#[cfg(feature = "form")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StaffText {
    /// `title`: Officer's desk
    Title,
    /// `problem`: There is a problem
    Problem,
    /// `signInTitle`: Sign in, officers
    SignInTitle,
    /// `login`: Login
    Login,
    /// `password`: Password
    Password,
    /// `signIn`: Sign in
    SignIn,
    /// `signOut`: Sign out
    SignOut,
    /// `signedInAs`: Signed in as {}
    SignedInAs,
    /// `allInstitutions`: all institutions
    AllInstitutions,
    /// `events`: Events (webhooks)
    Events,
    /// `eventsWaiting`: Waiting to be delivered: {}
    EventsWaiting,
    /// `eventsFailed`: Not delivered for a day: {}
    EventsFailed,
    /// `eventsRetry`: To send them again once the receiver is mended: kz-iin-server events retry
    EventsRetry,
    /// `eventsNone`: No event is undelivered
    EventsNone,
    /// `event`: Event
    Event,
    /// `attempts`: Attempts
    Attempts,
    /// `lastError`: Last answer
    LastError,
    /// `queue`: Applications
    Queue,
    /// `status`: Status
    Status,
    /// `status.all`: All
    StatusAll,
    /// `status.received`: Received
    StatusReceived,
    /// `status.certified`: Certificate issued
    StatusCertified,
    /// `status.refused`: Refused
    StatusRefused,
    /// `receipt`: Application number
    Receipt,
    /// `receivedAt`: Received
    ReceivedAt,
    /// `institution`: Institution
    Institution,
    /// `applicant`: Applicant
    Applicant,
    /// `find`: Find by number
    Find,
    /// `show`: Show
    Show,
    /// `none`: No applications
    None,
    /// `previous`: Previous page
    Previous,
    /// `next`: Next page
    Next,
    /// `page`: Page {}
    Page,
    /// `back`: Back to the applications
    Back,
    /// `answers`: The applicant's answers
    Answers,
    /// `notGiven`: Not given
    NotGiven,
    /// `yes`: Yes
    Yes,
    /// `warnings`: Worth a check
    Warnings,
    /// `noWarnings`: Nothing to check
    NoWarnings,
    /// `holder`: This person already holds a recorded IIN: {}
    Holder,
    /// `holderErased`: This person already holds a recorded IIN (its application's data was erased)
    HolderErased,
    /// `decision`: Decision
    Decision,
    /// `decisionFinal`: A decision is final: it cannot be changed.
    DecisionFinal,
    /// `certificate`: Issue the registration certificate
    Certificate,
    /// `iin`: IIN formed by the national register
    Iin,
    /// `issueDate`: Date of issue (YYYY-MM-DD)
    IssueDate,
    /// `refusal`: Issue a notice of refusal
    Refusal,
    /// `reason`: Reason for the refusal
    Reason,
    /// `standardKk`: Standard reason in Kazakh (optional)
    StandardKk,
    /// `standardRu`: Standard reason in Russian (optional)
    StandardRu,
    /// `decided.certificate`: Certificate issued: IIN {}, {}
    DecidedCertificate,
    /// `decided.refusal`: Refused: {}
    DecidedRefusal,
    /// `decidedBy`: Decided by {} on {}
    DecidedBy,
    /// `document`: Open and print the document
    Document,
    /// `print`: Print
    Print,
    /// `paper`: Paper
    Paper,
    /// `erased`: The personal data of this application was erased on {}: only its number, dates and outcome remain.
    Erased,
    /// `audit`: Audit trail
    Audit,
    /// `audit.at`: When
    AuditAt,
    /// `audit.officer`: Officer
    AuditOfficer,
    /// `audit.action`: Action
    AuditAction,
    /// `code`: Code from the authenticator app (6 digits)
    Code,
    /// `changePassword`: Change password
    ChangePassword,
    /// `currentPassword`: Current password
    CurrentPassword,
    /// `newPassword`: New password (at least 12 characters)
    NewPassword,
    /// `passwordChanged`: Your password was changed: your sessions on other devices have ended
    PasswordChanged,
    /// `passwordTooShort`: The new password must have at least 12 characters
    PasswordTooShort,
    /// `currentPasswordWrong`: The current password is wrong
    CurrentPasswordWrong,
    /// `holderDeclared`: Declared by the applicant as their previous IIN, recorded in the register for another document (not yet confirmed): {}
    HolderDeclared,
    /// `holderDocument`: Recorded in the register for this document: IIN {}
    HolderDocument,
    /// `sameHolder`: The applicant is the holder of this IIN (declared as their previous IIN, the date of birth and citizenship match): I confirm
    SameHolder,
    /// `action.sign_in_failed`: Failed to sign in
    ActionSignInFailed,
    /// `action.sign_out`: Signed out
    ActionSignOut,
    /// `action.queue`: Viewed the list of applications
    ActionQueue,
    /// `action.password_changed`: Changed their password
    ActionPasswordChanged,
    /// `action.same_holder`: Confirmed the IIN's holder
    ActionSameHolder,
    /// `action.trail`: Read the audit trail
    ActionTrail,
    /// `action.sign_in`: Signed in
    ActionSignIn,
    /// `action.view`: Viewed the application
    ActionView,
    /// `action.certificate`: Issued the certificate
    ActionCertificate,
    /// `action.refusal`: Refused
    ActionRefusal,
    /// `action.document`: Opened the document
    ActionDocument,
}

#[cfg(feature = "form")]
impl StaffText {
    /// Every word, in the table's order.
    pub const ALL: [StaffText; 82] = [StaffText::Title, StaffText::Problem, StaffText::SignInTitle, StaffText::Login, StaffText::Password, StaffText::SignIn, StaffText::SignOut, StaffText::SignedInAs, StaffText::AllInstitutions, StaffText::Events, StaffText::EventsWaiting, StaffText::EventsFailed, StaffText::EventsRetry, StaffText::EventsNone, StaffText::Event, StaffText::Attempts, StaffText::LastError, StaffText::Queue, StaffText::Status, StaffText::StatusAll, StaffText::StatusReceived, StaffText::StatusCertified, StaffText::StatusRefused, StaffText::Receipt, StaffText::ReceivedAt, StaffText::Institution, StaffText::Applicant, StaffText::Find, StaffText::Show, StaffText::None, StaffText::Previous, StaffText::Next, StaffText::Page, StaffText::Back, StaffText::Answers, StaffText::NotGiven, StaffText::Yes, StaffText::Warnings, StaffText::NoWarnings, StaffText::Holder, StaffText::HolderErased, StaffText::Decision, StaffText::DecisionFinal, StaffText::Certificate, StaffText::Iin, StaffText::IssueDate, StaffText::Refusal, StaffText::Reason, StaffText::StandardKk, StaffText::StandardRu, StaffText::DecidedCertificate, StaffText::DecidedRefusal, StaffText::DecidedBy, StaffText::Document, StaffText::Print, StaffText::Paper, StaffText::Erased, StaffText::Audit, StaffText::AuditAt, StaffText::AuditOfficer, StaffText::AuditAction, StaffText::Code, StaffText::ChangePassword, StaffText::CurrentPassword, StaffText::NewPassword, StaffText::PasswordChanged, StaffText::PasswordTooShort, StaffText::CurrentPasswordWrong, StaffText::HolderDeclared, StaffText::HolderDocument, StaffText::SameHolder, StaffText::ActionSignInFailed, StaffText::ActionSignOut, StaffText::ActionQueue, StaffText::ActionPasswordChanged, StaffText::ActionSameHolder, StaffText::ActionTrail, StaffText::ActionSignIn, StaffText::ActionView, StaffText::ActionCertificate, StaffText::ActionRefusal, StaffText::ActionDocument];

    /// Its key in the catalogues.
    pub const fn key(self) -> &'static str {
        STAFF_TEXTS[self as usize].0
    }

    /// Its words.
    pub const fn words(self) -> crate::words::Words {
        STAFF_TEXTS[self as usize].1
    }
}

/// The applicant's status page: `(key, words)`, in the catalogues' order; `{}` marks where a value goes.
#[cfg(feature = "form")]
pub const STATUS_TEXTS: [(&str, crate::words::Words); 22] = [
    ("title", words!["Өтінішім қайда?", "Где моё заявление?", "Where is my application?"]),
    ("lead", words!["Өтініш нөмірін және жіберген кезде көрсетілген кіру кодын енгізіңіз.", "Введите номер заявления и код доступа, показанный при отправке.", "Enter your application number and the access code shown when you sent it."]),
    ("receipt", words!["Өтініш нөмірі", "Номер заявления", "Application number"]),
    ("receiptHint", words!["Мысалы, DEU-2026-000123", "Например, DEU-2026-000123", "For example, DEU-2026-000123"]),
    ("accessCode", words!["Кіру коды", "Код доступа", "Access code"]),
    ("accessCodeHint", words!["12 таңба, мысалы 7KQM-2XWA-PD9R", "12 знаков, например 7KQM-2XWA-PD9R", "12 characters, for example 7KQM-2XWA-PD9R"]),
    ("check", words!["Тексеру", "Проверить", "Check"]),
    ("notFound", words!["Мұндай нөмір мен коды бар өтініш жоқ: екеуін де тексеріңіз", "Заявления с таким номером и кодом нет: проверьте оба", "There is no application with this number and code: check both"]),
    ("status", words!["Мәртебесі", "Статус", "Status"]),
    ("received", words!["Қаралуда", "На рассмотрении", "Being considered"]),
    ("certified", words!["ЖСН тіркелді", "ИИН зарегистрирован", "IIN registered"]),
    ("refused", words!["Бас тартылды", "Отказано", "Refused"]),
    ("receivedAt", words!["Қабылданған күні", "Дата приёма", "Received"]),
    ("decidedAt", words!["Шешім күні", "Дата решения", "Decided"]),
    ("keepThese", words!["Осы нөмір мен кодты сақтаңыз (суретке түсіріңіз немесе жазып алыңыз): олар бойынша өтінішіңіздің мәртебесін тексеруге болады.", "Сохраните этот номер и код (сфотографируйте или запишите): по ним можно проверить статус заявления.", "Keep this number and code (take a photo or write them down): with them you can check where your application stands."]),
    ("statusLink", words!["Өтінішімнің мәртебесі", "Статус моего заявления", "Where is my application?"]),
    ("qrLabel", words!["Мәртебе бетінің сілтемесі бар QR-код", "QR-код со ссылкой на страницу статуса", "QR code of the link to the status page"]),
    ("draftNeedsScript", words!["Жауаптарды құрылғыда сақтау үшін JavaScript қажет.", "Чтобы сохранять ответы на устройстве, нужен JavaScript.", "Keeping your answers on this device needs JavaScript."]),
    ("next.received", words!["Өтінішіңізді {} қарап жатыр. Кейінірек қайта тексеріңіз.", "Ваше заявление рассматривает {}. Проверьте позже.", "{} is considering your application. Check again later."]),
    ("next.certified", words!["ЖСН-ыңыз тіркелді. Тіркеу туралы куәлікті {} мекемесінен төлқұжатыңызбен келіп алыңыз.", "Ваш ИИН зарегистрирован. Получите свидетельство о регистрации в {}, предъявив паспорт.", "Your IIN has been registered. Collect the registration certificate at {}, with your passport."]),
    ("next.refused", words!["{} өтініштен бас тартты: {}", "{} отказало в заявлении: {}", "{} refused the application: {}"]),
    ("next.refusedErased", words!["{} өтініштен бас тартты. Себебін мекемеден сұраңыз.", "{} отказало в заявлении. О причине спросите в загранучреждении.", "{} refused the application. Ask the institution for the reason."]),
];

/// A word of [`STATUS_TEXTS`], by name: a word that is not in every catalogue does not compile.
#[cfg(feature = "form")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusText {
    /// `title`: Where is my application?
    Title,
    /// `lead`: Enter your application number and the access code shown when you sent it.
    Lead,
    /// `receipt`: Application number
    Receipt,
    /// `receiptHint`: For example, DEU-2026-000123
    ReceiptHint,
    /// `accessCode`: Access code
    AccessCode,
    /// `accessCodeHint`: 12 characters, for example 7KQM-2XWA-PD9R
    AccessCodeHint,
    /// `check`: Check
    Check,
    /// `notFound`: There is no application with this number and code: check both
    NotFound,
    /// `status`: Status
    Status,
    /// `received`: Being considered
    Received,
    /// `certified`: IIN registered
    Certified,
    /// `refused`: Refused
    Refused,
    /// `receivedAt`: Received
    ReceivedAt,
    /// `decidedAt`: Decided
    DecidedAt,
    /// `keepThese`: Keep this number and code (take a photo or write them down): with them you can check where your application stands.
    KeepThese,
    /// `statusLink`: Where is my application?
    StatusLink,
    /// `qrLabel`: QR code of the link to the status page
    QrLabel,
    /// `draftNeedsScript`: Keeping your answers on this device needs JavaScript.
    DraftNeedsScript,
    /// `next.received`: {} is considering your application. Check again later.
    NextReceived,
    /// `next.certified`: Your IIN has been registered. Collect the registration certificate at {}, with your passport.
    NextCertified,
    /// `next.refused`: {} refused the application: {}
    NextRefused,
    /// `next.refusedErased`: {} refused the application. Ask the institution for the reason.
    NextRefusedErased,
}

#[cfg(feature = "form")]
impl StatusText {
    /// Every word, in the table's order.
    pub const ALL: [StatusText; 22] = [StatusText::Title, StatusText::Lead, StatusText::Receipt, StatusText::ReceiptHint, StatusText::AccessCode, StatusText::AccessCodeHint, StatusText::Check, StatusText::NotFound, StatusText::Status, StatusText::Received, StatusText::Certified, StatusText::Refused, StatusText::ReceivedAt, StatusText::DecidedAt, StatusText::KeepThese, StatusText::StatusLink, StatusText::QrLabel, StatusText::DraftNeedsScript, StatusText::NextReceived, StatusText::NextCertified, StatusText::NextRefused, StatusText::NextRefusedErased];

    /// Its key in the catalogues.
    pub const fn key(self) -> &'static str {
        STATUS_TEXTS[self as usize].0
    }

    /// Its words.
    pub const fn words(self) -> crate::words::Words {
        STATUS_TEXTS[self as usize].1
    }
}

/// Verifying a signed document: `(key, words)`, in the catalogues' order; `{}` marks where a value goes.
#[cfg(feature = "seal")]
pub const VERIFY_TEXTS: [(&str, crate::words::Words); 31] = [
    ("title", words!["Құжатты тексеру", "Проверка документа", "Check a document"]),
    ("lead", words!["Тіркеу куәлігінің немесе бас тарту туралы хабарламаның QR-кодын телефон камерасымен сканерлеңіз немесе оның мәтінін төменге қойыңыз. Тексеру осы құрылғыда жүреді: ештеңе жіберілмейді.", "Отсканируйте QR-код регистрационного свидетельства или уведомления об отказе камерой телефона или вставьте его текст ниже. Проверка идёт на этом устройстве: ничего не отправляется.", "Scan the QR code of a registration certificate or a refusal notice with a phone's camera, or paste its text below. The check runs on this device: nothing is sent."]),
    ("text", words!["QR-кодтың мәтіні немесе нөмір", "Текст QR-кода или номер", "The QR code's text, or a number"]),
    ("check", words!["Тексеру", "Проверить", "Check"]),
    ("needsScript", words!["Тексеру үшін JavaScript қажет.", "Для проверки нужен JavaScript.", "Checking needs JavaScript."]),
    ("noKeys", words!["Қызметтің кілттері жүктелмеді: желіге қосылып, бетті қайта ашыңыз.", "Ключи службы не загружены: подключитесь к сети и откройте страницу снова.", "The service's keys could not be loaded: connect to the network and open this page again."]),
    ("keptKeys", words!["Қызметтің осы құрылғы {} алған кілттерімен тексерілді: қызметке қазір қосылу мүмкін емес. Одан кейін кері қайтарылған кілт мұнда әлі жарамды: желіге қосылып, қайта тексеріңіз.", "Проверено по ключам службы, полученным этим устройством {}: служба сейчас недоступна. Ключ, отозванный после этого, здесь ещё действует: проверьте снова, подключившись к сети.", "Checked against the service's keys as this device last received them, on {}: the service cannot be reached now. A key withdrawn since then still counts here: check again online."]),
    ("genuine", words!["Түпнұсқа: құжатқа қызмет қол қойған және ол өзгертілмеген. Төмендегі деректерді басылған құжатпен және төлқұжатпен салыстырыңыз.", "Подлинный: документ подписан службой и не изменён. Сверьте данные ниже с напечатанным документом и паспортом.", "Genuine: the service signed this document and it has not been changed. Compare the details below with the printed document and the passport."]),
    ("altered", words!["Өзгертілген: бұл мәтін қызмет қол қойған құжатқа сәйкес келмейді. Құжатқа сенбеңіз.", "Изменён: этот текст не совпадает с документом, подписанным службой. Не доверяйте документу.", "Altered: this text does not match a document the service signed. Do not trust the document."]),
    ("unknown_key", words!["Белгісіз кілтпен қол қойылған: ол қызмет кілттерінің тізімінде жоқ. Құжатқа сенбеңіз.", "Подписан неизвестным ключом: его нет в списке ключей службы. Не доверяйте документу.", "Signed by a key this service does not know: it is not in the service's list of keys. Do not trust the document."]),
    ("only_a_number", words!["Бұл тек нөмір: ол ештеңені дәлелдемейді. Құжаттағы QR-кодты сканерлеңіз.", "Это только номер: он ничего не доказывает. Отсканируйте QR-код документа.", "This is only a number: it proves nothing. Scan the document's QR code."]),
    ("not_a_document", words!["Бұл осы қызметтің құжаты емес.", "Это не документ этой службы.", "This is not a document of this service."]),
    ("kind", words!["Құжат", "Документ", "Document"]),
    ("certificate", words!["Тіркеу куәлігі", "Регистрационное свидетельство", "Registration certificate"]),
    ("refusal", words!["ЖСН қалыптастырудан бас тарту туралы хабарлама", "Уведомление об отказе в формировании ИИН", "Notice of refusal to form an IIN"]),
    ("iin", words!["ЖСН", "ИИН", "IIN"]),
    ("receipt", words!["Өтініш нөмірі", "Номер заявления", "Application number"]),
    ("nameLatin", words!["Аты-жөні (латын әріптерімен)", "ФИО (латиницей)", "Name (Latin letters)"]),
    ("nameCyrillic", words!["Аты-жөні (кириллицамен)", "ФИО (кириллицей)", "Name (Cyrillic letters)"]),
    ("birthDate", words!["Туған күні", "Дата рождения", "Date of birth"]),
    ("sex", words!["Жынысы", "Пол", "Sex"]),
    ("male", words!["Ер", "Мужской", "Male"]),
    ("female", words!["Әйел", "Женский", "Female"]),
    ("citizenship", words!["Азаматтығы", "Гражданство", "Citizenship"]),
    ("institution", words!["Шетелдегі мекеме", "Загранучреждение", "Institution abroad"]),
    ("date", words!["Берілген күні", "Дата выдачи", "Date of issue"]),
    ("issuer", words!["Қол қойған қызмет", "Подписавшая служба", "Signed by the service at"]),
    ("key", words!["Кілт", "Ключ", "Key"]),
    ("result", words!["Тексеру нәтижесі", "Результат проверки", "Result of the check"]),
    ("again", words!["Басқа құжатты тексеру", "Проверить другой документ", "Check another document"]),
    ("keysLink", words!["Қызметтің ашық кілттері", "Открытые ключи службы", "The service's public keys"]),
];

/// A word of [`VERIFY_TEXTS`], by name: a word that is not in every catalogue does not compile.
#[cfg(feature = "seal")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerifyText {
    /// `title`: Check a document
    Title,
    /// `lead`: Scan the QR code of a registration certificate or a refusal notice with a phone's camera, or paste its text below. The check runs on this device: nothing is sent.
    Lead,
    /// `text`: The QR code's text, or a number
    Text,
    /// `check`: Check
    Check,
    /// `needsScript`: Checking needs JavaScript.
    NeedsScript,
    /// `noKeys`: The service's keys could not be loaded: connect to the network and open this page again.
    NoKeys,
    /// `keptKeys`: Checked against the service's keys as this device last received them, on {}: the service cannot be reached now. A key withdrawn since then still counts here: check again online.
    KeptKeys,
    /// `genuine`: Genuine: the service signed this document and it has not been changed. Compare the details below with the printed document and the passport.
    Genuine,
    /// `altered`: Altered: this text does not match a document the service signed. Do not trust the document.
    Altered,
    /// `unknown_key`: Signed by a key this service does not know: it is not in the service's list of keys. Do not trust the document.
    UnknownKey,
    /// `only_a_number`: This is only a number: it proves nothing. Scan the document's QR code.
    OnlyANumber,
    /// `not_a_document`: This is not a document of this service.
    NotADocument,
    /// `kind`: Document
    Kind,
    /// `certificate`: Registration certificate
    Certificate,
    /// `refusal`: Notice of refusal to form an IIN
    Refusal,
    /// `iin`: IIN
    Iin,
    /// `receipt`: Application number
    Receipt,
    /// `nameLatin`: Name (Latin letters)
    NameLatin,
    /// `nameCyrillic`: Name (Cyrillic letters)
    NameCyrillic,
    /// `birthDate`: Date of birth
    BirthDate,
    /// `sex`: Sex
    Sex,
    /// `male`: Male
    Male,
    /// `female`: Female
    Female,
    /// `citizenship`: Citizenship
    Citizenship,
    /// `institution`: Institution abroad
    Institution,
    /// `date`: Date of issue
    Date,
    /// `issuer`: Signed by the service at
    Issuer,
    /// `key`: Key
    Key,
    /// `result`: Result of the check
    Result,
    /// `again`: Check another document
    Again,
    /// `keysLink`: The service's public keys
    KeysLink,
}

#[cfg(feature = "seal")]
impl VerifyText {
    /// Every word, in the table's order.
    pub const ALL: [VerifyText; 31] = [VerifyText::Title, VerifyText::Lead, VerifyText::Text, VerifyText::Check, VerifyText::NeedsScript, VerifyText::NoKeys, VerifyText::KeptKeys, VerifyText::Genuine, VerifyText::Altered, VerifyText::UnknownKey, VerifyText::OnlyANumber, VerifyText::NotADocument, VerifyText::Kind, VerifyText::Certificate, VerifyText::Refusal, VerifyText::Iin, VerifyText::Receipt, VerifyText::NameLatin, VerifyText::NameCyrillic, VerifyText::BirthDate, VerifyText::Sex, VerifyText::Male, VerifyText::Female, VerifyText::Citizenship, VerifyText::Institution, VerifyText::Date, VerifyText::Issuer, VerifyText::Key, VerifyText::Result, VerifyText::Again, VerifyText::KeysLink];

    /// Its key in the catalogues.
    pub const fn key(self) -> &'static str {
        VERIFY_TEXTS[self as usize].0
    }

    /// Its words.
    pub const fn words(self) -> crate::words::Words {
        VERIFY_TEXTS[self as usize].1
    }
}
