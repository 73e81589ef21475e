/**
 * The studio's page (studio/index.html): one <studio-app>. Localization is configured before the
 * library's elements load, as a host page must (localization.ts).
 */
import { setStudioLocale, startStudioLocalization } from './localization.js';
import './studio-app/define.js';

startStudioLocalization();
void setStudioLocale(localStorage.getItem('event-studio:locale') ?? navigator.language);
