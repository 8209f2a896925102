// Theme values from a host (the iframe's address, or the widget's data- attributes) are untrusted
// (issue 13 item 1): only plain colours, a font-family list and a small radius are accepted, never
// url(), var() or any other CSS; and the colours are applied only if Ruta's text, links, buttons
// and danger box keep a contrast of at least 4.5:1 (WCAG AA) — else Ruta keeps its own colours.
// Used by boot.js (iframe) and embed.js (widget); tools/single_file.py inlines it.

// Ruta's own light surfaces that the theme's text colour must stay readable on (public/style.css).
const SURFACES = ['#ffffff', '#fdecea', '#f5f2f8', '#fff6e5'];
const DEFAULTS = { fg: '#1d1b20', bg: '#ffffff', accent: '#4a1d6e' };
const MIN = 4.5;

/** '#4a1d6e', '4a1d6e', '#fff', 'rgb(74, 29, 110)' → [r, g, b]; anything else → null. */
export function parseColour(v) {
  if (typeof v !== 'string' || v.length > 32) return null;
  const s = v.trim().toLowerCase();
  let m = /^#?([0-9a-f]{6})$/.exec(s);
  if (m) return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16));
  m = /^#?([0-9a-f]{3})$/.exec(s);
  if (m) return [...m[1]].map((c) => parseInt(c + c, 16));
  m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(s);
  if (m) {
    const c = m.slice(1).map(Number);
    return c.every((x) => x <= 255) ? c : null;
  }
  return null;
}

function luminance([r, g, b]) {
  const f = (c) => {
    const x = c / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** WCAG contrast ratio of two [r, g, b] colours (1 … 21). */
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const hex = (c) => '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('');

/**
 * Check theme values. `get(name)` returns the host's raw value for accent, font, radius, bg, fg
 * (or null). Returns { props: {css custom property: value}, refused: [reasons] }.
 */
export function checkTheme(get) {
  const refused = [];
  const props = {};
  const colours = {};
  for (const k of ['accent', 'bg', 'fg']) {
    const raw = get(k);
    if (raw == null || raw === '') continue;
    const c = parseColour(raw);
    if (c) colours[k] = c;
    else refused.push(`${k}: not a plain colour (#rrggbb or rgb(r, g, b))`);
  }
  const font = get('font');
  if (font) {
    if (/^[A-Za-z0-9 ,'"-]{1,100}$/.test(font) && !/url|var|expression/i.test(font)) props['--ruta-font'] = font;
    else refused.push('font: only a list of font names is accepted');
  }
  const radius = get('radius');
  if (radius) {
    const m = /^(\d{1,2})(px)?$/.exec(radius.trim());
    if (m && Number(m[1]) <= 24) props['--ruta-radius'] = m[1] + 'px';
    else refused.push('radius: a number of pixels from 0 to 24');
  }
  if (Object.keys(colours).length) {
    const fg = colours.fg || parseColour(DEFAULTS.fg);
    const bg = colours.bg || parseColour(DEFAULTS.bg);
    const accent = colours.accent || parseColour(DEFAULTS.accent);
    const white = [255, 255, 255];
    const pairs = [
      ['text on the page', fg, bg],
      ...SURFACES.map((s) => ['text on Ruta\'s boxes and the danger box', fg, parseColour(s)]),
      ['links on the page', accent, bg],
      ['button text on the accent', white, accent],
    ];
    const low = pairs.filter(([, a, b]) => contrast(a, b) < MIN);
    if (low.length) {
      refused.push(`colours: contrast below ${MIN}:1 for ${[...new Set(low.map((p) => p[0]))].join(', ')}; Ruta keeps its own colours`);
    } else {
      if (colours.fg) props['--ruta-fg'] = hex(colours.fg);
      if (colours.bg) props['--ruta-bg'] = hex(colours.bg);
      if (colours.accent) props['--ruta-accent'] = hex(colours.accent);
    }
  }
  return { props, refused };
}

/** Check and apply to `el` (the iframe's <html>, or the widget's host element). */
export function applyTheme(el, get, where = 'Ruta theme') {
  const { props, refused } = checkTheme(get);
  for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v);
  for (const r of refused) console.error(`${where}: ${r}.`);
  return { props, refused };
}
