import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4400/aws-ml-study/');
for (const q of process.argv.slice(2)) {
  const r = await page.evaluate(async (q) => {
    const pf = await import('/aws-ml-study/pagefind/pagefind.js');
    const res = await pf.search(q);
    const top = await Promise.all(res.results.slice(0, 3).map(r => r.data()));
    return top.map(d => d.url);
  }, q);
  console.log(q.padEnd(28), r.join('  '));
}
await browser.close();
