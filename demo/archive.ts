/**
 * The archive page. The cards are in the HTML (demo/build/demo-pages.ts writes one per article of
 * data/index.json, with a plain link inside for readers without scripts); this loads the
 * card element (only it: a page loads what it shows) and the language switcher. Plain ESM, like
 * main.ts.
 */
import '../src/event-card/define.js';
import { startLanguageSwitcher } from './chrome.js';

startLanguageSwitcher();
