/**
 * The host a link really goes to, read by the WHATWG URL parser — the one the browser uses when the
 * link is followed — never by a regular expression over the text: "https://evil.example\@zoom.us/"
 * goes to evil.example (a backslash ends the host in http(s) URLs), whatever the text seems to say.
 */
export function linkHost(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** The host as a person reads it in a label: without a leading "www.". */
export function shownHost(url: string): string | undefined {
  return linkHost(url)?.replace(/^www\./, '');
}
