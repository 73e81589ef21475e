/**
 * The demo's own words (its header, headings, labels and notes) in the five languages of the
 * library, and the date phrases of its article layout. The elements translate themselves; this
 * small table is for the page around them. No DOM here: vite.config.ts uses it too, to write the
 * article's header into the HTML at build time.
 */
import { addDays, utcDate } from '../src/model/calendar.js';
import { resolveText } from '../src/model/text.js';
import type { EventArticle, Text } from '../src/model/types.js';

export const LOCALES = ['en', 'es', 'pt-BR', 'zh-Hans', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each entry: [en, es, pt-BR, zh-Hans, fr]. `{0}`, `{1}` are filled in order. */
const TABLE = {
  skip: ['Skip to content', 'Saltar al contenido', 'Pular para o conteúdo', '跳到正文', 'Aller au contenu'],
  tagline: ['Web components demo', 'Demostración de componentes web', 'Demonstração de componentes web', 'Web 组件演示', 'Démo de composants web'],
  pages: ['Demo pages', 'Páginas de la demostración', 'Páginas da demonstração', '演示页面', 'Pages de la démo'],
  article: ['Article', 'Artículo', 'Artigo', '文章', 'Article'],
  archive: ['Archive', 'Archivo', 'Arquivo', '文章归档', 'Archives'],
  handwritten: ['Hand-written page', 'Página escrita a mano', 'Página escrita à mão', '手写页面', 'Page écrite à la main'],
  language: ['Language', 'Idioma', 'Idioma', '语言', 'Langue'],
  published: ['Published {0}', 'Publicado el {0}', 'Publicado em {0}', '发布于{0}', 'Publié le {0}'],
  morning: ['{0}, morning', '{0}, por la mañana', '{0}, pela manhã', '{0}上午', '{0}, le matin'],
  afternoon: ['{0}, afternoon', '{0}, por la tarde', '{0}, à tarde', '{0}下午', '{0}, l’après-midi'],
  evening: ['{0}, evening', '{0}, por la noche', '{0}, à noite', '{0}晚上', '{0}, le soir'],
  clock: ['{0}, {1}', '{0}, {1}', '{0}, {1}', '{0} {1}', '{0}, {1}'],
  languageNote: [
    'This article was published in English. The page’s labels, dates and country names follow the language you choose.',
    'Este artículo se publicó en inglés. Las etiquetas, las fechas y los nombres de países de la página siguen el idioma que elija.',
    'Este artigo foi publicado em inglês. Os rótulos, as datas e os nomes de países da página seguem o idioma escolhido.',
    '本文以英文发布。页面上的标签、日期和国家名称会随您选择的语言显示。',
    'Cet article a été publié en anglais. Les libellés, les dates et les noms de pays de la page suivent la langue choisie.',
  ],
  attendees: ['Attendees', 'Asistentes', 'Presentes', '出席人员', 'Personnalités présentes'],
  speeches: ['Speeches', 'Discursos', 'Discursos', '致辞', 'Discours'],
  participants: ['Participants', 'Participantes', 'Participantes', '参训学员', 'Participants'],
  programme: ['Programme and visits', 'Programa y visitas', 'Programa e visitas', '研修安排与参访', 'Programme et visites'],
  credits: ['Credits', 'Créditos', 'Créditos', '署名', 'Crédits'],
  more: ['More highlights', 'Más noticias', 'Mais destaques', '更多活动', 'Autres temps forts'],
  host: ['Host', 'Anfitrión', 'Anfitrião', '主办单位', 'Hôte'],
  organizer: ['Organizer', 'Organizador', 'Organizador', '承办单位', 'Organisateur'],
  duration: ['Duration', 'Duración', 'Duração', '时长', 'Durée'],
  dates: ['Dates', 'Fechas', 'Datas', '日期', 'Dates'],
  visits: ['Visits', 'Visitas', 'Visitas', '参访', 'Visites'],
  dayOne: ['{0} day', '{0} día', '{0} dia', '{0}天', '{0} jour'],
  dayOther: ['{0} days', '{0} días', '{0} dias', '{0}天', '{0} jours'],
  sample: ['Sample data', 'Datos de ejemplo', 'Dados de exemplo', '示例数据', 'Données d’exemple'],
  sampleNote: [
    'Sample data: this article was invented for the demo and describes no real event.',
    'Datos de ejemplo: este artículo se inventó para la demostración y no describe ningún evento real.',
    'Dados de exemplo: este artigo foi inventado para a demonstração e não descreve nenhum evento real.',
    '示例数据：本文为演示而编写，并非真实活动。',
    'Données d’exemple : cet article a été inventé pour la démo et ne décrit aucun événement réel.',
  ],
  archiveTitle: [
    'Activity Highlights archive',
    'Archivo de Activity Highlights',
    'Arquivo do Activity Highlights',
    '“Activity Highlights”文章归档',
    'Archives d’Activity Highlights',
  ],
  archivePageTitle: [
    'Archive · Activity Highlights',
    'Archivo · Activity Highlights',
    'Arquivo · Activity Highlights',
    '文章归档 · Activity Highlights',
    'Archives · Activity Highlights',
  ],
  archiveIntro: [
    'Every article of the demo. The real article is the opening of June 29, 2023; those marked “Sample data” are invented to show other kinds of events.',
    'Todos los artículos de la demostración. El artículo real es la apertura del 29 de junio de 2023; los marcados como «Datos de ejemplo» se inventaron ' +
      'para mostrar otros tipos de eventos.',
    'Todos os artigos da demonstração. O artigo real é a abertura de 29 de junho de 2023; os marcados como “Dados de exemplo” foram inventados para ' +
      'mostrar outros tipos de eventos.',
    '演示中的全部文章。真实文章是2023年6月29日的开班仪式；标有“示例数据”的文章为展示其他类型的活动而编写。',
    'Tous les articles de la démo. L’article réel est l’ouverture du 29 juin 2023 ; ceux marqués « Données d’exemple » ont été inventés pour montrer ' +
      'd’autres types d’événements.',
  ],
  footer: [
    'A demo of the event-highlights web components. The article is the “Activity Highlights” news of the seminar’s opening; its photos are placeholders.',
    'Una demostración de los componentes web event-highlights. El artículo es la noticia «Activity Highlights» de la apertura del seminario; sus fotos son ' +
      'marcadores de posición.',
    'Uma demonstração dos componentes web event-highlights. O artigo é a notícia “Activity Highlights” da abertura do seminário; as fotos são imagens ' +
      'provisórias.',
    'event-highlights Web 组件演示。文章为研修班开班的“Activity Highlights”新闻，图片为占位图。',
    'Une démo des composants web event-highlights. L’article est l’actualité « Activity Highlights » de l’ouverture du séminaire ; ses photos sont des ' +
      'images provisoires.',
  ],
  loadError: [
    'This article could not be loaded.',
    'No se pudo cargar este artículo.',
    'Não foi possível carregar este artigo.',
    '无法加载这篇文章。',
    'Impossible de charger cet article.',
  ],
  retry: ['Try again', 'Reintentar', 'Tentar novamente', '重试', 'Réessayer'],
} satisfies Record<string, [string, string, string, string, string]>;

export type Key = keyof typeof TABLE;

/** Maps any tag to one of the five locales (`es-MX` → `es`, `zh-CN` → `zh-Hans`), else English. */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  return LOCALES.find((locale) => locale.toLowerCase() === lower) ?? LOCALES.find((locale) => locale.split('-')[0] === lower.split('-')[0]) ?? 'en';
}

