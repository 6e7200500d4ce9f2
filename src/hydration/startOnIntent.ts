/**
 * The page's only script until the reader reaches for it.
 *
 * Every page arrives fully rendered: tables, figures, links and theme all work without
 * JavaScript. React (Docusaurus's main.js) is what makes sorting, filters, copy-link, search and
 * the menus work, and starting it is the one heavy thing a page does: on a mid-range phone it
 * blocks the page for about a second. So it is fetched at low priority once the page has painted,
 * and run on the reader's first sign of intent: a pointer moving or pressing, a touch, a key, a
 * focus, a wheel or a scroll. A URL with a query or an #anchor starts it at once, since the
 * table view it names and the landing on its row need React.
 *
 * Nothing the reader does meanwhile is lost. A click on a control that only React can work (a
 * button, a copy-link, a summary) is held and replayed once React has taken over; keys do what
 * they natively do and reach React's handlers afterwards; a value typed or chosen is handed to
 * React as a change. All in the order they came. Links go where they point either way. If React
 * cannot arrive (offline, blocked), nothing is held any more.
 *
 * Inlined into every page by the SSR template (./ssrTemplate.ts) as its source text: it must use
 * no imports and nothing from outside its own body.
 */
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function startOnIntent(scripts: string[], hydratedEvent: string): void {
  const INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];
  const NEEDS_REACT = 'button, [role="button"], a[href^="#"], summary';
  let started = false;
  let settled = false; // React has taken over, or cannot come
  const typed = new Map<Field, string>(); // the latest value of each field changed meanwhile
  const replays: (() => void)[] = [];
  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then));

  function start() {
    if (started) return;
    started = true;
    for (const type of INTENT) window.removeEventListener(type, start, true);
    for (const src of scripts) {
      const script = document.createElement('script');
      script.src = src;
      script.async = false; // in order: the webpack runtime before main.js
      // Offline or blocked: stop holding, and the page goes on working as it does without JavaScript.
      script.onerror = () => {
        settled = true;
        replays.length = 0;
      };
      document.head.appendChild(script);
    }
  }

  /**
   * Gives React a value the reader entered before it took over. By then a render of React's may
   * have reset the field, so the value is the one recorded; and React notices a change only against
   * the value it last saw, so it is first shown an empty one (through its own setter, if it
   * tracks the field) and the real one is then set past it.
   */
  function handOver(field: Field, value: string) {
    field.value = '';
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }

  document.addEventListener(
    'click',
    (event) => {
      if (settled || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>(NEEDS_REACT) : null;
      if (!target?.closest('#__docusaurus')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      replays.push(() => target.click());
      start();
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      const { target } = event;
      if (settled || !(target instanceof Element)) return;
      const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
      const init = { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true };
      replays.push(() => target.dispatchEvent(new KeyboardEvent('keydown', init)));
    },
    true,
  );
  const noteField = (event: Event) => {
    const { target } = event;
    const isField =
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement;
    if (settled || !isField) return;
    if (!typed.has(target)) replays.push(() => handOver(target, typed.get(target) ?? ''));
    typed.set(target, target.value);
    start(); // a value can change with no pointer or key: autofill, voice control, scripts
  };
  document.addEventListener('input', noteField, true);
  document.addEventListener('change', noteField, true);
  window.addEventListener(
    hydratedEvent,
    () => {
      settled = true;
      // As they came, a frame apart: React renders and runs its effects between them, as it would
      // have between the reader's own.
      const next = () => {
        replays.shift()?.();
        if (replays.length > 0) afterPaint(next);
      };
      afterPaint(next);
    },
    { once: true },
  );

  if (location.search || location.hash) {
    start();
    return;
  }
  for (const type of INTENT) window.addEventListener(type, start, { capture: true, passive: true });
  // Fetched, not run: after the first paint, at idle priority, so it never competes with the page.
  addEventListener('load', () =>
    afterPaint(() => {
      for (const src of scripts) {
        const link = document.createElement('link');
        link.rel = 'prefetch';
        link.as = 'script';
        link.href = src;
        document.head.appendChild(link);
      }
    }),
  );
}
