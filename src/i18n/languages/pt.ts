/**
 * Portuguese, Brazilian (português do Brasil): every message, feature and direction of the element
 * (see `catalog.ts`). Register: "você". Meeting types follow BMLT's Brazilian NA formats and the
 * Meeting Guide (code4recovery/spec) names where they are Brazilian usage; book names are the
 * Brazilian AA (JUNAAB) and NA editions' titles ("Livro Azul", "Só Por Hoje" …).
 */
import type { Catalog } from '../catalog.js';

const catalog: Catalog = {
  dir: 'ltr',
  strings: {
    searchLabel: 'Buscar reuniões',
    searchPlaceholder: 'Nome, local, cidade ou tipo',
    meetingsLabel: 'Reuniões',
    loadingAll: 'As próximas reuniões; carregando todas…',
    loading: 'Carregando reuniões…',
    resultCount: {
      '=0': 'Nenhuma reunião',
      one: '{count} reunião',
      many: '{count} de reuniões',
      other: '{count} reuniões',
    },
    resultCountOf: {
      '=0': 'Nenhuma reunião de {total}',
      other: '{count} de {total} reuniões',
    },
    today: 'Hoje',
    tomorrow: 'Amanhã',
    byAppointment: 'Com hora marcada',
    timeNotGiven: 'Horário não informado',
    timesIn: 'Horários: {zone}.',
    attendance: {
      in_person: 'Presencial',
      online: 'On-line',
      hybrid: 'Presencial e on-line',
      inactive: 'Temporariamente fechada',
    },
    online: 'On-line',
    joinOnline: 'Entrar on-line',
    joinOnlineWith: 'Entrar pelo {provider}',
    dialIn: 'Entrar por telefone',
    listing: 'Ficha',
    listingFor: 'Ficha de {name}',
    errorTitle: 'Não foi possível carregar as reuniões',
    feedError: {
      network: 'Não foi possível acessar a lista de reuniões. Verifique sua conexão e tente novamente.',
      timeout: 'A lista de reuniões está demorando demais para responder. Tente novamente em instantes.',
      http: {
        '=0': 'O servidor da lista de reuniões respondeu com um erro.',
        other: 'O servidor da lista de reuniões respondeu com um erro (HTTP {#}).',
      },
      'not-json': 'A lista de reuniões respondeu com algo que não é uma lista de reuniões (não é JSON).',
      'unknown-format': 'A lista de reuniões está em um formato que esta página não consegue ler.',
      empty: 'A lista de reuniões está vazia: no momento, não há nenhuma reunião nela.',
      'no-valid-records': 'Não foi possível ler nenhuma das reuniões da lista.',
      'no-source': 'Nenhuma lista de reuniões foi configurada para esta página.',
      'bad-url': 'O endereço da lista de reuniões não é um endereço da web válido.',
      'refused-url': 'O endereço da lista de reuniões não é um endereço da web (http ou https), por isso não é lido.',
      blocked: 'As configurações de segurança desta página (sua Content-Security-Policy) não permitem ler a lista de reuniões.',
      failed: 'Algo deu errado ao ler a lista de reuniões.',
    },
    sourceFailed: 'Faltam as reuniões de {name}.',
    savedCopy: 'Mostrando a lista de {name} de {date}, salva neste dispositivo.',
    inlineData: 'esta página',
    retry: 'Tentar novamente',
    renderFailed: 'Algo deu errado ao mostrar as reuniões. Tente novamente ou recarregue a página.',
    skippedRecords: {
      one: '{count} ficha não pôde ser exibida',
      many: '{count} de fichas não puderam ser exibidas',
      other: '{count} fichas não puderam ser exibidas',
    },
    recordNumber: 'Ficha {number}',
    filtersLabel: 'Filtros',
    dayLegend: 'Dia',
    timeLegend: 'Horário',
    attendanceLegend: 'Modalidade',
    featuresLegend: 'Tipo de reunião',
    regionsLegend: 'Região',
    regionSearchLabel: 'Buscar uma região',
    timeOptions: {
      morning: 'Manhã',
      midday: 'Meio-dia',
      afternoon: 'Tarde',
      evening: 'Começo da noite',
      night: 'Noite',
      soon: 'Começa em menos de uma hora',
      now: 'Acontecendo agora',
    },
    timeRangeHint: '{from} – {to}',
    attendanceOptions: {
      in_person: 'Presencial',
      online: 'On-line',
      hybrid: 'Híbrida',
    },
    hybridNote: 'Reuniões híbridas (presenciais e on-line) contam nas duas opções.',
    clearFilters: 'Limpar todos os filtros',
    // In Portuguese "one" is 0 and 1: "0 filtro" reads wrong, hence the exact form.
    activeFilters: { '=0': 'Nenhum filtro', one: '{count} filtro', many: '{count} de filtros', other: '{count} filtros' },
    noMatchTitle: 'Nenhuma reunião atende a todos estes critérios:',
    removeConstraint: 'Remover {name} ({count})',
    searchConstraint: 'a busca “{query}”',
    radiusConstraint: 'a até {radius}',
    inProgress: 'Em andamento',
    startsIn: {
      '=0': 'Começando agora',
      '=1': 'Começando agora',
      other: 'Em {minutes} min',
    },
    yourTime: '{time} no seu horário',
    nextWeek: '{weekday} da próxima semana',
    nextFailed: 'Não foi possível mostrar as próximas reuniões: a conexão caiu.',
    nearMe: 'Perto de mim',
    nearMeLocating: 'Buscando sua localização…',
    nearMeDenied: 'Seu navegador não compartilhou sua localização. Você pode escolher um lugar.',
    nearMeUnavailable: 'Não foi possível encontrar sua localização. Você pode escolher um lugar.',
    nearMeTimeout: 'Encontrar sua localização demorou demais. Tente novamente ou escolha um lugar.',
    nearMeUnsupported: 'Este navegador não consegue compartilhar uma localização. Você pode escolher um lugar.',
    nearMeActive: 'Ordenadas pela distância da sua localização, que fica só neste dispositivo.',
    nearPlaceLabel: 'Perto de um lugar',
    nearPlaceActive: 'Ordenadas pela distância de {place}.',
    unknownPlace: '“{place}” não é um lugar desta lista de reuniões. Escolha uma das sugestões.',
    stopNear: 'Parar de ordenar por distância',
    radiusLabel: 'A até',
    anyDistance: 'Qualquer distância',
    distance: { mi: '{value} mi', km: '{value} km' },
    distanceUnknown: 'Distância desconhecida',
    sortLabel: 'Ordem',
    sortTime: 'Próximas primeiro',
    sortDistance: 'Mais perto primeiro',

    // Details and actions
    detailWhen: 'Quando',
    detailDuration: 'Duração',
    detailAttendance: 'Como participar',
    detailLocation: 'Onde',
    detailRegion: 'Região',
    detailTypes: 'Sobre esta reunião',
    detailNotes: 'Observações',
    detailGroup: 'Grupo',
    sameLocation: 'Também neste local',
    sameGroup: 'Mesmo grupo',
    updated: 'Atualizado em {date}',
    sourceListing: 'Ver a ficha em {host}',
    detailActions: 'Ações',
    directionsIn: {
      apple: 'Rotas no Apple Mapas',
      google: 'Rotas no Google Maps',
      osm: 'Rotas no OpenStreetMap',
    },
    addToCalendar: 'Adicionar à agenda (.ics)',
    googleCalendar: 'Google Agenda',
    share: 'Compartilhar',
    shareCopied: 'Link copiado',
    shareShared: 'Compartilhado',
    shareLinkLabel: 'Link para esta reunião',
    shareLinkHint: 'Copie este link para compartilhar a reunião.',
    opensInNewTab: '(abre em uma nova aba)',
    helplinesTitle: 'Fale com alguém agora',
    helplineOf: 'Linha de ajuda de {name}',
    // Print and theme
    printTitle: 'Horários das reuniões',
    printAsOf: 'Atualizado em {date}. As reuniões mudam: confira a ficha antes de ir.',
    printFirst:
      'As primeiras {shown} de {total} reuniões, na ordem da lista. Refine a lista (busca, filtros) para imprimir as demais.',

    // Map
    mapCanvasLabel: 'Mapa das reuniões da lista, por local',
    mapZoomIn: 'Aproximar',
    mapZoomOut: 'Afastar',
    mapAttributionToggle: 'Mostrar ou ocultar os créditos do mapa',
    mapFeedback: 'Melhorar este mapa',

    // Layout: list and map, the host's panels
    viewSwitchLabel: 'Ver reuniões como',
    viewList: 'Lista',
    viewMap: 'Mapa',
    mapRegionLabel: 'Mapa das reuniões listadas',
    mapLoading: 'Carregando o mapa…',
    mapUnavailable: 'Este navegador não consegue desenhar o mapa (ele precisa de WebGL 2). Todas as reuniões estão na lista.',
    mapFailed: 'Não foi possível carregar o mapa. Todas as reuniões estão na lista.',
    mapBlocked:
      'O mapa não está disponível nesta página (a política de segurança da página não permite). Todas as reuniões estão na lista.',
    chosenOnMap: {
      one: '{count} reunião em {place}',
      many: '{count} de reuniões em {place}',
      other: '{count} reuniões em {place}',
    },
    clearChosen: 'Mostrar todas as reuniões',
    print: 'Imprimir esta lista',
    faqPanel: 'Perguntas e respostas',
    infoPanel: 'Mais informações',
    keepInMine: 'Salvar {name} nas minhas reuniões',
    myMeetings: 'Minhas reuniões ({count})',
    skipList: 'Pular a lista',
    backToSearch: 'Voltar à busca',
    dayNavLabel: 'Ir para um dia',
    rowLinkLabel: '{name}, {when}, {where}',
    rowLinkLabelNoPlace: '{name}, {when}',
    backToList: 'Voltar à lista',
    filtersLoading: 'Carregando os filtros…',
    filtersFailed: 'Não foi possível carregar os filtros. Verifique a conexão, depois feche e abra Filtros de novo.',
    detailFailed: 'Não foi possível carregar os detalhes. Verifique a conexão e abra a reunião de novo.',
    meetingNotFound: 'Esta reunião não está mais na lista. Pode ter mudado de lugar ou terminado; a lista tem as reuniões atuais.',
    tsmlNotShared:
      'Parece a lista de um site que usa o 12 Step Meeting List. Esse site pode não compartilhar a lista com outros sites: peça a ele uma chave de compartilhamento e adicione-a ao endereço (…&key=…).',
    mapKeyboardHint:
      'Todo lugar do mapa também está na lista: para ver as reuniões de um lugar, pesquise o nome ou o endereço dele, ou use os filtros.',
    listFailed: 'Não foi possível mostrar a lista: a conexão caiu.',
  },
  features: {
    open: {
      name: 'Aberta',
      description: 'Qualquer pessoa pode participar, inclusive familiares, amigos e curiosos.',
    },
    closed: {
      name: 'Fechada',
      description:
        'Para quem quer parar de beber ou de usar; em grupos familiares como Al-Anon, para quem é afetado pelo beber ou pelo uso de outra pessoa.',
    },
    'restricted-access': {
      name: 'Acesso restrito',
      description: 'Acontece em um local de entrada limitada, como um hospital ou uma unidade prisional; informe-se antes de ir.',
    },

    wheelchair: {
      name: 'Acesso para cadeirantes',
      description: 'A sala da reunião pode ser acessada sem degraus.',
    },
    'wheelchair-bathroom': {
      name: 'Banheiro acessível',
      description: 'Há um banheiro acessível para cadeira de rodas.',
    },
    'sign-language': {
      name: 'Língua de sinais',
      description: 'Acontece em língua de sinais (como a Libras) ou com interpretação para ela.',
    },
    'deaf-hard-of-hearing': {
      name: 'Surdos / deficiência auditiva',
      description: 'Preparada para receber pessoas surdas ou com deficiência auditiva.',
    },
    'visually-impaired': {
      name: 'Cegos / baixa visão',
      description: 'Preparada para receber pessoas cegas ou com baixa visão.',
    },
    'fragrance-free': {
      name: 'Sem perfumes',
      description: 'Por favor, não use perfume, colônia ou outros aromas.',
    },

    women: { name: 'Mulheres' },
    men: { name: 'Homens' },
    'young-people': {
      name: 'Jovens',
      description: 'Voltada para pessoas jovens em recuperação.',
    },
    alateen: {
      name: 'Alateen',
      description: 'Reuniões de Al-Anon para adolescentes afetados pelo beber de outra pessoa.',
    },
    seniors: {
      name: 'Pessoas idosas',
      description: 'Voltada para pessoas mais velhas em recuperação.',
    },
    beginners: {
      name: 'Recém-chegados',
      description: 'Voltada para quem está começando a recuperação; uma boa primeira reunião.',
    },
    lgbtq: { name: 'LGBTQ+' },
    gay: { name: 'Gays' },
    lesbian: { name: 'Lésbicas' },
    bisexual: { name: 'Bissexuais' },
    transgender: { name: 'Pessoas trans' },
    'non-binary': { name: 'Pessoas não binárias' },
    'people-of-color': { name: 'Pessoas racializadas' },
    indigenous: {
      name: 'Indígenas',
      description: 'Voltada para povos indígenas e nativos americanos.',
    },
    professionals: {
      name: 'Profissionais',
      description: 'Voltada para pessoas de profissões como medicina ou direito.',
    },
    secular: {
      name: 'Secular',
      description: 'Para ateus, agnósticos e quem prefere uma abordagem não religiosa.',
    },
    parents: {
      name: 'Pais e mães',
      description: 'Para pais e mães de alguém com problema com bebida ou drogas.',
    },
    'adult-children': {
      name: 'Filhos adultos',
      description: 'Voltada para adultos que cresceram com o beber ou o uso de drogas de um dos pais.',
    },
    'dual-diagnosis': {
      name: 'Diagnóstico duplo',
      description: 'Para pessoas que vivem com uma dependência e, ao mesmo tempo, com um problema de saúde mental.',
    },

    speaker: {
      name: 'Depoimentos',
      description: 'Um ou mais membros contam sua história.',
    },
    discussion: {
      name: 'Discussão',
      description: 'Os membros partilham, um de cada vez, sobre um tema.',
    },
    'question-and-answer': {
      name: 'Perguntas e respostas',
      description: 'Os membros respondem perguntas sobre a recuperação, muitas vezes de recém-chegados.',
    },
    'step-study': {
      name: 'Estudo de Passos',
      description: 'Estuda um dos Doze Passos.',
    },
    'tradition-study': {
      name: 'Estudo de Tradições',
      description: 'Estuda uma das Doze Tradições.',
    },
    'concept-study': {
      name: 'Estudo de Conceitos',
      description: 'Estuda os Doze Conceitos para o serviço.',
    },
    literature: {
      name: 'Estudo de Literatura',
      description: 'Lê e discute os livros ou panfletos da irmandade.',
    },
    meditation: {
      name: 'Meditação',
      description: 'Inclui um momento de meditação em silêncio.',
    },
    'eleventh-step': {
      name: 'Meditação do 11º Passo',
      description: 'Meditação e partilha sobre o Décimo Primeiro Passo.',
    },
    birthday: {
      name: 'Aniversários',
      description: 'Celebra os aniversários de recuperação dos membros.',
    },
    'cross-talk': {
      name: 'Comentários diretos permitidos',
      description: 'Os membros podem responder diretamente à partilha uns dos outros.',
    },

    'big-book': {
      name: 'Livro Azul',
      description: 'Estuda o livro Alcoólicos Anônimos.',
    },
    'twelve-and-twelve': {
      name: 'Doze Passos e Doze Tradições',
      description: 'Estuda o livro Os Doze Passos e as Doze Tradições.',
    },
    'as-bill-sees-it': {
      name: 'Na Opinião do Bill',
      description: 'Lê o livro Na Opinião do Bill.',
    },
    'daily-reflections': {
      name: 'Reflexões Diárias',
      description: 'Lê o livro Reflexões Diárias.',
    },
    grapevine: {
      name: 'Grapevine / Vivência',
      description: 'Lê as revistas de AA, Grapevine ou Vivência.',
    },
    'living-sober': {
      name: 'Viver Sóbrio',
      description: 'Lê o livro Viver Sóbrio.',
    },

    'basic-text': {
      name: 'Texto Básico',
      description: 'Estuda o livro Narcóticos Anônimos, o Texto Básico de NA.',
    },
    'just-for-today': {
      name: 'Só Por Hoje',
      description: 'Lê o livro de meditações diárias de NA, Só Por Hoje.',
    },
    'it-works': {
      name: 'Funciona: Como e Por Quê',
      description: 'Estuda o livro de NA sobre os Doze Passos e as Doze Tradições.',
    },
    'living-clean': {
      name: 'Vivendo Limpo',
      description: 'Estuda o livro de NA Vivendo Limpo: A Jornada Continua.',
    },
    'step-working-guide': {
      name: 'Guia para Trabalhar os Passos',
      description: 'Trabalha as perguntas do Guia para Trabalhar os Passos de NA.',
    },
    'guiding-principles': {
      name: 'Guia de Princípios',
      description: 'Estuda o livro de NA Guia de Princípios: O Espírito das Nossas Tradições.',
    },
    'spiritual-principle-a-day': {
      name: 'A Spiritual Principle a Day',
      description: 'Lê o livro diário de NA A Spiritual Principle a Day.',
    },
    'pamphlet-study': {
      name: 'Estudo de panfletos',
      description: 'Lê e discute os panfletos informativos (IPs) da irmandade.',
    },

    candlelight: { name: 'Luz de velas' },
    outdoor: {
      name: 'Ao ar livre',
      description: 'Acontece ao ar livre; vista-se de acordo com o tempo.',
    },
    breakfast: { name: 'Café da manhã' },
    smoking: { name: 'Permitido fumar' },
    'non-smoking': { name: 'Proibido fumar' },
    'children-welcome': {
      name: 'Crianças bem-vindas',
      description: 'Crianças podem vir acompanhadas da mãe, do pai ou de um responsável.',
    },
    babysitting: {
      name: 'Cuidado de crianças',
      description: 'Alguém cuida das crianças durante a reunião.',
    },
    'concurrent-al-anon': {
      name: 'Al-Anon no mesmo horário',
      description: 'Uma reunião de Al-Anon para familiares e amigos acontece no mesmo horário e local.',
    },
    'concurrent-alateen': {
      name: 'Alateen no mesmo horário',
      description: 'Uma reunião de Alateen para adolescentes acontece no mesmo horário e local.',
    },
    'concurrent-aa': {
      name: 'AA no mesmo horário',
      description: 'Uma reunião de AA acontece no mesmo horário e local.',
    },
    'digital-basket': {
      name: 'Sacola digital',
      description: 'As contribuições voluntárias (Sétima Tradição) podem ser feitas on-line.',
    },
    'proof-of-attendance': {
      name: 'Comprovante de presença',
      description: 'Pode confirmar sua presença, por exemplo para a Justiça ou um programa de tratamento.',
    },
  },
  contact: {
    detailContact: 'Contato',
    contactEmail: 'E-mail',
    contactPhone: 'Telefone',
    contactWebsite: 'Site',
    emailPerson: 'Escrever para {name}',
    callPerson: 'Ligar para {name}',
    detailDistrict: 'Distrito',
    contributeTitle: 'Sétima Tradição',
    contributeWith: 'Contribuir via {service}',
    listedBy: 'Publicado por {name}',
    reportProblem: 'Informar um problema com esta ficha',
    reportSubject: 'Problema com a ficha “{name}”',
  },
  reachable: {
    reachableTonight: 'Ainda dá tempo hoje à noite',
    reachableToday: 'Ainda dá tempo hoje',
    nextMeetings: 'Próximas reuniões',
    startedAgo: {
      '=0': 'Acabou de começar',
      '=1': 'Acabou de começar',
      other: 'Começou há {minutes} min',
    },
    travelOnFoot: 'Cerca de {minutes} min a pé',
    travelByCar: 'Cerca de {minutes} min de carro',
    travelNote: 'Os tempos de percurso são estimativas aproximadas em linha reta, não rotas.',
    join: 'Entrar',
    joinNamed: 'Entrar on-line na reunião {name}',
    call: 'Ligar',
    callNamed: 'Entrar por telefone na reunião {name}',
    directions: 'Como chegar',
    directionsNamed: 'Como chegar à reunião {name}',
    noneReachable: 'Não há mais reuniões que você consiga alcançar hoje à noite.',
    nextOne: 'A próxima é {name}, {when}.',
    dayAt: '{day} às {time}',
    seeAllMeetings: 'Ver todas as reuniões',
  },
  takeAlong: {
    // In Portuguese "one" is 0 and 1: the exact form keeps "no meeting" from reading as "your meeting".
    mineShowing: {
      '=0': 'Suas reuniões: nenhuma',
      one: 'Sua reunião',
      many: 'Suas {count} de reuniões',
      other: 'Suas {count} reuniões',
    },
    takeAlongLabel: 'Leve com você',
    sendToPhone: 'Enviar para meu celular',
    copyAsText: 'Copiar como texto',
    copied: 'Copiado',
    copyFallbackLabel: 'Suas reuniões como texto (selecione e copie)',
    printOnePage: 'Imprimir',
    showEveryMeeting: 'Mostrar todas as reuniões',
    keepThisMeeting: 'Salvar nas minhas reuniões',
    qrCode: 'Código QR',
    qrCaption: 'Escaneie com a câmera de um celular para abrir esta reunião nele.',
    qrFailed: 'Não foi possível criar o código QR: a conexão caiu. Tente novamente.',
  },
};

export default catalog;
