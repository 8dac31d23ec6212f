/**
 * The `/` key focuses the search field (the search page's own field there, the header's
 * elsewhere), unless the reader is typing somewhere or holds a modifier key, so browser shortcuts
 * and text entry keep working.
 */
const field = document.querySelector<HTMLInputElement>('#suchbegriff') ?? document.querySelector<HTMLInputElement>('#kopf-suche');

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (isTyping(event.target) || !field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
