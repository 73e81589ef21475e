/**
 * The studio's styles, one sheet adopted by the page when <studio-app> connects (its elements draw
 * into the light DOM, see studio-app.ts). Light and dark follow the system; focus is always visible.
 */
const css = String.raw;

export const studioStyles = new CSSStyleSheet();
studioStyles.replaceSync(css`
  :root {
    color-scheme: light dark;
    --s-text: light-dark(#1c2128, #e6edf3);
    --s-muted: light-dark(#4f5b69, #a7b3c0);
    --s-bg: light-dark(#f6f8fa, #0d1117);
    --s-surface: light-dark(#ffffff, #161b22);
    --s-border: light-dark(#8c959f, #6e7681);
    --s-accent: light-dark(#0b5cad, #79b8ff);
    --s-on-accent: light-dark(#ffffff, #0d1117);
    --s-danger: light-dark(#b42318, #ff9c94);
    --s-guess: light-dark(#7a4b00, #f2cc60);
    --s-focus: light-dark(#0b5cad, #79b8ff);
  }
  body {
    margin: 0;
    background: var(--s-bg);
    color: var(--s-text);
    font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  }
  studio-app {
    display: block;
    padding: 0 1rem 2rem;
  }
  studio-app :focus-visible {
    outline: 3px solid var(--s-focus);
    outline-offset: 2px;
  }
  .studio-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block: 0.75rem;
  }
  .studio-header h1 {
    margin: 0;
    font-size: 1.5rem;
  }
  .studio-layout {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 1100px) {
    .studio-layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    studio-preview {
      position: sticky;
      top: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .panel,
  studio-form > form,
  .preview {
    background: var(--s-surface);
    border: 1px solid var(--s-border);
    border-radius: 8px;
    padding: 0.75rem 1rem;
    margin-block-end: 1rem;
  }
  .panel h2,
  .preview h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  .summary.has-problems {
    border-color: var(--s-danger);
    border-inline-start-width: 6px;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--s-accent);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .field {
    margin-block: 0.6rem;
  }
  .field.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .field.check label {
    display: inline;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 40rem;
    font: inherit;
    color: inherit;
    background: var(--s-surface);
    border: 1px solid var(--s-border);
    border-radius: 4px;
    padding: 0.35rem 0.5rem;
  }
  [aria-invalid='true'] {
    border-color: var(--s-danger) !important;
    border-width: 2px !important;
  }
  button {
    font: inherit;
    color: var(--s-on-accent);
    background: var(--s-accent);
    border: 1px solid var(--s-accent);
    border-radius: 4px;
    padding: 0.3rem 0.75rem;
    cursor: pointer;
    min-block-size: 24px;
  }
  button.small {
    font-size: 0.875rem;
    color: var(--s-accent);
    background: transparent;
  }
  button.danger {
    color: var(--s-danger);
    border-color: var(--s-danger);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .actions,
  .history-tools,
  .item-tools,
  .language-row,
  .counts-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    margin-block: 0.4rem;
  }
  .language-row select {
    inline-size: auto;
  }
  .language-row input,
  .language-row textarea {
    flex: 1 1 14rem;
  }
  .counts-row studio-country-picker {
    flex: 1 1 12rem;
  }
  .counts-row input {
    inline-size: 6rem;
  }
  .counts-row label {
    font-weight: normal;
  }
  .hint,
  .count,
  time {
    color: var(--s-muted);
    font-size: 0.875rem;
  }
  .hint {
    margin: 0.2rem 0 0;
  }
  .problem {
    color: var(--s-danger);
    margin: 0.2rem 0 0;
    font-weight: 600;
  }
  .problem span + span::before,
  .finding span + span::before {
    content: ' ';
  }
  .finding {
    margin: 0.2rem 0 0;
    font-size: 0.875rem;
  }
  .finding .guess {
    color: var(--s-guess);
  }
  .finding .certain {
    color: var(--s-muted);
  }
  details.group {
    border: 1px solid var(--s-border);
    border-radius: 6px;
    margin-block: 0.6rem;
    padding: 0.25rem 0.75rem;
  }
  details.group > summary {
    font-weight: 700;
    cursor: pointer;
    padding-block: 0.25rem;
  }
  fieldset {
    border: 1px solid var(--s-border);
    border-radius: 6px;
    margin: 0.6rem 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  ol.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li.item.scalar {
    border-block-end: 1px dashed var(--s-border);
  }
  .image-preview img {
    max-inline-size: 100%;
    max-block-size: 240px;
    border-radius: 4px;
  }
  .image-preview {
    margin: 0.5rem 0;
  }
  .combobox {
    position: relative;
    max-inline-size: 40rem;
  }
  .combobox [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    max-block-size: 16rem;
    overflow: auto;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    background: var(--s-surface);
    border: 1px solid var(--s-border);
    border-radius: 4px;
  }
  .combobox [role='option'],
  .combobox .empty {
    padding: 0.3rem 0.5rem;
    cursor: pointer;
  }
  .combobox [role='option'][aria-selected='true'] {
    background: var(--s-accent);
    color: var(--s-on-accent);
  }
  .combobox [role='option'][aria-selected='true'] .code {
    color: inherit;
  }
  .combobox .code {
    color: var(--s-muted);
    font-size: 0.8rem;
  }
  .draft-list {
    padding-inline-start: 1.25rem;
  }
  .draft-title {
    font-weight: 600;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .draft-list li {
    margin-block-end: 0.5rem;
  }
  .status:empty {
    display: none;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .preview-controls select {
    inline-size: auto;
  }
  .segmented {
    display: flex;
    gap: 0.75rem;
    margin: 0;
    padding: 0.2rem 0.5rem;
  }
  .segmented label {
    display: flex;
    gap: 0.3rem;
    font-weight: normal;
  }
  .preview-frame {
    overflow-x: auto;
    margin-block-start: 0.75rem;
    border: 1px solid var(--s-border);
    border-radius: 6px;
    background: #ffffff;
    color: #1c2128;
    color-scheme: light;
  }
  .preview-frame[data-theme='dark'] {
    background: #0d1117;
    color: #e6edf3;
    color-scheme: dark;
  }
  .preview-page {
    box-sizing: border-box;
    padding: 1rem;
    display: grid;
    gap: 1.25rem;
  }
  .note {
    color: var(--s-muted);
  }
  /* A file picker that speaks the studio's language: the browser's own button and "No file chosen"
     cannot be translated, so the input is hidden (still focusable) and its label is the button. */
  label.file {
    position: relative;
    display: inline-block;
    font-weight: normal;
    color: var(--s-accent);
    border: 1px solid var(--s-accent);
    border-radius: 4px;
    padding: 0.3rem 0.75rem;
    cursor: pointer;
  }
  label.file:focus-within {
    outline: 3px solid var(--s-focus);
    outline-offset: 2px;
  }
  label.file input {
    position: absolute;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`);
