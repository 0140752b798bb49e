// Browser half of the end-to-end test (started by e2e/run.sh, which provides JupyterLab and the environment below).
// It owns the StageSense server process so it can also take it away and bring it back: the extension must go quiet
// (one status word, no dialog) and recover by itself.
import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = name => {
  if (!process.env[name]) {
    throw new Error(`e2e: ${name} is not set (run e2e/run.sh)`);
  }
  return process.env[name];
};
const JUPYTER_URL = env('JUPYTER_URL');
const JUPYTER_TOKEN = env('JUPYTER_TOKEN');
const ARTIFACTS = env('ARTIFACTS');
const SS_ROOT = env('STAGESENSE_ROOT');
const SS_PORT = env('STAGESENSE_PORT');
const SS_TOKEN_FILE = env('STAGESENSE_TOKEN_FILE');
const STAGES = /StageSense: (imports|load|explore|prepare|train|evaluate)\b/;

let server = null;
let step = 'start';
const skipped = [];
const log = message => console.log(`e2e: ${message}`);

async function startServer(logName) {
  const out = openSync(join(ARTIFACTS, logName), 'w');
  server = spawn(join(SS_ROOT, 'stagesense'), ['serve', '--port', SS_PORT, '--token-file', SS_TOKEN_FILE], {
    cwd: SS_ROOT,
    stdio: ['ignore', out, out]
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`stagesense serve exited with ${server.exitCode}; see ${logName}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${SS_PORT}/v1/health`);
      if (response.status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error('stagesense serve did not become healthy within 120 s');
}

async function stopServer() {
  if (server && server.exitCode === null) {
    const exited = new Promise(resolve => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  server = null;
}

async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, name) });
  log(`screenshot ${name}`);
}

/** Source of a notebook cell as the editor shows it (CodeMirror lines joined; an empty line reads as "\n"). */
async function cellText(cell) {
  const lines = await cell.locator('.cm-line').allInnerTexts();
  return lines.map(line => (line === '\n' ? '' : line)).join('\n').replace(/\u200b/g, '');
}

/** Whether the running server has its similar-packages engine (an optional model: 503 with a reason when absent). */
async function packagesEngine() {
  const token = readFileSync(SS_TOKEN_FILE, 'utf8').trim();
  const response = await fetch(`http://127.0.0.1:${SS_PORT}/v1/packages/similar?name=pandas&k=3`, {
    headers: { Authorization: `Bearer ${token}` }
  });
  const body = await response.json().catch(() => ({}));
  return { available: response.status !== 503, reason: body.reason ?? body.error ?? `HTTP ${response.status}` };
}

async function runPalette(page, label) {
  await page.keyboard.press('Control+Shift+C');
  const input = page.locator('.lm-CommandPalette-input');
  await input.waitFor();
  await input.fill(label);
  await page.locator('.lm-CommandPalette-item.lm-mod-active', { hasText: label }).waitFor();
  await page.keyboard.press('Enter');
}

