import { expect } from '@open-wc/testing';
import { parseSrcset, safeSrcset } from '../src/internal/safe-url.js';

describe("parseSrcset (the HTML standard's srcset parsing)", () => {
  const cases: [string, [string, string][]][] = [
    ['a.png', [['a.png', '']]],
    [
      'a.png 1x, b.png 2x',
      [
        ['a.png', '1x'],
        ['b.png', '2x'],
      ],
    ],
    // A comma right after a URL ends it, with or without white space after it.
    [
      'a.png 1x,b.png 2x',
      [
        ['a.png', '1x'],
        ['b.png', '2x'],
      ],
    ],
    ['a.png,b.png 2x', [['a.png,b.png', '2x']]],
    [
      'a.png, b.png 2x',
      [
        ['a.png', ''],
        ['b.png', '2x'],
      ],
    ],
    [
      'a.png,, b.png',
      [
        ['a.png', ''],
        ['b.png', ''],
      ],
    ],
    [
      ' ,, a.png 480w ,\n\tb.png 800w ',
      [
        ['a.png', '480w'],
        ['b.png', '800w'],
      ],
    ],
    // Commas inside a data: URL belong to it.
    [
      'data:image/png;base64,AAAA 1x, b.png 2x',
      [
        ['data:image/png;base64,AAAA', '1x'],
        ['b.png', '2x'],
      ],
    ],
    // Invalid descriptors drop their candidate only.
    ['a.png 1x 2x, b.png 2x', [['b.png', '2x']]],
    ['a.png 100w 2x, b.png', [['b.png', '']]],
    ['a.png 0w, b.png -1x, c.png 1.5x', [['c.png', '1.5x']]],
    ['a.png (foo, bar) 1x, b.png 2x', [['b.png', '2x']]],
    ['a.png 100h, b.png 100w 50h', [['b.png', '100w']]],
    ['a.png 1q', []],
    ['', []],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(parseSrcset(input).map(({ url, descriptor }) => [url, descriptor])).to.deep.equal(expected);
    });
  }

  it('keeps what the browser would choose among the safe candidates', () => {
    const base = 'https://example.org/news/';
    expect(safeSrcset('a.png 1x,javascript:alert(1) 2x, //cdn.example.org/b.png 3x', base)).to.deep.equal({
      srcset: 'https://example.org/news/a.png 1x, https://cdn.example.org/b.png 3x',
      dropped: ['javascript:alert(1)'],
    });
    expect(safeSrcset('data:image/svg+xml,<svg> 1x', base)).to.deep.equal({ srcset: undefined, dropped: ['data:image/svg+xml,<svg>'] });
    expect(safeSrcset(42, base)).to.deep.equal({ srcset: undefined, dropped: [] });
  });
});
