/**
 * The event studio (studio/): a draft from an article or a JSON, edited by keyboard, checked as the
 * editor types, kept in IndexedDB across a reload, previewed in another language, exported as JSON
 * that validates. Axe runs on each step.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateEvent } from '../src/model/validate.js';
import { deleteDraft, listDrafts } from '../studio/drafts.js';
import { setStudioLocale } from '../studio/localization.js';
import type { StudioApp } from '../studio/studio-app/studio-app.js';
import '../studio/studio-app/define.js';
import { captureConsole, loadSeed } from './helpers.js';

const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const summary = () => document.querySelector<HTMLElement>('#problem-summary')!;
/** A button by its accessible name (its aria-label, else its text). */
const button = (app: Element, name: string | RegExp) =>
  [...app.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => {
    const label = candidate.getAttribute('aria-label') ?? candidate.textContent!.trim();
    return typeof name === 'string' ? label === name : name.test(label);
  })!;

/**
 * The studio without its preview: axe on the whole studio (library elements and map included) takes
 * seconds, so steps that change only the form check the form.
 */
const main = (app: StudioApp) => app.querySelector<HTMLElement>('main')!;

/** Every studio mounted, so that each test's last saves end before the next test clears the drafts. */
const mounted: StudioApp[] = [];

async function mount(): Promise<StudioApp> {
  const app = await fixture<StudioApp>(html`<studio-app></studio-app>`);
  mounted.push(app);
  await app.refreshDrafts();
  await app.updateComplete;
  return app;
}

/** Opens a group of the form as the editor does, by its summary. */
async function openGroup(app: StudioApp, id: string): Promise<void> {
  await waitUntil(() => Boolean(byId(id)), `group ${id}`, { timeout: 2000 });
  const details = byId<HTMLDetailsElement>(id);
  if (!details.open) details.querySelector('summary')!.click();
  await waitUntil(() => Boolean(details.querySelector('.group-body')), `group ${id} open`, { timeout: 2000 });
  await app.updateComplete;
}

/** Opens a JSON through the file input, as the editor would. */
async function openJsonFile(app: StudioApp, json: unknown): Promise<void> {
  const input = app.querySelector<HTMLInputElement>('input[type="file"][accept^=".json"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([JSON.stringify(json)], 'event.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => app.status !== '', 'the JSON opened', { timeout: 2000 });
  await app.updateComplete;
}

