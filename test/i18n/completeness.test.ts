/**
 * Every shipped language against English: every key, every feature (and a description where English
 * has one), the same placeholders, every plural form the language's rules have, and nothing left in
 * English by accident. The compiler already insists on the keys; this also covers what it cannot see
 * (placeholders, plural forms, untranslated text) and a language registered at run time.
 */
import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/i18n/catalog.js';
import { fetchCatalog, registeredLanguages } from '../../src/i18n/languages.js';
import { placeholdersOf, type Message } from '../../src/i18n/message.js';
import { EN_DESCRIPTIONS } from '../../src/i18n/languages/en-descriptions.js';
import { englishWhole } from '../../src/i18n/english-whole.js';

/** The fifteen languages the element ships, and their direction. */
const SHIPPED: Readonly<Record<string, 'ltr' | 'rtl'>> = {
  en: 'ltr',
  es: 'ltr',
  fr: 'ltr',
  de: 'ltr',
  pt: 'ltr',
  ru: 'ltr',
  uk: 'ltr',
  pl: 'ltr',
  fa: 'rtl',
  ar: 'rtl',
  vi: 'ltr',
  zh: 'ltr',
  ko: 'ltr',
  tl: 'ltr',
  ja: 'ltr',
};

/**
 * Texts that may equal English in any language: names of books and programmes, symbols and pure
 * placeholder patterns. Paths are `part.key` (nested: `part.key.sub`).
 */
const SAME_ANYWHERE = new Set([
  'strings.timeRangeHint',
  'strings.rowLinkLabel',
  'strings.rowLinkLabelNoPlace',
  'strings.googleCalendar',
  'strings.distance.mi',
  'strings.distance.km',
  'features.alateen.name',
  'features.lgbtq.name',
  'features.big-book.name',
  'features.grapevine.name',
  'features.as-bill-sees-it.name',
  'features.daily-reflections.name',
  'features.living-sober.name',
  'features.basic-text.name',
  'features.just-for-today.name',
  'features.it-works.name',
  'features.living-clean.name',
  'features.step-working-guide.name',
  'features.guiding-principles.name',
  'features.spiritual-principle-a-day.name',
]);

/**
 * Texts a language writes the same as English, each with its reason (a loanword the language uses, a
 * brand). Anything else equal to English is a string left untranslated.
 */
const SAME_IN: Readonly<Record<string, readonly string[]>> = {
  es: ['features.gay.name', 'features.secular.name'],
  fr: [
    'strings.detailActions', // « Actions »: the same word in French
    'features.parents.name', // « Parents »: the same word in French
    'features.discussion.name', // « Discussion »: the same word in French (Meeting Guide's French name too)
    'contact.detailDistrict', // « District »: the fellowships' French service term
  ],
  de: [
    'strings.meetingsLabel', // „Meetings“: the word German-speaking AA and NA use
    'strings.attendance.online', // „Online“: a German loanword (Duden)
    'strings.online', // „Online“: a German loanword (Duden)
    'strings.attendanceOptions.online', // „Online“: a German loanword (Duden)
    'strings.attendanceOptions.hybrid', // „Hybrid“: the same word in German
    'features.meditation.name', // „Meditation“: the same word in German
  ],
  pt: [
    'features.secular.name', // "Secular": the same word in Portuguese (Meeting Guide's Portuguese name too)
  ],
  pl: [
    // "Online" is the Polish word too ("mityngi online", as Polish AA and NA write it); "w sieci" reads as jargon.
    'strings.online',
    'strings.attendance.online',
    'strings.attendanceOptions.online',
  ],
  // Tagalog: English loanwords in everyday Filipino use (the KWF spellings "onlayn", "websayt" read as odd).
  tl: [
    'strings.attendance.online', // "online"
    'strings.online',
    'strings.attendanceOptions.online',
    'contact.contactWebsite', // "website"
    'takeAlong.qrCode', // "QR code"
    'features.gay.name', // the word Filipino LGBT groups use ("bakla" carries other meanings)
    'features.transgender.name', // as used by Filipino LGBT groups
    'features.non-binary.name', // as used by Filipino LGBT groups
  ],
};

type Leaf = { path: string; message: Message };

