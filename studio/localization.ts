/**
 * The studio runs @lit/localize itself, as a host page of the library does (src/internal/locale.ts):
 * it declares so with `useHostLocalization()` before any element of the library connects, and its
 * loader hands out its own translations merged with the library's (`loadEventHighlightsTemplates`).
 * The studio's words stay in its own XLIFF (studio/locales/) and never enlarge the library's bundle.
 * One locale for the page: the studio and its preview speak the language chosen.
 */
import { configureLocalization } from '@lit/localize';
import { loadEventHighlightsTemplates, matchLocale, useHostLocalization } from '../src/internal/locale.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const studioLocales: readonly string[] = [sourceLocale, ...targetLocales];

let controls: ReturnType<typeof configureLocalization> | undefined;

async function loadLocale(locale: string) {
  const [own, library] = await Promise.all([
    import(`./generated/locales/${locale}.js`) as Promise<{ templates: object }>,
    loadEventHighlightsTemplates(locale),
  ]);
  // Ids are hashes of the English text, so a string both say ("Host") is one message: the library's
  // translation wins, so the preview reads as it will on the site.
  return { templates: { ...own.templates, ...library } } as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
}

/** Configures localization once for the page (the first studio element to connect does it). */
export function startStudioLocalization(): void {
  if (controls) return;
  useHostLocalization(sourceLocale);
  controls = configureLocalization({ sourceLocale, targetLocales, loadLocale });
}

export const studioLocale = () => controls?.getLocale() ?? sourceLocale;

/** Switches the studio and its preview to `locale` (any BCP 47 tag: the closest of the five); resolves when it shows. */
export async function setStudioLocale(locale: string): Promise<void> {
  startStudioLocalization();
  const target = matchLocale(locale);
  document.documentElement.lang = target;
  if (controls!.getLocale() !== target) await controls!.setLocale(target);
}
