/**
 * What becomes a link from a feed's contact values: only exactly one e-mail address, only a phone's
 * digits, only a handle of each 7th Tradition service (to that service's own site). Hostile input,
 * as a feed (or someone who took over a volunteer's spreadsheet) could write it, never passes.
 */
import { expect } from '@open-wc/testing';
import { contribution, mailtoUrl, phoneOf, safeEmail } from '../../src/model/contacts.js';

describe('safeEmail', () => {
  it('accepts plain addresses, with a tolerated mailto: and spaces around', () => {
    expect(safeEmail('noonrecovery@example.org')).to.equal('noonrecovery@example.org');
    expect(safeEmail('  group.secretary+aa@mail.example.co.uk ')).to.equal('group.secretary+aa@mail.example.co.uk');
    expect(safeEmail('mailto:o\'brien@example.org')).to.equal("o'brien@example.org");
  });

  it('refuses what could add a recipient, a header, a body or a script', () => {
    for (const hostile of [
      'a@example.org,b@evil.example',
      'a@example.org;b@evil.example',
      'a@example.org?bcc=spy@evil.example',
      'a@example.org&body=x',
      'a%40example.org@example.org',
      'javascript:alert(1)//@example.org',
      '<a@example.org>',
      'a @example.org',
      'a@example',
      'a@-example.org',
      'a..b@example.org',
      'Bob <bob@example.org>',
      '"a"@example.org',
      'a@exa mple.org',
      'a@example.org\nbcc: spy@evil.example',
      'Password: Surr419!',
      '',
    ]) {
      expect(safeEmail(hostile), JSON.stringify(hostile)).to.equal(undefined);
    }
  });
});

describe('mailtoUrl', () => {
  it('encodes the subject and body, so a meeting name cannot add a header', () => {
    const url = mailtoUrl(['fix@example.org'], 'Problem with "Hope & Bcc"', 'line\n?cc=spy@evil.example')!;
    expect(url.startsWith('mailto:fix@example.org?subject=')).to.equal(true);
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect([...query.keys()]).to.deep.equal(['subject', 'body']);
    expect(query.get('subject')).to.equal('Problem with "Hope & Bcc"');
    expect(query.get('body')).to.equal('line\n?cc=spy@evil.example');
  });

  it('drops addresses that are not one address, and gives nothing when none is left', () => {
    expect(mailtoUrl(['a@example.org', 'x?cc=y@evil.example'])).to.equal('mailto:a@example.org');
    expect(mailtoUrl(['not an address'])).to.equal(undefined);
    expect(mailtoUrl([])).to.equal(undefined);
  });
});

describe('phoneOf', () => {
  it('keeps the number as written and a tel: form of its digits', () => {
    expect(phoneOf('+1-123-456-7890')).to.deep.equal({ text: '+1-123-456-7890', tel: 'tel:+11234567890' });
    expect(phoneOf('(901) 555-0100')).to.deep.equal({ text: '(901) 555-0100', tel: 'tel:9015550100' });
    expect(phoneOf('988')).to.deep.equal({ text: '988', tel: 'tel:988' });
  });

  it('gives text only when there is nothing to dial, and never a script', () => {
    expect(phoneOf('call the office')).to.deep.equal({ text: 'call the office' });
    const hostile = phoneOf('javascript:alert(1)//5550100')!;
    expect(hostile.tel).to.equal('tel:15550100');
    expect(phoneOf(undefined)).to.equal(undefined);
  });
});

describe('contribution links', () => {
  it('builds each service’s own link from a handle', () => {
    expect(contribution('venmo', '@shoulder-to-shoulder')).to.deep.equal({ service: 'venmo', handle: '@shoulder-to-shoulder', url: 'https://venmo.com/u/shoulder-to-shoulder' });
    expect(contribution('venmo', 'Brad_WakeUp')?.url).to.equal('https://venmo.com/u/Brad_WakeUp');
    expect(contribution('square', '$AAGroupName')).to.deep.equal({ service: 'square', handle: '$AAGroupName', url: 'https://cash.app/$AAGroupName' });
    expect(contribution('paypal', 'eamclubhouse')).to.deep.equal({ service: 'paypal', handle: 'eamclubhouse', url: 'https://www.paypal.com/paypalme/eamclubhouse' });
    expect(contribution('homegroup', 'tbc')).to.deep.equal({ service: 'homegroup', handle: 'tbc', url: 'https://donate.homegroup.online/tbc/' });
  });

  it('reads the service’s own links down to their handle', () => {
    expect(contribution('paypal', 'https://paypal.me/test')?.url).to.equal('https://www.paypal.com/paypalme/test');
    expect(contribution('paypal', 'https://www.paypal.com/paypalme/Group42/')?.url).to.equal('https://www.paypal.com/paypalme/Group42');
    expect(contribution('venmo', 'https://venmo.com/u/Serenity-Now')?.url).to.equal('https://venmo.com/u/Serenity-Now');
    expect(contribution('square', 'https://cash.app/$Hope12')?.url).to.equal('https://cash.app/$Hope12');
    expect(contribution('homegroup', 'https://donate.homegroup.online/tbc/')?.url).to.equal('https://donate.homegroup.online/tbc/');
  });

  it('refuses anything that is not exactly a handle or the service’s own link', () => {
    const hostile: Array<[Parameters<typeof contribution>[0], string]> = [
      ['paypal', 'Password: Surr419!'],
      ['paypal', 'javascript:alert(1)'],
      ['paypal', 'https://evil.example/paypalme/x'],
      ['paypal', 'https://paypal.me.evil.example/x'],
      ['paypal', 'https://evil.example\\@paypal.me/x'],
      ['paypal', 'http://paypal.me/x'],
      ['paypal', 'a/../../evil'],
      ['paypal', 'name?redirect=https://evil.example'],
      ['paypal', 'twenty-one-characters1'],
      ['venmo', '@abc'],
      ['venmo', '@a b c d e'],
      ['venmo', '@group%2F..%2Fevil'],
      ['venmo', 'https://venmo.com/u/group/../../evil'],
      ['venmo', '@ｇｒｏｕｐｎａｍｅ'],
      ['square', '$123'],
      ['square', '$$x'],
      ['square', '$x#y'],
      ['square', 'https://cash.app.evil.example/$x'],
      ['homegroup', 'tbc/../admin'],
      ['homegroup', '<img src=x onerror=alert(1)>'],
      ['homegroup', 'https://evil.example/tbc'],
    ];
    for (const [service, text] of hostile) expect(contribution(service, text), `${service} ${text}`).to.equal(undefined);
  });
});
