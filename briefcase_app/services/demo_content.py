"""The demo conference, from the MFA article on the Third Ministerial Conference of the
Paris Pact Partners (Vienna, 16 February 2012). Figures and names are the article's."""

ARTICLE = (
    "MFA of Kazakhstan, 'Kazakhstan Reaffirms Commitment to Combating Illicit Drug Trafficking', 17 Feb 2012"
)

CONFERENCE = {
    "title": "Third Ministerial Conference of the Paris Pact Partners",
    "short_title": "Paris Pact Vienna 2012",
    "organiser": "Paris Pact Initiative / UNODC",
    "city": "Vienna",
    "venue": "Hofburg Palace",
    "start_date": "2012-02-16",
    "end_date": "2012-02-16",
    "description": (
        "Ministers and representatives of more than 55 countries and international "
        "organisations discuss how best to combat the trafficking of opium and heroin "
        "originating in Afghanistan. Four aspects are on the table: financial flows, "
        "precursor chemicals, drug abuse and dependence, and regional initiatives."
    ),
}

PEOPLE = [
    {
        "name": "Kairat Umarov",
        "position": "Deputy Minister of Foreign Affairs",
        "organisation": "Ministry of Foreign Affairs",
        "country": "Kazakhstan",
        "biography": "Leads the Kazakh delegation. Delivers Kazakhstan's statement on the "
        "three areas of coordinated effort against Afghan drug trafficking.",
        "role": "head_of_delegation",
    },
    {
        "name": "Ban Ki-moon",
        "position": "Secretary-General",
        "organisation": "United Nations",
        "country": "Republic of Korea",
        "biography": "Opens the conference; calls for concerted efforts to help Afghanistan "
        "extricate itself from drug production, use and trafficking.",
        "role": "speaker",
    },
    {
        "name": "Yury Fedotov",
        "position": "Executive Director",
        "organisation": "United Nations Office on Drugs and Crime (UNODC)",
        "country": "Russian Federation",
        "biography": "Heads UNODC, which supports the Paris Pact Initiative and helped "
        "establish CARICC in Almaty. [Biography to be checked against UNODC site: TBC]",
        "role": "counterpart",
    },
    {
        "name": "Айгерим Сейткали",
        "position": "Первый секретарь, Департамент многостороннего сотрудничества",
        "organisation": "МИД Республики Казахстан",
        "country": "Kazakhstan",
        "biography": "Отвечает за подготовку досье делегации и контакты с секретариатом Парижского пакта.",
        "role": "delegation_member",
    },
]

PROGRAMME = [
    (
        "2012-02-16 09:00",
        "2012-02-16 09:30",
        "Arrival and registration of delegations",
        "Hofburg Palace, main entrance",
        "All delegation",
        "",
    ),
    (
        "2012-02-16 09:30",
        "2012-02-16 10:15",
        "Opening of the conference by UN Secretary-General Ban Ki-moon",
        "Festsaal",
        "Kairat Umarov; delegation",
        "Listen for references to regional initiatives.",
    ),
    (
        "2012-02-16 10:15",
        "2012-02-16 12:30",
        "Plenary: statements by ministers and heads of delegation",
        "Festsaal",
        "Kairat Umarov (speaks)",
        "Kazakhstan's slot: TBC with the secretariat.",
    ),
    (
        "2012-02-16 13:00",
        "2012-02-16 14:00",
        "Bilateral with UNODC on CARICC",
        "Meeting room 3",
        "Kairat Umarov; Aigerim Seitkali",
        "Aim: continued UNODC support to CARICC.",
    ),
    (
        "2012-02-16 14:30",
        "2012-02-16 16:30",
        "Plenary: the four aspects of the fight against Afghan opiates",
        "Festsaal",
        "Delegation",
        "",
    ),
    (
        "2012-02-16 16:30",
        "2012-02-16 17:00",
        "Adoption of the Joint Vienna Declaration",
        "Festsaal",
        "Kairat Umarov",
        "Kazakhstan supports adoption.",
    ),
]

