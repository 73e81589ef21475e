// A host page whose scripts added enumerable properties to Object.prototype before ours ran (old
// CMS plugins and analytics snippets do): every element still upgrades and renders exactly what it
// renders on a clean page, from the bundle and from the npm modules alike. Names of our own
// options and of the model's fields are polluted too, so that nothing is read through the
// prototype chain (an absent optional field must stay absent, not become "POLLUTED").
import { expect } from '@open-wc/testing';
import { elementsReady, openFrame, TAGS } from './embed/frames.js';
import { loadSeed, sleep } from './helpers.js';

type Frame = HTMLIFrameElement & { contentWindow: Window & { __errors?: string[] } };

/** Each element's shadow DOM as text, without Lit's comment markers (their numbers differ per page). */
function shadowHtml(frame: HTMLIFrameElement): Record<string, string> {
  const doc = frame.contentDocument!;
  const out: Record<string, string> = {};
  for (const tag of TAGS) {
    const el = doc.querySelector(tag)!;
    // The page's own URL (in the card's link) carries the test's query: left out.
    out[tag] = el.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/clean\.html\?[^#"]*/g, 'clean.html');
  }
  return out;
}

/**
 * Gives the speech block, the map, the photo, the credits and the attendees data made in the
 * frame's own realm, whose objects inherit the polluted prototype.
 */
async function feed(frame: HTMLIFrameElement): Promise<void> {
  const seed = await loadSeed();
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const speech = doc.querySelector('speech-block') as HTMLElement & { speech: unknown; updateComplete: Promise<unknown> };
  // Parsed in the frame: its objects have the frame's (polluted) Object.prototype.
  speech.speech = win.JSON.parse(JSON.stringify(seed.speeches![1]));
  const map = doc.querySelector('participant-country-map') as HTMLElement & { event: unknown; updateComplete: Promise<unknown> };
  map.event = win.JSON.parse(JSON.stringify(seed));
  const photo = doc.querySelector('group-photo') as HTMLElement & { photo: unknown; updateComplete: Promise<unknown> };
  photo.photo = win.JSON.parse(JSON.stringify(seed.photos!.at(-1)));
  const credits = doc.querySelector('photo-credit') as HTMLElement & { credits: unknown; updateComplete: Promise<unknown> };
  credits.credits = win.JSON.parse(JSON.stringify(seed.credits));
  // The whole event: its attendees are read from an object whose prototype is polluted.
  const attendees = doc.querySelector('attendee-list') as HTMLElement & { event: unknown; updateComplete: Promise<unknown> };
  attendees.event = win.JSON.parse(JSON.stringify(seed));
  await Promise.all([speech, map, photo, credits, attendees].map((el) => el.updateComplete));
  // Late work gets a moment to throw or report, which must not happen (there is no event for it).
  await sleep(100);
}

/** Where two renderings part, with some context ('' when they are the same): readable failures. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i += 1;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… instead of …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

async function render(query: string): Promise<{ html: Record<string, string>; errors: string[] }> {
  const frame = (await openFrame(`/test/embed/clean.html?${query}`)) as Frame;
  try {
    await elementsReady(frame);
    await feed(frame);
    return { html: shadowHtml(frame), errors: frame.contentWindow.__errors ?? [] };
  } finally {
    frame.remove();
  }
}

const POLLUTIONS: [string, string][] = [
  ['a string property', 'polluted:string'],
  ['a function (jQuery-era "extend")', 'extend:function,each:function,clone:function'],
  // Our options and the validator's settings: a destructured option must not pick them up.
  [
    'option names',
    'timeout:number,base:string,locale:string,url:string,parse:function,shared:true,maxBytes:number,' +
      'abortEarly:true,abortPipeEarly:true,message:string,lang:string',
  ],
  // The model's optional fields: absent in the data, they must not be read from the prototype.
  [
    'model fields',
    'photos:string,summary:string,credits:string,attendees:string,kind:string,format:string,' +
      'honorific:string,quote:string,caption:string,region:string,perCountry:string,visits:string,end:string,' +
      'timeOfDay:string,timeZoneLabel:string,alt:string,url:string',
  ],
];

for (const [bundle, label] of [
  ['bundle=modules', 'the npm modules'],
  ['', 'the single-file bundle'],
] as const) {
  describe(`Object.prototype polluted before ${label} loads`, function () {
    this.timeout(60_000);
    let clean: Record<string, string>;
    before(async () => {
      clean = (await render(bundle || 'bundle=bundle')).html;
    });

    for (const [what, names] of POLLUTIONS) {
      it(`every element renders as on a clean page: ${what}`, async () => {
        const { html: polluted, errors } = await render(`${bundle ? `${bundle}&` : ''}pollute=${encodeURIComponent(names)}`);
        expect(errors, 'uncaught errors').to.deep.equal([]);
        for (const tag of TAGS) {
          expect(polluted[tag], `<${tag}>`).not.to.include('POLLUTED');
          expect(firstDifference(polluted[tag]!, clean[tag]!), `<${tag}> differs from the clean page's`).to.equal('');
        }
      });
    }
  });
}
