// Loads pages in headless Chromium and reports whether any script from
// content ran; called by tests/xss.rs.
//
//   node xss.mjs <file-url>...
//
// Every page gets alert/confirm/prompt and dialogs watched, then every
// element is sent the events inline handlers listen for (mouse, focus,
// toggle, load, error, animation), every <details> is opened, and the page
// waits a moment. Prints { pages: [{ url, ran: [...], errors: [...] }] }.

import { chromium } from "playwright-core";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

const pages = [];
const context = await browser.newContext();
for (const url of process.argv.slice(2)) {
  const page = await context.newPage();
  const ran = [];
  const errors = [];
  page.on("dialog", async (d) => { ran.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    for (const name of ["alert", "confirm", "prompt"]) {
      window[name] = (m) => { (window.__ran ||= []).push(`${name}: ${m}`); };
    }
  });
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(async () => {
    const kinds = ["mouseover", "mouseenter", "mousemove", "focus", "focusin", "toggle", "load", "error", "animationstart", "pointerover"];
    for (const el of document.querySelectorAll("*")) {
      for (const k of kinds) el.dispatchEvent(new Event(k));
    }
    for (const d of document.querySelectorAll("details")) d.open = true;
    await new Promise((r) => setTimeout(r, 300));
  });
  ran.push(...(await page.evaluate(() => window.__ran || [])));
  pages.push({ url, ran, errors });
  await page.close();
}
await context.close();
await browser.close();
process.stdout.write(JSON.stringify({ pages }));
