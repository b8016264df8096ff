// Every vocabulary file, for test/vocab/vocab-files.test.ts: the list must match the folder, and each file its
// schema (src/vocab/schemas.ts). The program does not import this list: each module imports the files it reads
// (JSON modules: the CLI and the offline page, where esbuild inlines them, read the same words without a file
// system), so a run loads only the words it uses. A new src/vocab/*.json file is added here too.
import agePresets from './age-presets.json' with { type: 'json' };
import catAssessment from './categories/assessment.json' with { type: 'json' };
import catCategory from './categories/category.json' with { type: 'json' };
import catEmployment from './categories/employment.json' with { type: 'json' };
import catEthnicity from './categories/ethnicity.json' with { type: 'json' };
import catGender from './categories/gender.json' with { type: 'json' };
import catGeneralEducation from './categories/general_education.json' with { type: 'json' };
import catLevel from './categories/level.json' with { type: 'json' };
import catOrigin from './categories/origin.json' with { type: 'json' };
import catParty from './categories/party.json' with { type: 'json' };
import catPoliticalTheory from './categories/political_theory.json' with { type: 'json' };
import catPositionGroup from './categories/position_group.json' with { type: 'json' };
import catProfessional from './categories/professional.json' with { type: 'json' };
import catRank from './categories/rank.json' with { type: 'json' };
import catReligion from './categories/religion.json' with { type: 'json' };
import catStateManagement from './categories/state_management.json' with { type: 'json' };
import catTerm from './categories/term.json' with { type: 'json' };
import cellMarkers from './cell-markers.json' with { type: 'json' };
import evidence from './evidence.json' with { type: 'json' };
import fieldNames from './field-names.json' with { type: 'json' };
import formWords from './form-words.json' with { type: 'json' };
import formBm01 from './forms/bm01.json' with { type: 'json' };
import formBm02 from './forms/bm02.json' with { type: 'json' };
import formBtctw8b from './forms/btctw-8b.json' with { type: 'json' };
import headers from './headers.json' with { type: 'json' };
import help from './help.json' with { type: 'json' };
import indicators from './indicators.json' with { type: 'json' };
import levelHints from './level-hints.json' with { type: 'json' };
import messages from './messages.json' with { type: 'json' };
import paragraph from './paragraph.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import policy from './policy.json' with { type: 'json' };
import rankCodes from './rank-codes.json' with { type: 'json' };
import rowMarkers from './row-markers.json' with { type: 'json' };
import sayings from './sayings.json' with { type: 'json' };
import uiIngest from './ui-ingest.json' with { type: 'json' };
import uiInspect from './ui-inspect.json' with { type: 'json' };
import uiReader from './ui-reader.json' with { type: 'json' };
import uiWeb from './ui-web.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };
import units2025 from './units-2025.json' with { type: 'json' };
import xlsx from './xlsx.json' with { type: 'json' };

/** The vocabulary files by name (path under src/vocab without `.json`), as src/vocab/schemas.ts names their schemas. */
export const VOCAB_FILES: Readonly<Record<string, unknown>> = {
  'age-presets': agePresets,
  'categories/assessment': catAssessment,
  'categories/category': catCategory,
  'categories/employment': catEmployment,
  'categories/ethnicity': catEthnicity,
  'categories/gender': catGender,
  'categories/general_education': catGeneralEducation,
  'categories/level': catLevel,
  'categories/origin': catOrigin,
  'categories/party': catParty,
  'categories/political_theory': catPoliticalTheory,
  'categories/position_group': catPositionGroup,
  'categories/professional': catProfessional,
  'categories/rank': catRank,
  'categories/religion': catReligion,
  'categories/state_management': catStateManagement,
  'categories/term': catTerm,
  'cell-markers': cellMarkers,
  evidence: evidence,
  'field-names': fieldNames,
  'form-words': formWords,
  'forms/bm01': formBm01,
  'forms/bm02': formBm02,
  'forms/btctw-8b': formBtctw8b,
  headers: headers,
  help: help,
  indicators: indicators,
  'level-hints': levelHints,
  messages: messages,
  paragraph: paragraph,
  places: places,
  policy: policy,
  'rank-codes': rankCodes,
  'row-markers': rowMarkers,
  sayings: sayings,
  'ui-ingest': uiIngest,
  'ui-inspect': uiInspect,
  'ui-reader': uiReader,
  'ui-web': uiWeb,
  ui: ui,
  'units-2025': units2025,
  xlsx: xlsx,
};
