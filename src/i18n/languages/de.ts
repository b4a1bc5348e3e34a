/**
 * German (Deutsch): every message, feature and direction of the element (see `catalog.ts`).
 * Register: "Sie". Quotation marks „ “; a no-break space (U+00A0) before a trailing "…" and between a
 * number and its unit. "Meeting" is the word German-speaking AA and NA use for their meetings.
 * Book names are the fellowships' published German titles (AA: anonyme-alkoholiker.de; NA: NA
 * World Services' German editions).
 */
import type { Catalog } from '../catalog.js';

const catalog: Catalog = {
  dir: 'ltr',
  strings: {
    searchLabel: 'Meetings suchen',
    searchPlaceholder: 'Name, Ort, Stadt oder Art',
    meetingsLabel: 'Meetings',
    loadingAll: 'Die nächsten Meetings; alle werden geladen …',
    loading: 'Meetings werden geladen …',
    resultCount: {
      '=0': 'Keine Meetings',
      one: '{count} Meeting',
      other: '{count} Meetings',
    },
    resultCountOf: {
      '=0': 'Keines von {total} Meetings',
      other: '{count} von {total} Meetings',
    },
    today: 'Heute',
    tomorrow: 'Morgen',
    byAppointment: 'Nach Vereinbarung',
    timeNotGiven: 'Uhrzeit nicht angegeben',
    timesIn: 'Alle Zeiten: {zone}.',
    attendance: {
      in_person: 'Vor Ort',
      online: 'Online',
      hybrid: 'Vor Ort und online',
      inactive: 'Vorübergehend geschlossen',
    },
    online: 'Online',
    joinOnline: 'Online teilnehmen',
    joinOnlineWith: 'Über {provider} teilnehmen',
    dialIn: 'Per Telefon teilnehmen',
    listing: 'Eintrag',
    listingFor: 'Eintrag von {name}',
    errorTitle: 'Die Meetings konnten nicht geladen werden',
    feedError: {
      network: 'Die Meetingliste ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      timeout: 'Die Meetingliste braucht zu lange für eine Antwort. Versuchen Sie es gleich noch einmal.',
      http: {
        '=0': 'Der Server der Meetingliste hat mit einem Fehler geantwortet.',
        other: 'Der Server der Meetingliste hat mit einem Fehler geantwortet (HTTP {#}).',
      },
      'not-json': 'Die Meetingliste hat etwas geliefert, das keine Liste von Meetings ist (kein JSON).',
      'unknown-format': 'Die Meetingliste liegt in einem Format vor, das diese Seite nicht lesen kann.',
      empty: 'Die Meetingliste ist leer: Sie enthält derzeit keine Meetings.',
      'no-valid-records': 'Keines der Meetings in der Liste konnte gelesen werden.',
      'no-source': 'Für diese Seite wurde keine Meetingliste festgelegt.',
      'bad-url': 'Die Adresse der Meetingliste ist keine gültige Webadresse.',
      'refused-url': 'Die Adresse der Meetingliste ist keine Webadresse (http oder https) und wird deshalb nicht gelesen.',
      blocked:
        'Die Sicherheitseinstellungen dieser Seite (ihre Content-Security-Policy) erlauben es nicht, die Meetingliste zu lesen.',
      failed: 'Beim Lesen der Meetingliste ist etwas schiefgegangen.',
    },
    sourceFailed: 'Die Meetings von {name} fehlen.',
    savedCopy: 'Angezeigt wird die Liste von {name} mit Stand {date}, gespeichert auf diesem Gerät.',
    inlineData: 'dieser Seite',
    retry: 'Erneut versuchen',
    renderFailed: 'Beim Anzeigen der Meetings ist etwas schiefgegangen. Versuchen Sie es erneut oder laden Sie die Seite neu.',
    skippedRecords: {
      one: '{count} Eintrag konnte nicht angezeigt werden',
      other: '{count} Einträge konnten nicht angezeigt werden',
    },
    recordNumber: 'Eintrag {number}',
    filtersLabel: 'Filter',
    dayLegend: 'Tag',
    timeLegend: 'Uhrzeit',
    attendanceLegend: 'Teilnahme',
    featuresLegend: 'Art des Meetings',
    regionsLegend: 'Gebiet',
    regionSearchLabel: 'Gebiet suchen',
    timeOptions: {
      morning: 'Morgens',
      midday: 'Mittags',
      afternoon: 'Nachmittags',
      evening: 'Abends',
      night: 'Nachts',
      soon: 'Beginnt innerhalb einer Stunde',
      now: 'Läuft gerade',
    },
    timeRangeHint: '{from} – {to}',
    attendanceOptions: {
      in_person: 'Vor Ort',
      online: 'Online',
      hybrid: 'Hybrid',
    },
    hybridNote: 'Hybride Meetings (vor Ort und online) zählen für beides.',
    clearFilters: 'Alle Filter zurücksetzen',
    activeFilters: { one: '{count} Filter', other: '{count} Filter' },
    noMatchTitle: 'Kein Meeting erfüllt alle diese Bedingungen:',
    removeConstraint: '{name} entfernen ({count})',
    searchConstraint: 'Suche „{query}“',
    radiusConstraint: 'im Umkreis von {radius}',
    inProgress: 'Läuft',
    startsIn: {
      '=0': 'Beginnt jetzt',
      '=1': 'Beginnt jetzt',
      other: 'In {minutes} Min.',
    },
    yourTime: '{time} bei Ihnen',
    nextWeek: '{weekday}, nächste Woche',
    nextFailed: 'Die nächsten Meetings konnten nicht angezeigt werden: Die Verbindung wurde unterbrochen.',
    nearMe: 'In meiner Nähe',
    nearMeLocating: 'Ihr Standort wird ermittelt …',
    nearMeDenied: 'Ihr Browser hat Ihren Standort nicht freigegeben. Sie können stattdessen einen Ort wählen.',
    nearMeUnavailable: 'Ihr Standort konnte nicht ermittelt werden. Sie können stattdessen einen Ort wählen.',
    nearMeTimeout: 'Die Standortermittlung hat zu lange gedauert. Versuchen Sie es erneut oder wählen Sie einen Ort.',
    nearMeUnsupported: 'Dieser Browser kann keinen Standort freigeben. Sie können stattdessen einen Ort wählen.',
    nearMeActive: 'Nach Entfernung von Ihrem Standort sortiert. Er bleibt auf diesem Gerät.',
    nearPlaceLabel: 'In der Nähe eines Ortes',
    nearPlaceActive: 'Nach Entfernung von {place} sortiert.',
    unknownPlace: '„{place}“ ist kein Ort in dieser Meetingliste. Wählen Sie einen der Vorschläge.',
    stopNear: 'Nicht mehr nach Entfernung sortieren',
    radiusLabel: 'Umkreis',
    anyDistance: 'Beliebige Entfernung',
    distance: { mi: '{value} mi', km: '{value} km' },
    distanceUnknown: 'Entfernung unbekannt',
    sortLabel: 'Reihenfolge',
    sortTime: 'Nächste zuerst',
    sortDistance: 'Nächstgelegene zuerst',

    // Details and actions
    detailWhen: 'Wann',
    detailDuration: 'Dauer',
    detailAttendance: 'Teilnahme',
    detailLocation: 'Wo',
    detailRegion: 'Gebiet',
    detailTypes: 'Über dieses Meeting',
    detailNotes: 'Hinweise',
    detailGroup: 'Gruppe',
    sameLocation: 'Auch an diesem Ort',
    sameGroup: 'Gleiche Gruppe',
    updated: 'Aktualisiert am {date}',
    sourceListing: 'Eintrag auf {host} ansehen',
    detailActions: 'Aktionen',
    directionsIn: {
      apple: 'Route in Apple Karten',
      google: 'Route in Google Maps',
      osm: 'Route in OpenStreetMap',
    },
    addToCalendar: 'Zum Kalender hinzufügen (.ics)',
    googleCalendar: 'Google Kalender',
    share: 'Teilen',
    shareCopied: 'Link kopiert',
    shareShared: 'Geteilt',
    shareLinkLabel: 'Link zu diesem Meeting',
    shareLinkHint: 'Kopieren Sie diesen Link, um das Meeting zu teilen.',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    helplinesTitle: 'Jetzt mit jemandem sprechen',
    helplineOf: 'Hilfetelefon von {name}',
    // Print and theme
    printTitle: 'Meetingplan',
    printAsOf: 'Stand: {date}. Meetings ändern sich: Prüfen Sie den Eintrag, bevor Sie hingehen.',
    printFirst:
      'Die ersten {shown} von {total} Meetings, in der Reihenfolge der Liste. Grenzen Sie die Liste ein (Suche, Filter), um die übrigen zu drucken.',

    // Map
    mapCanvasLabel: 'Karte der Meetings in der Liste, nach Ort',
    mapZoomIn: 'Vergrößern',
    mapZoomOut: 'Verkleinern',
    mapAttributionToggle: 'Kartennachweise ein- oder ausblenden',
    mapFeedback: 'Diese Karte verbessern',

    // Layout: list and map, the host's panels
    viewSwitchLabel: 'Meetings anzeigen als',
    viewList: 'Liste',
    viewMap: 'Karte',
    mapRegionLabel: 'Karte der aufgeführten Meetings',
    mapLoading: 'Karte wird geladen …',
    mapUnavailable: 'Dieser Browser kann die Karte nicht darstellen (dafür ist WebGL 2 nötig). Alle Meetings stehen in der Liste.',
    mapFailed: 'Die Karte konnte nicht geladen werden. Alle Meetings stehen in der Liste.',
    mapBlocked:
      'Die Karte ist auf dieser Seite nicht verfügbar (die Sicherheitsrichtlinie der Seite erlaubt sie nicht). Alle Meetings stehen in der Liste.',
    chosenOnMap: {
      one: '{count} Meeting am Ort {place}',
      other: '{count} Meetings am Ort {place}',
    },
    clearChosen: 'Alle Meetings anzeigen',
    print: 'Diese Liste drucken',
    faqPanel: 'Fragen und Antworten',
    infoPanel: 'Weitere Informationen',
    keepInMine: '{name} in meinen Meetings behalten',
    myMeetings: 'Meine Meetings ({count})',
    skipList: 'Liste überspringen',
    backToSearch: 'Zurück zur Suche',
    dayNavLabel: 'Zu einem Tag springen',
    rowLinkLabel: '{name}, {when}, {where}',
    rowLinkLabelNoPlace: '{name}, {when}',
    backToList: 'Zurück zur Liste',
    filtersLoading: 'Filter werden geladen …',
    filtersFailed: 'Die Filter konnten nicht geladen werden. Prüfen Sie die Verbindung, schließen Sie dann „Filter“ und öffnen Sie es erneut.',
    detailFailed: 'Die Details konnten nicht geladen werden. Prüfen Sie die Verbindung und öffnen Sie das Meeting dann erneut.',
    meetingNotFound:
      'Dieses Meeting ist nicht mehr aufgeführt. Vielleicht ist es umgezogen oder findet nicht mehr statt; die Liste enthält die aktuellen Meetings.',
    tsmlNotShared:
      'Das sieht nach der Liste einer Website aus, die 12 Step Meeting List verwendet. Diese Website gibt ihre Liste vielleicht nicht an andere Websites weiter: Bitten Sie sie um einen Freigabeschlüssel und hängen Sie ihn an die Adresse an (…&key=…).',
    mapKeyboardHint:
      'Jeder Ort auf der Karte steht auch in der Liste: Um die Meetings an einem Ort zu sehen, suchen Sie nach seinem Namen oder seiner Adresse oder nutzen Sie die Filter.',
    listFailed: 'Die Liste konnte nicht angezeigt werden: Die Verbindung wurde unterbrochen.',
  },
  features: {
    open: {
      name: 'Offen',
      description: 'Alle können teilnehmen, auch Angehörige, Freunde und Interessierte.',
    },
    closed: {
      name: 'Geschlossen',
      description:
        'Für Menschen, die mit dem Trinken oder Konsumieren aufhören wollen; bei Angehörigengruppen wie Al-Anon für alle, die vom Trinken oder Konsum eines anderen Menschen betroffen sind.',
    },
    'restricted-access': {
      name: 'Eingeschränkter Zugang',
      description: 'Findet an einem Ort mit begrenztem Zutritt statt, etwa in einem Krankenhaus oder einer Justizvollzugsanstalt; bitte vorher erkundigen.',
    },

    wheelchair: {
      name: 'Rollstuhlgerecht',
      description: 'Der Meetingraum ist stufenlos erreichbar.',
    },
    'wheelchair-bathroom': {
      name: 'Barrierefreie Toilette',
      description: 'Es gibt eine rollstuhlgerechte Toilette.',
    },
    'sign-language': {
      name: 'Gebärdensprache',
      description: 'Findet in Gebärdensprache statt oder wird in Gebärdensprache gedolmetscht.',
    },
    'deaf-hard-of-hearing': {
      name: 'Gehörlos / schwerhörig',
      description: 'Offen für gehörlose und schwerhörige Menschen und auf sie eingerichtet.',
    },
    'visually-impaired': {
      name: 'Blind / sehbehindert',
      description: 'Offen für blinde und sehbehinderte Menschen und auf sie eingerichtet.',
    },
    'fragrance-free': {
      name: 'Duftfrei',
      description: 'Bitte kein Parfüm, Rasierwasser oder andere Düfte tragen.',
    },

    women: { name: 'Frauen' },
    men: { name: 'Männer' },
    'young-people': {
      name: 'Junge Menschen',
      description: 'Für jüngere Menschen in der Genesung.',
    },
    alateen: {
      name: 'Alateen',
      description: 'Al-Anon-Meetings für Jugendliche, die vom Trinken eines anderen Menschen betroffen sind.',
    },
    seniors: {
      name: 'Ältere Menschen',
      description: 'Für ältere Menschen in der Genesung.',
    },
    beginners: {
      name: 'Neuankömmlinge',
      description: 'Für Menschen, die neu in der Genesung sind; ein gutes erstes Meeting.',
    },
    lgbtq: { name: 'LGBTQ+' },
    gay: { name: 'Schwul' },
    lesbian: { name: 'Lesbisch' },
    bisexual: { name: 'Bisexuell' },
    transgender: { name: 'Trans' },
    'non-binary': { name: 'Nicht-binär' },
    'people-of-color': { name: 'People of Color' },
    indigenous: {
      name: 'Indigene',
      description: 'Für indigene Menschen und Native Americans.',
    },
    professionals: {
      name: 'Fachleute',
      description: 'Für Menschen in Berufen wie Medizin oder Recht.',
    },
    secular: {
      name: 'Säkular',
      description: 'Für Atheisten, Agnostiker und alle, die einen nicht religiösen Zugang bevorzugen.',
    },
    parents: {
      name: 'Eltern',
      description: 'Für Eltern eines Menschen mit einem Alkohol- oder Drogenproblem.',
    },
    'adult-children': {
      name: 'Erwachsene Kinder',
      description: 'Für Erwachsene, die mit dem Trinken oder Drogenkonsum eines Elternteils aufgewachsen sind.',
    },
    'dual-diagnosis': {
      name: 'Doppeldiagnose',
      description: 'Für Menschen, die mit einer Sucht und zugleich einer psychischen Erkrankung leben.',
    },

    speaker: {
      name: 'Sprecher-Meeting',
      description: 'Ein oder mehrere Mitglieder erzählen ihre Geschichte.',
    },
    discussion: {
      name: 'Gesprächsmeeting',
      description: 'Die Mitglieder teilen reihum zu einem Thema.',
    },
    'question-and-answer': {
      name: 'Fragen und Antworten',
      description: 'Mitglieder beantworten Fragen zur Genesung, oft von Neuankömmlingen.',
    },
    'step-study': {
      name: 'Schritte-Meeting',
      description: 'Befasst sich mit einem der Zwölf Schritte.',
    },
    'tradition-study': {
      name: 'Traditionen-Meeting',
      description: 'Befasst sich mit einer der Zwölf Traditionen.',
    },
    'concept-study': {
      name: 'Konzepte-Meeting',
      description: 'Befasst sich mit den Zwölf Konzepten für den Dienst.',
    },
    literature: {
      name: 'Literatur-Meeting',
      description: 'Liest und bespricht die Bücher oder Broschüren der Gemeinschaft.',
    },
    meditation: {
      name: 'Meditation',
      description: 'Enthält eine Zeit stiller Meditation.',
    },
    'eleventh-step': {
      name: 'Meditation zum 11. Schritt',
      description: 'Meditation und Austausch zum Elften Schritt.',
    },
    birthday: {
      name: 'Geburtstage',
      description: 'Feiert die Genesungs-Geburtstage der Mitglieder.',
    },
    'cross-talk': {
      name: 'Direkte Antworten erlaubt',
      description: 'Mitglieder dürfen direkt auf das eingehen, was andere geteilt haben.',
    },

    'big-book': {
      name: 'Blaues Buch',
      description: 'Befasst sich mit dem Buch Anonyme Alkoholiker.',
    },
    'twelve-and-twelve': {
      name: 'Zwölf Schritte und Zwölf Traditionen',
      description: 'Befasst sich mit dem Buch Zwölf Schritte und Zwölf Traditionen.',
    },
    'as-bill-sees-it': {
      name: 'Wie Bill es sieht',
      description: 'Liest aus dem Buch Wie Bill es sieht.',
    },
    'daily-reflections': {
      name: 'Gedanken zum Tag',
      description: 'Liest aus dem Buch Gedanken zum Tag.',
    },
    grapevine: {
      name: 'Grapevine',
      description: 'Liest aus der AA-Zeitschrift Grapevine (oder La Viña).',
    },
    'living-sober': {
      name: 'Trocken bleiben – nüchtern leben',
      description: 'Liest aus dem Buch Trocken bleiben – nüchtern leben.',
    },

    'basic-text': {
      name: 'Basistext',
      description: 'Befasst sich mit dem Buch Narcotics Anonymous, dem Basistext von NA.',
    },
    'just-for-today': {
      name: 'Nur für heute',
      description: 'Liest aus dem NA-Buch mit täglichen Meditationen, Nur für heute.',
    },
    'it-works': {
      name: 'Es funktioniert: Wie und warum',
      description: 'Befasst sich mit dem NA-Buch über die Zwölf Schritte und Zwölf Traditionen.',
    },
    'living-clean': {
      name: 'Clean leben',
      description: 'Befasst sich mit dem NA-Buch Clean leben – Die Reise geht weiter.',
    },
    'step-working-guide': {
      name: 'Leitfaden zur Schrittearbeit',
      description: 'Arbeitet die Fragen des NA-Leitfadens zur Schrittearbeit durch.',
    },
    'guiding-principles': {
      name: 'Leitprinzipien',
      description: 'Befasst sich mit dem NA-Buch Leitprinzipien – Der Geist unserer Traditionen.',
    },
    'spiritual-principle-a-day': {
      name: 'A Spiritual Principle a Day',
      description: 'Liest aus dem NA-Buch für jeden Tag A Spiritual Principle a Day.',
    },
    'pamphlet-study': {
      name: 'Faltblatt-Meeting',
      description: 'Liest und bespricht die Informationsfaltblätter (IPs) der Gemeinschaft.',
    },

    candlelight: { name: 'Kerzenschein' },
    outdoor: {
      name: 'Im Freien',
      description: 'Findet draußen statt; bitte wetterfest anziehen.',
    },
    breakfast: { name: 'Frühstück' },
    smoking: { name: 'Rauchen erlaubt' },
    'non-smoking': { name: 'Nichtraucher' },
    'children-welcome': {
      name: 'Kinder willkommen',
      description: 'Kinder dürfen mit einem Elternteil oder einer Betreuungsperson mitkommen.',
    },
    babysitting: {
      name: 'Kinderbetreuung',
      description: 'Jemand kümmert sich während des Meetings um die Kinder.',
    },
    'concurrent-al-anon': {
      name: 'Al-Anon zur gleichen Zeit',
      description: 'Zur gleichen Zeit und am gleichen Ort findet ein Al-Anon-Meeting für Angehörige und Freunde statt.',
    },
    'concurrent-alateen': {
      name: 'Alateen zur gleichen Zeit',
      description: 'Zur gleichen Zeit und am gleichen Ort findet ein Alateen-Meeting für Jugendliche statt.',
    },
    'concurrent-aa': {
      name: 'AA zur gleichen Zeit',
      description: 'Zur gleichen Zeit und am gleichen Ort findet ein AA-Meeting statt.',
    },
    'digital-basket': {
      name: 'Digitaler Hut',
      description: 'Freiwillige Spenden (Siebte Tradition) sind online möglich.',
    },
    'proof-of-attendance': {
      name: 'Teilnahmebestätigung',
      description: 'Kann Ihre Teilnahme bestätigen, zum Beispiel für ein Gericht oder eine Therapie.',
    },
  },
  contact: {
    detailContact: 'Kontakt',
    contactEmail: 'E-Mail',
    contactPhone: 'Telefon',
    contactWebsite: 'Webseite',
    emailPerson: 'E-Mail an {name}',
    callPerson: '{name} anrufen',
    detailDistrict: 'Distrikt',
    contributeTitle: 'Siebte Tradition',
    contributeWith: 'Über {service} beitragen',
    listedBy: 'Eingetragen von {name}',
    reportProblem: 'Ein Problem mit diesem Eintrag melden',
    reportSubject: 'Problem mit dem Eintrag „{name}“',
  },
  reachable: {
    reachableTonight: 'Heute Abend noch erreichbar',
    reachableToday: 'Heute noch erreichbar',
    nextMeetings: 'Nächste Meetings',
    startedAgo: {
      '=0': 'Hat gerade begonnen',
      '=1': 'Hat gerade begonnen',
      other: 'Hat vor {minutes} Min. begonnen',
    },
    travelOnFoot: 'Etwa {minutes} Min. zu Fuß',
    travelByCar: 'Etwa {minutes} Min. mit dem Auto',
    travelNote: 'Die Wegzeiten sind grobe Schätzungen nach Luftlinie, keine Routen.',
    join: 'Teilnehmen',
    joinNamed: 'Online an {name} teilnehmen',
    call: 'Anrufen',
    callNamed: 'Bei {name} per Telefon einwählen',
    directions: 'Route',
    directionsNamed: 'Route zu {name}',
    noneReachable: 'Heute Abend gibt es keine erreichbaren Meetings mehr.',
    nextOne: 'Das nächste ist {name}, {when}.',
    dayAt: '{day} um {time}',
    seeAllMeetings: 'Alle Meetings ansehen',
  },
  takeAlong: {
    mineShowing: {
      one: 'Ihr Meeting',
      other: 'Ihre {count} Meetings',
    },
    takeAlongLabel: 'Mitnehmen',
    sendToPhone: 'An mein Handy senden',
    copyAsText: 'Als Text kopieren',
    copied: 'Kopiert',
    copyFallbackLabel: 'Ihre Meetings als Text (markieren und kopieren)',
    printOnePage: 'Drucken',
    showEveryMeeting: 'Alle Meetings anzeigen',
    keepThisMeeting: 'In meinen Meetings behalten',
    qrCode: 'QR-Code',
    qrCaption: 'Mit der Kamera eines Handys scannen, um dieses Meeting dort zu öffnen.',
    qrFailed: 'Der QR-Code konnte nicht erstellt werden: Die Verbindung wurde unterbrochen. Versuchen Sie es erneut.',
  },
};

export default catalog;
