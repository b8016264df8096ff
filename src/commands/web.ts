import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { writeOutputFile } from '../io/node/write-output.js';
import { CadreError } from '../model/cadre-error.js';
import { ui } from '../vocab/ui.js';
import { note } from './emit.js';
import { argvLang } from './ui-lang.js';

/** The page as `npm run build` made it (scripts/build-web.js), shipped in the package beside the CLI. */
const PAGE = fileURLToPath(new URL('../web/cadre-stats.html', import.meta.url));

/** `cadre-stats web [--out FILE.html]`: writes the offline page (one self-contained HTML file). */
export function webCommand(): Command {
  return new Command('web')
    .description('write the offline page: one HTML file that reads rosters in the browser (nothing leaves the computer); open it by double-clicking')
    .option('--out <file>', 'where to write the page', 'cadre-stats.html')
    .option('--quiet', 'no note on stderr', false)
    .action((opts: { out: string; quiet: boolean }) => {
      if (!existsSync(PAGE))
        throw new CadreError('OUTPUT_ERROR', `the offline page was not built (${PAGE} is missing)`, 'run npm run build (it builds the page with esbuild)');
      // The page is one HTML file: any other name ("--out ds-2025.xlsx") would put it over a roster or a report.
      if (!/\.html?$/i.test(opts.out) && !(existsSync(opts.out) && statSync(opts.out).isDirectory()))
        throw new CadreError(
          'BAD_USAGE',
          `--out ${opts.out}: the page is an HTML file, and this name does not end in .html`,
          'give --out a .html name, e.g. --out cadre-stats.html',
        );
      const page = readFileSync(PAGE);
      writeOutputFile(opts.out, page, []);
      // In the language of the help and the errors (the page itself has a switch of its own).
      const lang = argvLang(process.argv);
      // One decimal, a comma in Vietnamese (the renderers' number module is not loaded for this one figure).
      const size = (page.length / 1e6).toFixed(1);
      note(ui('webWritten', lang, { file: opts.out, size: lang === 'vi' ? size.replace('.', ',') : size }), opts.quiet);
    });
}
