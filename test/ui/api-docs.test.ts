/**
 * The element's JSDoc is the one source of its public API (the manifest is generated from it), so
 * it must name everything a page can use: every slot the templates render, every part, every
 * `--ml-*` token the styles read, every event of the event map — and nothing that is not there.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The names after a JSDoc tag (`@slot faq - …` → faq), in the element's class comment. */
function tagged(doc: string, tag: string): string[] {
  return [...doc.matchAll(new RegExp(`@${tag}\\s+(?:\\{[^}]*\\}\\s+)?([\\w-]+)`, 'g'))].map((match) => match[1]!).sort();
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe('the element’s API documentation', () => {
  let texts: Record<string, string>;
  let doc: string;
  let ui: string;
  before(async () => {
    texts = (await executeServerCommand('source-texts')) as Record<string, string>;
    const element = texts['ui/meeting-locator-element.ts']!;
    doc = element.slice(0, element.indexOf('export class MeetingLocator'));
    ui = Object.entries(texts)
      .filter(([file]) => file.startsWith('ui/'))
      .map(([, text]) => text)
      .join('\n');
  });

  it('names every slot the templates render', () => {
    const rendered = [...ui.matchAll(/<slot name="([\w-]+)"/g)].map((match) => match[1]!);
    // The host panels' slots are rendered by name (`<slot name=${name}>`), for each panel.
    expect(ui).to.contain('<slot name=${name}>');
    expect(tagged(doc, 'slot')).to.deep.equal(sorted([...rendered, 'faq', 'info']));
  });

  it('names every part', () => {
    const parts = [...ui.matchAll(/part="([^"$]+)"/g)].flatMap((match) => match[1]!.split(/\s+/));
    // Parts named by panel: `part="panel ${name}-panel"` and `part=${name}`, for faq and info.
    expect(ui).to.contain('part="panel ${name}-panel"');
    expect(ui).to.contain('part=${name}');
    expect(tagged(doc, 'csspart')).to.deep.equal(sorted([...parts, 'panel', 'faq-panel', 'info-panel', 'faq', 'info']));
  });

  it('names every token the styles read', () => {
    const tokens = Object.values(texts).flatMap((text) => [...text.matchAll(/var\((--ml-[\w-]+)/g)].map((match) => match[1]!));
    expect(tokens.length).to.be.above(15);
    expect(tagged(doc, 'cssprop')).to.deep.equal(sorted(tokens));
  });

  it('names every event of the event map, with its detail type', () => {
    const events = texts['ui/events.ts']!;
    const map = events.slice(events.indexOf('export interface MeetingLocatorEventMap'));
    const named = [...map.slice(0, map.indexOf('}')).matchAll(/'(ml-[\w-]+)': CustomEvent<(\w+)>/g)].map((match) => `${match[2]} ${match[1]}`);
    const fires = [...doc.matchAll(/@fires \{CustomEvent<(\w+)>\} (ml-[\w-]+)/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(named).to.have.length(4);
    expect(sorted(fires)).to.deep.equal(sorted(named));
  });
});
