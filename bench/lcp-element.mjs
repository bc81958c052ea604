// Which element is the Largest Contentful Paint on a phone (Lighthouse's mobile screen), and when:
//   node bench/lcp-element.mjs URL CHROMIUM PUPPETEER_CORE_DIR
// Lighthouse 12 cannot name it with the Chromium here (its TraceElements gatherer fails), so the
// browser's own PerformanceObserver says, installed before the page's scripts run.
const [url, chrome, puppeteerDir] = process.argv.slice(2);
const { default: puppeteer } = await import(`${puppeteerDir}/lib/esm/puppeteer/puppeteer-core.js`);
const browser = await puppeteer.launch({ executablePath: chrome, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  await page.emulate({ viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36' });
  await page.evaluateOnNewDocument(() => {
    new PerformanceObserver(list => {
      const last = list.getEntries().at(-1);
      const element = last.element;
      window.__lcp = !element ? '?' : `${element.tagName.toLowerCase()}`
        + `${element.currentSrc ? ' ' + new URL(element.currentSrc).pathname : ''} at ${Math.round(last.startTime)} ms`;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise(resolve => setTimeout(resolve, 500));
  console.log(await page.evaluate(() => window.__lcp));
} finally {
  await browser.close();
}
