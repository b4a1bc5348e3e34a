/**
 * The suite's keyboard in every engine: typed text arrives key by key, repeated letters and all
 * (webdriverio's `keys()` presses a string's keys at once, so WebKit lost the second "e" of "see").
 */
import { expect } from '@open-wc/testing';
import { pressKey, typeText } from './engines.js';

describe('typing in tests', () => {
  it('types every key, repeated letters and accents included, and presses named keys', async () => {
    const input = document.createElement('input');
    const seen: string[] = [];
    input.addEventListener('keydown', (event) => seen.push(event.key));
    document.body.append(input);
    try {
      input.focus();
      await typeText('bookkeeper peña');
      expect(input.value).to.equal('bookkeeper peña');
      await pressKey('Backspace');
      expect(input.value).to.equal('bookkeeper peñ');
      expect(seen.filter((key) => key === 'e')).to.have.length(4);
    } finally {
      input.remove();
    }
  });
});
