// Checks BoardDesk's HTML exports in a real browser: axe-core's WCAG 2.0/2.1 A and AA rules,
// and that the file is self-contained (it asks for nothing over the network).
//
//   node check.mjs FILE.html [FILE.html ...]
//
// Exit status: 0 every file passes; 1 a violation (each listed on stdout); 2 the check could
// not run (no browser, no file). Uses Debian's Chromium (/usr/bin/chromium, or $CHROMIUM):
// Playwright never downloads a browser here.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeScript = require.resolve('axe-core/axe.min.js');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: node check.mjs FILE.html [FILE.html ...]');
    process.exit(2);
}
for (const file of files) {
    if (!existsSync(file)) {
        console.error(`${file}: no such file`);
        process.exit(2);
    }
}
if (!existsSync(executablePath)) {
    console.error(`${executablePath}: no browser (apt-get install chromium)`);
    process.exit(2);
}

let browser;
try {
    browser = await chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run'],
    });
} catch (error) {
    console.error(`could not start ${executablePath}: ${error.message}`);
    process.exit(2);
}

let problems = 0;
try {
    const context = await browser.newContext();
    for (const file of files) {
        const page = await context.newPage();
        const fetched = [];
        // Anything but the file itself would be a fetch a self-contained export must not make.
        await page.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith('file:'))
                return route.continue();
            fetched.push(url);
            return route.abort();
        });
        await page.goto(pathToFileURL(path.resolve(file)).href);
        await page.addScriptTag({ path: axeScript });
        const result = await page.evaluate(() =>
            // eslint-disable-next-line no-undef
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
        for (const violation of result.violations) {
            ++problems;
            console.log(`${file}: ${violation.id} (${violation.impact}): ${violation.help}`);
            for (const node of violation.nodes)
                console.log(`    ${node.target.join(' ')}: ${(node.failureSummary || '').replace(/\s+/g, ' ')}`);
        }
        for (const url of fetched) {
            ++problems;
            console.log(`${file}: fetches ${url}; an export must be self-contained`);
        }
        if (result.violations.length === 0 && fetched.length === 0)
            console.log(`${file}: no violations (${result.passes.length} rules passed, ${result.incomplete.length} to review by eye)`);
        await page.close();
    }
} finally {
    await browser.close();
}
process.exit(problems > 0 ? 1 : 0);