async function main() {
  log('starting the StageSense server');
  await startServer('stagesense-serve.log');

  const browser = await chromium.launchPersistentContext(env('PROFILE_DIR'), {
    executablePath: env('CHROMIUM'),
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  });
  const consoleMessages = [];
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleMessages.push({ type: message.type(), text: message.text(), url: message.location().url ?? '', step });
    }
  });
  page.setDefaultTimeout(30_000);

  try {
    step = 'open notebook';
    await page.goto(`${JUPYTER_URL}/lab/tree/analysis.ipynb?token=${JUPYTER_TOKEN}`);
    const cells = page.locator('.jp-NotebookPanel .jp-Notebook .jp-CodeCell');
    await cells.nth(2).waitFor({ timeout: 90_000 });
    const status = page.locator('.jp-StageSense-status');
    await status.waitFor();
    log(`status item: "${await status.innerText()}"`);

    step = 'ghost text';
    const target = cells.nth(2);
    await target.locator('.cm-content').click();
    await page.keyboard.type('train_df.', { delay: 80 });
    const ghost = target.locator('.jp-GhostText');
    await ghost.waitFor({ timeout: 20_000 });
    const suggestion = (await ghost.innerText()).replace(/\u200b/g, '');
    log(`ghost text after "train_df.": "${suggestion}"`);
    if (!suggestion.trim()) {
      throw new Error('ghost text is empty');
    }
    await shot(page, '01-ghost-text.png');

    step = 'accept with Tab';
    await page.keyboard.press('Tab');
    await ghost.waitFor({ state: 'detached' });
    const accepted = await cellText(target);
    if (accepted !== `train_df.${suggestion}`) {
      throw new Error(`after Tab the cell holds "${accepted}", expected "train_df.${suggestion}"`);
    }
    log(`accepted: "${accepted}"`);
    await page.waitForFunction(
      re => new RegExp(re).test(document.querySelector('.jp-StageSense-status')?.textContent ?? ''),
      STAGES.source
    );
    log(`stage badge: "${await status.innerText()}"`);
    await shot(page, '02-accepted.png');

    step = 'generate docstring';
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    const fnCell = cells.nth(3);
    await fnCell.waitFor();
    await page.keyboard.press('Enter');
    // Ghost text may come and go while typing; only Tab would accept it, so typing on is safe.
    await page.keyboard.type('def fill_missing(df, column, value=0):', { delay: 20 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('return df[column].fillna(value)', { delay: 20 });
    await fnCell.locator('.cm-line').first().click();
    const before = await cellText(fnCell);
    await runPalette(page, 'Generate Docstring');
    await page.waitForFunction(
      el => el.textContent.includes('"""') || el.textContent.includes("'''"),
      await fnCell.elementHandle()
    );
    const withDoc = await cellText(fnCell);
    log(`cell with docstring:\n${withDoc}`);
    await shot(page, '03-docstring.png');

    step = 'one undo removes the docstring';
    await fnCell.locator('.cm-line').last().click();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(el => !el.textContent.includes('"""'), await fnCell.elementHandle());
    const undone = await cellText(fnCell);
    if (undone !== before) {
      throw new Error(`one undo should restore the function exactly; got:\n${undone}`);
    }
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(el => el.textContent.includes('"""'), await fnCell.elementHandle());

    step = 'similar packages panel';
    await page.keyboard.press('Escape');
    await runPalette(page, 'Show Similar Packages');
    const engine = await packagesEngine();
    if (!engine.available) {
      throw new Error(`the shipped models include the package index, but the server says: ${engine.reason}`);
    }
    const pandasCard = page.locator('.jp-StageSense-import[data-package="pandas"]');
    await pandasCard.locator('.jp-StageSense-package').first().waitFor({ timeout: 30_000 });
    const headings = await pandasCard.locator('h4').allTextContents();
    if (headings.join('|') !== 'Alternatives|Extensions|Often used with') {
      throw new Error(`the pandas card should list alternatives, extensions and companions; headings: ${headings}`);
    }
    const companions = await pandasCard.locator('.jp-StageSense-section').nth(2)
      .locator('.jp-StageSense-package-name').allInnerTexts();
    if (!companions.includes('numpy')) {
      throw new Error(`numpy should be often used with pandas; got ${companions.join(', ')}`);
    }
    log(`pandas card lists: ${(await pandasCard.locator('.jp-StageSense-package-name').allInnerTexts()).join(', ')}`);
    await shot(page, '04-packages.png');

    step = 'package search';
    await page.locator('.jp-StageSense-search').fill('plotting charts');
    await page.locator('.jp-StageSense-search-results .jp-StageSense-package').first().waitFor({ timeout: 15_000 });
    log(`search "plotting charts": ${(await page.locator('.jp-StageSense-search-results .jp-StageSense-package-name').allInnerTexts()).join(', ')}`);
    await page.locator('.jp-StageSense-search').fill('');

    step = 'overview screenshot';
    await target.locator('.cm-line').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('train_df.', { delay: 80 });
    await target.locator('.jp-GhostText').waitFor({ timeout: 20_000 });
    // The docstring command's short notice gives way to the stage again before the picture is taken.
    await page.waitForFunction(
      re => new RegExp(re).test(document.querySelector('.jp-StageSense-status')?.textContent ?? ''),
      STAGES.source,
      { timeout: 15_000 }
    );
    await shot(page, '05-overview.png');

    step = 'python file';
    await page.locator('.jp-DirListing-item', { hasText: 'prepare.py' }).dblclick();
    const fileEditor = page.locator('.jp-FileEditor');
    await fileEditor.locator('.cm-content').waitFor();
    await fileEditor.locator('.cm-line').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('train_df.', { delay: 80 });
    const fileGhost = fileEditor.locator('.jp-GhostText');
    await fileGhost.waitFor({ timeout: 20_000 });
    log(`ghost text in prepare.py: "${(await fileGhost.innerText()).replace(/\u200b/g, '')}"`);
    await shot(page, '06-python-file.png');
    await page.keyboard.press('Tab');
    await fileGhost.waitFor({ state: 'detached' });
    await page.locator('.jp-DirListing-item', { hasText: 'analysis.ipynb' }).dblclick();
    await target.locator('.cm-line').last().click();

    step = 'server down';
    await stopServer();
    await page.keyboard.type('x', { delay: 50 });
    await page.waitForFunction(() => /offline/.test(document.querySelector('.jp-StageSense-status')?.textContent ?? ''), null, {
      timeout: 20_000
    });
    if ((await page.locator('.jp-Dialog').count()) > 0) {
      throw new Error('a dialog appeared while the server was down');
    }
    log(`while down: "${await status.innerText()}" (tooltip: ${await status.getAttribute('title')})`);
    await shot(page, '07-offline.png');

    step = 'server back';
    await startServer('stagesense-serve-restart.log');
    await page.waitForFunction(() => !/offline/.test(document.querySelector('.jp-StageSense-status')?.textContent ?? ''), null, {
      timeout: 45_000
    });
    log(`after restart: "${await status.innerText()}"`);
    await page.keyboard.type('.', { delay: 50 });
    await shot(page, '08-recovered.png');

    step = 'console';
    // The browser itself logs a failed HTTP request once per outage ("Failed to load resource"); anything else
    // mentioning StageSense would be our own noise.
    const failedRequest = m => /Failed to load resource/.test(m.text);
    const ours = consoleMessages.filter(m => !failedRequest(m) && /stagesense/i.test(m.text + m.url));
    const network = consoleMessages.filter(m => failedRequest(m) && /\/stagesense\//.test(m.url));
    writeFileSync(join(ARTIFACTS, 'console.json'), JSON.stringify(consoleMessages, null, 2));
    if (ours.length > 0) {
      throw new Error(`console messages from the extension: ${JSON.stringify(ours)}`);
    }
    if (network.length > 3) {
      throw new Error(`${network.length} failed requests logged during one outage; the extension should stop asking`);
    }
    log(`console: ${consoleMessages.length} warnings/errors in all, ${network.length} failed StageSense request(s) during the outage`);
    for (const reason of skipped) {
      log(`SKIPPED ${reason}`);
    }
    log(skipped.length ? `PASS (${skipped.length} step(s) skipped, see above)` : 'PASS');
  } catch (error) {
    await shot(page, `failed-${step.replace(/\W+/g, '-')}.png`).catch(() => undefined);
    writeFileSync(join(ARTIFACTS, 'console.json'), JSON.stringify(consoleMessages, null, 2));
    throw new Error(`step "${step}": ${error.message}`);
  } finally {
    await browser.close();
    await stopServer();
  }
}

main().catch(error => {
  console.error(`e2e: FAIL ${error.message}`);
  process.exitCode = 1;
});