/** Replaces a control's text with the keyboard (its text selected, as a triple click would). */
async function retype(id: string, text: string): Promise<void> {
  byId(id).focus();
  byId(id).select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

describe('event studio', function () {
  // Seconds each on an idle machine; axe over the whole studio (the preview's elements and map
  // included) is the slow part, and on a shared, loaded machine it takes several times longer.
  this.timeout(30_000);
  // The first studio on the page loads the library's modules through the test server and axe warms
  // up, which takes seconds once; each test after it takes about one.
  before(async function () {
    this.timeout(30_000);
    const app = await mount();
    app.openJson(JSON.stringify(await loadSeed()));
    await app.updateComplete;
    await expect(app).to.be.accessible();
    app.remove();
  });

  beforeEach(async () => {
    for (const draft of await listDrafts()) await deleteDraft(draft.id);
  });
  afterEach(async () => {
    await Promise.all(mounted.splice(0).map((app) => app.saved));
    await setStudioLocale('en');
  });

  it('drafts a document from a pasted article, shows what to check, and a problem fixed by keyboard leaves JSON that validates', async () => {
    const app = await mount();
    const article = await (await fetch('/test/fixtures/import/seed.txt')).text();
    const paste = byId<HTMLTextAreaElement>('import-text');
    paste.focus();
    // What a paste does to the box (typing six thousand characters would take the test's time).
    paste.value = article;
    paste.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('import-base');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent!.trim()).to.equal('Make a draft from it');
    await sendKeys({ press: 'Enter' });
    await app.updateComplete;
    expect(app.querySelector('.import [role="status"]')!.textContent).to.match(/^Imported\./);
    expect(summary().textContent).to.contain('No problems');
    // The importer's notes beside their fields: the title was read from the text.
    expect(app.querySelector('studio-form .finding')).to.exist;
    await expect(app).to.be.accessible();

    await retype('field-title', '');
    await app.updateComplete;
    const title = byId('field-title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const message = byId<HTMLElement>(
      title
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-problem'))!,
    );
    expect(message.textContent).to.contain('This field is required.');
    expect(summary().textContent).to.contain('1 problem');
    expect(app.querySelector('[aria-live="polite"]')!.textContent).to.contain('1 problem');
    await expect(main(app)).to.be.accessible();

    // From the summary's link to the field, by keyboard.
    summary().querySelector('a')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(title);
    await sendKeys({ type: 'Opening' });
    await app.updateComplete;
    expect(title.hasAttribute('aria-invalid')).to.be.false;
    expect(summary().textContent).to.contain('No problems');
    await expect(main(app)).to.be.accessible();

    button(app, 'Copy the JSON').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => app.copied !== '', 'the JSON copied', { timeout: 2000 });
    const exported = JSON.parse(app.copied);
    expect(validateEvent(exported).ok).to.be.true;
    expect(exported.title).to.equal('Opening');
    expect(exported.seminars[0].durationDays).to.equal(21);
  });

  it('opens a saved HTML page with the article’s address, so its images resolve and show in their fields', async () => {
    const app = await mount();
    const page = await (await fetch('/test/fixtures/import/seed.html')).text();
    byId('import-base').value = 'https://college.example.edu/news/2023/0703.html';
    const input = app.querySelector<HTMLInputElement>('input[type="file"][accept^=".html"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([page], 'article.html', { type: 'text/html' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => app.status !== '', 'the page imported', { timeout: 2000 });
    await app.updateComplete;
    expect((app.draft as any).photos[0].src).to.equal('https://college.example.edu/news/2023/images/2023/0629/opening.jpg');
    await openGroup(app, 'field-photos_5b0_5d-group');
    const preview = byId('field-photos_5b0_5d-group').querySelector<HTMLImageElement>('.image-preview img')!;
    expect(preview.getAttribute('src')).to.equal('https://college.example.edu/news/2023/images/2023/0629/opening.jpg');
    // A script URL typed into the image's address shows no image, in the field or in the preview.
    const { messages } = await captureConsole(async () => {
      await retype('field-photos_5b0_5d_2esrc', 'javascript:alert(1)');
      await app.updateComplete;
    });
    expect(messages.at(-1)).to.contain('expected an http(s), relative or data:image URL');
    expect(byId('field-photos_5b0_5d-group').querySelector('.image-preview img')).to.be.null;
    await expect(main(app)).to.be.accessible();
  });

  it('exports JSON that validates, named by date and slug, and an HTML snippet with the remembered asset URL', async () => {
    const app = await mount();
    const seed = await loadSeed();
    await openJsonFile(app, seed);
    expect(button(app, /^Download /).textContent).to.contain('2023-06-29-');
    await app.copy('json');
    const exported = JSON.parse(app.copied);
    expect(validateEvent(exported).ok).to.be.true;
    expect(exported.title).to.deep.equal(seed.title);

    const asset = byId('asset-url');
    asset.value = 'https://cdn.example.org/eh';
    asset.dispatchEvent(new Event('change'));
    await app.copy('snippet');
    expect(app.copied).to.contain('<script type="module" src="https://cdn.example.org/eh/event-highlights.js"></script>');
    expect(app.copied).to.match(/<speech-block speaker="/);
    expect(localStorage.getItem('event-studio:asset-url')).to.equal('https://cdn.example.org/eh');
    await app.updateComplete;
    await expect(app).to.be.accessible();
  });

  it('recovers the draft after a reload (a new studio on the same IndexedDB)', async () => {
    let app = await mount();
    await openJsonFile(app, await loadSeed());
    await retype('field-title', 'Draft kept across a reload');
    await app.saved;
    app.remove();

    app = await mount();
    const open = button(app, 'Open “Draft kept across a reload”');
    expect(open, 'the saved draft is offered').to.exist;
    await expect(app).to.be.accessible();
    open.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => byId('field-title')?.value === 'Draft kept across a reload', 'the draft reopened', { timeout: 2000 });
    await app.updateComplete;
    expect((app.draft as any).seminars[0].name).to.deep.equal((await loadSeed()).seminars[0]!.name);
    await expect(app).to.be.accessible();

    // Several drafts are kept, each deletable.
    button(app, 'New blank draft').click();
    await app.saved;
    await app.refreshDrafts();
    await app.updateComplete;
    button(app, 'Delete “Draft kept across a reload”').click();
    await waitUntil(() => !button(app, 'Delete “Draft kept across a reload”'), 'the draft deleted', { timeout: 2000 });
    expect((await listDrafts()).map((draft) => draft.title)).to.deep.equal(['Untitled draft']);
  });

  it('undoes and redoes a field’s edit, by keyboard and by buttons', async () => {
    const app = await mount();
    await openJsonFile(app, await loadSeed());
    const before = byId('field-venue').value;
    await retype('field-venue', 'Another venue');
    await app.updateComplete;
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await app.updateComplete;
    expect(byId('field-venue').value).to.equal(before);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await app.updateComplete;
    expect(byId('field-venue').value).to.equal('Another venue');
    button(app, 'Undo').click();
    await app.updateComplete;
    expect(byId('field-venue').value).to.equal(before);
    button(app, 'Redo').click();
    await app.updateComplete;
    expect(byId('field-venue').value).to.equal('Another venue');
  });

  it('adds, reorders (by keyboard) and removes an item of a repeating group', async () => {
    const app = await mount();
    const seed = await loadSeed();
    await openJsonFile(app, { ...seed, attendees: [] });
    await openGroup(app, 'field-attendees');
    button(app, 'Add to Attendees').click();
    await app.updateComplete;
    expect(summary().textContent).to.contain('Attendees, item 1 › Name');
    await retype('field-attendees_5b0_5d_2ename', 'First Person');
    button(app, 'Add to Attendees').click();
    await app.updateComplete;
    await retype('field-attendees_5b1_5d_2ename', 'Second Person');
    await app.updateComplete;
    await expect(main(app)).to.be.accessible();

    byId<HTMLButtonElement>('field-attendees_5b1_5d-up').focus();
    await sendKeys({ press: 'Enter' });
    await app.updateComplete;
    const names = () => ((app.draft as any).attendees as { name: string }[]).map((attendee) => attendee.name);
    expect(names()).to.deep.equal(['Second Person', 'First Person']);
    expect(byId('field-attendees_5b0_5d_2ename').value).to.equal('Second Person');
    expect(document.activeElement!.id).to.equal('field-attendees_5b0_5d-down');

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('field-attendees_5b0_5d-remove');
    await sendKeys({ press: 'Enter' });
    await app.updateComplete;
    expect(names()).to.deep.equal(['First Person']);
    await expect(main(app)).to.be.accessible();
  });

  it('picks a country by its name with the combobox, by keyboard', async () => {
    const app = await mount();
    await openJsonFile(app, await loadSeed());
    for (const group of ['field-seminars_5b0_5d-group', 'field-seminars_5b0_5d_2eparticipants', 'field-seminars_5b0_5d_2eparticipants_2ecountries'])
      await openGroup(app, group);
    const input = byId('field-seminars_5b0_5d_2eparticipants_2ecountries_5b0_5d');
    input.focus();
    await sendKeys({ type: 'Germ' });
    await app.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await expect(main(app)).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await app.updateComplete;
    expect((app.draft as any).seminars[0].participants.countries[0]).to.equal('DE');
  });

  it('switches the studio and its preview to another language', async () => {
    const app = await mount();
    await openJsonFile(app, await loadSeed());
    const card = app.querySelector('studio-preview event-card')!;
    await waitUntil(() => Boolean(card.shadowRoot?.textContent?.includes('participants')), 'the card in English', { timeout: 4000 });
    const select = app.querySelector<HTMLSelectElement>('studio-preview select')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => document.documentElement.lang === 'es' && Boolean(card.shadowRoot?.textContent?.includes('participantes')), 'the card in Spanish', {
      timeout: 4000,
    });
    await app.updateComplete;
    expect(app.querySelector('h1')!.textContent).to.equal('Estudio de eventos');
    await expect(app).to.be.accessible();

    // The reader's width and theme.
    app.querySelectorAll<HTMLInputElement>('studio-preview input[name="preview-width"]')[1]!.click();
    app.querySelectorAll<HTMLInputElement>('studio-preview input[name="preview-theme"]')[1]!.click();
    await app.updateComplete;
    await app.querySelector('studio-preview')!.updateComplete;
    expect(app.querySelector<HTMLElement>('studio-preview .preview-page')!.getBoundingClientRect().width).to.equal(768);
    expect(card.getAttribute('theme')).to.equal('dark');
  });
});