/** Every message of a catalog with its path; features' names and descriptions included. */
function leaves(catalog: Catalog): Leaf[] {
  const out: Leaf[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push({ path, message: value });
    else if (value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string') out.push({ path, message: value as Message });
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  const { dir: _dir, ...parts } = catalog;
  walk(parts, '');
  return out;
}

/** English as a person reads it: its first-load catalog has the names, its descriptions come with the details. */
function withEnglishDescriptions(catalog: Catalog): Catalog {
  const features = Object.fromEntries(
    Object.entries(catalog.features).map(([key, text]) => {
      const description = EN_DESCRIPTIONS[key as keyof typeof EN_DESCRIPTIONS];
      return [key, description ? { ...text, description } : text];
    }),
  ) as Catalog['features'];
  return { ...catalog, features };
}

const forms = (message: Message): Record<string, string> => (typeof message === 'string' ? { other: message } : ({ ...message } as Record<string, string>));

describe('languages: every shipped language is complete', () => {
  let english: Catalog;
  before(async () => {
    englishWhole();
    english = withEnglishDescriptions(await fetchCatalog('en'));
  });

  it('ships the fifteen languages, each registered', () => {
    expect([...registeredLanguages()].sort()).to.include.members(Object.keys(SHIPPED).sort());
  });

  for (const [lang, dir] of Object.entries(SHIPPED)) {
    describe(lang, () => {
      let catalog: Catalog;
      let byPath: Map<string, Message>;
      before(async function () {
        if (!registeredLanguages().includes(lang)) this.skip();
        catalog = await fetchCatalog(lang);
        if (lang === 'en') catalog = withEnglishDescriptions(catalog);
        byPath = new Map(leaves(catalog).map((leaf) => [leaf.path, leaf.message]));
      });

      it(`is written ${dir}`, () => {
        expect(catalog.dir).to.equal(dir);
      });

      it('has every message and feature English has, and no other', () => {
        const wanted = leaves(english).map((leaf) => leaf.path).sort();
        expect([...byPath.keys()].sort()).to.deep.equal(wanted);
      });

      it('uses the same placeholders as English in every form', () => {
        const wrong: string[] = [];
        for (const { path, message } of leaves(english)) {
          const theirs = byPath.get(path);
          if (theirs === undefined) continue;
          const ours = forms(message);
          const allowed = new Set(Object.values(ours).flatMap(placeholdersOf));
          // The general form must say everything English's does; an exact form ("=0") may say less.
          const need = placeholdersOf(ours.other!).join();
          const theirForms = forms(theirs);
          if (placeholdersOf(theirForms.other ?? '').join() !== need) wrong.push(`${path}: "${theirForms.other}" should use {${need}}`);
          for (const [form, text] of Object.entries(theirForms)) {
            for (const name of placeholdersOf(text)) if (!allowed.has(name)) wrong.push(`${path}[${form}]: {${name}} is not a placeholder here`);
          }
        }
        expect(wrong).to.deep.equal([]);
      });

      it('has every plural form its plural rules use, and only those', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
        const wrong: string[] = [];
        for (const { path, message } of leaves(english)) {
          // A count plural in English (it has "one"); an exact-only message ("=0"/other) is not one.
          if (typeof message === 'string' || message.one === undefined) continue;
          const theirs = byPath.get(path);
          if (theirs === undefined) continue;
          const theirForms = typeof theirs === 'string' ? { other: theirs } : theirs;
          const named = Object.keys(theirForms).filter((form) => !form.startsWith('='));
          const missing = categories.filter((category) => !(category in theirForms));
          const extra = named.filter((form) => !categories.includes(form));
          // A language with one form for everything (Chinese, Japanese …) may write a plain string.
          if (typeof theirs === 'string' && categories.length === 1) continue;
          if (missing.length || extra.length) wrong.push(`${path}: missing ${missing.join(',') || '-'}, not in ${lang} ${extra.join(',') || '-'}`);
        }
        expect(wrong).to.deep.equal([]);
      });

      it('leaves nothing in English by accident', function () {
        if (lang === 'en') this.skip();
        const allowed = new Set([...SAME_ANYWHERE, ...(SAME_IN[lang] ?? [])]);
        const same = leaves(english)
          .filter(({ path, message }) => !allowed.has(path) && JSON.stringify(byPath.get(path)) === JSON.stringify(message))
          .map(({ path }) => path);
        expect(same).to.deep.equal([]);
      });

      it('has no empty text', () => {
        const empty = [...byPath].filter(([, message]) => Object.values(forms(message)).some((text) => !text.trim())).map(([path]) => path);
        expect(empty).to.deep.equal([]);
      });
    });
  }
});
