// Drives the review page in headless Chromium for ReviewPageBrowserTest: signs in with a reviewer
// token, finds the open escalation, keeps a screenshot, approves it with a reason and checks the
// page then lists it as approved by that reviewer. Prints one JSON line with what it saw.
//
//   node review.mjs BASE_URL TOKEN ESCALATION_ID REASON SCREENSHOT USER_DATA_DIR [CHROMIUM]
import { chromium } from 'playwright-core';

const [base, token, id, reason, screenshot, userDataDir, executable] = process.argv.slice(2);
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: executable || '/usr/bin/chromium',
  headless: true,
  args,
  viewport: { width: 1100, height: 900 },
  timeout: 60000,
});
const result = {};
const page = context.pages()[0] || (await context.newPage());
try {
  page.setDefaultTimeout(30000);
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

  await page.goto(`${base}/review`);
  result.loginTitle = await page.title();
  await page.fill('#token', token);
  await Promise.all([page.waitForURL(`${base}/review`), page.click('button[type=submit]')]);

  const article = page.locator(`#escalation-${id}`);
  await article.waitFor();
  result.agent = await article.locator('.agent').innerText();
  result.action = await article.locator('.action').innerText();
  result.rules = await article.locator('.rules li').allInnerTexts();
  result.derivationShown = (await article.locator('.derivation').innerText()).length > 0;
  result.cookies = (await context.cookies()).map((c) => ({
    name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite, path: c.path,
  }));
  result.scriptCanReadCookie = await page.evaluate(() => document.cookie).catch(() => 'blocked');

  await article.locator('textarea[name=reason]').fill(reason);
  await page.screenshot({ path: screenshot, fullPage: true });
  await Promise.all([page.waitForURL(`${base}/review`), article.locator('button[value=approve]').click()]);

  result.notice = await page.locator('.notice').innerText();
  result.stillOpen = await page.locator(`#escalation-${id}`).count();
  const row = page.locator(`#resolved-${id}`);
  result.resolvedOutcome = await row.locator('.outcome').innerText();
  result.resolvedBy = await row.locator('.resolved-by').innerText();
  result.consoleErrors = consoleErrors;
} catch (e) {
  console.error(`failed at ${page.url()}:\n${await page.content().catch(() => '(no page)')}`);
  throw e;
} finally {
  await context.close();
}
console.log(JSON.stringify(result));