SPEECH_BODY = """Mr. Chairman, Mr. Secretary-General, Excellencies, ladies and gentlemen,

Allow me first to extend our gratitude for convening such an important conference.

Kazakhstan is deeply concerned by drug trafficking from Afghanistan to Central Asia. It is a
**direct threat to the socio-economic development** of the countries of our region.

## Three areas for coordinated effort

Eliminating the factors behind Afghan drug trafficking requires multilateral and coordinated
efforts in three main areas:

1. combating opium cultivation and production;
2. suppressing cross-border drug trafficking;
3. reducing demand for drugs in other countries.

## Kazakhstan's part

Kazakhstan is an active participant in counter-narcotics action within the Shanghai Cooperation
Organization, the Collective Security Treaty Organisation, the Organization of Islamic Cooperation
and the Organization for Security and Co-operation in Europe, for it is essential to have the full
cooperation of the international community in combating this evil.

The Central Asian Regional Information Coordination Center, *CARICC*, established in Almaty with
the support of UNODC, makes an important contribution to strengthening control over illicit drug
production, drug abuse and illicit trafficking in narcotics, psychotropic substances and
precursors in Central Asia.

> Combating drug trafficking has become a permanent part of state policy for our country.
> President Nursultan Nazarbayev has identified combating drug crime as one of the nation's main
> law enforcement priorities.

Kazakhstan has prepared a draft Programme to Combat Drug Abuse and Drug Trafficking for
2012-2016, with a budget totalling US$ 136 million. The previous programme, amounting to
US$ 260 million, was successfully carried out from 2009 until 2011.

I would like to point out that no other country in the region has devoted such a large sum to
the fight against drug trafficking.

Thank you.
"""

SPEECH_RU_BODY = """Уважаемый господин Председатель, уважаемые коллеги,

Казахстан выражает глубокую обеспокоенность наркотрафиком из Афганистана в Центральную Азию.
Это прямая угроза социально-экономическому развитию стран региона.

Борьба с незаконным оборотом наркотиков стала **постоянной частью государственной политики**
Республики Казахстан. Проект Программы по борьбе с наркоманией и наркобизнесом на 2012-2016 годы
предусматривает финансирование в объёме 136 млн долларов США.

Казахстан поддерживает принятие Совместной Венской декларации.
"""

SPEECHES = [
    {
        "title": "Statement by H.E. Kairat Umarov at the Third Ministerial Conference of the Paris Pact Partners",
        "speaker": "Kairat Umarov",
        "date": "2012-02-16",
        "language": "en",
        "status": "delivered",
        "target_minutes": 5,
        "body": SPEECH_BODY,
        "tags": ["Paris Pact", "afghanistan", "CARICC"],
    },
    {
        "title": "Выступление К. Умарова (русская версия, тезисы)",
        "speaker": "Кайрат Умаров",
        "date": "2012-02-16",
        "language": "ru",
        "status": "cleared",
        "target_minutes": 3,
        "body": SPEECH_RU_BODY,
        "tags": ["Paris Pact"],
    },
]

# (kind, topic, question, body, priority, tags, language)
POINTS = [
    (
        "objective",
        "Afghan drug trafficking",
        "",
        "Register Kazakhstan's deep concern over drug trafficking from Afghanistan to Central Asia "
        "as a direct threat to the region's socio-economic development.",
        1,
        ["afghanistan"],
        "en",
    ),
    (
        "objective",
        "Joint Vienna Declaration",
        "",
        "Support the adoption of the Joint Vienna Declaration.",
        1,
        ["declaration"],
        "en",
    ),
    (
        "key_message",
        "Three areas of effort",
        "",
        "Coordinated, multilateral effort is needed in three areas: combating opium cultivation and "
        "production; suppressing cross-border trafficking; reducing demand for drugs.",
        1,
        [],
        "en",
    ),
    (
        "line_to_take",
        "Financial flows",
        "",
        "Detecting and blocking financial flows linked to illicit traffic in opiates is one of the four "
        "fundamental aspects; Kazakhstan supports concrete follow-up in the Declaration.",
        2,
        ["finance"],
        "en",
    ),
    (
        "line_to_take",
        "Precursor chemicals",
        "",
        "Preventing the diversion of precursor chemicals used in illicit opiate manufacturing in "
        "Afghanistan needs regional information exchange: CARICC is the tool for it.",
        1,
        ["precursors", "CARICC"],
        "en",
    ),
    (
        "line_to_take",
        "Drug abuse and dependence",
        "",
        "Reducing drug abuse and dependence calls for a comprehensive approach: prevention, treatment "
        "and rehabilitation together.",
        2,
        [],
        "en",
    ),
    (
        "line_to_take",
        "Regional initiatives",
        "",
        "Regional initiatives such as CARICC in Almaty, supported by UNODC, make an important "
        "contribution and deserve continued support.",
        2,
        ["CARICC"],
        "en",
    ),
    (
        "defensive_qa",
        "Budget of the national programme",
        "Is Kazakhstan cutting its counter-narcotics budget, from US$ 260 million to US$ 136 million?",
        "No. The 2009-2011 programme (US$ 260 million) was carried out in full. The 2012-2016 draft "
        "(US$ 136 million) builds on the institutions it created; no other country in the region has "
        "devoted such a large sum to the fight against drug trafficking.",
        1,
        ["budget"],
        "en",
    ),
    (
        "defensive_qa",
        "CARICC's effectiveness",
        "What has CARICC actually achieved?",
        "CARICC strengthens control over illicit production and trafficking of narcotics, psychotropic "
        "substances and precursors in Central Asia by pooling information between its members. "
        "Figures on joint operations: XX (to be confirmed with CARICC).",
        2,
        ["CARICC"],
        "en",
    ),
    (
        "press_line",
        "Press line after the conference",
        "",
        "Kazakhstan reaffirms its commitment to combating illicit drug trafficking and welcomes the "
        "Joint Vienna Declaration.",
        2,
        ["press"],
        "en",
    ),
    (
        "line_to_take",
        "Прекурсоры",
        "",
        "Казахстан выступает за усиление контроля над прекурсорами и обмен информацией через ЦАРИКЦ.",
        2,
        ["precursors"],
        "ru",
    ),
    (
        "key_message",
        "Есірткі саудасына қарсы күрес",
        "",
        "Есірткі саудасына қарсы күрес Қазақстан Республикасының мемлекеттік саясатының тұрақты "
        "бөлігіне айналды.",
        2,
        [],
        "kk",
    ),
]

