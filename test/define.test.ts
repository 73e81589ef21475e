// Registration under our names and others (#13 item 4): a page that defines an element of the same
// name first keeps its own, the console says so truthfully (not "loaded twice"), and
// `static define(tag)` registers ours under another name.
import { expect, waitUntil } from '@open-wc/testing';
import { captureConsole, loadSeed } from './helpers.js';

describe('registration', () => {
  it("a page's own <event-card> is kept; the warning says another script defined it, and how to register ours", async () => {
    class TheirCard extends HTMLElement {}
    customElements.define('event-card', TheirCard);
    const { messages } = await captureConsole(() => import('../src/event-card/define.js'));
    expect(customElements.get('event-card') === TheirCard).to.equal(true);
    expect(messages).to.deep.equal([
      "<event-card> is already defined by another script; this library's element was not registered; use EventCard.define('eh-event-card') to register it " +
        'under another name.',
    ]);
  });

  it("EventCard.define('eh-event-card') registers ours under that name, which renders the card", async () => {
    const { EventCard } = await import('../src/event-card/event-card.js');
    const seed = await loadSeed();
    const { messages } = await captureConsole(() => {
      EventCard.define('eh-event-card');
      // Asked again (two scripts of the page, say): already ours, nothing to say.
      EventCard.define('eh-event-card');
    });
    expect(messages).to.deep.equal([]);
    const card = document.createElement('eh-event-card') as InstanceType<typeof EventCard>;
    expect(card).to.be.instanceOf(EventCard);
    card.event = seed;
    document.body.append(card);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]')?.textContent === seed.title, 'the title', { timeout: 3000 });
    card.remove();
  });

  it('a class registered already takes a second name (as a subclass): <group-photo> and <eh-group-photo>', async () => {
    const { GroupPhoto } = await import('../src/group-photo/define.js');
    expect(customElements.get('group-photo') === GroupPhoto).to.equal(true);
    const { messages } = await captureConsole(() => GroupPhoto.define('eh-group-photo'));
    expect(messages).to.deep.equal([]);
    expect(document.createElement('eh-group-photo')).to.be.instanceOf(GroupPhoto);
    expect(customElements.get('group-photo') === GroupPhoto).to.equal(true);
  });

  it('the same library loaded twice: one warning that says so; the first definition is kept', async () => {
    const { GroupPhoto } = await import('../src/group-photo/group-photo.js');
    // Another copy of the library (the bundle beside the npm modules) has its own class of the same name.
    const { messages } = await captureConsole(() => class extends GroupPhoto {}.define('group-photo'));
    expect(messages).to.deep.equal([
      '<group-photo>: already defined on this page by another copy of event-highlights (the library was loaded twice); the first definition is kept.',
    ]);
    expect(customElements.get('group-photo') === GroupPhoto).to.equal(true);
  });
});
