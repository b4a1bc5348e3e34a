// Test-runner commands that read the page's accessibility tree, as a screen reader gets it, through
// the DevTools protocol's Accessibility domain (Chromium only: Firefox over WebDriver BiDi and
// WebKitWebDriver expose no accessibility tree).
import { forTestPage } from './page-protocol.mjs';

function protocol(session) {
  return forTestPage(session, 'the accessibility tree is read', async (page) => {
    const client = await page.createCDPSession();
    await client.send('Accessibility.enable');
    return client;
  });
}

const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;

export function accessibilityPlugin() {
  return {
    name: 'accessibility-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'ax-nodes') {
        // The nodes of the given roles, in tree order, with what a screen reader says of them.
        const client = await protocol(session);
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        const roles = new Set(payload.roles);
        const found = nodes.filter((node) => !node.ignored && roles.has(node.role?.value));
        return Promise.all(
          found.map(async (node) => {
            // The protocol's node properties leave out the set size and position: a list item's come
            // from the DOM node the tree node stands for.
            const attributes = {};
            if (node.role.value === 'listitem' && node.backendDOMNodeId) {
              const { node: dom } = await client.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
              for (let i = 0; i < (dom.attributes ?? []).length; i += 2) attributes[dom.attributes[i]] = dom.attributes[i + 1];
            }
            return {
              role: node.role.value,
              name: node.name?.value ?? '',
              level: property(node, 'level'),
              setSize: attributes['aria-setsize'] === undefined ? undefined : Number(attributes['aria-setsize']),
              posInSet: attributes['aria-posinset'] === undefined ? undefined : Number(attributes['aria-posinset']),
              nodeId: node.backendDOMNodeId,
            };
          }),
        );
      }
      if (command === 'ax-scroll-into-view') {
        // What a screen reader's reading cursor does on reaching a node: scroll it into view.
        const client = await protocol(session);
        await client.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: payload.nodeId });
        return true;
      }
      return undefined;
    },
  };
}
