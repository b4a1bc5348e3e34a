/**
 * French (français): every message, feature and direction of the element (see `catalog.ts`).
 * Typography: the spaces inside « » and before ; : ! ? and between a number and its unit are
 * narrow no-break spaces (U+202F), so a line never breaks there. Register: "vous".
 * Meeting types follow the Meeting Guide (code4recovery/spec) and BMLT French names where they read
 * naturally; book names are the fellowships' published French titles.
 */
import type { Catalog } from '../catalog.js';

const catalog: Catalog = {
  dir: 'ltr',
  strings: {
    searchLabel: 'Rechercher des réunions',
    searchPlaceholder: 'Nom, lieu, ville ou type',
    meetingsLabel: 'Réunions',
    loadingAll: 'Les prochaines réunions ; chargement de toutes les autres…',
    loading: 'Chargement des réunions…',
    resultCount: {
      '=0': 'Aucune réunion',
      one: '{count} réunion',
      many: '{count} de réunions',
      other: '{count} réunions',
    },
    resultCountOf: {
      '=0': 'Aucune réunion sur {total}',
      other: '{count} sur {total} réunions',
    },
    today: 'Aujourd’hui',
    tomorrow: 'Demain',
    byAppointment: 'Sur rendez-vous',
    timeNotGiven: 'Heure non indiquée',
    timesIn: 'Horaires : {zone}.',
    attendance: {
      in_person: 'En personne',
      online: 'En ligne',
      hybrid: 'En personne et en ligne',
      inactive: 'Fermée temporairement',
    },
    online: 'En ligne',
    joinOnline: 'Rejoindre en ligne',
    joinOnlineWith: 'Rejoindre sur {provider}',
    dialIn: 'Rejoindre par téléphone',
    listing: 'Fiche',
    listingFor: 'Fiche de {name}',
    errorTitle: 'Les réunions n’ont pas pu être chargées',
    feedError: {
      network: 'La liste des réunions est inaccessible. Vérifiez votre connexion et réessayez.',
      timeout: 'La liste des réunions met trop de temps à répondre. Réessayez dans un instant.',
      http: {
        '=0': 'Le serveur de la liste des réunions a répondu par une erreur.',
        other: 'Le serveur de la liste des réunions a répondu par une erreur (HTTP {#}).',
      },
      'not-json': 'La liste des réunions a renvoyé autre chose qu’une liste de réunions (pas du JSON).',
      'unknown-format': 'La liste des réunions est dans un format que cette page ne sait pas lire.',
      empty: 'La liste des réunions est vide : elle ne contient aucune réunion pour le moment.',
      'no-valid-records': 'Aucune des réunions de la liste n’a pu être lue.',
      'no-source': 'Aucune liste de réunions n’a été configurée pour cette page.',
      'bad-url': 'L’adresse de la liste des réunions n’est pas une adresse web valide.',
      'refused-url': 'L’adresse de la liste des réunions n’est pas une adresse web (http ou https) ; elle n’est donc pas lue.',
      blocked:
        'Les paramètres de sécurité de cette page (sa Content-Security-Policy) ne permettent pas de lire la liste des réunions.',
      failed: 'Un problème est survenu pendant la lecture de la liste des réunions.',
    },
    sourceFailed: 'Il manque les réunions de {name}.',
    savedCopy: 'Voici la liste de {name} du {date}, enregistrée sur cet appareil.',
    inlineData: 'cette page',
    retry: 'Réessayer',
    renderFailed: 'Un problème est survenu pendant l’affichage des réunions. Réessayez ou rechargez la page.',
    skippedRecords: {
      one: '{count} fiche n’a pas pu être affichée',
      many: '{count} de fiches n’ont pas pu être affichées',
      other: '{count} fiches n’ont pas pu être affichées',
    },
    recordNumber: 'Fiche {number}',
    filtersLabel: 'Filtres',
    dayLegend: 'Jour',
    timeLegend: 'Heure',
    attendanceLegend: 'Modalité',
    featuresLegend: 'Type de réunion',
    regionsLegend: 'Secteur',
    regionSearchLabel: 'Trouver un secteur',
    timeOptions: {
      morning: 'Matin',
      midday: 'Midi',
      afternoon: 'Après-midi',
      evening: 'Soir',
      night: 'Nuit',
      soon: 'Commence dans l’heure',
      now: 'En cours en ce moment',
    },
    timeRangeHint: '{from} – {to}',
    attendanceOptions: {
      in_person: 'En personne',
      online: 'En ligne',
      hybrid: 'Hybride',
    },
    hybridNote: 'Les réunions hybrides (en personne et en ligne) comptent dans les deux.',
    clearFilters: 'Effacer tous les filtres',
    activeFilters: { one: '{count} filtre', many: '{count} de filtres', other: '{count} filtres' },
    noMatchTitle: 'Aucune réunion ne correspond à tous ces critères :',
    removeConstraint: 'Retirer {name} ({count})',
    searchConstraint: 'la recherche « {query} »',
    radiusConstraint: 'à moins de {radius}',
    inProgress: 'En cours',
    startsIn: {
      '=0': 'Commence maintenant',
      '=1': 'Commence maintenant',
      other: 'Dans {minutes} min',
    },
    yourTime: '{time} chez vous',
    nextWeek: '{weekday} de la semaine prochaine',
    nextFailed: 'Les prochaines réunions n’ont pas pu être affichées : la connexion a été interrompue.',
    nearMe: 'Près de moi',
    nearMeLocating: 'Recherche de votre position…',
    nearMeDenied: 'Votre navigateur n’a pas partagé votre position. Vous pouvez choisir un lieu à la place.',
    nearMeUnavailable: 'Votre position n’a pas pu être trouvée. Vous pouvez choisir un lieu à la place.',
    nearMeTimeout: 'La recherche de votre position a pris trop de temps. Réessayez ou choisissez un lieu.',
    nearMeUnsupported: 'Ce navigateur ne peut pas partager de position. Vous pouvez choisir un lieu à la place.',
    nearMeActive: 'Triées par distance depuis votre position. Celle-ci reste sur cet appareil.',
    nearPlaceLabel: 'Près d’un lieu',
    nearPlaceActive: 'Triées par distance depuis {place}.',
    unknownPlace: '« {place} » n’est pas un lieu de cette liste de réunions. Choisissez l’une des suggestions.',
    stopNear: 'Ne plus trier par distance',
    radiusLabel: 'À moins de',
    anyDistance: 'Toutes distances',
    distance: { mi: '{value} mi', km: '{value} km' },
    distanceUnknown: 'Distance inconnue',
    sortLabel: 'Tri',
    sortTime: 'Prochaines d’abord',
    sortDistance: 'Plus proches d’abord',

    // Details and actions
    detailWhen: 'Quand',
    detailDuration: 'Durée',
    detailAttendance: 'Comment y assister',
    detailLocation: 'Où',
    detailRegion: 'Secteur',
    detailTypes: 'À propos de cette réunion',
    detailNotes: 'Remarques',
    detailGroup: 'Groupe',
    sameLocation: 'Aussi à cet endroit',
    sameGroup: 'Même groupe',
    updated: 'Mis à jour le {date}',
    sourceListing: 'Voir la fiche sur {host}',
    detailActions: 'Actions',
    directionsIn: {
      apple: 'Itinéraire dans Plans (Apple)',
      google: 'Itinéraire dans Google Maps',
      osm: 'Itinéraire dans OpenStreetMap',
    },
    addToCalendar: 'Ajouter au calendrier (.ics)',
    googleCalendar: 'Google Agenda',
    share: 'Partager',
    shareCopied: 'Lien copié',
    shareShared: 'Partagé',
    shareLinkLabel: 'Lien vers cette réunion',
    shareLinkHint: 'Copiez ce lien pour partager la réunion.',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    helplinesTitle: 'Parler à quelqu’un maintenant',
    helplineOf: 'Ligne d’écoute de {name}',
    // Print and theme
    printTitle: 'Horaires des réunions',
    printAsOf: 'À jour au {date}. Les réunions changent : vérifiez la fiche avant d’y aller.',
    printFirst:
      'Les {shown} premières réunions sur {total}, dans l’ordre de la liste. Affinez la liste (recherche, filtres) pour imprimer les autres.',

    // Map
    mapCanvasLabel: 'Carte des réunions de la liste, par lieu',
    mapZoomIn: 'Zoom avant',
    mapZoomOut: 'Zoom arrière',
    mapAttributionToggle: 'Afficher ou masquer les crédits de la carte',
    mapFeedback: 'Améliorer cette carte',

    // Layout: list and map, the host's panels
    viewSwitchLabel: 'Afficher les réunions en',
    viewList: 'Liste',
    viewMap: 'Carte',
    mapRegionLabel: 'Carte des réunions de la liste',
    mapLoading: 'Chargement de la carte…',
    mapUnavailable: 'Ce navigateur ne peut pas afficher la carte (il lui faut WebGL 2). Toutes les réunions figurent dans la liste.',
    mapFailed: 'La carte n’a pas pu être chargée. Toutes les réunions figurent dans la liste.',
    mapBlocked:
      'La carte n’est pas disponible sur cette page (la politique de sécurité de la page ne le permet pas). Toutes les réunions figurent dans la liste.',
    chosenOnMap: {
      one: '{count} réunion à {place}',
      many: '{count} de réunions à {place}',
      other: '{count} réunions à {place}',
    },
    clearChosen: 'Afficher toutes les réunions',
    print: 'Imprimer cette liste',
    faqPanel: 'Questions et réponses',
    infoPanel: 'Plus d’informations',
    keepInMine: 'Garder {name} dans mes réunions',
    myMeetings: 'Mes réunions ({count})',
    skipList: 'Passer la liste',
    backToSearch: 'Retour à la recherche',
    dayNavLabel: 'Aller à un jour',
    rowLinkLabel: '{name}, {when}, {where}',
    rowLinkLabelNoPlace: '{name}, {when}',
    backToList: 'Retour à la liste',
    filtersLoading: 'Chargement des filtres…',
    filtersFailed: 'Les filtres n’ont pas pu être chargés. Vérifiez la connexion, puis fermez et rouvrez Filtres.',
    detailFailed: 'Les détails n’ont pas pu être chargés. Vérifiez la connexion, puis rouvrez la réunion.',
    meetingNotFound:
      'Cette réunion ne figure plus dans la liste. Elle a peut-être changé de lieu ou pris fin ; la liste contient les réunions actuelles.',
    tsmlNotShared:
      'Cela ressemble à la liste d’un site qui utilise 12 Step Meeting List. Ce site ne partage peut-être pas sa liste avec d’autres sites : demandez-lui une clé de partage et ajoutez-la à l’adresse (…&key=…).',
    mapKeyboardHint:
      'Chaque lieu de la carte figure aussi dans la liste : pour voir les réunions d’un lieu, cherchez son nom ou son adresse, ou utilisez les filtres.',
    listFailed: 'La liste n’a pas pu être affichée : la connexion a été interrompue.',
  },
  features: {
    open: {
      name: 'Ouverte',
      description: 'Tout le monde peut y assister, y compris la famille, les amis et les personnes curieuses.',
    },
    closed: {
      name: 'Fermée',
      description:
        'Pour les personnes qui veulent arrêter de boire ou de consommer ; dans les groupes familiaux comme Al-Anon, pour les personnes touchées par la consommation d’un proche.',
    },
    'restricted-access': {
      name: 'Accès restreint',
      description: 'A lieu dans un endroit à l’accès limité, comme un hôpital ou un établissement pénitentiaire ; renseignez-vous avant d’y aller.',
    },

    wheelchair: {
      name: 'Accès en fauteuil roulant',
      description: 'La salle de réunion est accessible sans marches.',
    },
    'wheelchair-bathroom': {
      name: 'Toilettes accessibles',
      description: 'Il y a des toilettes accessibles en fauteuil roulant.',
    },
    'sign-language': {
      name: 'Langue des signes',
      description: 'Se déroule en langue des signes, ou avec une interprétation en langue des signes.',
    },
    'deaf-hard-of-hearing': {
      name: 'Sourds / malentendants',
      description: 'Accueille les personnes sourdes ou malentendantes et s’organise pour elles.',
    },
    'visually-impaired': {
      name: 'Aveugles / malvoyants',
      description: 'Accueille les personnes aveugles ou malvoyantes et s’organise pour elles.',
    },
    'fragrance-free': {
      name: 'Sans parfum',
      description: 'Merci de ne porter ni parfum, ni eau de Cologne, ni autre senteur.',
    },

    women: { name: 'Femmes' },
    men: { name: 'Hommes' },
    'young-people': {
      name: 'Jeunes',
      description: 'Pensée pour les jeunes en rétablissement.',
    },
    alateen: {
      name: 'Alateen',
      description: 'Réunions Al-Anon pour les adolescents touchés par la consommation d’alcool d’un proche.',
    },
    seniors: {
      name: 'Aînés',
      description: 'Pensée pour les personnes âgées en rétablissement.',
    },
    beginners: {
      name: 'Nouveaux venus',
      description: 'Pensée pour les personnes qui débutent leur rétablissement ; une bonne première réunion.',
    },
    lgbtq: { name: 'LGBTQ+' },
    gay: { name: 'Gai' },
    lesbian: { name: 'Lesbienne' },
    bisexual: { name: 'Bisexuel' },
    transgender: { name: 'Transgenre' },
    'non-binary': { name: 'Non binaire' },
    'people-of-color': { name: 'Personnes de couleur' },
    indigenous: {
      name: 'Autochtones',
      description: 'Pensée pour les Autochtones et les Amérindiens.',
    },
    professionals: {
      name: 'Professionnels',
      description: 'Pensée pour les personnes qui exercent des professions comme la médecine ou le droit.',
    },
    secular: {
      name: 'Séculier',
      description: 'Pour les athées, les agnostiques et toute personne qui préfère une approche non religieuse.',
    },
    parents: {
      name: 'Parents',
      description: 'Pour les parents d’une personne qui a un problème d’alcool ou de drogue.',
    },
    'adult-children': {
      name: 'Enfants adultes',
      description: 'Pensée pour les adultes qui ont grandi avec un parent qui buvait ou consommait.',
    },
    'dual-diagnosis': {
      name: 'Double diagnostic',
      description: 'Pour les personnes qui vivent à la fois avec une dépendance et un trouble de santé mentale.',
    },

    speaker: {
      name: 'Conférencier',
      description: 'Un ou plusieurs membres racontent leur histoire.',
    },
    discussion: {
      name: 'Discussion',
      description: 'Les membres partagent à tour de rôle sur un thème.',
    },
    'question-and-answer': {
      name: 'Questions et réponses',
      description: 'Les membres répondent à des questions sur le rétablissement, souvent posées par des nouveaux.',
    },
    'step-study': {
      name: 'Étude des Étapes',
      description: 'Étude de l’une des Douze Étapes.',
    },
    'tradition-study': {
      name: 'Étude des Traditions',
      description: 'Étude de l’une des Douze Traditions.',
    },
    'concept-study': {
      name: 'Étude des Concepts',
      description: 'Étude des Douze Concepts de service.',
    },
    literature: {
      name: 'Étude des publications',
      description: 'Lecture et discussion des livres ou des brochures de la fraternité.',
    },
    meditation: {
      name: 'Méditation',
      description: 'Comprend un moment de méditation silencieuse.',
    },
    'eleventh-step': {
      name: 'Méditation sur la 11e Étape',
      description: 'Méditation et partage sur la Onzième Étape.',
    },
    birthday: {
      name: 'Anniversaires',
      description: 'On y fête les anniversaires de rétablissement des membres.',
    },
    'cross-talk': {
      name: 'Conversation croisée permise',
      description: 'Les membres peuvent répondre directement au partage des autres.',
    },

    'big-book': {
      name: 'Gros Livre',
      description: 'Étude du livre Les Alcooliques anonymes.',
    },
    'twelve-and-twelve': {
      name: 'Douze Étapes et Douze Traditions',
      description: 'Étude du livre Les Douze Étapes et les Douze Traditions.',
    },
    'as-bill-sees-it': {
      name: 'Réflexions de Bill',
      description: 'Lecture du livre Réflexions de Bill.',
    },
    'daily-reflections': {
      name: 'Réflexions quotidiennes',
      description: 'Lecture du livre Réflexions quotidiennes.',
    },
    grapevine: {
      name: 'Grapevine / La Vigne',
      description: 'Lecture des revues des AA, le Grapevine ou La Vigne.',
    },
    'living-sober': {
      name: 'Vivre… sans alcool',
      description: 'Lecture du livre Vivre… sans alcool.',
    },

    'basic-text': {
      name: 'Texte de base',
      description: 'Étude du livre Narcotiques Anonymes, le Texte de base de NA.',
    },
    'just-for-today': {
      name: 'Juste pour aujourd’hui',
      description: 'Lecture du livre de méditations quotidiennes de NA, Juste pour aujourd’hui.',
    },
    'it-works': {
      name: 'Ça marche : comment et pourquoi',
      description: 'Étude du livre de NA sur les Douze Étapes et les Douze Traditions.',
    },
    'living-clean': {
      name: 'Vivre abstinent',
      description: 'Étude du livre de NA Vivre abstinent : le voyage continue.',
    },
    'step-working-guide': {
      name: 'Guide des étapes',
      description: 'Travail sur les questions du Guide des étapes de NA.',
    },
    'guiding-principles': {
      name: 'Principes directeurs',
      description: 'Étude du livre de NA Principes directeurs : l’esprit de nos traditions.',
    },
    'spiritual-principle-a-day': {
      name: 'A Spiritual Principle a Day',
      description: 'Lecture du livre quotidien de NA A Spiritual Principle a Day.',
    },
    'pamphlet-study': {
      name: 'Étude des brochures',
      description: 'Lecture et discussion des brochures d’information (IP) de la fraternité.',
    },

    candlelight: { name: 'À la chandelle' },
    outdoor: {
      name: 'En plein air',
      description: 'Se tient dehors ; habillez-vous selon la météo.',
    },
    breakfast: { name: 'Petit-déjeuner' },
    smoking: { name: 'Fumer autorisé' },
    'non-smoking': { name: 'Non-fumeurs' },
    'children-welcome': {
      name: 'Enfants bienvenus',
      description: 'Les enfants peuvent venir avec un parent ou la personne qui s’en occupe.',
    },
    babysitting: {
      name: 'Garde d’enfants',
      description: 'Quelqu’un s’occupe des enfants pendant la réunion.',
    },
    'concurrent-al-anon': {
      name: 'Al-Anon en même temps',
      description: 'Une réunion Al-Anon pour la famille et les amis a lieu à la même heure et au même endroit.',
    },
    'concurrent-alateen': {
      name: 'Alateen en même temps',
      description: 'Une réunion Alateen pour les adolescents a lieu à la même heure et au même endroit.',
    },
    'concurrent-aa': {
      name: 'AA en même temps',
      description: 'Une réunion des AA a lieu à la même heure et au même endroit.',
    },
    'digital-basket': {
      name: 'Panier numérique',
      description: 'Les contributions volontaires (Septième Tradition) peuvent se faire en ligne.',
    },
    'proof-of-attendance': {
      name: 'Attestation de présence',
      description: 'Peut confirmer votre présence, par exemple pour un tribunal ou un programme de traitement.',
    },
  },
  contact: {
    detailContact: 'Coordonnées',
    contactEmail: 'E-mail',
    contactPhone: 'Téléphone',
    contactWebsite: 'Site web',
    emailPerson: 'Écrire à {name}',
    callPerson: 'Appeler {name}',
    detailDistrict: 'District',
    contributeTitle: 'Septième Tradition',
    contributeWith: 'Contribuer avec {service}',
    listedBy: 'Publié par {name}',
    reportProblem: 'Signaler un problème avec cette fiche',
    reportSubject: 'Problème avec la fiche « {name} »',
  },
  reachable: {
    reachableTonight: 'Encore possible ce soir',
    reachableToday: 'Encore possible aujourd’hui',
    nextMeetings: 'Prochaines réunions',
    startedAgo: {
      '=0': 'Vient de commencer',
      '=1': 'Vient de commencer',
      other: 'A commencé il y a {minutes} min',
    },
    travelOnFoot: 'Environ {minutes} min à pied',
    travelByCar: 'Environ {minutes} min en voiture',
    travelNote: 'Les temps de trajet sont des estimations approximatives à vol d’oiseau, pas des itinéraires.',
    join: 'Rejoindre',
    joinNamed: 'Rejoindre {name} en ligne',
    call: 'Appeler',
    callNamed: 'Appeler pour rejoindre {name}',
    directions: 'Itinéraire',
    directionsNamed: 'Itinéraire vers {name}',
    noneReachable: 'Plus aucune réunion accessible pour vous ce soir.',
    nextOne: 'La prochaine est {name}, {when}.',
    dayAt: '{day} à {time}',
    seeAllMeetings: 'Voir toutes les réunions',
  },
  takeAlong: {
    // In French "one" is 0 and 1: the exact form keeps "no meeting" from reading as "your meeting".
    mineShowing: {
      '=0': 'Vos réunions : aucune',
      one: 'Votre réunion',
      many: 'Vos {count} de réunions',
      other: 'Vos {count} réunions',
    },
    takeAlongLabel: 'Les emporter avec vous',
    sendToPhone: 'Envoyer sur mon téléphone',
    copyAsText: 'Copier en texte',
    copied: 'Copié',
    copyFallbackLabel: 'Vos réunions en texte (sélectionnez et copiez)',
    printOnePage: 'Imprimer',
    showEveryMeeting: 'Afficher toutes les réunions',
    keepThisMeeting: 'Garder dans mes réunions',
    qrCode: 'Code QR',
    qrCaption: 'Scannez avec l’appareil photo d’un téléphone pour ouvrir cette réunion dessus.',
    qrFailed: 'Le code QR n’a pas pu être créé : la connexion a été interrompue. Réessayez.',
  },
};

export default catalog;