# (statement, source, source_url, as_of, tags)
FACTS = [
    (
        "The Paris Pact Initiative is a partnership of more than 55 countries and international "
        "organisations.",
        ARTICLE,
        "",
        "2012-02-17",
        ["Paris Pact"],
    ),
    (
        "The partners agreed at the Ministerial Conference on Drug Routes from Central Asia to Europe, "
        "Paris, 2003, to the principle of common and shared responsibility.",
        ARTICLE,
        "",
        "2012-02-17",
        ["Paris Pact"],
    ),
    (
        "The second Ministerial Conference of the Paris Pact was held in Moscow in 2006.",
        ARTICLE,
        "",
        "2012-02-17",
        ["Paris Pact"],
    ),
    (
        "Kazakhstan's 2009-2011 programme against drug abuse and trafficking amounted to US$ 260 million "
        "and was carried out in full.",
        ARTICLE,
        "",
        "2012-02-17",
        ["budget"],
    ),
    (
        "The draft Programme to Combat Drug Abuse and Drug Trafficking for 2012-2016 has a budget of "
        "US$ 136 million.",
        ARTICLE,
        "",
        "2012-02-17",
        ["budget"],
    ),
    (
        "CARICC, the Central Asian Regional Information Coordination Center, was established in Almaty "
        "with the support of UNODC.",
        ARTICLE,
        "",
        "2012-02-17",
        ["CARICC"],
    ),
    (
        "An estimated 15 per cent of Afghanistan's income accrues from trade in illicit drugs "
        "(UN Secretary-General, opening address).",
        ARTICLE,
        "",
        "2012-02-17",
        ["afghanistan"],
    ),
    (
        "The conference approved the Joint Vienna Declaration on combating illicit traffic in opiates, "
        "blocking financial flows and preventing the diversion of precursor chemicals.",
        ARTICLE,
        "",
        "2012-02-17",
        ["declaration", "precursors"],
    ),
    (
        "Парижский пакт поддерживается Управлением ООН по наркотикам и преступности (УНП ООН).",
        ARTICLE,
        "",
        "2012-02-17",
        ["Paris Pact"],
    ),
    (
        "Қазақстан Республикасы Шанхай ынтымақтастық ұйымы мен ҰҚШҰ аясында есірткіге қарсы іс-қимылға "
        "белсенді қатысады.",
        "",
        "",
        "2012-02-17",
        [],
    ),
]

LIBRARY_POINT = (
    "line_to_take",
    "Precursor chemicals (standing line, 2009)",
    "",
    "Kazakhstan has consistently called for tighter control of precursor chemicals and for "
    "information exchange between customs services of the region (standing line since 2009).",
    2,
    ["precursors"],
    "en",
)

#: the first thing a new person sees (the window opens it on a first start; Help > Start here):
#: a Library note, so no pack ever prints it. Same shape as LIBRARY_POINT.
START_HERE = (
    "key_message",
    "Start here: three things to do first",
    "",
    "Welcome to Briefcase. Everything you write stays on this computer: Briefcase sends nothing "
    "anywhere.\n\n"
    "1. **Look around the demo conference.** On the left, open the first conference: its "
    "Programme, People, Speeches, Lines to take, Background and Packs show what a finished "
    "briefing looks like. Change anything you like: typing is saved as you go, and Ctrl+Z undoes.\n"
    "2. **Start your own conference.** File > New conference (Ctrl+Shift+N), then File > New item "
    "(Ctrl+N) in each of its sections. File > Import files (Ctrl+Shift+I) brings in earlier speeches and "
    "notes (Word, PDF, text); Ctrl+K searches everything.\n"
    "3. **Export a briefing pack.** Under your conference, open Packs: choose the sections, the "
    "recipient and the marking, read the pre-flight check, then File > Export pack (Ctrl+E).\n\n"
    "Help > About shows where your store and its backups are (a backup is made each time "
    "Briefcase opens a store that changed). When you no longer need this note, delete it: it goes "
    "to the Trash.",
    1,
    ["start-here"],
    "en",
)

