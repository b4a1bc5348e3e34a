/**
 * English names of the canonical features (see `model/features.ts`), for filter chips and meeting
 * details. Typing the table as `Record<FeatureKey, …>` makes the compiler insist on a name for every
 * feature. Languages (`language:xx`) are named through `Intl.DisplayNames`, not here; codes that map to
 * no feature are shown with the feed's own label.
 */
import type { FeatureKey } from '../model/features.js';

export interface FeatureText {
  /** Short label, fit for a filter chip. */
  name: string;
  /** One plain sentence for someone new, where the name alone may not say enough. */
  description?: string;
}

export const FEATURES_EN: Readonly<Record<FeatureKey, FeatureText>> = Object.freeze({
  open: {
    name: 'Open',
    description: 'Anyone may attend, including family, friends and people who are curious.',
  },
  closed: {
    name: 'Closed',
    description:
      'For people who want to stop drinking or using; at family groups such as Al-Anon, for those affected by someone else’s.',
  },
  'restricted-access': {
    name: 'Restricted access',
    description:
      'Held somewhere with limited entry, such as a hospital or a correctional facility; check before you go.',
  },

  wheelchair: {
    name: 'Wheelchair access',
    description: 'The meeting room can be reached without steps.',
  },
  'wheelchair-bathroom': {
    name: 'Accessible bathroom',
    description: 'There is a wheelchair-accessible bathroom.',
  },
  'sign-language': {
    name: 'Sign language',
    description: 'Held in, or interpreted into, a sign language.',
  },
  'deaf-hard-of-hearing': {
    name: 'Deaf / hard of hearing',
    description: 'Welcoming to and set up for people who are deaf or hard of hearing.',
  },
  'visually-impaired': {
    name: 'Blind / low vision',
    description: 'Welcoming to and set up for people who are blind or have low vision.',
  },
  'fragrance-free': {
    name: 'Fragrance free',
    description: 'Please do not wear perfume, cologne or other scents.',
  },

  women: { name: 'Women' },
  men: { name: 'Men' },
  'young-people': {
    name: 'Young people',
    description: 'Focused on younger people in recovery.',
  },
  alateen: {
    name: 'Alateen',
    description: 'Al-Anon meetings for teenagers affected by someone else’s drinking.',
  },
  seniors: {
    name: 'Seniors',
    description: 'Focused on older people in recovery.',
  },
  beginners: {
    name: 'Newcomers',
    description: 'Focused on people who are new to recovery; a good first meeting.',
  },
  lgbtq: { name: 'LGBTQ+' },
  gay: { name: 'Gay' },
  lesbian: { name: 'Lesbian' },
  bisexual: { name: 'Bisexual' },
  transgender: { name: 'Transgender' },
  'non-binary': { name: 'Non-binary' },
  'people-of-color': { name: 'People of color' },
  indigenous: {
    name: 'Indigenous',
    description: 'Focused on Indigenous and Native American people.',
  },
  professionals: {
    name: 'Professionals',
    description: 'Focused on people in professions such as medicine or law.',
  },
  secular: {
    name: 'Secular',
    description: 'For atheists, agnostics and anyone who prefers a non-religious approach.',
  },
  parents: {
    name: 'Parents',
    description: 'For parents of someone with a drinking or drug problem.',
  },
  'adult-children': {
    name: 'Adult children',
    description: 'Focused on adults who grew up with a parent’s drinking or using.',
  },
  'dual-diagnosis': {
    name: 'Dual diagnosis',
    description: 'For people living with both an addiction and a mental health condition.',
  },

  speaker: {
    name: 'Speaker',
    description: 'One or more members share their story.',
  },
  discussion: {
    name: 'Discussion',
    description: 'Members take turns sharing on a topic.',
  },
  'question-and-answer': {
    name: 'Questions and answers',
    description: 'Members answer questions about recovery, often from newcomers.',
  },
  'step-study': {
    name: 'Step study',
    description: 'Studies one of the Twelve Steps.',
  },
  'tradition-study': {
    name: 'Tradition study',
    description: 'Studies one of the Twelve Traditions.',
  },
  'concept-study': {
    name: 'Concept study',
    description: 'Studies the Twelve Concepts for service.',
  },
  literature: {
    name: 'Literature study',
    description: 'Reads and discusses the fellowship’s books or pamphlets.',
  },
  meditation: {
    name: 'Meditation',
    description: 'Includes a time of quiet meditation.',
  },
  'eleventh-step': {
    name: '11th Step meditation',
    description: 'Meditation and sharing on the Eleventh Step.',
  },
  birthday: {
    name: 'Birthdays',
    description: 'Celebrates members’ recovery anniversaries.',
  },
  'cross-talk': {
    name: 'Cross talk permitted',
    description: 'Members may respond directly to each other’s sharing.',
  },

  'big-book': {
    name: 'Big Book',
    description: 'Studies the book Alcoholics Anonymous.',
  },
  'twelve-and-twelve': {
    name: '12 Steps & 12 Traditions',
    description: 'Studies the book Twelve Steps and Twelve Traditions.',
  },
  'as-bill-sees-it': {
    name: 'As Bill Sees It',
    description: 'Reads from the book As Bill Sees It.',
  },
  'daily-reflections': {
    name: 'Daily Reflections',
    description: 'Reads from the book Daily Reflections.',
  },
  grapevine: {
    name: 'Grapevine',
    description: 'Reads from AA’s magazine, the Grapevine (or La Viña).',
  },
  'living-sober': {
    name: 'Living Sober',
    description: 'Reads from the book Living Sober.',
  },

  'basic-text': {
    name: 'Basic Text',
    description: 'Studies the book Narcotics Anonymous, NA’s Basic Text.',
  },
  'just-for-today': {
    name: 'Just for Today',
    description: 'Reads from NA’s daily meditation book, Just for Today.',
  },
  'it-works': {
    name: 'It Works: How and Why',
    description: 'Studies NA’s book on the Twelve Steps and Twelve Traditions.',
  },
  'living-clean': {
    name: 'Living Clean',
    description: 'Studies the NA book Living Clean: The Journey Continues.',
  },
  'step-working-guide': {
    name: 'Step Working Guides',
    description: 'Works through the questions of the NA Step Working Guides.',
  },
  'guiding-principles': {
    name: 'Guiding Principles',
    description: 'Studies the NA book Guiding Principles: The Spirit of Our Traditions.',
  },
  'spiritual-principle-a-day': {
    name: 'A Spiritual Principle a Day',
    description: 'Reads from NA’s daily book A Spiritual Principle a Day.',
  },
  'pamphlet-study': {
    name: 'Pamphlet study',
    description: 'Reads and discusses the fellowship’s informational pamphlets (IPs).',
  },

  candlelight: { name: 'Candlelight' },
  outdoor: {
    name: 'Outdoor',
    description: 'Held outside; dress for the weather.',
  },
  breakfast: { name: 'Breakfast' },
  smoking: { name: 'Smoking permitted' },
  'non-smoking': { name: 'Non-smoking' },
  'children-welcome': {
    name: 'Children welcome',
    description: 'Children may come along with a parent or carer.',
  },
  babysitting: {
    name: 'Childcare available',
    description: 'Someone looks after children during the meeting.',
  },
  'concurrent-al-anon': {
    name: 'Al-Anon at the same time',
    description: 'An Al-Anon meeting for family and friends is held at the same time and place.',
  },
  'concurrent-alateen': {
    name: 'Alateen at the same time',
    description: 'An Alateen meeting for teenagers is held at the same time and place.',
  },
  'concurrent-aa': {
    name: 'AA at the same time',
    description: 'An AA meeting is held at the same time and place.',
  },
  'digital-basket': {
    name: 'Digital basket',
    description: 'Voluntary contributions (the Seventh Tradition) can be made online.',
  },
  'proof-of-attendance': {
    name: 'Proof of attendance',
    description: 'Can confirm your attendance, for example for a court or a treatment program.',
  },
});
