// Checks built pages in headless Chromium; called by tests/browser.rs.
//
//   node check.mjs <base-url> <screenshot-dir> <page-path>...
//
// Prints one JSON object: { pages: [{ path, consoleErrors, externalRequests,
// axe: [violations], overflow360, printHidesNav, darkChangesColours,
// lowVision: {...} }] }. The Rust test decides what counts as failure, so
// this script only measures.

import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [base, shots, ...paths] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

const origin = new URL(base).origin;
const results = [];

for (const path of paths) {
  const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
  const result = { path, consoleErrors: [], externalRequests: [], failedRequests: [], fonts: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => result.consoleErrors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) result.externalRequests.push(r.url()); });
  page.on("requestfailed", (r) => result.failedRequests.push(r.url()));
  page.on("response", async (r) => {
    if (/\.(woff2?|ttf|otf)$/.test(r.url())) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      result.fonts.push({ url: r.url().slice(origin.length), bytes: body.length });
    }
  });
  const response = await page.goto(base + path, { waitUntil: "load" });
  result.status = response ? response.status() : 0;
  // Whether the charts' font loaded (the browser refuses a broken one).
  await page.evaluate(() => document.fonts.ready);
  result.chartFont = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes("Letopis Charts")).map((f) => f.status));
  result.hasChart = await page.evaluate(() => [...document.querySelectorAll("svg text")].some((t) => t.getBoundingClientRect().width > 0));

  // axe-core with its default rules (WCAG 2.0/2.1 A and AA and best practices).
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  result.axe = axe;
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: false });

  // Dark mode: the background changes.
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await bg();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await bg();
  result.darkChangesColours = light !== dark;
  await page.screenshot({ path: `${shots}/${name}-dark.png`, fullPage: false });
  await page.emulateMedia({ colorScheme: "light" });

  // Print: the header and navigation are gone.
  await page.emulateMedia({ media: "print" });
  result.printHidesNav = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")).display === "none");
  await page.emulateMedia({ media: "screen" });

  // Phone width: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  result.overflow360 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: false });

  // Low-vision mode: works by CSS alone, remembered across pages by letopis.js.
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await fontSize();
  await page.click("label[for=lv]");
  await page.click("label[for=lv-scheme-wb]");
  const after = await fontSize();
  const scheme = await bg();
  await page.reload({ waitUntil: "load" });
  const remembered = await page.evaluate(() => document.getElementById("lv").checked && document.getElementById("lv-scheme-wb").checked);
  result.lowVision = { before, after, scheme, remembered };
  await page.screenshot({ path: `${shots}/${name}-low-vision.png`, fullPage: false });
  await context.close();
  results.push(result);
}

// Search: an inflected word finds the event («книгофестивалем» →
// «Книгофестиваль»), matches are marked, twenty at a time with a button
// for more, and a word nobody wrote finds nothing.
const searches = {};
for (const q of ["книгофестивалем", "библиотеки", "зюзюзюка"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${base}search/?q=${encodeURIComponent(q)}`, { waitUntil: "load" });
  const result = { errors };
  try {
    await page.waitForFunction(() => document.getElementById("search-status").textContent !== "", null, { timeout: 15000 });
    const titles = () => page.$$eval("#search-results li > a", (as) => as.map((a) => a.textContent));
    result.titles = await titles();
    result.marks = await page.$$eval("#search-results mark", (ms) => ms.map((m) => m.textContent));
    result.more = await page.isVisible("#search-more");
    if (result.more) {
      await page.click("#search-more");
      await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, result.titles.length, { timeout: 15000 });
      result.afterMore = (await titles()).length;
      result.focused = await page.evaluate(() => document.activeElement && document.activeElement.closest("#search-results li") !== null);
    }
  } catch (e) {
    errors.push(String(e));
  }
  result.status = await page.textContent("#search-status");
  searches[q] = result;
  await context.close();
}

// Year filters with JavaScript: a click filters in place, a second shows all.
const filter = {};
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}2016/`, { waitUntil: "load" });
  const visible = () => page.$$eval(".chronicle .card", (cs) => cs.filter((c) => !c.hidden).length);
  filter.all = await visible();
  const link = page.locator("a[data-filter='form:aktsiya']");
  await page.click("details.filters summary");
  await link.click();
  filter.filtered = await visible();
  filter.url = page.url();
  filter.href = await link.evaluate((a) => a.href);
  // What the contents count: the sum of the shown months' «(n)».
  const counted = () => page.$$eval(".contents li:not([hidden]) .n", (ns) =>
    ns.reduce((sum, n) => sum + Number(n.textContent.replace(/\D/g, "")), 0));
  filter.counted = await counted();
  await link.click();
  filter.again = await visible();
  filter.urlAgain = page.url();
  await link.click();
  await page.click("button.filter-reset");
  filter.reset = await visible();
  filter.countedReset = await counted();
  filter.urlReset = page.url();
  filter.resetHidden = await page.$eval("button.filter-reset", (b) => b.hidden);
  await context.close();
}

await browser.close();
process.stdout.write(JSON.stringify({ pages: results, searches, filter }));
