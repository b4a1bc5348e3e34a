// The WordPress plugin's version, `MEETING_LOCATOR_VERSION` in its main file: it names the folder the
// element's files are copied to (assets/VERSION/, see includes/assets.php).
import { readFileSync } from 'node:fs';

export function pluginVersion(plugin = 'wordpress/meeting-locator') {
  const main = readFileSync(`${plugin}/meeting-locator.php`, 'utf8');
  const version = main.match(/define\(\s*'MEETING_LOCATOR_VERSION',\s*'([^']+)'\s*\)/)?.[1];
  if (!version) throw new Error(`${plugin}/meeting-locator.php defines no MEETING_LOCATOR_VERSION`);
  return version;
}