# ---- the parts of a real briefing pack (issue 16) ---------------------------------------
STEERING_BRIEF = {
    "title": "Steering brief",
    "purpose": "Third ministerial meeting of the Paris Pact partners (more than 55 countries and "
    "organisations) on opiates from Afghanistan: financial flows, precursors, drug abuse and "
    "regional initiatives.",
    "wants": "Recognition of Kazakhstan's national programme (US$ 136 million, 2012-2016) and of "
    "CARICC in Almaty; continued UNODC support to CARICC; adoption of the Joint Vienna Declaration.",
    "asks": "Partners may ask Kazakhstan to host a Paris Pact expert working group and to share "
    "CARICC data more widely. Neither is agreed: take note, promise a reply through Astana.",
    "sensitivities": "Border control with Afghanistan's neighbours; the Russian proposal on "
    "financing; numbers of seizures (quote only the figures in Background).",
    "body": "Kazakhstan regards drug trafficking from Afghanistan as a **direct threat** to the "
    "development of Central Asia and answers it with three areas of coordinated effort: "
    "cultivation, cross-border trafficking and demand. Support the Declaration as drafted.",
}

#: (name, role, phone, e-mail, notes)
CONTACTS = [
    ("Private office of the Deputy Minister", "Private office, Astana", "+7 7172 72 05 18",
     "private.office@mfa.example.kz", "Day and night during the visit"),
    ("Embassy duty officer", "Embassy of Kazakhstan in Vienna", "+43 1 890 80 09",
     "duty.vienna@mfa.example.kz", "Cars, passes and urgent changes"),
    ("Aigerim Seitkali", "Desk officer, multilateral department", "+7 7172 72 04 41",
     "a.seitkali@mfa.example.kz", "Speech, lines to take, the Declaration"),
    ("Paris Pact secretariat liaison", "Liaison officer, UNODC", "+43 1 26060 4321",
     "paris.pact.liaison@unodc.example.org", "Speaking slots and seating"),
]  # fmt: skip

#: (starts, ends, title, place, category, notes)
SCENARIO = [
    ("2012-02-15 18:40", "2012-02-15 19:10", "Arrival of the delegation, Vienna airport", "VIP terminal",
     "arrival", "Met by the Ambassador; two cars, plates on the embassy's list."),
    ("2012-02-15 19:30", "", "Check-in, Hotel Imperial", "Kärntner Ring 16", "hotel",
     "Rooms 312-316; the delegation office in 314."),
    ("2012-02-16 08:30", "2012-02-16 08:50", "Cars to the Hofburg", "Hotel entrance", "cars",
     "Dress code: dark suit."),
    ("2012-02-16 09:30", "2012-02-16 12:30", "Plenary seating and interpretation", "Festsaal, row K",
     "seating", "Russian interpretation on channel 3; the Deputy Minister in the front seat."),
    ("2012-02-16 12:35", "2012-02-16 12:50", "Press door-step", "Hofburg, media area", "media",
     "Press lines only; the desk officer attends."),
    ("2012-02-16 19:05", "", "Departure", "Vienna airport", "departure", ""),
]  # fmt: skip

#: people given a photo (drawn initials, made when the demo is created), with its colour.
PHOTOS = {"Kairat Umarov": (31, 58, 95), "Yury Fedotov": (122, 66, 48)}

#: the figure a talking point shows (drawn when the demo is created).
ROUTE_FIGURE_CAPTION = "The northern route: Afghanistan, Central Asia, Russian Federation"
ROUTE_FIGURE_POINT = "Afghan drug trafficking"

ANNEX_TITLE = "Draft Joint Vienna Declaration"
ANNEX_TEXT = (
    "We, the Ministers and representatives of the Paris Pact partners, meeting in Vienna on "
    "16 February 2012, reaffirm our commitment to combating the trafficking of opiates "
    "originating in Afghanistan, in four areas: regional initiatives, financial flows, "
    "precursor chemicals, and the prevention and treatment of drug abuse and dependence.",
    "We welcome the work of the Central Asian Regional Information and Coordination Centre "
    "(CARICC) in Almaty and call on partners to support it.",
    "We request UNODC to report on progress at the next meeting of the Policy Consultative Group.",
)
