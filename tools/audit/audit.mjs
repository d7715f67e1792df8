// Quality audits of a running AgriPole.Web (started by scripts/audit.sh): Lighthouse (mobile), axe-core and
// html-validate on the public pages in both languages, axe on the back-office login. Writes a Markdown report and
// exits 1 when a threshold is missed: every Lighthouse category >= 95, no axe violation, no HTML error.
// Usage: node audit.mjs --base http://127.0.0.1:PORT --manifest manifest.json --out report.md
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { HtmlValidate } from 'html-validate';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const base = args.base;
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const threshold = Number(process.env.AUDIT_LIGHTHOUSE_MIN || 95);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const manifest = JSON.parse(await readFile(args.manifest, 'utf8'));
const pages = [];
const add = (label, entry, options = {}) => {
  for (const [culture, lang] of [['fr-FR', 'fr'], ['en-US', 'en']]) {
    const route = entry?.[culture];
    pages.push({ label: `${label} (${lang})`, path: route ?? null, ...options });
  }
};
add('Home', { 'fr-FR': '/', 'en-US': '/en/' });
add('Policy', manifest.policyPage);
add('Members', manifest.membersDirectory);
// Search results are noindex on purpose (search engines ask for that): Lighthouse's is-crawlable audit is skipped there.
add('Search', manifest.searchPage, { noindex: true });
add('Contact', manifest.contactPage);

async function status(url) {
  try {
    const r = await fetch(url, { redirect: 'follow' });
    return { status: r.status, html: await r.text() };
  } catch (e) {
    return { status: 0, html: '', error: String(e) };
  }
}

