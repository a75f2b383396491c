// Side-panel tabs: "Details" is built in; other modules add tabs with registerPanel() from api.ts.
import { onPanel } from '../api.ts';
import { selection } from '../state/selection.ts';
import { el } from './dom.ts';

export function mountPanels(tabs: HTMLElement, body: HTMLElement, details: HTMLElement): void {
  const entries: { tab: HTMLButtonElement; panel: HTMLElement }[] = [];
  const show = (panel: HTMLElement) => {
    for (const e of entries) {
      const on = e.panel === panel;
      e.panel.hidden = !on;
      e.tab.setAttribute('aria-selected', String(on));
      e.tab.tabIndex = on ? 0 : -1;
    }
  };
  const add = (title: string, panel: HTMLElement) => {
    const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': 'false', 'aria-controls': panel.id }, title);
    tab.addEventListener('click', () => show(panel));
    tabs.append(tab);
    panel.setAttribute('role', 'tabpanel');
    entries.push({ tab, panel });
  };
  add('Details', details);
  show(details);
  onPanel((definition) => {
    const panel = el('section', { id: `panel-${definition.id}`, class: 'panel', 'aria-label': definition.title, hidden: true });
    body.append(panel);
    add(definition.title, panel);
    definition.mount(panel);
  });
  // A new selection brings the details tab forward.
  selection.subscribe((state) => {
    if (state.node || state.edge || state.turn) show(details);
  });
  tabs.hidden = false;
}
