// Opens a built site's /admin/ in headless Chromium with Sveltia CMS served
// from the vendored npm copy (no network), and reports what the editor
// sees; called by tests/cms.rs.
//
//   node cms.mjs <output folder> <the date field's pattern>
//
// The page's own config.yml is served as built, except its `backend:`,
// which becomes Sveltia's in-browser test repository: signing in to a git
// host needs the network. Prints { collections: [...], errors: [...],
// external: [...], date_pattern: { ok: [...], bad: [...] } }.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = process.argv[2];

const types = { ".html": "text/html; charset=utf-8", ".yml": "application/yaml; charset=utf-8" };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path.endsWith("/") ? path + "index.html" : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
// An editor's browser in Russian: Sveltia takes its language from it.
const page = await browser.newPage({ locale: "ru-RU" });
const errors = [];
const external = [];
page.on("pageerror", (e) => errors.push(String(e)));
// Requests refused below (the CMS's fonts and version check) log
// "Failed to load resource"; anything else is an error of the page.
page.on("console", (m) => {
  if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
});
await page.route("**/*", async (route) => {
  const url = route.request().url();
  const cdn = url.match(/^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/(.+)$/);
  if (cdn) {
    // The script, and what it loads beside it (its translations).
    const file = fileURLToPath(new URL(`node_modules/@sveltia/cms/${normalize(cdn[1])}`, import.meta.url));
    const type = file.endsWith(".json") ? "application/json" : "text/javascript";
    return route.fulfill({ path: file, contentType: type });
  }
  if (new URL(url).pathname === "/admin/config.yml") {
    const config = await readFile(join(root, "admin/config.yml"), "utf8");
    const test = config.replace(/^backend:\n(?:[ ]+.*\n)+/m, "backend:\n  name: test-repo\n");
    return route.fulfill({ body: test, contentType: "application/yaml" });
  }
  if (url.startsWith(origin)) return route.continue();
  external.push(url);
  return route.abort();
});
await page.goto(`${origin}/admin/`, { waitUntil: "load" });
try {
  await page.getByRole("button", { name: "Работать с тестовым репозиторием" }).click({ timeout: 30000 });
} catch (e) {
  const text = await page.evaluate(() => document.body.innerText);
  process.stderr.write(`the sign-in page did not offer the test repository:\n${text}\nerrors: ${errors.join("\n")}\nexternal: ${external.join(" ")}\n`);
  throw e;
}
await page.getByText("Страницы").first().waitFor({ timeout: 30000 });
// The lines of text the editor sees: the collections' names among them.
const collections = (await page.evaluate(() => document.body.innerText))
  .split("\n")
  .map((l) => l.trim())
  .filter(Boolean);

// The date field's pattern, as the CMS (JavaScript) will run it.
const source = process.argv[3] || "";
const re = new RegExp(source);
const forms = ["2016-04-04", "2022-06-08..2022-06-09", "2022-04", "2022-04..2022-05", "2022-Q1", "2022"];
const wrong = ["04.04.2016", "2022-Q5", "22-04", "2022-04-04..", "весна 2022", ""];
const date_pattern = {
  source,
  ok: forms.filter((f) => re.test(f)),
  bad: wrong.filter((f) => re.test(f)),
};

await browser.close();
server.close();
process.stdout.write(JSON.stringify({ collections, errors, external, date_pattern }));