// 1. Lighthouse, one fresh Chromium per page (its CLI launches Debian's browser through CHROME_PATH).
async function lighthouse(url, noindex) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lh-'));
  const out = path.join(dir, 'report.json');
  try {
    await run(process.execPath, [
      path.join(here, 'node_modules/lighthouse/cli/index.js'), url,
      '--output=json', `--output-path=${out}`, '--quiet', '--form-factor=mobile',
      `--only-categories=${categories.join(',')}`, `--chrome-flags=${chromeFlags.join(' ')}`, '--max-wait-for-load=60000',
      ...(noindex ? ['--skip-audits=is-crawlable'] : []),
    ], { env: { ...process.env, CHROME_PATH: chromePath }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
    const lhr = JSON.parse(await readFile(out, 'utf8'));
    const scores = Object.fromEntries(categories.map(c => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    const failing = Object.values(lhr.audits)
      .filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map(a => a.id).slice(0, 8);
    return { scores, failing, runtimeError: lhr.runtimeError?.message };
  } catch (e) {
    return { scores: null, failing: [], runtimeError: String(e.message || e).split('\n')[0] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// 2. axe-core in the page, through one shared Chromium.
const axeSource = await readFile(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
async function axe(url) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // Evaluated over the DevTools protocol, not as a <script> tag: the site's Content-Security-Policy rightly blocks
    // inline scripts.
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') }));
  } finally {
    await page.close();
  }
}

// 3. HTML validity: the standard preset (what the HTML specification requires, not style preferences).
// SRI only where it protects anything: resources from another origin (ours are same-origin, versioned files).
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
});
async function validate(html) {
  const report = await validator.validateString(html);
  return report.results.flatMap(r => r.messages).filter(m => m.severity === 2).map(m => `${m.ruleId} (line ${m.line}): ${m.message}`);
}

const rows = [];
let failed = false;
for (const p of pages) {
  if (!p.path) {
    rows.push({ ...p, na: 'not in the seed' });
    continue;
  }
  const url = new URL(p.path, base).toString();
  const fetched = await status(url);
  if (fetched.status < 200 || fetched.status >= 300) {
    rows.push({ ...p, na: `HTTP ${fetched.status}` });
    continue;
  }
  process.stderr.write(`[audit] ${p.label} ${p.path}\n`);
  const lh = await lighthouse(url, p.noindex);
  let violations;
  try {
    violations = await axe(url);
  } catch (e) {
    violations = [{ id: 'axe-did-not-run', impact: String(e.message || e).split('\n')[0], nodes: 0, target: '' }];
  }
  const htmlErrors = await validate(fetched.html);
  const lhOk = lh.scores && Object.values(lh.scores).every(s => s !== null && s >= threshold);
  if (!lhOk || violations.length || htmlErrors.length) failed = true;
  rows.push({ ...p, lh, violations, htmlErrors });
}

// Nothing audited is no pass: the site is not there.
if (!rows.some(r => !r.na)) failed = true;

// The back-office login: axe only (n/a until the back-office exists).
// /umbraco answers 401 to an anonymous visitor; the login form lives at /umbraco/login.
const login = { label: 'Back-office login', path: '/umbraco/login' };
let loginFetched = await status(new URL(login.path, base).toString());
if (loginFetched.status === 404) {
  login.path = '/umbraco';
  loginFetched = await status(new URL(login.path, base).toString());
}
if (loginFetched.status >= 200 && loginFetched.status < 300) {
  process.stderr.write('[audit] back-office login\n');
  try {
    login.violations = await axe(new URL(login.path, base).toString());
  } catch (e) {
    login.violations = [{ id: 'axe-did-not-run', impact: String(e.message || e).split('\n')[0], nodes: 0, target: '' }];
  }
  if (login.violations.length) failed = true;
} else {
  login.na = `HTTP ${loginFetched.status}`;
}
await browser.close();

const fmt = s => (s === null || s === undefined ? '-' : (s >= threshold ? `${s}` : `**${s}**`));
const lines = [];
lines.push(`Audited ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${args.commit ? `, commit \`${args.commit}\`` : ''}, with \`scripts/audit.sh\`: Lighthouse 12.2.3 (mobile), axe-core 4.14.1, html-validate 10.9.0 (standard preset), Debian Chromium.`);
lines.push('');
lines.push(`Thresholds: every Lighthouse category >= ${threshold}, no axe violation, no HTML error. Result: **${failed ? 'FAIL' : 'PASS'}**. The search pages are noindex on purpose, so Lighthouse's is-crawlable audit is skipped on them; SRI is required on cross-origin resources only.`);
lines.push('');
lines.push('| page | path | performance | accessibility | best practices | SEO | axe violations | HTML errors |');
lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  if (r.na) {
    lines.push(`| ${r.label} | \`${r.path ?? '-'}\` | n/a | n/a | n/a | n/a | n/a | n/a (${r.na}) |`);
    continue;
  }
  const s = r.lh.scores ?? {};
  lines.push(`| ${r.label} | \`${r.path}\` | ${fmt(s.performance)} | ${fmt(s.accessibility)} | ${fmt(s['best-practices'])} | ${fmt(s.seo)} | ${r.violations.length} | ${r.htmlErrors.length} |`);
}
lines.push(`| ${login.label} | \`${login.path}\` | - | - | - | - | ${login.na ? `n/a (${login.na})` : login.violations.length} | - |`);
const details = [];
for (const r of [...rows, login]) {
  if (r.na) continue;
  if (r.lh?.runtimeError) details.push(`- ${r.label}: Lighthouse error: ${r.lh.runtimeError}`);
  if (r.lh?.failing?.length && r.lh.scores && Object.values(r.lh.scores).some(s => s < threshold)) details.push(`- ${r.label}: Lighthouse audits below 0.9: ${r.lh.failing.join(', ')}`);
  for (const v of r.violations ?? []) details.push(`- ${r.label}: axe \`${v.id}\` (${v.impact}, ${v.nodes} node(s), e.g. \`${v.target}\`)`);
  for (const e of (r.htmlErrors ?? []).slice(0, 10)) details.push(`- ${r.label}: HTML ${e}`);
}
if (details.length) {
  lines.push('', '### Findings', '', ...details);
}
const report = lines.join('\n') + '\n';
process.stdout.write(report);
if (args.out) await writeFile(args.out, report);
process.exit(failed ? 1 : 0);
