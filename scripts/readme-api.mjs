// The README's tables of attributes and properties, events, slots, parts and tokens, compared with
// custom-elements.json (generated from the element's JSDoc, the API's one source). Returns one
// entry per table: what the README lacks and what it names that the element does not have.
// Used by scripts/test-package.mjs, which builds the manifest first.

/** The lines of the README section that starts with `heading`, up to the next heading. */
function section(readme, heading) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,3} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The table rows (cells, trimmed) of a section, without the header and the separator. */
function rows(lines) {
  return lines.filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line)).slice(1).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const names = (text) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1].replace(/\(.*\)$/, ''));

/** The paragraph that starts with `label` (e.g. "Parts:"), up to `stop` if given. */
function paragraph(lines, label, stop) {
  const start = lines.findIndex((line) => line.startsWith(label));
  if (start < 0) throw new Error(`README has no paragraph starting "${label}"`);
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  const text = lines.slice(start, end < 0 ? undefined : end).join(' ');
  return stop ? text.slice(0, text.indexOf(stop) < 0 ? undefined : text.indexOf(stop)) : text;
}

function compare(table, documented, actual) {
  const missing = [...actual].filter((name) => !documented.has(name));
  const extra = [...documented].filter((name) => !actual.has(name));
  return { table, ok: missing.length === 0 && extra.length === 0, missing, extra };
}

export function readmeDrift(readme, manifest) {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'meeting-locator');
  const attributeProperty = new Map(element.attributes.map((attribute) => [attribute.name, attribute.fieldName]));
  const reflected = new Set(attributeProperty.values());
  const publicMembers = element.members.filter((member) => (member.kind === 'field' || member.kind === 'method') && !member.static && (member.privacy ?? 'public') === 'public');

  // Attributes and properties: a row is `attribute(s) | property(s) | what`; `—` when there is
  // none, `same` when the property has the attribute's name. Each pair must be the manifest's.
  const documentedPairs = new Set();
  for (const [attributes, properties] of rows(section(readme, '### Attributes and properties'))) {
    const attributeNames = attributes === '—' ? [] : names(attributes);
    const propertyNames = properties === 'same' ? attributeNames : names(properties);
    if (attributeNames.length) attributeNames.forEach((name, index) => documentedPairs.add(`${name} → ${propertyNames[index] ?? '?'}`));
    else propertyNames.forEach((name) => documentedPairs.add(`— → ${name}`));
  }
  const actualPairs = new Set([
    ...[...attributeProperty].map(([attribute, property]) => `${attribute} → ${property}`),
    ...publicMembers.filter((member) => !reflected.has(member.name)).map((member) => `— → ${member.name}`),
  ]);

  const events = section(readme, '### Events');
  const slotsAndParts = section(readme, '### Slots, parts and tokens');
  return [
    compare('attributes and properties', documentedPairs, actualPairs),
    compare('events', new Set(rows(events).map(([name]) => names(name)[0])), new Set(element.events.map((event) => event.name))),
    compare('slots', new Set(names(paragraph(slotsAndParts, 'Slots:', ' ('))), new Set(element.slots.map((slot) => slot.name))),
    compare('parts', new Set(names(paragraph(slotsAndParts, 'Parts:'))), new Set(element.cssParts.map((part) => part.name))),
    compare('tokens', new Set(rows(slotsAndParts).map(([token]) => names(token)[0]).filter((name) => name?.startsWith('--'))), new Set(element.cssProperties.map((property) => property.name))),
  ];
}
