/**
 * Persian (فارسی, Iranian): every message, feature and direction of the element (see `catalog.ts`).
 * Persian letters ی and ک (never Arabic ي and ك), the zero-width non-joiner in «می‌شود», «جلسه‌ها»;
 * Persian comma «،» and guillemets. A noun after a number stays singular («۳ جلسه»), so both plural
 * forms read alike. Recovery words as Iranian NA uses them: جلسه، تازه‌وارد، پاکی، قدم، سنت، مشارکت.
 */
import type { Catalog } from '../catalog.js';

const catalog: Catalog = {
  dir: 'rtl',
  strings: {
    searchLabel: 'جست‌وجوی جلسه‌ها',
    searchPlaceholder: 'نام، مکان، شهر یا نوع',
    meetingsLabel: 'جلسه‌ها',
    loadingAll: 'جلسه‌های پیش رو؛ در حال بارگیری همهٔ جلسه‌ها…',
    loading: 'در حال بارگیری جلسه‌ها…',
    resultCount: {
      '=0': 'هیچ جلسه‌ای نیست',
      one: '{count} جلسه',
      other: '{count} جلسه',
    },
    resultCountOf: {
      '=0': 'هیچ جلسه‌ای از {total} جلسه',
      other: '{count} جلسه از {total} جلسه',
    },
    today: 'امروز',
    tomorrow: 'فردا',
    byAppointment: 'با هماهنگی قبلی',
    timeNotGiven: 'زمان مشخص نشده',
    timesIn: 'ساعت‌ها به وقت {zone} است.',
    attendance: {
      in_person: 'حضوری',
      online: 'آنلاین',
      hybrid: 'حضوری و آنلاین',
      inactive: 'موقتاً تعطیل',
    },
    online: 'آنلاین',
    joinOnline: 'ورود آنلاین',
    joinOnlineWith: 'ورود از طریق {provider}',
    dialIn: 'ورود تلفنی',
    listing: 'مشخصات جلسه',
    listingFor: 'مشخصات {name}',
    errorTitle: 'جلسه‌ها بارگیری نشد',
    feedError: {
      network: 'دسترسی به فهرست جلسه‌ها ممکن نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید.',
      timeout: 'پاسخ فهرست جلسه‌ها بیش از حد طول می‌کشد. کمی بعد دوباره امتحان کنید.',
      http: {
        '=0': 'سرور فهرست جلسه‌ها با خطا پاسخ داد.',
        other: 'سرور فهرست جلسه‌ها با خطا پاسخ داد (HTTP {#}).',
      },
      'not-json': 'پاسخ فهرست جلسه‌ها فهرستی از جلسه‌ها نیست (JSON نیست).',
      'unknown-format': 'فهرست جلسه‌ها در قالبی است که این صفحه نمی‌تواند بخواند.',
      empty: 'فهرست جلسه‌ها خالی است: در حال حاضر هیچ جلسه‌ای در آن نیست.',
      'no-valid-records': 'هیچ‌یک از جلسه‌های فهرست خوانده نشد.',
      'no-source': 'برای این صفحه فهرست جلسه‌ای تعیین نشده است.',
      'bad-url': 'نشانی فهرست جلسه‌ها یک نشانی وب معتبر نیست.',
      'refused-url': 'نشانی فهرست جلسه‌ها نشانی وب (http یا https) نیست، پس خوانده نمی‌شود.',
      blocked: 'تنظیمات امنیتی این صفحه (Content-Security-Policy) اجازهٔ خواندن فهرست جلسه‌ها را نمی‌دهد.',
      failed: 'هنگام خواندن فهرست جلسه‌ها مشکلی پیش آمد.',
    },
    sourceFailed: 'جلسه‌های {name} بارگیری نشد.',
    savedCopy: 'فهرست {name} به تاریخ {date} نشان داده می‌شود که روی این دستگاه ذخیره شده است.',
    inlineData: 'این صفحه',
    retry: 'دوباره امتحان کنید',
    renderFailed: 'هنگام نمایش جلسه‌ها مشکلی پیش آمد. دوباره امتحان کنید یا صفحه را دوباره بارگیری کنید.',
    skippedRecords: {
      one: '{count} مورد نمایش داده نشد',
      other: '{count} مورد نمایش داده نشد',
    },
    recordNumber: 'مورد {number}',
    filtersLabel: 'فیلترها',
    dayLegend: 'روز',
    timeLegend: 'ساعت',
    attendanceLegend: 'نحوهٔ شرکت',
    featuresLegend: 'نوع جلسه',
    regionsLegend: 'منطقه',
    regionSearchLabel: 'یافتن منطقه',
    timeOptions: {
      morning: 'صبح',
      midday: 'ظهر',
      afternoon: 'بعدازظهر',
      evening: 'عصر',
      night: 'شب',
      soon: 'شروع تا یک ساعت دیگر',
      now: 'هم‌اکنون در حال برگزاری',
    },
    timeRangeHint: '{from} – {to}',
    attendanceOptions: {
      in_person: 'حضوری',
      online: 'آنلاین',
      hybrid: 'ترکیبی',
    },
    hybridNote: 'جلسه‌های ترکیبی (حضوری و آنلاین) در هر دو حساب می‌شوند.',
    clearFilters: 'پاک کردن همهٔ فیلترها',
    activeFilters: { one: '{count} فیلتر', other: '{count} فیلتر' },
    noMatchTitle: 'هیچ جلسه‌ای با همهٔ این موارد جور نیست:',
    removeConstraint: 'حذف {name} ({count})',
    searchConstraint: 'جست‌وجوی «{query}»',
    radiusConstraint: 'تا فاصلهٔ {radius}',
    inProgress: 'در حال برگزاری',
    startsIn: {
      '=0': 'هم‌اکنون شروع می‌شود',
      '=1': 'هم‌اکنون شروع می‌شود',
      other: '{minutes} دقیقهٔ دیگر',
    },
    yourTime: '{time} به وقت شما',
    nextWeek: '{weekday}، هفتهٔ بعد',
    nextFailed: 'جلسه‌های پیش رو نمایش داده نشد: اتصال قطع شد.',
    nearMe: 'نزدیک من',
    nearMeLocating: 'در حال یافتن موقعیت شما…',
    nearMeDenied: 'مرورگر شما موقعیتتان را به اشتراک نگذاشت. می‌توانید به‌جای آن مکانی را انتخاب کنید.',
    nearMeUnavailable: 'موقعیت شما پیدا نشد. می‌توانید به‌جای آن مکانی را انتخاب کنید.',
    nearMeTimeout: 'یافتن موقعیت شما بیش از حد طول کشید. دوباره امتحان کنید یا مکانی را انتخاب کنید.',
    nearMeUnsupported: 'این مرورگر نمی‌تواند موقعیت را به اشتراک بگذارد. می‌توانید به‌جای آن مکانی را انتخاب کنید.',
    nearMeActive: 'به ترتیب فاصله از موقعیت شما. موقعیتتان روی همین دستگاه می‌ماند.',
    nearPlaceLabel: 'نزدیک یک مکان',
    nearPlaceActive: 'به ترتیب فاصله از {place}.',
    unknownPlace: '«{place}» مکانی در این فهرست جلسه‌ها نیست. یکی از پیشنهادها را انتخاب کنید.',
    stopNear: 'توقف مرتب‌سازی بر اساس فاصله',
    radiusLabel: 'تا فاصلهٔ',
    anyDistance: 'هر فاصله‌ای',
    distance: { mi: '{value} مایل', km: '{value} کیلومتر' },
    distanceUnknown: 'فاصله نامعلوم',
    sortLabel: 'ترتیب',
    sortTime: 'نزدیک‌ترین زمان اول',
    sortDistance: 'نزدیک‌ترین مکان اول',

    // Details and actions
    detailWhen: 'زمان',
    detailDuration: 'مدت',
    detailAttendance: 'نحوهٔ شرکت',
    detailLocation: 'مکان',
    detailRegion: 'منطقه',
    detailTypes: 'دربارهٔ این جلسه',
    detailNotes: 'یادداشت‌ها',
    detailGroup: 'گروه',
    sameLocation: 'جلسه‌های دیگر در همین مکان',
    sameGroup: 'همین گروه',
    updated: 'به‌روزرسانی: {date}',
    sourceListing: 'دیدن مشخصات جلسه در {host}',
    detailActions: 'کارها',
    directionsIn: {
      apple: 'مسیریابی در Apple Maps',
      google: 'مسیریابی در Google Maps',
      osm: 'مسیریابی در OpenStreetMap',
    },
    addToCalendar: 'افزودن به تقویم (.ics)',
    googleCalendar: 'Google Calendar',
    share: 'اشتراک‌گذاری',
    shareCopied: 'پیوند کپی شد',
    shareShared: 'به اشتراک گذاشته شد',
    shareLinkLabel: 'پیوند این جلسه',
    shareLinkHint: 'برای به اشتراک گذاشتن جلسه، این پیوند را کپی کنید.',
    opensInNewTab: '(در برگهٔ تازه باز می‌شود)',
    helplinesTitle: 'همین حالا با کسی صحبت کنید',
    helplineOf: 'خط کمک {name}',
    // Print and theme
    printTitle: 'برنامهٔ جلسه‌ها',
    printAsOf: 'به تاریخ {date}. جلسه‌ها تغییر می‌کنند: پیش از رفتن مشخصات جلسه را بررسی کنید.',
    printFirst: '{shown} جلسهٔ اول از {total} جلسه، به ترتیب فهرست. برای چاپ بقیه، فهرست را محدودتر کنید (جست‌وجو، فیلترها).',

    // Map
    mapCanvasLabel: 'نقشهٔ جلسه‌های فهرست، بر اساس مکان',
    mapZoomIn: 'بزرگ‌نمایی',
    mapZoomOut: 'کوچک‌نمایی',
    mapAttributionToggle: 'نمایش یا پنهان کردن منابع نقشه',
    mapFeedback: 'بهبود این نقشه',

    // Layout: list and map, the host's panels
    viewSwitchLabel: 'نمایش جلسه‌ها به‌صورت',
    viewList: 'فهرست',
    viewMap: 'نقشه',
    mapRegionLabel: 'نقشهٔ جلسه‌های فهرست‌شده',
    mapLoading: 'در حال بارگیری نقشه…',
    mapUnavailable: 'این مرورگر نمی‌تواند نقشه را نمایش دهد (به WebGL 2 نیاز دارد). همهٔ جلسه‌ها در فهرست هستند.',
    mapFailed: 'نقشه بارگیری نشد. همهٔ جلسه‌ها در فهرست هستند.',
    mapBlocked: 'نقشه در این صفحه در دسترس نیست (سیاست امنیتی صفحه اجازه نمی‌دهد). همهٔ جلسه‌ها در فهرست هستند.',
    chosenOnMap: {
      one: '{count} جلسه در {place}',
      other: '{count} جلسه در {place}',
    },
    clearChosen: 'نمایش همهٔ جلسه‌ها',
    print: 'چاپ این فهرست',
    faqPanel: 'پرسش و پاسخ',
    infoPanel: 'اطلاعات بیشتر',
    keepInMine: 'نگه داشتن {name} در جلسه‌های من',
    myMeetings: 'جلسه‌های من ({count})',
    skipList: 'رد شدن از فهرست',
    backToSearch: 'بازگشت به جست‌وجو',
    dayNavLabel: 'رفتن به یک روز',
    rowLinkLabel: '{name}، {when}، {where}',
    rowLinkLabelNoPlace: '{name}، {when}',
    backToList: 'بازگشت به فهرست',
    filtersLoading: 'در حال بارگیری فیلترها…',
    filtersFailed: 'فیلترها بارگیری نشد. اتصال را بررسی کنید، سپس «فیلترها» را ببندید و دوباره باز کنید.',
    detailFailed: 'جزئیات بارگیری نشد. اتصال را بررسی کنید، سپس جلسه را دوباره باز کنید.',
    meetingNotFound: 'این جلسه دیگر در فهرست نیست. شاید جابه‌جا یا تعطیل شده باشد؛ جلسه‌های کنونی در فهرست هستند.',
    tsmlNotShared:
      'به نظر می‌رسد این فهرستِ سایتی است که از 12 Step Meeting List استفاده می‌کند. ممکن است آن سایت فهرستش را با سایت‌های دیگر به اشتراک نگذارد: از آن یک کلید اشتراک بخواهید و آن را به نشانی اضافه کنید (…&key=…).',
    mapKeyboardHint:
      'هر مکانی که روی نقشه است در فهرست هم هست: برای دیدن جلسه‌های یک مکان، نام یا نشانی آن را جست‌وجو کنید یا از فیلترها استفاده کنید.',
    listFailed: 'فهرست نمایش داده نشد: اتصال قطع شد.',
  },
  features: {
    open: {
      name: 'باز',
      description: 'همه می‌توانند شرکت کنند، از جمله خانواده، دوستان و افراد علاقه‌مند.',
    },
    closed: {
      name: 'بسته',
      description: 'برای کسانی که می‌خواهند نوشیدن یا مصرف را کنار بگذارند؛ در گروه‌های خانواده مانند Al-Anon، برای کسانی که از مصرف دیگری آسیب دیده‌اند.',
    },
    'restricted-access': {
      name: 'ورود محدود',
      description: 'در جایی با ورود محدود برگزار می‌شود، مانند بیمارستان یا زندان؛ پیش از رفتن بررسی کنید.',
    },

    wheelchair: {
      name: 'دسترسی با ویلچر',
      description: 'می‌توان بدون پله به محل جلسه رسید.',
    },
    'wheelchair-bathroom': {
      name: 'سرویس بهداشتی مناسب',
      description: 'سرویس بهداشتی مناسب ویلچر وجود دارد.',
    },
    'sign-language': {
      name: 'زبان اشاره',
      description: 'به زبان اشاره برگزار یا به آن ترجمه می‌شود.',
    },
    'deaf-hard-of-hearing': {
      name: 'ناشنوا / کم‌شنوا',
      description: 'پذیرای افراد ناشنوا یا کم‌شنوا و آماده برای آنان.',
    },
    'visually-impaired': {
      name: 'نابینا / کم‌بینا',
      description: 'پذیرای افراد نابینا یا کم‌بینا و آماده برای آنان.',
    },
    'fragrance-free': {
      name: 'بدون عطر',
      description: 'لطفاً عطر، ادکلن یا بوی دیگری نزنید.',
    },

    women: { name: 'بانوان' },
    men: { name: 'آقایان' },
    'young-people': {
      name: 'جوانان',
      description: 'ویژهٔ جوان‌ترها در بهبودی.',
    },
    alateen: {
      name: 'Alateen',
      description: 'جلسه‌های Al-Anon برای نوجوانانی که از نوشیدن دیگری آسیب دیده‌اند.',
    },
    seniors: {
      name: 'سالمندان',
      description: 'ویژهٔ مسن‌ترها در بهبودی.',
    },
    beginners: {
      name: 'تازه‌واردان',
      description: 'ویژهٔ کسانی که تازه به بهبودی آمده‌اند؛ جلسهٔ اول خوبی است.',
    },
    lgbtq: { name: 'LGBTQ+' },
    gay: { name: 'همجنس‌گرایان مرد' },
    lesbian: { name: 'همجنس‌گرایان زن' },
    bisexual: { name: 'دوجنس‌گرایان' },
    transgender: { name: 'تراجنسیتی‌ها' },
    'non-binary': { name: 'نان‌باینری' },
    'people-of-color': { name: 'رنگین‌پوستان' },
    indigenous: {
      name: 'بومیان',
      description: 'ویژهٔ مردم بومی و بومیان آمریکا.',
    },
    professionals: {
      name: 'متخصصان',
      description: 'ویژهٔ کسانی که در حرفه‌هایی مانند پزشکی یا حقوق کار می‌کنند.',
    },
    secular: {
      name: 'غیرمذهبی',
      description: 'برای بی‌خدایان، ندانم‌گرایان و هر کسی که رویکردی غیرمذهبی را ترجیح می‌دهد.',
    },
    parents: {
      name: 'والدین',
      description: 'برای والدین کسی که با نوشیدن یا مواد مخدر مشکل دارد.',
    },
    'adult-children': {
      name: 'فرزندان بزرگسال',
      description: 'ویژهٔ بزرگسالانی که با نوشیدن یا مصرف یکی از والدین بزرگ شده‌اند.',
    },
    'dual-diagnosis': {
      name: 'تشخیص دوگانه',
      description: 'برای کسانی که هم با اعتیاد و هم با یک بیماری روانی زندگی می‌کنند.',
    },

    speaker: {
      name: 'سخنران',
      description: 'یک یا چند عضو داستان خود را به اشتراک می‌گذارند.',
    },
    discussion: {
      name: 'مشارکت',
      description: 'اعضا به نوبت دربارهٔ یک موضوع مشارکت می‌کنند.',
    },
    'question-and-answer': {
      name: 'پرسش و پاسخ',
      description: 'اعضا به پرسش‌هایی دربارهٔ بهبودی پاسخ می‌دهند، اغلب پرسش‌های تازه‌واردان.',
    },
    'step-study': {
      name: 'بررسی قدم',
      description: 'بررسی یکی از دوازده قدم.',
    },
    'tradition-study': {
      name: 'بررسی سنت',
      description: 'بررسی یکی از دوازده سنت.',
    },
    'concept-study': {
      name: 'بررسی مفاهیم',
      description: 'بررسی دوازده مفهوم خدمات.',
    },
    literature: {
      name: 'بررسی نشریات',
      description: 'خواندن و گفت‌وگو دربارهٔ کتاب‌ها یا جزوه‌های انجمن.',
    },
    meditation: {
      name: 'مراقبه',
      description: 'شامل زمانی برای مراقبه در سکوت است.',
    },
    'eleventh-step': {
      name: 'مراقبهٔ قدم یازدهم',
      description: 'مراقبه و مشارکت دربارهٔ قدم یازدهم.',
    },
    birthday: {
      name: 'جشن تولد پاکی',
      description: 'جشن سالگرد بهبودی اعضا.',
    },
    'cross-talk': {
      name: 'گفت‌وگوی متقابل مجاز',
      description: 'اعضا می‌توانند مستقیماً به مشارکت یکدیگر پاسخ دهند.',
    },

    'big-book': {
      name: 'کتاب بزرگ',
      description: 'بررسی کتاب «الکلی‌های گمنام».',
    },
    'twelve-and-twelve': {
      name: 'دوازده قدم و دوازده سنت',
      description: 'بررسی کتاب «دوازده قدم و دوازده سنت».',
    },
    'as-bill-sees-it': {
      name: 'As Bill Sees It',
      description: 'خواندن از کتاب As Bill Sees It («آن‌گونه که بیل می‌بیند»).',
    },
    'daily-reflections': {
      name: 'تأملات روزانه',
      description: 'خواندن از کتاب «تأملات روزانه».',
    },
    grapevine: {
      name: 'Grapevine',
      description: 'خواندن از مجلهٔ الکلی‌های گمنام، Grapevine (یا La Viña).',
    },
    'living-sober': {
      name: 'Living Sober',
      description: 'خواندن از کتاب Living Sober («هوشیار زیستن»).',
    },

    'basic-text': {
      name: 'کتاب پایه',
      description: 'بررسی کتاب «معتادان گمنام»، کتاب پایهٔ انجمن معتادان گمنام.',
    },
    'just-for-today': {
      name: 'فقط برای امروز',
      description: 'خواندن از کتاب مراقبهٔ روزانهٔ معتادان گمنام، «فقط برای امروز».',
    },
    'it-works': {
      name: 'چگونه و چرا',
      description: 'بررسی کتاب معتادان گمنام دربارهٔ دوازده قدم و دوازده سنت.',
    },
    'living-clean': {
      name: 'پاک زیستن',
      description: 'بررسی کتاب معتادان گمنام «پاک زیستن: سفر ادامه دارد».',
    },
    'step-working-guide': {
      name: 'راهنمای کارکرد قدم‌ها',
      description: 'کار روی پرسش‌های «راهنمای کارکرد قدم‌ها»ی معتادان گمنام.',
    },
    'guiding-principles': {
      name: 'اصول راهنما',
      description: 'بررسی کتاب معتادان گمنام «اصول راهنما: روح سنت‌های ما».',
    },
    'spiritual-principle-a-day': {
      name: 'یک اصل روحانی در روز',
      description: 'خواندن از کتاب روزانهٔ معتادان گمنام «یک اصل روحانی در روز».',
    },
    'pamphlet-study': {
      name: 'بررسی جزوه‌ها',
      description: 'خواندن و گفت‌وگو دربارهٔ جزوه‌های اطلاعاتی انجمن.',
    },

    candlelight: { name: 'با نور شمع' },
    outdoor: {
      name: 'در فضای باز',
      description: 'در فضای باز برگزار می‌شود؛ مناسب هوا لباس بپوشید.',
    },
    breakfast: { name: 'با صبحانه' },
    smoking: { name: 'سیگار کشیدن آزاد' },
    'non-smoking': { name: 'سیگار ممنوع' },
    'children-welcome': {
      name: 'پذیرای کودکان',
      description: 'کودکان می‌توانند همراه پدر، مادر یا سرپرست بیایند.',
    },
    babysitting: {
      name: 'نگهداری از کودکان',
      description: 'در طول جلسه کسی از کودکان مراقبت می‌کند.',
    },
    'concurrent-al-anon': {
      name: 'Al-Anon هم‌زمان',
      description: 'جلسهٔ Al-Anon برای خانواده و دوستان در همان زمان و مکان برگزار می‌شود.',
    },
    'concurrent-alateen': {
      name: 'Alateen هم‌زمان',
      description: 'جلسهٔ Alateen برای نوجوانان در همان زمان و مکان برگزار می‌شود.',
    },
    'concurrent-aa': {
      name: 'AA هم‌زمان',
      description: 'جلسهٔ الکلی‌های گمنام (AA) در همان زمان و مکان برگزار می‌شود.',
    },
    'digital-basket': {
      name: 'سبد دیجیتال',
      description: 'کمک‌های داوطلبانه (سنت هفتم) را می‌توان آنلاین پرداخت کرد.',
    },
    'proof-of-attendance': {
      name: 'گواهی حضور',
      description: 'می‌تواند حضور شما را تأیید کند، مثلاً برای دادگاه یا برنامهٔ درمانی.',
    },
  },
  contact: {
    detailContact: 'تماس',
    contactEmail: 'ایمیل',
    contactPhone: 'تلفن',
    contactWebsite: 'وب‌سایت',
    emailPerson: 'ایمیل به {name}',
    callPerson: 'تماس با {name}',
    detailDistrict: 'ناحیه',
    contributeTitle: 'سنت هفتم',
    contributeWith: 'کمک از طریق {service}',
    listedBy: 'ثبت‌شده توسط {name}',
    reportProblem: 'گزارش مشکل در مشخصات این جلسه',
    reportSubject: 'مشکل در مشخصات جلسهٔ «{name}»',
  },
  reachable: {
    reachableTonight: 'امشب هنوز فرصت هست',
    reachableToday: 'امروز هنوز فرصت هست',
    nextMeetings: 'جلسه‌های پیش رو',
    startedAgo: {
      '=0': 'تازه شروع شده',
      '=1': 'تازه شروع شده',
      other: '{minutes} دقیقه پیش شروع شد',
    },
    travelOnFoot: 'حدود {minutes} دقیقه پیاده',
    travelByCar: 'حدود {minutes} دقیقه با خودرو',
    travelNote: 'زمان‌های رفت‌وآمد برآوردی تقریبی در خط مستقیم‌اند، نه مسیریابی.',
    join: 'ورود',
    joinNamed: 'ورود آنلاین به {name}',
    call: 'تماس',
    callNamed: 'ورود تلفنی به {name}',
    directions: 'مسیریابی',
    directionsNamed: 'مسیریابی به {name}',
    noneReachable: 'امشب جلسهٔ دیگری نیست که به آن برسید.',
    nextOne: 'جلسهٔ بعدی {name} است، {when}.',
    dayAt: '{day} ساعت {time}',
    seeAllMeetings: 'دیدن همهٔ جلسه‌ها',
  },
  takeAlong: {
    mineShowing: {
      one: '{count} جلسهٔ شما',
      other: '{count} جلسهٔ شما',
    },
    takeAlongLabel: 'همراه خود ببرید',
    sendToPhone: 'فرستادن به گوشی من',
    copyAsText: 'کپی به‌صورت متن',
    copied: 'کپی شد',
    copyFallbackLabel: 'جلسه‌های شما به‌صورت متن (انتخاب و کپی کنید)',
    printOnePage: 'چاپ',
    showEveryMeeting: 'نمایش همهٔ جلسه‌ها',
    keepThisMeeting: 'نگه داشتن در جلسه‌های من',
    qrCode: 'کد QR',
    qrCaption: 'با دوربین گوشی اسکن کنید تا این جلسه روی آن باز شود.',
    qrFailed: 'کد QR ساخته نشد: اتصال قطع شد. دوباره امتحان کنید.',
  },
};

export default catalog;
