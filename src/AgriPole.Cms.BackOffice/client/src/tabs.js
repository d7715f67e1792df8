// Property tabs: a tablist with arrow-key navigation (WAI-ARIA tabs pattern). Without JS every panel is shown.
export function initTabs(root) {
  root.querySelectorAll('[data-tabs]').forEach((container) => {
    const tabs = Array.from(container.querySelectorAll('[role=tab]'));
    const select = (tab, focus) => {
      tabs.forEach((t) => {
        const selected = t === tab;
        t.setAttribute('aria-selected', String(selected));
        t.tabIndex = selected ? 0 : -1;
        const panel = document.getElementById(t.getAttribute('aria-controls'));
        if (panel) panel.hidden = !selected;
      });
      if (focus) tab.focus();
    };
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => select(tab, false));
      tab.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowRight') select(tabs[(i + 1) % tabs.length], true);
        else if (e.key === 'ArrowLeft') select(tabs[(i - 1 + tabs.length) % tabs.length], true);
        else if (e.key === 'Home') select(tabs[0], true);
        else if (e.key === 'End') select(tabs[tabs.length - 1], true);
        else return;
        e.preventDefault();
      });
    });
    if (tabs.length) select(tabs[0], false);
  });
}
