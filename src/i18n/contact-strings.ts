/**
 * What a meeting's contacts in its details say (contact, 7th Tradition, "Report a problem"): the
 * `contact` part of each language's catalog.
 */
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
