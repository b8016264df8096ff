import type { Lang } from '../model/options.js';

/**
 * The language the user's environment asks for: English when the locale (LC_ALL, else LC_MESSAGES, else
 * LANG) is an English one (en_US.UTF-8, en_GB, en); Vietnamese otherwise, C and POSIX included.
 */
export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'vi';
}

/**
 * The language of help and error messages, known before the options are parsed: the last `--lang vi|en`
 * (or `--lang=…`) on the command line, else the environment's.
 */
export function argvLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  let lang: Lang | undefined;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'vi' || value === 'en') lang = value;
  });
  return lang ?? envLang(env);
}
