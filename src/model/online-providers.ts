/**
 * Human names for the hosts of online meeting links. A label only: a link on a host that is not
 * listed here is still shown (TSML UI marks such meetings inactive; we never do).
 */
import { linkHost } from './link-host.js';

const PROVIDERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\.)zoom\.(us|com)$|(^|\.)zoomgov\.com$/, 'Zoom'],
  [/^meet\.google\.com$/, 'Google Meet'],
  [/(^|\.)teams\.(microsoft|live)\.com$/, 'Microsoft Teams'],
  [/(^|\.)webex\.com$/, 'Webex'],
  [/(^|\.)(gotomeeting|gotomeet)\.(com|me)$|(^|\.)goto\.com$/, 'GoTo Meeting'],
  [/(^|\.)skype\.com$/, 'Skype'],
  [/(^|\.)discord\.(gg|com)$/, 'Discord'],
  [/^meet\.jit\.si$/, 'Jitsi Meet'],
  [/(^|\.)whereby\.com$/, 'Whereby'],
  [/(^|\.)freeconferencecall\.com$/, 'FreeConferenceCall'],
  [/(^|\.)(chat\.)?whatsapp\.com$/, 'WhatsApp'],
  [/(^|\.)signal\.(group|me)$/, 'Signal'],
  [/(^|\.)facetime\.apple\.com$/, 'FaceTime'],
  [/(^|\.)bluejeans\.com$/, 'BlueJeans'],
];

/** The provider's name for a web URL, or undefined for an unknown host. */
export function onlineProvider(url: string): string | undefined {
  // The host the browser will go to: the same parse as the link's (see link-host.ts).
  const host = linkHost(url);
  if (!host) return undefined;
  return PROVIDERS.find(([pattern]) => pattern.test(host))?.[1];
}
