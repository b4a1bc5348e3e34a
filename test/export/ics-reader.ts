/**
 * A small iCalendar reader for the tests: unfolds, splits properties, nests components, unescapes
 * TEXT and turns a local time into UTC through a parsed VTIMEZONE (DTSTART onsets plus the yearly
 * RRULE forms a VTIMEZONE uses). Independent of the code under test, so the file is checked as a
 * calendar app would read it.
 */

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

/** Logical lines: folds (CRLF + space or tab) removed. */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

export function parseProperty(line: string): Property {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const [name, ...params] = head.split(';');
  return {
    name: name!,
    params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

export function parseIcs(text: string): Component {
  const root: Component = { name: 'ROOT', properties: [], components: [] };
  const stack = [root];
  for (const line of unfold(text)) {
    const property = parseProperty(line);
    const top = stack[stack.length - 1]!;
    if (property.name === 'BEGIN') {
      const child: Component = { name: property.value, properties: [], components: [] };
      top.components.push(child);
      stack.push(child);
    } else if (property.name === 'END') {
      if (top.name !== property.value) throw new Error(`END:${property.value} closes ${top.name}`);
      stack.pop();
    } else top.properties.push(property);
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  return root;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

export function child(component: Component, name: string): Component {
  const found = component.components.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0]!;
}

export function prop(component: Component, name: string): Property | undefined {
  return component.properties.find((p) => p.name === name);
}

export function value(component: Component, name: string): string | undefined {
  return prop(component, name)?.value;
}

const MINUTE = 60_000;

/** "20270314T020000" as a wall-clock "local ms" (the wall clock read as if it were UTC). */
export function localMs(basic: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(basic);
  if (!m) throw new Error(`not a local date-time: ${basic}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

export function offsetOf(text: string): number {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) throw new Error(`not an offset: ${text}`);
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Onsets (local ms, in TZOFFSETFROM time) of one STANDARD/DAYLIGHT, through `untilYear`. */
export function onsets(observance: Component, untilYear: number): number[] {
  const start = localMs(value(observance, 'DTSTART')!);
  const rule = value(observance, 'RRULE');
  if (!rule) return [start];
  const parts = Object.fromEntries(rule.split(';').map((part) => part.split('=') as [string, string]));
  if (parts.FREQ !== 'YEARLY' || !parts.BYMONTH) throw new Error(`unsupported RRULE ${rule}`);
  const month = Number(parts.BYMONTH) - 1;
  const time = start % 86_400_000;
  const result: number[] = [];
  for (let year = new Date(start).getUTCFullYear(); year <= untilYear; year++) {
    let day: number;
    if (parts.BYMONTHDAY) day = Number(parts.BYMONTHDAY);
    else {
      const m = /^(-?\d)([A-Z]{2})$/.exec(parts.BYDAY ?? '');
      if (!m) throw new Error(`unsupported BYDAY in ${rule}`);
      const n = Number(m[1]);
      const weekday = DAYS.indexOf(m[2]!);
      if (n > 0) {
        const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
        day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
      } else {
        const lastDate = new Date(Date.UTC(year, month + 1, 0));
        day = lastDate.getUTCDate() - ((lastDate.getUTCDay() - weekday + 7) % 7);
      }
    }
    const at = Date.UTC(year, month, day) + time;
    if (at >= start) result.push(at);
  }
  return result;
}

interface Change {
  at: number;
  from: number;
  to: number;
}

/** Every offset change the VTIMEZONE describes through `untilYear`, as instants. */
export function changes(vtimezone: Component, untilYear = 2035): Change[] {
  return vtimezone.components
    .flatMap((observance) => {
      const from = offsetOf(value(observance, 'TZOFFSETFROM')!);
      const to = offsetOf(value(observance, 'TZOFFSETTO')!);
      return onsets(observance, untilYear).map((local) => ({ at: local - from * MINUTE, from, to }));
    })
    .sort((a, b) => a.at - b.at);
}

/** The UTC instant of a wall-clock time in the VTIMEZONE (the earlier one when it happens twice). */
export function toUtc(vtimezone: Component, basic: string): Date | undefined {
  const all = changes(vtimezone);
  const wall = localMs(basic);
  const offsetAt = (instant: number) => {
    let offset = all[0]!.from;
    for (const change of all) if (change.at <= instant) offset = change.to;
    return offset;
  };
  const candidates = [...new Set(all.flatMap((c) => [c.from, c.to]))]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => offsetAt(instant) === Math.round((wall - instant) / MINUTE))
    .sort((a, b) => a - b);
  return candidates.length ? new Date(candidates[0]!) : undefined;
}

/** The wall clock of a Date in basic form, at an offset in minutes. */
export function basicAt(instant: Date, offset: number): string {
  return new Date(instant.getTime() + offset * MINUTE).toISOString().replace(/[-:]/g, '').slice(0, 15);
}
