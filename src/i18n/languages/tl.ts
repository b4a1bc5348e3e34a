/**
 * Tagalog / Filipino (tl, also served for "fil"): every message, feature and direction of the element
 * (see `catalog.ts`). Plain, polite Filipino without slang; "po" is left out of labels and buttons, where
 * it would read oddly. Everyday loanwords Filipinos use ("online", "e-mail", "website") stay; book titles
 * of AA and NA have no published Filipino editions known here and stay in English.
 * Filipino's "one" covers most numbers (not those ending in 4, 6, 9), so both forms read alike:
 * "5 pulong", "4 pulong" (a numeral takes no linker "na" here, as on signs and schedules).
 */
import type { Catalog } from '../catalog.js';

const catalog: Catalog = {
  dir: 'ltr',
  strings: {
    searchLabel: 'Maghanap ng pulong',
    searchPlaceholder: 'Pangalan, lugar, lungsod o uri',
    meetingsLabel: 'Mga pulong',
    loadingAll: 'Ang mga susunod na pulong; nilo-load ang lahat…',
    loading: 'Nilo-load ang mga pulong…',
    resultCount: {
      '=0': 'Walang pulong',
      one: '{count} pulong',
      other: '{count} pulong',
    },
    resultCountOf: {
      '=0': 'Walang pulong sa {total}',
      other: '{count} sa {total} pulong',
    },
    today: 'Ngayon',
    tomorrow: 'Bukas',
    byAppointment: 'Kailangan ng appointment',
    timeNotGiven: 'Walang nakasaad na oras',
    timesIn: 'Ang mga oras ay sa {zone}.',
    attendance: {
      in_person: 'Harapan',
      online: 'Online',
      hybrid: 'Harapan at online',
      inactive: 'Pansamantalang sarado',
    },
    online: 'Online',
    joinOnline: 'Sumali online',
    joinOnlineWith: 'Sumali sa {provider}',
    dialIn: 'Tumawag para sumali',
    listing: 'Detalye ng pulong',
    listingFor: 'Detalye ng {name}',
    errorTitle: 'Hindi ma-load ang mga pulong',
    feedError: {
      network: 'Hindi maabot ang listahan ng mga pulong. Tingnan ang inyong koneksyon at subukang muli.',
      timeout: 'Masyadong matagal sumagot ang listahan ng mga pulong. Subukang muli mamaya.',
      http: {
        '=0': 'Nagbalik ng error ang server ng listahan ng mga pulong.',
        other: 'Nagbalik ng error ang server ng listahan ng mga pulong (HTTP {#}).',
      },
      'not-json': 'Ang isinagot ng listahan ay hindi listahan ng mga pulong (hindi JSON).',
      'unknown-format': 'Ang listahan ng mga pulong ay nasa format na hindi mabasa ng pahinang ito.',
      empty: 'Walang laman ang listahan: wala itong pulong sa ngayon.',
      'no-valid-records': 'Wala sa mga pulong sa listahan ang mabasa.',
      'no-source': 'Walang itinakdang listahan ng mga pulong para sa pahinang ito.',
      'bad-url': 'Ang address ng listahan ng mga pulong ay hindi wastong web address.',
      'refused-url': 'Ang address ng listahan ng mga pulong ay hindi web address (http o https), kaya hindi ito binabasa.',
      blocked: 'Hindi pinapayagan ng security settings ng pahinang ito (ang Content-Security-Policy nito) na basahin ang listahan ng mga pulong.',
      failed: 'May nangyaring mali habang binabasa ang listahan ng mga pulong.',
    },
    sourceFailed: 'Kulang ang mga pulong mula sa {name}.',
    savedCopy: 'Ipinapakita ang listahan ng {name} noong {date}, na naka-save sa device na ito.',
    inlineData: 'ang pahinang ito',
    retry: 'Subukang muli',
    renderFailed: 'May nangyaring mali habang ipinapakita ang mga pulong. Subukang muli, o i-reload ang pahina.',
    skippedRecords: {
      one: '{count} detalye ang hindi maipakita',
      other: '{count} detalye ang hindi maipakita',
    },
    recordNumber: 'Detalye {number}',
    filtersLabel: 'Mga filter',
    dayLegend: 'Araw',
    timeLegend: 'Oras',
    attendanceLegend: 'Paano',
    featuresLegend: 'Uri ng pulong',
    regionsLegend: 'Lugar',
    regionSearchLabel: 'Maghanap ng lugar',
    timeOptions: {
      morning: 'Umaga',
      midday: 'Tanghali',
      afternoon: 'Hapon',
      evening: 'Gabi',
      night: 'Hatinggabi',
      soon: 'Magsisimula sa loob ng isang oras',
      now: 'Nagaganap ngayon',
    },
    timeRangeHint: '{from} – {to}',
    attendanceOptions: {
      in_person: 'Harapan',
      online: 'Online',
      hybrid: 'Hybrid (harapan at online)',
    },
    hybridNote: 'Ang mga hybrid na pulong (harapan at online) ay kasama sa dalawa.',
    clearFilters: 'Alisin ang lahat ng filter',
    activeFilters: { one: '{count} filter', other: '{count} filter' },
    noMatchTitle: 'Walang pulong na tugma sa lahat ng ito:',
    removeConstraint: 'Alisin ang {name} ({count})',
    searchConstraint: 'paghahanap na “{query}”',
    radiusConstraint: 'sa loob ng {radius}',
    inProgress: 'Nagaganap',
    startsIn: {
      '=0': 'Magsisimula na',
      '=1': 'Magsisimula na',
      other: 'Sa loob ng {minutes} min',
    },
    yourTime: '{time} sa inyong oras',
    nextWeek: '{weekday}, sa susunod na linggo',
    nextFailed: 'Hindi maipakita ang mga susunod na pulong: naputol ang koneksyon.',
    nearMe: 'Malapit sa akin',
    nearMeLocating: 'Hinahanap ang inyong lokasyon…',
    nearMeDenied: 'Hindi ibinahagi ng inyong browser ang inyong lokasyon. Maaari kayong pumili ng lugar sa halip.',
    nearMeUnavailable: 'Hindi mahanap ang inyong lokasyon. Maaari kayong pumili ng lugar sa halip.',
    nearMeTimeout: 'Masyadong natagalan ang paghahanap ng inyong lokasyon. Subukang muli, o pumili ng lugar.',
    nearMeUnsupported: 'Hindi kayang magbahagi ng lokasyon ng browser na ito. Maaari kayong pumili ng lugar sa halip.',
    nearMeActive: 'Nakaayos ayon sa layo mula sa inyong lokasyon. Nananatili ito sa device na ito.',
    nearPlaceLabel: 'Malapit sa isang lugar',
    nearPlaceActive: 'Nakaayos ayon sa layo mula sa {place}.',
    unknownPlace: 'Ang “{place}” ay hindi lugar sa listahang ito ng mga pulong. Pumili ng isa sa mga mungkahi.',
    stopNear: 'Itigil ang pag-aayos ayon sa layo',
    radiusLabel: 'Sa loob ng',
    anyDistance: 'Kahit anong layo',
    distance: { mi: '{value} milya', km: '{value} km' },
    distanceUnknown: 'Hindi alam ang layo',
    sortLabel: 'Pagkakaayos',
    sortTime: 'Pinakamaagang pulong muna',
    sortDistance: 'Pinakamalapit muna',

    // Details and actions
    detailWhen: 'Kailan',
    detailDuration: 'Gaano katagal',
    detailAttendance: 'Paano dumalo',
    detailLocation: 'Saan',
    detailRegion: 'Lugar',
    detailTypes: 'Tungkol sa pulong na ito',
    detailNotes: 'Mga tala',
    detailGroup: 'Grupo',
    sameLocation: 'Nasa lokasyong ito rin',
    sameGroup: 'Parehong grupo',
    updated: 'Na-update noong {date}',
    sourceListing: 'Tingnan ang detalye sa {host}',
    detailActions: 'Mga aksyon',
    directionsIn: {
      apple: 'Direksyon sa Apple Maps',
      google: 'Direksyon sa Google Maps',
      osm: 'Direksyon sa OpenStreetMap',
    },
    addToCalendar: 'Idagdag sa kalendaryo (.ics)',
    googleCalendar: 'Google Calendar',
    share: 'Ibahagi',
    shareCopied: 'Nakopya ang link',
    shareShared: 'Naibahagi',
    shareLinkLabel: 'Link sa pulong na ito',
    shareLinkHint: 'Kopyahin ang link na ito para ibahagi ang pulong.',
    opensInNewTab: '(magbubukas sa bagong tab)',
    helplinesTitle: 'Makipag-usap sa isang tao ngayon',
    helplineOf: 'Helpline ng {name}',
    // Print and theme
    printTitle: 'Iskedyul ng mga pulong',
    printAsOf: 'Noong {date}. Nagbabago ang mga pulong: tingnan ang detalye bago pumunta.',
    printFirst: 'Ang unang {shown} sa {total} pulong, ayon sa ayos ng listahan. Paliitin ang listahan (paghahanap, mga filter) para i-print ang iba.',

    // Map
    mapCanvasLabel: 'Mapa ng mga pulong sa listahan, ayon sa lugar',
    mapZoomIn: 'Palakihin',
    mapZoomOut: 'Paliitin',
    mapAttributionToggle: 'Ipakita o itago ang mga kredito ng mapa',
    mapFeedback: 'Pagandahin ang mapang ito',

    // Layout: list and map, the host's panels
    viewSwitchLabel: 'Ipakita ang mga pulong bilang',
    viewList: 'Listahan',
    viewMap: 'Mapa',
    mapRegionLabel: 'Mapa ng mga nakalistang pulong',
    mapLoading: 'Nilo-load ang mapa…',
    mapUnavailable: 'Hindi kayang iguhit ng browser na ito ang mapa (kailangan nito ang WebGL 2). Nasa listahan ang bawat pulong.',
    mapFailed: 'Hindi ma-load ang mapa. Nasa listahan ang bawat pulong.',
    mapBlocked: 'Hindi magagamit ang mapa sa pahinang ito (hindi ito pinapayagan ng security policy ng pahina). Nasa listahan ang bawat pulong.',
    chosenOnMap: {
      one: '{count} pulong sa {place}',
      other: '{count} pulong sa {place}',
    },
    clearChosen: 'Ipakita ang lahat ng pulong',
    print: 'I-print ang listahang ito',
    faqPanel: 'Mga tanong at sagot',
    infoPanel: 'Karagdagang impormasyon',
    keepInMine: 'Itabi ang {name} sa aking mga pulong',
    myMeetings: 'Aking mga pulong ({count})',
    skipList: 'Laktawan ang listahan',
    backToSearch: 'Bumalik sa paghahanap',
    dayNavLabel: 'Pumunta sa isang araw',
    rowLinkLabel: '{name}, {when}, {where}',
    rowLinkLabelNoPlace: '{name}, {when}',
    backToList: 'Bumalik sa listahan',
    filtersLoading: 'Nilo-load ang mga filter…',
    filtersFailed: 'Hindi ma-load ang mga filter. Tingnan ang koneksyon, saka isara at buksan muli ang Mga filter.',
    detailFailed: 'Hindi ma-load ang mga detalye. Tingnan ang koneksyon, saka buksan muli ang pulong.',
    meetingNotFound: 'Hindi na nakalista ang pulong na ito. Maaaring lumipat o natapos na ito; nasa listahan ang mga kasalukuyang pulong.',
    tsmlNotShared:
      'Mukhang listahan ito ng isang site na gumagamit ng 12 Step Meeting List. Maaaring hindi ibinabahagi ng site na iyon ang listahan nito sa ibang site: humingi sa kanila ng sharing key at idagdag ito sa address (…&key=…).',
    mapKeyboardHint:
      'Nasa listahan din ang bawat lugar sa mapa: para makita ang mga pulong sa isang lugar, hanapin ang pangalan o address nito, o gamitin ang mga filter.',
    listFailed: 'Hindi maipakita ang listahan: naputol ang koneksyon.',
  },
  features: {
    open: {
      name: 'Bukas',
      description: 'Maaaring dumalo ang sinuman, kasama ang pamilya, mga kaibigan at mga nais makaalam.',
    },
    closed: {
      name: 'Sarado',
      description: 'Para sa mga nais tumigil sa pag-inom o paggamit; sa mga pangkat ng pamilya gaya ng Al-Anon, para sa mga naapektuhan ng pag-inom o paggamit ng iba.',
    },
    'restricted-access': {
      name: 'Limitado ang pagpasok',
      description: 'Ginaganap sa lugar na limitado ang pagpasok, gaya ng ospital o kulungan; alamin muna bago pumunta.',
    },

    wheelchair: {
      name: 'Abot ng wheelchair',
      description: 'Mararating ang silid ng pulong nang walang hagdan.',
    },
    'wheelchair-bathroom': {
      name: 'Accessible na banyo',
      description: 'May banyong magagamit ng naka-wheelchair.',
    },
    'sign-language': {
      name: 'Wikang senyas',
      description: 'Ginaganap sa wikang senyas, o isinasalin dito.',
    },
    'deaf-hard-of-hearing': {
      name: 'Bingi / mahina ang pandinig',
      description: 'Malugod na tinatanggap at handa para sa mga bingi o mahina ang pandinig.',
    },
    'visually-impaired': {
      name: 'Bulag / mahina ang paningin',
      description: 'Malugod na tinatanggap at handa para sa mga bulag o mahina ang paningin.',
    },
    'fragrance-free': {
      name: 'Walang pabango',
      description: 'Pakiusap, huwag gumamit ng pabango, cologne o iba pang samyo.',
    },

    women: { name: 'Kababaihan' },
    men: { name: 'Kalalakihan' },
    'young-people': {
      name: 'Kabataan',
      description: 'Para sa mga kabataang nasa recovery.',
    },
    alateen: {
      name: 'Alateen',
      description: 'Mga pulong ng Al-Anon para sa mga tinedyer na naapektuhan ng pag-inom ng iba.',
    },
    seniors: {
      name: 'Nakatatanda',
      description: 'Para sa mga nakatatandang nasa recovery.',
    },
    beginners: {
      name: 'Mga baguhan',
      description: 'Para sa mga bago sa recovery; magandang unang pulong.',
    },
    lgbtq: { name: 'LGBTQ+' },
    gay: { name: 'Gay' },
    lesbian: { name: 'Lesbiyana' },
    bisexual: { name: 'Bisekswal' },
    transgender: { name: 'Transgender' },
    'non-binary': { name: 'Non-binary' },
    'people-of-color': { name: 'Mga taong may kulay' },
    indigenous: {
      name: 'Katutubo',
      description: 'Para sa mga katutubo at Native American.',
    },
    professionals: {
      name: 'Mga propesyonal',
      description: 'Para sa mga nasa propesyon gaya ng medisina o abogasya.',
    },
    secular: {
      name: 'Sekular',
      description: 'Para sa mga ateista, agnostiko at sinumang mas gusto ang paraang hindi panrelihiyon.',
    },
    parents: {
      name: 'Mga magulang',
      description: 'Para sa mga magulang ng may problema sa pag-inom o droga.',
    },
    'adult-children': {
      name: 'Mga adult children',
      description: 'Para sa mga nasa hustong gulang na lumaki sa magulang na umiinom o gumagamit.',
    },
    'dual-diagnosis': {
      name: 'Dalawahang diyagnosis',
      description: 'Para sa mga may adiksyon at kondisyon sa kalusugang pangkaisipan nang sabay.',
    },

    speaker: {
      name: 'Tagapagsalita',
      description: 'Isa o higit pang miyembro ang nagbabahagi ng kanilang kuwento.',
    },
    discussion: {
      name: 'Talakayan',
      description: 'Salitan ang mga miyembro sa pagbabahagi tungkol sa isang paksa.',
    },
    'question-and-answer': {
      name: 'Tanong at sagot',
      description: 'Sinasagot ng mga miyembro ang mga tanong tungkol sa recovery, kadalasan mula sa mga baguhan.',
    },
    'step-study': {
      name: 'Pag-aaral ng Hakbang',
      description: 'Pinag-aaralan ang isa sa Labindalawang Hakbang.',
    },
    'tradition-study': {
      name: 'Pag-aaral ng Tradisyon',
      description: 'Pinag-aaralan ang isa sa Labindalawang Tradisyon.',
    },
    'concept-study': {
      name: 'Pag-aaral ng Konsepto',
      description: 'Pinag-aaralan ang Labindalawang Konsepto para sa paglilingkod.',
    },
    literature: {
      name: 'Pag-aaral ng literatura',
      description: 'Binabasa at pinag-uusapan ang mga aklat o polyeto ng fellowship.',
    },
    meditation: {
      name: 'Meditasyon',
      description: 'May kasamang tahimik na meditasyon.',
    },
    'eleventh-step': {
      name: 'Meditasyon sa Ika-11 Hakbang',
      description: 'Meditasyon at pagbabahagi tungkol sa Ikalabing-isang Hakbang.',
    },
    birthday: {
      name: 'Mga kaarawan',
      description: 'Ipinagdiriwang ang anibersaryo ng recovery ng mga miyembro.',
    },
    'cross-talk': {
      name: 'Pinapayagan ang cross talk',
      description: 'Maaaring direktang tumugon ang mga miyembro sa pagbabahagi ng isa’t isa.',
    },

    'big-book': {
      name: 'Big Book',
      description: 'Pinag-aaralan ang aklat na Alcoholics Anonymous.',
    },
    'twelve-and-twelve': {
      name: '12 Hakbang at 12 Tradisyon',
      description: 'Pinag-aaralan ang aklat na Twelve Steps and Twelve Traditions.',
    },
    'as-bill-sees-it': {
      name: 'As Bill Sees It',
      description: 'Binabasa ang aklat na As Bill Sees It.',
    },
    'daily-reflections': {
      name: 'Daily Reflections',
      description: 'Binabasa ang aklat na Daily Reflections.',
    },
    grapevine: {
      name: 'Grapevine',
      description: 'Binabasa ang magasin ng AA, ang Grapevine (o La Viña).',
    },
    'living-sober': {
      name: 'Living Sober',
      description: 'Binabasa ang aklat na Living Sober.',
    },

    'basic-text': {
      name: 'Basic Text',
      description: 'Pinag-aaralan ang aklat na Narcotics Anonymous, ang Basic Text ng NA.',
    },
    'just-for-today': {
      name: 'Just for Today',
      description: 'Binabasa ang pang-araw-araw na aklat ng meditasyon ng NA, ang Just for Today.',
    },
    'it-works': {
      name: 'It Works: How and Why',
      description: 'Pinag-aaralan ang aklat ng NA tungkol sa Labindalawang Hakbang at Labindalawang Tradisyon.',
    },
    'living-clean': {
      name: 'Living Clean',
      description: 'Pinag-aaralan ang aklat ng NA na Living Clean: The Journey Continues.',
    },
    'step-working-guide': {
      name: 'Step Working Guides',
      description: 'Sinasagot ang mga tanong ng NA Step Working Guides.',
    },
    'guiding-principles': {
      name: 'Guiding Principles',
      description: 'Pinag-aaralan ang aklat ng NA na Guiding Principles: The Spirit of Our Traditions.',
    },
    'spiritual-principle-a-day': {
      name: 'A Spiritual Principle a Day',
      description: 'Binabasa ang pang-araw-araw na aklat ng NA na A Spiritual Principle a Day.',
    },
    'pamphlet-study': {
      name: 'Pag-aaral ng polyeto',
      description: 'Binabasa at pinag-uusapan ang mga polyetong pang-impormasyon (IP) ng fellowship.',
    },

    candlelight: { name: 'Sa liwanag ng kandila' },
    outdoor: {
      name: 'Sa labas',
      description: 'Ginaganap sa labas; magbihis ayon sa panahon.',
    },
    breakfast: { name: 'Almusal' },
    smoking: { name: 'Pinapayagan ang paninigarilyo' },
    'non-smoking': { name: 'Bawal manigarilyo' },
    'children-welcome': {
      name: 'Malugod ang mga bata',
      description: 'Maaaring isama ang mga bata ng magulang o tagapag-alaga.',
    },
    babysitting: {
      name: 'May mag-aalaga ng bata',
      description: 'May nag-aalaga sa mga bata habang may pulong.',
    },
    'concurrent-al-anon': {
      name: 'Al-Anon nang sabay',
      description: 'May pulong ng Al-Anon para sa pamilya at mga kaibigan sa parehong oras at lugar.',
    },
    'concurrent-alateen': {
      name: 'Alateen nang sabay',
      description: 'May pulong ng Alateen para sa mga tinedyer sa parehong oras at lugar.',
    },
    'concurrent-aa': {
      name: 'AA nang sabay',
      description: 'May pulong ng AA sa parehong oras at lugar.',
    },
    'digital-basket': {
      name: 'Digital na basket',
      description: 'Maaaring magbigay ng boluntaryong kontribusyon (ang Ikapitong Tradisyon) online.',
    },
    'proof-of-attendance': {
      name: 'Patunay ng pagdalo',
      description: 'Makapagpapatunay ng inyong pagdalo, halimbawa para sa korte o programa ng paggamot.',
    },
  },
  contact: {
    detailContact: 'Kontak',
    contactEmail: 'E-mail',
    contactPhone: 'Telepono',
    contactWebsite: 'Website',
    emailPerson: 'Mag-e-mail kay {name}',
    callPerson: 'Tawagan si {name}',
    detailDistrict: 'Distrito',
    contributeTitle: 'Ikapitong Tradisyon',
    contributeWith: 'Mag-ambag sa pamamagitan ng {service}',
    listedBy: 'Inilista ng {name}',
    reportProblem: 'Iulat ang problema sa detalyeng ito',
    reportSubject: 'Problema sa detalye ng “{name}”',
  },
  reachable: {
    reachableTonight: 'Aabot pa ngayong gabi',
    reachableToday: 'Aabot pa ngayong araw',
    nextMeetings: 'Mga susunod na pulong',
    startedAgo: {
      '=0': 'Kasisimula lang',
      '=1': 'Kasisimula lang',
      other: 'Nagsimula {minutes} min na ang nakalipas',
    },
    travelOnFoot: 'Mga {minutes} min kung maglalakad',
    travelByCar: 'Mga {minutes} min sakay ng kotse',
    travelNote: 'Ang oras ng biyahe ay tantiya lamang batay sa tuwid na layo, hindi direksyon.',
    join: 'Sumali',
    joinNamed: 'Sumali online sa {name}',
    call: 'Tumawag',
    callNamed: 'Tumawag para sumali sa {name}',
    directions: 'Direksyon',
    directionsNamed: 'Direksyon papunta sa {name}',
    noneReachable: 'Wala nang pulong ngayong gabi na maaabot ninyo.',
    nextOne: 'Ang susunod ay {name}, {when}.',
    dayAt: '{day}, {time}',
    seeAllMeetings: 'Tingnan ang lahat ng pulong',
  },
  takeAlong: {
    mineShowing: {
      one: 'Ang inyong {count} pulong',
      other: 'Ang inyong {count} pulong',
    },
    takeAlongLabel: 'Dalhin ninyo',
    sendToPhone: 'Ipadala sa aking telepono',
    copyAsText: 'Kopyahin bilang teksto',
    copied: 'Nakopya',
    copyFallbackLabel: 'Ang inyong mga pulong bilang teksto (piliin at kopyahin)',
    printOnePage: 'I-print',
    showEveryMeeting: 'Ipakita ang bawat pulong',
    keepThisMeeting: 'Itabi sa aking mga pulong',
    qrCode: 'QR code',
    qrCaption: 'I-scan gamit ang camera ng telepono para buksan doon ang pulong na ito.',
    qrFailed: 'Hindi magawa ang QR code: naputol ang koneksyon. Subukang muli.',
  },
};

export default catalog;
