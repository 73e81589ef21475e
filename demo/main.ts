import { matchLocale, setLocale, validateEvent, type EventArticle } from '../src/index.js';

// The language comes from ?lang= (so a link can choose it), else from what the reader chose
// last time, else English; the choice survives a reload.
const select = document.querySelector<HTMLSelectElement>('#language')!;
const fromUrl = new URL(location.href).searchParams.get('lang');
const initial = matchLocale(fromUrl ?? localStorage.getItem('event-highlights-demo:lang') ?? 'en');

function choose(locale: string): void {
  document.documentElement.lang = locale;
  select.value = locale;
  localStorage.setItem('event-highlights-demo:lang', locale);
  const url = new URL(location.href);
  url.searchParams.set('lang', locale);
  history.replaceState(null, '', url);
}

choose(initial);
select.addEventListener('change', () => choose(select.value));
// The elements follow <html lang>; setLocale(null) says so explicitly.
void setLocale(null);

/** The seed's speeches, map, group photo and credits, from the same JSON as the card. */
async function renderArticle(): Promise<void> {
  const url = new URL('data/seed-2023-06-29-opening.json', location.href);
  const result = validateEvent(await (await fetch(url)).json());
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  const event: EventArticle = result.value;
  // Relative image URLs in the document are relative to the document.
  const absolute = (src: string) => new URL(src, url).href;
  for (const speech of event.speeches ?? []) {
    const block = document.createElement('speech-block');
    block.headingLevel = 3;
    block.speech = speech.photo ? { ...speech, photo: { ...speech.photo, src: absolute(speech.photo.src) } } : speech;
    document.querySelector('#speeches')!.append(block);
  }
  document.querySelector('participant-country-map')!.event = event;
  const group = event.photos?.find((photo) => photo.group);
  if (group) document.querySelector('group-photo')!.photo = { ...group, src: absolute(group.src) };
  document.querySelector('photo-credit')!.credits = event.credits ?? [];
}
void renderArticle();
