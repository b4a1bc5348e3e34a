/**
 * The strings of a meeting's contacts in its details (contact, 7th Tradition, "Report a problem"):
 * a table of their own, in the details' chunk, so the first load does not carry them. Every locale
 * of `localize.ts` has one; the compiler checks that none is missing a string.
 */
import type { Locale } from './localize.js';

export interface ContactStrings {
  /** The details' section with the group's and the listing's contacts. */
  detailContact: string;
  contactEmail: string;
  contactPhone: string;
  contactWebsite: string;
  /** A contact person's links: "Email Bob", "Call Bob". */
  emailPerson: (name: string) => string;
  callPerson: (name: string) => string;
  detailDistrict: string;
  /** The 7th Tradition section: "Contribute with Venmo". */
  contributeTitle: string;
  contributeWith: (service: string) => string;
  /** Who runs the listing: "Listed by District 12". */
  listedBy: (name: string) => string;
  reportProblem: string;
  /** Subject of a problem report sent by e-mail. */
  reportSubject: (name: string) => string;
}

const EN: ContactStrings = {
  detailContact: 'Contact',
  contactEmail: 'Email',
  contactPhone: 'Phone',
  contactWebsite: 'Website',
  emailPerson: (name) => `Email ${name}`,
  callPerson: (name) => `Call ${name}`,
  detailDistrict: 'District',
  contributeTitle: '7th Tradition',
  contributeWith: (service) => `Contribute with ${service}`,
  listedBy: (name) => `Listed by ${name}`,
  reportProblem: 'Report a problem with this listing',
  reportSubject: (name) => `Problem with the listing "${name}"`,
};

const ES: ContactStrings = {
  detailContact: 'Contacto',
  contactEmail: 'Correo',
  contactPhone: 'Teléfono',
  contactWebsite: 'Sitio web',
  emailPerson: (name) => `Escribir a ${name}`,
  callPerson: (name) => `Llamar a ${name}`,
  detailDistrict: 'Distrito',
  contributeTitle: 'Séptima Tradición',
  contributeWith: (service) => `Contribuir con ${service}`,
  listedBy: (name) => `Publicado por ${name}`,
  reportProblem: 'Informar de un problema con esta reunión',
  reportSubject: (name) => `Problema con la reunión "${name}"`,
};

export const CONTACT_STRINGS: Readonly<Record<Locale, ContactStrings>> = { en: EN, es: ES };
