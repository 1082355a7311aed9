// Lighthouse (mobile) on posted search results. The results page is reached only by posting the search form
// (SAFETY.md S9), which the Lighthouse CLI cannot do, so a user flow types the words and submits the form, and
// Lighthouse measures the navigation that the post starts.
// Usage: node lighthouse-search.mjs http://127.0.0.1:5191 words > report.json
import puppeteer from 'puppeteer-core';
import { startFlow } from 'lighthouse';

const [base, words] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto(base + '/');
  const flow = await startFlow(page, {
    config: {
      extends: 'lighthouse:default',
      settings: { onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    },
  });
  await flow.navigate(async () => {
    await page.type('#search-terms', words);
    await page.click('form.search button');
  }, { name: 'search results' });
  const { steps } = await flow.createFlowResult();
  process.stdout.write(JSON.stringify(steps[0].lhr));
} finally {
  await browser.close();
}