export function isKey(key: string): key is Key {
  return Object.hasOwn(TABLE, key);
}

/** The phrase `key` in `locale`, with `{0}`, `{1}`... replaced by `args`. */
export function t(key: Key, locale: Locale, ...args: string[]): string {
  return TABLE[key][LOCALES.indexOf(locale)]!.replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** "21 days", "21 días", "21天". */
export function days(n: number, locale: Locale): string {
  const count = new Intl.NumberFormat(locale).format(n);
  return t(new Intl.PluralRules(locale).select(n) === 'one' ? 'dayOne' : 'dayOther', locale, count);
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date formats, made once per language and options: making one costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** A date of the model ("2023-06-29", "2023-06", "2023") in the reader's language; other forms as written. */
export function formatDate(value: string, locale: Locale): string {
  const parts = value.split('-').map(Number);
  // utcDate, not Date.UTC: the years 0–99 stay themselves.
  if (FULL_DATE.test(value)) return dateFormat(locale, { dateStyle: 'long' }).format(utcDate(parts[0]!, parts[1]!, parts[2]!));
  if (/^\d{4}-\d{2}$/.test(value)) return dateFormat(locale, { year: 'numeric', month: 'long' }).format(utcDate(parts[0]!, parts[1]!, 1));
  return value;
}

/** "June 29 – July 19, 2023", from two full dates. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  const date = (value: string) => {
    const [y, m, d] = value.split('-').map(Number);
    return utcDate(y!, m!, d!);
  };
  if (!FULL_DATE.test(start) || !FULL_DATE.test(end)) return [start, end].map((value) => formatDate(value, locale)).join(' – ');
  if (locale === 'zh-Hans') {
    // ICU's Chinese ranges fall back to numeric dates ("2023/6/29 – 2023/7/19"): 2023年6月29日至7月19日.
    const sameYear = start.slice(0, 4) === end.slice(0, 4);
    const tail = dateFormat(locale, sameYear ? { month: 'long', day: 'numeric' } : { year: 'numeric', month: 'long', day: 'numeric' }).format(date(end));
    return `${formatDate(start, locale)}至${tail}`;
  }
  return dateFormat(locale, { dateStyle: 'long' }).formatRange(date(start), date(end));
}

/** The last day of a seminar that starts on `start` and lasts `durationDays` (as toJsonLd reckons it). */
export function lastDay(start: string, durationDays: number): string | undefined {
  return addDays(start, durationDays - 1);
}

/** The article's date line: "June 29, 2023, morning · Published July 3, 2023". */
export function dateline(event: EventArticle, locale: Locale): { when: string | undefined; datetime: string | undefined; published: string | undefined } {
  const dates = event.dates;
  let when: string | undefined;
  if (dates?.start) {
    const range = dates.end ? formatDateRange(dates.start, dates.end, locale) : formatDate(dates.start, locale);
    const time = dates.timeOfDay;
    when = time === 'morning' || time === 'afternoon' || time === 'evening' ? t(time, locale, range) : time ? t('clock', locale, range, time) : range;
    const zone = resolveText(dates.timeZoneLabel, locale, event.lang)?.text;
    if (zone) when += ` (${zone.replace(/^\s*\((.*)\)\s*$/, '$1')})`;
  }
  return {
    when,
    datetime: dates?.start && /^\d{4}/.test(dates.start) ? dates.start : undefined,
    published: event.created ? t('published', locale, formatDate(event.created, locale)) : undefined,
  };
}

/** The text of a field in the reader's language, with the language it is in. */
export function textOf(value: Text | undefined, locale: Locale, event: EventArticle): { text: string; lang: string | undefined } | undefined {
  return resolveText(value, locale, event.lang);
}
