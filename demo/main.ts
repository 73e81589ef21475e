import { matchLocale, setLocale } from '../src/index.js';

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
